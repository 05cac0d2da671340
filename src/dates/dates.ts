import { checkOptionNames, checkText } from "../arguments.js";
import { type Atom, buildAtoms } from "../numbers/atoms.js";
import type { Token } from "../tokenize/schema.js";
import { tokenize } from "../tokenize/tokenize.js";
import { isValidDay, type Ymd } from "./calendar.js";
import { type DateContext, findDateFounds } from "./find.js";
import type { DateMention } from "./schema.js";

export interface FindDatesOptions {
  /** The publication date that partial and relative dates are resolved against (ISO string or Date). */
  reference?: string | Date;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const ZONE_MINUTES = 7 * 60;

/**
 * Years a reference may anchor: resolved values are written as ISO 8601 four-digit years, and a
 * partial date resolves up to a few years either side of its reference.
 */
const REFERENCE_YEARS = { min: 100, max: 9899 };

/** A Date of this or another realm (an iframe, a vm context): the brand check of getTime. */
function isDate(value: unknown): value is Date {
  if (value instanceof Date) return true;
  if (typeof value !== "object" || value === null) return false;
  try {
    Date.prototype.getTime.call(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * The reference as a Vietnam civil day. An ISO string without zone is taken as Vietnam local time;
 * a `Date` (from any realm) or an ISO string with a zone is an instant, converted to UTC+7.
 * A well-formed reference whose year lies outside 100–9899 (a `Date` near the end of time) cannot
 * anchor four-digit ISO years: it is null, as if none were given.
 * @throws TypeError naming `reference` when it is neither an ISO date string nor a valid Date.
 */
export function parseReference(reference: string | Date | undefined): Ymd | null {
  if (reference === undefined || reference === null) return null;
  let instant: number | null = null;
  if (isDate(reference)) {
    instant = Date.prototype.getTime.call(reference);
    if (Number.isNaN(instant)) throw new TypeError("reference: expected a valid Date or an ISO date string");
  } else if (typeof reference === "string") {
    const m = ISO_RE.exec(reference.trim());
    if (!m)
      throw new TypeError(
        `reference: expected an ISO date string like "2022-01-21" or "2022-01-21T09:52", got "${reference.slice(0, 40)}"`,
      );
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (!isValidDay(y, mo, d))
      throw new TypeError(`reference: "${reference.slice(0, 40)}" is not a calendar date`);
    if (!m[6]) return usable({ y, m: mo, d });
    instant = Date.parse(reference.trim());
    if (Number.isNaN(instant)) throw new TypeError(`reference: cannot read "${reference.slice(0, 40)}"`);
  } else {
    throw new TypeError("reference: expected an ISO date string or a Date");
  }
  // Date arithmetic past ±8.64e15 ms gives NaN: that year is unusable, not an error
  const local = new Date(instant + ZONE_MINUTES * 60000);
  return usable({ y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate() });
}

function usable(day: Ymd): Ymd | null {
  return day.y >= REFERENCE_YEARS.min && day.y <= REFERENCE_YEARS.max ? day : null;
}

const DMY_ATOM = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * A written d/m/yyyy date as one atom, or null. Most atoms are words: the length and first-digit
 * tests turn them away before the regex (this runs over every atom of an article).
 */
function dmyOf(key: string): RegExpExecArray | null {
  if (key.length < 8 || key.length > 10) return null;
  const c = key.charCodeAt(0);
  return c >= 48 && c <= 57 ? DMY_ATOM.exec(key) : null;
}

/**
 * The complete dates written in the text ("ngày 20/4/2017", "3/5/2017"), in one pass: the latest
 * of them, and the one year they all share (null when there are none or they disagree).
 */
function writtenDates(atoms: readonly Atom[]): { latest: Ymd | null; sharedYear: number | null } {
  let latest: Ymd | null = null;
  let year: number | null = null;
  let disagree = false;
  for (const atom of atoms) {
    const m = dmyOf(atom.key);
    if (!m) continue;
    const v = { y: Number(m[3]), m: Number(m[2]), d: Number(m[1]) };
    if (v.y < 1900 || v.y > 2100 || !isValidDay(v.y, v.m, v.d)) continue;
    if (!latest || v.y * 10000 + v.m * 100 + v.d > latest.y * 10000 + latest.m * 100 + latest.d) latest = v;
    if (year !== null && year !== v.y) disagree = true;
    year = v.y;
  }
  return { latest, sharedYear: disagree ? null : year };
}

/** Date mentions over atoms already built (the pipeline shares atoms between stages). */
export function findDatesInAtoms(
  input: string,
  atoms: readonly Atom[],
  options: FindDatesOptions = {},
): DateMention[] {
  const ref = parseReference(options.reference);
  // without a reference, the text's own complete dates anchor the partial ones: all in one year,
  // that year ("ngày 20/4/2017" … "Sáng 1/6" is 2017); else the latest of them
  const written = ref ? null : writtenDates(atoms);
  const ctx: DateContext = {
    ref: ref ?? written?.latest ?? null,
    lastDay: null,
    textYear: written?.sharedYear ?? null,
  };
  const out: DateMention[] = [];
  for (const { start, found } of findDateFounds(atoms, ctx)) {
    const first = atoms[found.start ?? start] as Atom;
    const last = atoms[found.end - 1] as Atom;
    out.push({
      ...found.mention,
      start: first.start,
      end: last.end,
      text: input.slice(first.start, last.end),
    });
  }
  return out;
}

function checkOptions(options: unknown): FindDatesOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== "object") throw new TypeError("options: expected an object");
  checkOptionNames(options, ["reference"]);
  return options as FindDatesOptions;
}

/**
 * Dates in text already tokenized by `tokenize` (so the pipeline tokenises once).
 * @example findDatesInTokens(text, tokenize(text), { reference: "2022-01-21" })
 */
export function findDatesInTokens(
  input: string,
  tokens: readonly Token[],
  options?: FindDatesOptions,
): DateMention[] {
  checkText(input, "input");
  const opts = checkOptions(options);
  return findDatesInAtoms(input, buildAtoms(input, tokens), opts);
}

/**
 * Dates, times, periods, durations, relative and lunar dates in Vietnamese text.
 * Partial dates ("Chiều 19-1") take their year from `reference` (`inferred: true`): the year that
 * puts them nearest before it, unless the text says they are to come ("ngày 5/1 tới", "sẽ … ngày
 * 5/1") or they lie at most 7 days after it. Without a reference, the latest full date written in
 * the text anchors them, else their value is null. No expression spans a line break.
 * @example
 * findDates("Chiều 19-1, hội nghị tổng kết năm 2021", { reference: "2022-01-21" })
 * // [{ text: "Chiều 19-1", kind: "date", value: "2022-01-19", partOfDay: "afternoon", inferred: true, … },
 * //  { text: "năm 2021", kind: "year", value: "2021", … }]
 */
export function findDates(text: string, options?: FindDatesOptions): DateMention[] {
  checkText(text);
  const opts = checkOptions(options);
  return findDatesInAtoms(text, buildAtoms(text, tokenize(text)), opts);
}

const DATELINE_LABELS = [
  "ngày đăng",
  "đăng ngày",
  "cập nhật",
  "đăng lúc",
  "thời gian",
  "ngày",
  "posted",
  "published",
];

/**
 * The dateline of an article: the first complete date (with or without time) in its first
 * `maxLines` lines that stands on a line of its own or after a label such as "Ngày đăng:",
 * "Cập nhật:". Returns the mention or null. For the article stage.
 * @example
 * findDateline("Công an huyện tổng kết năm 2024\n\n08:15 16/01/2025\n\nSáng 15-1, …");
 * // { start: 33, end: 49, text: "08:15 16/01/2025", kind: "datetime", value: "2025-01-16T08:15", … }
 */
export function findDateline(text: string, maxLines = 8): DateMention | null {
  checkText(text);
  let cut = 0;
  for (let line = 0; line < maxLines && cut < text.length; line++) {
    const nl = text.indexOf("\n", cut);
    if (nl < 0) {
      cut = text.length;
      break;
    }
    cut = nl + 1;
  }
  const head = text.slice(0, Math.min(cut, 4000));
  for (const m of findDates(head)) {
    if ((m.kind !== "date" && m.kind !== "datetime") || m.value === null || m.inferred) continue;
    const lineStart = head.lastIndexOf("\n", m.start - 1) + 1;
    const lineEndRaw = head.indexOf("\n", m.end);
    const lineEnd = lineEndRaw < 0 ? head.length : lineEndRaw;
    // a bullet or dash may lead the line ("• 29/03/2016 06:20")
    const before = head
      .slice(lineStart, m.start)
      .trim()
      .replace(/^[•·*|>\-–—]{1,3}\s?/u, "");
    const after = head.slice(m.end, lineEnd).trim();
    // label words right before the date, or nothing but a weekday: a dateline (plain string tests
    // on bounded slices, so a long header line cannot make this slow)
    const label = before
      .normalize("NFC")
      .toLowerCase()
      .replace(/[:.\s]{0,8}$/u, "")
      .slice(-20);
    const labelled = DATELINE_LABELS.some((l) => label.endsWith(l));
    const weekdayOnly =
      before === "" ||
      (before.length <= 16 && /^(?:thứ [\p{L}\d]{1,4}|chủ nhật),?$/iu.test(before.normalize("NFC")));
    const alone = weekdayOnly && after.length <= 40 && /^[\s|,.()+\-\w:]*$/u.test(after);
    if (labelled || alone) return m;
  }
  return null;
}
