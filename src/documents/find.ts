import { checkText } from "../arguments.js";
import { findDatesInAtoms } from "../dates/dates.js";
import { DOCUMENT_TYPES } from "../generated/document-types.js";
import { KeyFilter } from "../lexicon/filter.js";
import {
  type Atom,
  buildAtoms,
  buildTrie,
  isWordAtom,
  keyAt,
  matchTrie,
  type PhraseTrie,
} from "../numbers/atoms.js";
import { isDigitCode } from "../text/chars.js";
import type { Token } from "../tokenize/schema.js";
import { tokenize } from "../tokenize/tokenize.js";
import type { DocumentKind, DocumentRef } from "./schema.js";

interface DocumentLexicon {
  types: PhraseTrie<string>;
  /** The first words of the type names, to pass over most atoms without a lookup. */
  typeStarts: KeyFilter;
  /** "KH" → "Kế hoạch": the type named by the letters inside a number. */
  byCode: Map<string, string>;
}

let cached: DocumentLexicon | null = null;
function documentLexicon(): DocumentLexicon {
  if (cached) return cached;
  const byCode = new Map<string, string>();
  for (const [label, code] of DOCUMENT_TYPES) if (code && !byCode.has(code)) byCode.set(code, label);
  // commas are atoms of their own: "Luật Trật tự, an toàn …" → "trật tự , an toàn"
  const types = buildTrie(DOCUMENT_TYPES.map(([label]) => [label.replace(/,/g, " ,"), label] as const));
  const typeStarts = new KeyFilter();
  for (const word of types.next.keys()) typeStarts.add(word);
  cached = { types, typeStarts, byCode };
  return cached;
}

/**
 * A document number: digits, an optional year, then letter codes joined by `/` or `-`
 * ("333/KH-BCĐ", "51-NQ/TW", "09/CTr-BCA-MTTW", "01/2018/NĐ-CP", "37/2018/QH14"). Anchored and
 * bounded; every part is separated by a single `/` or `-`, so it cannot backtrack.
 */
const NUMBER_RE = /^\d{1,5}(?:[/-]\d{4})?[/-]\p{Lu}[\p{L}\d]{0,9}(?:[/-][\p{L}\d]{1,10}){0,5}$/u;
const INT_RE = /^\d{1,5}$/;
/** "15/2015": a document's number and the year it was issued, nothing more. */
const NUMBER_YEAR_RE = /^\d{1,4}\/((?:19|20)\d\d)$/;

/**
 * NUMBER_RE's opening: one to five digits, then `/` or `-`. Most atoms that start with a digit are
 * counts and dates; this turns them away before the Unicode expression.
 */
function mayBeNumber(s: string): boolean {
  let k = 0;
  while (k < s.length && k <= 5 && isDigitCode(s.charCodeAt(k))) k++;
  const c = s.charCodeAt(k);
  return k >= 1 && k <= 5 && (c === 47 || c === 45);
}
const YEAR_RE = /^(?:1[89]\d\d|20\d\d)$/;

/** The words that may stand between a document's number and its issue date. */
const ISSUE_WORDS = new Set(["ngày", "ban", "hành"]);

const isUpperInitial = (s: string) => s.length > 0 && s[0] !== s[0]!.toLowerCase();

/** The type a number's letters name: "333/KH-BCĐ" → "Kế hoạch", "51-NQ/TW" → "Nghị quyết". */
function typeFromNumber(number: string): string | null {
  const { byCode } = documentLexicon();
  for (const part of number.split(/[/-]/)) {
    const label = byCode.get(part);
    if (label) return label;
    if (part === "NĐ") return byCode.get("NĐ") ?? null;
  }
  return null;
}

interface Pending {
  start: number;
  end: number;
  docType: string;
  number: string;
  issuedAt: string | null;
  kind: DocumentKind;
  /** Atom index after which an issue date ("ngày 30/6/2022") may follow. */
  dateFrom: number;
}

/** "Điều 249 Bộ luật Hình sự", "khoản 1 Điều 249 BLHS": the article number and the code. */
function readArticle(atoms: readonly Atom[], i: number): Pending | null {
  if (keyAt(atoms, i) !== "điều" || !isUpperInitial(atoms[i]?.norm ?? "")) return null;
  const n = keyAt(atoms, i + 1);
  if (!INT_RE.test(n)) return null;
  let k = i + 2;
  // "Điều 249 của Bộ luật Hình sự", "Điều 249, Bộ luật …"
  if (keyAt(atoms, k) === "của" || keyAt(atoms, k) === ",") k++;
  const code = matchTrie(documentLexicon().types, atoms, k);
  if (!code) return null;
  const codeName = code[0].toLowerCase();
  if (!(codeName.startsWith("bộ luật") || codeName === "blhs" || codeName === "bltths")) return null;
  let end = k + code[1];
  let issuedAt: string | null = null;
  if (keyAt(atoms, end) === "năm") end++;
  if (YEAR_RE.test(keyAt(atoms, end))) {
    issuedAt = keyAt(atoms, end);
    end++;
  } else if (keyAt(atoms, end - 1) === "năm") end--;
  const docType = atoms
    .slice(k, k + code[1])
    .map((a) => a.norm)
    .join(" ")
    .replace(/ ,/g, ",");
  return { start: i, end, docType, number: n, issuedAt, kind: "law_article", dateFrom: end };
}

