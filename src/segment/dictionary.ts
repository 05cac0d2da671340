import { DICTIONARY_WORDS, FORCED_WORDS, MAX_WORD_SYLLABLES } from "../generated/dictionary.js";
import { hashFolded, mix } from "./hash.js";

/** Flags of an entry in the word table. */
export const WORD = 1;
/** The key is a proper prefix (in syllables) of a longer word: keep extending the match. */
export const PREFIX = 2;
/** A domain word (rank, title) that `segment` always keeps whole. */
export const FORCED = 4;

/** Longest word, in syllables: the lookahead bound of every match. */
export const MAX_SYLLABLES: number = MAX_WORD_SYLLABLES;

/**
 * Open-addressing hash table from a word's key (the `mix`-chain of its syllable hashes) to flags.
 * 32-bit keys: a false hit needs a full 32-bit collision among ~10^5 keys (odds ~10^-5 per lookup
 * of an unknown sequence, and it only turns on a feature).
 */
export interface WordTable {
  readonly keys: Int32Array;
  readonly flags: Uint8Array;
  readonly mask: number;
}

/** Key of a word from its first syllable's hash, extended by `extendKey` per further syllable. */
export const extendKey = (key: number, syllableHash: number): number => mix(key, syllableHash) || 1;

function insert(table: WordTable, key: number, flag: number): void {
  let slot = key & table.mask;
  for (;;) {
    const k = table.keys[slot];
    if (k === 0) {
      table.keys[slot] = key;
      table.flags[slot] = flag;
      return;
    }
    if (k === key) {
      table.flags[slot] = (table.flags[slot] ?? 0) | flag;
      return;
    }
    slot = (slot + 1) & table.mask;
  }
}

export function lookup(table: WordTable, key: number): number {
  let slot = key & table.mask;
  for (;;) {
    const k = table.keys[slot];
    if (k === key) return table.flags[slot] ?? 0;
    if (k === 0) return 0;
    slot = (slot + 1) & table.mask;
  }
}

/** Adds every newline-separated entry of `list` (syllables separated by one space) with `flag`. */
function addList(table: WordTable, list: string, flag: number): void {
  let key = 0;
  let from = 0;
  for (let i = 0; i <= list.length; i++) {
    const c = i < list.length ? list.charCodeAt(i) : 10;
    if (c !== 32 && c !== 10) continue;
    if (i > from) {
      const h = hashFolded(list, from, i);
      key = key === 0 ? h : extendKey(key, h);
      insert(table, key, c === 10 ? flag : PREFIX);
    }
    if (c === 10) key = 0;
    from = i + 1;
  }
}

let built: WordTable | null = null;

/** The word table, built on first use (a few milliseconds) and immutable afterwards. */
export function wordTable(): WordTable {
  if (built !== null) return built;
  let entries = 2;
  for (let i = 0; i < DICTIONARY_WORDS.length; i++) {
    const c = DICTIONARY_WORDS.charCodeAt(i);
    if (c === 32 || c === 10) entries++;
  }
  let size = 1024;
  while (size < entries * 2) size *= 2;
  const table: WordTable = { keys: new Int32Array(size), flags: new Uint8Array(size), mask: size - 1 };
  addList(table, DICTIONARY_WORDS, WORD);
  addList(table, FORCED_WORDS, WORD | FORCED);
  built = table;
  return table;
}
