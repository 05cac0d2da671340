/** The rules segment() applies over the model's join/split decisions. */
import type { Token } from "../tokenize/schema.js";
import { joinAbbreviationDots } from "./dots.js";
import type { Prepared } from "./features.js";

const highBit = (m: number): number => 31 - Math.clz32(m);

/**
 * Ranks and titles (data/words.tsv, force=yes) stay whole whatever the model says: later stages
 * match them as units. Leftmost-longest, so `Phó Giám đốc` wins over `Giám đốc`.
 */
function keepForcedWhole(p: Prepared, join: Uint8Array): void {
  for (let i = 0; i < p.n; ) {
    const f = p.forced[i] as number;
    if (f === 0) {
      i++;
      continue;
    }
    const len = highBit(f);
    join[i] = 0;
    for (let j = i + 1; j < i + len; j++) join[j] = 1;
    if (i + len < p.n) join[i + len] = 0;
    i += len;
  }
}

/**
 * What segment() does after the model: ranks and titles whole, abbreviations' full stops joined.
 * Its own module so that scripts/train-segmenter.mjs scores exactly segment()'s words on dev.
 */
export function finishJoins(tokens: readonly Token[], p: Prepared, join: Uint8Array): void {
  keepForcedWhole(p, join);
  joinAbbreviationDots(tokens, p, join);
}
