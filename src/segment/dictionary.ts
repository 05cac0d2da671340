import {
  DICTIONARY_KEYS,
  DICTIONARY_SYLLABLES,
  DICTIONARY_WORDS,
  FORCED_WORDS,
  ID_ONE_CHAR,
  ID_THREE_CHAR_LEADS,
  MAX_WORD_SYLLABLES,
} from "../generated/dictionary.js";
import { extendKey, FNV_OFFSET, FNV_PRIME, finishSyllable, hashFolded } from "./hash.js";

export { extendKey };

/** Flags of an entry in the word table. */
export const WORD = 1;
/** The key is a proper prefix (in syllables) of a longer word: keep extending the match. */
export const PREFIX = 2;
/** A domain word (rank, title) that `segment` always keeps whole. */
export const FORCED = 4;
/** On a first syllable: the dictionary block of words starting with it is hashed in. */
export const LOADED = 8;

/** Longest word, in syllables: the lookahead bound of every match. */
export const MAX_SYLLABLES: number = MAX_WORD_SYLLABLES;

/**
 * Open-addressing hash table from a word's key (the `extendKey` chain of its syllable hashes) to
 * flags: slot s holds the key at `slots[2s]` and its flags at `slots[2s + 1]`, so that a lookup
 * touches one cache line. A false hit needs a full 32-bit collision among ~10^5 keys (odds
 * ~2·10^-5 per lookup of an unknown sequence, and it only turns on a feature).
 */
export interface WordTable {
  readonly slots: Int32Array;
  /** Number of slots - 1 (a power of two minus one). */
  readonly mask: number;
  /**
   * The dictionary is hashed in lazily, one block of words sharing a first syllable at a time
   * (`ensureLoaded`), so that the first call does not pay for all 42k words. Lookups answer the
   * same whatever has been loaded, provided `ensureLoaded` ran for the first syllable.
   * `blocks` maps a first-syllable hash to its block number + 1 (pairs, like `slots`).
   */
  readonly blocks: Int32Array;
  readonly blockMask: number;
  /** Offset in DICTIONARY_WORDS where block k starts; the last entry is the list's length. */
  readonly blockStarts: Int32Array;
  readonly loaded: Uint8Array;
  /** Hash of each dictionary syllable, by syllable number. */
  readonly syllables: Int32Array;
}

/** Flags of `key` (0 when absent). */
export function lookup(table: WordTable, key: number): number {
  const { slots, mask } = table;
  let slot = key & mask;
  for (;;) {
    const k = slots[2 * slot] as number;
    if (k === key) return slots[2 * slot + 1] as number;
    if (k === 0) return 0;
    slot = (slot + 1) & mask;
  }
}

/**
 * The syllable-number code of scripts/compile/20-dictionary.mjs: digits are the printable ASCII
 * characters but `"` and `\`, in order (92 of them); a number below ID_ONE_CHAR is one digit,
 * the next lead digits open a two-digit number, the last ID_THREE_CHAR_LEADS a three-digit one.
 */
const RADIX = 92;
const TWO_LEADS = RADIX - ID_ONE_CHAR - ID_THREE_CHAR_LEADS;
const digitOf = (c: number): number => c - 0x21 - (c > 0x22 ? 1 : 0) - (c > 0x5c ? 1 : 0);

/**
 * Adds the entries of a list as compiled by scripts/compile/20-dictionary.mjs: one word per line,
 * each line opening with a digit, the number of leading syllables shared with the line before,
 * then the numbers of the other syllables. `list[from, to)` must start at a line whose digit is 0.
 */
