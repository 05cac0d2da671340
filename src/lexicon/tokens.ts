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
 * True when `s` is its own key (`matchKey(s) === s`): lower-case Vietnamese letters, digits, and
 * punctuation that NFC and lower-casing leave alone and that matchKey does not split words at
 * (ASCII but upper case, space, tab, newline and `-`; General Punctuation's dashes, quotes and
 * ellipsis), and no final `oà`/`uỳ`-type pair whose tone canonicalTone would move. Most tokens
 * of a text are (syllables, numbers, punctuation); they skip the key function.
 */
export function isOwnKey(s: string): boolean {
  const n = s.length;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x80) {
      if (c >= 97 || (c >= 46 && c <= 64) || (c > 32 && c < 45) || (c > 90 && c < 97)) continue;
      return false;
    }
    if (c >= 0x2010 && c <= 0x2027) continue; // ‐ – — ‘ ’ “ ” • …
    if (c >= 0x1ea0 && c <= 0x1ef9) {
      if ((c & 1) === 1) continue; // ạ ả ấ … ỹ
      return false;
    }
    if (c >= 0xdf && c <= 0xff && c !== 0xf7) continue; // à á â ã è é ê ì í ò ó ô õ ù ú ý …
    if (c === 0x103 || c === 0x111 || c === 0x129 || c === 0x169 || c === 0x1a1 || c === 0x1b0) continue; // ă đ ĩ ũ ơ ư
    return false;
  }
  if (n < 2 || s.charCodeAt(n - 1) < 0xc0) return true;
  const prev = s.charCodeAt(n - 2) | 32;
  return prev !== 111 && prev !== 117;
}

/** `Nguyễn`, `A` (in `Sủng A Thai`), `H'Hen`: capitalised, and not an ALL-CAPS headline word. */
export function isTitleCase(token: Token): boolean {
  if (token.kind !== "word" && token.kind !== "name") return false;
  const s = token.normalized;
  // isCapitalized(s) && (s.length === 1 || !isAllCaps(s)), without a string per character
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
