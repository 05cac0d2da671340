// Per-function subpaths: the date-fns barrel loads ~250 modules at import time (tens of ms of
// cold start); these five load only what they use.
import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { getISOWeek } from "date-fns/getISOWeek";
import { getISOWeekYear } from "date-fns/getISOWeekYear";

/** A civil day in Vietnam (no time zone arithmetic needed: all values are local). */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export const isoYear = (y: number) => pad(y, 4);
export const isoMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
export const isoDay = (v: Ymd) => `${pad(v.y, 4)}-${pad(v.m)}-${pad(v.d)}`;
export const isoDateTime = (v: Ymd, hh: number, mi: number) => `${isoDay(v)}T${pad(hh)}:${pad(mi)}`;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number | null, m: number, d: number): boolean {
  if (!Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false;
  return d <= (y === null ? [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]! : daysInMonth(y, m));
}

/** date-fns works on Date objects; we keep them at UTC noon so no zone can shift the day. */
const toDate = (v: Ymd) => new Date(Date.UTC(v.y, v.m - 1, v.d, 12));
const fromDate = (date: Date): Ymd => ({
  y: date.getUTCFullYear(),
  m: date.getUTCMonth() + 1,
  d: date.getUTCDate(),
});

export const shiftDays = (v: Ymd, days: number): Ymd => fromDate(addDays(toDate(v), days));
export const shiftMonths = (v: Ymd, months: number): Ymd => fromDate(addMonths(toDate(v), months));
export const dayDifference = (a: Ymd, b: Ymd): number => differenceInCalendarDays(toDate(a), toDate(b));
export const isoWeek = (v: Ymd) => `${getISOWeekYear(toDate(v))}-W${pad(getISOWeek(toDate(v)))}`;
/** ISO weekday, Monday = 1 … Sunday = 7. */
export const isoWeekday = (v: Ymd) => ((toDate(v).getUTCDay() + 6) % 7) + 1;

/**
 * The year for a day and month written without one: the candidate nearest the reference, a date
 * after the reference counting double (news reports what happened; "a December event in a
 * January article is last year's", yet "ngày 5/1 tới" in a late-December article is next year's).
 */
export function chooseYear(m: number, d: number, ref: Ymd): number | null {
  let best: number | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    if (!isValidDay(y, m, d)) continue;
    const diff = dayDifference({ y, m, d }, ref);
    const cost = diff > 0 ? diff * 2 : -diff;
    if (cost < bestCost) {
      bestCost = cost;
      best = y;
    }
  }
  return best;
}
