import type { Abbreviation, AbbreviationUse } from "../abbreviations/index.js";
import { ABBREVIATION_ROWS } from "../generated/abbreviations.js";
import { ORG_END_PHRASES } from "../generated/entity-words.js";
import { ORGANIZATION_ROWS } from "../generated/organizations.js";
import { TITLE_ROWS } from "../generated/titles.js";
import {
  boundedMemo,
  crossesLine,
  isTitleCase,
  opensRunIn,
  orgTrie,
  PhraseTrie,
  phraseKeys,
  titleTrie,
} from "../lexicon/index.js";
import { countryTrie, sortedStarts } from "../places/lexicon.js";
import { isDictionaryWord, longestDictionaryWord } from "../segment/dictionary.js";
import type { Span } from "../span.js";
import { isCapitalized, matchKey } from "../text/index.js";
import {
  expandTokens,
  joinTokens,
  parseOrganization,
  parseTitleAt,
  withoutTrailingPrepositions,
} from "../titles/index.js";
import type { Token } from "../tokenize/index.js";
import { kindAndLevel, kindAndLevelOf, partyBodyAt } from "./kinds.js";
import {
  beginArticle,
  countryMatchAt,
  endArticle,
  levelMatchAt,
  orgMatchAt,
  placeMatchAt,
} from "./lookups.js";
import type { Organization } from "./schema.js";

/** Abbreviation categories (data/abbreviations.tsv) that name a body: `CATP`, `UBND`, `BCH`. */
const BODY_CATEGORIES = new Set(["organization", "police_unit", "party", "government", "mass_org"]);

export interface FindOrganizationsOptions {
  /** Abbreviation uses by first token (from analyzeAbbreviations): spell out `CATP`, `UBND`. */
  abbreviationsByToken?: ReadonlyMap<number, AbbreviationUse>;
  /** The abbreviations found (for their lexicon category: a body's `CATP`, not a plate's `BKS`). */
  abbreviations?: readonly Pick<Abbreviation, "abbr" | "category">[];
  /** Spans that hold no organisation: persons' names, boilerplate. */
  exclude?: readonly Span[];
}

/** One mention over tokens `[first, end)`, with its name as written and spelled out. */
interface RawOrg {
  first: number;
  end: number;
  /** As written and spelled out when a title gave them; null: read from the tokens when grouped. */
  name: string | null;
  expanded: string | null;
}

/** Abbreviation uses that stand for a body (`CATP`, `UBND`; not `SN`, `BKS`, `ANTQ`). */
function bodyUse(use: AbbreviationUse | undefined, categories: ReadonlyMap<string, string | null>): boolean {
  if (use === undefined || use.definition) return false;
  const category = categories.get(use.abbr) ?? null;
  return category !== null ? BODY_CATEGORIES.has(category) : isCapitalized(use.expansion);
}

/** A capitalised organisation noun or whole name at i (`Công an`, `Bộ Công an`), not a level word (`Tỉnh`). */
function orgWordAt(tokens: readonly Token[], keys: readonly string[], input: string, i: number): boolean {
  if (!isCapitalized((tokens[i] as Token).normalized)) return false;
  const m = orgMatchAt(tokens, keys, input, i);
  if (m === null) return false;
  // "Trường Sa", "Trường Chinh", "Hội An", "Vụ Bản": a unit noun that makes one word of the
  // dictionary with the capitalised syllable after it is that name's syllable, unless that
  // syllable begins a word of its own with the next ("Ban Công tác", not "ban công")
  const next = tokens[m.end];
  if (
    next !== undefined &&
    isTitleCase(next) &&
    !crossesLine(tokens, input, m.end) &&
    isDictionaryWord([keys[m.end - 1] ?? "", keys[m.end] ?? ""]) &&
    (tokens[m.end + 1] === undefined ||
      crossesLine(tokens, input, m.end + 1) ||
      !isDictionaryWord([keys[m.end] ?? "", keys[m.end + 1] ?? ""]))
  )
    return false;
  for (const v of m.values) if (v.kind === "org_head" || v.kind === "org_fixed") return true;
  return false;
}

