import { NUMBER_WORDS } from "../generated/number-words.js";
import { UNITS } from "../generated/units.js";
import { buildTrie, type PhraseTrie } from "./atoms.js";

export type UnitKind = "money" | "measure" | "percent" | "count";
export type Approximate = "about" | "more_than" | "less_than" | "at_least" | "at_most";

export interface NumberLexicon {
  /** Single number words → role and value ("mươi" → tens 10). */
  words: Map<string, { role: string; value: number }>;
  /** Multi-word vague quantities ("hàng trăm" → 100). */
  vague: PhraseTrie<number>;
  approx: PhraseTrie<Approximate>;
  /** Words after which a number labels something ("số", "quận", "sinh năm"). */
  labelBefore: PhraseTrie<true>;
  notUnit: Set<string>;
  /** Phrases holding a number word that are no number: "ba lô" (a backpack), "mỗi năm" (every year). */
  notNumber: PhraseTrie<true>;
  /** Marks and phrases after which "một" counts (", một xe máy", "trong đó có một xe"), not "a". */
  oneAfter: PhraseTrie<true>;
  /**
   * Number words with no other reading ("hai", "bốn"): before any noun they count as digits do
   * ("hai cô giáo"), where "một" (also "a"), "ba" (also "father") or "năm" (also "year") need a
   * noun of the units table.
   */
  countsAlone: Set<string>;
  /** Packages and pieces of goods before which "một" counts ("thu giữ một túi ni lông"), not "a". */
  oneBefore: Set<string>;
  /** Words that make "chục" after them "tens of" ("hàng chục người", "vài chục phút"), not ten. */
  vagueBeforeTens: Set<string>;
  units: PhraseTrie<{ unit: string; kind: UnitKind }>;
  /** Lower-case unit → kind, for units glued to digits ("1,5kg"). */
  gluedUnits: Map<string, UnitKind>;
  /** Glued units as the lexicon writes them ("m", "ha", "USD"), to tell "5m" from a code "1517M". */
  gluedUnitsAsWritten: Set<string>;
}

let cached: NumberLexicon | null = null;

/** The compiled number vocabulary, built once from the generated tables (immutable afterwards). */
export function numberLexicon(): NumberLexicon {
  if (cached) return cached;
  const words = new Map<string, { role: string; value: number }>();
  const vague: [string, number][] = [];
  const approx: [string, Approximate][] = [];
  const labels: [string, true][] = [];
  const notUnit = new Set<string>();
  const notNumber: [string, true][] = [];
  const oneAfter: [string, true][] = [];
  const countsAlone = new Set<string>();
  const oneBefore = new Set<string>();
  const vagueBeforeTens = new Set<string>();
  for (const [word, role, value] of NUMBER_WORDS) {
    const key = word.toLowerCase();
    if (role === "vague") vague.push([key, Number(value)]);
    else if (role === "approx") approx.push([key, value as Approximate]);
    else if (role === "label_before") labels.push([key, true]);
    else if (role === "not_unit") notUnit.add(key);
    else if (role === "not_number") notNumber.push([key, true]);
    else if (role === "one_after") oneAfter.push([key, true]);
    else if (role === "counts_alone") countsAlone.add(key);
    else if (role === "one_before") oneBefore.add(key);
    else if (role === "vague_before_tens") vagueBeforeTens.add(key);
    else if (!words.has(key) || role === "digit") words.set(key, { role, value: Number(value) });
  }
  const gluedUnits = new Map<string, UnitKind>();
  const gluedUnitsAsWritten = new Set<string>();
  for (const [unit, kind] of UNITS)
    if (kind !== "count") {
      gluedUnits.set(unit.toLowerCase(), kind);
      gluedUnitsAsWritten.add(unit);
    }
  cached = {
    words,
    vague: buildTrie(vague),
    approx: buildTrie(approx),
    labelBefore: buildTrie(labels),
    notUnit,
    notNumber: buildTrie(notNumber),
    oneAfter: buildTrie(oneAfter),
    countsAlone,
    oneBefore,
    vagueBeforeTens,
    units: buildTrie(UNITS.map(([unit, kind]) => [unit, { unit, kind }] as const)),
    gluedUnits,
    gluedUnitsAsWritten,
  };
  return cached;
}
