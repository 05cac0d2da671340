import { type OrgEntry, orgTrie, type PlaceEntry, placeAt, type TrieMatch } from "../lexicon/index.js";
import { type CountryEntry, countryTrie, levelAt } from "../places/lexicon.js";
import type { Token } from "../tokenize/index.js";

type Level = { end: number; level: string } | null;
type Place = { end: number; places: readonly PlaceEntry[] } | null;

/**
 * The lexicon lookups this stage makes at a token of the article it reads, each walked once per
 * token. The stage asks the same token again and again: the unit noun that begins a mention is
 * looked up when it is found, when the mention's end is trimmed and when the mention is tested for
 * a generic one; the words of each name are read again for its kind and level. Over the genre
 * texts half of the stage's trie walks were such repeats.
 *
 * Answers are kept only while findOrganizationsInTokens reads one article (`keys` of that
 * article, one slot per token; undefined: not asked yet) and only for that article's keys: the
 * same functions read spelled-out names, which are other tokens.
 */
let articleKeys: readonly string[] | null = null;

type Lookup<T> = (tokens: readonly Token[], keys: readonly string[], input: string, i: number) => T;
/** The slots of every remembered lookup, resized together at the start and end of an article. */
const resets: ((n: number) => void)[] = [];

/**
 * `lookup`, remembered per token of the article being read (one slot per token; undefined: not
 * asked yet, so `lookup` answers null, never undefined). Other keys, or an index outside the
 * article, ask `lookup` itself.
 */
function rememberedPerToken<T>(lookup: Lookup<T>): Lookup<T> {
  let slots: (T | undefined)[] = [];
  // (holes read as undefined: no pass to fill them)
  resets.push((n) => {
    slots = new Array(n);
  });
  return (tokens, keys, input, i) => {
    if (keys !== articleKeys || i < 0 || i >= slots.length) return lookup(tokens, keys, input, i);
    let m = slots[i];
    if (m === undefined) {
      m = lookup(tokens, keys, input, i);
      slots[i] = m;
    }
    return m;
  };
}

/** Lookups at the tokens of the article with these keys are remembered until endArticle. */
export function beginArticle(keys: readonly string[]): void {
  articleKeys = keys;
  for (const reset of resets) reset(keys.length);
}

/** Forgets the article's lookups (and lets its tokens go). */
export function endArticle(): void {
  articleKeys = null;
  for (const reset of resets) reset(0);
}

/** orgTrie().longestAt, remembered for the article being read. */
export const orgMatchAt: Lookup<TrieMatch<OrgEntry> | null> = rememberedPerToken((tokens, keys, input, i) =>
  orgTrie().longestAt(keys, tokens, input, i),
);

/** levelAt, remembered for the article being read. */
export const levelMatchAt: Lookup<Level> = rememberedPerToken(levelAt);

/** placeAt, remembered for the article being read. */
export const placeMatchAt: Lookup<Place> = rememberedPerToken(placeAt);

/** countryTrie().longestAt, remembered for the article being read. */
export const countryMatchAt: Lookup<TrieMatch<CountryEntry> | null> = rememberedPerToken(
  (tokens, keys, input, i) => countryTrie().longestAt(keys, tokens, input, i),
);
