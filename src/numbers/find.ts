import { checkText } from "../arguments.js";
import { findDatesInAtoms } from "../dates/dates.js";
import { findDocumentsInAtoms } from "../documents/find.js";
import { KeyFilter } from "../lexicon/filter.js";
import { isDigitCode } from "../text/chars.js";
import type { Token } from "../tokenize/schema.js";
import { tokenize } from "../tokenize/tokenize.js";
import { type Atom, buildAtoms, keyAt, matchTrie } from "./atoms.js";
import {
  approxBefore,
  borrowCurrency,
  coordinatedCount,
  elidedUnit,
  inNotNumber,
  isLabelled,
  type LastCount,
  phraseEndsAt,
} from "./context.js";
import { type Approximate, numberLexicon, type UnitKind } from "./lexicon.js";
import { INT_RE, looksLikePhone, magnitudeOf, parseDigits, parseRoman, readNumberWords } from "./parse.js";
import type { NumberMention } from "./schema.js";
import { isLowerInitial, isUpperInitial, readUnit } from "./unit.js";

const YEAR_LIKE = /^(?:1[89]\d\d|20\d\d)$/;
/** YEAR_LIKE, answered without the regular expression for the keys that are not four characters. */
const isYearLike = (key: string) => key.length === 4 && YEAR_LIKE.test(key);
/** Digits with a unit glued on: "1,7934g", "25cm", "30kg", "15%", "200m2". Bounded, anchored. */
const GLUED_RE = /^(\d[\d.,]{0,20})([\p{L}%°²³/]{1,6}[23]?)$/u;
const PERCENT_RATE_RE = /^(\d[\d.,]{0,20})%\/(\p{Ll}{1,8})$/u;

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
  } else if (isDigitCode(a.key.charCodeAt(0))) {
    if (looksLikePhone(a.key)) return null;
    if (/^\d{11}/.test(a.key)) return null; // an account or ID number, not a quantity
    let digits = a.key;
    // "lãi suất 15%/tháng": a percentage per unit of time, written as one run, is a rate
    // (asked only of a run with "%/" in it: most numbers have none)
    const rate = a.norm.includes("%/") ? PERCENT_RATE_RE.exec(a.norm) : null;
    const glued = rate === null ? GLUED_RE.exec(a.norm) : null;
    if (rate !== null) {
      digits = rate[1] as string;
      unit = `%/${rate[2] as string}`;
      kind = "percent";
      unitEnd = i + 1;
    } else if (glued && parseDigits(digits) === null) {
      digits = glued[1] as string;
      const suffix = (glued[2] as string).toLowerCase();
      // "0,149mg/l", "5km/h": a measure per another unit, named by its head
      const slash = suffix.indexOf("/");
      const unitKind =
        suffix === "%"
          ? "percent"
          : (lex.gluedUnits.get(suffix) ??
            (slash > 0 && slash < suffix.length - 1
              ? lex.gluedUnits.get(suffix.slice(0, slash))
              : undefined));
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
    // a number word alone counts only before a known noun ("hai đối tượng", not "một cách"): asked
    // first, so that the many "một" articles skip the rate and dictionary look-ups of readUnit
    // (a word that is only ever a number, written in lower case, takes any noun, as digits do)
    if (
      fromWords &&
      end - i === 1 &&
      !matchTrie(lex.units, atoms, end) &&
      !(lex.countsAlone.has(a.key) && isLowerInitial(a.norm))
    )
      return null;
    // "năm" is also "year" ("Trong năm Bộ đã …"): it takes no capitalised noun as its unit
    const u = readUnit(atoms, end, fromWords && isLowerInitial(a.norm) && a.key !== "năm");
    if (u) {
      countEnd = u.end;
      unit = u.unit;
      kind = u.kind === "count" ? "cardinal" : u.kind;
      if (u.kind !== "count") unitEnd = u.end;
    } else if (fromWords && end - i === 1) return null;
  }
  if (fromWords && (keyAt(atoms, i - 1) === "thứ" || keyAt(atoms, i - 1) === "mùng")) return null;
  // "một" is mostly the article "a" ("rút một con dao"); it counts in enumerations and parts of a set
  // ("30 kg, một xe máy", "trong đó có một xe taxi") and when coordinated with another count
  // ("khiến một cảnh sát và hai người dân bị thương"), and before a package of goods, which news
  // names to tally what was found ("thu giữ một túi ni lông")
  if (fromWords && end - i === 1 && a.key === "một" && !approx) {
    if (
      !phraseEndsAt(lex.oneAfter, atoms, i) &&
      !coordinatedCount(atoms, countEnd) &&
      !lex.oneBefore.has(keyAt(atoms, end))
    )
      return null;
  }
  // a cardinal without a counted noun is a label or a fragment, rarely a quantity worth reporting
  if (kind === "cardinal" && unit === null && !vague && !magnified) {
    unit = fromWords ? null : elidedUnit(atoms, approx?.start ?? i, end, last);
    if (unit === null) return null;
  }
  // a unit glued to the digits ("cách nhà Tuấn 80m") is written into the number: no name's label
  const gluedUnit = unitEnd === i + 1 && unit !== null;
  if (!vague && isLabelled(atoms, i, end, approx !== null || gluedUnit)) return null;
  // a year, not a count, unless a known noun follows ("2016 đạt" is a year, "2000 người" a count)
  if (!vague && isYearLike(a.key) && !matchTrie(lex.units, atoms, end)) return null;
  if (unitEnd >= 0 && blocked[unitEnd - 1]) return null;
  return {
    start: approx?.start ?? i,
    end: Math.max(end, unitEnd),
    value,
    kind,
    unit,
    approximate,
  };
}

