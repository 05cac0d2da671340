import type { AbbreviationUse } from "../abbreviations/index.js";
import { analyzeAbbreviations } from "../abbreviations/index.js";
import { checkOptionNames, checkText } from "../arguments.js";
import { isForeignSyllable } from "../lexicon/foreign.js";
import {
  abbreviationRows,
  crossesLine,
  isCodeToken,
  isSentenceStart,
  isTitleCase,
  keysOf,
  orgTrie,
  personNounTrie,
  placeAt,
  surnameSet,
  type TitleEntry,
  titleTrie,
  tokenKeyAt,
} from "../lexicon/index.js";
import { countryTrie } from "../places/lexicon.js";
import { matchRankAt } from "../ranks/index.js";
import { isDictionaryWord } from "../segment/dictionary.js";
import { isAllCaps, isCapitalized } from "../text/index.js";
import { type Token, tokenize } from "../tokenize/index.js";
import type { Title, TitleMention } from "./schema.js";

/**
 * A position phrase at tokens `[start, end)`. Its organisation, if any, starts at `positionEnd`,
 * which is before `end` when the phrase names its unit ("Trưởng CATX", "Phó Trưởng Công an"):
 * the position is written as a whole and the unit is also the organisation.
 */
export interface TitleMatch {
  start: number;
  positionEnd: number;
  end: number;
  entry: TitleEntry;
  position: string;
}

/** The longest position phrase at token i (`Phó Chủ tịch Thường trực` before `Phó Chủ tịch`). */
export function matchTitleAt(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  i: number,
): TitleMatch | null {
  const t = tokens[i];
  // ("GĐ", "PGĐ": a post the press abbreviates)
  if (t === undefined || (t.kind !== "word" && t.kind !== "abbr")) return null;
  const m = titleTrie().longestAt(keys, tokens, input, i);
  if (m === null) return null;
  const entry = m.values[0];
  if (entry === undefined) return null;
  let end = m.end;
  // "Phó Thủ tướng Thường trực Chính phủ", "Phó trưởng ban chuyên trách Ban ATGT": a qualifier of
  // kind post_qualifier in data/organizations.tsv (standing, full-time) belongs to any post it follows
  const qualifier = crossesLine(tokens, input, end) ? null : orgTrie().longestAt(keys, tokens, input, end);
  if (qualifier?.values.some((v) => v.kind === "post_qualifier") === true) end = qualifier.end;
  let positionEnd = end === m.end ? Math.min(m.end, i + entry.positionLength) : end;
  // "Chánh văn phòng" in lower case is the position as a whole, not "Chánh" of a "Văn phòng".
  if (entry.splitAtOrganization === true && !isCapitalized(tokens[positionEnd]?.normalized ?? ""))
    positionEnd = end;
  // "Trưởng Công an huyện Nghi Lộc", "Phó Trưởng CAQ Kiến An": the post is "Trưởng" of the police
  // unit the spelling names. A post named with its body ("Phó Chánh Văn phòng", "Thủ tướng Chính
  // phủ") is written as a whole.
  const postEnd = entry.splitAtOrganization === true ? end : positionEnd;
  return { start: i, positionEnd, end, entry, position: joinTokens(tokens, i, postEnd) };
}

/** Tokens `[from, to)` as normalised text, one space where the input had any. */
export function joinTokens(tokens: readonly Token[], from: number, to: number): string {
  let s = "";
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (k > from && t.start > (tokens[k - 1] as Token).end) s += " ";
    s += t.normalized;
  }
  return s;
}

/** An organisation phrase at tokens `[start, end)`; `nameStart` when a person's name follows at once. */
export interface OrgMatch {
  start: number;
  end: number;
  nameStart: number | null;
  /** The unit names its administrative level or place ("Công an tỉnh Yên Bái", "UBND huyện …"). */
  placed?: boolean;
  /** The name is lower-case words read up to the unit's level (see lowercaseUnitName): whole as it is. */
  lowercaseName?: boolean;
}

// A one-letter surname ("Y", the Ê Đê men's prefix) is read only where a person is expected, never
// to end a unit's name ("Trường Đại học Y Hà Nội").
const isSurname = (keys: readonly string[], k: number) =>
  (keys[k]?.length ?? 0) > 1 && surnameSet().has(keys[k] ?? "");

function orgKindAt(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  k: number,
): { kind: string; end: number } | null {
  const m = orgTrie().longestAt(keys, tokens, input, k);
  if (m === null) return null;
  const t = tokens[k] as Token;
  // A whole organisation ("Chính phủ") before an organisation noun of the same spelling; stop words
  // end an organisation only in lower case ("Đã" at a sentence start is not inside one).
  const v =
    m.values.find((x) => x.kind === "org_fixed") ??
    m.values.find((x) => x.kind !== "stop") ??
    (isCapitalized(t.normalized) ? undefined : m.values[0]);
  return v === undefined ? null : { kind: v.kind, end: m.end };
}

