import { isAllCaps, isCapitalized } from "../text/index.js";
import type { Token } from "../tokenize/index.js";
import { crossesLine, tokenKey } from "./trie.js";

/** The lookup key of every token, computed once per text. */
export function keysOf(tokens: readonly Token[]): string[] {
  return tokens.map(tokenKey);
}

/** `Nguyễn`, `A` (in `Sủng A Thai`), `H'Hen`: capitalised, and not an ALL-CAPS headline word. */
export function isTitleCase(token: Token): boolean {
  if (token.kind !== "word" && token.kind !== "name") return false;
  const s = token.normalized;
  if (!isCapitalized(s)) return false;
  return s.length === 1 || !isAllCaps(s);
}

/** A syllable that can be part of a personal name. */
export function isNameSyllable(token: Token): boolean {
  return isTitleCase(token);
}

const OPENERS = new Set(['"', "(", "[", "'", "“", "‘", "«", "-", "–", "—", "*", "•"]);
const ENDERS = new Set([".", "!", "?", "…", ":", ";", "..."]);

/** Token i begins a sentence (or a line, or a quotation): a capital there says nothing. */
export function isSentenceStart(tokens: readonly Token[], input: string, i: number): boolean {
  if (i === 0) return true;
  if (crossesLine(tokens, input, i)) return true;
  const prev = tokens[i - 1];
  if (prev === undefined) return true;
  if (prev.kind === "punct" && (ENDERS.has(prev.normalized) || OPENERS.has(prev.normalized))) return true;
  return false;
}
