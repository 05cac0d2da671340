/**
 * Shared lookups over the compiled vocabularies (data/*.tsv → src/generated): phrase tries keyed
 * by token, built lazily once and never mutated afterwards.
 * @module
 */

export { KeyFilter } from "./filter.js";
export { boundedMemo } from "./memo.js";
export { adminLevelAt, placeAt } from "./places.js";
export { opensRunIn } from "./runin.js";
export {
  type AbbreviationRow,
  abbreviationRows,
  creditWordSet,
  honorificSet,
  type OrgEntry,
  orgTrie,
  type PersonNounRow,
  type PlaceEntry,
  personDetailTrie,
  personNounTrie,
  phraseKeys,
  placeTrie,
  type RankEntry,
  type RankRow,
  rankTrie,
  surnameSet,
  type TitleEntry,
  type TitleRow,
  titleTrie,
} from "./tables.js";
export {
  isAllCapsText,
  isCodeToken,
  isNameSyllable,
  isSentenceStart,
  isTitleCase,
  keysOf,
} from "./tokens.js";
export {
  crossesLine,
  PhraseTrie,
  spaceBefore,
  type TrieMatch,
  tokenAt,
  tokenIndexAt,
  tokenKey,
  tokenKeyAt,
} from "./trie.js";