function addFrontCoded(table: WordTable, list: string, from: number, to: number, flag: number): void {
  const { slots, mask, syllables } = table;
  const depthKey = new Int32Array(MAX_WORD_SYLLABLES + 2);
  const prefixFlagged = new Uint8Array(MAX_WORD_SYLLABLES + 2);
  let i = from;
  while (i < to) {
    let depth = list.charCodeAt(i++) - 48;
    let key = depth > 0 ? (depthKey[depth] as number) : 0;
    // a shared prefix is a prefix of this longer word: flag it once, not once per sharing line
    if (depth > 0 && prefixFlagged[depth] === 0) {
      insertFlag(slots, mask, key, PREFIX);
      prefixFlagged[depth] = 1;
    }
    while (i < to) {
      let id = digitOf(list.charCodeAt(i++));
      if (id >= ID_ONE_CHAR + TWO_LEADS) {
        id = ID_ONE_CHAR + TWO_LEADS * RADIX + (id - ID_ONE_CHAR - TWO_LEADS) * RADIX * RADIX;
        id += digitOf(list.charCodeAt(i++)) * RADIX;
        id += digitOf(list.charCodeAt(i++));
      } else if (id >= ID_ONE_CHAR) {
        id = ID_ONE_CHAR + (id - ID_ONE_CHAR) * RADIX + digitOf(list.charCodeAt(i++));
      }
      const syllable = syllables[id] as number;
      if (key === 0) key = syllable;
      else {
        // extendKey (hash.ts), inlined: this is the cold-start loop
        let x = Math.imul(key, 0x9e3779b1) ^ syllable;
        x = Math.imul(x ^ (x >>> 15), 0x85ebca6b);
        key = x ^ (x >>> 13) || 1;
      }
      depthKey[++depth] = key;
      const end = i >= to || list.charCodeAt(i) === 10;
      prefixFlagged[depth] = end ? 0 : 1;
      insertFlag(slots, mask, key, end ? flag : PREFIX);
      if (end) break;
    }
    i++; // the line break
  }
}

function insertFlag(slots: Int32Array, mask: number, key: number, flag: number): void {
  let slot = key & mask;
  for (;;) {
    const k = slots[2 * slot] as number;
    if (k === 0) {
      slots[2 * slot] = key;
      slots[2 * slot + 1] = flag;
      return;
    }
    if (k === key) {
      slots[2 * slot + 1] = (slots[2 * slot + 1] as number) | flag;
      return;
    }
    slot = (slot + 1) & mask;
  }
}

/** The hashes of the dictionary's syllables, by number (the strings are lower case already). */
function hashSyllables(list: string): Int32Array {
  let count = list.length > 0 ? 1 : 0;
  for (let at = list.indexOf(" "); at >= 0; at = list.indexOf(" ", at + 1)) count++;
  const out = new Int32Array(count);
  let h = FNV_OFFSET;
  let k = 0;
  for (let i = 0; i <= list.length; i++) {
    const c = i < list.length ? list.charCodeAt(i) : 32;
    if (c === 32) {
      out[k++] = finishSyllable(h);
      h = FNV_OFFSET;
    } else h = Math.imul(h ^ c, FNV_PRIME);
  }
  return out;
}

/** The syllable number written at `list[at]`. */
function syllableNumberAt(list: string, at: number): number {
  const id = digitOf(list.charCodeAt(at));
  if (id >= ID_ONE_CHAR + TWO_LEADS)
    return (
      ID_ONE_CHAR +
      TWO_LEADS * RADIX +
      (id - ID_ONE_CHAR - TWO_LEADS) * RADIX * RADIX +
      digitOf(list.charCodeAt(at + 1)) * RADIX +
      digitOf(list.charCodeAt(at + 2))
    );
  if (id >= ID_ONE_CHAR) return ID_ONE_CHAR + (id - ID_ONE_CHAR) * RADIX + digitOf(list.charCodeAt(at + 1));
  return id;
}

/**
 * Hashes in the dictionary words whose first syllable has hash `syllable`, once, and marks the
 * syllable LOADED. Returns true when it loaded anything (the caller then looks up again).
 */
export function ensureLoaded(table: WordTable, syllable: number): boolean {
  const { blocks, blockMask, loaded, blockStarts } = table;
  let any = false;
  // every block whose first syllable has this hash (two syllables may share one: load both)
  for (let slot = syllable & blockMask; ; slot = (slot + 1) & blockMask) {
    const k = blocks[2 * slot] as number;
    if (k === 0) break;
    if (k !== syllable) continue;
    const block = (blocks[2 * slot + 1] as number) - 1;
    if (loaded[block] === 1) continue;
    loaded[block] = 1;
    addFrontCoded(
      table,
      DICTIONARY_WORDS,
      blockStarts[block] as number,
      blockStarts[block + 1] as number,
      WORD,
    );
    any = true;
  }
  if (any) insertFlag(table.slots, table.mask, syllable, LOADED);
  return any;
}

let built: WordTable | null = null;

/**
 * The word table, created on first use: the dictionary's 8.4k syllables are hashed, the forced
 * words hashed in at once, the words only indexed by first syllable (a native `indexOf` scan for
 * the lines that share nothing with the line before), their blocks hashed in by `ensureLoaded`.
 */
