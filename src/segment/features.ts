/**
 * Everything the segmenter knows about a token sequence, as typed arrays indexed by token, and
 * the feature ids of each gap between two syllables. Shared by the runtime and by
 * scripts/train-segmenter.mjs (which bundles this file), so both see exactly the same features.
 */
import { decodeEntityAt } from "../text/normalize.js";
import type { Token } from "../tokenize/schema.js";
import { extendKey, FORCED, lookup, MAX_SYLLABLES, PREFIX, WORD, type WordTable } from "./dictionary.js";
import { fmix, foldChar, hashFolded, mix } from "./hash.js";

/** Token shapes (one small integer each, used in features and to pick a word's kind). */
export const LOWER = 0;
export const CAPITALISED = 1;
export const ALL_CAPS = 2;
export const SINGLE_CAP = 3;
export const MIXED = 4; // a syllable-like token with digits or inner capitals: PC02, TP.HCM
export const NUMBER = 5;
export const PUNCT = 6;
export const OTHER = 7;
export const EDGE = 8; // start or end of the text, or a line break

/** Stand-ins for the hash of a neighbour that is not there. */
const EDGE_HASH = 0x2545f491;
const NUMBER_HASH = 0x68e31da4;
const OTHER_HASH = 0x1b873593;

export interface Prepared {
  readonly n: number;
  /** Hash of the lower-cased normalized syllable; of the punctuation; or a class stand-in. */
  readonly hash: Int32Array;
  readonly shape: Uint8Array;
  /** 1 when token i is a syllable that may join token i-1: both syllables, only spaces between. */
  readonly link: Uint8Array;
  /** 1 when a line break (or an unknown character) separates token i from token i-1. */
  readonly broken: Uint8Array;
  /** Bit k set when tokens i..i+k-1 form a dictionary word (k = 1..MAX_SYLLABLES). */
  readonly starts: Uint8Array;
  /** Bit k set when tokens i-k+1..i form a dictionary word. */
  readonly ends: Uint8Array;
  /** Bit k set when tokens i..i+k-1 form a forced domain word (rank, title). */
  readonly forced: Uint8Array;
  /** 1 when greedy forward (resp. backward) longest matching joins token i to token i-1. */
  readonly forward: Uint8Array;
  readonly backward: Uint8Array;
}

export const isSyllableKind = (kind: Token["kind"]): boolean =>
  kind === "word" || kind === "name" || kind === "abbr";

/** Characters that may stand between two syllables of one word: horizontal spaces, invisibles. */
function isPlainSpace(c: number): boolean {
  if (c === 32 || c === 9) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0xad ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** 0: only plain spaces (or nothing) between; 1: a line break or anything else. */
function gapIsBroken(input: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = input.charCodeAt(i);
    if (isPlainSpace(c)) continue;
    if (c === 38) {
      // `an&nbsp;ninh`: an entity that decodes to a space is a space.
      const entity = decodeEntityAt(input, i);
      if (entity !== null && entity.value.length === 1 && isPlainSpace(entity.value.charCodeAt(0))) {
        i += entity.length - 1;
        continue;
      }
    }
    return true;
  }
  return false;
}

function syllableShape(s: string): number {
  let upper = 0;
  let lower = 0;
  let other = 0;
  let firstUpper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = foldChar(c);
    if (f !== c) {
      upper++;
      if (i === 0) firstUpper = true;
    } else if ((c >= 97 && c <= 122) || c >= 0xdf) lower++;
    else other++;
  }
  if (other > 0 && !(other === 1 && s.length > 2 && (s.charCodeAt(1) === 39 || s.charCodeAt(1) === 0x2019)))
    return MIXED;
  if (upper === 0) return LOWER;
  if (lower === 0) return upper === 1 ? SINGLE_CAP : ALL_CAPS;
  return firstUpper && upper === 1 ? CAPITALISED : firstUpper ? CAPITALISED : MIXED;
}

