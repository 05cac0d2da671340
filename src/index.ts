/**
 * cand-nlp: Vietnamese public-security news → typed, JSON-ready objects.
 *
 * Every function here is pure, imports no Node built-ins and never throws on text; each stage is
 * also importable alone from its subpath (`cand-nlp/tokenize`, `cand-nlp/dates`, …).
 * @module
 */
export {
  type Abbreviation,
  type AbbreviationOptions,
  AbbreviationSchema,
  type ExpandOptions,
  expandAbbreviations,
  findAbbreviations,
} from "./abbreviations/index.js";
export {
  type DateMention,
  DateMentionSchema,
  type FindDatesOptions,
  findDateline,
  findDates,
  findDatesInTokens,
  type LunarDate,
  leapMonthOf,
  lunarToSolar,
  solarToLunar,
  tet,
} from "./dates/index.js";
export {
  type DocumentKind,
  DocumentKindSchema,
  type DocumentRef,
  DocumentRefSchema,
  findDocuments,
  findDocumentsInTokens,
} from "./documents/index.js";
export type { Event, EventType, PersonRef } from "./events/index.js";
export { extract } from "./extract.js";
export {
  findNumbers,
  findNumbersInTokens,
  type NumberMention,
  NumberMentionSchema,
} from "./numbers/index.js";
export {
  type CheckedOptions,
  checkExtractOptions,
  type ExtractOptions,
  ExtractOptionsSchema,
} from "./options.js";
export {
  findOrganizations,
  findOrganizationsInTokens,
  type Organization,
  type OrganizationKind,
  OrganizationKindSchema,
  OrganizationSchema,
} from "./organizations/index.js";
export { findPersons, type Person, type PersonOptions, PersonSchema } from "./persons/index.js";
export {
  findPlaces,
  findPlacesInTokens,
  type Place,
  type PlaceKind,
  PlaceKindSchema,
  type PlaceMention,
  PlaceMentionSchema,
  PlaceSchema,
} from "./places/index.js";
export { findRanks, type Rank, type RankMention, RankMentionSchema, RankSchema } from "./ranks/index.js";
export {
  type ArticleOrError,
  type ArticleRecord,
  ArticleRecordSchema,
  compactRecord,
  type ErrorRecord,
  ErrorRecordSchema,
  isErrorRecord,
  RecordSchema,
  recordJsonSchema,
} from "./records.js";
export { type ArticleRows, type Row, toRows } from "./rows/index.js";
export {
  type Article,
  ArticleSchema,
  articleJsonSchema,
  EventSchema,
  EventTypeSchema,
  PersonRefSchema,
} from "./schema.js";
export { segment, segmentGreedy, segmentTokens, type Word, WordSchema } from "./segment/index.js";
export { type Span, SpanSchema } from "./span.js";
export { canonicalTone, type NormalizedText, normalizeText } from "./text/index.js";
export {
  findTitles,
  type Title,
  type TitleMention,
  TitleMentionSchema,
  TitleSchema,
} from "./titles/index.js";
export { type Token, type TokenKind, TokenKindSchema, TokenSchema, tokenize } from "./tokenize/index.js";
