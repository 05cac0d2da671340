import {
  type AbbreviationOptions,
  type AbbreviationUse,
  analyzeAbbreviations,
} from "../abbreviations/index.js";
import { checkOptionNames, checkText } from "../arguments.js";
import { isForeignSyllable } from "../lexicon/foreign.js";
import {
  boundedMemo,
  creditWordSet,
  crossesLine,
  honorificSet,
  isSentenceStart,
  isTitleCase,
  keysOf,
  orgTrie,
  type PersonNounRow,
  personDetailTrie,
  personNounTrie,
  placeAt,
  rankTrie,
  surnameSet,
  titleTrie,
  tokenAt,
  tokenKeyAt,
} from "../lexicon/index.js";
import { countryTrie } from "../places/lexicon.js";
import { matchRankAt, type Rank, type RankMatch } from "../ranks/index.js";
import { isDictionaryWord } from "../segment/dictionary.js";
import type { Span } from "../span.js";
import { isCapitalized, matchKey } from "../text/index.js";
import { joinTokens, parseOrganization, parseTitleAt, type Title, type TitleParse } from "../titles/index.js";
import { type Token, tokenize } from "../tokenize/index.js";
import type { Person } from "./schema.js";

/** Options of {@link findPersons}: ExtractOptions plus spans to ignore (the byline, the sign-off). */
export interface PersonOptions extends AbbreviationOptions {
  exclude?: readonly Span[];
}

/** What the token-level function may reuse from earlier stages of one pipeline run. */
export interface PersonContext {
  keys?: readonly string[];
  /** Abbreviation uses by first token (analyzeAbbreviations().byToken), for organisation names. */
  abbreviationsByToken?: ReadonlyMap<number, AbbreviationUse>;
  /** Spans to ignore: the article's author and sign-off are not persons of the article. */
  exclude?: readonly Span[];
}

type Role = "officer" | "suspect" | "victim";

/** One place a name is written, with what was said next to it. */
interface Mention {
  first: number;
  end: number;
  keys: string[];
  rank: Rank | null;
  titles: Title[];
  gender: "male" | "female" | null;
  role: Role | null;
  /** "Nguyễn Văn H.": the press hides the given name; never merged with another person. */
  masked: boolean;
}

const MAX_NAME = 5;

/** A syllable of plain lower-case Latin letters ("hye", "un", "hsin"): no Vietnamese mark. */
const LATIN_LOWER_SYLLABLE = /^[a-z]{1,6}$/;

/** "K'Khánh", "H'Hen": a K'Ho, Mạ or Ê Đê name written as one word with its prefix. */
function isApostropheName(key: string): boolean {
  return key.length >= 3 && (key[1] === "'" || key[1] === "’") && key.charCodeAt(0) < 0x80;
}
/**
 * A one-sided test of a set of keys by length and first code unit (bit `code & 31` of a mask per
 * length): false means the key is certainly absent, without hashing it. The later-mention passes
 * ask it at every capitalised word, whose key no map has hashed yet.
 */
class KeyShapes {
  private readonly masks: number[] = [];

  add(length: number, first: number): void {
    this.masks[length] = (this.masks[length] ?? 0) | (1 << (first & 31));
  }

  mayHave(length: number, first: number): boolean {
    return ((this.masks[length] ?? 0) & (1 << (first & 31))) !== 0;
  }
}

/** The syllables of tokens `[first, end)` as written, joined by spaces. */
function writtenName(tokens: readonly Token[], first: number, end: number): string {
  let name = (tokens[first] as Token).normalized;
  for (let k = first + 1; k < end; k++) {
    const t = tokens[k] as Token;
    // the initials of a mask keep their dots glued ("Nguyễn Thị K.L")
    name += t.start === (tokens[k - 1] as Token).end ? t.normalized : ` ${t.normalized}`;
  }
  return name;
}

/** Mentions in text order: the list itself when it already is (a stable sort would keep it). */
function sortedByFirst(ms: readonly Mention[]): readonly Mention[] {
  for (let k = 1; k < ms.length; k++)
    if ((ms[k] as Mention).first < (ms[k - 1] as Mention).first)
      return [...ms].sort((a, b) => a.first - b.first);
  return ms;
}

/** Bits of Scanner.facts. */
const FACT_TITLE_CASE = 1;
const FACT_TITLE_CASE_KNOWN = 64;
const FACT_FOREIGN_KNOWN = 2;
const FACT_FOREIGN = 4;
const FACT_HONORIFIC_KNOWN = 8;
const FACT_HONORIFIC = 16;
/** Inside a mention found so far (set by the passes after the scan). */
const FACT_COVERED = 32;
/** parseTitleAt was asked at the token: null when FACT_TITLE is not set too, else in Scanner.titles. */
const FACT_TITLE_KNOWN = 128;
const FACT_TITLE = 256;
const FACT_SURNAME_KNOWN = 512;
const FACT_SURNAME = 1024;

/**
 * The facts of the text being read, reused from text to text (zeroed for each): every typed array
 * a text allocates costs a backing store of its own, and the scanner is not re-entered.
 */
let factsBuffer = new Uint16Array(4096);
function zeroedFacts(length: number): Uint16Array {
  if (factsBuffer.length < length) factsBuffer = new Uint16Array(Math.max(length, factsBuffer.length * 2));
  else factsBuffer.fill(0, 0, length);
  return factsBuffer;
}

/**
 * An abbreviation made of academic and medical titles only ("PGS.TS", "BS"). Verdicts by spelling:
 * a text repeats its abbreviations ("UBND", "PGS.TS").
 */
const isHonorificAbbr = boundedMemo(10000, (normalized) =>
  normalized.split(".").every((p) => p === "" || honorificSet().has(matchKey(p))),
);

const APPOSITION = new Set([",", "-", "–", "—", ":"]);
/** Words that make the post after them plural ("các Phó Thủ tướng: …"). */
const PLURAL = new Set(["các", "những"]);
/** Middle names that make a surname-first run a person's name on their own: "Văn" (men), "Thị" (women). */
const MIDDLE_MARKERS = new Set(["văn", "thị"]);
const LIST_JOINERS = new Set([",", "và", ";"]);

/**
 * A title written before a rank ("Thứ trưởng Bộ Công an, Trung tướng Lê Quốc Hùng") is the
 * person's only when the person has no title of their own in apposition ("Thay mặt giám đốc
 * Công an tỉnh, Thượng tá X - Phó giám đốc …" speaks for someone else).
 */
function dropLeadIfOwn(m: Mention, leadCount: number): void {
  if (leadCount > 0 && m.titles.length > leadCount) m.titles.splice(0, leadCount);
}

class Scanner {
  readonly mentions: Mention[] = [];
  /** Surname-first full names seen with no cue, for {@link confirmListed}. */
  readonly unconfirmed: { first: number; end: number }[] = [];
  /** The titles parsed by token index; where none starts, facts say so (FACT_TITLE_KNOWN alone). */
  private readonly titles = new Map<number, TitleParse>();
  private lastRankAt = -1;
  private lastRank: RankMatch | null = null;
  /**
   * What is known of each token, as bits (FACT_*): its title case, read once (the name readers ask
   * it of a token again and again), and verdicts asked once. Longer than the text: read only
   * below `tokens.length`.
   */
  readonly facts: Uint16Array;

  constructor(
    readonly input: string,
    readonly tokens: readonly Token[],
    readonly keys: readonly string[],
    readonly byToken: ReadonlyMap<number, AbbreviationUse> | undefined,
  ) {
    this.facts = zeroedFacts(tokens.length);
  }

