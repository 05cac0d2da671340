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
let orgSlots: (TrieMatch<OrgEntry> | null | undefined)[] = [];
let levelSlots: (Level | undefined)[] = [];
let placeSlots: (Place | undefined)[] = [];
let countrySlots: (TrieMatch<CountryEntry> | null | undefined)[] = [];

/** Lookups at the tokens of the article with these keys are remembered until endArticle. */
export function beginArticle(keys: readonly string[]): void {
  articleKeys = keys;
  const n = keys.length;
  // (holes read as undefined: no pass to fill them)
  orgSlots = new Array(n);
  levelSlots = new Array(n);
  placeSlots = new Array(n);
  countrySlots = new Array(n);
}

/** Forgets the article's lookups (and lets its tokens go). */
export function endArticle(): void {
  articleKeys = null;
  orgSlots = [];
  levelSlots = [];
  placeSlots = [];
  countrySlots = [];
}

/** orgTrie().longestAt, remembered for the article being read. */
export function orgMatchAt(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  i: number,
): TrieMatch<OrgEntry> | null {
  if (keys !== articleKeys || i < 0 || i >= orgSlots.length)
    return orgTrie().longestAt(keys, tokens, input, i);
  let m = orgSlots[i];
  if (m === undefined) {
    m = orgTrie().longestAt(keys, tokens, input, i);
    orgSlots[i] = m;
  }
  return m;
}

/** levelAt, remembered for the article being read. */
export function levelMatchAt(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  i: number,
): Level {
  if (keys !== articleKeys || i < 0 || i >= levelSlots.length) return levelAt(tokens, keys, input, i);
  let m = levelSlots[i];
  if (m === undefined) {
    m = levelAt(tokens, keys, input, i);
    levelSlots[i] = m;
  }
  return m;
}

/** placeAt, remembered for the article being read. */
export function placeMatchAt(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  i: number,
): Place {
  if (keys !== articleKeys || i < 0 || i >= placeSlots.length) return placeAt(tokens, keys, input, i);
  let m = placeSlots[i];
  if (m === undefined) {
    m = placeAt(tokens, keys, input, i);
    placeSlots[i] = m;
  }
  return m;
}

/** countryTrie().longestAt, remembered for the article being read. */
export function countryMatchAt(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  i: number,
): TrieMatch<CountryEntry> | null {
  if (keys !== articleKeys || i < 0 || i >= countrySlots.length)
    return countryTrie().longestAt(keys, tokens, input, i);
  let m = countrySlots[i];
  if (m === undefined) {
    m = countryTrie().longestAt(keys, tokens, input, i);
    countrySlots[i] = m;
  }
  return m;
}
