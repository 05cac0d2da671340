import { ORG_KIND_ROWS } from "../generated/entity-words.js";
import { boundedMemo, isTitleCase, keysOf, PhraseTrie, phraseKeys } from "../lexicon/index.js";
import { hasUpperCase } from "../text/chars.js";
import { type Token, tokenize } from "../tokenize/index.js";
import { countryMatchAt, levelMatchAt, placeMatchAt } from "./lookups.js";
import type { Organization, OrganizationKind } from "./schema.js";

type KindRow = (typeof ORG_KIND_ROWS)[number];
type Level = NonNullable<Organization["level"]>;

let kindTrieCache: PhraseTrie<KindRow> | undefined;
/** The rows written with a capital (`Trường`, `Công an`): they count only where the text capitalises them. */
const capitalRows = new Set<KindRow>();
function kindTrie(): PhraseTrie<KindRow> {
  if (kindTrieCache === undefined) {
    const trie = new PhraseTrie<KindRow>();
    for (const row of ORG_KIND_ROWS) {
      trie.add(phraseKeys(row.phrase), row);
      if (row.phrase !== row.phrase.toLowerCase()) capitalRows.add(row);
    }
    kindTrieCache = trie;
  }
  return kindTrieCache;
}

const ADMIN_LEVEL = new Map<string, Level>([
  ["tinh", "province"],
  ["thanh_pho", "province"],
  ["quan", "district"],
  ["huyen", "district"],
  ["thi_xa", "district"],
  ["xa", "commune"],
  ["phuong", "commune"],
  ["thi_tran", "commune"],
  ["dac_khu", "commune"],
]);

export interface KindAndLevel {
  kind: OrganizationKind;
  level: Level | null;
}

/**
 * Kind and level of an organisation from its expanded name (a kind word is read before a level
 * word at the same place: "Thông tấn xã" is no commune): a foreign country in it makes a
 * foreign body; else the first strong word (`Công an`, `Tòa án`, `Đảng ủy`, `Bệnh viện`), else the
 * first weak one (`Bộ`, `Cục`, `Trung đoàn`), else `other`. The level is that of the first
 * administrative word (`Công an huyện …` → district; `thành phố` of a province-level city →
 * province), else of a province named in it (`Sở … Hà Nội`), else of a word that implies one
 * (`Tỉnh ủy`, `Bộ`, `Trung ương`).
 */
export function kindAndLevel(expanded: string): KindAndLevel {
  const found = kindAndLevelByName(expanded);
  return { kind: found.kind, level: found.level };
}

/**
 * Kind and level by spelled-out name. Articles name the same bodies again and again (`Công an
 * thành phố Hà Nội`, `Ủy ban nhân dân tỉnh …`: about two in five names of a news stream were read
 * before), and reading one tokenises it anew.
 */
const kindAndLevelByName = boundedMemo(4000, (expanded): KindAndLevel => {
  const tokens = tokenize(expanded);
  return kindAndLevelOf(tokens, keysOf(tokens), expanded, 0, tokens.length);
});

/** kindAndLevel over tokens `[from, to)` of a text already tokenised (a name with no abbreviation in it). */
export function kindAndLevelOf(
  tokens: readonly Token[],
  keys: readonly string[],
  expanded: string,
  from: number,
  to: number,
): KindAndLevel {
  let strong: OrganizationKind | null = null;
  let weak: OrganizationKind | null = null;
  let adminLevel: Level | null = null;
  let placeLevel: Level | null = null;
  let wordLevel: Level | null = null;
  let foreign = false;
  for (let i = from; i < to; i++) {
    if (!foreign) {
      const country = countryMatchAt(tokens, keys, expanded, i);
      // (a country that is also a word or a name, "Đức" in "Bệnh viện Việt Đức", does not count)
      if (country?.values.some((c) => c.foreign && c.bare)) foreign = true;
    }
    const m = kindTrie().longestAt(keys, tokens, expanded, i);
    if (m !== null) {
      // a head noun counts when capitalised as one ("Trường", not "môi trường"); lower-case rows
      // ("quân sự", "tối cao") are qualifiers and count as written
      // (the case is read only for a capitalised row, and without the lower-case copy of the word)
      let capitalised: boolean | undefined;
      for (const row of m.values) {
        if (capitalRows.has(row)) {
          capitalised ??= hasUpperCase(tokens[i]?.normalized ?? "");
          if (!capitalised) continue;
        }
        if (row.kind !== null) {
          if (row.strong) strong ??= row.kind;
          else weak ??= row.kind;
        }
        if (row.level !== null) wordLevel ??= row.level;
      }
      i = m.end - 1;
      continue;
    }
    const admin = levelMatchAt(tokens, keys, expanded, i);
    if (admin !== null) {
      if (adminLevel === null) {
        const lv = ADMIN_LEVEL.get(admin.level) ?? null;
        // "thành phố Vinh" is a city inside a province, "thành phố Hà Nội" a province of its own
        // (a city named but not known is one inside a province; "Công an thành phố" alone is the
        // article's centrally-run city, as `CATP` is)
        const named = placeMatchAt(tokens, keys, expanded, admin.end);
        const next = admin.end < to ? tokens[admin.end] : undefined;
        const namesCity = next !== undefined && (isTitleCase(next) || next.kind === "number");
        adminLevel =
          admin.level === "thanh_pho" && namesCity && !named?.places.some((p) => p.level === "province")
            ? "district"
            : lv;
      }
      i = admin.end - 1;
      continue;
    }
    const place = placeMatchAt(tokens, keys, expanded, i);
    if (place !== null) {
      if (place.places.some((p) => p.level === "province")) placeLevel ??= "province";
      i = place.end - 1;
    }
  }
  return {
    kind: foreign ? "foreign_body" : (strong ?? weak ?? "other"),
    level: adminLevel ?? placeLevel ?? wordLevel,
  };
}

/** True when a party body's word begins at token i (`Đảng ủy`, `Tỉnh ủy`, `Chi bộ`). */
export function partyBodyAt(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  i: number,
): boolean {
  const m = kindTrie().longestAt(keys, tokens, input, i);
  return m?.values.some((row) => row.kind === "party_body") === true;
}
