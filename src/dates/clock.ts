import { type Atom, atomAt, keyAt } from "../numbers/atoms.js";
import { readNumberWords } from "../numbers/parse.js";
import { isDigitCode } from "../text/chars.js";
import { dateLexicon, type PartOfDay } from "./lexicon.js";

/** A clock time read from atoms `i` to `end`. */
export interface Time {
  end: number;
  hh: number;
  mi: number;
  /**
   * The form itself says clock time ("15:30", "15h30", "10 giờ 45 phút", "3 giờ rưỡi",
   * "11 giờ kém 15"); a bare "3 giờ" is as often a duration and needs a lead word or a part of day.
   */
  strong: boolean;
  /** Written as a time but impossible ("7 giờ 61 phút", "25h"): the caller reports nothing for it. */
  invalid?: true;
}

// minutes after "h" take two digits: "23H1" is a licence-plate prefix, not 23:01; seconds may follow a colon
const TIME_RE = /^(\d{1,2})(?::(\d{2})(?::\d{2})?|h(\d{2})?(?:phút|ph|p)?|g(\d{2})?)$/;
const INT_RE = /^\d{1,3}$/;

// both expressions open with a digit: a first-code-unit test turns words away before them
const startsWithDigit = (key: string) => isDigitCode(key.charCodeAt(0));
const intAt = (atoms: readonly Atom[], k: number): number | null => {
  const a = atoms[k];
  return a && !a.lineStart && startsWithDigit(a.key) && INT_RE.test(a.key) ? Number(a.key) : null;
};
const isMinuteWord = (key: string) => key === "phút" || key === "p" || key === "ph";

/** A glued minute mark right after the minutes ("3h10’"). */
function minuteMark(atoms: readonly Atom[], k: number): boolean {
  const a = atoms[k];
  const prev = atomAt(atoms, k - 1);
  return a !== undefined && prev !== undefined && a.start === prev.end && (a.key === "'" || a.key === "’");
}

/** "rưỡi" (half past), "kém 15" (a quarter to), "đúng" (sharp) after the hour. */
function readClockTail(
  atoms: readonly Atom[],
  k: number,
  hh: number,
): { end: number; hh: number; mi: number } | null {
  const word = dateLexicon().clock.get(keyAt(atoms, k));
  if (word === undefined || atoms[k]?.lineStart) return null;
  if (word === "-") {
    const n = intAt(atoms, k + 1) ?? wordInt(atoms, k + 1)?.value ?? null;
    if (n === null || n < 1 || n >= 60) return null;
    let end = k + 1 + (intAt(atoms, k + 1) !== null ? 1 : (wordInt(atoms, k + 1)?.length ?? 1));
    if (isMinuteWord(keyAt(atoms, end))) end++;
    return { end, hh: (hh + 23) % 24, mi: 60 - n };
  }
  return { end: k + 1, hh, mi: Number(word) };
}

function wordInt(atoms: readonly Atom[], k: number, first = false): { value: number; length: number } | null {
  const a = atoms[k];
  if (!a || (a.lineStart && !first)) return null;
  const w = readNumberWords(atoms, k);
  return w && Number.isInteger(w.value) ? { value: w.value, length: w.length } : null;
}

/**
 * A clock time: "15h50", "09:52", "4:31:46", "21h", "4h35phút", "3h10’", "21h 50 phút",
 * "19 giờ 15 phút", "10 giờ 45", "3 giờ rưỡi", "11 giờ kém 15", "ba giờ chiều" (the hour only),
 * "23 giờ". Null when atom `i` opens none.
 */
export function readTime(atoms: readonly Atom[], i: number): Time | null {
  const a = atoms[i];
  if (!a) return null;
  const digit = startsWithDigit(a.key);
  const m = digit ? TIME_RE.exec(a.key) : null;
  let hh: number;
  let mi = 0;
  let k = i + 1;
  let strong = true;
  if (m) {
    hh = Number(m[1]);
    const minutes = m[2] ?? m[3] ?? m[4];
    // "4G", "5G" are networks: the "g" form says time only with its minutes ("15g30")
    if (m[4] === undefined && a.key.endsWith("g")) strong = false;
    if (minutes !== undefined) {
      mi = Number(minutes);
      if (minuteMark(atoms, k)) k++;
      else if (keyAt(atoms, k) === "phút" && !atoms[k]?.lineStart) k++;
    } else {
      const n = intAt(atoms, k);
      if (n !== null && isMinuteWord(keyAt(atoms, k + 1))) {
        if (n >= 60) return { end: k + 2, hh, mi: n, strong, invalid: true };
        mi = n;
        k += 2;
      } else {
        const tail = readClockTail(atoms, k, hh);
        if (tail) ({ end: k, hh, mi } = tail);
      }
    }
  } else {
    // "19 giờ", "ba giờ"
    let n = digit && INT_RE.test(a.key) ? Number(a.key) : null;
    let length = 1;
    if (n === null) {
      const w = wordInt(atoms, i, true);
      if (!w) return null;
      n = w.value;
      length = w.length;
    }
    if (keyAt(atoms, i + length) !== "giờ" || atoms[i + length]?.lineStart) return null;
    hh = n;
    k = i + length + 1;
    strong = false;
    const minutes = intAt(atoms, k) ?? null;
    const minutesWord = minutes === null ? wordInt(atoms, k) : null;
    const tail = readClockTail(atoms, k, hh);
    if (tail) {
      ({ end: k, hh, mi } = tail);
      strong = true;
    } else if (
      minutes !== null ||
      (minutesWord !== null && isMinuteWord(keyAt(atoms, k + minutesWord.length)))
    ) {
      const value = minutes ?? (minutesWord as { value: number }).value;
      const end = k + (minutes !== null ? 1 : (minutesWord as { length: number }).length);
      const withWord = isMinuteWord(keyAt(atoms, end)) && !atoms[end]?.lineStart;
      if (value >= 60) {
        // "7 giờ 61 phút" is no time; "7 giờ 100 người" says nothing about one
        if (withWord) return { end: end + 1, hh, mi: value, strong: true, invalid: true };
      } else {
        mi = value;
        k = withWord ? end + 1 : end;
        strong = true;
      }
    }
  }
  if (hh > 24 || mi > 59) return { end: k, hh, mi, strong, invalid: true };
  return { end: k, hh: hh === 24 ? 0 : hh, mi, strong };
}

/** Hour on the 24-hour clock given the part of the day ("8h tối" → 20, "1 giờ trưa" → 13). */
export function hour24(hh: number, part: PartOfDay | null): number {
  if (part === "night" && hh === 12) return 0;
  if (hh >= 12 || part === null) return hh;
  if (part === "afternoon" || part === "evening") return hh + 12;
  if (part === "noon" && hh <= 6) return hh + 12;
  if (part === "night" && hh >= 7) return hh + 12;
  return hh;
}
