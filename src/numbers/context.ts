import { type Atom, atomAt, isWordAtom, keyAt, matchTrie, type PhraseTrie, startsSentence } from "./atoms.js";
import { type Approximate, numberLexicon } from "./lexicon.js";
import { INT_RE } from "./parse.js";
import type { NumberMention } from "./schema.js";
import { isUpperInitial } from "./unit.js";

// The words around a number that decide what it is: an approximation before it, a label or name
// it belongs to, the frame that makes "một" a count, a noun left out, a currency written elsewhere.

export function approxBefore(
  atoms: readonly Atom[],
  i: number,
): { approx: Approximate; start: number } | null {
  const lex = numberLexicon();
  for (const back of [2, 1]) {
    if (i - back < 0) continue;
    const hit = matchTrie(lex.approx, atoms, i - back);
    if (hit && hit[1] === back) return { approx: hit[0], start: i - back };
  }
  return null;
}

/**
 * The number is a label or part of a name: "số 19", "quận 3", "Ban Chỉ đạo 799", "62 tuổi".
 * `outsideName`: an approximation word stands right before ("khoảng 2.000") or a unit is glued on
 * the digits ("80m"); a name holds neither, so the capitalised words before it (a caption run into
 * the text, a person: "cách nhà Tuấn 80m") name nothing about the number.
 */
export function isLabelled(atoms: readonly Atom[], i: number, end: number, outsideName = false): boolean {
  const lex = numberLexicon();
  for (const back of [1, 2]) {
    const hit = i - back >= 0 ? matchTrie(lex.labelBefore, atoms, i - back) : null;
    if (hit && hit[1] === back) {
      // "trong số 12 nhiệm vụ", "tổng số 50 vụ", "chỉ số 0,149mg/l": "số" = amount there, not
      // "number" (a unit follows, or is glued on: no label has one)
      if (keyAt(atoms, i - back) === "số" && (outsideName || matchTrie(lex.units, atoms, end))) continue;
      return true;
    }
  }
  if (keyAt(atoms, end) === "tuổi") return true;
  if (outsideName) return false;
  const before = atomAt(atoms, i - 1);
  if (before && isWordAtom(before) && isUpperInitial(before.norm) && !startsSentence(atoms, i - 1)) {
    // a capitalised word right before: a name ("Ban Chỉ đạo 799", "Cục V05"), unless a unit follows
    if (!matchTrie(lex.units, atoms, end)) return true;
  }
  // "Ban Chỉ đạo 799", "Ban Thường trực 138": a number closing a title-case name of three words
  const w1 = atomAt(atoms, i - 1);
  const w2 = atomAt(atoms, i - 2);
  const w3 = atomAt(atoms, i - 3);
  if (
    isWordAtom(w1) &&
    !lex.notUnit.has(w1!.key) && // "… Cần Thơ với 26 phương tiện": a function word ends the name
    isWordAtom(w2) &&
    isWordAtom(w3) &&
    isUpperInitial(w2!.norm) &&
    isUpperInitial(w3!.norm)
  ) {
    if (!startsSentence(atoms, i - 2)) return true;
  }
  return false;
}

/** A phrase of the trie ends right before atom `i` (it starts at most four atoms back). */
export function phraseEndsAt(trie: PhraseTrie<true>, atoms: readonly Atom[], i: number): boolean {
  for (let back = 1; back <= 4 && i - back >= 0; back++) {
    const hit = matchTrie(trie, atoms, i - back);
    if (hit !== null && hit[1] === back) return true;
  }
  return false;
}

/**
 * "một cảnh sát và một thanh niên", "một xe máy, 2 điện thoại": after the counted noun ending at
 * `k` comes "và" or a comma, then another number before a known noun: the "một" is one of a tally.
 */
export function coordinatedCount(atoms: readonly Atom[], k: number): boolean {
  if (k < 0) return false;
  const link = keyAt(atoms, k);
  if (link !== "và" && link !== ",") return false;
  const partner = atoms[k + 1];
  if (partner === undefined || partner.lineStart) return false;
  const lex = numberLexicon();
  const isNumber = INT_RE.test(partner.key) || lex.words.get(partner.key)?.role === "digit";
  return isNumber && matchTrie(lex.units, atoms, k + 2) !== null;
}

/** The number word at i is part of a phrase that is no number ("ba lô", "mỗi năm"). */
export function inNotNumber(atoms: readonly Atom[], i: number): boolean {
  const { notNumber } = numberLexicon();
  const here = matchTrie(notNumber, atoms, i);
  if (here !== null) return true;
  const before = i > 0 ? matchTrie(notNumber, atoms, i - 1) : null;
  return before !== null && before[1] === 2;
}

/** The last count with a noun ("có 10 công trình"): the word before it and the atom after its number. */
export interface LastCount {
  unit: string;
  cue: string;
  end: number;
}

const SENTENCE_END = new Set([".", "!", "?"]);

/**
 * The noun of a count left out in a parallel list: "quận A có 10 công trình, quận B có 9, quận C có
 * 8." A bare whole number closing its clause (a comma, full stop or line end after it) takes the noun
 * of the count just before in the same sentence when the same word introduces both ("có … có"):
 * that repeated frame is what makes the reader carry the noun over.
 */
export function elidedUnit(
  atoms: readonly Atom[],
  start: number,
  end: number,
  last: LastCount | null,
): string | null {
  if (last === null || start - last.end > 12 || start <= last.end) return null;
  if (!INT_RE.test(keyAt(atoms, end - 1)) || end - start > 2) return null;
  const after = atoms[end];
  if (
    after !== undefined &&
    !after.lineStart &&
    !(after.punct && (after.norm === "," || after.norm === "." || after.norm === ";"))
  )
    return null;
  if (keyAt(atoms, start - 1) !== last.cue || !isWordAtom(atomAt(atoms, start - 1))) return null;
  for (let k = last.end; k < start; k++) {
    const a = atoms[k] as Atom;
    if (a.lineStart || (a.punct && SENTENCE_END.has(a.norm))) return null;
  }
  return last.unit;
}

/**
 * A bare amount (only a magnitude or a vague amount is reported without a unit: "chiếm đoạt gần 500
 * triệu", a headline cut short) is the same money as that amount written with its currency elsewhere
 * in the text ("gần 500 triệu đồng"): it takes that currency. Amounts no other mention names stay bare.
 */
export function borrowCurrency(out: NumberMention[]): void {
  // "nghìn" and up: "hàng chục" (10) is no amount of money to match against "10 USD"
  const isBareAmount = (m: NumberMention) => m.unit === null && m.kind === "cardinal" && m.value >= 1000;
  let bare = false;
  for (const m of out) if (isBareAmount(m)) bare = true;
  if (!bare) return;
  const currencyOf = new Map<number, string>();
  for (const m of out)
    if (m.kind === "money" && m.unit !== null && !currencyOf.has(m.value)) currencyOf.set(m.value, m.unit);
  for (const m of out) {
    if (!isBareAmount(m)) continue;
    const currency = currencyOf.get(m.value);
    if (currency !== undefined) {
      m.unit = currency;
      m.kind = "money";
    }
  }
}
