import { isCapitalized } from "../text/index.js";
import type { Token } from "../tokenize/index.js";
import { orgTrie } from "./tables.js";
import { crossesLine } from "./trie.js";

/**
 * Token k opens a sentence run in after a name (a caption or a lead without its full stop: "TTXVN
 * Tại hội nghị", "tỉnh Lào Cai Tháng 6", "TP. Theo đó"): a stop word of data/organizations.tsv
 * (`tại`, `theo`, `tháng`, `các`) written with a capital, with a lower-case word after it on the
 * same line, or a number ("Tháng 6"). No name ends with such a word, nor begins with one.
 */
export function opensRunIn(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  k: number,
): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (t === undefined || t.kind !== "word" || !isCapitalized(t.normalized)) return false;
  // (a number after it too: "Tháng 6", "Ngày 5/7" open a sentence)
  const counted = next !== undefined && (next.kind === "number" || next.kind === "date");
  if (next === undefined || (!counted && (next.kind !== "word" || isCapitalized(next.normalized))))
    return false;
  if (crossesLine(tokens, input, k + 1)) return false;
  const m = orgTrie().longestAt(keys, tokens, input, k);
  return m !== null && m.end === k + 1 && m.values.some((v) => v.kind === "stop");
}