const highBit = (m: number): number => 31 - Math.clz32(m);

/** Computes the per-token arrays for `tokens` (from `tokenize(input)`). Linear in the input. */
export function prepare(input: string, tokens: readonly Token[], table: WordTable): Prepared {
  const n = tokens.length;
  const hash = new Int32Array(n);
  const shape = new Uint8Array(n);
  const link = new Uint8Array(n);
  const broken = new Uint8Array(n);
  const starts = new Uint8Array(n);
  const ends = new Uint8Array(n);
  const forced = new Uint8Array(n);
  const forward = new Uint8Array(n);
  const backward = new Uint8Array(n);
  let prevSyllable = false;
  let prevEnd = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const syllable = isSyllableKind(t.kind);
    const gapBroken = i > 0 && gapIsBroken(input, prevEnd, t.start);
    broken[i] = gapBroken ? 1 : 0;
    if (syllable) {
      const s = t.normalized;
      hash[i] = hashFolded(s, 0, s.length);
      shape[i] = syllableShape(s);
      link[i] = prevSyllable && !gapBroken ? 1 : 0;
    } else {
      const k = t.kind;
      if (k === "punct" || k === "symbol") {
        hash[i] = hashFolded(t.normalized, 0, t.normalized.length);
        shape[i] = PUNCT;
      } else if (k === "number" || k === "date" || k === "time") {
        hash[i] = NUMBER_HASH;
        shape[i] = NUMBER;
      } else {
        hash[i] = OTHER_HASH;
        shape[i] = OTHER;
      }
    }
    prevSyllable = syllable;
    prevEnd = t.end;
  }
  // Dictionary matches from every syllable, extended while the next token is linked and the
  // sequence so far is a prefix of some word: at most MAX_SYLLABLES lookups per token.
  for (let i = 0; i < n; i++) {
    if (!isSyllableKind((tokens[i] as Token).kind)) continue;
    let key = hash[i] as number;
    let m = 0;
    let f = 0;
    for (let k = 1; ; k++) {
      const flags = lookup(table, key);
      if (flags & WORD) {
        m |= 1 << k;
        ends[i + k - 1] = (ends[i + k - 1] as number) | (1 << k);
        if (flags & FORCED) f |= 1 << k;
      }
      const j = i + k;
      if (!(flags & PREFIX) || k >= MAX_SYLLABLES || j >= n || link[j] === 0) break;
      key = extendKey(key, hash[j] as number);
    }
    starts[i] = m;
    forced[i] = f;
  }
  // Greedy longest matching, both directions; an unknown syllable is a word of its own.
  for (let i = 0; i < n; ) {
    const len = Math.max(1, highBit(starts[i] as number));
    for (let j = i + 1; j < i + len; j++) forward[j] = 1;
    i += len;
  }
  for (let i = n - 1; i >= 0; ) {
    const len = Math.max(1, highBit(ends[i] as number));
    for (let j = i - len + 2; j <= i; j++) backward[j] = 1;
    i -= len;
  }
  return { n, hash, shape, link, broken, starts, ends, forced, forward, backward };
}

/** Feature templates (the first argument of the hash): changing one invalidates the weights. */
const T_Bias = 1;
const T_Right = 2;
const T_Left = 3;
const T_LeftRight = 4;
const T_Left2Left = 5;
const T_RightRight2 = 6;
const T_Left2LeftRight = 7;
const T_LeftRightRight2 = 8;
const T_Shapes4 = 9;
const T_ShapesDict = 10;
const T_Cover = 11;
const T_Greedy = 12;
const T_EndStart = 13;
const T_DictNgrams = 14;
const T_LeftRightShape = 15;
const T_LeftShapeRight = 16;
const T_Known = 17;
const T_CoverRight = 18;

/** Number of feature ids `gapFeatures` writes at most. */
export const MAX_FEATURES = 20;