/** The end of the run of capitalised syllables starting at k. */
function titleCaseRunEnd(tokens: readonly Token[], input: string, k: number): number {
  let r = k;
  while (r < tokens.length && isTitleCase(tokens[r] as Token) && (r === k || !crossesLine(tokens, input, r)))
    r++;
  return r;
}

/** The start of a 2–4 syllable name that ends the run `[from, runEnd)` and begins with a surname, or -1. */
function trailingName(keys: readonly string[], from: number, runEnd: number): number {
  for (let k = from; k < runEnd; k++) {
    const len = runEnd - k;
    if (len >= 2 && len <= 4 && isSurname(keys, k)) return k;
  }
  return -1;
}

const MAX_ORG_TOKENS = 16;

/** Most tokens of a code in brackets ("(GD&ĐT)" is three: GD, &, ĐT). */
const MAX_CODE_TOKENS = 4;

/**
 * "(PC45)", "(GD&ĐT)", "(PC 45)": the index after the ")" of a code in brackets opening at `open`
 * (abbreviations, numbers and the "&" between them), else -1.
 */
function bracketedCodeEnd(tokens: readonly Token[], open: number): number {
  if (tokens[open + 1]?.kind !== "abbr") return -1;
  for (let k = open + 1; k < tokens.length && k - open <= MAX_CODE_TOKENS + 1; k++) {
    const t = tokens[k] as Token;
    if (t.normalized === ")") return k > open + 1 ? k + 1 : -1;
    if (t.kind !== "abbr" && t.kind !== "number" && t.normalized !== "&") return -1;
  }
  return -1;
}

/** Prepositions a unit's name may hold ("Đoàn cơ sở của Phòng …") but never ends with. */
const TRAILING_PREPOSITIONS = new Set(["về", "của"]);

/** `end` moved back over prepositions a unit's name cannot end with ("Ban Chỉ đạo về"), never to `first`. */
export function withoutTrailingPrepositions(keys: readonly string[], first: number, end: number): number {
  let j = end;
  while (j - 1 > first && TRAILING_PREPOSITIONS.has(keys[j - 1] ?? "")) j--;
  return j;
}

/** How far after a dash a person's name is looked for (see nameBeforePunctuation). */
const DASH_LOOKAHEAD = 8;

/**
 * Whether a capitalised pair with a surname first ("Thái Dương") stands between k and the next
 * punctuation: after a dash it may be a person, so the dash is not read as inside the unit's name.
 */
function nameBeforePunctuation(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  k: number,
): boolean {
  for (let j = k; j < tokens.length && j - k < DASH_LOOKAHEAD; j++) {
    const t = tokens[j] as Token;
    if (t.kind === "punct" || crossesLine(tokens, input, j)) return false;
    if (isSurname(keys, j) && isTitleCase(t) && isTitleCase(tokens[j + 1] ?? t) && j + 1 < tokens.length)
      return true;
  }
  return false;
}

/** How many fields a unit's name may list after a comma ("…, Thể thao và Du lịch"). */
const MAX_FIELDS = 4;

/**
 * The end of the fields a unit's name lists from the comma at k ("Văn hóa, Thể thao và Du lịch"):
 * each a capitalised word and up to two lower-case ones, the last after "và"; else -1. A field is
 * never a unit of its own, a place, a post, a rank or a person's name (then the comma lists units).
 */
function fieldListEnd(tokens: readonly Token[], keys: readonly string[], input: string, k: number): number {
  let sep = k;
  for (let n = 0; n < MAX_FIELDS; n++) {
    const last = keys[sep] === "và";
    if (!last && tokens[sep]?.normalized !== ",") return -1;
    const start = sep + 1;
    const t = tokens[start];
    if (t === undefined || !isTitleCase(t) || crossesLine(tokens, input, start)) return -1;
    if (
      orgKindAt(tokens, keys, input, start) !== null ||
      placeAt(tokens, keys, input, start) !== null ||
      titleTrie().longestAt(keys, tokens, input, start) !== null ||
      matchRankAt(tokens, keys, input, start) !== null ||
      (isSurname(keys, start) && isTitleCase(tokens[start + 1] ?? t))
    )
      return -1;
    let end = start + 1;
    while (
      end < tokens.length &&
      end - start <= 2 &&
      (tokens[end] as Token).kind === "word" &&
      !isCapitalized((tokens[end] as Token).normalized) &&
      keys[end] !== "và" &&
      orgKindAt(tokens, keys, input, end) === null
    )
      end++;
    if (last) return end;
    sep = end;
  }
  return -1;
}