  /** isTitleCase of token k (false outside the text), read once: mostly while the scan is at the token. */
  titleCaseAt(k: number): boolean {
    if (k < 0 || k >= this.tokens.length) return false;
    let facts = this.facts[k] as number;
    if ((facts & FACT_TITLE_CASE_KNOWN) === 0) {
      facts |= FACT_TITLE_CASE_KNOWN | (isTitleCase(this.tokens[k] as Token) ? FACT_TITLE_CASE : 0);
      this.facts[k] = facts;
    }
    return (facts & FACT_TITLE_CASE) !== 0;
  }

  /**
   * "Robert Kalinak", "Toru Kodama": two or three Latin syllables at `[first, end)`, one of them not
   * Vietnamese; each syllable judged once per text.
   */
  isForeignNameAt(first: number, end: number): boolean {
    const n = end - first;
    if (n < 2 || n > 3) return false;
    for (let k = first; k < end; k++) if (this.foreignAt(k)) return true;
    return false;
  }

  /** Token k is a syllable Vietnamese spelling cannot form ("Robart", "Bush"). */
  foreignAt(k: number): boolean {
    if (k < 0 || k >= this.keys.length) return false;
    let facts = this.facts[k] as number;
    if ((facts & FACT_FOREIGN_KNOWN) === 0) {
      const key = this.keys[k] as string;
      facts |= FACT_FOREIGN_KNOWN | (!key.includes("'") && isForeignSyllable(key) ? FACT_FOREIGN : 0);
      this.facts[k] = facts;
    }
    return (facts & FACT_FOREIGN) !== 0;
  }

  /**
   * "James L. Robart", "George W. Bush": a middle initial between a Latin given name and a family
   * name (one of them not Vietnamese, the first no Vietnamese surname, so a masked "Nguyễn Văn H."
   * before a sentence stays masked). Index after the family name, or `end`.
   */
  afterMiddleInitial(j: number, end: number): number {
    const { tokens } = this;
    if (end - j !== 2 || !this.isMasked(j, end) || !this.maskDotAt(end) || this.isSurname(j)) return end;
    const family = end + 1;
    const next = tokens[family];
    if (
      next === undefined ||
      next.start === (tokens[end] as Token).end ||
      !this.titleCaseAt(family) ||
      crossesLine(tokens, this.input, family) ||
      (next.normalized.length === 1 && this.maskDotAt(family + 1)) ||
      !(this.foreignAt(j) || this.foreignAt(family))
    )
      return end;
    return family + 1;
  }

  /** An abbreviation made of academic and medical titles only ("PGS.TS", "BS"). */
  honorificAt(k: number): boolean {
    let facts = this.facts[k] as number;
    if ((facts & FACT_HONORIFIC_KNOWN) === 0) {
      facts |=
        FACT_HONORIFIC_KNOWN | (isHonorificAbbr((this.tokens[k] as Token).normalized) ? FACT_HONORIFIC : 0);
      this.facts[k] = facts;
    }
    return (facts & FACT_HONORIFIC) !== 0;
  }

  titleAt(i: number): TitleParse | null {
    if (i < 0 || i >= this.tokens.length)
      return parseTitleAt(this.tokens, this.keys, this.input, i, this.byToken);
    const facts = this.facts[i] as number;
    if ((facts & FACT_TITLE_KNOWN) !== 0)
      return (facts & FACT_TITLE) === 0 ? null : (this.titles.get(i) as TitleParse);
    // most words start no title: the trie's filter says so before the call
    const parsed = titleTrie().mayStartWith(this.keys[i] as string)
      ? parseTitleAt(this.tokens, this.keys, this.input, i, this.byToken)
      : null;
    if (parsed === null) this.facts[i] = facts | FACT_TITLE_KNOWN;
    else {
      this.facts[i] = facts | FACT_TITLE_KNOWN | FACT_TITLE;
      this.titles.set(i, parsed);
    }
    return parsed;
  }

  /** matchRankAt; the last answer is kept, as the scan asks at a capitalised word right before nameAt asks again. */
  rankAt(i: number): RankMatch | null {
    if (i !== this.lastRankAt) {
      // most words start no rank: the trie's filter says so before the call
      const key = i >= 0 && i < this.keys.length ? (this.keys[i] as string) : undefined;
      this.lastRank =
        key !== undefined && rankTrie().mayStartWith(key)
          ? matchRankAt(this.tokens, this.keys, this.input, i)
          : null;
      this.lastRankAt = i;
    }
    return this.lastRank;
  }

  /** A noun before a name at i, written in lower case or at a sentence start ("Bà Rịa" mid-sentence is a place). */
  nounAt(i: number): { end: number; row: PersonNounRow } | null {
    const t = this.tokens[i];
    if (t === undefined || t.kind !== "word") return null;
    const m = personNounTrie().longestAt(this.keys, this.tokens, this.input, i);
    if (m === null) return null;
    const row = m.values[0];
    if (row === undefined) return null;
    // An occupation ("Luật sư", "Bác sĩ") is often capitalised as a title; it takes only a full name anyway.
    if (row.position === "cue") return { end: m.end, row };
    const writtenCapital = isCapitalized(row.noun);
    // (mid-sentence, a capitalised "Bà", "Ông" is still the noun before a full name that opens with
    // a surname: a caption run into the text, "vụ việc Bà Phạm Thị Thu Hà")
    if (isCapitalized(t.normalized) && !writtenCapital && !isSentenceStart(this.tokens, this.input, i)) {
      const name = this.nameAt(m.end);
      if (
        name === null ||
        name.end - name.first < 2 ||
        !this.isSurname(name.first) ||
        this.isPlace(name.first, name.end)
      )
        return null;
    }
    if (!isCapitalized(t.normalized) && writtenCapital) return null;
    return { end: m.end, row };
  }

  /** Index after academic titles at j (", PGS.TS", ", GS, TS", " TS."), or j. */
  skipHonorifics(j: number): number {
    let k = j;
    for (let guard = 0; guard < 8 && k < this.tokens.length; guard++) {
      const t = this.tokens[k] as Token;
      if (t.kind === "punct" && (t.normalized === "," || t.normalized === ".")) {
        k++;
        continue;
      }
      if (t.kind === "abbr" && this.honorificAt(k)) {
        k++;
        continue;
      }
      break;
    }
    // Only a stretch that held at least one title counts; a bare comma is not skipped.
    for (let d = j; d < k; d++) if ((this.tokens[d] as Token).kind === "abbr") return k;
    return j;
  }

  /** The run of capitalised syllables at j that can be a name (stops before a rank or a title). */
  nameAt(j: number): { first: number; end: number } | null {
    const { tokens } = this;
    // A rank or a position is not the first syllable of a name ("…, Đại úy Quách Anh Tuấn").
    if (this.rankAt(j) !== null || this.titleAt(j) !== null) return null;
    let end = j;
    while (end < tokens.length && end - j < MAX_NAME) {
      if (!this.titleCaseAt(end)) break;
      if (end > j && crossesLine(tokens, this.input, end)) break;
      if (end > j && (this.rankAt(end) !== null || this.titleAt(end) !== null)) break;
      end++;
    }
    if (end === j) return null;
    // A name is not followed by more capitalised syllables than it can hold.
    if (end - j === MAX_NAME && this.titleCaseAt(end)) return null;
    // a mask of several initials ("Nguyễn Thị K.L.", "Trần Văn T.T.H"): the letters glued on by dots
    for (let n = 0; n < 3 && this.isMasked(j, end) && this.maskDotAt(end); n++) {
      const letter = tokens[end + 1];
      if (
        letter === undefined ||
        letter.kind !== "word" ||
        letter.normalized.length !== 1 ||
        letter.start !== (tokens[end] as Token).end ||
        !isCapitalized(letter.normalized)
      )
        break;
      end += 2;
    }
    return { first: j, end: this.afterHyphenatedGivenName(j, this.afterMiddleInitial(j, end)) };
  }

