import { letterCaseAt } from "../text/chars.js";
import { isAllCaps } from "../text/index.js";
import { matchKey } from "../text/tone.js";
import type { Token } from "../tokenize/index.js";
import { boundedMemo } from "./memo.js";
import { crossesLine } from "./trie.js";

/**
 * The key of a spelling that is not its own key (`Hà` → `hà`), remembered across texts: articles
 * repeat their capitalised words and news repeats its names, so most are keyed once per process,
 * and the shared key strings come with their hash already computed for the stages' map lookups.
 */
const keyOfSpelling = boundedMemo(1 << 14, matchKey);

/** The lookup key of every token (`tokenKey`), computed once per text. */
export function keysOf(tokens: readonly Token[]): string[] {
  const keys: string[] = [];
  for (const token of tokens) {
    const spelling = token.normalized;
    keys.push(isOwnKey(spelling) ? spelling : keyOfSpelling(spelling));
  }
  return keys;
}

/**
 * The code units matchKey leaves alone and does not split words at, as a table (one load per
 * unit): lower-case Vietnamese letters, digits, ASCII punctuation but space, tab, newline and `-`.
 * General Punctuation's dashes, quotes and ellipsis (U+2010–U+2027) are tested apart.
 */
const KEY_UNITS = Uint8Array.from({ length: 0x1f00 }, (_, c) => {
  if (c < 0x80) return (c > 32 && c < 65 && c !== 45) || c > 90 ? 1 : 0;
  if (c >= 0x1ea0 && c <= 0x1ef9) return c & 1; // ạ ả ấ … ỹ
  if (c >= 0xdf && c <= 0xff) return c === 0xf7 ? 0 : 1; // à á â ã è é ê ì í ò ó ô õ ù ú ý …
  return c === 0x103 || c === 0x111 || c === 0x129 || c === 0x169 || c === 0x1a1 || c === 0x1b0 ? 1 : 0; // ă đ ĩ ũ ơ ư
});

/** ý ỳ ỷ ỹ ỵ: after a `u`, the tones canonicalTone moves (`thuý` → `thúy`). */
const isTonedY = (c: number) => c === 0xfd || c === 0x1ef3 || c === 0x1ef5 || c === 0x1ef7 || c === 0x1ef9;

/**
 * True when `s` is its own key (`matchKey(s) === s`): KEY_UNITS only, and no final `oà`/`uỳ`-type
 * pair whose tone canonicalTone would move. Most tokens of a text are (syllables, numbers,
 * punctuation); they skip the key function.
 */
export function isOwnKey(s: string): boolean {
  const n = s.length;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x1f00 ? KEY_UNITS[c] === 1 : c >= 0x2010 && c <= 0x2027) continue;
    return false;
  }
  const last = n < 2 ? 0 : s.charCodeAt(n - 1);
  if (last < 0xc0) return true;
  const prev = s.charCodeAt(n - 2);
  // `o` before a toned a or e (`hoà`), and `u` before a toned y, may move; `quả`, `mưa` never
  return prev !== 111 && (prev !== 117 || !isTonedY(last));
}

/**
 * A unit's code: an abbreviation token, or a word in capitals only, which the tokenizer keeps as a
 * word when it is two letters (`CA` in `Trưởng CA quận Ngô Quyền`).
 */
export const isCodeToken = (token: Token): boolean =>
  token.kind === "abbr" || (token.kind === "word" && isAllCaps(token.normalized));

/** `Nguyễn`, `A` (in `Sủng A Thai`), `H'Hen`: capitalised, and not an ALL-CAPS headline word. */
export function isTitleCase(token: Token): boolean {
  if (token.kind !== "word" && token.kind !== "name") return false;
  // the stages ask this of most tokens, several times each: the usual answers by ASCII first
  // (a lower-case first letter; a capital then a lower-case letter), in a body small enough to inline
  const s = token.normalized;
  const first = s.charCodeAt(0);
  if (first >= 97 && first <= 122) return false;
  if (first >= 65 && first <= 90 && s.length >= 2) {
    const second = s.charCodeAt(1);
    if (second >= 97 && second <= 122) return true;
  }
  return isTitleCaseSpelling(s);
}

/** isCapitalized(s) && (s.length === 1 || !isAllCaps(s)), without a string per character. */
function isTitleCaseSpelling(s: string): boolean {
  if (s.length === 0 || letterCaseAt(s, 0) !== 1) return false;
  return s.length === 1 || !isAllCapsText(s);
}

/** isAllCaps (every cased letter upper case, at least two), reading code units instead of strings. */
export function isAllCapsText(s: string): boolean {
  let upper = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdfff) return isAllCaps(s); // astral letters: by code point
    const letterCase = letterCaseAt(s, k);
    if (letterCase === 2) return false;
    if (letterCase === 1) upper++;
  }
  return upper >= 2;
}

/** A syllable that can be part of a personal name. */
export function isNameSyllable(token: Token): boolean {
  return isTitleCase(token);
}

const OPENERS = new Set(['"', "(", "[", "'", "“", "‘", "«", "-", "–", "—", "*", "•"]);
const ENDERS = new Set([".", "!", "?", "…", ":", ";", "..."]);

/** Token i begins a sentence (or a line, or a quotation): a capital there says nothing. */
export function isSentenceStart(tokens: readonly Token[], input: string, i: number): boolean {
  if (i <= 0) return true;
  if (crossesLine(tokens, input, i)) return true;
  const prev = tokens[i - 1] as Token; // i ≥ 1 here
  if (prev === undefined) return true;
  if (prev.kind === "punct" && (ENDERS.has(prev.normalized) || OPENERS.has(prev.normalized))) return true;
  return false;
}