/**
 * The organisation a position belongs to, starting at token i: an organisation noun (`Phòng`,
 * `Bộ`, `Công an`), an administrative level (`quận`) or a unit abbreviation (`CATP`, `UBND`),
 * then its name and qualifiers. It ends at punctuation, a rank, another person noun, a verb or
 * function word from data/organizations.tsv (`cho biết`, `chủ trì`), after a complete place, or
 * where a person's name begins (`UBND quận Kiến An Nguyễn Phong Doanh`).
 */
export function parseOrganization(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  i: number,
  afterUnitNoun = false,
  allowParent = true,
): OrgMatch | null {
  const first = tokens[i];
  if (first === undefined || crossesLine(tokens, input, i)) return null;
  const head = orgKindAt(tokens, keys, input, i);
  // "Trưởng phòng Tham mưu": the position ends with the unit noun, so the unit's own name may start here.
  if (afterUnitNoun && head === null && isTitleCase(first)) {
    const runEnd = titleCaseRunEnd(tokens, input, i);
    if (trailingName(keys, i, runEnd) === i) return null;
    const rest = parseOrganization(tokens, keys, input, runEnd);
    const nameStart = trailingName(keys, i + 1, runEnd);
    if (nameStart > i) return { start: i, end: nameStart, nameStart };
    if (rest !== null && rest.start === runEnd)
      return { start: i, end: rest.end, nameStart: rest.nameStart, placed: rest.placed === true };
    const tail = continueLowercase(tokens, keys, input, runEnd);
    if (tail.nameStart === null && allowParent) {
      const parent = parentAfterComma(tokens, keys, input, tail.end);
      if (parent !== null) return { start: i, end: parent.end, nameStart: parent.nameStart, placed: true };
    }
    return { start: i, end: tail.end, nameStart: tail.nameStart };
  }
  // "Trưởng Ban chỉ huy bảo vệ và phát triển rừng huyện Đakrông": a board named in lower case
  // after the position's unit noun, up to the district or province it serves
  if (afterUnitNoun && head === null && first.kind === "word" && !isCapitalized(first.normalized)) {
    const named = lowercaseUnitName(tokens, keys, input, i);
    if (named !== null) return named;
  }
  const startsOrg =
    // ("CA quận Ngô Quyền": a code the tokenizer reads as a word opens a unit too)
    isCodeToken(first) ||
    (head !== null &&
      (head.kind === "org_head" ||
        head.kind === "org_fixed" ||
        head.kind === "admin_level" ||
        // "Trưởng phòng Giáo dục và Đào tạo huyện …": the field after the unit noun of the position
        (afterUnitNoun && head.kind === "org_field")));
  if (!startsOrg) return null;
  let j = i;
  let complete = false;
  let nameStart: number | null = null;
  let previousKind: "head" | "level" | "other" = "other";
  let placed = false;
  while (j < tokens.length && j - i < MAX_ORG_TOKENS) {
    if (j > i && crossesLine(tokens, input, j)) break;
    const t = tokens[j] as Token;
    if (t.kind === "punct" || t.kind === "symbol") {
      // "Phòng Cảnh sát hình sự (PC45) Công an tỉnh": a code in parentheses belongs to the unit.
      const codeEnd = t.normalized === "(" ? bracketedCodeEnd(tokens, j) : -1;
      if (codeEnd > 0) {
        j = codeEnd;
        continue;
      }
      if (t.normalized === "&" && j > i) {
        j++;
        continue;
      }
      // "UBND TP.Hà Nội", "CA TP. Đà Nẵng": the dot of an abbreviated level before the place's name
      if (
        t.normalized === "." &&
        j > i &&
        tokens[j - 1]?.kind === "abbr" &&
        orgKindAt(tokens, keys, input, j - 1)?.kind === "admin_level" &&
        tokens[j + 1] !== undefined &&
        isTitleCase(tokens[j + 1] as Token) &&
        !crossesLine(tokens, input, j + 1) &&
        // (after a space only a known place: "TP. Qua công tác …" ends a sentence)
        ((tokens[j + 1] as Token).start === t.end || placeAt(tokens, keys, input, j + 1) !== null)
      ) {
        j++;
        continue;
      }
      // "Bộ Văn hóa, Thể thao và Du lịch", "Cục Xuất bản, In và Phát hành": fields listed in the name
      if (t.normalized === "," && !complete && previousKind === "other" && j > i) {
        const listEnd = fieldListEnd(tokens, keys, input, j);
        if (listEnd > j) {
          j = listEnd;
          continue;
        }
      }
      // "Tổng cục Hậu cần – Kỹ thuật", "Sở Văn hóa - Thể thao": a dash inside the unit's own name,
      // between two capitalised parts, before the unit is complete (a place ends it).
      if ((t.normalized === "-" || t.normalized === "–") && !complete && previousKind === "other" && j > i) {
        const before = tokens[j - 1] as Token;
        const next = tokens[j + 1];
        if (
          next !== undefined &&
          (before.kind === "word" || before.kind === "name") &&
          isTitleCase(next) &&
          // (a heading in capitals runs on into the text after its dash)
          !isAllCaps(before.normalized) &&
          !isAllCaps(next.normalized) &&
          !crossesLine(tokens, input, j + 1) &&
          // (a person's name after the dash ends the unit; "Giáo dục - Đào tạo" is no name: "Đào" is
          // a surname, but one capitalised syllable names nobody)
          !(isSurname(keys, j + 1) && titleCaseRunEnd(tokens, input, j + 1) - (j + 1) >= 2) &&
          orgKindAt(tokens, keys, input, j + 1) === null &&
          titleTrie().longestAt(keys, tokens, input, j + 1) === null &&
          placeAt(tokens, keys, input, j + 1) === null &&
          !nameBeforePunctuation(tokens, keys, input, j + 1)
        ) {
          j++;
          continue;
        }
      }
      break;
    }
    if (t.kind === "number") {
      j++;
      previousKind = "other";
      continue;
    }
    if (t.kind === "abbr") {
      j++;
      previousKind = "other";
      continue;
    }
    if (t.kind !== "word" && t.kind !== "name") break;
    if (j > i && matchRankAt(tokens, keys, input, j) !== null) break;
    // A lower-case person noun or verb ends the unit; an occupation ("cảnh sát", "cán bộ") may be part of its name.
    if (j > i && !isCapitalized(t.normalized)) {
      const noun = personNounTrie().longestAt(keys, tokens, input, j);
      if (noun?.values.some((v) => v.position !== "cue")) break;
    }
    // (the head was read at i already)
    const kind = j === i ? head : orgKindAt(tokens, keys, input, j);
    // "Bộ Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội": a ministry's field, whole
    // (its "và" and dash end no unit, its "Đào" opens no name)
    if (kind?.kind === "org_field") {
      j = kind.end;
      previousKind = "other";
      complete = true; // (a place or a level may follow; a lower-case word is the sentence's)
      continue;
    }
    // "kiêm" between a person's posts ends the unit before it ("Chủ tịch HĐQT kiêm Tổng giám đốc …")
    if (kind?.kind === "stop" || kind?.kind === "title_joiner") break;
    // After a complete unit, a surname that opens a 2–4 syllable run is a person even when the
    // surname is also an organisation noun ("Văn phòng Chính phủ Đoàn Mạnh Giao").
    if (j > i && (complete || previousKind === "other") && isTitleCase(t) && isSurname(keys, j)) {
      const runEnd = titleCaseRunEnd(tokens, input, j);
      if (trailingName(keys, j, runEnd) === j && placeAt(tokens, keys, input, j) === null) {
        nameStart = j;
        break;
      }
    }
    if (kind?.kind === "org_fixed") {
      // "Bộ Công an": complete as written; what follows is not part of its name.
      j = kind.end;
      previousKind = "other";
      complete = true;
      continue;
    }
    if (j > i && kind?.kind !== "org_head" && kind?.kind !== "admin_level") {
      const title = titleTrie().longestAt(keys, tokens, input, j);
      if (title !== null && title.end - j >= 2) break;
    }
    if (kind?.kind === "admin_level" || kind?.kind === "org_head") {
      if (kind.kind === "admin_level") placed = true;
      j = kind.end;
      previousKind = kind.kind === "admin_level" ? "level" : "head";
      complete = false;
      continue;
    }
    if (isTitleCase(t)) {
      const runEnd = titleCaseRunEnd(tokens, input, j);
      const place = placeAt(tokens, keys, input, j);
      if (place !== null && place.end <= runEnd) {
        j = place.end;
        complete = true;
        placed = true;
        const name = trailingName(keys, j, runEnd);
        if (name === j) {
          nameStart = j;
          break;
        }
        previousKind = "other";
        continue;
      }
      if (previousKind === "head" || previousKind === "level") {
        // The run names the unit ("Phòng Tham mưu", "xã Ninh Sở"); a name may close it, or be all of
        // it when it is three syllables or more ("Tỉnh ủy Trần Nam Hồng").
        if (runEnd - j >= 3 && runEnd - j <= 4 && isSurname(keys, j)) {
          nameStart = j;
          break;
        }
        // (an administrative unit's name has two syllables at least: "xã Châu Lộc Nguyễn Duy Hưng"
        // is "Châu Lộc" and "Nguyễn Duy Hưng", though "Lộc" is a surname too)
        const name = trailingName(keys, previousKind === "level" ? j + 2 : j + 1, runEnd);
        if (name > j) {
          j = name;
          nameStart = name;
          break;
        }
        j = runEnd;
        complete = previousKind === "level";
        previousKind = "other";
        continue;
      }
      const name = trailingName(keys, j, runEnd);
      if (name === j) {
        nameStart = j;
        break;
      }
      // "Tổng thư ký NATO Jens Stoltenberg": after a unit written as its code alone, a run of two
      // or more capitalised syllables of foreign spelling that is no place is its holder
      if (
        j === i + 1 &&
        isCodeToken(first) &&
        namesItsBody(first.normalized) &&
        foreignHolderAt(tokens, keys, input, j, runEnd)
      ) {
        nameStart = j;
        break;
      }
      // "… làm việc với Công an tỉnh Sóc Trăng Việc học tập …": after a complete unit, a capital
      // that makes a word with the lower-case syllable after it opens a sentence run into it
      if (
        complete &&
        runEnd === j + 1 &&
        runEnd < tokens.length &&
        !isCapitalized((tokens[runEnd] as Token).normalized) &&
        isDictionaryWord([keys[j] ?? "", keys[runEnd] ?? ""])
      )
        break;
      // "Ủy ban Trung ương MTTQ Việt Nam Nguyễn Thiện Nhân": the country closes the unit's name
      const country = name > j ? countryTrie().longestAt(keys, tokens, input, j) : null;
      if (country !== null && country.end === name) {
        j = name;
        nameStart = name;
        placed = true;
        break;
      }
      j = runEnd;
      previousKind = "other";
      continue;
    }
    // A lower-case word: part of the unit's name ("phong trào bảo vệ"), unless the unit is complete.
    if (complete) break;
    j++;
    previousKind = "other";
  }
  // Trailing joiners are not part of the unit, nor a preposition its name cannot end with
  // ("Ban Chỉ đạo về | đặc xá": "về", "của" lead on to what the unit is about or belongs to).
  for (let before = -1; before !== j; ) {
    before = j;
    // a code in brackets at the end ("Bộ Lao động - Thương binh và Xã hội (LĐ-TB-XH)") defines the
    // unit's abbreviation: the unit ends before it, never inside it
    if ((tokens[j - 1] as Token).normalized === ")") {
      let open = j - 2;
      while (open > i && j - open <= MAX_CODE_TOKENS + 1 && (tokens[open] as Token).normalized !== "(")
        open--;
      if (open > i && bracketedCodeEnd(tokens, open) === j) j = open;
    }
    while (
      j > i &&
      ((tokens[j - 1] as Token).normalized === "&" || (tokens[j - 1] as Token).kind === "punct")
    )
      j--;
    j = withoutTrailingPrepositions(keys, i, j);
  }
  if (j <= i) return null;
  // "Phòng Tham mưu, Công an tỉnh Yên Bái": a unit without its place, then its parent after a comma.
  if (nameStart === null && !placed && allowParent && first.kind !== "abbr") {
    const parent = parentAfterComma(tokens, keys, input, j);
    if (parent !== null) return { start: i, end: parent.end, nameStart: parent.nameStart, placed: true };
  }
  return { start: i, end: j, nameStart, placed };
}