/** "51/C46 (P12)": the office code in brackets after a number is part of it. Index after ")" or null. */
function bracketPart(atoms: readonly Atom[], k: number): number | null {
  if (keyAt(atoms, k) !== "(" || keyAt(atoms, k + 2) !== ")") return null;
  const code = atoms[k + 1]?.norm ?? "";
  return /^\p{Lu}{1,4}\d{0,3}$/u.test(code) ? k + 3 : null;
}

/** Atoms `[from, to)` as written, with one space where the text has a gap. */
function joinAtoms(atoms: readonly Atom[], from: number, to: number): string {
  let s = "";
  for (let k = from; k < to; k++) {
    const a = atoms[k] as Atom;
    if (k > from && a.start > (atoms[k - 1] as Atom).end) s += " ";
    s += a.norm;
  }
  return s;
}

/** "Kế hoạch 3 năm", "Chương trình 2 tỷ": a count or measure after the number, not a document number. */
function isUnitAfter(atoms: readonly Atom[], k: number): boolean {
  const a = atoms[k];
  if (a === undefined || a.punct || a.lineStart) return false;
  return isWordAtom(a) && !isUpperInitial(a.norm) && !CONTINUERS.has(a.key);
}

/** Words that may follow a document number in a sentence ("Kế hoạch 199 của …", "Chỉ thị 05 về …"). */
const CONTINUERS = new Set(["của", "về", "ngày", "và", "với", "do", "đã", "được", "nhằm", "thì", "là"]);

/**
 * "Điện số 140, 142", "Quyết định số 12 và 13": the further numbers of a list after a typed one,
 * each a document of the same type.
 */
function readListed(atoms: readonly Atom[], p: Pending): Pending[] {
  const more: Pending[] = [];
  let k = p.end;
  for (let guard = 0; guard < 8; guard++) {
    const sep = keyAt(atoms, k);
    if (sep !== "," && sep !== "và") break;
    const n = atoms[k + 1];
    if (n === undefined || n.lineStart) break;
    if (!(INT_RE.test(n.key) || NUMBER_RE.test(n.norm)) || YEAR_RE.test(n.key)) break;
    // "số 140, 142 của …": the next word must not make the number a count ("…, 142 người").
    if (isUnitAfter(atoms, k + 2)) break;
    more.push({
      start: k + 1,
      end: k + 2,
      docType: p.docType,
      number: n.norm,
      issuedAt: null,
      kind: p.kind,
      dateFrom: k + 2,
    });
    k += 2;
  }
  return more;
}

/**
 * The type words `[from, to)` as the text writes them ("Quyết định", "Luật Trật tự, an toàn …"):
 * built only for a reference found, not for every type word the text uses.
 */
function typeAsWritten(atoms: readonly Atom[], from: number, to: number): string {
  return atoms
    .slice(from, to)
    .map((a) => a.norm)
    .join(" ")
    .replace(/ ,/g, ",");
}

/**
 * "Nghị định 167/2013/ NĐ-CP": a number whose issuer code is typed after a space, the slash glued to
 * the digits; the number as it should read ("167/2013/NĐ-CP"), else null.
 */
function spacedNumber(atoms: readonly Atom[], k: number): string | null {
  const digits = atoms[k];
  const slash = atoms[k + 1];
  const code = atoms[k + 2];
  if (digits === undefined || slash === undefined || code === undefined) return null;
  if (slash.norm !== "/" || slash.start !== digits.end || code.start === slash.end || code.lineStart)
    return null;
  if (!/^\d/.test(digits.key) || !isUpperInitial(code.norm)) return null;
  const number = `${digits.norm}/${code.norm}`;
  return NUMBER_RE.test(number) ? number : null;
}