  /**
   * "Park Geun-hye", "Kim Jong-un", "Hsieh Chi-hsin": a romanised East Asian given name whose second
   * syllable is glued on by a hyphen in lower case (Latin letters only), in a name with a syllable
   * Vietnamese spelling cannot form. Index after it, or `end`.
   */
  afterHyphenatedGivenName(j: number, end: number): number {
    const { tokens } = this;
    const dash = tokens[end];
    const tail = tokens[end + 1];
    if (end - j < 2 || dash === undefined || tail === undefined || dash.normalized !== "-") return end;
    if (dash.start !== (tokens[end - 1] as Token).end || tail.start !== dash.end || tail.kind !== "word")
      return end;
    if (!LATIN_LOWER_SYLLABLE.test(tail.normalized)) return end;
    // (one syllable Vietnamese spelling cannot form, in the name or after the hyphen: "Nguyễn Văn
    // An-ninh" is no such name)
    let foreign = isForeignSyllable(tail.normalized);
    for (let k = j; k < end && !foreign; k++) foreign = this.foreignAt(k);
    return foreign ? end + 2 : end;
  }

  /** The key of token k is a surname: asked once per token (a name's first word is asked again and again). */
  isSurname(k: number): boolean {
    if (k < 0 || k >= this.keys.length) return surnameSet().has(""); // (no key outside the text)
    let facts = this.facts[k] as number;
    if ((facts & FACT_SURNAME_KNOWN) === 0) {
      facts |= FACT_SURNAME_KNOWN | (surnameSet().has(this.keys[k] as string) ? FACT_SURNAME : 0);
      this.facts[k] = facts;
    }
    return (facts & FACT_SURNAME) !== 0;
  }

  /** A full name: two syllables with a surname first, three and more, or one K'Ho/Mạ name ("K'Khánh"). */
  isFullName(first: number, end: number): boolean {
    const n = end - first;
    return (
      n >= 3 ||
      (n === 2 && (this.isSurname(first) || this.isForeignNameAt(first, end))) ||
      (n === 1 && isApostropheName(this.keys[first] ?? ""))
    );
  }

  /** "Nguyễn Văn H.": the last syllable one capital letter (the dot after it is the mask's, not a sentence end). */
  isMasked(first: number, end: number): boolean {
    return end - first >= 2 && (this.tokens[end - 1]?.normalized.length ?? 0) === 1;
  }

  /** The dot of a mask, written right after the initial ("Đỗ Ngọc T."). */
  maskDotAt(k: number): boolean {
    const dot = this.tokens[k];
    return dot !== undefined && dot.normalized === "." && dot.start === tokenAt(this.tokens, k - 1)?.end;
  }

  /** Index after a masked name's dot ("Nguyễn Văn H. (SN 1990)"), else `end`. */
  afterMaskDot(first: number, end: number): number {
    const dot = this.tokens[end];
    if (!this.isMasked(first, end) || dot === undefined || dot.normalized !== ".") return end;
    if (dot.start !== this.tokens[end - 1]?.end) return end;
    const next = this.tokens[end + 1];
    if (next === undefined) return end;
    const v = next.normalized;
    // A new sentence starts with a capital; "(", ",", "và", "cùng" continue the one about the person.
    if (v === "(" || v === "," || v === "-" || v === "–" || (next.kind === "word" && !isCapitalized(v)))
      return end + 1;
    return end;
  }

  /** "Ảnh: Nguyễn Văn A", "Theo Trần Thị B": a photo or source credit, not a person of the article. */
  isCredit(i: number): boolean {
    const prev = tokenAt(this.tokens, i - 1);
    if (prev === undefined) return false;
    if (prev.normalized === ":") return creditWordSet().has(tokenKeyAt(this.keys, i - 2));
    return creditWordSet().has(tokenKeyAt(this.keys, i - 1)) && isCapitalized(prev.normalized);
  }

  isPlace(first: number, end: number): boolean {
    const m = placeAt(this.tokens, this.keys, this.input, first);
    return m !== null && m.end >= end;
  }

  /**
   * A pair of capitalised syllables whose last one makes a word with the lower-case syllable after
   * it ("Đoàn Luật sư", a bar association; "Hội Luật gia"): the start of a unit's name, not a name.
   */
  runsIntoWord(first: number, end: number): boolean {
    if (end - first !== 2) return false;
    const next = this.tokens[end];
    if (next === undefined || next.kind !== "word" || isCapitalized(next.normalized)) return false;
    if (next.start !== (this.tokens[end - 1] as Token).end + 1) return false;
    return isDictionaryWord([this.keys[end - 1] ?? "", this.keys[end] ?? ""]);
  }

  /** "…Nguyễn Thị Tần-Phạm Thế Hiển": street names at a junction. */
  joinedByHyphen(k: number): boolean {
    const t = this.tokens[k];
    return (
      t !== undefined &&
      t.kind === "punct" &&
      (t.normalized === "-" || t.normalized === "–") &&
      t.start === tokenAt(this.tokens, k - 1)?.end
    );
  }

  /** After "và" or ",", a surname-first full name that has a parenthesis or details of its own. */
  listedWithDescribed(k: number): boolean {
    const v = this.tokens[k]?.normalized ?? "";
    if (v !== "và" && v !== ",") return false;
    const next = this.nameAt(k + 1);
    if (next === null || !this.isSurname(next.first) || !this.isFullName(next.first, next.end)) return false;
    return this.detailAt(next.end) || this.commaDetailAt(next.end);
  }

  /**
   * "Trương Hồ Phương Nga và Nguyễn Đức Thùy Dung": another full name of three or four syllables,
   * surname first, after "và" or a comma at k. Two such names in a row name people, not places (a street or a
   * school has its place word before the first, which the caller has ruled out).
   */
  listedWithFullName(k: number): boolean {
    if (this.keys[k] !== "và" && this.tokens[k]?.normalized !== ",") return false;
    const next = this.nameAt(k + 1);
    if (next === null || !this.isSurname(next.first)) return false;
    const n = next.end - next.first;
    return n >= 3 && n <= 4 && !this.holdsPlace(next.first, next.end) && !this.placeFollows(next.end);
  }

  /** "và đồng phạm", "cùng các đồng phạm" at k: the name before it is a defendant's. */
  withAccomplices(k: number): boolean {
    const link = this.keys[k];
    if (link !== "và" && link !== "cùng") return false;
    const j = this.keys[k + 1] === "các" ? k + 2 : k + 1;
    return (
      this.keys[j] === "đồng" && this.keys[j + 1] === "phạm" && !crossesLine(this.tokens, this.input, j + 1)
    );
  }

  /** A place or a country begins at k ("Hàn Quốc Bi Rain" is no name of four syllables). */
  opensPlace(k: number): boolean {
    return (
      placeAt(this.tokens, this.keys, this.input, k) !== null ||
      countryTrie().longestAt(this.keys, this.tokens, this.input, k) !== null
    );
  }

  /**
   * A place or a country opens `[first, end)`, or one of two syllables or more lies inside it ("Y
   * Dược Cần Thơ"); a one-syllable country inside is a given name as often ("Phương Nga", "Đức").
   */
  holdsPlace(first: number, end: number): boolean {
    if (this.opensPlace(first)) return true;
    for (let k = first + 1; k < end; k++) {
      const place = placeAt(this.tokens, this.keys, this.input, k);
      const country = countryTrie().longestAt(this.keys, this.tokens, this.input, k);
      if ((place !== null && place.end - k >= 2) || (country !== null && country.end - k >= 2)) return true;
    }
    return false;
  }