/**
 * The parent unit after a comma at k ("…, Công an tỉnh Yên Bái", "…, Bộ Công an", "…, CATP"): a unit
 * that names its place or is one of a kind, and is not followed by a position of its own (then the
 * comma starts the next title of a list).
 */
function parentAfterComma(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  k: number,
): OrgMatch | null {
  if (tokens[k]?.normalized !== "," || crossesLine(tokens, input, k + 1)) return null;
  const next = tokens[k + 1];
  if (next === undefined || !isCapitalized(next.normalized)) return null;
  const parent = parseOrganization(tokens, keys, input, k + 1, false, false);
  if (parent === null) return null;
  const fixed = orgKindAt(tokens, keys, input, k + 1)?.kind === "org_fixed";
  if (!(parent.placed === true || fixed || next.kind === "abbr")) return null;
  return parent;
}

/** Most words a unit written in lower case runs over before its parent ("tham mưu", "quản lý đất"). */
const MAX_LOWER_UNIT_WORDS = 5;

/**
 * A unit's name in lower case from k up to a comma and the parent unit after it ("tham mưu, CA
 * tỉnh Bình Thuận"), as one organisation; null unless the parent closes it.
 */
function lowerCaseUnitWithParent(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  k: number,
): OrgMatch | null {
  let j = k;
  while (j < tokens.length && j - k < MAX_LOWER_UNIT_WORDS && !crossesLine(tokens, input, j)) {
    const t = tokens[j] as Token;
    if (t.kind !== "word" || isCapitalized(t.normalized)) break;
    if (orgKindAt(tokens, keys, input, j)?.kind === "stop") return null;
    j++;
  }
  if (j === k) return null;
  const parent = parentAfterComma(tokens, keys, input, j);
  return parent === null ? null : { start: k, end: parent.end, nameStart: parent.nameStart, placed: true };
}

