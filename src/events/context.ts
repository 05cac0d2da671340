import type { AbbreviationUse } from "../abbreviations/index.js";
import type { SentenceRange } from "../article/sentences.js";
import type { DateMention } from "../dates/index.js";
import type { DocumentRef } from "../documents/index.js";
import type { NumberMention } from "../numbers/index.js";
import type { Person } from "../persons/index.js";
import type { Span } from "../span.js";
import type { Token } from "../tokenize/index.js";
import type { PersonRef } from "./schema.js";

/**
 * A place the text names (the typed result of a places stage, or the lexicon reading that stands
 * in for it): `huyện Đăk Hà`, `Quốc lộ 1A`, `Hà Nội`. Sorted by start, never overlapping.
 */
export interface PlaceSpan extends Span {
  /** The places stage's kind ("province", "district", "commune", "village", "road", "landmark", "country"), or "admin" / "named" from the lexicon. */
  kind: string;
}

/** What the event stage reads: the tokens and the other stages' results of one extract() run. */
export interface EventContext {
  input: string;
  tokens: readonly Token[];
  keys: readonly string[];
  sentences: readonly SentenceRange[];
  persons: readonly Person[];
  dates: readonly DateMention[];
  numbers: readonly NumberMention[];
  documents: readonly DocumentRef[];
  abbreviations: readonly AbbreviationUse[];
  /** The places of the article; when absent, the event stage reads them from the lexicon. */
  places?: readonly PlaceSpan[];
  /** The organisations' mentions (the organisations stage); when absent, names are parsed per sentence. */
  organizationMentions?: readonly Span[];
}

/** A person mention, start-sorted with the person it names. */
export interface PersonMention {
  start: number;
  end: number;
  person: Person;
}

/** A reader cue ("tại", "điều khiển"): where it ends and its details ("prep", "driver" …). */
export interface ReaderCue {
  end: number;
  details: readonly string[];
}

/** The place and role cues starting at one token. */
export interface ReaderCues {
  place: ReaderCue | null;
  role: ReaderCue | null;
}

/** A sentence's persons, each with the token of its first mention there (see personsIn). */
export interface Participant {
  person: Person;
  /** Token index of the person's first mention in the sentence. */
  at: number;
  offset: number;
}

/**
 * The context with start-sorted lists built once, and what the readers of one article would
 * otherwise read again for every trigger of a sentence (a sentence's clauses, persons and cues).
 */
export interface Indexed extends EventContext {
  mentions: readonly PersonMention[];
  /** The abbreviation uses, start-sorted: built when first read (see usesOf). */
  uses: readonly (Span & { expansion: string })[] | null;
  placeSpans: readonly PlaceSpan[];
  orgSpans: readonly Span[];
  /** Organisations by sentence index, read once per sentence that has an event. */
  orgs: Map<number, string[]>;
  /** clauseAround by token index (a token lies in one sentence). */
  clauses: Map<number, { readonly first: number; readonly last: number }>;
  /** The reader cues by token index (undefined: not read yet). */
  readers: (ReaderCues | null | undefined)[];
  /** personsIn by sentence. */
  people: Map<SentenceRange, readonly Participant[]>;
  /** The sentence's persons in a clause, by clauseKey (see rolesFor). */
  clausePeople: Map<number, readonly Participant[]>;
  /** numbersIn by sentence. */
  numbersBy: Map<SentenceRange, readonly NumberMention[]>;
  /** The tokens locationIn acts on, by sentence (see placeMarksOf). */
  placeMarks: Map<SentenceRange, readonly number[]>;
  /** placesIn by sentence. */
  placesBy: Map<SentenceRange, readonly PlaceSpan[]>;
  /** The roles a clause's role words name, by clauseKey (see cueRoles). */
  roleCues: Map<number, ReadonlyMap<Person, PersonRef["role"]>>;
  /** chairOf by sentence (null: none). */
  chairs: Map<SentenceRange, Participant | null>;
  /** The organisations acting in a clause, by clauseKey (see eventOrganizations). */
  clauseOrgs: Map<number, readonly string[]>;
}