/** A type word and its number: "Kế hoạch số 333/KH-BCĐ", "Nghị quyết 51-NQ/TW", "Luật CAND 2018". */
function readTyped(atoms: readonly Atom[], i: number): Pending | null {
  const hit = matchTrie(documentLexicon().types, atoms, i);
  if (!hit) return null;
  const first = atoms[i] as Atom;
  let k = i + hit[1];
  const isLaw = hit[0].toLowerCase().startsWith("luật") || hit[0].toLowerCase().startsWith("bộ luật");
  let so = false;
  if (keyAt(atoms, k) === "số") {
    so = true;
    k++;
  }
  const numberAtom = atoms[k];
  if (numberAtom && !numberAtom.lineStart) {
    // "Kế hoạch 199", "Chỉ thị 05": a capitalised type named by a bare number (not a year, not a law).
    // "Nghị định 105 năm 2014": the year it was issued, not a count of years
    const yearAfter =
      keyAt(atoms, k + 1) === "năm" && YEAR_RE.test(keyAt(atoms, k + 2)) ? keyAt(atoms, k + 2) : null;
    const bareTyped = !so && !isLaw && isUpperInitial(first.norm);
    const bare =
      bareTyped &&
      INT_RE.test(numberAtom.key) &&
      !YEAR_RE.test(numberAtom.key) &&
      (yearAfter !== null || !isUnitAfter(atoms, k + 1));
    const spaced = spacedNumber(atoms, k);
    // "Thông tư 15/2015": a number and its year ("167/2013/ NĐ-CP" is a spaced number instead)
    const numberYear = bareTyped && spaced === null ? NUMBER_YEAR_RE.exec(numberAtom.key) : null;
    if (
      spaced !== null ||
      NUMBER_RE.test(numberAtom.norm) ||
      (so && INT_RE.test(numberAtom.key)) ||
      bare ||
      numberYear !== null
    ) {
      if (!isUpperInitial(first.norm) && !so) return null;
      const part = spaced === null ? bracketPart(atoms, k + 1) : null;
      const withYear = bare && yearAfter !== null;
      const end = spaced !== null || withYear ? k + 3 : (part ?? k + 1);
      return {
        start: i,
        end,
        docType: typeAsWritten(atoms, i, i + hit[1]),
        number: spaced ?? (part === null ? numberAtom.norm : joinAtoms(atoms, k, part)),
        issuedAt: withYear ? yearAfter : (numberYear?.[1] ?? null),
        kind: "document",
        dateFrom: end,
      };
    }
  }
  if (isLaw && isUpperInitial(first.norm)) {
    const written = typeAsWritten(atoms, i, i + hit[1]);
    // "Luật CAND 2018", "Luật Công an nhân dân năm 2018": a law named by its year
    let j = i + hit[1];
    if (keyAt(atoms, j) === "năm") j++;
    if (YEAR_RE.test(keyAt(atoms, j))) {
      return {
        start: i,
        end: j + 1,
        docType: written,
        number: keyAt(atoms, j),
        issuedAt: keyAt(atoms, j),
        kind: "law",
        dateFrom: j + 1,
      };
    }
    // an unlisted law: "Luật Xyz 2020" with up to five capitalised or lower-case name words
    if (written === "Luật" || written === "luật") {
      for (let n = 1; n <= 5; n++) {
        const a = atoms[j + n - 1];
        if (!a || a.punct || a.lineStart) break;
        if (YEAR_RE.test(a.key) && n > 1) {
          const name = atoms
            .slice(i, j + n - 1)
            .map((x) => x.norm)
            .join(" ");
          return {
            start: i,
            end: j + n,
            docType: name,
            number: a.key,
            issuedAt: a.key,
            kind: "law",
            dateFrom: j + n,
          };
        }
        if (!isWordAtom(a) && !/^[\p{Lu}]{2,6}$/u.test(a.norm)) break;
      }
    }
  }
  return null;
}