/**
 * A unit's name in lower case words from k, accepted only where it runs into an administrative
 * level (`chỉ đạo phòng, chống tội phạm huyện Cam Lộ`, `… huyện,`): the words between are the
 * board's field, where a verb or a preposition ends the run. A stop word may open the name
 * (`chỉ đạo`, `chỉ huy` are names after `Ban`), and `và` or a comma join two fields.
 */
function lowercaseUnitName(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  k: number,
): OrgMatch | null {
  for (let j = k; j < tokens.length && j - k < 10; j++) {
    if (j > k && crossesLine(tokens, input, j)) return null;
    const t = tokens[j] as Token;
    const kind = orgKindAt(tokens, keys, input, j);
    if (j > k && kind?.kind === "admin_level") {
      // (a level with no place named after it ends the unit: "… quân sự phường bắn chết")
      const unit = parseOrganization(tokens, keys, input, j);
      if (unit === null) return null;
      const next = tokens[kind.end];
      const named = next !== undefined && isTitleCase(next) && !crossesLine(tokens, input, kind.end);
      return named
        ? { start: k, end: unit.end, nameStart: unit.nameStart, placed: true, lowercaseName: true }
        : { start: k, end: kind.end, nameStart: null, placed: true, lowercaseName: true };
    }
    const joins =
      j > k &&
      (keys[j] === "và" || t.normalized === ",") &&
      tokens[j + 1]?.kind === "word" &&
      !isCapitalized((tokens[j + 1] as Token).normalized);
    if (joins) continue;
    if (t.kind !== "word" || isCapitalized(t.normalized)) return null;
    if (j > k && (kind?.kind === "stop" || kind?.kind === "title_joiner")) return null;
    if (matchRankAt(tokens, keys, input, j) !== null) return null;
  }
  return null;
}