/**
 * True when the phrase at `[first, end)` names no one unit: an organisation noun alone ("Phòng",
 * "Công an") or with common words only ("Ban tổ chức", "Đoàn công tác"). A whole name ("Chính
 * phủ"), a proper name, a code, a number or a level word ("Công an tỉnh") makes it one.
 */
function isGeneric(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  first: number,
  end: number,
) {
  if ((tokens[first] as Token).kind === "abbr") return false;
  const m = orgMatchAt(tokens, keys, input, first);
  if (m !== null && m.end >= end && m.values.some((v) => v.kind === "org_fixed")) return false;
  // a party committee alone ("Đảng ủy", "Thành ủy") is the one of the unit the text speaks of
  if (m !== null && m.end === end && partyBodyAt(tokens, keys, input, first)) return false;
  for (let k = m?.end ?? first + 1; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "abbr" || t.kind === "number" || isTitleCase(t)) return false;
    if (levelMatchAt(tokens, keys, input, k) !== null) return false;
  }
  return true;
}

let endTrieCache: PhraseTrie<string> | undefined;
/** Lower-case verbs and function words that follow an organisation (data/organization-ends.tsv). */
function endTrie(): PhraseTrie<string> {
  if (endTrieCache === undefined) {
    const trie = new PhraseTrie<string>();
    for (const phrase of ORG_END_PHRASES) trie.add(phraseKeys(phrase), phrase);
    endTrieCache = trie;
  }
  return endTrieCache;
}

/** Expansion categories of data/abbreviations.tsv that name organisations. */
const ORGANIZATION_CATEGORIES = new Set(["police_unit", "organization", "government", "party", "mass_org"]);

let nameSyllablesCache: Set<string> | undefined;
/**
 * The syllables written in lower case inside the organisation names the data knows (expansions
 * of unit codes, typical organisations of positions, the organisation lexicon): `điều tra`,
 * `tội phạm`, `về`, `ma túy`, `quản lý`, `xuất nhập cảnh`. Official style writes a unit's name in
 * lower case after its first word ("Phòng Cảnh sát điều tra tội phạm về ma túy"), so case alone
 * cannot tell where a name ends; its words can.
 */
function nameSyllables(): Set<string> {
  if (nameSyllablesCache !== undefined) return nameSyllablesCache;
  const set = new Set<string>();
  const add = (name: string) => {
    for (const w of name.split(/[\s,;()/&-]+/u))
      if (w !== "" && w === w.toLowerCase() && /^\p{L}+$/u.test(w)) set.add(matchKey(w));
  };
  for (const row of ABBREVIATION_ROWS)
    if (ORGANIZATION_CATEGORIES.has(row.category ?? "")) add(row.expansion);
  for (const row of TITLE_ROWS) for (const o of row.typicalOrganizations) add(o);
  for (const row of ORGANIZATION_ROWS)
    if (row.kind === "org_head" || row.kind === "org_fixed") add(row.phrase);
  nameSyllablesCache = set;
  return set;
}

/**
 * "Bộ Xây dựng quy định rõ …", "Sở Y tế quản lý 20 …", "Bộ GD&ĐT liên tục thay đổi …": a lower-case
 * word after the name that no known organisation name uses ends the name there. The word is read
 * whole (the longest dictionary word of lower-case syllables at k), so that a name never ends in
 * the middle of a word; a syllable that completes a word begun by a capitalised one ("Y tế",
 * "Công an") belongs to the name. Returns the number of syllables the word spans, or 0 when the
 * name ends at k.
 */