/**
 * Writes the feature ids (unmasked 32-bit hashes) of the gap between token i-1 and token i
 * (`link[i] === 1`) into `out`, returns how many.
 */
export function gapFeatures(p: Prepared, i: number, out: Int32Array): number {
  const { hash, shape, link, broken, starts, ends } = p;
  const a = hash[i - 1] as number;
  const b = hash[i] as number;
  const leftOk = i >= 2 && broken[i - 1] === 0;
  const rightOk = i + 1 < p.n && broken[i + 1] === 0;
  const a2 = leftOk ? (hash[i - 2] as number) : EDGE_HASH;
  const c = rightOk ? (hash[i + 1] as number) : EDGE_HASH;
  const sa = shape[i - 1] as number;
  const sb = shape[i] as number;
  const sa2 = leftOk ? (shape[i - 2] as number) : EDGE;
  const sc = rightOk ? (shape[i + 1] as number) : EDGE;
  const linkLeft = link[i - 1] as number;
  const linkRight = rightOk ? (link[i + 1] as number) : 0;

  // Dictionary evidence around the gap.
  const sA = starts[i - 1] as number;
  const word2 = (sA >> 2) & 1; // "a b" is a word
  const word3r = (sA >> 3) & 1; // "a b c"
  const sA2 = linkLeft ? (starts[i - 2] as number) : 0;
  const word3l = (sA2 >> 3) & 1; // "a2 a b"
  const word4 = (sA2 >> 4) & 1;
  let cover = 0; // longest word spanning the gap
  let coverOffset = 0; // where the gap falls inside it
  for (let s = i - 1, d = 1; d < MAX_SYLLABLES; s--, d++) {
    const top = highBit(starts[s] as number);
    if (top > d && top > cover) {
      cover = top;
      coverOffset = d;
    }
    if (s === 0 || link[s] === 0) break;
  }
  const endLeft = highBit(ends[i - 1] as number);
  const startRight = highBit(starts[i] as number);
  const knownA = sA & 2 ? 1 : 0;
  const knownB = (starts[i] as number) & 2 ? 1 : 0;
  const greedy = (p.forward[i] as number) | ((p.backward[i] as number) << 1);

  let k = 0;
  out[k++] = mix(T_Bias, 0);
  out[k++] = mix(T_Right, b);
  out[k++] = mix(T_Left, a);
  out[k++] = mix(mix(T_LeftRight, a), b);
  out[k++] = mix(mix(T_Left2Left, a2), a);
  out[k++] = mix(mix(T_RightRight2, b), c);
  out[k++] = mix(mix(mix(T_Left2LeftRight, a2), a), b);
  out[k++] = mix(mix(mix(T_LeftRightRight2, a), b), c);
  out[k++] = mix(T_Shapes4, sa2 | (sa << 4) | (sb << 8) | (sc << 12) | (linkLeft << 16) | (linkRight << 17));
  out[k++] = mix(T_ShapesDict, sa | (sb << 4) | (word2 << 8) | (greedy << 9));
  out[k++] = mix(T_Cover, cover | (coverOffset << 4) | (word2 << 8));
  out[k++] = mix(T_Greedy, greedy | (word2 << 2) | (word3l << 3) | (word3r << 4));
  out[k++] = mix(T_EndStart, endLeft | (startRight << 4) | (word2 << 8));
  out[k++] = mix(
    T_DictNgrams,
    word2 | (word3l << 1) | (word3r << 2) | (word4 << 3) | (linkLeft << 4) | (linkRight << 5),
  );
  out[k++] = mix(mix(T_LeftRightShape, a), sb);
  out[k++] = mix(mix(T_LeftShapeRight, b), sa);
  out[k++] = mix(T_Known, knownA | (knownB << 1) | (sa << 2) | (sb << 6) | (word2 << 10));
  out[k++] = mix(mix(T_CoverRight, b), cover | (coverOffset << 4));
  return k;
}

/** Re-exported for the trainer. */
export { FORCED, fmix };
