import { matchKey } from "../text/index.js";
import type { Token } from "../tokenize/index.js";
import { KeyFilter } from "./filter.js";

/** The key a token is looked up by: NFC, canonical tone placement, lower case. */
export function tokenKey(token: Token): string {
  return matchKey(token.normalized);
}

interface Node<T> {
  /** The children; a leaf shares NO_CHILDREN (most nodes are leaves: no Map of their own). */
  next: Map<string, Node<T>>;
  values: T[];
}

/** The `next` of every leaf, never written to: add() gives a node its own Map before its first child. */
const NO_CHILDREN = new Map<string, never>();

/** A match of a phrase over tokens `[start, end)`; `values` are all rows stored under that phrase. */
export interface TrieMatch<T> {
  start: number;
  end: number;
  values: readonly T[];
}

/**
 * Phrases as sequences of token keys; lookups walk the token stream and the longest phrase wins
 * (spaCy's "longest first", compromise's multi-word lexicon). A phrase never crosses a line break:
 * a title on one line and a name on the next are two sentences of a scraped page.
 */
export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };
  /** The first keys of the phrases, to turn most tokens away before the map lookup. */
  private readonly firstKeys = new KeyFilter();
  maxLength = 0;

  add(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    this.firstKeys.add(keys[0] as string);
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (child === undefined) {
        child = { next: NO_CHILDREN, values: [] };
        if (node.next === NO_CHILDREN) node.next = new Map();
        node.next.set(k, child);
      }
      node = child;
    }
    node.values.push(value);
    if (keys.length > this.maxLength) this.maxLength = keys.length;
  }

  /** False when no phrase starts with `key` (true only says "maybe": the filter is one-sided). */
  mayStartWith(key: string): boolean {
    return this.firstKeys.mayHave(key);
  }

  /** Longest phrase starting at token `i`, or null. `keys[i]` is the precomputed key of token i. */
  longestAt(
    keys: readonly string[],
    tokens: readonly Token[],
    input: string,
    i: number,
  ): TrieMatch<T> | null {
    // Most tokens begin no phrase: one filter test and out, before any line test or allocation.
    // This part is kept small so that the engine inlines it into the callers (every stage asks
    // several tries at every token); the walk is a function of its own.
    if (i < 0) return null; // (a read at a negative index would slow this site down: see crossesLine)
    const first = keys[i];
    if (first === undefined || !this.firstKeys.mayHave(first)) return null;
    return this.walkFrom(keys, tokens, input, i, first);
  }

  /** Longest phrase starting at token `i` and ending by `end` (exclusive), or null. */
  longestWithin(
    keys: readonly string[],
    tokens: readonly Token[],
    input: string,
    i: number,
    end: number,
  ): TrieMatch<T> | null {
    if (i < 0) return null;
    const first = keys[i];
    if (first === undefined || !this.firstKeys.mayHave(first)) return null;
    return this.walkFrom(keys, tokens, input, i, first, end);
  }

  private walkFrom(
    keys: readonly string[],
    tokens: readonly Token[],
    input: string,
    i: number,
    first: string,
    end: number = keys.length,
  ): TrieMatch<T> | null {
    let node: Node<T> | undefined = this.root.next.get(first);
    let bestEnd = -1;
    let bestValues: readonly T[] = [];
    for (let j = i; node !== undefined; ) {
      if (node.values.length > 0) {
        bestEnd = j + 1;
        bestValues = node.values;
      }
      j++;
      if (j >= end || node.next.size === 0 || crossesLine(tokens, input, j)) break;
      node = node.next.get(keys[j] ?? "");
    }
    return bestEnd < 0 ? null : { start: i, end: bestEnd, values: bestValues };
  }
}

/**
 * Token `k`, or undefined past either end, read without an out-of-range load: one read at a
 * negative index sends the engine's element load at that site to its slow generic path for good.
 */
export const tokenAt = (tokens: readonly Token[], k: number): Token | undefined =>
  k >= 0 && k < tokens.length ? tokens[k] : undefined;

/** Index of the first token of `[from, to)` starting at or after `offset`, else `to` (tokens are in text order). */
export function tokenIndexAt(
  tokens: readonly Token[],
  offset: number,
  from = 0,
  to: number = tokens.length,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The key of token `k`, or "" past either end (read as tokenAt reads). */
export const tokenKeyAt = (keys: readonly string[], k: number): string =>
  k >= 0 && k < keys.length ? (keys[k] as string) : "";

/** True when a line break separates token j-1 from token j. */
export function crossesLine(tokens: readonly Token[], input: string, j: number): boolean {
  // Indexes are checked before reading: one read at a negative index (or past the end) sends the
  // engine's element load at this site to its slow generic path for good, and every stage asks
  // this at every step of every trie walk.
  if (j <= 0 || j >= tokens.length) return false;
  const prev = tokens[j - 1] as Token;
  const cur = tokens[j] as Token;
  for (let k = prev.end; k < cur.start; k++) {
    const c = input.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** Whitespace (any) between token j-1 and token j. */
export function spaceBefore(tokens: readonly Token[], j: number): boolean {
  if (j <= 0 || j >= tokens.length) return false; // (see crossesLine)
  return (tokens[j] as Token).start > (tokens[j - 1] as Token).end;
}
