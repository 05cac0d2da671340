// Per-function subpaths: the date-fns barrel loads ~250 modules at import time (tens of ms of
// cold start); these load only what they use.
import { addMonths } from "date-fns/addMonths";
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

/** A Date at UTC noon of a day; setUTCFullYear because Date.UTC reads years 0–99 as 1900–1999. */
function utcNoon(y: number, m: number, d: number): Date {
  const date = new Date(Date.UTC(2000, 0, 1, 12));
  date.setUTCFullYear(y, m - 1, d);
  return date;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in month `m` (1–12) of year `y`, in the proleptic Gregorian calendar that Date uses. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (MONTH_DAYS[m - 1] ?? 31);
}

/**
 * Days from 1970-01-01 to a civil day of the proleptic Gregorian calendar, by arithmetic (the
 * civil-from-days algorithm: years counted from March, in 400-year eras of 146,097 days). A day
 * past its month's end runs on into the next month, as Date does. The dates stage compares days
 * for every date written without a year: Date objects and date-fns took a sixth of its time.
 */
export function dayNumber(y: number, m: number, d: number): number {
  const yearFromMarch = m <= 2 ? y - 1 : y;
  const era = Math.floor(yearFromMarch / 400);
  const yearOfEra = yearFromMarch - era * 400;
  const monthFromMarch = (m + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The civil day `n` days after 1970-01-01 (the inverse of dayNumber). */
export function dayOfNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const m = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { y: yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function isValidDay(y: number | null, m: number, d: number): boolean {
  if (!Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false;
  return d <= (y === null ? (m === 2 ? 29 : (MONTH_DAYS[m - 1] as number)) : daysInMonth(y, m));
}

/** date-fns works on Date objects; we keep them at UTC noon so no zone can shift the day. */
const toDate = (v: Ymd) => utcNoon(v.y, v.m, v.d);
const fromDate = (date: Date): Ymd => ({
  y: date.getUTCFullYear(),
  m: date.getUTCMonth() + 1,
  d: date.getUTCDate(),
});

export const shiftDays = (v: Ymd, days: number): Ymd => dayOfNumber(dayNumber(v.y, v.m, v.d) + days);
export const shiftMonths = (v: Ymd, months: number): Ymd => fromDate(addMonths(toDate(v), months));
export const dayDifference = (a: Ymd, b: Ymd): number => dayNumber(a.y, a.m, a.d) - dayNumber(b.y, b.m, b.d);
export const isoWeek = (v: Ymd) => `${pad(getISOWeekYear(toDate(v)), 4)}-W${pad(getISOWeek(toDate(v)))}`;
/** ISO weekday, Monday = 1 … Sunday = 7. */
export const isoWeekday = (v: Ymd) => ((toDate(v).getUTCDay() + 6) % 7) + 1;

/** What the text says about a date written without year: it is past, to come, or nothing. */
export type Tense = "past" | "future" | null;

/** How many days ahead of the reference a date may lie and still be read as this year's news of the coming days. */
export const DAYS_AHEAD = 7;

/**
 * The year for a day and month written without one (issue 5: "pick the year that puts the event
 * nearest before publication; a December event in a January article is last year's"). News reports
 * what happened, so the date on or before the reference wins, except
 * - when the text says the date is to come (`tense` "future": "ngày 5/1 tới", "sẽ … ngày 5/1"):
 *   the nearest date on or after the reference;
 * - when it lies at most DAYS_AHEAD days after the reference and the text does not say it is past:
 *   announcements of the coming days ("ngày 30/11" in an article of 25 November).
 * 29 February looks back up to four years for a leap year.
 */
export function chooseYear(m: number, d: number, ref: Ymd, tense: Tense = null): number | null {
  let past: { y: number; diff: number } | null = null;
  let future: { y: number; diff: number } | null = null;
  for (let y = ref.y + 1; y >= ref.y - 4; y--) {
    if (!isValidDay(y, m, d)) continue;
    const diff = dayDifference({ y, m, d }, ref);
    // years descend: the first date on or before the reference is the nearest one, the last
    // date after it is the nearest future one
    if (diff <= 0) past ??= { y, diff };
    else future = { y, diff };
  }
  if (tense === "future") {
    if (past?.diff === 0) return past.y;
    return (future ?? past)?.y ?? null;
  }
  if (tense === null && future !== null && future.diff <= DAYS_AHEAD) return future.y;
  return (past ?? future)?.y ?? null;
}

/**
 * The year for a month written without one: the month holding the reference or the nearest one
 * before it, the same exceptions as `chooseYear` (a future cue; a month that begins within
 * DAYS_AHEAD days).
 */
export function chooseMonthYear(m: number, ref: Ymd, tense: Tense = null): number {
  if (m === ref.m) return ref.y;
  const next = m > ref.m ? ref.y : ref.y + 1;
  if (tense === "future") return next;
  if (tense === null && dayDifference({ y: next, m, d: 1 }, ref) <= DAYS_AHEAD) return next;
  return m < ref.m ? ref.y : ref.y - 1;
}