/** `[j, runEnd)` is a foreign name: two or three capitalised syllables of foreign spelling, no place. */
function foreignHolderAt(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  j: number,
  runEnd: number,
): boolean {
  if (runEnd - j < 2 || runEnd - j > 3 || placeAt(tokens, keys, input, j) !== null) return false;
  for (let k = j; k < runEnd; k++)
    if ((tokens[k] as Token).kind !== "word" || !isForeignSyllable(keys[k] ?? "")) return false;
  return true;
}

let properCodes: Set<string> | undefined;
/**
 * A code whose expansions name one body, with capitals after their first word (`NATO`, `FBI`,
 * `LHQ`), not a kind of body whose name follows it (`CLB` câu lạc bộ, `ĐH` Đại học).
 */
function namesItsBody(code: string): boolean {
  if (properCodes === undefined) {
    const generic = new Set<string>();
    const proper = new Set<string>();
    for (const row of abbreviationRows()) {
      const words = row.expansion.split(" ").slice(1);
      if (words.some((w) => isCapitalized(w))) proper.add(row.abbr);
      else generic.add(row.abbr);
    }
    for (const code of generic) proper.delete(code);
    properCodes = proper;
  }
  return properCodes.has(code);
}

/** Lower-case qualifiers after a unit's capitalised name ("Phòng Xây dựng phong trào bảo vệ ANTQ"), up to a stop word or a name. */
function continueLowercase(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  k: number,
): { end: number; nameStart: number | null } {
  let j = k;
  while (j < tokens.length && j - k < MAX_ORG_TOKENS && !crossesLine(tokens, input, j)) {
    const t = tokens[j] as Token;
    if (t.kind === "abbr" || t.kind === "number") {
      j++;
      continue;
    }
    if (t.kind !== "word" || isCapitalized(t.normalized)) break;
    const kind = orgKindAt(tokens, keys, input, j);
    // ("Trưởng phòng Tham mưu kiêm người phát ngôn …": "kiêm" opens the holder's next role)
    if (
      kind?.kind === "stop" ||
      kind?.kind === "title_joiner" ||
      matchRankAt(tokens, keys, input, j) !== null
    )
      break;
    j++;
  }
  if (j < tokens.length && isTitleCase(tokens[j] as Token)) {
    const runEnd = titleCaseRunEnd(tokens, input, j);
    if (trailingName(keys, j, runEnd) === j) return { end: j, nameStart: j };
  }
  return { end: j, nameStart: null };
}

