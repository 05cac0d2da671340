/**
 * Tone placement. Vietnamese writes the tone of an open syllable ending in `oa`, `oe` or `uy`
 * in two styles: on the first vowel (`hòa`, `khỏe`, `thúy`, `ủy`) or on the second (`hoà`,
 * `khoẻ`, `thuý`, `uỷ`). Both occur, even in one article. The canonical form here is the first
 * (the one dictionaries and the gold files use); only the last two letters of a syllable move.
 */
import { checkText } from "../arguments.js";

// The five tone marks over each vowel that can carry a moved tone, in the order
// grave, acute, hook above, tilde, dot below. Index 0 is the bare vowel.
const TONED: Record<string, string> = {
  a: "aàáảãạ",
  e: "eèéẻẽẹ",
  y: "yỳýỷỹỵ",
  o: "oòóỏõọ",
  u: "uùúủũụ",
  A: "AÀÁẢÃẠ",
  E: "EÈÉẺẼẸ",
  Y: "YỲÝỶỸỴ",
  O: "OÒÓỎÕỌ",
  U: "UÙÚỦŨỤ",
};

/** For a toned second vowel (by code unit): its bare letter and its tone (1–5). */
const SECOND: Map<number, { bare: string; tone: number }> = new Map();
for (const base of ["a", "e", "y", "A", "E", "Y"]) {
  const row = TONED[base] ?? "";
  for (let tone = 1; tone < row.length; tone++) SECOND.set(row.charCodeAt(tone), { bare: base, tone });
}
const FIRST_FOR: Record<string, string> = { a: "o", e: "o", y: "u", A: "O", E: "O", Y: "U" };

/**
 * Moves the tone of a syllable-final `oà/oè/uỳ`-type pair onto the first vowel
 * (`hoà` → `hòa`, `Uỷ` → `Ủy`, `thuý` → `thúy`), leaving everything else unchanged.
 * `quý`, `quỳ` keep their tone: there the `u` belongs to the consonant `qu`.
 * Expects NFC; returns the same string object when nothing moves.
 * @example
 * canonicalTone("hoà"); // "hòa"
 * canonicalTone("Uỷ"); // "Ủy"
 */
export function canonicalTone(syllable: string): string {
  checkText(syllable, "syllable");
  const n = syllable.length;
  if (n < 2) return syllable;
  const last = syllable.charCodeAt(n - 1);
  if (last < 0xc0) return syllable; // the toned vowels are all above Latin-1's first half
  const prev = syllable.charCodeAt(n - 2) | 32;
  if (prev !== 111 /* o */ && prev !== 117 /* u */) return syllable;
  const second = SECOND.get(last);
  if (second === undefined) return syllable;
  const first = syllable[n - 2] ?? "";
  const wantFirst = FIRST_FOR[second.bare];
  if (
    wantFirst === undefined ||
    (first !== wantFirst && first !== wantFirst.toUpperCase() && first !== wantFirst.toLowerCase())
  )
    return syllable;
  if (n >= 3 && (syllable[n - 3] === "q" || syllable[n - 3] === "Q") && (first === "u" || first === "U"))
    return syllable;
  const firstRow = TONED[first];
  if (firstRow === undefined) return syllable;
  return syllable.slice(0, n - 2) + (firstRow[second.tone] ?? first) + second.bare;
}

/**
 * A matching key without diacritics, lower case, `đ` → `d`. Only an extra key: callers keep the
 * toned form too, so that `tá` (rank word) and `ta` stay apart where it matters.
 */
export function foldDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/** NFC, canonical tone placement on every syllable, lower case: the key lexicons are matched by. */
export function matchKey(s: string): string {
  const shape = plainShape(s);
  if (shape === PLAIN_SYLLABLE) return canonicalTone(s).toLowerCase();
  if (shape === PLAIN_SETTLED) return s.toLowerCase();
  const nfc = s.normalize("NFC");
  let out = "";
  let wordStart = 0;
  for (let i = 0; i <= nfc.length; i++) {
    const c = i < nfc.length ? nfc.charCodeAt(i) : 32;
    if (isSeparator(c)) {
      out += canonicalTone(nfc.slice(wordStart, i));
      if (i < nfc.length) out += nfc[i];
      wordStart = i + 1;
    }
  }
  return out.toLowerCase();
}

const isSeparator = (c: number) => c === 32 || c === 45 || c === 10 || c === 9;

/** One word of precomposed letters: NFC leaves it as it is, and its key is its canonical tone. */
const PLAIN_SYLLABLE = 0;
/** Several words of precomposed letters, none ending in a tone that could move: its key is its lower case. */
const PLAIN_SETTLED = 1;
/** Anything else (combining marks, other scripts, a tone to move): the general path. */
const GENERAL = 2;

/**
 * Which shortcut `matchKey` may take. Precomposed letters are code units below U+0300 or in the
 * Vietnamese block: NFC leaves them as they are. canonicalTone only ever changes a word whose last
 * letter is a toned a, e or y, so words that end otherwise need no splitting. Most tokens are one
 * such word, and most header pieces and names several.
 */
function plainShape(s: string): number {
  let separators = 0;
  let movable = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSeparator(c)) {
      separators++;
      continue;
    }
    if (c >= 0x300 && (c < 0x1ea0 || c > 0x1ef9)) return GENERAL;
    if (c >= 0xc0 && (i + 1 === s.length || isSeparator(s.charCodeAt(i + 1))) && SECOND.has(c))
      movable = true;
  }
  if (separators === 0) return PLAIN_SYLLABLE;
  return movable ? GENERAL : PLAIN_SETTLED;
}
