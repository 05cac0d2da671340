import type { Abbreviation, AbbreviationUse } from "../abbreviations/index.js";
import { COUNTRY_ROWS } from "../generated/entity-words.js";
import { PROVINCE_ROWS } from "../generated/places.js";
import {
  boundedMemo,
  crossesLine,
  isSentenceStart,
  isTitleCase,
  opensRunIn,
  orgTrie,
  type PlaceEntry,
  placeAt,
  surnameSet,
} from "../lexicon/index.js";
import { isDictionaryWord } from "../segment/dictionary.js";
import type { Span } from "../span.js";
import { isCapitalized, matchKey } from "../text/index.js";
import type { Token } from "../tokenize/index.js";
import {
  type CountryEntry,
  countryTrie,
  gluedRoadCodes,
  levelAt,
  mayBeginLevel,
  mayBeginLevelOrClassWord,
  placeWordFirstKeys,
  placeWordTrie,
  sortedStarts,
} from "./lexicon.js";
import type { Place, PlaceKind, PlaceMention } from "./schema.js";

type Level = "province" | "district" | "commune";

/** One mention found over tokens `[first, end)`, before mentions are grouped into places. */
interface RawPlace {
  first: number;
  end: number;
  /** First token of the proper name (after the class word). */
  nameFirst: number;
  kind: PlaceKind;
  level: Level | null;
  /** The class word's group ("quốc lộ" for "QL"), or the admin level; "" for a bare name. */
  group: string;
  shortName: string;
  province: string | null;
  foreign: boolean;
  /** Whether the class word was written ("huyện Đăk Hà", not "Đăk Hà"). */
  classWritten: boolean;
  /** True when shortName is the tokens `[nameFirst, end)` as written (grouped by their keys). */
  fromTokens?: boolean;
}

const MAX_NAME_TOKENS = 6;
/** How high a unit stands: a place followed by a higher one ("xã A, huyện B, tỉnh C") lies in it. */
const RANK = new Map<string, number>([
  ["commune", 1],
  ["district", 2],
  ["province", 3],
]);
const rankOf = (r: RawPlace) =>
  r.level === null ? (r.kind === "country" ? 9 : 0) : (RANK.get(r.level) ?? 0);

const isNameToken = (t: Token | undefined) => t !== undefined && isTitleCase(t);
const isCode = (t: Token | undefined) =>
  t !== undefined && (t.kind === "number" || (t.kind === "abbr" && /^\d/.test(t.normalized)));

/** A name or a number: what follows a level word. */
const isNamed = (x: Token | undefined) => x !== undefined && (isNameToken(x) || x.kind === "number");

/** True when `s` holds an ASCII digit. */
function hasDigit(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The letters of a glued code before its digits, without a dot: "QL" of "QL1A", "ĐT" of "ĐT.741". */
function codeLetters(s: string): string {
  let k = 0;
  while (k < s.length && !(s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57)) k++;
  return s.charCodeAt(k - 1) === 46 ? s.slice(0, k - 1) : s.slice(0, k);
}

/** Tokens `[from, to)` as normalised text, one space where the input had any. */
function joined(tokens: readonly Token[], from: number, to: number): string {
  let s = "";
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (k > from && t.start > (tokens[k - 1] as Token).end) s += " ";
    s += t.normalized;
  }
  return s;
}

/**
 * The end of a proper name starting at token k: capitalised syllables on one line ("Đăk Hà",
 * "H'leo"), joined by a hyphen inside a name ("Ia-Dom"), at most a few. Roads may join two names
 * by a dash ("đường Bà Triệu – Lê Đại Hành"). An administrative word ends it ("huyện A tỉnh B").
 */
function nameEnd(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  k: number,
  allowDash: boolean,
): number {
  let j = k;
  while (j < tokens.length && j - k < MAX_NAME_TOKENS) {
    const t = tokens[j] as Token;
    if (j > k && crossesLine(tokens, input, j)) break;
    if (isNameToken(t)) {
      if (j > k && levelAt(tokens, keys, input, j) !== null) break;
      j++;
      continue;
    }
    const dash = t.kind === "punct" && (t.normalized === "-" || t.normalized === "–");
    if (j > k && dash && isNameToken(tokens[j + 1]) && !crossesLine(tokens, input, j + 1)) {
      // a hyphen glued to both sides is inside one name ("Ia-Dom"); a spaced dash joins two roads
      const glued = t.start === (tokens[j - 1] as Token).end && (tokens[j + 1] as Token).start === t.end;
      if (glued || allowDash) {
        j++;
        continue;
      }
    }
    break;
  }
  return j;
}

