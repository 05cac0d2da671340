import { type Atom, atomAt, isWordAtom, keyAt, matchTrie, startsSentence } from "../numbers/atoms.js";
import { numberLexicon } from "../numbers/lexicon.js";
import { readNumberWords } from "../numbers/parse.js";
import { isDigitCode } from "../text/chars.js";
import { isValidDay } from "./calendar.js";
import { dateLexicon } from "./lexicon.js";

// --- atom shapes (all anchored and bounded: no backtracking over unbounded input) ---
export const DMY_RE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
/** Two-digit years only with a slash or a dash ("3/3/17"); dotted triples are versions and codes. */
const DMY2_RE = /^(\d{1,2})([/-])(\d{1,2})\2(\d{2})$/;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:t(\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,6})?)?)?$/;
export const DM_RE = /^(\d{1,2})[/-](\d{1,2})$/;
const DOT_DM_RE = /^(\d{1,2})\.(\d{1,2})$/;
/** Month and year after "tháng": "9/2005", "9-2005", "9.2005" (the dot form of some papers). */
export const MY_RE = /^(\d{1,2})[/.-](\d{4})$/;
export const YEAR_RANGE_RE = /^(\d{4})-(\d{4})$/;
const YEAR_RE = /^(1[89]\d\d|20\d\d|2100)$/;
const INT_RE = /^\d{1,3}$/;

export const isDash = (a: Atom | undefined) =>
  a !== undefined && (a.norm === "-" || a.norm === "–" || a.norm === "—");
// Both are asked of most atoms near a date word: a look at the first code unit and the length
// turns away words before any regular expression runs.
const startsWithDigit = (key: string) => isDigitCode(key.charCodeAt(0));
export const yearOf = (a: Atom | undefined): number | null => {
  const m = a && a.key.length === 4 && startsWithDigit(a.key) ? YEAR_RE.exec(a.key) : null;
  return m ? Number(m[1]) : null;
};
export const intOf = (a: Atom | undefined): number | null =>
  a && a.key.length <= 3 && startsWithDigit(a.key) && INT_RE.test(a.key) ? Number(a.key) : null;

/** A day and month, maybe a year, read from atoms `i` to `end`. */
export interface Core {
  end: number;
  d: number;
  m: number;
  y: number | null;
  /** The month is "Giêng" or "Chạp": a lunar month. */
  lunarMonth?: true;
  /** An ISO datetime atom ("2024-03-15T10:20") brings its time. */
  time?: { hh: number; mi: number };
  /** Written as a date but impossible ("ngày 0 tháng 4", "ngày 31/4"): nothing is reported for it. */
  invalid?: true;
}

/** Previous atom says the numbers are not a date: a score, ratio, label ("số 12/3", "tỷ số 2-1"). */
export function blockedBefore(atoms: readonly Atom[], i: number): boolean {
  const before = keyAt(atoms, i - 1);
  // "Chelsea - Arsenal 1-3", "Barcelona 2-1": a score after a name (date cues are handled before)
  const prev = atomAt(atoms, i - 1);
  if (
    prev &&
    isWordAtom(prev) &&
    !startsSentence(atoms, i - 1) &&
    /^\p{Lu}/u.test(prev.norm) &&
    (atoms[i]?.key ?? "").includes("-")
  )
    return true;
  if (before === "tỷ" || before === "tỉ" || before === "lệ" || before === "số" || before === "tỉ số")
    return true;
  if (before === "thắng" || before === "thua" || before === "hòa" || before === "đạt") return true;
  // "thương binh 2/4", "hạng 3/4": disability grades and ranks written as fractions
  if (before === "binh" || before === "hạng" || before === "loại" || before === "bậc" || before === "cấp")
    return true;
  return matchTrie(numberLexicon().labelBefore, atoms, i - 1) !== null;
}

/**
 * A day and month right after a name ("trường Mầm non 19/5", "đường 3/2", "lớp 12/3"): a place or
 * institution noun at most four words back, with only words between.
 */