  /** ", SN 1985, trú tại …", ", 36 tuổi": details in apposition instead of parentheses. */
  commaDetailAt(k: number): boolean {
    return this.commaDetailEnd(k) >= 0;
  }

  /** Index after the detail in apposition after the comma at k ({@link commaDetailAt}), else -1. */
  commaDetailEnd(k: number): number {
    if (this.tokens[k]?.normalized !== ",") return -1;
    const d = k + 1;
    if (/^SN\d{4}$/.test(this.tokens[d]?.normalized ?? "")) return d + 1;
    const m = personDetailTrie().longestAt(this.keys, this.tokens, this.input, d);
    if (m !== null && this.tokens[m.end]?.kind === "number") return m.end + 1;
    return this.tokens[d]?.kind === "number" && this.keys[d + 1] === "tuổi" ? d + 2 : -1;
  }

  /** "(SN 1990", "(36 tuổi", "(trú tại": a parenthesis about the person just named. */
  detailAt(k: number): boolean {
    if (this.tokens[k]?.normalized !== "(") return false;
    // "(1998)": a year of birth on its own.
    if (/^(19|20)\d\d$/.test(this.tokens[k + 1]?.normalized ?? "") && this.tokens[k + 2]?.normalized === ")")
      return true;
    for (let d = k + 1; d <= k + 3 && d < this.tokens.length; d++) {
      if (personDetailTrie().longestAt(this.keys, this.tokens, this.input, d) !== null) return true;
      // "(SN1965)": the tokenizer keeps a glued year in one code token.
      if (/^SN\d{4}$/.test(this.tokens[d]?.normalized ?? "")) return true;
    }
    return false;
  }

  /** Index after the ")" that closes the parenthesis at k (bounded), or k when there is none. */
  closeParen(k: number): number {
    for (let d = k + 1; d < this.tokens.length && d <= k + 40; d++) {
      const v = this.tokens[d]?.normalized;
      if (v === ")") return d + 1;
      if (v === "(" || crossesLine(this.tokens, this.input, d)) return k;
    }
    return k;
  }

  push(
    name: { first: number; end: number },
    rank: Rank | null,
    titles: Title[],
    noun: PersonNounRow | null,
  ): Mention {
    const keys: string[] = [];
    for (let k = name.first; k < name.end; k++) keys.push(this.keys[k] ?? "");
    let gender: "male" | "female" | null = (noun?.gender as "male" | "female" | null) ?? null;
    // "Thị" as a middle name is a woman's name.
    if (gender === null) for (let k = 1; k < keys.length - 1; k++) if (keys[k] === "thị") gender = "female";
    const role: Role | null =
      noun !== null && noun.role !== "neutral" ? noun.role : rank !== null ? "officer" : null;
    const m: Mention = {
      first: name.first,
      end: name.end,
      keys,
      rank,
      titles: [...titles],
      gender,
      role,
      masked: this.isMasked(name.first, name.end),
    };
    this.mentions.push(m);
    return m;
  }

  /**
   * After a name: its titles in apposition (", Giám đốc Công an tỉnh", " - Phó trưởng Phòng …",
   * "(Phó đội trưởng …)"), a parenthesis about the person, then more names in a list.
   * Returns the index where scanning resumes.
   */
  afterOne(
    m: Mention,
    listMode: boolean,
    noun: PersonNounRow | null,
    listTitles: readonly Title[] = [],
  ): { k: number; next: Mention | null } {
    const { tokens } = this;
    let k = this.afterMaskDot(m.first, m.end);
    for (let guard = 0; guard < 12 && k < tokens.length; guard++) {
      const v = tokens[k]?.normalized ?? "";
      if (v === "(") {
        // A parenthesis about the person: "(SN 1990, trú tại …)", "(Phó đội trưởng …)", "( thương binh 2/4, nguyên Chỉ huy trưởng …)".
        const close = this.closeParen(k);
        let found = false;
        for (let d = k + 1; d < (close > k ? close : k + 2); d++) {
          const before = tokenAt(this.tokens, d - 1)?.normalized ?? "";
          if (before !== "(" && before !== "," && !this.isLink(d - 1)) continue;
          const title = this.titleAt(d);
          if (title !== null && title.org?.nameStart == null) {
            m.titles.push(...title.titles);
            found = true;
            d = title.end - 1;
          }
        }
        if (close > k) {
          k = close;
          continue;
        }
        if (found) continue;
        break;
      }
      // "Trần Tuấn Dung, 51 tuổi, Tổ trưởng …", "Lò Hữu Pành, sinh năm 1958 (…), Phó trưởng …": the
      // person's age or birth year between the name and the titles
      const detailEnd = v === "," ? this.commaDetailEnd(k) : -1;
      if (detailEnd >= 0) {
        k = detailEnd;
        continue;
      }
      if (this.isLink(k)) {
        const title = this.titleAt(k + 1);
        if (title !== null && title.org?.nameStart == null) {
          m.titles.push(...title.titles);
          k = title.end;
          continue;
        }
      }
      if (APPOSITION.has(v)) {
        const link = this.isLink(k + 1) ? 1 : 0;
        const title = this.titleAt(k + 1 + link);
        // A title that runs into another name belongs to that name: "…, Phó Chủ tịch UBND quận X Nguyễn Văn A".
        if (title !== null && title.org?.nameStart == null && !this.titleLeadsToName(title)) {
          m.titles.push(...title.titles);
          k = title.end;
          continue;
        }
        // "…, Phó Cục trưởng, Cục H59, Tổng cục Hậu cần (Bộ Công an), Ủy viên Ban Chỉ đạo": a parent
        // unit between two titles is passed over, so that the list goes on.
        const parent = v === "," && m.titles.length > 0 ? this.unitBeforeTitle(k + 1) : -1;
        if (parent > k) {
          k = parent;
          continue;
        }
      }
      break;
    }
    // A list of names: "các đồng chí Lê Văn An, Phạm Thị Bình, Hoàng Văn Cường và Đỗ Minh".
    const v = tokens[k]?.normalized ?? "";
    if (LIST_JOINERS.has(v) && (v !== ";" || listMode)) {
      const name = this.nameAt(k + 1);
      if (
        name !== null &&
        !crossesLine(tokens, this.input, k + 1) &&
        (this.isFullName(name.first, name.end) || listMode) &&
        (name.end - name.first >= 2 || listMode || isApostropheName(this.keys[name.first] ?? "")) &&
        !this.isPlace(name.first, name.end) &&
        !this.runsIntoWord(name.first, name.end) &&
        (!listMode ? this.isSurname(name.first) || isApostropheName(this.keys[name.first] ?? "") : true)
      ) {
        return { k, next: this.push(name, null, [...listTitles], listMode ? noun : null) };
      }
    }
    return { k, next: null };
  }

  /**
   * The index of the comma after a capitalised unit at k (and its parenthesis) when a title of the
   * same person follows that comma, else -1.
   */
  unitBeforeTitle(k: number): number {
    const t = this.tokens[k];
    if (t === undefined || !isCapitalized(t.normalized)) return -1;
    const unit = parseOrganization(this.tokens, this.keys, this.input, k);
    if (unit === null || unit.nameStart != null) return -1;
    let j = unit.end;
    if (this.tokens[j]?.normalized === "(") {
      const close = this.closeParen(j);
      if (close === j) return -1;
      j = close;
    }
    if (this.tokens[j]?.normalized !== ",") return -1;
    const title = this.titleAt(j + 1);
    return title !== null && title.org?.nameStart == null && !this.titleLeadsToName(title) ? j : -1;
  }

