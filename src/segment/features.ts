/**
 * Everything the segmenter knows about a token sequence, as typed arrays indexed by token, and
 * the feature ids of each gap between two syllables. Shared by the runtime and by
 * scripts/train-segmenter.mjs (which bundles this file), so both see exactly the same features.
 */
import { decodeEntityAt } from "../text/normalize.js";
import type { Token } from "../tokenize/schema.js";
import {
  ensureLoaded,
  FORCED,
  LOADED,
  lookup,
  MAX_SYLLABLES,
  PREFIX,
  WORD,
  type WordTable,
} from "./dictionary.js";
import {
  extendKey,
  FNV_OFFSET,
  FNV_PRIME,
  feature1,
  feature2,
  finishSyllable,
  foldChar,
  hashFolded,
} from "./hash.js";

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

/** Stand-ins for the hash of a neighbour that is not a syllable or not there. */
const EDGE_HASH = 0x2545f491;
const NUMBER_HASH = 0x68e31da4;
const OTHER_HASH = 0x1b873593;

/** `link[i]` flags. */
export const LINKED = 1; // token i is a syllable that may join token i-1 (a syllable, spaces between)
export const BROKEN = 2; // a line break (or any character but a space) separates token i from i-1

/** `greedy[i]` flags. */
export const FORWARD = 1; // greedy forward longest matching joins token i to token i-1
export const BACKWARD = 2; // greedy backward longest matching does

export interface Prepared {
  readonly n: number;
  /** Hash of the lower-cased normalized syllable; of the punctuation; or a class stand-in. */
  readonly hash: Int32Array;
  readonly shape: Uint8Array;
  /** LINKED | BROKEN flags of the gap before token i. */
  readonly link: Uint8Array;
  /** Bit k set when tokens i..i+k-1 form a dictionary word (k = 1..MAX_SYLLABLES). */
  readonly starts: Uint8Array;
  /** Bit k set when tokens i-k+1..i form a dictionary word. */
  readonly ends: Uint8Array;
  /** Bit k set when tokens i..i+k-1 form a forced domain word (rank, title). */
  readonly forced: Uint8Array;
  /** FORWARD | BACKWARD: what greedy longest matching does with the gap before token i. */
  readonly greedy: Uint8Array;
}

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

/** True when anything but plain spaces (a line break, a stray character) lies between. */
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

const highBit = (m: number): number => 31 - Math.clz32(m);

/**
 * Computes the per-token arrays for `tokens` (from `tokenize(input)`). Linear in the input: one
 * pass over each syllable's characters, at most MAX_SYLLABLES table lookups per syllable.
 */
export function prepare(input: string, tokens: readonly Token[], table: WordTable): Prepared {
  const n = tokens.length;
  // One backing store for all the byte arrays: this runs once per call, on every article.
  const bytes = new Uint8Array(n * 6);
  const shape = bytes.subarray(0, n);
  const link = bytes.subarray(n, 2 * n);
  const starts = bytes.subarray(2 * n, 3 * n);
  const ends = bytes.subarray(3 * n, 4 * n);
  const forced = bytes.subarray(4 * n, 5 * n);
  const greedy = bytes.subarray(5 * n, 6 * n);
  const hash = new Int32Array(n);
  let prevSyllable = false;
  let prevEnd = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const kind = t.kind;
    const start = t.start;
    // the usual gap is one ASCII space
    const broken =
      i > 0 &&
      !(start === prevEnd + 1 && input.charCodeAt(prevEnd) === 32) &&
      gapIsBroken(input, prevEnd, start);
    if (kind === "word" || kind === "name" || kind === "abbr") {
      // hash and shape in one pass over the normalized syllable
      const s = t.normalized;
      let h = FNV_OFFSET;
      let upper = 0;
      let other = 0;
      for (let j = 0; j < s.length; j++) {
        const c = s.charCodeAt(j);
        let f = c;
        if (c < 0x80) {
          if (c >= 65 && c <= 90) f = c + 32;
          else if (c < 97 || c > 122) other++;
        } else f = foldChar(c);
        if (f !== c) upper++;
        h = Math.imul(h ^ f, FNV_PRIME);
      }
      hash[i] = finishSyllable(h);
      const firstUpper = s.length > 0 && foldChar(s.charCodeAt(0)) !== s.charCodeAt(0);
      let sh: number;
      if (other > 0) sh = kind === "name" ? CAPITALISED : MIXED;
      else if (upper === 0) sh = LOWER;
      else if (upper === s.length) sh = upper === 1 ? SINGLE_CAP : ALL_CAPS;
      else sh = firstUpper && upper === 1 ? CAPITALISED : MIXED;
      shape[i] = sh;
      link[i] = (broken ? BROKEN : 0) | (prevSyllable && !broken ? LINKED : 0);
      prevSyllable = true;
    } else {
      if (kind === "punct" || kind === "symbol") {
        hash[i] = hashFolded(t.normalized, 0, t.normalized.length);
        shape[i] = PUNCT;
      } else if (kind === "number" || kind === "date" || kind === "time") {
        hash[i] = NUMBER_HASH;
        shape[i] = NUMBER;
      } else {
        hash[i] = OTHER_HASH;
        shape[i] = OTHER;
      }
      link[i] = broken ? BROKEN : 0;
      prevSyllable = false;
    }
    prevEnd = t.end;
  }
  // Dictionary matches from every syllable, extended while the next token is linked and the
  // sequence so far is a prefix of some word.
  for (let i = 0; i < n; i++) {
    if (shape[i] === PUNCT || shape[i] === NUMBER || shape[i] === OTHER) continue;
    let key = hash[i] as number;
    let m = 0;
    let f = 0;
    for (let k = 1; ; k++) {
      let flags = lookup(table, key);
      if (k === 1 && (flags & LOADED) === 0 && ensureLoaded(table, key)) flags = lookup(table, key);
      if (flags & WORD) {
        m |= 1 << k;
        ends[i + k - 1] = (ends[i + k - 1] as number) | (1 << k);
        if (flags & FORCED) f |= 1 << k;
      }
      const j = i + k;
      if (!(flags & PREFIX) || k >= MAX_SYLLABLES || j >= n || !((link[j] as number) & LINKED)) break;
      key = extendKey(key, hash[j] as number);
    }
    starts[i] = m;
    forced[i] = f;
  }
  // Greedy longest matching, both directions; an unknown syllable is a word of its own.
  for (let i = 0; i < n; ) {
    const len = Math.max(1, highBit(starts[i] as number));
    for (let j = i + 1; j < i + len; j++) greedy[j] = FORWARD;
    i += len;
  }
  for (let i = n - 1; i >= 0; ) {
    const len = Math.max(1, highBit(ends[i] as number));
    for (let j = i - len + 2; j <= i; j++) greedy[j] = (greedy[j] as number) | BACKWARD;
    i -= len;
  }
  return { n, hash, shape, link, starts, ends, forced, greedy };
}