export function namedAfter(atoms: readonly Atom[], i: number): boolean {
  const heads = dateLexicon().nameHead;
  if (atoms[i]?.lineStart) return false;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const a = atoms[j] as Atom;
    if (a.punct || !isWordAtom(a)) return false;
    const head = matchTrie(heads, atoms, j);
    if (head && j + head[1] <= i) {
      // the name runs from the head to the date: "trường Mầm non 19/5", "Cách mạng Tháng Tám",
      // not "hiện trường vụ cháy 23-3"
      const nameStart = j + head[1];
      return nameStart === i || /^\p{Lu}/u.test((atoms[nameStart] as Atom).norm);
    }
    if (a.lineStart) return false;
  }
  return false;
}

/**
 * A house number before its street ("khu đất 8-12 Lê Duẩn", "số 2-4 Hai Bà Trưng"): a day and
 * month with no date word before it and two capitalised words right after it on its line. A date
 * that opens a sentence is followed by a comma ("8-12, Bộ Công an …"), not by the subject.
 */
function streetAfter(atoms: readonly Atom[], i: number): boolean {
  const first = atoms[i + 1];
  const second = atoms[i + 2];
  return (
    first !== undefined &&
    second !== undefined &&
    !first.lineStart &&
    !second.lineStart &&
    isWordAtom(first) &&
    isWordAtom(second) &&
    /^\p{Lu}/u.test(first.norm) &&
    /^\p{Lu}/u.test(second.norm)
  );
}

/** Words before "N tháng M" that make it a length of time ("án 7 tháng", "trong 2 tháng"). */
const SPAN_BEFORE = new Set([
  "trong",
  "suốt",
  "sau",
  "mất",
  "hơn",
  "gần",
  "khoảng",
  "đầy",
  "chưa",
  "trên",
  "tù",
  "án",
  "phạt",
  "giam",
  "được",
  "có",
  "còn",
  "là",
  "mỗi",
  "và",
  "hoặc",
]);

const WORD_MONTH_LUNAR = new Set(["giêng", "chạp"]);

/**
 * A month after "tháng": "3", "ba", "Mười", "mười một", "Giêng". The word "năm" is the month five
 * only with a capital or after a day ("ngày 1 tháng năm"): lower case it is as often the year.
 */
export function readMonthWord(
  atoms: readonly Atom[],
  k: number,
  dayBefore: boolean,
): { m: number; end: number; lunar: boolean } | null {
  const a = atoms[k];
  if (!a || a.lineStart) return null;
  const n = intOf(a);
  if (n !== null) return n >= 1 && n <= 12 ? { m: n, end: k + 1, lunar: false } : null;
  const names = dateLexicon().monthName;
  const two =
    atoms[k + 1] && !atoms[k + 1]?.lineStart ? names.get(`${a.key} ${keyAt(atoms, k + 1)}`) : undefined;
  let m: number | undefined;
  let end = k + 1;
  if (two !== undefined) {
    m = two;
    end = k + 2;
  } else m = names.get(a.key);
  if (m === undefined) return null;
  if (a.key === "năm" && !dayBefore && a.norm === a.key) return null;
  // "mỗi tháng hai lần", "tháng một người": a count after the word, not a month
  const next = keyAt(atoms, end);
  if (!dayBefore && (next === "lần" || next === "lượt" || matchTrie(numberLexicon().units, atoms, end)))
    return null;
  return { m, end, lunar: WORD_MONTH_LUNAR.has(a.key) };
}

/** A day written in words before "tháng": "mười lăm", "hai mươi mốt" (1–31). */
function wordDay(atoms: readonly Atom[], i: number): { d: number; length: number } | null {
  const w = readNumberWords(atoms, i);
  if (!w || !Number.isInteger(w.value) || w.value < 1 || w.value > 31) return null;
  return keyAt(atoms, i + w.length) === "tháng" ? { d: w.value, length: w.length } : null;
}

