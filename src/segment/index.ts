/**
 * Word segmentation: groups syllable tokens into words (`an ninh`, `Tổ quốc`, `Đào Quang Trường`,
 * `Phó Giám đốc`). Every other token passes through unchanged.
 * @module
 */

import { checkText } from "../arguments.js";
import { tokenize } from "../tokenize/index.js";
import type { Token } from "../tokenize/schema.js";
import { wordTable } from "./dictionary.js";
import { CAPITALISED, FORWARD, type Prepared, prepare, SINGLE_CAP } from "./features.js";
import { emissions, shippedModel, viterbi } from "./model.js";

export { type Word, WordSchema } from "./schema.js";

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

function assemble(input: string, tokens: readonly Token[], p: Prepared, join: Uint8Array): Token[] {
  const out: Token[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && join[j] === 1) j++;
    const first = tokens[i] as Token;
    if (j === i + 1) {
      out.push(first);
    } else {
      let normalized = first.normalized;
      let name = true;
      for (let k = i; k < j; k++) {
        const t = tokens[k] as Token;
        if (k > i) normalized += ` ${t.normalized}`;
        const s = p.shape[k];
        if (t.kind !== "name" && s !== CAPITALISED && s !== SINGLE_CAP) name = false;
      }
      const end = (tokens[j - 1] as Token).end;
      out.push({
        start: first.start,
        end,
        text: input.slice(first.start, end),
        kind: name ? "name" : "word",
        normalized,
      });
    }
    i = j;
  }
  return out;
}

/**
 * Words of `input` given its tokens (`tokenize(input)`), so a pipeline that has tokens already
 * does not tokenise twice. Only syllables separated by horizontal spaces are ever joined.
 */
export function segmentTokens(input: string, tokens: readonly Token[]): Token[] {
  checkText(input, "input");
  const p = prepare(input, tokens, wordTable());
  const join = new Uint8Array(p.n);
  const model = shippedModel();
  if (model !== null) viterbi(p, emissions(p, model), model.trans, join);
  else for (let i = 0; i < p.n; i++) join[i] = (p.greedy[i] as number) & FORWARD;
  keepForcedWhole(p, join);
  return assemble(input, tokens, p, join);
}

/**
 * Words: consecutive syllables joined where the learned model (over dictionary and n-gram
 * evidence) says they form one word. Each word's span runs from its first syllable's start to
 * its last one's end (`text === input.slice(start, end)`, spacing kept); `normalized` joins the
 * syllables' normalized forms with one space; proper names get kind `"name"`.
 *
 * @example
 * segment("Đại tá Đào Quang Trường")
 * // [{ start: 0, end: 6, text: "Đại tá", kind: "word", normalized: "Đại tá" },
 * //  { start: 7, end: 23, text: "Đào Quang Trường", kind: "name", normalized: "Đào Quang Trường" }]
 */
export function segment(text: string): Token[] {
  const input = checkText(text);
  return segmentTokens(input, tokenize(input));
}

/** Greedy longest matching over the same word list: the baseline the model is measured against. */
export function segmentGreedy(text: string): Token[] {
  const input = checkText(text);
  const tokens = tokenize(input);
  const p = prepare(input, tokens, wordTable());
  const join = new Uint8Array(p.n);
  for (let i = 0; i < p.n; i++) join[i] = (p.greedy[i] as number) & FORWARD;
  return assemble(input, tokens, p, join);
}
