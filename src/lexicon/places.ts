import type { Token } from "../tokenize/index.js";
import { orgTrie, type PlaceEntry, placeTrie } from "./tables.js";

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