function nameWordAt(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  k: number,
  limit: number,
): number {
  if (continuesCapitalisedWord(tokens, keys, k)) return 1;
  const n = Math.max(
    1,
    longestDictionaryWord((m) =>
      k + m < limit && isLowerWord(tokens[k + m] as Token) ? keys[k + m] : undefined,
    ),
  );
  const known = nameSyllables();
  for (let j = k; j < k + n; j++)
    if (!known.has(keys[j] ?? "")) return namedAfter(tokens, keys, input, k, limit) ? n : 0;
  return n;
}

/** "Y tế", "Công an": the lower-case syllable at k completes a word begun by a capitalised one. */
function continuesCapitalisedWord(tokens: readonly Token[], keys: readonly string[], k: number): boolean {
  return isTitleCase(tokens[k - 1] as Token) && isDictionaryWord([keys[k - 1] ?? "", keys[k] ?? ""]);
}

/**
 * "Liên đoàn bóng đá Việt Nam", "Tổng cục hải quan Trung Quốc", "Công ty TNHH dệt Pacific": a
 * short lower-case run that leads, on the same line and with no mark between, to a capitalised
 * word is the middle of a longer name, whatever its words.
 */
function namedAfter(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  k: number,
  limit: number,
): boolean {
  for (let j = k; j < limit && j <= k + 3; j++) {
    const t = tokens[j] as Token;
    if (isTitleCase(t) || t.kind === "abbr") return true;
    if (!isLowerWord(t) || t.start !== (tokens[j - 1] as Token).end + 1) return false;
    // "… trang trọng tổ chức Đại hội": a verb of data/organization-ends.tsv on the way ends it
    if (j > k && endTrie().longestAt(keys, tokens, input, j) !== null) return false;
  }
  return false;
}

const isLowerWord = (t: Token) => t.kind === "word" && !isCapitalized(t.normalized);

/**
 * Where an organisation phrase really ends. A unit named by an abbreviation (`CATP`) takes only a
 * place after it (`CATP Hà Nội`, `UBND xã Ninh Sở`), never the verb that follows (`CATP đề nghị`).
 * Any unit ends before a lower-case verb of data/organization-ends.tsv (`Phòng Hậu cần phối hợp`),
 * and a name already complete (a level word and its name, a province, a country: `Công an huyện
 * Tân Kỳ`, `Tỉnh ủy Quảng Trị`) takes no lower-case word after it (`… tổ chức`, `… ban hành`).
 */
function trimEnd(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  first: number,
  end: number,
  abbreviated: boolean,
): number {
  const trimmed = withoutTrailingPrepositions(
    keys,
    first,
    phraseEnd(tokens, keys, input, first, end, abbreviated),
  );
  // "TTXVN Tại hội nghị", "Bộ Công Thương Theo đó": a capitalised stop word with a lower-case word
  // after it opens a sentence run in after the name (a caption or a lead without its full stop)
  return trimmed - 1 > first && opensRunIn(tokens, keys, input, trimmed - 1) ? trimmed - 1 : trimmed;
}

/** Token i is the first or an inner syllable of a country's name (`Đài Loan`, `Tây Ban Nha`). */
function inCountryName(tokens: readonly Token[], keys: readonly string[], input: string, i: number): boolean {
  for (let j = i; j >= 0 && j > i - 4; j--) {
    if (!isCapitalized((tokens[j] as Token).normalized)) return false;
    const country = countryTrie().longestAt(keys, tokens, input, j);
    if (country !== null && country.end > i) return true;
  }
  return false;
}

