import { type Atom, matchTrie, startsSentence } from "../numbers/atoms.js";
import { isoWeekday, shiftDays, type Tense, type Ymd } from "./calendar.js";
import { dateLexicon } from "./lexicon.js";

/** A weekday read at some atom: which day, where it ends, and which week the words after it say. */
export interface WeekdayWords {
  /** ISO weekday, Monday = 1 … Sunday = 7. */
  weekday: number;
  end: number;
  /** "tuần sau" (+1 week), "tuần này" (0), "tới" (the next such day), "vừa rồi" (the last one). */
  which: number | "next" | "last" | null;
  /** The form alone says it is a day of the week: "chủ nhật", or "thứ Hai" capitalised mid-sentence. */
  selfEvident: boolean;
  /** "t2", "cn": short forms, days only with a cue around them. */
  short: boolean;
  /** The words after name the week ("tuần sau", "tuần này"): a day even after an ordinal's noun. */
  weekNamed: boolean;
}

const isUpper = (s: string) => s.length > 0 && s.charAt(0) !== s.charAt(0).toLowerCase();

/** "thứ Hai", "thứ 5", "chủ nhật", "chúa nhật", "T2", "CN", and the week words after it. */
export function readWeekdayWords(atoms: readonly Atom[], k: number): WeekdayWords | null {
  const lex = dateLexicon();
  let w = matchTrie(lex.weekday, atoms, k);
  let short = false;
  if (!w) {
    w = matchTrie(lex.weekdayShort, atoms, k);
    if (!w) return null;
    short = true;
  }
  const [weekday, length] = w;
  let end = k + length;
  let which: WeekdayWords["which"] = null;
  let after = atoms[end]?.lineStart ? null : matchTrie(lex.weekdayAfter, atoms, end);
  // "thứ hai sau khi …", "thứ ba sau đó": "sau" opens a clause, it does not name a week
  // "thứ 2 sau kỳ nghỉ" is an ordinal: "sau", "qua" say the week only at the end of a clause
  const following = atoms[end + 1];
  if (after && after[1] === 1 && (atoms[end]?.key === "sau" || atoms[end]?.key === "qua"))
    if (following !== undefined && !following.lineStart && !following.punct) after = null;
  const weekNamed = after !== null && atoms[end]?.key === "tuần";
  if (after) {
    which = after[0];
    end += after[1];
  }
  // "chủ nhật" is never an ordinal; "thứ Hai" with a capital mid-sentence is the day
  const first = atoms[k] as Atom;
  const second = atoms[k + 1];
  const selfEvident =
    !short &&
    (first.key === "chủ" ||
      first.key === "chúa" ||
      (length === 2 && second !== undefined && isUpper(second.norm) && !startsSentence(atoms, k)));
  return { weekday, end, which, selfEvident, short, weekNamed };
}

/** The day a weekday names, counted from the reference: its week, or the nearest such day. */
export function resolveWeekday(words: WeekdayWords, ref: Ymd, tense: Tense): Ymd {
  const today = isoWeekday(ref);
  const { weekday, which } = words;
  if (typeof which === "number") return shiftDays(ref, which * 7 + weekday - today);
  if (which === "next" || (which === null && tense === "future")) {
    const ahead = (weekday - today + 7) % 7;
    // "thứ Hai tới" said on a Monday is the next one; a bare future weekday may be today
    return shiftDays(ref, ahead === 0 && which === "next" ? 7 : ahead);
  }
  const back = (today - weekday + 7) % 7;
  return shiftDays(ref, back === 0 && which === "last" ? -7 : -back);
}
