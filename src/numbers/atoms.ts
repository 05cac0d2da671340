import { KeyFilter } from "../lexicon/filter.js";
import { boundedMemo } from "../lexicon/memo.js";
import { isLetterCode, isMarkCode } from "../text/chars.js";
import type { Token } from "../tokenize/schema.js";

/**
 * An atom: tokens written without space between them, glued back ("30", "/", "6", "/", "2022" →
 * "30/6/2022"; "333", "/", "KH", "-", "BCĐ" → "333/KH-BCĐ"), with punctuation at its edges split
 * off as atoms of their own ("(14/5)," → "(", "14/5", ")", ","). Numbers, dates and document
 * numbers are recognised on atoms, so they do not depend on how the tokenizer splits them.
 */
export interface Atom {
  /** Offsets into the ORIGINAL input. */
  start: number;
  end: number;
  /** Normalised text (the tokens' `normalized`, concatenated). */
  norm: string;
  /** `norm` in lower case: the matching key. */
  key: string;
  /** A line break (or the start of the input) lies between this atom and the one before. */
  lineStart: boolean;
  /** Punctuation atom (a single mark such as `,` `.` `(` `-`). */
  punct: boolean;
}

/**
 * Marks split off the edges of a glued run, by code unit: `, . ; : ! ? ( ) [ ] { } " ' - / *` and
 * `•` (and the run of dots `...`). `%` stays glued: "15%" is one number.
 */
const EDGE_MARKS = new Uint8Array(128);
for (const mark of ",.;:!?()[]{}\"'-/*") EDGE_MARKS[mark.charCodeAt(0)] = 1;
const BULLET = 0x2022;

/** Every edge mark is one character long, or "...": read by code unit, without a set lookup. */
function isEdgePunct(t: Token): boolean {
  const s = t.normalized;
  if (s.length === 1) {
    const c = s.charCodeAt(0);
    return c < 128 ? EDGE_MARKS[c] === 1 : c === BULLET;
  }
  return s.length === 3 && s === "...";
}

function hasLineBreak(input: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = input.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/**
 * The lower case of a code unit where toLowerCase maps it alone and one to one (ASCII, Latin-1,
 * the paired letters of Latin Extended-A but `İ`, `Ơ` `Ư`, the Vietnamese block, General
 * Punctuation), else -1.
 */
export function lowerUnit(c: number): number {
  if (c < 0x100) return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
  // pairs of even upper and odd lower case (as caseOfCode reads them): ạ ả … ỹ, Ā ā … Ķ ķ, Ũ ũ … ŷ
  if ((c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x100 && c <= 0x137 && c !== 0x130) || (c >= 0x168 && c <= 0x177))
    return c | 1;
  if (c === 0x1a0 || c === 0x1af) return c + 1;
  if (c === 0x1a1 || c === 0x1b0 || (c >= 0x2000 && c <= 0x206f)) return c;
  return -1;
}

/**
 * True when `key` is `s.toLowerCase()`, read unit by unit (false when some unit is not one
 * lowerUnit knows). The key the lexicon gave a token usually is: then its atom takes that string
 * instead of lower-casing the token again.
 */
function isLowerCaseOf(key: string, s: string): boolean {
  if (key.length !== s.length) return false;
  for (let k = 0; k < s.length; k++) if (lowerUnit(s.charCodeAt(k)) !== key.charCodeAt(k)) return false;
  return true;
}

/**
 * True when `s.toLowerCase() === s` by a check of code units: each one lowerUnit maps to itself.
 * Anything lowerUnit does not know asks toLowerCase.
 */
function isLowerCaseAlready(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (lowerUnit(c) !== c) return false;
  }
  return true;
}

/**
 * The lower case of a spelling, remembered across texts (articles repeat their capitalised words,
 * news its names), and the shared key strings make the later trie lookups cheaper.
 */
const lowerCaseOf = boundedMemo(1 << 14, (norm) => norm.toLowerCase());

/** The key of an atom spelled `norm`; `tokenKey` is the lexicon's key of its token, if it is one token. */
function keyOf(norm: string, tokenKey: string | undefined): string {
  if (tokenKey !== undefined && (tokenKey === norm || isLowerCaseOf(tokenKey, norm))) return tokenKey;
  return isLowerCaseAlready(norm) ? norm : lowerCaseOf(norm);
}

function makeAtom(
  tokens: readonly Token[],
  from: number,
  to: number,
  lineStart: boolean,
  keys: readonly string[] | undefined,
): Atom {
  const first = tokens[from] as Token;
  if (to - from === 1) {
    const norm = first.normalized;
    const key = keyOf(norm, keys === undefined ? undefined : keys[from]);
    return { start: first.start, end: first.end, norm, key, lineStart, punct: isEdgePunct(first) };
  }
  const last = tokens[to - 1] as Token;
  let norm = first.normalized;
  for (let i = from + 1; i < to; i++) norm += (tokens[i] as Token).normalized;
  return { start: first.start, end: last.end, norm, key: keyOf(norm, undefined), lineStart, punct: false };
}

/**
 * Builds atoms from the tokenizer's tokens in one linear pass. `keys`, the lexicon's key of every
 * token (`keysOf`), when the caller has them: a one-token atom then reuses its token's key string
 * wherever that key is the token's lower case (the same atoms either way).
 */