export function wordTable(): WordTable {
  if (built !== null) return built;
  const list = DICTIONARY_WORDS;
  let size = 1024;
  while (size < DICTIONARY_KEYS * 2) size *= 2;
  let count = list.length > 0 ? 1 : 0;
  for (let at = list.indexOf("\n0"); at >= 0; at = list.indexOf("\n0", at + 2)) count++;
  const blockStarts = new Int32Array(count + 1);
  let blockSize = 64;
  while (blockSize < count * 2) blockSize *= 2;
  const table: WordTable = {
    slots: new Int32Array(2 * size),
    mask: size - 1,
    blocks: new Int32Array(2 * blockSize),
    blockMask: blockSize - 1,
    blockStarts,
    loaded: new Uint8Array(count),
    syllables: hashSyllables(DICTIONARY_SYLLABLES),
  };
  let k = 0;
  for (let at = list.length > 0 ? 0 : -1; at >= 0; k++) {
    blockStarts[k] = at;
    const h = table.syllables[syllableNumberAt(list, at + 1)] as number;
    let slot = h & table.blockMask;
    while ((table.blocks[2 * slot] as number) !== 0) slot = (slot + 1) & table.blockMask;
    table.blocks[2 * slot] = h;
    table.blocks[2 * slot + 1] = k + 1;
    const next = list.indexOf("\n0", at);
    at = next < 0 ? -1 : next + 1;
  }
  blockStarts[count] = list.length;
  addFrontCoded(table, FORCED_WORDS, 0, FORCED_WORDS.length, WORD | FORCED);
  built = table;
  return table;
}

/** Every dictionary word as text (decoded afresh on each call; for tests and inspection). */
export function listDictionaryWords(): string[] {
  const vocab = DICTIONARY_SYLLABLES.split(" ");
  const list = DICTIONARY_WORDS;
  const words: string[] = [];
  let prev: string[] = [];
  let i = 0;
  while (i < list.length) {
    const word = prev.slice(0, list.charCodeAt(i++) - 48);
    while (i < list.length && list.charCodeAt(i) !== 10) {
      const id = syllableNumberAt(list, i);
      i += id < ID_ONE_CHAR ? 1 : id < ID_ONE_CHAR + TWO_LEADS * RADIX ? 2 : 3;
      word.push(vocab[id] ?? "");
    }
    i++;
    words.push(word.join(" "));
    prev = word;
  }
  return words;
}

/**
 * True when the syllables, in this order, are one word of the segmenter's dictionary (`yêu cầu`,
 * `xã hội`, `bà xã`). The entity stages ask it about a class word and its neighbour only, so the
 * word table is built on first use and each lookup is a few hashes.
 */
export function isDictionaryWord(syllables: readonly string[]): boolean {
  const n = syllables.length;
  if (n === 0 || n > MAX_SYLLABLES) return false;
  const table = wordTable();
  const hashOf = (s: string) => hashFolded(s, 0, s.length);
  let key = hashOf(syllables[0] as string);
  if ((lookup(table, key) & LOADED) === 0) ensureLoaded(table, key);
  for (let k = 1; k < n; k++) key = extendKey(key, hashOf(syllables[k] as string));
  return (lookup(table, key) & WORD) !== 0;
}

/**
 * Syllables in the longest dictionary word that starts with `syllableAt(0)` and goes on with
 * `syllableAt(1)`, `syllableAt(2)`, … (undefined stops the walk), or 0 when none is a word. The walk
 * goes on only while the syllables so far begin some longer word (the PREFIX flag), so it costs a
 * hash per syllable, as in the segmenter's own matching.
 */
export function longestDictionaryWord(syllableAt: (k: number) => string | undefined): number {
  const first = syllableAt(0);
  if (first === undefined) return 0;
  const table = wordTable();
  let key = hashFolded(first, 0, first.length);
  let flags = lookup(table, key);
  if ((flags & LOADED) === 0 && ensureLoaded(table, key)) flags = lookup(table, key);
  let best = flags & WORD ? 1 : 0;
  for (let k = 1; k < MAX_SYLLABLES && flags & PREFIX; k++) {
    const next = syllableAt(k);
    if (next === undefined) break;
    key = extendKey(key, hashFolded(next, 0, next.length));
    flags = lookup(table, key);
    if (flags & WORD) best = k + 1;
  }
  return best;
}