  /**
   * {@link afterOne} over a whole list of names, iteratively (a list may be long); `listTitles`:
   * the posts every name of the list holds ("các Phó Thủ tướng: A, B, C").
   */
  after(
    m: Mention,
    listMode: boolean,
    noun: PersonNounRow | null = null,
    listTitles: readonly Title[] = [],
  ): number {
    let current: Mention | null = m;
    let k = m.end;
    while (current !== null) {
      const step = this.afterOne(current, listMode, noun, listTitles);
      k = step.k;
      current = step.next;
    }
    return k;
  }

  /** "nguyên" (former), "làm" (acting as): between a name and its title; "kiêm" between two posts. */
  isLink(k: number): boolean {
    const t = this.tokens[k];
    if (t === undefined || t.kind !== "word" || isCapitalized(t.normalized)) return false;
    const m = orgTrie().longestAt(this.keys, this.tokens, this.input, k);
    return (
      m !== null &&
      m.end === k + 1 &&
      m.values.some((v) => v.kind === "title_link" || v.kind === "title_joiner")
    );
  }

  /** A title followed (after an optional comma and rank) by a name: it introduces that name. */
  titleLeadsToName(title: TitleParse): boolean {
    // "…, Chủ tịch nước Trần Đại Quang": the title is written right before its own holder.
    if (title.org === null) {
      const name = this.nameAt(title.end);
      if (name !== null && this.isFullName(name.first, name.end)) return true;
    }
    let k = title.end;
    if (APPOSITION.has(this.tokens[k]?.normalized ?? "")) k++;
    const rank = this.rankAt(k);
    if (rank === null) return false;
    return this.nameAt(rank.end) !== null;
  }

  /**
   * "Phạm Văn Thuận – Trần Quốc Toản" (a junction), "Võ Thị Sáu (P.2, TP …)" (a street with its
   * ward): what follows the run says it is a place.
   */
  placeFollows(k: number): boolean {
    const v = this.tokens[k]?.normalized;
    if (v === "-" || v === "–") {
      const next = this.nameAt(k + 1);
      return next !== null && this.isSurname(next.first) && this.titleAt(k + 1) === null;
    }
    if (v !== "(") return false;
    const t = this.tokens[k + 1];
    if (t === undefined) return false;
    // "(P.2", "(Q.1", "(TP …": a ward, district or city abbreviation.
    if (t.kind === "abbr") return /^(?:P|Q|H|TP|TX|TT)(?:\.|$)/.test(t.normalized);
    const m = orgTrie().longestAt(this.keys, this.tokens, this.input, k + 1);
    return m?.values.some((x) => x.kind === "admin_level") === true;
  }

  /** Each position the article writes with a unit, and that unit when it is always the same (else null). */
  unitsByPosition(): Map<string, Title | null> {
    const out = new Map<string, Title | null>();
    // in text order: the first of equal units is the one kept
    const at = [...this.titles.keys()].sort((a, b) => a - b);
    for (const i of at) {
      const p = this.titles.get(i) as TitleParse;
      for (const t of p.titles) {
        if (t.positionId === null || t.organization === null) continue;
        const seen = out.get(t.positionId);
        if (seen === undefined) out.set(t.positionId, t);
        else if (seen !== null && seen.organization !== t.organization) out.set(t.positionId, null);
      }
    }
    return out;
  }

  /** "(người điều khiển xe", "(bạn gái của …", "(Phó trưởng …": a parenthesis about who the person is. */
  describedInBrackets(k: number): boolean {
    if (this.tokens[k]?.normalized !== "(") return false;
    const d = k + 1;
    const t = this.tokens[d];
    if (t === undefined) return false;
    if (this.titleAt(d) !== null) return true;
    if (t.kind !== "word" || isCapitalized(t.normalized)) return false;
    // "(quận 5)", "(xã …)": a place in brackets says where, not who.
    const m = orgTrie().longestAt(this.keys, this.tokens, this.input, d);
    return m === null || !m.values.some((v) => v.kind === "place_word" || v.kind === "admin_level");
  }

  /**
   * Surname-first full names with no cue of their own become persons when listed next to a person:
   * "Phan Quốc Bảo và Hà Minh Tâm (cùng 20 tuổi)" — walked backwards so a list joins link by link.
   */
  confirmListed(): void {
    const starts = new Set<number>();
    for (const m of this.mentions) starts.add(m.first);
    for (let c = this.unconfirmed.length - 1; c >= 0; c--) {
      const name = this.unconfirmed[c] as { first: number; end: number };
      if (starts.has(name.first)) continue;
      const e = this.afterMaskDot(name.first, name.end);
      const v = this.tokens[e]?.normalized;
      if ((v === "," || v === "và") && starts.has(e + 1) && !crossesLine(this.tokens, this.input, e + 1)) {
        this.push(name, null, [], null);
        starts.add(name.first);
      }
    }
    this.mentions.sort((a, b) => a.first - b.first);
  }

