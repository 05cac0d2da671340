import type { Atom } from "./atoms.js";
import { numberLexicon } from "./lexicon.js";

/** A whole number of up to six digits ("72", "2000"): counts, ranks, range ends. */
export const INT_RE = /^\d{1,6}$/;

/**
 * Value of a number written in digits, Vietnamese style: `.` groups thousands and `,` is the
 * decimal mark ("1.234.567", "3,5", "3.137,21"). A lone `.` followed by one or two digits is read
 * as a decimal point ("16.02"); English thousands with several commas ("1,234,567") are accepted.
 * Returns null for anything else (codes, versions "1.2.3", phone numbers).
 */
export function parseDigits(s: string): number | null {
  if (s.length === 0 || s.length > 24) return null;
  // "008.43", "01.2": a leading zero before a separator marks a plate or code, not a quantity
  if (/^0\d+[.,]/.test(s)) return null;
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d{1,6})?$/.test(s)) return Number(s.replace(/\./g, "").replace(",", "."));
  if (/^\d{1,15}(?:,\d{1,6})?$/.test(s)) return Number(s.replace(",", "."));
  if (/^\d{1,3}(?:,\d{3}){2,}$/.test(s)) return Number(s.replace(/,/g, ""));
  if (/^\d{1,6}\.\d{1,2}$/.test(s)) return Number(s);
  return null;
}

/** A phone number or a code written with digits: leading zero and 7+ digits ("0912345678"). */
export function looksLikePhone(s: string): boolean {
  if (s.charCodeAt(0) !== 48) return false;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return digits >= 7;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
/** Value of a Roman numeral up to 399 ("XII" → 12), or null. */
export function parseRoman(s: string): number | null {
  if (s.length === 0 || s.length > 9 || !/^[IVXLC]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[(s[i] as string).toLowerCase()] as number;
    const next = i + 1 < s.length ? (ROMAN[(s[i + 1] as string).toLowerCase()] as number) : 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

export interface WordNumber {
  value: number;
  /** Atoms consumed. */
  length: number;
  /** Number of atoms that were number words (not magnitudes applied to digits). */
  words: number;
}

const MAGNITUDE_ROLES = new Set(["thousand", "million", "billion"]);

/** 1000, 1e6, 1e9 for "nghìn", "triệu", "tỷ"; 0 for anything else. */
export function magnitudeOf(atom: Atom | undefined): number {
  const entry = atom ? numberLexicon().words.get(atom.key) : undefined;
  return entry !== undefined && MAGNITUDE_ROLES.has(entry.role) ? entry.value : 0;
}

/**
 * Reads a number written in words from atom `i` ("hai mươi lăm", "một trăm linh năm",
 * "ba nghìn hai trăm"), or magnitudes applied to a digit value already read (`base`, for
 * "1,2 triệu", "5 tỷ 200 triệu"). Returns null when no number word starts there.
 */
export function readNumberWords(
  atoms: readonly Atom[],
  i: number,
  base: number | null = null,
): WordNumber | null {
  const { words } = numberLexicon();
  let total = 0;
  let current = base ?? 0;
  let lastDigit = base === null ? -1 : -2; // -2: a digit value stands before
  let lastRole = base === null ? "" : "digits";
  let lastMagnitude = 0;
  let k = i;
  let wordsUsed = 0;
  for (; k < atoms.length && k - i < 16; k++) {
    const atom = atoms[k] as Atom;
    if (k > i && atom.lineStart) break;
    const entry = words.get(atom.key);
    if (!entry) break;
    // "86 Triệu Việt Vương": a capitalised number word inside a number starts a name (a street).
    if ((k > i || base !== null) && atom.norm.length > 0 && atom.norm[0] !== atom.norm[0]?.toLowerCase())
      break;
    const { role, value } = entry;
    if (role === "digit") {
      // "không" (zero) is the negation "not" when it would start a number
      if (value === 0 && lastRole === "") break;
      const afterTens = lastRole === "tens" || lastRole === "ten";
      if (
        atom.key === "mốt" ||
        atom.key === "lăm" ||
        atom.key === "nhăm" ||
        (atom.key === "tư" && !afterTens)
      ) {
        if (!afterTens) break;
      }
      if (lastRole === "digit" || lastRole === "digits") break;
      // five after "mười"/"mươi" is written "lăm" ("hai mươi lăm"): "hai mươi năm", "mười năm"
      // are twenty and ten years
      if (afterTens && atom.key === "năm") break;
      current += value;
      lastDigit = value;
      lastRole = "digit";
    } else if (role === "ten") {
      if (lastRole === "digit" || lastRole === "ten" || lastRole === "tens" || lastRole === "digits") break;
      current += 10;
      lastRole = "ten";
    } else if (role === "tens" && lastRole === "" && atom.key === "chục") {
      // "gần chục xe", "khoảng chục cái": "chục" alone is ten, as "mười" is; "hàng chục", "vài
      // chục" are tens of, no number
      if (numberLexicon().vagueBeforeTens.has(atoms[i - 1]?.key ?? "")) break;
      current += 10;
      lastRole = "ten";
    } else if (role === "tens") {
      if (lastRole !== "digit" || lastDigit < 1) break;
      current += lastDigit * (value - 1);
      lastRole = "tens";
    } else if (role === "hundred") {
      if (lastRole !== "digit" && lastRole !== "digits") break;
      const below = current % 1000;
      current = current - below + below * 100;
      lastRole = "hundred";
    } else if (role === "zero_filler") {
      if (lastRole !== "hundred") break;
      lastRole = "filler";
    } else if (MAGNITUDE_ROLES.has(role)) {
      if (lastRole === "" || lastRole === "filler") break;
      if (current === 0 && total > 0 && total < value) {
        total *= value; // "nghìn tỷ"
      } else {
        if (lastMagnitude !== 0 && value >= lastMagnitude) break;
        total += (current === 0 ? 1 : current) * value;
      }
      current = 0;
      lastMagnitude = value;
      lastRole = "magnitude";
    } else if (role === "half") {
      if (lastRole === "magnitude") total += lastMagnitude / 2;
      else if (lastRole === "hundred") current += 50;
      else break;
      lastRole = "half";
    } else {
      break;
    }
    wordsUsed++;
  }
  if (wordsUsed === 0) return null;
  if (lastRole === "filler") {
    k--;
    wordsUsed--;
  }
  // one digit word closing a number right after its magnitude: "1,2 triệu một kg" is a price per
  // kilogram ("một" = per), "4,55 tỷ năm" a count of years, "một triệu hai" is 1.2 million (a
  // tenth of the magnitude)
  const beforeLast = k - i >= 2 ? words.get((atoms[k - 2] as Atom).key) : undefined;
  if (lastRole === "digit" && beforeLast !== undefined && MAGNITUDE_ROLES.has(beforeLast.role)) {
    const closing = (atoms[k - 1] as Atom).key;
    // ("4,55 tỷ năm": years, as "hai mươi năm" above)
    if (closing === "một" || closing === "năm") {
      k--;
      wordsUsed--;
      current -= lastDigit;
    } else {
      current += lastDigit * (lastMagnitude / 10) - lastDigit;
    }
  }
  return { value: total + current, length: k - i, words: wordsUsed };
}
