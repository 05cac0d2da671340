/**
 * An abbreviation and its full stop as one word (`TP.` in `TP. HCM`, `H.` in `ông H. cúi xuống`,
 * `Nguyễn Văn H.,`), as UD Vietnamese-VTB writes them, where the text shows the full stop cannot
 * end a sentence.
 */

import { ARTICLE_MARKERS } from "../generated/article-markers.js";
import type { Token } from "../tokenize/schema.js";
import { BROKEN, LOWER, NUMBER, OTHER, type Prepared, PUNCT } from "./features.js";

/** Punctuation that never opens a sentence: a full stop before it is an abbreviation's. */
const NOT_SENTENCE_START = new Set([",", ";", ":", "("]);

/**
 * A group of letters with no vowel (`TP`, `Tp`, `H`, `q`, `Th`) is not a Vietnamese syllable: it
 * is an abbreviation or an initial. Only letters: `PC02` is a code, not an abbreviation.
 */
function isVowelless(syllable: string): boolean {
  if (syllable.length === 0 || syllable.length > 4) return false;
  // NFD leaves every Vietnamese vowel as its base letter plus marks (`ư` → `u` + horn)
  const bare = syllable.normalize("NFD");
  for (let i = 0; i < bare.length; i++) {
    const c = bare.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) continue;
    if (c === 0x110 || c === 0x111) continue; // Đ đ
    const lower = c | 0x20;
    if (lower < 0x61 || lower > 0x7a || (c > 0x5a && c < 0x61)) return false;
    if (
      lower === 0x61 ||
      lower === 0x65 ||
      lower === 0x69 ||
      lower === 0x6f ||
      lower === 0x75 ||
      lower === 0x79
    )
      return false;
  }
  return true;
}

let dotted: Set<string> | null = null;

/**
 * Prefixes and titles that take a full stop without ending the sentence (`TP. Hà Giang`, `Q. 1`,
 * `PGS. TS`): the `dotted` rows of data/article-markers.tsv, lower case, which the article stage
 * reads for the same reason.
 */
function isDottedPrefix(syllable: string): boolean {
  if (dotted === null) {
    dotted = new Set();
    for (const [phrase, kind] of ARTICLE_MARKERS) if (kind === "dotted") dotted.add(phrase);
  }
  return dotted.has(syllable.toLowerCase());
}

/**
 * Sets `join` so that an abbreviation and the "." right after it (no space between) form one
 * word, when the text shows that the full stop is the abbreviation's and no sentence ends there:
 * - a vowelless syllable or a dotted prefix before a lower-case syllable (`ông H. cúi xuống`) or
 *   before a comma, semicolon, colon or opening parenthesis (`Nguyễn Văn H., 35 tuổi`);
 * - a dotted prefix of two or more letters before a capitalised syllable (`TP. HCM`,
 *   `Tp. Hà Nội`, `GS. Vũ`), and any dotted prefix before a number (`Q. 1`); a listed prefix
 *   that is also a word (`no`) counts only when written with a capital (`No. 5`).
 * A single capital before a capitalised word stays apart (`… Nguyễn Văn H. Sau đó`), and so do
 * units and other abbreviations (`483 km. Ảnh`, `CLB. Nguồn tin`): the full stop may end the
 * sentence there. Nothing is joined across a line break.
 */
export function joinAbbreviationDots(tokens: readonly Token[], p: Prepared, join: Uint8Array): void {
  for (let i = 0; i + 2 < p.n; i++) {
    const dot = tokens[i + 1] as Token;
    const t = tokens[i] as Token;
    if (dot.text !== "." || dot.start !== t.end) continue;
    const s = p.shape[i] as number;
    if (s === PUNCT || s === NUMBER || s === OTHER) continue;
    // only plain spaces (or nothing) between the full stop and what follows
    if (((p.link[i + 2] as number) & BROKEN) !== 0) continue;
    const next = tokens[i + 2] as Token;
    const spaced = next.start > dot.end;
    const ns = p.shape[i + 2] as number;
    const vowelless = isVowelless(t.normalized);
    // a listed prefix written in lower case with a vowel is a word first (`ấm no.` is not `No.`)
    const prefix = isDottedPrefix(t.normalized) && (vowelless || s !== LOWER);
    let joins: boolean;
    if (ns === PUNCT) joins = NOT_SENTENCE_START.has(next.text) && (prefix || vowelless);
    else if (!spaced || ns === OTHER) joins = false;
    else if (ns === LOWER) joins = prefix || vowelless;
    else if (ns === NUMBER) joins = prefix;
    else joins = prefix && t.normalized.length >= 2;
    if (joins) join[i + 1] = 1;
  }
}
