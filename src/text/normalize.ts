import { checkText } from "../arguments.js";
import { NAMED_ENTITIES } from "../generated/entities.js";
import type { Span } from "../span.js";
import { isLetterCode } from "./chars.js";

/**
 * The input in one canonical form for matching, with a map back to the input.
 *
 * `text` differs from `input` only where scraped text is irregular: NFD sequences are composed to
 * NFC, `\r\n` and lone `\r` become `\n`, non-breaking and other exotic spaces (and the zero-width
 * space, which separates words) become `" "`, invisible joiners, soft hyphens and BOMs are dropped,
 * and HTML character references (`&nbsp;`, `&quot;`, `&#7897;`, `&#x1EA1;`) are decoded.
 * Tone placement and quotes are left as written: they keep the length, so tokens canonicalise
 * them in `normalized` instead (see `canonicalTone`).
 */
export interface NormalizedText {
  readonly input: string;
  readonly text: string;
  /**
   * For each code unit `i` of `text`, the input offset where the input piece that produced it
   * starts; `starts[text.length] === input.length`. `null` when `text === input`.
   */
  readonly starts: Int32Array | null;
  /** For each code unit `i` of `text`, the input offset where its input piece ends. */
  readonly ends: Int32Array | null;
}

const AMP = 38;

/** True for the characters `normalizeText` rewrites (cheap first pass: most text has none). */
function needsRewrite(c: number): boolean {
  if (c < 0xa0) return c === 13 || c === AMP;
  if (c === 0xa0 || c === 0xad) return true;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c < 0x1680) return false;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200f) ||
    (c >= 0x2028 && c <= 0x202f) ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** What one exotic space or invisible character becomes: " ", "\n", "" (dropped) or null (kept). */
function spaceReplacement(c: number): string | null {
  if (c === 0xa0 || c === 0x1680 || c === 0x3000 || c === 0x205f || c === 0x202f) return " ";
  if (c >= 0x2000 && c <= 0x200b) return " "; // en/em/thin spaces …, and ZWSP, a word separator
  if (c === 0x2028 || c === 0x2029) return "\n";
  if (c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad) return "";
  if (c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e)) return ""; // bidi marks
  return null;
}

const isCombining = (c: number) => c >= 0x300 && c <= 0x36f;
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * Decodes an HTML character reference starting at `at` (which holds `&`). Returns the decoded
 * text and the reference's length, or null. Looks at most 12 code units ahead: linear overall.
 */
export function decodeEntityAt(s: string, at: number): { value: string; length: number } | null {
  const limit = Math.min(s.length, at + 12);
  let j = at + 1;
  if (j < limit && s.charCodeAt(j) === 35 /* # */) {
    j++;
    let hex = false;
    if (j < limit && (s.charCodeAt(j) | 32) === 120 /* x */) {
      hex = true;
      j++;
    }
    const digitsStart = j;
    while (j < limit && isAsciiAlnum(s.charCodeAt(j)) && s.charCodeAt(j) !== 59) j++;
    if (j >= limit || s.charCodeAt(j) !== 59 /* ; */ || j === digitsStart) return null;
    const digits = s.slice(digitsStart, j);
    if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return null;
    const cp = Number.parseInt(digits, hex ? 16 : 10);
    if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    return { value: String.fromCodePoint(cp), length: j + 1 - at };
  }
  const nameStart = j;
  while (j < limit && isAsciiAlnum(s.charCodeAt(j))) j++;
  if (j >= limit || s.charCodeAt(j) !== 59 || j === nameStart) return null;
  const value = NAMED_ENTITIES.get(s.slice(nameStart, j));
  return value === undefined ? null : { value, length: j + 1 - at };
}

/**
 * `needsRewrite` as a table over the code units up to U+3000 (one load per character: the
 * pre-scan that lets clean text skip normalisation costs little next to tokenising it).
 */
const REWRITE_TABLE = (() => {
  const table = new Uint8Array(0x3001);
  for (let c = 0; c < table.length; c++) table[c] = needsRewrite(c) ? 1 : 0;
  return table;
})();

const rewritesCode = (c: number) => (c < 0x3001 ? REWRITE_TABLE[c] === 1 : c === 0xfeff);

/** Where the first character to rewrite is (an `&` only if it begins a reference), or -1. */
function firstRewrite(input: string): number {
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (rewritesCode(c) && (c !== AMP || decodeEntityAt(input, i) !== null)) return i;
  }
  return -1;
}

