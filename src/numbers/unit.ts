import { longestDictionaryWord } from "../segment/dictionary.js";
import { type Atom, isWordAtom, matchTrie } from "./atoms.js";
import { numberLexicon, type UnitKind } from "./lexicon.js";

// The unit after a number: a row of data/units.tsv, a rate, or a dictionary noun.

export const isLowerInitial = (s: string) => s.length > 0 && s[0] !== s[0]!.toUpperCase();
export const isUpperInitial = (s: string) => s.length > 0 && s[0] !== s[0]!.toLowerCase();

/**
 * The unit after atom index `j`: lexicon first (longest), else a rate ("đồng/tháng"), else a
 * lower-case noun (the longest dictionary word). `afterWords`: the number before is written in
 * lower-case words ("hai", not "2" or "Ba").
 */
export function readUnit(
  atoms: readonly Atom[],
  j: number,
  afterWords = false,
): { unit: string; kind: UnitKind; end: number } | null {
  const lex = numberLexicon();
  const a = atoms[j];
  if (!a || a.lineStart) return null;
  if (a.norm === "%") return { unit: "%", kind: "percent", end: j + 1 };
  const hit = matchTrie(lex.units, atoms, j);
  // a capitalised word after a number starts a name ("Note 7 Bộ Thương mại") or, after digits, often a
  // new sentence run in without its full stop ("Mazda 3 2009 Chiếc ô tô cũ"), unless the unit itself
  // is written so ("04 Nghị quyết", "20.000 NDT"), or it stands alone (no capitalised word after it
  // to make a name of it) and is a currency or measure ("1.078.920 Yên, tương đương 216 triệu Đồng")
  // or a noun capitalised out of respect after a number in lower-case words ("giữa hai Bộ;")
  if (hit && isUpperInitial(a.norm) && !isUpperInitial(hit[0].unit)) {
    const next = atoms[j + hit[1]];
    const alone =
      next !== undefined &&
      !next.lineStart &&
      (next.punct || (isWordAtom(next) && isLowerInitial(next.norm)));
    if (!alone || (hit[0].kind === "count" && !afterWords)) return null;
  }
  if (hit) {
    const written = atoms
      .slice(j, j + hit[1])
      .map((x) => x.norm)
      .join(" ");
    return { unit: written, kind: hit[0].kind, end: j + hit[1] };
  }
  const rate = rateUnit(a);
  if (rate !== null) return { unit: a.norm, kind: rate, end: j + 1 };
  if (isWordAtom(a) && isLowerInitial(a.norm) && !lex.notUnit.has(a.key)) {
    const length = dictionaryWordLength(atoms, j);
    // a number word is no unit ("2 triệu"), unless it opens a longer word ("2.000 linh kiện")
    if (length === 1 && lex.words.has(a.key)) return null;
    if (length === 1) return { unit: a.norm, kind: "count", end: j + 1 };
    let unit = a.norm;
    let key = a.key;
    for (let k = j + 1; k < j + length; k++) {
      unit += ` ${(atoms[k] as Atom).norm}`;
      key += ` ${(atoms[k] as Atom).key}`;
    }
    // a function word of several syllables ("đối với", "thậm chí") is no noun either
    return lex.notUnit.has(key) ? null : { unit, kind: "count", end: j + length };
  }
  return null;
}

const RATE_PER = /^\p{L}+$/u;

/**
 * A rate written as one run, a unit of the table per something ("đồng/tháng", "đồng/lượng",
 * "lần/tuần"): the kind of the unit before the slash, or null.
 */
function rateUnit(a: Atom): UnitKind | null {
  const slash = a.key.indexOf("/");
  if (slash <= 0 || slash > 12 || !RATE_PER.test(a.key.slice(slash + 1))) return null;
  const head = a.key.slice(0, slash);
  const entry = numberLexicon().units.next.get(head)?.value;
  if (entry === undefined || (isUpperInitial(a.norm) && !isUpperInitial(entry.unit))) return null;
  return entry.kind;
}

/**
 * Syllables of the longest segmenter-dictionary word of lower-case syllables starting at atom `j`
 * (1 when none is longer): a counted noun outside the units table is a word, not its first
 * syllable ("79 chung cư", "5 dự án", not "chung", "dự"). Asked only after a number, a few lookups.
 */
function dictionaryWordLength(atoms: readonly Atom[], j: number): number {
  const syllableAt = (k: number): string | undefined => {
    const atom = atoms[j + k];
    if (k === 0) return atom?.key;
    if (atom === undefined || atom.lineStart || !isWordAtom(atom) || !isLowerInitial(atom.norm))
      return undefined;
    return atom.key;
  };
  return Math.max(1, longestDictionaryWord(syllableAt));
}
