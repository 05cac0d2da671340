import { COUNTRY_ROWS, PLACE_WORD_ROWS } from "../generated/entity-words.js";
import { PhraseTrie, phraseKeys } from "../lexicon/index.js";

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

/** Nouns a place name follows ("quốc lộ", "cầu", "thôn"), by token keys. */
export const placeWordTrie = lazy(() => {
  const trie = new PhraseTrie<PlaceWordRow>();
  for (const row of PLACE_WORD_ROWS) trie.add(phraseKeys(row.phrase), row);
  return trie;
});

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
