/**
 * Word segmentation: groups syllable tokens into words (`an ninh`, `Tổ quốc`, `Đào Quang Trường`,
 * `Phó Giám đốc`). Every other token passes through unchanged.
 * @module
 */

import { checkText } from "../arguments.js";
import { tokenize } from "../tokenize/index.js";
import type { Token } from "../tokenize/schema.js";
import { wordTable } from "./dictionary.js";
import { CAPITALISED, FORWARD, type Prepared, PUNCT, prepare, SINGLE_CAP } from "./features.js";
import { finishJoins } from "./finish.js";
import { emissions, shippedModel, viterbi } from "./model.js";

export { type Word, WordSchema } from "./schema.js";

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
      // an abbreviation's full stop (joinAbbreviationDots), the only punctuation ever joined, is
      // the word's last token: written without a space, no say in the word's kind
      const dot = p.shape[j - 1] === PUNCT;
      const last = dot ? j - 1 : j;
      for (let k = i; k < last; k++) {
        const t = tokens[k] as Token;
        if (k > i) normalized += ` ${t.normalized}`;
        const s = p.shape[k];
        if (t.kind !== "name" && s !== CAPITALISED && s !== SINGLE_CAP) name = false;
      }
      if (dot) normalized += ".";
      const end = (tokens[j - 1] as Token).end;
      out.push({
        start: first.start,
        end,
        text: input.slice(first.start, end),
        // one syllable and its full stop keep the syllable's kind (`TP.` abbr, `H.` word)
        kind: last - i === 1 ? first.kind : name ? "name" : "word",
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
 * @example
 * const text = "Đại tá Lê Văn An dự hội nghị";
 * segmentTokens(text, tokenize(text)).map((w) => w.text); // ["Đại tá", "Lê Văn An", "dự", "hội nghị"]
 */
export function segmentTokens(input: string, tokens: readonly Token[]): Token[] {
  checkText(input, "input");
  const p = prepare(input, tokens, wordTable());
  const join = new Uint8Array(p.n);
  const model = shippedModel();
  if (model !== null) viterbi(p, emissions(p, model), model.trans, join);
  else for (let i = 0; i < p.n; i++) join[i] = (p.greedy[i] as number) & FORWARD;
  finishJoins(tokens, p, join);
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

/**
 * Greedy longest matching over the same word list: the baseline the model is measured against.
 * @example
 * segmentGreedy("Đại tá Lê Văn An dự hội nghị").map((w) => w.text);
 * // ["Đại tá", "Lê", "Văn An", "dự", "hội nghị"] (the model, segment(), keeps "Lê Văn An" whole)
 */
export function segmentGreedy(text: string): Token[] {
  const input = checkText(text);
  const tokens = tokenize(input);
  const p = prepare(input, tokens, wordTable());
  const join = new Uint8Array(p.n);
  for (let i = 0; i < p.n; i++) join[i] = (p.greedy[i] as number) & FORWARD;
  return assemble(input, tokens, p, join);
}
