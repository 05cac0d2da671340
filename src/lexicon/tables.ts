import { ABBREVIATION_ROWS } from "../generated/abbreviations.js";
import { ARTICLE_MARKERS } from "../generated/article-markers.js";
import { PERSON_NOUN_ROWS, SURNAMES } from "../generated/names.js";
import { ORGANIZATION_ROWS } from "../generated/organizations.js";
import { DISTRICT_ROWS, PROVINCE_ROWS } from "../generated/places.js";
import { RANK_ROWS } from "../generated/ranks.js";
import { TITLE_ROWS } from "../generated/titles.js";
import { matchKey } from "../text/index.js";
import { tokenize } from "../tokenize/index.js";
import { isCodeToken } from "./tokens.js";
import { PhraseTrie, tokenKey } from "./trie.js";

export type RankRow = (typeof RANK_ROWS)[number];
export type TitleRow = (typeof TITLE_ROWS)[number];
export type PersonNounRow = (typeof PERSON_NOUN_ROWS)[number];
export type AbbreviationRow = (typeof ABBREVIATION_ROWS)[number];

/** A spelling of a rank, with the case it was written in (lower-case ranks need a name after them). */
export interface RankEntry {
  row: RankRow;
  variant: string;
}
/** A spelling of a title; `positionLength` tokens of it are the position word, the rest its organisation ("Trưởng CATX"). */
export interface TitleEntry {
  row: TitleRow;
  variant: string;
  positionLength: number;
  /** The split comes from a typical organisation ("Thủ tướng Chính phủ"): it holds only where the text capitalises that name. */
  splitAtOrganization?: boolean;
}
export interface PlaceEntry {
  name: string;
  /** "province" rows come from data/provinces.tsv, "district" rows from data/districts.tsv. */
  level: "province" | "district";
  type: string;
  /** The province-level unit the place belongs to (itself for a province). */
  province: string;
}
export interface OrgEntry {
  phrase: string;
  kind:
    | "org_head"
    | "org_fixed"
    | "org_field"
    | "admin_level"
    | "stop"
    | "title_link"
    | "title_joiner"
    | "post_qualifier"
    | "place_word";
  level: string | null;
}

/** Token keys of a phrase, tokenised exactly like the text it is matched against. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map(tokenKey);
}

function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) value = build();
    return value;
  };
}

export const rankTrie = lazy(() => {
  const trie = new PhraseTrie<RankEntry>();
  const seen = new Set<string>();
  for (const row of RANK_ROWS) {
    for (const variant of row.variants) {
      // Spellings that differ only in case or tone placement are one entry.
      const keys = phraseKeys(variant);
      const id = `${keys.join(" ")}|${row.id}`;
      if (seen.has(id)) continue;
      seen.add(id);
      trie.add(keys, { row, variant });
    }
  }
  return trie;
});

export const titleTrie = lazy(() => {
  const trie = new PhraseTrie<TitleEntry>();
  const seen = new Set<string>();
  for (const row of TITLE_ROWS) {
    for (const variant of row.variants) {
      const tokens = tokenize(variant);
      // "Trưởng CATX", "Phó Trưởng Công an": the position word ("Trưởng", "Phó Trưởng") ends where the
      // unit begins; longer labels ("Thủ trưởng Cơ quan CSĐT") are positions as a whole.
      let positionLength = tokens.length;
      for (let k = 1; k < tokens.length; k++) {
        const t = tokens[k];
        if (t === undefined) continue;
        const key = tokenKey(t);
        if (k > 2) break;
        if (
          isCodeToken(t) ||
          (key === "công" &&
            tokens[k + 1] !== undefined &&
            tokenKey(tokens[k + 1] as (typeof tokens)[number]) === "an")
        ) {
          positionLength = k;
          break;
        }
      }
      const keys = tokens.map(tokenKey);
      // "Thủ tướng Chính phủ": a variant that ends with one of the position's typical organisations.
      // (A one-word unit noun closing a position, "Trưởng phòng", stays part of it.)
      let splitAtOrganization = false;
      for (let k = 1; k < keys.length - 1 && positionLength === keys.length; k++) {
        const tail = keys.slice(k).join(" ");
        const capital = /^\p{Lu}/u.test((tokens[k] as (typeof tokens)[number]).normalized);
        if (capital && row.typicalOrganizations.some((o) => phraseKeys(o).join(" ") === tail)) {
          positionLength = k;
          splitAtOrganization = true;
        }
      }
      const id = `${keys.join(" ")}|${row.id}`;
      if (seen.has(id)) continue;
      seen.add(id);
      trie.add(keys, { row, variant, positionLength, splitAtOrganization });
    }
  }
  return trie;
});

/** Words that open a photo or source credit ("Ảnh: …", "Theo …"), from data/article-markers.tsv. */
export const creditWordSet = lazy(
  () =>
    new Set(ARTICLE_MARKERS.filter(([, kind]) => kind === "caption" || kind === "credit").map(([p]) => p)),
);

export const surnameSet = lazy(() => new Set(SURNAMES.map((s) => matchKey(s))));

/**
 * Nouns written before a name ("đồng chí", "bị can", "anh"), verbs that take a full name ("bắt giữ")
 * and occupations that do too ("luật sư", "lái xe": position "cue").
 */
export const personNounTrie = lazy(() => {
  const trie = new PhraseTrie<PersonNounRow>();
  for (const row of PERSON_NOUN_ROWS)
    if (row.position === "before" || row.position === "verb" || row.position === "cue")
      trie.add(phraseKeys(row.noun), row);
  return trie;
});

/** Academic titles written between a rank and a name ("Thiếu tướng, PGS.TS Nguyễn Văn A"), by key. */
export const honorificSet = lazy(
  () => new Set(PERSON_NOUN_ROWS.filter((r) => r.position === "honorific").map((r) => matchKey(r.noun))),
);

/** Words that open a parenthesis after a name: "(SN 1990", "(36 tuổi", "(trú tại". */
export const personDetailTrie = lazy(() => {
  const trie = new PhraseTrie<PersonNounRow>();
  for (const row of PERSON_NOUN_ROWS) if (row.position === "after") trie.add(phraseKeys(row.noun), row);
  return trie;
});

/** Province and district names, with "Hồ Chí Minh" for "Thành phố Hồ Chí Minh" (as in "TP Hồ Chí Minh"). */
export const placeTrie = lazy(() => {
  const trie = new PhraseTrie<PlaceEntry>();
  const seen = new Set<string>();
  const add = (name: string, entry: PlaceEntry) => {
    const key = `${entry.level}|${matchKey(name)}|${entry.province}`;
    if (seen.has(key)) return;
    seen.add(key);
    trie.add(phraseKeys(name), entry);
  };
  for (const p of PROVINCE_ROWS) {
    const entry: PlaceEntry = { name: p.name, level: "province", type: p.type, province: p.name };
    add(p.name, entry);
    if (p.name.startsWith("Thành phố ")) add(p.name.slice("Thành phố ".length), entry);
    // "Bà Rịa – Vũng Tàu" is also written with a hyphen.
    if (p.name.includes(" – ")) add(p.name.replace(" – ", " - "), entry);
  }
  for (const d of DISTRICT_ROWS)
    add(d.name, { name: d.name, level: "district", type: d.type, province: d.province });
  return trie;
});

export const orgTrie = lazy(() => {
  const trie = new PhraseTrie<OrgEntry>();
  for (const row of ORGANIZATION_ROWS) trie.add(phraseKeys(row.phrase), row as OrgEntry);
  return trie;
});

export const abbreviationRows = (): readonly AbbreviationRow[] => ABBREVIATION_ROWS;