function levelOfAdmin(level: string, place: readonly PlaceEntry[] | null): { kind: PlaceKind; level: Level } {
  switch (level) {
    case "tinh":
      return { kind: "province", level: "province" };
    case "thanh_pho":
      // "thành phố Hà Nội" is a province-level city; "thành phố Vinh" a city inside a province
      return place?.some((p) => p.level === "province")
        ? { kind: "city", level: "province" }
        : { kind: "city", level: "district" };
    case "quan":
    case "huyen":
    case "thi_xa":
      return { kind: "district", level: "district" };
    default:
      return { kind: "commune", level: "commune" };
  }
}

/** The province a known name belongs to, for a unit of the given level. */
function provinceOf(places: readonly PlaceEntry[] | null, level: Level | null): string | null {
  if (places === null) return null;
  const want = level === "province" ? "province" : level === "district" ? "district" : null;
  const hit = places.find((p) => p.level === (want ?? p.level));
  if (hit === undefined) return null;
  if (want === null && hit.level !== "province") return null;
  return hit.province;
}

/**
 * "yêu cầu Công an", "bà xã", "phiên bản", "nông thôn mới": a one-syllable class or level word
 * written in lower case that makes one dictionary word with the syllable before it is the end of
 * that word, not the start of a place. Unless that syllable already closes a word on its left
 * ("trung tâm thành …"), which the segmenter would read first, or is a word after which places
 * are named ("từ đường …": the preposition, not "từ đường", an ancestral house).
 */
function closesWordBefore(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  i: number,
): boolean {
  // (no token is read at a negative index: one such read turns the engine's lookup at that
  // place in the code into its slow, generic form for every later call)
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const t = tokens[i] as Token;
  if (prev === undefined || prev.kind !== "word" || isCapitalized(t.normalized)) return false;
  if (t.start !== prev.end + 1 || input.charCodeAt(prev.end) !== 32) return false;
  if (!isDictionaryWord([keys[i - 1] ?? "", keys[i] ?? ""])) return false;
  // a word after which a place is named ("từ đường Cộng Hòa", "tuyến đường …") stays a preposition
  const lead = orgTrie().longestAt(keys, tokens, input, i - 1);
  if (lead !== null && lead.end === i && lead.values.some((v) => v.kind === "place_word")) return false;
  const before = i > 1 ? tokens[i - 2] : undefined;
  return !(
    before !== undefined &&
    before.kind === "word" &&
    prev.start === before.end + 1 &&
    input.charCodeAt(before.end) === 32 &&
    isDictionaryWord([keys[i - 2] ?? "", keys[i - 1] ?? ""])
  );
}

/** An administrative unit at i: "huyện Đăk Hà", "TP. Hồ Chí Minh", "phường 5", "Quận 1". */
function adminAt(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  i: number,
): RawPlace | null {
  // a level word ("huyện", "thành phố", "TP.") is followed by a name or a number at once; read
  // before the level word's trie walk (the caller's first-key test let the token through), as
  // most level words of a text are common words' syllables ("xã hội", "thành công")
  if (!isNamed(tokens[i + 1]) && !isNamed(tokens[i + 2]) && !isNamed(tokens[i + 3])) return null;
  const level = levelAt(tokens, keys, input, i);
  if (level === null) return null;
  const k = level.end;
  if (k >= tokens.length || crossesLine(tokens, input, k)) return null;
  const next = tokens[k] as Token;
  const known = placeAt(tokens, keys, input, k);
  const numbered = next.kind === "number" && (level.level === "quan" || level.level === "phuong");
  if (known === null && !isNameToken(next) && !numbered) return null;
  // (the dictionary test last: the tests above are cheaper and turn most level words away)
  if (level.end === i + 1 && closesWordBefore(tokens, keys, input, i)) return null;
  const end =
    known !== null
      ? Math.max(known.end, nameEnd(tokens, keys, input, k, false))
      : isNameToken(next)
        ? nameEnd(tokens, keys, input, k, false)
        : k + 1;
  const places = known !== null && known.end === end ? known.places : null;
  const { kind, level: lv } = levelOfAdmin(level.level, places);
  const shortName = joined(tokens, k, end);
  let province = provinceOf(places, lv);
  if (lv === "province") province = places?.find((p) => p.level === "province")?.name ?? shortName;
  return {
    first: i,
    end,
    nameFirst: k,
    kind,
    level: lv,
    group: lv,
    shortName,
    province,
    foreign: false,
    classWritten: true,
    fromTokens: places === null,
  };
}

