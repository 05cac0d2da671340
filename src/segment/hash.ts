/**
 * Integer hashing for the segmenter. A syllable is identified by a 32-bit hash of its lower-cased
 * normalized form, computed in one pass over its characters without allocating; dictionary words
 * and model features are hashes of such hashes. So the shipped model needs no vocabulary, and the
 * trainer (which bundles this same file) and the runtime agree by construction.
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

/** True for the upper-case letters `foldChar` folds. */
export function isUpperChar(c: number): boolean {
  return foldChar(c) !== c;
}

/** Murmur3's 32-bit finaliser: spreads every input bit over the output. */
export function fmix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/** Hash of an ordered pair (not symmetric: `mix(a, b) !== mix(b, a)`). */
export function mix(a: number, b: number): number {
  return fmix(Math.imul(a, 0x9e3779b1) ^ b);
}

/** FNV-1a over the folded characters of `s[from, to)`, finalised. Never 0. */
export function hashFolded(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ foldChar(s.charCodeAt(i)), 0x01000193);
  return fmix(h) || 1;
}
