/**
 * Character classes over UTF-16 code units, fast for Vietnamese (Latin ranges are decided by
 * arithmetic) and Unicode-aware for everything else (`\p{L}`, `\p{M}` with the `u` flag).
 * Never ASCII `\w`/`\b`: a boundary test must know that `ộ` is a letter.
 */

const LETTER_RE = /\p{L}/u;
const MARK_RE = /\p{M}/u;

/** True when the code unit (not a surrogate) is a letter. */
export function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c | 32) >= 97 && (c | 32) <= 122;
  if (c < 0x250) return c >= 0xc0 ? c !== 0xd7 && c !== 0xf7 : c === 0xaa || c === 0xb5 || c === 0xba;
  if (c >= 0x1e00 && c <= 0x1eff) return true; // Latin Extended Additional: ạ ả ấ ầ … ỹ
  // General punctuation (quotes, dashes, the ellipsis) and symbol blocks: no regex for them.
  if (c >= 0x2000 && c <= 0x206f) return false;
  if (c >= 0x2190 && c <= 0x2bff) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER_RE.test(String.fromCharCode(c));
}

/** True for combining marks (left after NFC only on bases that have no precomposed form). */
export function isMarkCode(c: number): boolean {
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c < 0x483) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return MARK_RE.test(String.fromCharCode(c));
}

export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** Whitespace after normalisation: space, tab, newline, vertical tab, form feed. */
export const isSpaceCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** Upper-case letter (Vietnamese-aware: `Đ`, `Ấ`). */
export function isUpperLetter(ch: string): boolean {
  if (ch.length === 1 && hasArithmeticCase(ch.charCodeAt(0))) return caseOfCode(ch.charCodeAt(0)) === 1;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Lower-case letter. */
export function isLowerLetter(ch: string): boolean {
  if (ch.length === 1 && hasArithmeticCase(ch.charCodeAt(0))) return caseOfCode(ch.charCodeAt(0)) === 2;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * Code units where caseOfCode agrees with the string tests above (checked over every code unit by
 * a test): below U+01C4 (where title-case letters such as ǅ begin) and the Vietnamese block.
 * Every stage asks the case of a first letter many times per token; two string conversions each
 * time were a measurable share of extract.
 */
function hasArithmeticCase(c: number): boolean {
  return c < 0x1c4 || (c >= 0x1ea0 && c <= 0x1ef9);
}

/** The first letter is upper case ("Hà", "HÀ", "H'Hen"). */
export function isCapitalized(s: string): boolean {
  // read on the first code unit: the entity stages ask this several times for every token
  return s.length > 0 && letterCaseAt(s, 0) === 1;
}

/**
 * Letter case of a code unit as isUpperLetter/isLowerLetter see it (1 upper, 2 lower, 0 neither):
 * arithmetic below U+01C4 and in the Vietnamese block, where it agrees with them on every code
 * unit; the string test elsewhere (title-case letters such as ǅ are neither).
 */
export function letterCaseAt(s: string, k: number): 0 | 1 | 2 {
  const c = s.charCodeAt(k);
  if (hasArithmeticCase(c)) return caseOfCode(c);
  const ch = s.charAt(k);
  return isUpperLetter(ch) ? 1 : isLowerLetter(ch) ? 2 : 0;
}

/**
 * `s !== s.toLowerCase()`: some letter of `s` has a lower-case form. Read by code unit where the
 * case is arithmetic (see hasArithmeticCase); any other code unit asks the string.
 */
export function hasUpperCase(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (!hasArithmeticCase(c)) return s !== s.toLowerCase();
    if (caseOfCode(c) === 1) return true;
  }
  return false;
}

/** Every cased letter is upper case and there are at least two letters ("ANTQ", "HÀ"). */
export function isAllCaps(s: string): boolean {
  let letters = 0;
  for (const ch of s) {
    if (isLowerLetter(ch)) return false;
    if (isUpperLetter(ch)) letters++;
  }
  return letters >= 2;
}

/** Letter case of a code unit: 1 upper, 2 lower, 0 uncased. Arithmetic for the Vietnamese ranges. */
export function caseOfCode(c: number): 0 | 1 | 2 {
  if (c < 0x80) return c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : 0;
  if (c >= 0x1ea0 && c <= 0x1ef9) return (c & 1) === 0 ? 1 : 2; // ạ ả ấ … ỹ: even upper, odd lower
  if (c >= 0xc0 && c <= 0xff) return c === 0xd7 || c === 0xf7 ? 0 : c <= 0xde ? 1 : 2;
  if (c >= 0x100 && c <= 0x137) return (c & 1) === 0 ? 1 : 2; // Ā ă … Đ đ … Ĩ ĩ
  if (c === 0x1a0 || c === 0x1af) return 1; // Ơ Ư
  if (c === 0x1a1 || c === 0x1b0) return 2; // ơ ư
  if (c >= 0x168 && c <= 0x177) return (c & 1) === 0 ? 1 : 2; // Ũ ũ …
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  return lower === upper ? 0 : ch === upper ? 1 : 2;
}