export function buildAtoms(input: string, tokens: readonly Token[], keys?: readonly string[]): Atom[] {
  const atoms: Atom[] = [];
  let i = 0;
  let previousEnd = 0;
  while (i < tokens.length) {
    // a run: tokens that touch each other
    let j = i + 1;
    while (j < tokens.length && (tokens[j] as Token).start === (tokens[j - 1] as Token).end) j++;
    let lineStart = atoms.length === 0 || hasLineBreak(input, previousEnd, (tokens[i] as Token).start);
    let a = i;
    let b = j;
    while (a < b && isEdgePunct(tokens[a] as Token)) {
      atoms.push(makeAtom(tokens, a, a + 1, lineStart, keys));
      lineStart = false;
      a++;
    }
    let tailStart = b;
    while (tailStart > a && isEdgePunct(tokens[tailStart - 1] as Token)) tailStart--;
    if (a < tailStart) {
      atoms.push(makeAtom(tokens, a, tailStart, lineStart, keys));
      lineStart = false;
    }
    for (b = tailStart; b < j; b++) {
      atoms.push(makeAtom(tokens, b, b + 1, lineStart, keys));
      lineStart = false;
    }
    previousEnd = (tokens[j - 1] as Token).end;
    i = j;
  }
  return atoms;
}

/** Key of atom `k`, or "" past either end. */
/** Atom `k`, or undefined past either end (read without an out-of-range load: see keyAt). */
export const atomAt = (atoms: readonly Atom[], k: number): Atom | undefined =>
  k >= 0 && k < atoms.length ? atoms[k] : undefined;

export const keyAt = (atoms: readonly Atom[], k: number): string =>
  // bounds first: the stages ask for the atom before the first one at every line start, and one
  // read at a negative index sends the engine's element load here to its slow generic path for good
  k >= 0 && k < atoms.length ? (atoms[k] as Atom).key : "";

/** The atom at `i` starts a sentence: first of a line, or after `.` `!` `?` `:`. */
export function startsSentence(atoms: readonly Atom[], i: number): boolean {
  const atom = atoms[i];
  if (!atom) return false;
  if (atom.lineStart) return true;
  const before = atomAt(atoms, i - 1);
  return (
    before?.punct === true &&
    (before.norm === "." || before.norm === "!" || before.norm === "?" || before.norm === ":")
  );
}

const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;
/** A word atom: letters only (no digits, no inner punctuation). */
export const isWordAtom = (atom: Atom | undefined): boolean => atom !== undefined && isLettersOnly(atom.norm);

/**
 * LETTERS_ONLY by code unit, with the text stage's letter and mark tests (arithmetic for Latin and
 * Vietnamese, which most atoms are); a surrogate pair asks the regular expression, which reads code
 * points. The stages ask this of most atoms they look at.
 */
function isLettersOnly(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdfff) return LETTERS_ONLY.test(s);
    if (!isLetterCode(c) && !isMarkCode(c)) return false;
  }
  return true;
}

/**
 * A trie over lower-case word sequences, longest match first: multi-word vocabulary
 * ("tết nguyên đán", "hàng trăm", "xe ô tô") matched against consecutive atoms.
 */
export interface PhraseTrie<V> {
  value: V | undefined;
  next: Map<string, PhraseTrie<V>>;
  /** On the root: the phrases' first words, to turn most atoms away without a map lookup. */
  first?: KeyFilter;
}

export function buildTrie<V>(entries: Iterable<readonly [string, V]>): PhraseTrie<V> {
  const root: PhraseTrie<V> = { value: undefined, next: new Map(), first: new KeyFilter() };
  for (const [phrase, value] of entries) {
    root.first?.add(phrase.toLowerCase().split(" ")[0] ?? "");
    let node = root;
    for (const word of phrase.toLowerCase().split(" ")) {
      let child = node.next.get(word);
      if (!child) {
        child = { value: undefined, next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }
  return root;
}

/** Longest phrase of the trie starting at atom `i`: [value, atom count], or null. Line breaks stop it. */
export function matchTrie<V>(trie: PhraseTrie<V>, atoms: readonly Atom[], i: number): [V, number] | null {
  // the dates and numbers stages ask several tries at most atoms: the first-word filter answers
  // most of them, and this test is small enough for the engine to inline into the callers
  const atom = atoms[i];
  if (atom === undefined || (trie.first !== undefined && !trie.first.mayHave(atom.key))) return null;
  return walkTrie(trie, atoms, i);
}

function walkTrie<V>(trie: PhraseTrie<V>, atoms: readonly Atom[], i: number): [V, number] | null {
  let node: PhraseTrie<V> | undefined = trie;
  // the longest match so far, as a node and a length: one pair is made at the end, not one per match
  let bestNode: PhraseTrie<V> | undefined;
  let bestLength = 0;
  for (let k = i; k < atoms.length && k - i < 8; k++) {
    const atom = atoms[k] as Atom;
    if (k > i && atom.lineStart) break;
    node = node.next.get(atom.key);
    if (!node) break;
    if (node.value !== undefined) {
      bestNode = node;
      bestLength = k - i + 1;
    }
  }
  return bestNode === undefined ? null : [bestNode.value as V, bestLength];
}
