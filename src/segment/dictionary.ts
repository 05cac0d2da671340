import {
  DICTIONARY_KEYS,
  DICTIONARY_WORDS,
  FORCED_WORDS,
  MAX_WORD_SYLLABLES,
} from "../generated/dictionary.js";
import { FNV_OFFSET, FNV_PRIME } from "./hash.js";

export { extendKey } from "./hash.js";

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
   * (`ensureLoaded`), so that the first call does not pay for all 69k words. Lookups answer the
   * same whatever has been loaded, provided `ensureLoaded` ran for the first syllable.
   * `blocks` maps a first-syllable hash to its block number + 1 (pairs, like `slots`).
   */
  readonly blocks: Int32Array;
  readonly blockMask: number;
  /** Offset in DICTIONARY_WORDS where block k starts; the last entry is the list's length. */
  readonly blockStarts: Int32Array;
  readonly loaded: Uint8Array;
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
 * Adds the entries of a list as compiled by scripts/compile/20-dictionary.mjs: one word per line,
 * each line opening with a digit, the number of leading syllables shared with the line before.
 * The lists are lower case already, so characters are hashed as they are (`foldChar` is the
 * identity on them); hashing and insertion are inlined because this loop is the cold-start cost.
 * `list[from, to)` must start at a line whose digit is 0.
 */
function addFrontCoded(table: WordTable, list: string, from: number, to: number, flag: number): void {
  const { slots, mask } = table;
  const depthKey = new Int32Array(MAX_WORD_SYLLABLES + 2);
  const prefixFlagged = new Uint8Array(MAX_WORD_SYLLABLES + 2);
  const n = to;
  let i = from;
  while (i < n) {
    // one line: the shared-depth digit, then syllables separated by spaces
    let depth = list.charCodeAt(i++) - 48;
    let key = depth > 0 ? (depthKey[depth] as number) : 0;
    // a shared prefix is a prefix of this longer word: flag it once, not once per sharing line
    if (depth > 0 && prefixFlagged[depth] === 0) {
      insertFlag(slots, mask, key, PREFIX);
      prefixFlagged[depth] = 1;
    }
    for (;;) {
      let h = FNV_OFFSET;
      let c = 0;
      while (i < n) {
        c = list.charCodeAt(i++);
        if (c === 32 || c === 10) break;
        h = Math.imul(h ^ c, FNV_PRIME);
      }
      // finishSyllable and extendKey (hash.ts), inlined: this is the cold-start loop
      h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
      const syllable = h ^ (h >>> 12) || 1;
      if (key === 0) key = syllable;
      else {
        let x = Math.imul(key, 0x9e3779b1) ^ syllable;
        x = Math.imul(x ^ (x >>> 15), 0x85ebca6b);
        key = x ^ (x >>> 13) || 1;
      }
      depthKey[++depth] = key;
      const end = c !== 32;
      prefixFlagged[depth] = end ? 0 : 1;
      insertFlag(slots, mask, key, end ? flag : PREFIX);
      if (end) break;
    }
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

/** Hash of the syllable starting at `list[at]` (up to a space or line end), as `finishSyllable`. */
function firstSyllableHash(list: string, at: number): number {
  let h = FNV_OFFSET;
  for (let i = at; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c === 32 || c === 10) break;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return h ^ (h >>> 12) || 1;
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
 * The word table, created on first use: the forced words are hashed in at once, the dictionary
 * only indexed by first syllable (a native `indexOf` scan for the lines that share nothing with
 * the line before), its blocks hashed in on demand by `ensureLoaded`.
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
  };
  let k = 0;
  for (let at = list.length > 0 ? 0 : -1; at >= 0; k++) {
    blockStarts[k] = at;
    const h = firstSyllableHash(list, at + 1);
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