/** Two-digit year: the century that puts it at most a few years ahead of today's news. */
const century = (yy: number) => (yy <= 50 ? 2000 + yy : 1900 + yy);

/**
 * The day-and-month (and maybe year) part: "30/6/2022", "3/3/17", "2024-03-15", "19-1",
 * "5 tháng 3 năm 2022", "mười lăm tháng ba", "7 tháng 5 năm 1954" (no "ngày" needed with a year),
 * "15 - 3". `cued`: a date word leads ("ngày", a part of day, a weekday, a time).
 */
export function readDateCore(atoms: readonly Atom[], i: number, cued: boolean, strong = cued): Core | null {
  const a = atoms[i];
  if (!a) return null;
  // every written form below opens with a digit: a word (most atoms asked) skips the expressions
  const digit = startsWithDigit(a.key);
  let m = digit ? DMY_RE.exec(a.key) : null;
  if (m) {
    const d = Number(m[1]);
    const mo = Number(m[3]);
    const y = Number(m[4]);
    if (!isValidDay(y, mo, d)) return cued ? { end: i + 1, d, m: mo, y, invalid: true } : null;
    return { end: i + 1, d, m: mo, y };
  }
  m = digit ? ISO_RE.exec(a.key) : null;
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (y < 1000 || !isValidDay(y, mo, d)) return null;
    const core: Core = { end: i + 1, d, m: mo, y };
    if (m[4] !== undefined) {
      const hh = Number(m[4]);
      const mi = Number(m[5]);
      if (hh > 23 || mi > 59) return null;
      core.time = { hh, mi };
    }
    return core;
  }
  m = digit ? DMY2_RE.exec(a.key) : null;
  if (m) {
    const d = Number(m[1]);
    const mo = Number(m[3]);
    const y = century(Number(m[4]));
    if (!isValidDay(y, mo, d)) return null;
    if (!cued && (blockedBefore(atoms, i) || namedAfter(atoms, i))) return null;
    return { end: i + 1, d, m: mo, y };
  }
  // "ngày 27.9": a dotted day and month only after a date word (else it is a decimal)
  m = digit ? (DM_RE.exec(a.key) ?? (cued ? DOT_DM_RE.exec(a.key) : null)) : null;
  if (m) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    if (!isValidDay(null, mo, d)) return null;
    if (!cued && (blockedBefore(atoms, i) || namedAfter(atoms, i) || streetAfter(atoms, i))) return null;
    const after = keyAt(atoms, i + 1);
    if (!cued && (after === "%" || after === "số" || after === "điểm")) return null;
    // "5-10 chiến sĩ", "khoảng 1/3 người": a span or fraction of a count, unless a date word leads
    if (!strong && matchTrie(numberLexicon().units, atoms, i + 1)) return null;
    // "1-2 tuần", "3-5 ngày": a span of a length of time ("1-2 tháng 6" is a range of days)
    if (!strong) {
      const unit = matchTrie(dateLexicon().durationUnit, atoms, i + 1);
      const yearAfter = unit?.[0] === "Y" && yearOf(atoms[i + 2]) !== null;
      if (unit && !yearAfter && !(unit[0] === "M" && intOf(atoms[i + 1 + unit[1]]) !== null)) return null;
    }
    // "ngày 30/6 năm 2022"
    if (keyAt(atoms, i + 1) === "năm") {
      const y = yearOf(atoms[i + 2]);
      if (y !== null && isValidDay(y, mo, d)) return { end: i + 3, d, m: mo, y };
    }
    return { end: i + 1, d, m: mo, y: null };
  }
  let d = intOf(a);
  let dayEnd = i + 1;
  if (d === null && cued) {
    const w = wordDay(atoms, i);
    if (w) {
      d = w.d;
      dayEnd = i + w.length;
    }
  }
  if (d === null) return null;
  // "5 tháng 3 năm 2022", "5 tháng 3", "mồng 2 tháng Chín"
  if (keyAt(atoms, dayEnd) === "tháng" && !atoms[dayEnd]?.lineStart) {
    const mo = readMonthWord(atoms, dayEnd + 1, true);
    if (!mo) return null;
    let end = mo.end;
    let y: number | null = null;
    if (keyAt(atoms, end) === "năm" && !atoms[end]?.lineStart) {
      y = yearOf(atoms[end + 1]);
      if (y !== null) end += 2;
    } else if (intOf(atoms[dayEnd + 1]) === null && yearOf(atoms[end]) !== null && !atoms[end]?.lineStart) {
      // "11 tháng Một 2017": after a month in words the year may follow bare
      y = yearOf(atoms[end]);
      end += 1;
    }
    if (!cued) {
      // without "ngày", "7 tháng 5" is a date only with its year, or with nothing around that
      // makes "7 tháng" a length of time ("án 7 tháng", "7 tháng 5 ngày")
      if (mo.lunar) return null;
      const before = atomAt(atoms, i - 1);
      if (before && !before.lineStart && (SPAN_BEFORE.has(before.key) || intOf(before) !== null)) return null;
      if (y === null) {
        if (matchTrie(dateLexicon().durationUnit, atoms, end) || matchTrie(numberLexicon().units, atoms, end))
          return null;
        // a month in words without "ngày" or a year: only as a name, with its capital ("7 tháng Năm")
        const month = atoms[dayEnd + 1] as Atom;
        if (intOf(month) === null && month.norm === month.key) return null;
      }
    }
    if (!isValidDay(y, mo.m, d)) return cued ? { end, d, m: mo.m, y, invalid: true } : null;
    const core: Core = { end, d, m: mo.m, y };
    if (mo.lunar) core.lunarMonth = true;
    return core;
  }
  // the spaced form "15 - 3" also counts at the start of a line or inside brackets ("(15 - 3)")
  const spacedCue = a.lineStart || keyAt(atoms, i - 1) === "(";
  if (!(cued || spacedCue) || dayEnd !== i + 1) return null;
  // "15 - 3", "15 - 3 - 2020", "15 / 3" (spaced, as some sources write)
  const sep = atoms[i + 1];
  if (sep && (isDash(sep) || sep.norm === "/") && !(atoms[i + 2]?.lineStart ?? true)) {
    const mo = intOf(atoms[i + 2]);
    if (mo === null || !isValidDay(null, mo, d)) return null;
    const sep2 = atoms[i + 3];
    if (sep2 && (isDash(sep2) || sep2.norm === "/")) {
      const y = yearOf(atoms[i + 4]);
      if (y !== null && isValidDay(y, mo, d)) return { end: i + 5, d, m: mo, y };
    }
    return { end: i + 3, d, m: mo, y: null };
  }
  return null;
}