/** A road, village or landmark at i: "Quốc lộ 1A", "QL1A", "cầu Long Biên", "thôn 5", "chợ Bến Thành". */
function classWordAt(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  i: number,
): RawPlace | null {
  const t = tokens[i] as Token;
  const key = keys[i] ?? "";
  const mayBeClassWord = placeWordTrie().mayStartWith(key) && placeWordFirstKeys().has(key);
  // (a code has a digit: the regex runs only on codes such as "QL1A", not on "UBND" or "CATP", and
  // only when the letters before the digits are a road code: "PC45", "29A" are turned away without
  // it, as the regex and the class-word test below would turn them away)
  const glued =
    t.kind === "abbr" &&
    hasDigit(t.normalized) &&
    (mayBeClassWord || gluedRoadCodes().has(codeLetters(t.normalized)))
      ? /^(\p{Lu}{1,3})\.?(\d{1,4}[A-Z]?)$/u.exec(t.normalized)
      : null;
  if (glued !== null) {
    const row = gluedRoadCodes().get(glued[1] as string);
    if (row === undefined) return null;
    return {
      first: i,
      end: i + 1,
      nameFirst: i,
      kind: row.kind,
      level: null,
      group: row.group,
      shortName: glued[2] as string,
      province: null,
      foreign: false,
      classWritten: true,
    };
  }
  if (!mayBeClassWord) return null;
  // a class word is followed, within its own length, by a name or a number
  let named = false;
  for (let j = i + 1; j < i + 5 && j < tokens.length && !named; j++) {
    const x = tokens[j] as Token;
    named = isNameToken(x) || x.kind === "number" || x.kind === "abbr";
  }
  if (!named) return null;
  const m = placeWordTrie().longestAt(keys, tokens, input, i);
  if (m === null) return null;
  const row = m.values[0];
  if (row === undefined) return null;
  let k = m.end;
  // "đường số 5", "Quốc lộ số 1A"
  if (keys[k] === "số" && isCode(tokens[k + 1])) k++;
  if (k >= tokens.length || crossesLine(tokens, input, k)) return null;
  const next = tokens[k] as Token;
  const nameFollows = row.follows !== "number" && isNameToken(next);
  if (!nameFollows && !(row.follows !== "name" && isCode(next))) return null;
  // (the word and name tests after the cheaper ones above, which turn most class words away)
  if (m.end === i + 1 && closesWordBefore(tokens, keys, input, i)) return null;
  // "Hồ Văn Minh", "Đèo Văn Sơn": a capitalised one-syllable class word mid-sentence that is also a
  // surname begins a person's name, not a place
  if (
    m.end === i + 1 &&
    isTitleCase(t) &&
    !isSentenceStart(tokens, input, i) &&
    surnameSet().has(keys[i] ?? "")
  )
    return null;
  const end = nameFollows ? nameEnd(tokens, keys, input, k, row.kind === "road") : k + 1;
  return {
    first: i,
    end,
    nameFirst: k,
    kind: row.kind,
    level: null,
    group: row.group,
    shortName: joined(tokens, k, end),
    province: null,
    foreign: false,
    classWritten: true,
    fromTokens: true,
  };
}

/** Words before which a country that is also a common word or name ("Mỹ", "Anh", "Pháp") is a country. */
const COUNTRY_CUES = new Set(["nước", "tại", "ở", "sang", "từ"]);

/**
 * A province, city, district of a centrally-run city or country named bare: "Hà Nội", "Sóc Sơn",
 * "Lào". Token i is a name token (the caller's test, not made twice).
 */