/** trimEnd before its last step (see there). */
function phraseEnd(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  first: number,
  end: number,
  abbreviated: boolean,
): number {
  const limit = abbreviated ? afterAbbreviation(tokens, keys, input, first, end) : end;
  let complete = false;
  for (let k = first + 1; k < limit; k++) {
    const t = tokens[k] as Token;
    // "Sở Kế hoạch và đầu tư": a ministry's field is the unit's, whatever verbs it holds
    if (!complete && isTitleCase(t)) {
      const field = orgMatchAt(tokens, keys, input, k);
      if (field !== null && field.end <= limit && field.values.some((v) => v.kind === "org_field")) {
        k = field.end - 1;
        continue;
      }
    }
    if (isLowerWord(t)) {
      if (complete || endTrie().longestAt(keys, tokens, input, k) !== null) return k;
      // "Vụ tai nạn", "Trường hợp", "Hội nghị", "Đội ngũ": a one-word unit noun followed by a common
      // word is that word's compound, no unit ("Bệnh viện đa khoa", "Công ty cổ phần" are units)
      const level = levelMatchAt(tokens, keys, input, k);
      if (k === first + 1 && !abbreviated && level === null) {
        const head = orgMatchAt(tokens, keys, input, first);
        if (head !== null && head.end === k && k === first + 1) return first;
      }
      // "trật tự xã hội": a level word that opens a word with the next syllable is that word
      const inWord =
        level !== null &&
        level.end === k + 1 &&
        k + 1 < limit &&
        isLowerWord(tokens[k + 1] as Token) &&
        isDictionaryWord([keys[k] ?? "", keys[k + 1] ?? ""]);
      if (level !== null && !inWord) {
        // "huyện Tân Kỳ", "phường 5": the level word and its name complete the unit
        const next = tokens[level.end];
        if (level.end < limit && next !== undefined && (isTitleCase(next) || next.kind === "number")) {
          k = level.end;
          while (k + 1 < limit && isTitleCase(tokens[k + 1] as Token)) k++;
        } else k = level.end - 1;
        // a level word with no name ("Công an thành phố", "UBND tỉnh") is the article's own unit
        complete = true;
        continue;
      }
      // "Đội CSGT số 2": the number word before a unit's number
      if (keys[k] === "số" && tokens[k + 1]?.kind === "number") continue;
      const n = nameWordAt(tokens, keys, input, k, limit);
      if (n === 0) return k;
      k += n - 1;
      continue;
    }
    // "Trung đoàn 841", "Đội CSGT số 2": a number closes the unit's name; after a lower-case word
    // that is no level word ("Sở Y tế quản lý 20 bệnh viện") it is a count, and the name ended
    // where the lower-case words began
    if (t.kind === "number") {
      let from = k;
      while (
        from - 1 > first &&
        isLowerWord(tokens[from - 1] as Token) &&
        keys[from - 1] !== "số" &&
        levelMatchAt(tokens, keys, input, from - 1) === null &&
        !continuesCapitalisedWord(tokens, keys, from - 1)
      )
        from--;
      if (from < k) return from;
      complete = true;
    }
    // "Ủy ban An toàn Giao thông Quốc gia (ATGTQG)": the code in brackets defines the unit, it is no part of its name
    // (the code inside a name, "Phòng Cảnh sát hình sự (PC45) Công an tỉnh", stays)
    if (t.normalized === "(" && tokens[k + 1]?.kind === "abbr" && k + 3 >= limit) return k;
    if (isTitleCase(t)) {
      const place = placeMatchAt(tokens, keys, input, k);
      const country = place === null ? countryMatchAt(tokens, keys, input, k) : null;
      const named = place ?? country;
      const after = tokens[named?.end ?? 0];
      if (
        named !== null &&
        named.end <= limit &&
        (named.end === limit || after === undefined || !isTitleCase(after))
      ) {
        k = named.end - 1;
        complete = true;
      }
    }
  }
  return limit;
}

/** A unit named by an abbreviation takes only codes, numbers, proper names and places after it. */
function afterAbbreviation(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  first: number,
  end: number,
): number {
  let j = first + 1;
  while (j < end) {
    const t = tokens[j] as Token;
    // "CSGT Công an TP Đà Nẵng": a unit noun after the code opens its parent's name
    const head = orgWordAt(tokens, keys, input, j) ? orgMatchAt(tokens, keys, input, j) : null;
    if (head !== null && head.end <= end) {
      j = head.end;
      continue;
    }
    if (t.kind === "abbr" || t.kind === "number" || isTitleCase(t)) {
      j++;
      continue;
    }
    const level = levelMatchAt(tokens, keys, input, j);
    if (level !== null && level.end <= end) {
      j = level.end;
      continue;
    }
    break;
  }
  return j;
}