/** Document references over atoms already built. */
export function findDocumentsInAtoms(input: string, atoms: readonly Atom[]): DocumentRef[] {
  const found: Pending[] = [];
  const lex = documentLexicon();
  let i = 0;
  while (i < atoms.length) {
    const a = atoms[i] as Atom;
    if (a.punct) {
      i++;
      continue;
    }
    // only a type word, "Điều" or a number can open a reference
    const c = a.key.charCodeAt(0);
    if (
      !(c >= 48 && c <= 57) &&
      a.key !== "điều" &&
      !(lex.typeStarts.mayHave(a.key) && lex.types.next.has(a.key))
    ) {
      i++;
      continue;
    }
    let p = readArticle(atoms, i) ?? readTyped(atoms, i);
    if (!p && mayBeNumber(a.norm) && NUMBER_RE.test(a.norm)) {
      // a bare number whose letters name its type ("theo 333/KH-BCĐ")
      const docType = typeFromNumber(a.norm);
      if (docType)
        p = {
          start: i,
          end: i + 1,
          docType,
          number: a.norm,
          issuedAt: null,
          kind: "document",
          dateFrom: i + 1,
        };
    }
    if (p) {
      found.push(p);
      i = p.end;
      if (atoms[p.start]?.key !== "điều" && p.number === keyAt(atoms, p.end - 1)) {
        const listed = readListed(atoms, p);
        found.push(...listed);
        if (listed.length > 0) i = (listed[listed.length - 1] as Pending).end;
      }
    } else i++;
  }
  if (found.length === 0) return [];
  // issue dates: "… ngày 30/6/2022" right after the number, or "Ngày 3/3/1959, … ban hành Nghị định …";
  // dates are read only in a window around each reference, so the cost stays with the references,
  // and only for a reference that a date word follows or a verb of issuing precedes
  const out: DocumentRef[] = [];
  for (const p of found) {
    const datesAround = () =>
      findDatesInAtoms(
        input,
        atoms.slice(Math.max(0, p.start - 60), Math.min(atoms.length, p.dateFrom + 12)),
      );
    let end = p.end;
    let issuedAt = p.issuedAt;
    const next = atoms[p.dateFrom];
    const at = next && (next.key === "ngày" || next.key === "ban") ? next.start : -1;
    if (at >= 0) {
      const d = datesAround().find(
        (m) => m.start >= at && m.start <= (atoms[p.dateFrom + 3]?.start ?? at) && m.kind === "date",
      );
      // only "ngày", "ban hành" may stand between the number and its date: in "Luật số 249 ngày
      // 333/KH-BCĐ 30/6/2022" the date belongs to the next reference, not to this one
      let gap = p.dateFrom;
      while (
        d &&
        gap < atoms.length &&
        (atoms[gap] as Atom).end <= d.start &&
        ISSUE_WORDS.has(keyAt(atoms, gap))
      )
        gap++;
      const adjacent = d !== undefined && (atoms[gap] === undefined || (atoms[gap] as Atom).end > d.start);
      if (d?.value && !d.inferred && adjacent) {
        issuedAt = d.value;
        let k = p.dateFrom;
        while (k < atoms.length && (atoms[k] as Atom).end <= d.end) k++;
        end = k;
      }
    } else if (issuedAt === null) {
      const before = keyAt(atoms, p.start - 1);
      const before2 = keyAt(atoms, p.start - 2);
      if ((before === "hành" && before2 === "ban") || before === "ký") {
        // the sentence's date, when the sentence says the document was issued then
        const startOffset = (atoms[p.start] as Atom).start;
        const lineStart = input.lastIndexOf("\n", startOffset) + 1;
        const sentenceDate = datesAround()
          .filter((m) => m.end <= startOffset && m.start >= lineStart && m.kind === "date")
          .pop();
        if (sentenceDate?.value && !sentenceDate.inferred) {
          const between = input.slice(sentenceDate.end, startOffset);
          if (!/[.!?]\s/.test(between)) issuedAt = sentenceDate.value;
        }
      }
    }
    const first = atoms[p.start] as Atom;
    const last = atoms[end - 1] as Atom;
    out.push({
      start: first.start,
      end: last.end,
      text: input.slice(first.start, last.end),
      docType: p.docType,
      number: p.number,
      issuedAt,
      kind: p.kind,
    });
  }
  return out;
}

/**
 * Document references in text already tokenized by `tokenize`.
 * @example
 * const text = "Theo Quyết định số 2451/QĐ-BCA ngày 10/6/2024 của Bộ trưởng";
 * findDocumentsInTokens(text, tokenize(text));
 * // [{ start: 5, end: 45, text: "Quyết định số 2451/QĐ-BCA ngày 10/6/2024", docType: "Quyết định",
 * //    number: "2451/QĐ-BCA", issuedAt: "2024-06-10" }]
 */
export function findDocumentsInTokens(input: string, tokens: readonly Token[]): DocumentRef[] {
  checkText(input, "input");
  return findDocumentsInAtoms(input, buildAtoms(input, tokens));
}

/**
 * References to legal and administrative documents with their type, number and issue date.
 * @example
 * findDocuments("triển khai Kế hoạch số 333/KH-BCĐ ngày 30/6/2022 của Ban Chỉ đạo")
 * // [{ text: "Kế hoạch số 333/KH-BCĐ ngày 30/6/2022", docType: "Kế hoạch", number: "333/KH-BCĐ", issuedAt: "2022-06-30", … }]
 */
export function findDocuments(text: string): DocumentRef[] {
  checkText(text);
  return findDocumentsInAtoms(text, buildAtoms(text, tokenize(text)));
}