/** Spells out the abbreviations of tokens `[from, to)`: "UBND quận Kiến An" → "Ủy ban nhân dân quận Kiến An". */
export function expandTokens(
  tokens: readonly Token[],
  from: number,
  to: number,
  byToken: ReadonlyMap<number, AbbreviationUse> | undefined,
): string {
  let s = "";
  let lastWord = ""; // the word just written as is, when it was one
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (k > from && t.start > (tokens[k - 1] as Token).end) s += " ";
    const use = byToken?.get(k);
    if (use !== undefined && use.last < to && !use.expansion.includes(" / ")) {
      // "Phòng PC04": the expansion repeats the head noun written before the code ("Phòng Cảnh sát …")
      const head = use.expansion.slice(0, use.expansion.indexOf(" "));
      if (lastWord !== "" && head.toLowerCase() === lastWord.toLowerCase() && s.endsWith(`${lastWord} `))
        s = s.slice(0, s.length - lastWord.length - 1);
      s += use.expansion;
      k = use.last;
      lastWord = "";
    } else {
      s += t.normalized;
      lastWord = t.normalized;
    }
  }
  return s;
}

/** A title with its organisation, over tokens. */
export interface TitleParse {
  match: TitleMatch;
  org: OrgMatch | null;
  /** One past the last token of the title and its organisation. */
  end: number;
  /** The title written at the start (for "X kiêm Y …", X with Y's organisation). */
  title: Title;
  /** Every title of the phrase in order: "Tư lệnh kiêm Chính ủy Đoàn 559" holds two. */
  titles: Title[];
  /** Where each title of `titles` is written: [first token, one past its last]. */
  parts: [number, number][];
}

/** "nguyên Phó trưởng phòng", "cựu phó chủ tịch": the word before a title marks a former post. */
function isFormerAt(tokens: readonly Token[], keys: readonly string[], input: string, i: number): boolean {
  const before = tokenKeyAt(keys, i - 1);
  if (before !== "nguyên" && before !== "cựu") return false;
  const t = tokens[i - 1] as Token;
  // "Nguyên" capitalised is a given name unless it opens the sentence.
  return !isCapitalized(t.normalized) || isSentenceStart(tokens, input, i - 1);
}

