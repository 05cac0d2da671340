import { orgTrie, type PlaceEntry, placeTrie } from "../lexicon/index.js";
import type { Token } from "../tokenize/index.js";

/** The place named right at token i (`Hải Phòng`, `Kiến An`, `Hồ Chí Minh`), longest first. */
export function placeAt(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  i: number,
): { end: number; places: readonly PlaceEntry[] } | null {
  const t = tokens[i];
  if (t === undefined || (t.kind !== "word" && t.kind !== "name")) return null;
  const m = placeTrie().longestAt(keys, tokens, input, i);
  return m === null ? null : { end: m.end, places: m.values };
}

/** The administrative level word at token i (`tỉnh`, `thành phố`, `TP`, `quận` …). */
export function adminLevelAt(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  i: number,
): { end: number; level: string } | null {
  const m = orgTrie().longestAt(keys, tokens, input, i);
  if (m === null) return null;
  const entry = m.values.find((v) => v.kind === "admin_level");
  return entry === undefined ? null : { end: m.end, level: entry.level ?? "" };
}

/**
 * The cities and provinces an article shows: a province-level name after `thành phố`/`TP`/`tỉnh`
 * or on its own, and a district after `quận`/`huyện`/`thị xã` (which names its city: "quận Kiến
 * An" → Hải Phòng). Counted per distinct name; used to complete `CATP` and `CAT`.
 */
export interface PlaceEvidence {
  cities: Set<string>;
  provinces: Set<string>;
}

export function placeEvidence(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
): PlaceEvidence {
  const cities = new Set<string>();
  const provinces = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const level = adminLevelAt(tokens, keys, input, i);
    const at = level === null ? i : level.end;
    const m = placeAt(tokens, keys, input, at);
    if (m === null) continue;
    const isDistrictLevel =
      level !== null && (level.level === "quan" || level.level === "huyen" || level.level === "thi_xa");
    for (const p of m.places) {
      if (p.level === "district") {
        if (isDistrictLevel) cities.add(p.province);
      } else if (p.type === "thanh_pho" && (level === null || level.level === "thanh_pho"))
        cities.add(p.name);
      else if (p.type === "tinh" && level !== null && level.level === "tinh") provinces.add(p.name);
    }
    i = m.end - 1;
  }
  return { cities, provinces };
}