const isEnd = (t: Token | undefined) => t === undefined || t.kind === "punct";

/**
 * "Cục Trang bị và kho vận", "Bộ Khoa học và Công nghệ": a unit's name may join two nouns by
 * "và", which otherwise ends an organisation (`Phòng Tham mưu và Phòng Hậu cần` are two). The
 * name takes "và" and what follows when the unit is a head noun and a short capitalised name
 * (no place, no level word yet) and the words after "và" are as many as before it (at most
 * three) and either capitalised but no organisation noun, or in lower case and followed by the
 * end of the phrase (punctuation, a line end, a parent unit).
 */
function extendOverAnd(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  first: number,
  end: number,
): number {
  if (keys[end] !== "và" || crossesLine(tokens, input, end)) return end;
  const head = orgMatchAt(tokens, keys, input, first);
  if (head === null || !head.values.some((v) => v.kind === "org_head")) return end;
  const size = end - head.end;
  if (size < 1 || size > 3 || !isTitleCase(tokens[head.end] as Token)) return end;
  for (let k = head.end; k < end; k++) {
    const t = tokens[k] as Token;
    if (
      t.kind !== "word" ||
      levelMatchAt(tokens, keys, input, k) !== null ||
      placeMatchAt(tokens, keys, input, k) !== null
    )
      return end;
  }
  const from = end + 1;
  const to = from + size;
  if (to > tokens.length) return end;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || crossesLine(tokens, input, k)) return end;
    if (levelMatchAt(tokens, keys, input, k) !== null || orgMatchAt(tokens, keys, input, k) !== null)
      return end;
  }
  const after = tokens[to];
  if (isTitleCase(tokens[from] as Token)) return after !== undefined && isTitleCase(after) ? end : to;
  const closes =
    isEnd(after) ||
    crossesLine(tokens, input, to) ||
    after?.kind === "abbr" ||
    (after !== undefined && orgWordAt(tokens, keys, input, to));
  return closes ? to : end;
}

/** Kinds of body often named after a person: `Trường THPT Lê Quý Đôn`, `Bệnh viện Nguyễn Trãi`, `Công ty TNHH Hoàng Long`. */
const NAMED_AFTER_PERSONS = new Set(["school", "hospital", "company"]);

/** The end of the unit: where a person's name begins, unless the unit is one named after a person. */
function namedAfterPerson(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  first: number,
  org: { end: number; nameStart: number | null },
): number {
  if (org.nameStart === null) return org.end;
  const kind = kindAndLevelOf(tokens, keys, input, first, org.nameStart).kind;
  if (!NAMED_AFTER_PERSONS.has(kind)) return Math.min(org.nameStart, org.end);
  let j = org.nameStart;
  while (j < tokens.length && isTitleCase(tokens[j] as Token) && !crossesLine(tokens, input, j)) j++;
  return j;
}

/**
 * The start of a named unit after a common noun phrase ("Đoàn đại biểu Bộ Nội vụ …" → "Bộ …"):
 * the first capitalised organisation noun after `first` whose lead-in is generic, or -1.
 */
function innerUnit(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  first: number,
  end: number,
): number {
  let common = false;
  for (let k = first + 1; k < end; k++) {
    const t = tokens[k] as Token;
    if (isLowerWord(t)) {
      common = true;
      continue;
    }
    return common && orgWordAt(tokens, keys, input, k) && isGeneric(tokens, keys, input, first, k) ? k : -1;
  }
  return -1;
}

/**
 * Whether a position at token i is worth parsing for the unit it heads. A lower-case word starts
 * no organisation, so a lower-case position matters only when the unit's noun is its last word
 * (`trưởng phòng Tham mưu` → `Phòng Tham mưu`); capitalised ones are always read, so that
 * `Bộ trưởng` is never taken for the unit `Bộ`.
 */