export function parseTitleAt(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  i: number,
  byToken?: ReadonlyMap<number, AbbreviationUse>,
): TitleParse | null {
  const match = matchTitleAt(tokens, keys, input, i);
  if (match === null) return null;
  const former = isFormerAt(tokens, keys, input, i);
  // "Tư lệnh kiêm Chính ủy Đoàn 559": two posts over one organisation, written once at the end.
  if (match.end === match.positionEnd && orgKindAt(tokens, keys, input, match.end)?.kind === "title_joiner") {
    const joint = parseTitleAt(tokens, keys, input, match.end + 1, byToken);
    if (joint !== null) {
      const own = joint.titles[0] as Title;
      const typical = match.entry.row.typicalOrganizations;
      // A post of one body only ("Phó Thủ tướng" of "Chính phủ") does not take the other post's unit.
      const shares = typical.length !== 1;
      const first: Title = {
        position: match.position,
        positionId: match.entry.row.id,
        organization: shares ? own.organization : null,
        organizationExpanded: shares ? own.organizationExpanded : null,
        former,
      };
      return {
        match,
        org: joint.org,
        end: joint.end,
        title: first,
        titles: [first, ...joint.titles.map((t) => (former ? { ...t, former } : t))],
        parts: [[i, match.end], ...joint.parts],
      };
    }
  }
  const lastKey = keys[match.end - 1] ?? "";
  // A position that ends with the noun of its unit ("Trưởng phòng", "Trưởng ban"; not "Đội trưởng",
  // not "Ủy viên Thường vụ"): the last word is the first word of one of its typical organisations.
  const unitNouns: readonly string[] = match.entry.row.unitNouns;
  const endsWithUnitNoun = match.end - match.start >= 2 && unitNouns.includes(lastKey);
  let org = parseOrganization(tokens, keys, input, match.positionEnd, endsWithUnitNoun);
  // "làm Trưởng Ban chỉ đạo.": the unit noun inside the post, with no name after it, names no unit
  if (
    org !== null &&
    org.end - org.start === 1 &&
    org.end <= match.end &&
    orgKindAt(tokens, keys, input, org.start)?.kind === "org_head"
  )
    org = null;
  // "Trưởng phòng tham mưu, CA tỉnh Bình Thuận": a unit named in lower case after the noun inside
  // the post, closed by its parent after a comma (without the parent nothing tells where it ends)
  if (org === null && endsWithUnitNoun) org = lowerCaseUnitWithParent(tokens, keys, input, match.end);
  // "Phó trưởng ban phụ trách Ban Thực hiện chính sách BHYT": the unit after "phụ trách" (in charge of).
  if (org === null && keys[match.end] === "phụ" && keys[match.end + 1] === "trách")
    org = parseOrganization(tokens, keys, input, match.end + 2);
  // "Phó Cục trưởng, Cục H59, Tổng cục Hậu cần": the unit after a comma, when it is of the kind
  // the post heads ("Cục" for "Cục trưởng", "Tổ" for "Tổ trưởng"); another post after the comma
  // starts the next title of a list instead.
  if (org === null && keys[match.end] === "," && unitNouns.includes(keys[match.end + 1] ?? "")) {
    const next = tokens[match.end + 1] as Token;
    if (isCapitalized(next.normalized) && matchTitleAt(tokens, keys, input, match.end + 1) === null)
      org = parseOrganization(tokens, keys, input, match.end + 1);
  }
  const end = org === null ? match.end : Math.max(org.end, match.end);
  // "Trưởng phòng Tham mưu": the unit is "Phòng Tham mưu", its noun written inside the position.
  // "Phó Trưởng phòng An ninh Kinh tế" is of "Phòng An ninh Kinh tế" too, though "An ninh" opens units.
  // (the unit's first word is looked up only for a position that ends with a unit noun)
  const startKind = org === null || !endsWithUnitNoun ? null : orgKindAt(tokens, keys, input, org.start);
  const unitNoun =
    org !== null &&
    endsWithUnitNoun &&
    (startKind === null ||
      startKind.kind === "org_field" ||
      (startKind.kind === "org_head" && !unitNouns.includes(keys[org.start] ?? "")))
      ? `${lastKey.charAt(0).toUpperCase()}${lastKey.slice(1)} `
      : "";
  const title: Title = {
    position: match.position,
    positionId: match.entry.row.id,
    organization: org === null ? null : unitNoun + joinTokens(tokens, org.start, org.end),
    organizationExpanded: org === null ? null : unitNoun + expandTokens(tokens, org.start, org.end, byToken),
    former,
  };
  return { match, org, end, title, titles: [title], parts: [[i, end]] };
}

/**
 * Titles over tokens: a capitalised position (`Phó Giám đốc CATP`), or a lower-case one with its
 * organisation (`giám đốc Công an tỉnh`). `byToken` (from analyzeAbbreviations) spells out
 * abbreviations in `organizationExpanded`.
 */
export function findTitlesInTokens(
  input: string,
  tokens: readonly Token[],
  keys: readonly string[] = keysOf(tokens),
  byToken?: ReadonlyMap<number, AbbreviationUse>,
): TitleMention[] {
  const out: TitleMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const p = parseTitleAt(tokens, keys, input, i, byToken);
    if (p === null) continue;
    const first = tokens[i] as Token;
    if (!isCapitalized(first.normalized) && p.org === null) continue;
    p.titles.forEach((title, x) => {
      const [from, to] = p.parts[x] as [number, number];
      const a = tokens[from] as Token;
      const b = tokens[to - 1] as Token;
      const entry = x === 0 ? p.match.entry : matchTitleAt(tokens, keys, input, from)?.entry;
      out.push({
        start: a.start,
        end: b.end,
        text: input.slice(a.start, b.end),
        title,
        headOrDeputy: entry?.row.headOrDeputy ?? null,
        english: entry?.row.english ?? null,
      });
    });
    i = p.end - 1;
  }
  return out;
}

/**
 * Titles (positions with their organisation) in a text.
 * @example
 * findTitles("Đại tá Đào Quang Trường - Phó Giám đốc CATP dự hội nghị")[0].title
 * // { position: "Phó Giám đốc", positionId: "pho_giam_doc", organization: "CATP",
 * //   organizationExpanded: "Công an thành phố" }
 */
export function findTitles(
  text: string,
  options?: { publishedAt?: string | Date; abbreviations?: Record<string, string> },
): TitleMention[] {
  const input = checkText(text);
  checkOptionNames(options, ["publishedAt", "abbreviations"]);
  const tokens = tokenize(input);
  const keys = keysOf(tokens);
  const { byToken } = analyzeAbbreviations(input, tokens, options, keys);
  return findTitlesInTokens(input, tokens, keys, byToken);
}