/**
 * Names the feature set below. Changing a template invalidates the shipped weights: bump this and
 * retrain (scripts/train-segmenter.mjs records it in data/segmenter/model.json, and
 * scripts/compile/21-segmenter.mjs refuses weights trained for another version).
 */
export const FEATURE_VERSION = "gap-v2";

// Feature templates: one random seed each.
const BIAS = 0x3c6ef372;
const RIGHT = 0x5be0cd19;
const LEFT = 0x1f83d9ab;
const LEFT_RIGHT = 0x6a09e667;
const LEFT2_LEFT = 0x510e527f;
const RIGHT_RIGHT2 = 0x3f84d5b5;
const SHAPES4 = 0x243f6a88;
const SHAPES_DICT = 0x13198a2e;
const COVER = 0x03707344;
const GREEDY = 0x299f31d0;
const END_START = 0x082efa98;
const DICT_NGRAMS = 0x452821e6;
const LEFT_RIGHT_SHAPE = 0x38d01377;
const LEFT_SHAPE_RIGHT = 0x34e90c6c;
const KNOWN = 0x0fcb4e2b;
const COVER_RIGHT = 0x64a2c5f7;

/** Number of feature ids `gapFeatures` writes at most. */
export const MAX_FEATURES = 16;

/**
 * Writes the feature ids (32-bit hashes; their low bits index the weights) of the gap between
 * token i-1 and token i (`link[i] & LINKED`) into `out`, returns how many.
 */
export function gapFeatures(p: Prepared, i: number, out: Int32Array): number {
  const { hash, shape, link, starts, ends } = p;
  const a = hash[i - 1] as number;
  const b = hash[i] as number;
  const leftOk = i >= 2 && ((link[i - 1] as number) & BROKEN) === 0;
  const rightOk = i + 1 < p.n && ((link[i + 1] as number) & BROKEN) === 0;
  const a2 = leftOk ? (hash[i - 2] as number) : EDGE_HASH;
  const c = rightOk ? (hash[i + 1] as number) : EDGE_HASH;
  const sa = shape[i - 1] as number;
  const sb = shape[i] as number;
  const sa2 = leftOk ? (shape[i - 2] as number) : EDGE;
  const sc = rightOk ? (shape[i + 1] as number) : EDGE;
  const linkLeft = (link[i - 1] as number) & LINKED;
  const linkRight = rightOk ? (link[i + 1] as number) & LINKED : 0;

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
    if (s === 0 || ((link[s] as number) & LINKED) === 0) break;
  }
  const endLeft = highBit(ends[i - 1] as number);
  const startRight = highBit(starts[i] as number);
  const knownA = sA & 2 ? 1 : 0;
  const knownB = (starts[i] as number) & 2 ? 1 : 0;
  const greedy = p.greedy[i] as number;

  out[0] = feature1(BIAS, 0);
  out[1] = feature1(RIGHT, b);
  out[2] = feature1(LEFT, a);
  out[3] = feature2(LEFT_RIGHT, a, b);
  out[4] = feature2(LEFT2_LEFT, a2, a);
  out[5] = feature2(RIGHT_RIGHT2, b, c);
  out[6] = feature1(SHAPES4, sa2 | (sa << 4) | (sb << 8) | (sc << 12) | (linkLeft << 16) | (linkRight << 17));
  out[7] = feature1(SHAPES_DICT, sa | (sb << 4) | (word2 << 8) | (greedy << 9));
  out[8] = feature1(COVER, cover | (coverOffset << 4) | (word2 << 8));
  out[9] = feature1(GREEDY, greedy | (word2 << 2) | (word3l << 3) | (word3r << 4));
  out[10] = feature1(END_START, endLeft | (startRight << 4) | (word2 << 8));
  out[11] = feature1(
    DICT_NGRAMS,
    word2 | (word3l << 1) | (word3r << 2) | (word4 << 3) | (linkLeft << 4) | (linkRight << 5),
  );
  out[12] = feature2(LEFT_RIGHT_SHAPE, a, sb);
  out[13] = feature2(LEFT_SHAPE_RIGHT, b, sa);
  out[14] = feature1(KNOWN, knownA | (knownB << 1) | (sa << 2) | (sb << 6) | (word2 << 10));
  out[15] = feature2(COVER_RIGHT, b, cover | (coverOffset << 4));
  return 16;
}