function titleMayHeadUnit(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  i: number,
): boolean {
  // (a capitalised word that opens no position at all is turned away by the title trie's
  // first-word test, before parseTitleAt is called for it)
  if (isCapitalized((tokens[i] as Token).normalized)) return titleTrie().mayStartWith(keys[i] as string);
  // the unit's own name is capitalised and follows within a few words ("trưởng phòng Tham mưu");
  // read before the title trie, whose walk costs more than these few tokens' case
  let named = false;
  for (let j = i + 1; j < i + 5 && j < tokens.length && !named; j++) {
    const x = tokens[j] as Token;
    named = x.kind === "abbr" || isTitleCase(x);
  }
  if (!named) return false;
  // The trie is asked directly: matchTitleAt would also write out the position, not needed here.
  const m = titleTrie().longestAt(keys, tokens, input, i);
  const entry = m?.values[0];
  if (m === null || entry === undefined || m.end - i < 2) return false;
  const unitNouns: readonly string[] = entry.row.unitNouns;
  return unitNouns.includes(keys[m.end - 1] ?? "");
}

/** "Ảnh: Công an tỉnh", "Nguồn: CAND": a credit names who took the photo, not a party to the news. */
function isCredit(tokens: readonly Token[], keys: readonly string[], i: number): boolean {
  // (no token is read at a negative index: one such read turns the engine's lookup at that place
  // in the code into its slow, generic form for every later call)
  if (i < 2) return false;
  const colon = tokens[i - 1];
  if (colon === undefined || colon.normalized !== ":") return false;
  const k = keys[i - 2];
  return k === "ảnh" || k === "nguồn" || k === "clip" || k === "video";
}

/**
 * Organisations over tokens, in one pass. A position (`Bộ trưởng`, `Trưởng phòng`) is skipped and
 * the unit it heads is read after it (`Bộ trưởng Bộ Công an` → `Bộ Công an`; `Trưởng phòng Tham
 * mưu` → `Phòng Tham mưu`); elsewhere a capitalised organisation noun (`Công an`, `Tòa án`,
 * `Bệnh viện`) or a body's abbreviation (`CATP`, `UBND`) begins one, read by the titles stage's
 * parseOrganization. Mentions are grouped by their spelled-out name; a bare generic mention
 * (`Phòng Tham mưu`) joins the one fuller name it begins (`Phòng Tham mưu Công an tỉnh Gia Lai`).
 * @example
 * const text = "Trưởng phòng Tham mưu dự họp.";
 * const tokens = tokenize(text);
 * findOrganizationsInTokens(text, tokens, tokens.map((t) => matchKey(t.normalized)))[0]?.name; // "Phòng Tham mưu"
 */
export function findOrganizationsInTokens(
  input: string,
  tokens: readonly Token[],
  keys: readonly string[],
  options: FindOrganizationsOptions = {},
): Organization[] {
  beginArticle(keys);
  try {
    return findInArticle(input, tokens, keys, options);
  } finally {
    endArticle();
  }
}

/**
 * The uses that spell out their code: a code defined in brackets ("(PC45)") is spelled out by the
 * words before it already. Most articles define none, and then the uses are read as they are
 * (never changed here), not copied.
 */
function spelledUses(
  byToken: ReadonlyMap<number, AbbreviationUse> | undefined,
): ReadonlyMap<number, AbbreviationUse> {
  if (byToken === undefined) return new Map();
  let defines = false;
  for (const use of byToken.values()) if (use.definition) defines = true;
  if (!defines) return byToken;
  const spelled = new Map<number, AbbreviationUse>();
  for (const [k, use] of byToken) if (!use.definition) spelled.set(k, use);
  return spelled;
}