function bareAt(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  i: number,
): RawPlace | null {
  // the last syllables of a longer name ("Nguyễn Hải Phòng") are not a place (tested before the
  // lookups: every syllable of a name after its first is turned away here)
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (
    prev !== undefined &&
    isNameToken(prev) &&
    !crossesLine(tokens, input, i) &&
    !isSentenceStart(tokens, input, i)
  )
    return null;
  const known = placeAt(tokens, keys, input, i);
  const country = known === null ? countryTrie().longestAt(keys, tokens, input, i) : null;
  const end = known?.end ?? country?.end ?? -1;
  if (end < 0) return null;
  // "Hà Nam Ninh", "Lào Cai" read as "Lào": the name goes on
  const after = tokens[end];
  if (
    after !== undefined &&
    isNameToken(after) &&
    !crossesLine(tokens, input, end) &&
    !surnameSet().has(keys[end] ?? "")
  )
    return null;
  const shortName = joined(tokens, i, end);
  if (known !== null) {
    const province = known.places.find((p) => p.level === "province");
    if (province !== undefined)
      return {
        first: i,
        end,
        nameFirst: i,
        kind: province.type === "thanh_pho" ? "city" : "province",
        level: "province",
        group: "province",
        shortName: province.name.startsWith("Thành phố ") ? shortName : province.name,
        province: province.name,
        foreign: false,
        classWritten: false,
      };
    const district = known.places[0] as PlaceEntry;
    return {
      first: i,
      end,
      nameFirst: i,
      kind: "district",
      level: "district",
      group: "district",
      shortName,
      province: district.province,
      foreign: false,
      classWritten: false,
    };
  }
  const entry = country?.values[0];
  if (entry === undefined) return null;
  if (!entry.bare && !(i > 0 && COUNTRY_CUES.has(keys[i - 1] as string))) return null;
  return {
    first: i,
    end,
    nameFirst: i,
    kind: "country",
    level: null,
    group: "country",
    shortName: entry.name,
    province: null,
    foreign: entry.foreign,
    classWritten: false,
  };
}

/**
 * The place of each expansion read so far (token positions left at 0; copied for each use): the
 * same few codes (`TP.HCM`, `HN`) come back in article after article.
 */
const placeByExpansion = boundedMemo(1000, placeOfExpansion);

/** "TP.HCM", "TPHCM", "HN": an abbreviation that stands for a province-level city or a country. */
function abbreviationAt(use: AbbreviationUse): RawPlace | null {
  const found = placeByExpansion(use.expansion);
  return found === null ? null : { ...found, first: use.first, end: use.last + 1, nameFirst: use.first };
}

let namedPlacesCache:
  | { provinces: Map<string, PlaceEntry>; countries: Map<string, CountryEntry> }
  | undefined;
/** Provinces (without "Thành phố") and countries by the key of every spelling of their name. */
function namedPlaces(): { provinces: Map<string, PlaceEntry>; countries: Map<string, CountryEntry> } {
  if (namedPlacesCache === undefined) {
    const provinces = new Map<string, PlaceEntry>();
    const countries = new Map<string, CountryEntry>();
    for (const p of PROVINCE_ROWS) {
      const entry: PlaceEntry = { name: p.name, level: "province", type: p.type, province: p.name };
      provinces.set(matchKey(p.name.replace(/^Thành phố /u, "")), entry);
    }
    for (const c of COUNTRY_ROWS)
      for (const name of [c.name, ...c.variants])
        countries.set(matchKey(name), { name: c.name, bare: c.bare, foreign: c.foreign });
    namedPlacesCache = { provinces, countries };
  }
  return namedPlacesCache;
}

/** The place an expansion names ("Thành phố Hồ Chí Minh", "Việt Nam"), token positions left at 0. */
function placeOfExpansion(full: string): RawPlace | null {
  const key = matchKey(full.replace(/^thành phố\s+/iu, ""));
  const province = namedPlaces().provinces.get(key);
  const country = province === undefined ? namedPlaces().countries.get(key) : undefined;
  if (province === undefined && country === undefined) return null;
  const first = 0;
  const end = 0;
  if (province !== undefined)
    return {
      first,
      end,
      nameFirst: first,
      kind: province.type === "thanh_pho" ? "city" : "province",
      level: "province",
      group: "province",
      shortName: province.name.replace(/^Thành phố /u, ""),
      province: province.name,
      foreign: false,
      classWritten: true,
    };
  const entry = country;
  if (entry === undefined) return null;
  return {
    first,
    end,
    nameFirst: first,
    kind: "country",
    level: null,
    group: "country",
    shortName: entry.name,
    province: null,
    foreign: entry.foreign,
    classWritten: false,
  };
}

const CHAIN_GLUE = new Set([",", "-", "–", "("]);

/** "xã A, huyện B, tỉnh C": each unit lies in the next higher one written right after it. */
function provincesFromChains(raws: RawPlace[], tokens: readonly Token[]): void {
  for (let n = raws.length - 2; n >= 0; n--) {
    const a = raws[n] as RawPlace;
    const b = raws[n + 1] as RawPlace;
    if (a.kind === "country" || b.kind === "country") continue;
    const gap = b.first - a.end;
    if (gap > 1) continue;
    if (gap === 1 && !CHAIN_GLUE.has((tokens[a.end] as Token).normalized)) continue;
    if (rankOf(b) <= rankOf(a)) continue;
    const parent = b.level === "province" ? (b.province ?? b.shortName) : b.province;
    if (parent !== null && a.province === null) a.province = parent;
  }
}