/** "3-5", "300.000-500.000": two whole numbers glued by a dash, thousands grouped by dots or not. */
const RANGE_TOKEN = /^(\d{1,6}|\d{1,3}(?:\.\d{3}){1,3})[-–](\d{1,6}|\d{1,3}(?:\.\d{3}){1,3})$/;
const RANGE_UNIT_TOKEN = /^(\d{1,6})[-–](\d{1,6})(\p{L}{1,4}[23]?)$/u;

/**
 * "3-5 đợt", "50 - 70 cán bộ", "1-2 cm", "5 đến 6 chiếc": two whole numbers joined by a dash, "đến" or
 * "tới", the smaller first, before a unit: both ends are quantities of that unit (a date such as
 * "3-5" or "5 đến 10/6" claimed by the dates stage is blocked before this is asked).
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
  // "60-120mm": a measure's unit glued on the range, written into its second end
  let gluedUnit: { unit: string; kind: UnitKind; end: number } | null = null;
  // (asked only of an atom with a dash in it: most numbers have none)
  const dashed = a.key.includes("-") || a.key.includes("–");
  const withUnit = dashed ? RANGE_UNIT_TOKEN.exec(a.norm) : null;
  if (withUnit !== null) {
    const written = withUnit[3] as string;
    const lex = numberLexicon();
    // (gluedUnits holds measures, money and percent only: never a counted noun)
    const kind = lex.gluedUnits.get(written.toLowerCase());
    if (kind === undefined || a.end - a.start !== a.norm.length) return null;
    if (isUpperInitial(written) && !lex.gluedUnitsAsWritten.has(written)) return null;
    gluedUnit = { unit: written, kind, end: i + 1 };
  }
  const glued = withUnit ?? (dashed ? RANGE_TOKEN.exec(a.key) : null);
  if (glued !== null) {
    // Offsets inside one token hold only where the text is written as normalised.
    if (a.end - a.start !== a.key.length) return null;
    low = Number((glued[1] as string).replaceAll(".", ""));
    high = Number((glued[2] as string).replaceAll(".", ""));
    // "100-300.000 đồng": the first end shares the second's thousands
    const groups = (glued[2] as string).split(".").length - 1;
    if (groups > 0 && !(glued[1] as string).includes(".") && low < 1000) low *= 1000 ** groups;
    lowEnd = a.start + (glued[1] as string).length;
    highStart = lowEnd + 1;
    end = i + 1;
  } else {
    const dash = atoms[i + 1];
    const b = atoms[i + 2];
    if (!INT_RE.test(a.key) || dash === undefined || b === undefined || !INT_RE.test(b.key)) return null;
    // "5 đến 6 chiếc taxi", "từ 5 tới 10 khẩu súng": a range written in words
    if (dash.norm !== "-" && dash.norm !== "–" && dash.key !== "đến" && dash.key !== "tới") return null;
    low = Number(a.key);
    high = Number(b.key);
    lowEnd = a.end;
    highStart = b.start;
    end = i + 3;
  }
  if (!(low < high) || isYearLike(String(low))) return null;
  for (let k = i; k < end; k++) if (blocked[k]) return null;
  // "100-500 triệu đồng", "2 - 3 tỷ": the magnitude after the range is both ends'
  const magnitude = gluedUnit === null ? magnitudeOf(atoms[end]) : 0;
  if (magnitude > 0 && !blocked[end]) {
    low *= magnitude;
    high *= magnitude;
    end++;
  }
  const unit = gluedUnit ?? readUnit(atoms, end);
  if (unit === null || blocked[unit.end - 1] || (gluedUnit === null && isLabelled(atoms, i, end)))
    return null;
  const kind: NumberMention["kind"] = unit.kind === "count" ? "cardinal" : unit.kind;
  const last = atoms[unit.end - 1] as Atom;
  const approximate = approxBefore(atoms, i)?.approx ?? null;
  const mention = (start: number, stop: number, value: number, range: "low" | "high"): NumberMention => ({
    start,
    end: stop,
    text: input.slice(start, stop),
    value,
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

/**
 * 1 for each atom that overlaps one of the spans. Atoms lie in text order without overlap, so the
 * atoms a span overlaps are a run found by binary search: the cost follows the spans (a few per
 * text), not the atoms.
 */
function blockedAtoms(atoms: readonly Atom[], spans: readonly { start: number; end: number }[]): Uint8Array {
  const blocked = new Uint8Array(atoms.length);
  for (const span of spans) {
    let lo = 0;
    let hi = atoms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((atoms[mid] as Atom).end > span.start) hi = mid;
      else lo = mid + 1;
    }
    for (let k = lo; k < atoms.length && (atoms[k] as Atom).start < span.end; k++) {
      if ((atoms[k] as Atom).end > span.start) blocked[k] = 1;
    }
  }
  return blocked;
}

/** Numbers over atoms already built, skipping atoms inside the given date and document spans. */
export function findNumbersInAtoms(
  input: string,
  atoms: readonly Atom[],
  excluded: readonly { start: number; end: number }[],
): NumberMention[] {
  const blocked = blockedAtoms(atoms, excluded);
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
 * //  { text: "15%", value: 15, kind: "percent", unit: "%", … }]
 */
export function findNumbers(text: string): NumberMention[] {
  checkText(text);
  return findNumbersInTokens(text, tokenize(text));
}