  scan(): void {
    const { tokens } = this;
    let pending: { titles: Title[]; at: number } | null = null;
    const takePending = (at: number): Title[] => {
      const t = pending !== null && pending.at === at ? pending.titles : [];
      pending = null;
      return t;
    };
    for (let i = 0; i < tokens.length; ) {
      const t = tokens[i] as Token;
      if (t.kind === "abbr") {
        // "GS,TS Lê …", "PGS. TS. BS Nguyễn …": academic and medical prefixes before a full name.
        const h = this.skipHonorifics(i);
        const name = h > i ? this.nameAt(h) : null;
        if (name !== null && this.isSurname(name.first) && this.isFullName(name.first, name.end)) {
          const m = this.push(name, null, takePending(i), null);
          i = this.after(m, false);
          continue;
        }
      }
      if (
        t.kind !== "word" &&
        t.kind !== "name" &&
        (t.kind !== "abbr" || !titleTrie().mayStartWith(this.keys[i] as string))
      ) {
        // not title case (isTitleCase reads words and names only): the passes after the scan ask
        // every token, and this one is read already
        this.facts[i] = (this.facts[i] as number) | FACT_TITLE_CASE_KNOWN;
        i++;
        continue;
      }
      // Rank + name: "Đại tá Đào Quang Trường", "đại úy Chiện".
      const rank = this.rankAt(i);
      if (rank !== null) {
        const name = this.nameAt(this.skipHonorifics(rank.end));
        if (name !== null) {
          const lead = takePending(i);
          const m = this.push(name, rank.rank, lead, null);
          i = this.after(m, false);
          dropLeadIfOwn(m, lead.length);
          continue;
        }
        pending = null;
        i = rank.end;
        continue;
      }
      // Noun + (rank) + name: "đồng chí Trần Úc", "đối tượng Hoàng Văn Minh", "các đồng chí: …".
      const noun = this.nounAt(i);
      if (noun !== null) {
        let j = noun.end;
        if (noun.row.plural && tokens[j]?.normalized === ":") j++;
        // "bác sĩ (BS) Hoàng …": the abbreviation of the noun in brackets.
        if (
          tokens[j]?.normalized === "(" &&
          tokens[j + 1]?.kind === "abbr" &&
          tokens[j + 2]?.normalized === ")"
        )
          j += 3;
        j = this.skipHonorifics(j);
        const r = this.rankAt(j);
        const name = this.nameAt(r === null ? j : r.end);
        // After a verb ("bắt giữ", "đối với") only a full name with a surname first, and never a place.
        const verb = noun.row.position === "verb" || noun.row.position === "cue";
        const acceptable =
          name !== null &&
          !this.isPlace(name.first, name.end) &&
          (!verb || r !== null || (this.isSurname(name.first) && this.isFullName(name.first, name.end)));
        if (name !== null && acceptable) {
          const lead = takePending(i);
          const m = this.push(name, r?.rank ?? null, lead, noun.row);
          i = this.after(m, noun.row.plural, noun.row);
          dropLeadIfOwn(m, lead.length);
          continue;
        }
      }
      // Title (+ organisation) + name: "Bộ trưởng Bộ Công an Tô Lâm", "Thứ trưởng Bộ Công an, Trung tướng Lê Quốc Hùng".
      const title = this.titleAt(i);
      if (title !== null) {
        const titles = [...takePending(i), ...title.titles];
        if (title.org?.nameStart != null) {
          const name = this.nameAt(title.org.nameStart);
          if (name !== null) {
            const m = this.push(name, null, titles, null);
            i = this.after(m, false);
            continue;
          }
        }
        let k = title.end;
        if (title.org === null) {
          // "Tổng thống Nga Vladimir Putin", "Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan": a country
          // between the post and its holder is the post's body (the name is read after it, so a long
          // country and a long name are no run too long for a name); "Tổng thống Hàn Quốc" alone
          // names no one.
          const country = this.titleCaseAt(k)
            ? countryTrie().longestAt(this.keys, tokens, this.input, k)
            : null;
          if (country !== null) {
            const name = crossesLine(tokens, this.input, country.end) ? null : this.nameAt(country.end);
            if (name === null) {
              i = country.end;
              continue;
            }
            const m = this.push(name, null, withBody(titles, joinTokens(tokens, k, country.end)), null);
            i = this.after(m, false);
            continue;
          }
          // "Chủ tịch Hồ Chí Minh": right after a position, a capitalised run is its holder ("Giám đốc
          // Phong" joins Nguyễn Thanh Phong; a lone word that joins nobody is dropped with the short mentions).
          const run = this.nameAt(k);
          if (run !== null) {
            // "Thị trưởng Los Angeles Eric Garcetti": the head of a city (holder_after "city" in
            // data/titles.tsv) is written with the city first; of three syllables or more, the last
            // two are the holder, the rest the city
            if (run.end - run.first >= 3 && title.match.entry.row.holderAfterCity) {
              const holder = { ...run, first: run.end - 2 };
              const m = this.push(holder, null, withBody(titles, joinTokens(tokens, k, holder.first)), null);
              i = this.after(m, false);
              continue;
            }
            const m = this.push(run, null, titles, null);
            i = this.after(m, false);
            continue;
          }
        }
        if (APPOSITION.has(tokens[k]?.normalized ?? "")) k++;
        // The next rank or name takes these titles ("…, Trung tướng Lê Quốc Hùng"; "… Hà Nội- Trần Sỹ Thanh").
        if (
          (this.rankAt(k) !== null || this.nounAt(k) !== null) &&
          isCapitalized((tokens[i] as Token).normalized)
        ) {
          pending = { titles, at: k };
          i = k;
          continue;
        }
        const name = this.nameAt(k);
        if (
          name !== null &&
          k > title.end &&
          this.isFullName(name.first, name.end) &&
          this.isSurname(name.first) &&
          !this.isPlace(name.first, name.end)
        ) {
          const m = this.push(name, null, titles, null);
          // "các Phó Thủ tướng: Trương Hòa Bình, Phạm Bình Minh, Vương Đình Huệ": a post in the
          // plural before a colon is held by every name of the list after it
          const plural = PLURAL.has(this.keys[i - 1] ?? "") && tokens[title.end]?.normalized === ":";
          i = plural ? this.after(m, true, null, titles) : this.after(m, false);
          continue;
        }
        i = title.end;
        continue;
      }
      // A full name with no word before it, known by what follows: "(SN 1991)", "(36 tuổi …)", ", Giám đốc …".
      if (this.titleCaseAt(i)) {
        const name = this.nameAt(i);
        const n = name === null ? 0 : name.end - name.first;
        const surnameFirst = name !== null && this.isSurname(i);
        // Every cue below wants a surname first or three syllables: other runs (a third of them
        // are foreign-looking pairs) skip the place and credit tests, which ask no title.
        if (
          name !== null &&
          (surnameFirst || n >= 3) &&
          this.isFullName(name.first, name.end) &&
          !this.isPlace(name.first, name.end) &&
          !this.afterPlaceWord(i) &&
          !this.isCredit(i)
        ) {
          const e = this.afterMaskDot(name.first, name.end);
          const next = tokens[e]?.normalized ?? "";
          const link = this.isLink(e + 1) ? 1 : 0;
          // "(36 tuổi", "(SN 1991)" after three syllables or a surname-first pair; ", Giám đốc …" or
          // " - nguyên Phó trưởng phòng …" after a surname-first name; a surname, "Văn" or "Thị" and one
          // or two more syllables is a man's or woman's name wherever it stands (streets and schools
          // named after people have their place word before them).
          const cue =
            ((this.detailAt(e) || this.commaDetailAt(e)) && (surnameFirst || n >= 3)) ||
            (surnameFirst && APPOSITION.has(next) && next !== ":" && this.titleAt(e + 1 + link) !== null) ||
            // (a surname the table lacks before "Thị" too: "Vưu Thị Diệu", not "Đô Thị Mới" or "Siêu Thị
            // Co", whose first two syllables make a word)
            ((surnameFirst ||
              (this.keys[i + 1] === "thị" && !isDictionaryWord([this.keys[i] as string, "thị"]))) &&
              n >= 3 &&
              MIDDLE_MARKERS.has(this.keys[i + 1] ?? "") &&
              !this.joinedByHyphen(name.end) &&
              !this.placeFollows(e)) ||
            // "Đỗ Quang Hưng và Hoàng Đức Chung (cùng 20 tuổi)": a name listed with a described one.
            (surnameFirst && this.listedWithDescribed(e)) ||
            // "Trương Hồ Phương Nga và Nguyễn Đức Thùy Dung": two full names of three or four syllables.
            (surnameFirst &&
              n >= 3 &&
              n <= 4 &&
              !this.holdsPlace(i, name.end) &&
              !this.placeFollows(e) &&
              this.listedWithFullName(e)) ||
            // "Trần Văn Hoài (người điều khiển xe)": a parenthesis that describes the person.
            (surnameFirst && n >= 3 && this.describedInBrackets(e)) ||
            // "Phạm Công Danh và đồng phạm": a defendant named with his accomplices.
            (surnameFirst && this.withAccomplices(e)) ||
            // "Đỗ Ngọc T.": only a person's name is masked so.
            (surnameFirst && this.isMasked(name.first, name.end) && this.maskDotAt(name.end));
          if (cue) {
            const m = this.push(name, null, [], null);
            i = this.after(m, false);
            continue;
          }
          if (surnameFirst) this.unconfirmed.push(name);
        }
        // Skip the rest of this name-like run: a name does not start inside another.
        i = name !== null ? name.end : i + 1;
        continue;
      }
      i++;
    }
  }