export interface FindPlacesOptions {
  /** Abbreviation uses by first token (from analyzeAbbreviations): "TP.HCM", "HN". */
  abbreviationsByToken?: ReadonlyMap<number, AbbreviationUse>;
  /** The abbreviations found: only those of lexicon category `place` (or none) are read as places. */
  abbreviations?: readonly Pick<Abbreviation, "abbr" | "category">[];
  /** Spans that hold no place of their own: persons' names, boilerplate. */
  exclude?: readonly Span[];
  /** Organisation mentions: a place inside one is marked `inOrganization`. */
  organizations?: readonly Span[];
}

const bySpanStart = (a: Span, b: Span) => a.start - b.start;

/**
 * Places over tokens, in one pass: administrative units after their level word, roads, villages
 * and landmarks after their class word (data/place-words.tsv), and bare names of provinces,
 * districts of the centrally-run cities and countries (data/provinces.tsv, data/districts.tsv,
 * data/countries.tsv). Mentions are grouped by kind and name.
 * @example
 * const text = "Vụ tai nạn xảy ra trên Quốc lộ 1A.";
 * const tokens = tokenize(text);
 * findPlacesInTokens(text, tokens, tokens.map((t) => matchKey(t.normalized)))[0]?.kind; // "road"
 */
export function findPlacesInTokens(
  input: string,
  tokens: readonly Token[],
  keys: readonly string[],
  options: FindPlacesOptions = {},
): Place[] {
  const exclude = [...(options.exclude ?? [])].sort(bySpanStart);
  const byToken = options.abbreviationsByToken;
  const raws: RawPlace[] = [];
  // abbreviations the lexicon files under another category than place (CATP, UBND, ANTQ)
  const notPlaces =
    options.abbreviations === undefined
      ? null
      : new Set(
          options.abbreviations
            .filter((a) => a.category !== null && a.category !== "place")
            .map((a) => a.abbr),
        );
  const useStarts = sortedStarts(byToken, tokens.length);
  let u = 0;
  let x = 0;
  let excludedUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    while (x < exclude.length && (exclude[x] as Span).start <= t.start) {
      excludedUntil = Math.max(excludedUntil, (exclude[x] as Span).end);
      x++;
    }
    if (t.start < excludedUntil) continue;
    if (t.kind !== "word" && t.kind !== "name" && t.kind !== "abbr") continue;
    while ((useStarts[u] as number) < i) u++;
    const found = useStarts[u] === i ? byToken?.get(i) : undefined;
    const use = found !== undefined && (notPlaces === null || !notPlaces.has(found.abbr)) ? found : undefined;
    // each reader's own first test is made here, before the call: most words of a text are lower
    // case and open no level word and no class word, and then no reader is called at all
    // (callgrind: 18% fewer instructions for this stage and the organisations stage together)
    const key = keys[i] as string;
    // (one filter for both kinds of word first: a word that opens neither, which most words are,
    // asks neither trie's own filter and is turned away unless it is a name; a name's case, read
    // once, is kept for the bare-name reader below)
    const opensWord = mayBeginLevelOrClassWord(key);
    let name: boolean | undefined;
    if (use === undefined && !opensWord && t.kind !== "abbr") {
      name = isNameToken(t);
      if (!name) continue;
    }
    let raw = use !== undefined ? abbreviationAt(use) : null;
    if (raw === null && opensWord && mayBeginLevel(key)) raw = adminAt(tokens, keys, input, i);
    if (raw === null && (t.kind === "abbr" || (opensWord && placeWordTrie().mayStartWith(key))))
      raw = classWordAt(tokens, keys, input, i);
    if (raw === null && (name ?? isNameToken(t))) raw = bareAt(tokens, keys, input, i);
    if (raw === null) continue;
    // "TP. Theo đó", "đường Với …": a class word before a run-in sentence names no place;
    // "tỉnh Lào Cai Tháng 6": a name ends before one
    // (a name the gazetteer knows whole is kept: "Ba Vì", "Các Tiểu vương quốc Ả Rập Thống nhất";
    // asked only where a run-in word stands)
    const runInFirst = opensRunIn(tokens, keys, input, raw.nameFirst);
    const runInLast =
      !runInFirst && raw.end - 1 > raw.nameFirst && opensRunIn(tokens, keys, input, raw.end - 1);
    if (runInFirst || runInLast) {
      const known =
        placeAt(tokens, keys, input, raw.nameFirst) ??
        countryTrie().longestAt(keys, tokens, input, raw.nameFirst);
      if (known === null || known.end < raw.end) {
        if (runInFirst) continue;
        raw.end--;
        if (raw.fromTokens === true) raw.shortName = joined(tokens, raw.nameFirst, raw.end);
      }
    }
    // a name running into an excluded span (a person's name) is cut before it
    const lastEnd = (tokens[raw.end - 1] as Token).end;
    const nextExcluded = x < exclude.length ? (exclude[x] as Span).start : Number.POSITIVE_INFINITY;
    if (lastEnd > nextExcluded) continue;
    raws.push(raw);
    i = raw.end - 1;
  }
  provincesFromChains(raws, tokens);
  const places = groupPlaces(input, tokens, keys, raws);
  if (options.organizations !== undefined) markInOrganization(places, options.organizations);
  return places;
}