function findInArticle(
  input: string,
  tokens: readonly Token[],
  keys: readonly string[],
  options: FindOrganizationsOptions,
): Organization[] {
  const exclude = [...(options.exclude ?? [])].sort((a, b) => a.start - b.start);
  const byToken = options.abbreviationsByToken;
  const spelled = spelledUses(byToken);
  const categories = new Map<string, string | null>();
  for (const a of options.abbreviations ?? []) categories.set(a.abbr, a.category);
  const raws: RawOrg[] = [];
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
    if (t.kind !== "word" && t.kind !== "abbr") continue;
    while ((useStarts[u] as number) < i) u++;
    const use = useStarts[u] === i ? byToken?.get(i) : undefined;
    // a word that stands for no body and opens no position begins no organisation unless it is
    // a capitalised organisation noun: most words of a text, lower case, are turned away by the
    // title trie's first-word test, and most capitalised ones (names) by the organisation trie's
    if (
      use === undefined &&
      t.kind === "word" &&
      !titleTrie().mayStartWith(keys[i] as string) &&
      (!isCapitalized(t.normalized) || !orgTrie().mayStartWith(keys[i] as string))
    )
      continue;
    if (isCredit(tokens, keys, i)) continue;
    // "Đài Loan", "Tây Ban Nha": no organisation begins in a country's name (`Đài` is no
    // broadcaster, `Ban` no board there); one may end with it (`Bộ Ngoại giao Trung Quốc`)
    if (use === undefined && t.kind === "word" && inCountryName(tokens, keys, input, i)) continue;
    let raw: RawOrg | null = null;
    let skipTo = i;
    const title =
      t.kind === "word" && titleMayHeadUnit(tokens, keys, input, i)
        ? parseTitleAt(tokens, keys, input, i, spelled)
        : null;
    if (title !== null) {
      skipTo = title.end - 1;
      const org = title.org;
      if (org !== null && title.title.organization !== null && title.title.organizationExpanded !== null) {
        const end = Math.min(org.nameStart ?? org.end, org.end);
        // "Trưởng phòng Tham mưu": the unit's noun is the last word of the position
        const first =
          title.title.organization !== joinTokens(tokens, org.start, org.end) ? org.start - 1 : org.start;
        // (a board named in lower case up to its level is whole: its field's verbs are its name's)
        const trimmed =
          org.lowercaseName === true
            ? end
            : trimEnd(tokens, keys, input, org.start, end, byToken?.has(org.start) === true);
        if (first === org.start && isGeneric(tokens, keys, input, org.start, trimmed)) {
          // a position over a common noun ("Trưởng đoàn công tác") heads no named unit
        } else if (trimmed === end && end > org.start)
          raw = {
            first,
            end,
            name: first < org.start ? title.title.organization : joinTokens(tokens, org.start, end),
            expanded: title.title.organizationExpanded,
          };
        else if (trimmed > org.start)
          raw = {
            first: org.start,
            end: trimmed,
            name: null,
            expanded: null,
          };
      }
    } else {
      const startsOrg = use !== undefined ? bodyUse(use, categories) : orgWordAt(tokens, keys, input, i);
      if (startsOrg) {
        const org = parseOrganization(tokens, keys, input, i);
        if (org !== null) {
          let end = trimEnd(
            tokens,
            keys,
            input,
            i,
            namedAfterPerson(tokens, keys, input, i, org),
            use !== undefined,
          );
          if (org.nameStart === null && end === org.end) end = extendOverAnd(tokens, keys, input, i, end);
          // "Đoàn đại biểu Bộ Nội vụ …": a common noun phrase before the unit is not part of it
          const inner = innerUnit(tokens, keys, input, i, end);
          if (inner > i) skipTo = inner - 1;
          else if (end > i && !isGeneric(tokens, keys, input, i, end))
            raw = {
              first: i,
              end,
              name: null,
              expanded: null,
            };
        }
      }
    }
    if (raw !== null) {
      // a unit running into a person's name ends before it
      // (read here, not by a closure: a variable a closure reads lives outside the loop's registers)
      const limit = x < exclude.length ? (exclude[x] as Span).start : Number.POSITIVE_INFINITY;
      const fullEnd = raw.end;
      while (raw.end > raw.first + 1 && (tokens[raw.end - 1] as Token).end > limit) raw.end--;
      if ((tokens[raw.end - 1] as Token).end <= limit) {
        if (raw.end < fullEnd) {
          raw.name = null;
          raw.expanded = null;
        }
        raws.push(raw);
        skipTo = Math.max(skipTo, raw.end - 1);
      }
    }
    i = skipTo;
  }
  return groupOrganizations(input, tokens, keys, raws, spelled);
}

