import { adminLevelAt, placeAt } from "../lexicon/index.js";
import type { Token } from "../tokenize/index.js";

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