/** Month and optional year after "tháng": "3/2022", "3 năm 2022", "6", "11/1964", "Mười". */
export function readMonthAfter(
  atoms: readonly Atom[],
  i: number,
): { end: number; m: number; y: number | null } | null {
  const a = atoms[i];
  if (!a) return null;
  const my = MY_RE.exec(a.key);
  if (my) {
    const m = Number(my[1]);
    const y = Number(my[2]);
    if (m < 1 || m > 12 || y < 1800 || y > 2100) return null;
    return { end: i + 1, m, y };
  }
  const mo = readMonthWord(atoms, i, false);
  // "tháng Giêng" alone is the lunar month: no solar month to report
  if (!mo || mo.lunar) return null;
  if (keyAt(atoms, mo.end) === "năm" && !atoms[mo.end]?.lineStart) {
    const y = yearOf(atoms[mo.end + 1]);
    if (y !== null) return { end: mo.end + 2, m: mo.m, y };
  }
  // "tháng Mười 2017": after a month in words the year may follow bare
  const bare = intOf(a) === null && !atoms[mo.end]?.lineStart ? yearOf(atoms[mo.end]) : null;
  if (bare !== null) return { end: mo.end + 1, m: mo.m, y: bare };
  return { end: mo.end, m: mo.m, y: null };
}