/** Index of the first key not below `k` (keys sorted). */
function lowerBound(keys: readonly string[], k: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as string) < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token keys of `[from, to)`, one space where the text has any: keyOf of the name as written. */
function keysJoined(tokens: readonly Token[], keys: readonly string[], from: number, to: number): string {
  let s = "";
  for (let k = from; k < to; k++) {
    if (k > from && (tokens[k] as Token).start > (tokens[k - 1] as Token).end) s += " ";
    s += keys[k] ?? "";
  }
  return s;
}

/** Group keys by spelled-out name: articles name the same bodies again and again. */
const keyOf = boundedMemo(4000, (expanded) => matchKey(expanded).replace(/\s+/gu, " "));

function groupOrganizations(
  input: string,
  tokens: readonly Token[],
  tokenKeys: readonly string[],
  raws: readonly RawOrg[],
  spelled: ReadonlyMap<number, AbbreviationUse>,
): Organization[] {
  const groups = new Map<string, { org: Organization; length: number }>();
  for (const r of raws) {
    const first = tokens[r.first] as Token;
    const last = tokens[r.end - 1] as Token;
    const span: Span = { start: first.start, end: last.end, text: input.slice(first.start, last.end) };
    let abbreviated = r.expanded !== null;
    for (let k = r.first; k < r.end && !abbreviated; k++) abbreviated = spelled.has(k);
    let key: string | undefined;
    if (abbreviated) {
      r.expanded ??= expandTokens(tokens, r.first, r.end, spelled);
      key = keyOf(r.expanded);
    } else key = keysJoined(tokens, tokenKeys, r.first, r.end); // what keyOf of the written name gives
    const seen = groups.get(key);
    if (seen !== undefined) {
      seen.org.mentions.push(span);
      continue;
    }
    r.name ??= joinTokens(tokens, r.first, r.end);
    r.expanded ??= r.name;
    // a name with no abbreviation spelled out is read on the article's own tokens
    const { kind, level } =
      r.expanded === r.name
        ? kindAndLevelOf(tokens, tokenKeys, input, r.first, r.end)
        : kindAndLevel(r.expanded);
    groups.set(key, {
      length: r.end - r.first,
      org: { id: "", name: r.name, expanded: r.expanded, kind, level, mentions: [span] },
    });
  }
  // "Phòng Tham mưu" later in an article that named "Phòng Tham mưu Công an tỉnh Gia Lai": one unit
  // (one name alone has nothing to join)
  const keys = groups.size < 2 ? [] : [...groups.keys()].sort();
  for (const short of keys) {
    // the keys that begin with "short " lie together in sorted order, right after it
    const prefix = `${short} `;
    const from = lowerBound(keys, prefix);
    const fuller = keys[from];
    if (fuller === undefined || !fuller.startsWith(prefix)) continue;
    const second = keys[from + 1];
    if (second?.startsWith(prefix)) continue;
    const target = groups.get(fuller);
    const source = groups.get(short);
    if (target === undefined || source === undefined) continue;
    target.org.mentions.push(...source.org.mentions);
    target.org.mentions.sort((a, b) => a.start - b.start);
    groups.delete(short);
  }
  const out = [...groups.values()].map((g) => g.org);
  out.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  out.forEach((o, n) => {
    o.id = `o${n + 1}`;
  });
  return out;
}