/** The lookup keys of tokens `[from, to)`, one space apart: a name's key however it is written. */
function keysText(keys: readonly string[], from: number, to: number): string {
  let s = keys[from] ?? "";
  for (let k = from + 1; k < to; k++) s += ` ${keys[k] ?? ""}`;
  return s;
}

/** matchKey of a place's name, by name: articles name the same places again and again. */
const keyOfName = boundedMemo(4000, matchKey);

function groupPlaces(
  input: string,
  tokens: readonly Token[],
  keys: readonly string[],
  raws: readonly RawPlace[],
): Place[] {
  const places = new Map<string, { place: Place; full: boolean }>();
  for (const r of raws) {
    const first = tokens[r.first] as Token;
    const last = tokens[r.end - 1] as Token;
    const mention: PlaceMention = {
      start: first.start,
      end: last.end,
      text: input.slice(first.start, last.end),
      inOrganization: false,
    };
    const nameKey = r.fromTokens === true ? keysText(keys, r.nameFirst, r.end) : keyOfName(r.shortName);
    const key = `${r.kind === "city" || r.kind === "province" ? r.level : r.kind}|${r.group}|${nameKey}`;
    const seen = places.get(key);
    if (seen === undefined) {
      places.set(key, {
        full: r.classWritten,
        place: {
          id: "",
          name: joined(tokens, r.first, r.end),
          shortName: r.shortName,
          kind: r.kind,
          level: r.level,
          province: r.province,
          foreign: r.foreign,
          mentions: [mention],
        },
      });
      continue;
    }
    seen.place.mentions.push(mention);
    if (!seen.full && r.classWritten) {
      seen.full = true;
      seen.place.name = joined(tokens, r.first, r.end);
      seen.place.kind = r.kind;
    }
    seen.place.province ??= r.province;
  }
  const out = [...places.values()].map((p) => p.place);
  out.forEach((p, n) => {
    p.id = `l${n + 1}`;
  });
  return out;
}

/**
 * Marks the mentions that lie inside an organisation's name (`huyện Đăk Hà` in `Công an huyện Đăk
 * Hà`). Organisation spans never overlap one another, so each mention has one candidate: the
 * last organisation that starts at or before it.
 */
export function markInOrganization(places: readonly Place[], organizations: readonly Span[]): void {
  const orgs = [...organizations].sort(bySpanStart);
  for (const p of places)
    for (const m of p.mentions) {
      let lo = 0;
      let hi = orgs.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((orgs[mid] as Span).start <= m.start) lo = mid + 1;
        else hi = mid;
      }
      const org = lo > 0 ? orgs[lo - 1] : undefined;
      m.inOrganization = org !== undefined && m.end <= org.end;
    }
}

/**
 * Mentions that begin with a lower-case class word (`đường Trường Chinh`, `chợ Bến Thành`, `thôn
 * 3`): certainly places, so no organisation starts inside them (`Trường` is no school there).
 */
export function classWordMentions(places: readonly Place[]): Span[] {
  const out: Span[] = [];
  for (const p of places) {
    if (p.kind !== "road" && p.kind !== "village" && p.kind !== "landmark") continue;
    for (const m of p.mentions) {
      const c = m.text.charAt(0);
      if (c !== c.toUpperCase()) out.push({ start: m.start, end: m.end, text: m.text });
    }
  }
  return out;
}
