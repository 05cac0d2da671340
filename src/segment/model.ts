/**
 * The learned part: a linear scorer over hashed gap features (weights from
 * scripts/train-segmenter.mjs, trained on UD Vietnamese-VTB train + dev, CC BY-SA 4.0) and first-order
 * Viterbi decoding of join/split decisions along each run of linked syllables.
 */
import { SEGMENTER_MODEL } from "../generated/segmenter.js";
import type { Prepared } from "./features.js";
import { gapFeatures, LINKED, MAX_FEATURES } from "./features.js";

export interface Model {
  /** Weight of each hashed feature slot for "join this gap"; scaled integers. */
  readonly weights: Int16Array;
  readonly mask: number;
  /** Transition scores trans[prev * 2 + cur], 0 = a word starts here, 1 = joined to the left. */
  readonly trans: readonly number[];
}

/**
 * Sparse weights: for each non-zero slot in increasing order, the gap to the previous slot and the
 * zig-zag value, both as LEB128 varints; `bytes` is a binary string (one byte per code unit, as
 * `atob` returns it: the global base64 decoder of every runtime we target, no Node built-in).
 */
export function decodeWeights(bytes: string | Uint8Array, bits: number): Int16Array {
  const weights = new Int16Array(1 << bits);
  const data = typeof bytes === "string" ? Uint8Array.from(bytes, (ch) => ch.charCodeAt(0)) : bytes;
  let at = 0;
  let slot = -1;
  const varint = (): number => {
    let v = 0;
    let scale = 1;
    for (;;) {
      const byte = data[at++] as number;
      v += (byte & 127) * scale;
      if (byte < 128 || at >= data.length) return v;
      scale *= 128;
    }
  };
  while (at < data.length) {
    slot += varint();
    const z = varint();
    weights[slot & (weights.length - 1)] = z & 1 ? -((z + 1) / 2) : z / 2;
  }
  return weights;
}

/**
 * Base64 to bytes. The global `atob` is portable but slow in Node 20 (several ms for the 33 KB of
 * weights, most of the first segment() call); this table-driven loop is linear and cheap.
 */
export function decodeBase64(text: string): Uint8Array {
  const value = (c: number): number =>
    c >= 65 && c <= 90
      ? c - 65
      : c >= 97 && c <= 122
        ? c - 71
        : c >= 48 && c <= 57
          ? c + 4
          : c === 43
            ? 62
            : c === 47
              ? 63
              : -1;
  let n = text.length;
  while (n > 0 && text.charCodeAt(n - 1) === 61 /* = */) n--;
  const out = new Uint8Array(Math.floor((n * 3) / 4));
  let acc = 0;
  let bitsHeld = 0;
  let o = 0;
  for (let i = 0; i < n; i++) {
    const v = value(text.charCodeAt(i));
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bitsHeld += 6;
    if (bitsHeld >= 8) {
      bitsHeld -= 8;
      out[o++] = (acc >> bitsHeld) & 255;
    }
  }
  return o === out.length ? out : out.subarray(0, o);
}

let loaded: Model | null = null;

/** The shipped model, decoded on first use; null when the package was built without weights. */
export function shippedModel(): Model | null {
  if (loaded !== null) return loaded;
  if (SEGMENTER_MODEL === null) return null;
  const weights = decodeWeights(decodeBase64(SEGMENTER_MODEL.weights), SEGMENTER_MODEL.bits);
  loaded = { weights, mask: weights.length - 1, trans: SEGMENTER_MODEL.trans };
  return loaded;
}

/** Join score of every linked gap (emission[i] for the gap between token i-1 and token i). */
export function emissions(p: Prepared, model: Model): Float64Array {
  const out = new Float64Array(p.n);
  const features = new Int32Array(MAX_FEATURES);
  const { weights, mask } = model;
  for (let i = 1; i < p.n; i++) {
    if (((p.link[i] as number) & LINKED) === 0) continue;
    const k = gapFeatures(p, i, features);
    let s = 0;
    for (let f = 0; f < k; f++) s += weights[(features[f] as number) & mask] as number;
    out[i] = s;
  }
  return out;
}

/**
 * Best join/split labelling of every run of linked tokens under emission + transition scores:
 * `join[i] = 1` when token i continues the word of token i-1. Linear in the number of tokens.
 */
export function viterbi(
  p: Prepared,
  emission: ArrayLike<number>,
  trans: ArrayLike<number>,
  join: Uint8Array,
): void {
  const { n, link } = p;
  const back = new Uint8Array(n); // bit 0: best previous state for "split", bit 1: for "join"
  const t00 = trans[0] as number;
  const t01 = trans[1] as number;
  const t10 = trans[2] as number;
  const t11 = trans[3] as number;
  let split = 0;
  let joined = Number.NEGATIVE_INFINITY;
  let runStart = 0;
  const finish = (last: number): void => {
    let state = joined > split ? 1 : 0;
    for (let j = last; j > runStart; j--) {
      join[j] = state;
      state = ((back[j] as number) >> state) & 1;
    }
    join[runStart] = 0;
  };
  for (let i = 0; i < n; i++) {
    if (((link[i] as number) & LINKED) === 0) {
      if (i > 0) finish(i - 1);
      runStart = i;
      split = 0;
      joined = Number.NEGATIVE_INFINITY;
      continue;
    }
    const splitFromSplit = split + t00;
    const splitFromJoin = joined + t10;
    const joinFromSplit = split + t01;
    const joinFromJoin = joined + t11;
    back[i] = (splitFromJoin > splitFromSplit ? 1 : 0) | (joinFromJoin > joinFromSplit ? 2 : 0);
    split = Math.max(splitFromJoin, splitFromSplit);
    joined = Math.max(joinFromJoin, joinFromSplit) + (emission[i] as number);
  }
  if (n > 0) finish(n - 1);
}