/**
 * Normalises `input` (see {@link NormalizedText}) in one linear pass. Never throws.
 * @example
 * normalizeText("Uỷ ban&nbsp;hoà").text; // "Uỷ ban hoà" (the entity is one space; offsets map back)
 */
export function normalizeText(input: string): NormalizedText {
  checkText(input, "input");
  const first = firstRewrite(input);
  if (first < 0) return { input, text: input, starts: null, ends: null };

  const parts: string[] = [];
  // Offsets per output code unit; sized for the worst case (an entity can expand to 2 units
  // from 4 input units, so output never exceeds the input length + 1).
  let starts = new Int32Array(input.length + 1);
  let ends = new Int32Array(input.length + 1);
  let n = 0;
  const emit = (piece: string, from: number, to: number) => {
    if (n + piece.length > starts.length - 1) {
      const grownStarts = new Int32Array((n + piece.length) * 2 + 1);
      grownStarts.set(starts);
      starts = grownStarts;
      const grownEnds = new Int32Array((n + piece.length) * 2 + 1);
      grownEnds.set(ends);
      ends = grownEnds;
    }
    for (let k = 0; k < piece.length; k++) {
      starts[n] = from;
      ends[n] = to;
      n++;
    }
    parts.push(piece);
  };

  let runStart = 0; // start of a run of characters copied unchanged
  const flushRun = (to: number) => {
    if (to > runStart) {
      const run = input.slice(runStart, to);
      for (let k = runStart; k < to; k++) {
        starts[n] = k;
        ends[n] = k + 1;
        n++;
      }
      parts.push(run);
    }
  };

  // nothing before the first rewrite changes, save the base letter of a mark found there
  let i = Math.max(0, first - 1);
  while (i < input.length) {
    const c = input.charCodeAt(i);
    if (!rewritesCode(c) && !(i + 1 < input.length && isCombining(input.charCodeAt(i + 1)))) {
      i++;
      continue;
    }
    if (c === 13) {
      flushRun(i);
      const to = i + 1 < input.length && input.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      emit("\n", i, to);
      i = to;
      runStart = i;
      continue;
    }
    if (c === AMP) {
      const entity = decodeEntityAt(input, i);
      if (entity === null) {
        i++;
        continue;
      }
      flushRun(i);
      const decoded = entity.value;
      const dc = decoded.charCodeAt(0);
      const replacement = decoded.length === 1 ? spaceReplacement(dc) : null;
      emit(replacement ?? decoded, i, i + entity.length);
      i += entity.length;
      runStart = i;
      continue;
    }
    const replacement = spaceReplacement(c);
    if (replacement !== null) {
      flushRun(i);
      if (replacement !== "") emit(replacement, i, i + 1);
      i++;
      runStart = i;
      continue;
    }
    // A base character followed by combining marks (or a stray mark): compose the cluster.
    let j = i + 1;
    while (j < input.length && isCombining(input.charCodeAt(j))) j++;
    const cluster = input.slice(i, j);
    const composed = cluster.normalize("NFC");
    if (composed === cluster || !isLetterCode(c)) {
      // Nothing composes, or the base is no letter (marks on a digit or a quote, which NFC may
      // only reorder): keep unit-by-unit offsets, so that a tokenizer splitting the cluster
      // still gets disjoint spans.
      i = j;
      continue;
    }
    flushRun(i);
    emit(composed, i, j);
    i = j;
    runStart = i;
  }
  flushRun(input.length);
  starts[n] = input.length;
  return {
    input,
    text: parts.join(""),
    starts: starts.subarray(0, n + 1),
    ends: ends.subarray(0, n),
  };
}

/** Input offset of the start of normalised position `i` (`i` may equal `text.length`). */
export function inputStart(nt: NormalizedText, i: number): number {
  return nt.starts === null ? i : (nt.starts[i] ?? nt.input.length);
}

/** Input offset of the end of a normalised range that ends (exclusively) at `i`. */
export function inputEnd(nt: NormalizedText, i: number): number {
  if (nt.ends === null) return i;
  return i <= 0 ? (nt.starts?.[0] ?? 0) : (nt.ends[i - 1] ?? nt.input.length);
}

/** Maps the normalised range `[start, end)` to a span of the original input. */
export function toInputSpan(nt: NormalizedText, start: number, end: number): Span {
  const s = inputStart(nt, start);
  const e = end > start ? inputEnd(nt, end) : s;
  return { start: s, end: e, text: nt.input.slice(s, e) };
}