  /**
   * "tỉnh Hà Giang (…)", "số 16 Lương Văn Can", "ngã ba Phạm Thế Hiển-Nguyễn Thị Tần": a capitalised
   * run after a place word (data/organizations.tsv), a unit code or a house number, or joined to
   * another by a hyphen, names a place.
   */
  afterPlaceWord(i: number): boolean {
    const prev = tokenAt(this.tokens, i - 1);
    if (prev === undefined) return false;
    if (prev.kind === "abbr" || prev.kind === "number") return true;
    if (
      prev.kind === "punct" &&
      (prev.normalized === "-" || prev.normalized === "–") &&
      prev.start === tokenAt(this.tokens, i - 2)?.end
    )
      return true;
    const m = orgTrie().longestAt(this.keys, this.tokens, this.input, i - 1);
    if (
      m !== null &&
      m.end === i &&
      m.values.some((v) => v.kind === "place_word" || v.kind === "admin_level")
    )
      return true;
    // Two-word place words ("ngã ba", "giao lộ") end one token earlier.
    const m2 = i >= 2 ? orgTrie().longestAt(this.keys, this.tokens, this.input, i - 2) : null;
    return m2 !== null && m2.end === i && m2.values.some((v) => v.kind === "place_word");
  }
}

/** The titles with `body` as the organisation of the last one, which names none. */
function withBody(titles: readonly Title[], body: string): Title[] {
  const last = titles[titles.length - 1];
  if (last === undefined || last.organization !== null) return [...titles];
  return [...titles.slice(0, -1), { ...last, organization: body, organizationExpanded: body }];
}

const sameTitle = (a: Title, b: Title) => a.position === b.position && a.organization === b.organization;

/**
 * A position written without its unit ("Bộ trưởng Tô Lâm") takes the unit the article gives that
 * position elsewhere ("Bộ trưởng Bộ Công an …") when it gives only one; the bare copy of a title the
 * person also has with its unit is dropped (no duplicated titles).
 */
function resolveTitles(titles: Title[], unitsByPosition: () => ReadonlyMap<string, Title | null>): void {
  for (let x = 0; x < titles.length; x++) {
    const t = titles[x] as Title;
    if (t.organization !== null || t.positionId === null) continue;
    if (titles.some((o) => o !== t && o.positionId === t.positionId && o.organization !== null)) {
      titles.splice(x, 1);
      x--;
      continue;
    }
    const known = unitsByPosition().get(t.positionId);
    if (known != null)
      titles[x] = {
        ...t,
        organization: known.organization,
        organizationExpanded: known.organizationExpanded,
      };
  }
}

/** An organisation as compared between two titles: spelled out, in the matching form. */
const unitKey = (t: Title): string | null => {
  const o = t.organizationExpanded ?? t.organization;
  return o === null ? null : matchKey(o);
};

/**
 * One title per post and unit: "Phó Giám đốc CATP" and "Phó Giám đốc CATP Hà Nội", "Giám đốc công an
 * tỉnh Lạng Sơn" and "Giám đốc Công an tỉnh Lạng Sơn" are one title, told twice. Two titles of one
 * post (and the same "nguyên") are one when their units are equal or one begins the other; the
 * fuller unit is kept, at the place of the first.
 */
function mergeRepeatedTitles(titles: Title[]): void {
  for (let x = 0; x < titles.length; x++) {
    const t = titles[x] as Title;
    const post = t.positionId ?? matchKey(t.position);
    const unit = unitKey(t);
    for (let y = x + 1; y < titles.length; y++) {
      const o = titles[y] as Title;
      if ((o.positionId ?? matchKey(o.position)) !== post || o.former !== t.former) continue;
      const other = unitKey(o);
      if (
        unit === null ? other !== null : other === null || !(other.startsWith(unit) || unit.startsWith(other))
      )
        continue;
      // (of two equal units, the one written with its capital: "Công an tỉnh", not "công an tỉnh")
      const fuller =
        unit !== null &&
        other !== null &&
        (other.length > unit.length ||
          (other.length === unit.length &&
            isCapitalized(o.organization ?? "") &&
            !isCapitalized(t.organization ?? "")));
      if (fuller) titles[x] = o;
      titles.splice(y, 1);
      x--;
      break;
    }
  }
}

/**
 * Persons over tokens. Reuses the abbreviation uses of the same run (for organisation names) and
 * ignores the spans in `context.exclude` (the byline and sign-off).
 */
