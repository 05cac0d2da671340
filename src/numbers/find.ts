import { checkText } from "../arguments.js";
import { findDatesInAtoms } from "../dates/dates.js";
import { findDocumentsInAtoms } from "../documents/find.js";
import { KeyFilter } from "../lexicon/filter.js";
import {
  ensureLoaded,
  extendKey,
  LOADED,
  lookup,
  MAX_SYLLABLES,
  PREFIX,
  WORD,
  wordTable,
} from "../segment/dictionary.js";
import { hashFolded } from "../segment/hash.js";
import type { Token } from "../tokenize/schema.js";
import { tokenize } from "../tokenize/tokenize.js";
import { type Atom, buildAtoms, isWordAtom, matchTrie, type PhraseTrie, startsSentence } from "./atoms.js";
import { type Approximate, numberLexicon, type UnitKind } from "./lexicon.js";
import { looksLikePhone, parseDigits, parseRoman, readNumberWords } from "./parse.js";
import type { NumberMention } from "./schema.js";

const keyAt = (atoms: readonly Atom[], k: number): string => atoms[k]?.key ?? "";
const INT_RE = /^\d{1,6}$/;
const YEAR_LIKE = /^(?:1[89]\d\d|20\d\d)$/;
/** Digits with a unit glued on: "1,7934g", "25cm", "30kg", "15%". Bounded, anchored. */
const GLUED_RE = /^(\d[\d.,]{0,20})([\p{L}%°²³/]{1,6})$/u;

/** Words that make the next number an ordinal: "lần thứ 72", "thứ nhất", "hạng Ba", "giải Nhì". */
const ORDINAL_WORDS = new Set(["thứ", "hạng", "giải"]);

let startWordSet: { words: ReadonlySet<string>; filter: KeyFilter } | null = null;
/**
 * Every word a number mention may begin with (number words, the first words of vague amounts,
 * ordinal words, "lần"): one filtered lookup per atom instead of four. Built once, never changed.
 */
function mayStartNumber(lex: ReturnType<typeof numberLexicon>, key: string): boolean {
  if (startWordSet === null) {
    const words = new Set([...lex.words.keys(), ...lex.vague.next.keys(), ...ORDINAL_WORDS, "lần"]);
    const filter = new KeyFilter();
    for (const w of words) filter.add(w);
    startWordSet = { words, filter };
  }
  return startWordSet.filter.mayHave(key) && startWordSet.words.has(key);
}

interface Built {
  start: number;
  end: number;
  value: number;
  kind: NumberMention["kind"];
  unit: string | null;
  approximate: Approximate | null;
}

const isLowerInitial = (s: string) => s.length > 0 && s[0] !== s[0]!.toUpperCase();
const isUpperInitial = (s: string) => s.length > 0 && s[0] !== s[0]!.toLowerCase();

/**
 * The unit after atom index `j`: lexicon first (longest), else one lower-case noun. `afterWords`: the
 * number before is written in lower-case words ("hai", not "2" or "Ba").
 */
