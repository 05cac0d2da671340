import { crossesLine, tokenAt } from "../lexicon/index.js";
import type { Span } from "../span.js";
import { isCapitalized, isDigitCode } from "../text/index.js";
import type { Token } from "../tokenize/index.js";
import { isDottedPrefix } from "./structure.js";

/** A sentence: its span and its tokens `[first, last)`. */
export interface SentenceRange extends Span {
  first: number;
  last: number;
}

const ENDERS = new Set([".", "!", "?", "…", "...", "./.", "!!", "?!", "!?", "…."]);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "»", "]"]);
const OPENERS = new Set(['"', "“", "‘", "'", "(", "«", "[", "-", "–", "—", "*", "•"]);

/** Could token t begin a new sentence: a capital, a digit, an opening quote or dash. */
function canOpen(t: Token): boolean {
  if (t.kind === "punct") return OPENERS.has(t.normalized);
  if (t.kind === "number" || t.kind === "date" || t.kind === "time") return true;
  return isCapitalized(t.normalized) || isDigitCode(t.normalized.charCodeAt(0));
}

/** "TP." "PGS." "V." (an initial): a period that belongs to the word before it. */
function takesPeriod(prev: Token | undefined, period: Token): boolean {
  if (prev === undefined || prev.end !== period.start) return false;
  if (prev.kind !== "word" && prev.kind !== "name" && prev.kind !== "abbr") return false;
  const s = prev.normalized;
  if (s.length === 1 && isCapitalized(s)) return true;
  return s.length <= 4 && isDottedPrefix(s.toLowerCase());
}

/**
 * Sentences of the tokens `[from, to)`: a line break always ends one; `. ! ? …` end one when the
 * next token can open a sentence (capital, digit, opening quote). Closing quotes and brackets stay
 * with the sentence they close. Tokens already keep `TP.HCM`, `Q.1`, `PGS.TS` whole; `TP. Hà Giang`
 * and initials (`X. Mai`) do not end a sentence. Ellipses followed by lower case continue it.
 * `breaks` are tokens that begin a sentence whatever precedes them (a caption run into the text).
 */
export function splitSentences(
  input: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  breaks?: ReadonlySet<number>,
): SentenceRange[] {
  const out: SentenceRange[] = [];
  let first = from;
  const close = (lastIncl: number) => {
    if (lastIncl < first) return;
    const a = (tokens[first] as Token).start;
    const b = (tokens[lastIncl] as Token).end;
    out.push({ start: a, end: b, text: input.slice(a, b), first, last: lastIncl + 1 });
    first = lastIncl + 1;
  };
  for (let i = from; i < to; i++) {
    if (i > first && (crossesLine(tokens, input, i) || breaks?.has(i) === true)) close(i - 1);
    const t = tokens[i] as Token;
    if (t.kind !== "punct" || !ENDERS.has(t.normalized)) continue;
    if (t.normalized === "." && takesPeriod(tokenAt(tokens, i - 1), t)) continue;
    let j = i + 1;
    while (j < to && (tokens[j] as Token).kind === "punct" && CLOSERS.has((tokens[j] as Token).normalized)) {
      // a closing quote hugs the period; an opening one has a space before it
      if ((tokens[j] as Token).start !== (tokens[j - 1] as Token).end && j > i + 1) break;
      if ((tokens[j] as Token).start !== (tokens[j - 1] as Token).end) break;
      j++;
    }
    const next = tokens[j];
    if (next === undefined || j >= to) {
      close(j - 1);
      i = j - 1;
      continue;
    }
    if (crossesLine(tokens, input, j) || canOpen(next)) {
      close(j - 1);
      i = j - 1;
    }
  }
  if (first < to) close(to - 1);
  return out;
}