export function findPersonsInTokens(
  input: string,
  tokens: readonly Token[],
  context: PersonContext = {},
): Person[] {
  const keys = context.keys ?? keysOf(tokens);
  const scanner = new Scanner(input, tokens, keys, context.abbreviationsByToken);
  scanner.scan();
  scanner.confirmListed();
  const exclude = context.exclude ?? [];
  const spanOf = (m: Mention): Span => {
    const a = tokens[m.first] as Token;
    const b = tokens[m.end - 1] as Token;
    return { start: a.start, end: b.end, text: input.slice(a.start, b.end) };
  };
  // whether a mention lies in the byline or the sign-off (its offsets, without its text)
  const excluded = (m: Mention): boolean => {
    const start = (tokens[m.first] as Token).start;
    const end = (tokens[m.end - 1] as Token).end;
    return exclude.some((s) => start < s.end && s.start < end);
  };
  const mentions = scanner.mentions.filter((m) => !excluded(m));

  // Full names are persons; shorter mentions ("đồng chí Khảo", "anh Trình", "Thế Anh") join the
  // person whose name ends with them: the nearest one named before, else the first named after.
  interface Acc {
    key: string;
    name: string;
    keys: string[];
    mentions: Mention[];
    firstToken: number;
    masked: boolean;
  }
  const byKey = new Map<string, Acc>();
  const order: Acc[] = [];
  // Full and short mentions, each in text order; the scanner knows the surname and foreign-syllable
  // verdicts of their tokens already (a short mention stays short when the one below is trimmed).
  const fullMentions: Mention[] = [];
  const shortMentions: Mention[] = [];
  for (const m of mentions) (scanner.isFullName(m.first, m.end) ? fullMentions : shortMentions).push(m);
  for (const m of fullMentions) {
    const key = m.keys.join(" ");
    let acc = byKey.get(key);
    if (acc === undefined) {
      acc = {
        key,
        name: writtenName(tokens, m.first, m.end),
        keys: m.keys,
        mentions: [],
        firstToken: m.first,
        masked: m.masked,
      };
      byKey.set(key, acc);
      order.push(acc);
    }
    acc.mentions.push(m);
  }
  // A run that swallowed the next sentence's first word ("… Tư La Tuy nhiên" with its period lost)
  // is the known name it starts with, when that name is written elsewhere.
  for (const acc of [...order]) {
    if (acc.mentions.length !== 1 || acc.keys.length < 4) continue;
    const last = acc.keys[acc.keys.length - 1] as string;
    const shorter = byKey.get(acc.key.slice(0, acc.key.length - last.length - 1));
    if (shorter === undefined) continue;
    const m = acc.mentions[0] as Mention;
    m.end -= 1;
    m.keys = m.keys.slice(0, -1);
    shorter.mentions.push(m);
    byKey.delete(acc.key);
    order.splice(order.indexOf(acc), 1);
  }
  const endsWith = (acc: Acc, tail: string[]) =>
    acc.keys.length > tail.length && tail.every((k, x) => acc.keys[acc.keys.length - tail.length + x] === k);
  // the persons by the last syllable of their name, in order: only those can end with a short mention
  const byLastKey = new Map<string, Acc[]>();
  for (const acc of order) {
    const last = acc.keys[acc.keys.length - 1] ?? "";
    const list = byLastKey.get(last);
    if (list === undefined) byLastKey.set(last, [acc]);
    else list.push(acc);
  }
  for (const m of shortMentions) {
    let best: Acc | null = null;
    for (const acc of byLastKey.get(m.keys[m.keys.length - 1] ?? "") ?? []) {
      // "Nguyễn Văn H." hides who it is: no shorter mention can be known to be the same person.
      if (acc.masked || !endsWith(acc, m.keys)) continue;
      if (acc.firstToken < m.first) {
        if (best === null || best.firstToken > m.first || acc.firstToken > best.firstToken) best = acc;
      } else if (best === null) best = acc;
    }
    best?.mentions.push(m);
  }
  // Later bare uses of a known name ("Trần Tuấn Bảo điều khiển", "Hoàng Văn Minh bị …") are mentions too.
  const byFirstKey = new Map<string, Acc[]>();
  for (const acc of order) {
    const list = byFirstKey.get(acc.keys[0] ?? "") ?? [];
    list.push(acc);
    byFirstKey.set(acc.keys[0] ?? "", list);
  }
  const firstKeyShapes = new KeyShapes();
  for (const first of byFirstKey.keys()) firstKeyShapes.add(first.length, first.charCodeAt(0));
  // the scanner's token facts, with the tokens of mentions marked covered
  const { facts } = scanner;
  const cover = () => {
    for (const acc of order)
      for (const m of acc.mentions)
        for (let k = m.first; k < m.end; k++) facts[k] = (facts[k] as number) | FACT_COVERED;
  };
  const titleCaseAt = (k: number) => scanner.titleCaseAt(k);
  cover();
  // the capitalised words outside the mentions: the only ones the short-form pass below reads
  const capitalised: number[] = [];
  for (let i = 0, last = byFirstKey.size > 0 ? tokens.length : 0; i < last; i++) {
    // a byte read turns away the lower-case words before the map lookup of the name's first key;
    // the scan has read the case of nearly every token, and is asked only where it has not
    const f = facts[i] as number;
    if ((f & FACT_COVERED) !== 0) continue;
    if ((f & FACT_TITLE_CASE_KNOWN) !== 0 ? (f & FACT_TITLE_CASE) === 0 : !titleCaseAt(i)) continue;
    capitalised.push(i);
    const key = keys[i] ?? "";
    if (!firstKeyShapes.mayHave(key.length, key.charCodeAt(0))) continue;
    const candidates = byFirstKey.get(key);
    if (candidates === undefined) continue;
    if (i > 0 && titleCaseAt(i - 1) && !crossesLine(tokens, input, i)) continue;
    for (const acc of candidates) {
      const n = acc.keys.length;
      let written = true;
      for (let x = 0; x < n && written; x++) written = keys[i + x] === acc.keys[x] && titleCaseAt(i + x);
      if (!written) continue;
      if (titleCaseAt(i + n) && !crossesLine(tokens, input, i + n)) continue;
      const m: Mention = {
        first: i,
        end: i + n,
        keys: acc.keys,
        rank: null,
        titles: [],
        gender: null,
        role: null,
        masked: acc.masked,
      };
      if (!excluded(m)) acc.mentions.push(m);
      break;
    }
  }

  // A later bare short form ("Sau đó Hùng khai nhận", "Hoàng Anh bỏ đi"): the end of exactly one
  // full name written before, standing alone (no capitalised word next to it), and not a place.
  const byTail = new Map<string, Acc | null>();
  const tailShapes = new KeyShapes();
  for (const acc of order) {
    if (acc.masked) continue;
    // each tail is the end of the joined key: one string each, no array
    for (let from = 1, at = 0; from < acc.keys.length; from++) {
      at += (acc.keys[from - 1] as string).length + 1;
      const tail = acc.key.slice(at);
      byTail.set(tail, byTail.has(tail) && byTail.get(tail) !== acc ? null : acc);
      tailShapes.add(tail.length, tail.charCodeAt(0));
    }
  }
  cover();
  // (the mentions only grew since the list was made: it holds every word this pass can start at)
  for (let c = 0, next = 0; c < capitalised.length && byTail.size > 0; c++) {
    const i = capitalised[c] as number;
    if (i < next || ((facts[i] as number) & FACT_COVERED) !== 0) continue;
    next = i + 1;
    if (i > 0 && titleCaseAt(i - 1) && !crossesLine(tokens, input, i)) continue;
    let end = i + 1;
    while (end < tokens.length && end - i < 3 && titleCaseAt(end) && !crossesLine(tokens, input, end)) end++;
    next = end;
    if (end - i > 2 || ((facts[end - 1] as number) & FACT_COVERED) !== 0) continue;
    // one or two syllables: the tail's key without an array
    // the tail's key is keys[i], or keys[i] and keys[i + 1] joined by a space: its shape is known unbuilt
    const a = keys[i] as string;
    const b = end - i === 1 ? null : (keys[i + 1] as string);
    const length = b === null ? a.length : a.length + 1 + b.length;
    const first = a.length > 0 ? a.charCodeAt(0) : b === null ? Number.NaN : 32;
    const acc = tailShapes.mayHave(length, first) ? byTail.get(b === null ? a : `${a} ${b}`) : undefined;
    if (acc == null || acc.firstToken >= i || scanner.isPlace(i, end) || scanner.afterPlaceWord(i)) continue;
    const m: Mention = {
      first: i,
      end,
      keys: acc.keys, // (not read again: the mention is placed)
      rank: null,
      titles: [],
      gender: null,
      role: null,
      masked: false,
    };
    if (!excluded(m)) acc.mentions.push(m);
  }

  // built at the first bare position only: most articles write none
  let unitByPosition: Map<string, Title | null> | null = null;
  const unitsByPosition = () => {
    if (unitByPosition === null) unitByPosition = scanner.unitsByPosition();
    return unitByPosition;
  };
  // persons in the order they are first mentioned (every person has a mention: its first is the earliest)
  for (const acc of order) acc.mentions = sortedByFirst(acc.mentions) as Mention[];
  order.sort((a, b) => (a.mentions[0] as Mention).first - (b.mentions[0] as Mention).first);
  return order.map((acc, index) => {
    const titles: Title[] = [];
    const mentionSpans: Span[] = [];
    // the first rank, gender and role any mention gives
    let rank: Rank | null = null;
    let gender: Mention["gender"] = null;
    let role: Role | null = null;
    for (const m of acc.mentions) {
      for (const t of m.titles) if (!titles.some((x) => sameTitle(x, t))) titles.push(t);
      if (rank === null) rank = m.rank;
      if (gender === null) gender = m.gender;
      if (role === null) role = m.role;
      mentionSpans.push(spanOf(m));
    }
    resolveTitles(titles, unitsByPosition);
    mergeRepeatedTitles(titles);
    return {
      id: `p${index + 1}`,
      name: acc.name,
      rank,
      titles,
      gender,
      mentions: mentionSpans,
      role,
      masked: acc.masked,
    };
  });
}

/**
 * The named persons of a text with rank, titles and every mention.
 * @example
 * findPersons("Đại tá Đào Quang Trường - Phó Giám đốc CATP dự hội nghị. Đại tá Trường phát biểu.")
 * // [{ id: "p1", name: "Đào Quang Trường", rank: { id: "dai_ta", … },
 * //    titles: [{ position: "Phó Giám đốc", positionId: "pho_giam_doc", organization: "CATP",
 * //               organizationExpanded: "Công an thành phố" }],
 * //    gender: null, mentions: [{ start: 7, end: 23, text: "Đào Quang Trường" }, { …, text: "Trường" }], role: "officer" }]
 */
export function findPersons(text: string, options?: PersonOptions): Person[] {
  const input = checkText(text);
  checkOptionNames(options, ["publishedAt", "abbreviations", "exclude"]);
  const tokens = tokenize(input);
  const keys = keysOf(tokens);
  const { byToken } = analyzeAbbreviations(input, tokens, options, keys);
  return findPersonsInTokens(input, tokens, {
    keys,
    abbreviationsByToken: byToken,
    exclude: options?.exclude ?? [],
  });
}
