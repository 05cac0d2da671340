/**
 * Integer hashing for the segmenter. A syllable is identified by a 32-bit hash of its lower-cased
 * normalized form, computed in one pass over its characters without allocating; dictionary words
 * and model features are hashes of such hashes. So the shipped model needs no vocabulary, and the
 * trainer (which bundles this same file) and the runtime agree by construction. The mixing steps
 * are the cheapest that keep the output bits well spread (one or two multiplications), because
 * they run ~20 times per syllable.
 */

/**
 * Lower case for the letters Vietnamese uses (ASCII, Latin-1, ă đ ĩ ũ ơ ư and the U+1EA0–U+1EF9
 * block, where upper and lower case alternate). Other characters are returned unchanged: they only
 * need to hash consistently, not to fold.
 */
export function foldChar(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0x1ea0 && c <= 0x1ef9) return c | 1;
  if (c >= 0xc0 && c <= 0xde) return c === 0xd7 ? c : c + 32;
  if (c === 0x102 || c === 0x110 || c === 0x128 || c === 0x168 || c === 0x1a0 || c === 0x1af) return c + 1;
  return c;
}

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** Finishes an FNV-1a state into a syllable hash (never 0, the empty slot of the word table). */
export function finishSyllable(h: number): number {
  const x = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return x ^ (x >>> 12) || 1;
}

/** Hash of the folded characters of `s[from, to)`. */
export function hashFolded(s: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ foldChar(s.charCodeAt(i)), FNV_PRIME);
  return finishSyllable(h);
}

/** Key of a word of several syllables: the first syllable's hash extended by each next one. */
export function extendKey(key: number, syllable: number): number {
  let x = Math.imul(key, 0x9e3779b1) ^ syllable;
  x = Math.imul(x ^ (x >>> 15), 0x85ebca6b);
  return x ^ (x >>> 13) || 1;
}

/** A feature of one value (`seed` names the template). Low bits index the weight table. */
export function feature1(seed: number, x: number): number {
  const h = Math.imul(x ^ seed, 0x9e3779b1);
  return h ^ (h >>> 16);
}

/** A feature of an ordered pair of values. */
export function feature2(seed: number, x: number, y: number): number {
  let h = Math.imul(x ^ seed, 0x9e3779b1) ^ y;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return h ^ (h >>> 16);
}
