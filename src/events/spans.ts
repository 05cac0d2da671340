import type { SentenceRange } from "../article/sentences.js";
import { crossesLine, tokenIndexAt } from "../lexicon/index.js";
import type { Span } from "../span.js";
import type { Token } from "../tokenize/index.js";
import type { EventContext, Indexed } from "./context.js";

/** Token-level helpers the event readers share: spans of token ranges, phrases, quotes, searches. */

export const spanOf = (ctx: EventContext, first: number, end: number): Span => {
  const a = (ctx.tokens[first] as Token).start;
  const b = (ctx.tokens[end - 1] as Token).end;
  return { start: a, end: b, text: ctx.input.slice(a, b) };
};

export const isPunct = (t: Token | undefined) => t !== undefined && t.kind === "punct";
export const OPEN_QUOTES = new Set(['"', "“", "‘", "'", "«"]);
export const CLOSE_QUOTES = new Set(['"', "”", "’", "'", "»"]);

/** Words that end a noun phrase read after a trigger (award names, places, topics). */
export const PHRASE_STOPS = new Set([
  "cho",
  "tặng",
  "của",
  "và",
  "vì",
  "đến",
  "tới",
  "về",
  "với",
  "do",
  "nhằm",
  "trong",
  "tại",
  "ở",
  "để",
  "đã",
  "được",
  "khi",
  "thì",
  "là",
  "từ",
  "sau",
  "trước",
  "lúc",
  "vào",
  "có",
]);

/** Tokens from `from` read as a phrase: up to a stop word, punctuation or `max` tokens. */
export function phraseAfter(ctx: EventContext, from: number, limit: number, max: number): Span | null {
  let j = from;
  while (j < limit && j - from < max) {
    const t = ctx.tokens[j] as Token;
    if (j > from && crossesLine(ctx.tokens, ctx.input, j)) break;
    if (t.kind === "punct" && t.normalized !== "-") break;
    if (j > from && PHRASE_STOPS.has(ctx.keys[j] ?? "")) break;
    j++;
  }
  return j > from ? spanOf(ctx, from, j) : null;
}

/** A quoted title starting at token i (after an optional colon): its inside. */
export function quotedAt(ctx: EventContext, i: number, limit: number): Span | null {
  let k = i;
  if (ctx.tokens[k]?.normalized === ":") k++;
  const open = ctx.tokens[k];
  if (open === undefined || !OPEN_QUOTES.has(open.normalized) || k + 1 >= limit) return null;
  for (let j = k + 1; j < limit && j - k < 30; j++) {
    const t = ctx.tokens[j] as Token;
    if (CLOSE_QUOTES.has(t.normalized)) return j > k + 1 ? spanOf(ctx, k + 1, j) : null;
  }
  return null;
}

export function firstQuoted(ctx: EventContext, from: number, limit: number): Span | null {
  for (let i = from; i < limit; i++) {
    const q = quotedAt(ctx, i, limit);
    if (q !== null) return q;
  }
  return null;
}

/** Index of the first token of `[from, to)` starting at or after `offset`. */
export const tokenAt = (ctx: EventContext, offset: number, from: number, to: number): number =>
  tokenIndexAt(ctx.tokens, offset, from, to);

/** First index of `xs` (sorted by start) whose start is at or after `offset`. */
export function lowerBound(xs: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as { start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items of a start-sorted list that lie inside `s`: a binary search, not a scan of the text's list. */
export function within<T extends { start: number; end: number }>(
  xs: readonly T[],
  s: { start: number; end: number },
): T[] {
  const out: T[] = [];
  for (let k = lowerBound(xs, s.start); k < xs.length; k++) {
    const x = xs[k] as T;
    if (x.start >= s.end) break;
    if (x.end <= s.end) out.push(x);
  }
  return out;
}

export const hasKeys = (ctx: EventContext, s: SentenceRange, a: string, b: string) => {
  for (let i = s.first; i < s.last - 1; i++) if (ctx.keys[i] === a && ctx.keys[i + 1] === b) return true;
  return false;
};

/** One number for a clause's token range: the key its readers' results are remembered by. */
export const clauseKey = (ctx: EventContext, first: number, last: number): number =>
  first * (ctx.tokens.length + 1) + last;

/**
 * The clause of token i: the tokens between the ";" (or a line break) before it and the one after
 * it, inside the sentence. Clauses joined by ";" tell separate happenings ("trao … cho A; tặng …
 * cho B"), so a trigger's participants and place are read within its own clause. Read once per
 * token (the place, role and organisation readers of a trigger all ask); a token lies in one sentence.
 */
export function clauseAround(
  ctx: Indexed,
  s: SentenceRange,
  i: number,
): { readonly first: number; readonly last: number } {
  const known = ctx.clauses.get(i);
  if (known !== undefined) return known;
  let first = i;
  while (first > s.first && i - first < 200) {
    const t = ctx.tokens[first - 1] as Token;
    if (t.normalized === ";" || crossesLine(ctx.tokens, ctx.input, first)) break;
    first--;
  }
  let last = i + 1;
  while (last < s.last && last - i < 200) {
    const t = ctx.tokens[last] as Token;
    if (t.normalized === ";" || crossesLine(ctx.tokens, ctx.input, last)) break;
    last++;
  }
  const clause = { first, last };
  ctx.clauses.set(i, clause);
  return clause;
}