function readUnit(
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
  if (isWordAtom(a) && isLowerInitial(a.norm) && !lex.notUnit.has(a.key) && !lex.words.has(a.key)) {
    const length = dictionaryWordLength(atoms, j);
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
  const table = wordTable();
  const first = atoms[j] as Atom;
  let key = hashFolded(first.key, 0, first.key.length);
  let flags = lookup(table, key);
  if ((flags & LOADED) === 0 && ensureLoaded(table, key)) flags = lookup(table, key);
  let best = 1;
  for (let k = j + 1; k < j + MAX_SYLLABLES && flags & PREFIX; k++) {
    const next = atoms[k];
    if (next === undefined || next.lineStart || !isWordAtom(next) || !isLowerInitial(next.norm)) break;
    key = extendKey(key, hashFolded(next.key, 0, next.key.length));
    flags = lookup(table, key);
    if (flags & WORD) best = k - j + 1;
  }
  return best;
}

/** An ordinal from atom `i` ("thứ 72", "thứ nhất", "hạng Ba", "lần 2", "lần thứ XXIX"). */
function readOrdinal(atoms: readonly Atom[], i: number): Built | null {
  const lex = numberLexicon();
  let k = i;
  const start = i;
  if (keyAt(atoms, k) === "lần" && keyAt(atoms, k + 1) === "thứ") k++;
  const cue = keyAt(atoms, k);
  const bareLan = cue === "lần" && INT_RE.test(keyAt(atoms, k + 1));
  if (!ORDINAL_WORDS.has(cue) && !bareLan) return null;
  const a = atoms[k + 1];
  if (!a || a.lineStart) return null;
  let value: number | null = null;
  if (INT_RE.test(a.key)) value = Number(a.key);
  else if (cue !== "lần") {
    const roman = parseRoman(a.norm);
    if (roman !== null) value = roman;
    else {
      const w = lex.words.get(a.key);
      if (w && (w.role === "digit" || w.role === "ordinal" || w.role === "ten") && w.value > 0)
        value = w.value;
    }
  }
  if (value === null) return null;
  // "lần 2 người": a count after all; "thứ 2 tuần trước" is handled by dates
  if (bareLan && readUnit(atoms, k + 2)?.kind === "count" && keyAt(atoms, k + 2) !== "và") return null;
  // "giải" and "hạng" need a capitalised or numeric rank ("giải Nhất", "hạng 3"), not "giải ba vụ"
  if ((cue === "giải" || cue === "hạng") && !INT_RE.test(a.key) && !isUpperInitial(a.norm)) return null;
  // "độ phân giải 1536": a rank is a small number
  if ((cue === "giải" || cue === "hạng") && value > 20) return null;
  return { start, end: k + 2, value, kind: "ordinal", unit: null, approximate: null };
}

/** 1000, 1e6, 1e9 for "nghìn", "triệu", "tỷ"; 0 for anything else. */
function magnitudeOf(atom: Atom | undefined): number {
  const entry = atom ? numberLexicon().words.get(atom.key) : undefined;
  return entry && (entry.role === "thousand" || entry.role === "million" || entry.role === "billion")
    ? entry.value
    : 0;
}

function approxBefore(atoms: readonly Atom[], i: number): { approx: Approximate; start: number } | null {
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
 * `approximated`: an approximation word stands right before ("khoảng 2.000"); a name holds no such
 * word, so the capitalised words before it (a caption run into the text) name nothing about the number.
 */
function isLabelled(atoms: readonly Atom[], i: number, end: number, approximated = false): boolean {
  const lex = numberLexicon();
  for (const back of [1, 2]) {
    const hit = i - back >= 0 ? matchTrie(lex.labelBefore, atoms, i - back) : null;
    if (hit && hit[1] === back) {
      // "trong số 12 nhiệm vụ", "tổng số 50 vụ": "số" = amount there, not "number"
      if (keyAt(atoms, i - back) === "số" && matchTrie(lex.units, atoms, end)) continue;
      return true;
    }
  }
  if (keyAt(atoms, end) === "tuổi") return true;
  if (approximated) return false;
  const before = atoms[i - 1];
  if (before && isWordAtom(before) && isUpperInitial(before.norm) && !startsSentence(atoms, i - 1)) {
    // a capitalised word right before: a name ("Ban Chỉ đạo 799", "Cục V05"), unless a unit follows
    if (!matchTrie(lex.units, atoms, end)) return true;
  }
  // "Ban Chỉ đạo 799", "Ban Thường trực 138": a number closing a title-case name of three words
  const w1 = atoms[i - 1];
  const w2 = atoms[i - 2];
  const w3 = atoms[i - 3];
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
function phraseEndsAt(trie: PhraseTrie<true>, atoms: readonly Atom[], i: number): boolean {
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
function coordinatedCount(atoms: readonly Atom[], k: number): boolean {
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
function inNotNumber(atoms: readonly Atom[], i: number): boolean {
  const { notNumber } = numberLexicon();
  const here = matchTrie(notNumber, atoms, i);
  if (here !== null) return true;
  const before = i > 0 ? matchTrie(notNumber, atoms, i - 1) : null;
  return before !== null && before[1] === 2;
}

/** The last count with a noun ("có 10 công trình"): the word before it and the atom after its number. */
interface LastCount {
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
function elidedUnit(
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
  if (keyAt(atoms, start - 1) !== last.cue || !isWordAtom(atoms[start - 1])) return null;
  for (let k = last.end; k < start; k++) {
    const a = atoms[k] as Atom;
    if (a.lineStart || (a.punct && SENTENCE_END.has(a.norm))) return null;
  }
  return last.unit;
}

function buildFrom(
  atoms: readonly Atom[],
  i: number,
  blocked: Uint8Array,
  last: LastCount | null,
): Built | null {
  const lex = numberLexicon();
  const a = atoms[i] as Atom;
  const ordinal = readOrdinal(atoms, i);
  if (ordinal) {
    for (let k = ordinal.start; k < ordinal.end; k++) if (blocked[k]) return null;
    return ordinal;
  }
  const approx = approxBefore(atoms, i);
  let value: number | null = null;
  let end = i + 1;
  let kind: NumberMention["kind"] = "cardinal";
  let unit: string | null = null;
  let unitEnd = -1;
  let approximate: Approximate | null = approx?.approx ?? null;
  let fromWords = false;
  let magnified = false;
  let countEnd = -1; // the atom after the counted noun
  const vague = matchTrie(lex.vague, atoms, i);
  if (vague) {
    value = vague[0];
    end = i + vague[1];
    approximate = "at_least";
    const more = readNumberWords(atoms, end, value);
    if (more && more.words > 0) {
      value = more.value;
      end += more.length;
    }
  } else if (/^\d/.test(a.key)) {
    if (looksLikePhone(a.key)) return null;
    if (/^\d{11}/.test(a.key)) return null; // an account or ID number, not a quantity
    let digits = a.key;
    const glued = GLUED_RE.exec(a.norm);
    if (glued && parseDigits(digits) === null) {
      digits = glued[1] as string;
      const suffix = (glued[2] as string).toLowerCase();
      const unitKind = suffix === "%" ? "percent" : lex.gluedUnits.get(suffix);
      if (!unitKind) return null; // a code such as "2A" or "12B"
      // "3Đồng Nai", "5Yên Bái" (a numbered list run into names): units are written in lower case
      if (
        isUpperInitial(glued[2] as string) &&
        (glued[2] as string).length > 1 &&
        !/^[A-Z]+$/.test(glued[2] as string)
      )
        return null;
      // "1517M" (a case code): an upper-case letter the lexicon writes in lower case ("m") is no unit.
      if (/^\p{Lu}$/u.test(glued[2] as string) && !lex.gluedUnitsAsWritten.has(glued[2] as string))
        return null;
      unit = glued[2] as string;
      kind = unitKind === "count" ? "cardinal" : unitKind;
      unitEnd = i + 1;
    }
    value = parseDigits(digits);
    if (value === null) return null;
    if (unitEnd < 0) {
      const more = readNumberWords(atoms, i + 1, value);
      if (more && more.words > 0) {
        value = more.value;
        end = i + 1 + more.length;
        magnified = true;
        // "5 tỷ 200 triệu đồng": a smaller group written in digits after a magnitude
        let lastMagnitude = magnitudeOf(atoms[end - 1]);
        for (let n = 0; n < 3 && lastMagnitude > 0; n++) {
          const group = parseDigits(keyAt(atoms, end));
          const magnitude = magnitudeOf(atoms[end + 1]);
          if (group === null || group >= 1000 || magnitude === 0 || magnitude >= lastMagnitude) break;
          value += group * magnitude;
          end += 2;
          lastMagnitude = magnitude;
        }
      }
    }
  } else {
    // "ba lô" (a backpack), "mỗi năm" (every year): the number word belongs to another word here.
    if (inNotNumber(atoms, i)) return null;
    const w = readNumberWords(atoms, i);
    if (!w) return null;
    value = w.value;
    end = i + w.length;
    fromWords = true;
  }
  if (value === null) return null;
  for (let k = approx?.start ?? i; k < end; k++) if (blocked[k]) return null;
  if (unitEnd < 0) {
    const u = readUnit(atoms, end, fromWords && isLowerInitial(a.norm));
    if (u) {
      countEnd = u.end;
      unit = u.unit;
      kind = u.kind === "count" ? "cardinal" : u.kind;
      if (u.kind !== "count") unitEnd = u.end;
      // a number word alone counts only before a known noun ("hai đối tượng", not "một cách")
      if (fromWords && end - i === 1 && !matchTrie(lex.units, atoms, end)) return null;
    } else if (fromWords && end - i === 1) return null;
  }
  if (fromWords && (atoms[i - 1]?.key === "thứ" || atoms[i - 1]?.key === "mùng")) return null;
  // "một" is mostly the article "a" ("rút một con dao"); it counts in enumerations and parts of a set
  // ("30 kg, một xe máy", "trong đó có một xe taxi") and when coordinated with another count
  // ("khiến một cảnh sát và hai người dân bị thương")
  if (fromWords && end - i === 1 && a.key === "một" && !approx) {
    if (!phraseEndsAt(lex.oneAfter, atoms, i) && !coordinatedCount(atoms, countEnd)) return null;
  }
  // a cardinal without a counted noun is a label or a fragment, rarely a quantity worth reporting
  if (kind === "cardinal" && unit === null && !vague && !magnified) {
    unit = fromWords ? null : elidedUnit(atoms, approx?.start ?? i, end, last);
    if (unit === null) return null;
  }
  if (!vague && isLabelled(atoms, i, end, approx !== null)) return null;
  // a year, not a count, unless a known noun follows ("2016 đạt" is a year, "2000 người" a count)
  if (!vague && YEAR_LIKE.test(a.key) && !matchTrie(lex.units, atoms, end)) return null;
  if (unitEnd >= 0 && blocked[unitEnd - 1]) return null;
  if (kind === "percent") value = Number((value / 100).toPrecision(12));
  return {
    start: approx?.start ?? i,
    end: Math.max(end, unitEnd),
    value,
    kind,
    unit,
    approximate,
  };
}

const RANGE_TOKEN = /^(\d{1,6})[-–](\d{1,6})$/;

/**
 * "3-5 đợt", "50 - 70 cán bộ", "1-2 cm": two whole numbers joined by a dash, the smaller first, before
 * a unit: both ends are quantities of that unit (a date such as "3-5" claimed by the dates stage is
 * blocked before this is asked).
 */
function readRange(
  input: string,
  atoms: readonly Atom[],
  i: number,
  blocked: Uint8Array,
): { mentions: NumberMention[]; end: number } | null {
  const a = atoms[i] as Atom;
  let low: number;
  let high: number;
  let lowEnd: number;
  let highStart: number;
  let end: number;
  const glued = RANGE_TOKEN.exec(a.key);
  if (glued !== null) {
    // Offsets inside one token hold only where the text is written as normalised.
    if (a.end - a.start !== a.key.length) return null;
    low = Number(glued[1]);
    high = Number(glued[2]);
    lowEnd = a.start + (glued[1] as string).length;
    highStart = lowEnd + 1;
    end = i + 1;
  } else {
    const dash = atoms[i + 1];
    const b = atoms[i + 2];
    if (!INT_RE.test(a.key) || dash === undefined || b === undefined || !INT_RE.test(b.key)) return null;
    if (dash.norm !== "-" && dash.norm !== "–") return null;
    low = Number(a.key);
    high = Number(b.key);
    lowEnd = a.end;
    highStart = b.start;
    end = i + 3;
  }
  if (!(low < high) || YEAR_LIKE.test(String(low))) return null;
  for (let k = i; k < end; k++) if (blocked[k]) return null;
  const unit = readUnit(atoms, end);
  if (unit === null || blocked[unit.end - 1] || isLabelled(atoms, i, end)) return null;
  const kind: NumberMention["kind"] = unit.kind === "count" ? "cardinal" : unit.kind;
  const last = atoms[unit.end - 1] as Atom;
  const approximate = approxBefore(atoms, i)?.approx ?? null;
  const mention = (start: number, stop: number, value: number, range: "low" | "high"): NumberMention => ({
    start,
    end: stop,
    text: input.slice(start, stop),
    value: kind === "percent" ? Number((value / 100).toPrecision(12)) : value,
    kind,
    unit: unit.unit,
    approximate,
    range,
  });
  return {
    // As for single numbers, a counted noun stays outside the span; a measure or money is inside.
    mentions: [
      mention(a.start, lowEnd, low, "low"),
      mention(highStart, unit.kind === "count" ? (atoms[end - 1] as Atom).end : last.end, high, "high"),
    ],
    end: unit.end,
  };
}

/** Numbers over atoms already built, skipping atoms inside the given date and document spans. */
export function findNumbersInAtoms(
  input: string,
  atoms: readonly Atom[],
  excluded: readonly { start: number; end: number }[],
): NumberMention[] {
  const blocked = new Uint8Array(atoms.length);
  // excluded spans arrive in text order (one pass each over atoms)
  const spans = [...excluded].sort((x, y) => x.start - y.start);
  let s = 0;
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k] as Atom;
    while (s < spans.length && (spans[s] as { end: number }).end <= a.start) s++;
    for (let t = s; t < spans.length && (spans[t] as { start: number }).start < a.end; t++) {
      if ((spans[t] as { end: number }).end > a.start) {
        blocked[k] = 1;
        break;
      }
    }
  }
  const out: NumberMention[] = [];
  const lex = numberLexicon();
  let lastCount: LastCount | null = null;
  let i = 0;
  while (i < atoms.length) {
    const a = atoms[i] as Atom;
    if (blocked[i] || a.punct) {
      i++;
      continue;
    }
    const c = a.key.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      const range = readRange(input, atoms, i, blocked);
      if (range !== null) {
        out.push(...range.mentions);
        i = range.end;
        continue;
      }
    }
    const mayStart = (c >= 48 && c <= 57) || mayStartNumber(lex, a.key);
    const built: Built | null = mayStart ? buildFrom(atoms, i, blocked, lastCount) : null;
    if (!built) {
      i++;
      continue;
    }
    const first = atoms[built.start] as Atom;
    const lastAtom = atoms[built.end - 1] as Atom;
    out.push({
      start: first.start,
      end: lastAtom.end,
      text: input.slice(first.start, lastAtom.end),
      value: built.value,
      kind: built.kind,
      unit: built.unit,
      approximate: built.approximate,
      range: null,
    });
    if (built.kind === "cardinal" && built.unit !== null)
      lastCount = { unit: built.unit, cue: keyAt(atoms, built.start - 1), end: built.end };
    i = built.end;
  }
  borrowCurrency(out);
  return out;
}

/**
 * A bare amount (only a magnitude or a vague amount is reported without a unit: "chiếm đoạt gần 500
 * triệu", a headline cut short) is the same money as that amount written with its currency elsewhere
 * in the text ("gần 500 triệu đồng"): it takes that currency. Amounts no other mention names stay bare.
 */
function borrowCurrency(out: NumberMention[]): void {
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

function excludedSpans(input: string, atoms: readonly Atom[]): { start: number; end: number }[] {
  return [...findDatesInAtoms(input, atoms), ...findDocumentsInAtoms(input, atoms)];
}

/**
 * Numbers in text already tokenized by `tokenize`.
 * @example findNumbersInTokens(text, tokenize(text))
 */
export function findNumbersInTokens(input: string, tokens: readonly Token[]): NumberMention[] {
  checkText(input, "input");
  const atoms = buildAtoms(input, tokens);
  return findNumbersInAtoms(input, atoms, excludedSpans(input, atoms));
}

/**
 * Quantities, money, measures, percentages and ordinals. Numbers that belong to a date, time,
 * duration, document number, code, age, address or name are left out.
 * @example
 * findNumbers("duy trì 490 mô hình, thu 5 tỷ đồng, tăng 15%")
 * // [{ text: "490", value: 490, kind: "cardinal", unit: "mô hình", approximate: null, … },
 * //  { text: "5 tỷ đồng", value: 5000000000, kind: "money", unit: "đồng", … },
 * //  { text: "15%", value: 0.15, kind: "percent", unit: "%", … }]
 */
export function findNumbers(text: string): NumberMention[] {
  checkText(text);
  return findNumbersInTokens(text, tokenize(text));
}
