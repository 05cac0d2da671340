import { COUNTRY_ROWS, PLACE_WORD_ROWS } from "../generated/entity-words.js";
import { ORGANIZATION_ROWS } from "../generated/organizations.js";
import { KeyFilter, PhraseTrie, phraseKeys } from "../lexicon/index.js";
import type { Token } from "../tokenize/index.js";

export type PlaceWordRow = (typeof PLACE_WORD_ROWS)[number];
export interface CountryEntry {
  name: string;
  bare: boolean;
  foreign: boolean;
}

function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) value = build();
    return value;
  };
}

/**
 * The token indexes of `byToken` in increasing order, then `end` (the number of tokens), for a scan
 * that moves forward: a cursor over them replaces a map lookup at every token. The last entry is
 * past every token, so the cursor never reads beyond the array: a read out of bounds would make
 * the engine compare every token's index with a generic equality call.
 */
export function sortedStarts(byToken: ReadonlyMap<number, unknown> | undefined, end: number): number[] {
  if (byToken === undefined) return [end];
  const starts = [...byToken.keys()];
  // (the abbreviations stage files its uses in text order: sorted already, as a rule)
  for (let k = 1; k < starts.length; k++)
    if ((starts[k - 1] as number) > (starts[k] as number)) {
      starts.sort((a, b) => a - b);
      break;
    }
  starts.push(end);
  return starts;
}

/** Nouns a place name follows ("quốc lộ", "cầu", "thôn"), by token keys. */
export const placeWordTrie = lazy(() => {
  const trie = new PhraseTrie<PlaceWordRow>();
  for (const row of PLACE_WORD_ROWS) trie.add(phraseKeys(row.phrase), row);
  return trie;
});

/** The first key of every class word: a token whose key is not here begins none. */
export const placeWordFirstKeys = lazy(
  () => new Set(PLACE_WORD_ROWS.map((row) => phraseKeys(row.phrase)[0] ?? "")),
);

/** Road codes written glued to their number ("QL1A", "ĐT.741"): the upper-case rows of data/place-words.tsv. */
export const gluedRoadCodes = lazy(() => {
  const codes = new Map<string, PlaceWordRow>();
  for (const row of PLACE_WORD_ROWS)
    if (row.follows === "number" && row.phrase === row.phrase.toUpperCase()) codes.set(row.phrase, row);
  return codes;
});

/** Countries by every spelling of their name. */
export const countryTrie = lazy(() => {
  const trie = new PhraseTrie<CountryEntry>();
  for (const row of COUNTRY_ROWS) {
    const entry: CountryEntry = { name: row.name, bare: row.bare, foreign: row.foreign };
    trie.add(phraseKeys(row.name), entry);
    // "Liên bang Nga", "Vương quốc Anh": a written-out form always names the country
    for (const v of row.variants) trie.add(phraseKeys(v), { ...entry, bare: true });
  }
  return trie;
});

/**
 * The administrative level words of data/organizations.tsv (`tỉnh`, `TP.`, `huyện` …) in a trie
 * of their own: the shared organisation trie also holds the stop words (`và`, `các`, `đã`), so
 * asking it at every token of a text walks it for most of them.
 */
const levelTrie = lazy(() => {
  const trie = new PhraseTrie<string>();
  for (const row of ORGANIZATION_ROWS)
    if (row.kind === "admin_level") trie.add(phraseKeys(row.phrase), row.level ?? "");
  return trie;
});

/** False when no level word begins with `key` (true only says "maybe"). */
export const mayBeginLevel = (key: string): boolean => levelTrie().mayStartWith(key);

/**
 * The first keys of the level words and of the class words in one filter: the same slots as the
 * two tries' own filters, so one test answers what the two would (most words of a text begin
 * neither), with one hash of the key instead of two.
 */
const levelOrClassWordStarts = lazy(() => {
  const filter = new KeyFilter();
  for (const row of ORGANIZATION_ROWS)
    if (row.kind === "admin_level") filter.add(phraseKeys(row.phrase)[0] ?? "");
  for (const row of PLACE_WORD_ROWS) filter.add(phraseKeys(row.phrase)[0] ?? "");
  return filter;
});

/** False when neither a level word nor a class word begins with `key` (true only says "maybe"). */
export const mayBeginLevelOrClassWord = (key: string): boolean => levelOrClassWordStarts().mayHave(key);

/** The administrative level word at token i, as `adminLevelAt` of the lexicon reads it. */
export function levelAt(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  i: number,
): { end: number; level: string } | null {
  const m = levelTrie().longestAt(keys, tokens, input, i);
  return m === null ? null : { end: m.end, level: m.values[0] ?? "" };
}
