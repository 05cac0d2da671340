import { checkText } from "../arguments.js";
import { caseOfCode, isLetterCode, isMarkCode, isSpaceCode } from "../text/chars.js";
import { type NormalizedText, normalizeText } from "../text/normalize.js";
import { foldPunctuation } from "../text/punctuation.js";
import { canonicalTone } from "../text/tone.js";
import type { Token, TokenKind } from "./schema.js";
import { isPlausibleSyllable } from "./syllable.js";

enum C {
  Percent = 37,
  Apostrophe = 39,
  Hyphen = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  At = 64,
  RightSingleQuote = 0x2019,
}

const isDigit = (c: number) => c >= C.Zero && c <= C.Nine;
const isOorU = (c: number) => (c | 32) === 111 || (c | 32) === 117;

// Word characters as bits: 0 not a word character; a word character has WORD, and an upper- or
// lower-case letter its case bit too, so that a scan adds up the cases without a branch per letter.
const UPPER_BIT = 1;
const LOWER_BIT = 2;
const WORD = 4;
const UPPER_LETTER = WORD | UPPER_BIT;
const LOWER_LETTER = WORD | LOWER_BIT;
const UNCASED_WORD = WORD;
/** One code unit's word flags (the arithmetic and Unicode tests of text/chars). */
function wordFlags(c: number): number {
  // quotes, dashes and the ellipsis end most words: General Punctuation holds no letter or mark
  if (c >= 0x2000 && c <= 0x206f) return 0;
  if (c >= 0x1ea0 && c <= 0x1ef9) return (c & 1) === 0 ? UPPER_LETTER : LOWER_LETTER;
  const letterCase = caseOfCode(c);
  if (letterCase !== 0) return letterCase === 1 ? UPPER_LETTER : LOWER_LETTER;
  return isLetterCode(c) || isMarkCode(c) ? UNCASED_WORD : 0;
}
/** The flags of Latin (up to U+036F, combining marks included) as a table: one load per character. */
const LATIN_FLAGS = Uint8Array.from({ length: 0x370 }, (_, c) => wordFlags(c));
const flagsOf = (c: number) => (c < LATIN_FLAGS.length ? (LATIN_FLAGS[c] as number) : wordFlags(c));
const isWordCode = (c: number) => flagsOf(c) !== 0;
const isAlnumCode = (c: number) => isDigit(c) || isWordCode(c);

/** Characters a URL or e-mail address may end with in running text but that belong to the text. */
const TRAILING_PUNCT = new Set([".", ",", ";", ":", "!", "?", ")", "]", '"', "'", "”", "’", "»", "…"]);

/**
 * Splits text into lexical tokens in one linear pass. Every token's `text` is
 * `input.slice(start, end)` of the ORIGINAL input; `normalized` is its canonical form.
 *
 * - syllables → `word` (`Đại`, `tá`); apostrophe names (`H'Hen`) → `name`
 * - abbreviations and codes → `abbr`: `ANTQ`, `KT-XH`, `TP.HCM`, `PC02`, `V05`, `COVID-19`,
 *   `333/KH-BCĐ`, `09/CTr-BCA-MTTW`, `51-NQ/TW` (an ALL-CAPS word that could be a syllable, as in
 *   a capitalised headline, stays a `word`)
 * - numbers in Vietnamese formats → `number`: `1.234.567`, `3,5`, `15%`
 * - dates and times as single tokens → `date` (`19-1`, `30/6/2022`, `3/2022`), `time` (`09:52`, `6h30`)
 * - punctuation → `punct` (`“ ” … – —`; a run of dots is one token), other signs → `symbol`
 * - `url`, `email`
 *
 * @example
 * tokenize("Chiều 19-1, CATP")
 * // [{ start: 0, end: 5, text: "Chiều", kind: "word", normalized: "Chiều" },
 * //  { start: 6, end: 10, text: "19-1", kind: "date", normalized: "19-1" },
 * //  { start: 10, end: 11, text: ",", kind: "punct", normalized: "," },
 * //  { start: 12, end: 16, text: "CATP", kind: "abbr", normalized: "CATP" }]
 */
export function tokenize(text: string): Token[] {
  return tokenizeNormalized(normalizeText(checkText(text)));
}

/** {@link tokenize} over text already normalised (the pipeline normalises once). */
export function tokenizeNormalized(nt: NormalizedText): Token[] {
  const s = nt.text;
  const n = s.length;
  const input = nt.input;
  const starts = nt.starts;
  const ends = nt.ends;
  const tokens: Token[] = [];

  const push = (a: number, b: number, kind: TokenKind) => {
    const slice = s.slice(a, b);
    let normalized = slice;
    // canonicalTone moves only a tone on a last letter above Latin-1's first half after an o or u, and
    // foldPunctuation folds only single marks from U+0060 up: most tokens need neither call
    if (kind === "word" || kind === "name") {
      if (b - a >= 2 && s.charCodeAt(b - 1) >= 0xc0 && isOorU(s.charCodeAt(b - 2)))
        normalized = canonicalTone(slice);
    } else if (kind === "punct" && b - a === 1 && s.charCodeAt(a) >= 0x60)
      normalized = foldPunctuation(slice);
    if (starts === null || ends === null) {
      tokens.push({ start: a, end: b, text: slice, kind, normalized });
    } else {
      const start = starts[a] ?? 0;
      const end = ends[b - 1] ?? input.length;
      // the input reads the same unless normalisation rewrote something inside the token
      const text = end - start === b - a && input.startsWith(slice, start) ? slice : input.slice(start, end);
      tokens.push({ start, end, text, kind, normalized });
    }
  };

  // Code sequences (`333/KH-BCĐ`) are scanned ahead; a scan that found no code records how far
  // it looked, so no later start inside that stretch scans it again (keeps the pass linear).
  let noCodeUntil = 0;
  /** Pieces of letters/digits joined by `/` `-` (and `.` between upper-case or digit pieces). */
  const scanCode = (p: number, e: number): { end: number; upper: boolean; pieces: number } => {
    let k = p;
    let upper = false;
    let pieces = 0;
    let lastEnd = p;
    let prevKind = 0; // 1 digits only, 2 has upper, 3 other
    while (k < e) {
      const pieceStart = k;
      let hasUpper = false;
      let hasLower = false;
      let hasDigit = false;
      while (k < e) {
        const c = s.charCodeAt(k);
        if (isDigit(c)) hasDigit = true;
        else {
          const flags = flagsOf(c);
          if (flags === 0) break;
          if ((flags & UPPER_BIT) !== 0) hasUpper = true;
          else if ((flags & LOWER_BIT) !== 0) hasLower = true;
        }
        k++;
      }
      if (k === pieceStart) break;
      // A lower-case or Capitalised word after a separator ends the code: `KT-XH` but not `Bắc-Nam`.
      const capitalisedWord = hasUpper && hasLower && !hasDigit && isCapitalisedOnly(pieceStart, k);
      if (pieces > 0 && !hasDigit && (!hasUpper || capitalisedWord)) break;
      if (hasUpper && !capitalisedWord) upper = true;
      pieces++;
      lastEnd = k;
      const kind = hasDigit && !hasUpper && !hasLower ? 1 : hasUpper ? 2 : 3;
      if (k + 1 >= e) break;
      const sep = s.charCodeAt(k);
      const next = s.charCodeAt(k + 1);
      if (!isAlnumCode(next)) break;
      if (sep === C.Slash || sep === C.Hyphen) {
        prevKind = kind;
        k++;
        continue;
      }
      if (sep === C.Dot) {
        // `TP.HCM`, `PGS.TS`, `Q.1`, plate `123.45`, but not `CATP.Đồng` (a missing space).
        const nextUpper = isUpperAt(k + 1) && !isCapitalisedOnly(k + 1, wordEnd(k + 1, e));
        if ((kind === 2 && (nextUpper || isDigit(next))) || (kind === 1 && isDigit(next) && prevKind !== 0)) {
          prevKind = kind;
          k++;
          continue;
        }
      }
      break;
    }
    return { end: lastEnd, upper, pieces };
  };

  // the flags' case bits are caseOfCode's (wordFlags reads it), from a table for Latin
  const isUpperAt = (k: number) => (flagsOf(s.charCodeAt(k)) & UPPER_BIT) !== 0;
  const wordEnd = (k: number, e: number) => {
    while (k < e && isWordCode(s.charCodeAt(k))) k++;
    return k;
  };
  /** First letter upper case, every other letter lower case (`Hồ`, `Covid`). */
  const isCapitalisedOnly = (a: number, b: number) => {
    if (!isUpperAt(a)) return false;
    for (let k = a + 1; k < b; k++) if (isUpperAt(k)) return false;
    return true;
  };
  const digitsEnd = (k: number, e: number) => {
    while (k < e && isDigit(s.charCodeAt(k))) k++;
    return k;
  };
  const intAt = (a: number, b: number) => {
    let v = 0;
    for (let k = a; k < b; k++) v = v * 10 + (s.charCodeAt(k) - C.Zero);
    return v;
  };

  /** Digits first: a code, a time, a date, or a number. Returns the end of what it pushed. */
  const scanNumeric = (p: number, e: number): number => {
    const d1 = digitsEnd(p, e);
    const len1 = d1 - p;
    const next = d1 < e ? s.charCodeAt(d1) : -1;

    if (p >= noCodeUntil && d1 < e) {
      const code = scanCode(p, e);
      if (code.upper && code.pieces >= 1 && code.end > d1) {
        push(p, code.end, "abbr");
        return code.end;
      }
      noCodeUntil = code.end;
    }
    // Times: 09:52, 9:05:30, 6h30, 15h, 6g30.
    if (len1 <= 2 && next === C.Colon && d1 + 2 < e + 0 && digitsEnd(d1 + 1, e) - (d1 + 1) === 2) {
      if (intAt(p, d1) <= 24 && intAt(d1 + 1, d1 + 3) <= 59) {
        let end = d1 + 3;
        if (end + 2 < e + 1 && s.charCodeAt(end) === C.Colon && digitsEnd(end + 1, e) - (end + 1) === 2)
          end += 3;
        push(p, end, "time");
        return end;
      }
    }
    if (len1 <= 2 && (next === 104 || next === 72 || next === 103) && intAt(p, d1) <= 24) {
      // `h`/`H`/`g` then two digits ≤ 59, or nothing more of a word: `6h30`, `21h` — but `5ha` is 5 hectares.
      const afterH = d1 + 1;
      const m = digitsEnd(afterH, e);
      if (m - afterH === 2 && intAt(afterH, m) <= 59 && !(m < e && isWordCode(s.charCodeAt(m)))) {
        push(p, m, "time");
        return m;
      }
      if (m === afterH && !(afterH < e && isWordCode(s.charCodeAt(afterH)))) {
        push(p, afterH, "time");
        return afterH;
      }
    }
    // Dates: d/m, d-m, d/m/yyyy, d-m-yyyy, d.m.yyyy, m/yyyy.
    if (len1 <= 2 && (next === C.Slash || next === C.Hyphen || next === C.Dot)) {
      const d2 = digitsEnd(d1 + 1, e);
      const len2 = d2 - (d1 + 1);
      const a = intAt(p, d1);
      const b = intAt(d1 + 1, d2);
      const followedByDigit = d2 < e && s.charCodeAt(d2) !== next && isAlnumCode(s.charCodeAt(d2));
      if (len2 >= 1 && len2 <= 2 && a >= 1 && a <= 31 && b >= 1 && b <= 12 && !followedByDigit) {
        let end = d2;
        let hasYear = false;
        if (d2 + 1 < e && s.charCodeAt(d2) === next) {
          const d3 = digitsEnd(d2 + 1, e);
          if (d3 - (d2 + 1) === 4 && !(d3 < e && isAlnumCode(s.charCodeAt(d3)))) {
            end = d3;
            hasYear = true;
          }
        }
        if (next !== C.Dot || hasYear) {
          push(p, end, "date");
          return end;
        }
      }
      if (next !== C.Dot && len2 === 4 && a >= 1 && a <= 12 && !(d2 < e && isAlnumCode(s.charCodeAt(d2)))) {
        const year = b;
        if (year >= 1900 && year <= 2100) {
          push(p, d2, "date");
          return d2;
        }
      }
    }
    // Numbers: 1.234.567 (thousands), 1.234.567,89, 3,5 (decimal comma), 2.5, 15%.
    let end = d1;
    if (next === C.Dot) {
      let k = d1;
      let groups = 0;
      while (k + 3 < e + 1 && s.charCodeAt(k) === C.Dot && digitsEnd(k + 1, e) - (k + 1) === 3) {
        k += 4;
        groups++;
      }
      if (groups > 0) end = k;
      else {
        const frac = digitsEnd(d1 + 1, e);
        if (frac > d1 + 1) end = frac;
      }
    }
    if (end < e && s.charCodeAt(end) === 44 /* , */) {
      const frac = digitsEnd(end + 1, e);
      if (frac > end + 1) end = frac;
    }
    if (end < e && s.charCodeAt(end) === C.Percent) end++;
    push(p, end, "number");
    return end;
  };

  /** Letters first: a syllable, an apostrophe name, an abbreviation or a code. */
  const scanWord = (p: number, e: number): number => {
    // One pass for the extent and the letter cases of the run.
    let j = p;
    let upper = 0;
    let cases = 0;
    while (j < e) {
      const c = s.charCodeAt(j);
      const flags = flagsOf(c);
      if (flags === 0) break;
      upper += flags & UPPER_BIT;
      cases |= flags;
      j++;
    }
    const hasLower = (cases & LOWER_BIT) !== 0;
    const next = j < e ? s.charCodeAt(j) : -1;
    // Apostrophe names of the Central Highlands: H'Hen, Y'Moan, K'Long.
    if ((next === C.Apostrophe || next === C.RightSingleQuote) && j - p <= 2 && isUpperAt(p) && j + 1 < e) {
      if (isLetterCode(s.charCodeAt(j + 1))) {
        const k = wordEnd(j + 1, e);
        push(p, k, "name");
        return k;
      }
    }
    const capitalised = upper === 1 && isUpperAt(p);
    const codeLike = upper >= 2 || (upper >= 1 && !capitalised) || isDigit(next);
    const codeAfterName = (next === C.Hyphen || (next === C.Dot && upper === 1 && j - p === 1)) && j + 1 < e;
    if ((codeLike || codeAfterName) && p >= noCodeUntil) {
      const code = scanCode(p, e);
      const multiPiece = code.end > j;
      if (
        codeLike &&
        code.upper &&
        (multiPiece || (upper === 0 && !hasLower) || !isPlausibleSyllable(s.slice(p, j)) || hasLower)
      ) {
        push(p, code.end, "abbr");
        return code.end;
      }
      if (!codeLike && multiPiece && isDigit(s.charCodeAt(j + 1))) {
        // `Covid-19`, `Su-30`, `Q.1`
        push(p, code.end, "abbr");
        return code.end;
      }
      // Rejected: no later start inside this stretch can make a code either (keeps the pass linear).
      noCodeUntil = code.end;
    }
    if (isDigit(next) && hasLower && upper === 0) {
      // `m2`, `km2`: the unit word alone; the digits follow as their own token.
      push(p, j, "word");
      return j;
    }
    push(p, j, "word");
    return j;
  };

  // URLs and e-mail addresses are recognised where they announce themselves (`http`, `www.` at a
  // word start; an `@`), not by examining every whitespace-delimited chunk: most chunks are
  // syllables. A chunk examined once is not examined again (keeps the pass linear).
  let specialCheckedUntil = 0;
  const chunkEnd = (k: number) => {
    while (k < n && !isSpaceCode(s.charCodeAt(k))) k++;
    return k;
  };
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
    } else if (isDigit(c)) {
      i = scanNumeric(i, n);
    } else if (isWordCode(c)) {
      const lower = c | 32;
      if ((lower === 104 || lower === 119) && i >= specialCheckedUntil && startsUrl(s, i)) {
        const e = chunkEnd(i);
        specialCheckedUntil = e;
        const url = scanUrlOrEmail(s, i, e, -1);
        if (url !== null && url.start === i) {
          push(url.start, url.end, url.kind);
          i = url.end;
          continue;
        }
      }
      i = scanWord(i, n);
    } else if (c === C.At && i >= specialCheckedUntil) {
      let a = i;
      while (a > specialCheckedUntil && !isSpaceCode(s.charCodeAt(a - 1))) a--;
      const e = chunkEnd(i);
      specialCheckedUntil = e;
      const email = scanUrlOrEmail(s, a, e, i);
      if (email === null) {
        i = scanOther(i);
        continue;
      }
      // Take back the tokens already made of the address's first part.
      const inputAt = starts === null ? email.start : (starts[email.start] ?? 0);
      while (tokens.length > 0 && (tokens[tokens.length - 1]?.start ?? -1) >= inputAt) tokens.pop();
      push(email.start, email.end, email.kind);
      i = email.end;
    } else {
      i = scanOther(i);
    }
  }
  return tokens;

  /** Punctuation or a symbol at `p`: a run of dots is one token, a surrogate pair is one. */
  function scanOther(p: number): number {
    const c = s.charCodeAt(p);
    if (c === C.Dot) {
      let k = p + 1;
      while (k < n && s.charCodeAt(k) === C.Dot) k++;
      push(p, k, "punct");
      return k;
    }
    if (c >= 0xd800 && c <= 0xdbff && p + 1 < n) {
      const d = s.charCodeAt(p + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        push(p, p + 2, "symbol");
        return p + 2;
      }
    }
    push(p, p + 1, isPunctuation(c) ? "punct" : "symbol");
    return p + 1;
  }
}

const PUNCT_RE = /\p{P}/u;
const UNKNOWN = 2;
/**
 * Punctuation (1) or a symbol (0) per BMP code unit: ASCII by the list below, the rest as `\p{P}`
 * answers, asked once per code unit and process (news quotes with “ ” and dashes with – —).
 */
const PUNCTUATION = new Uint8Array(0x10000).fill(UNKNOWN);
// ! " ' ( ) , - . / : ; ? [ ] { } \ # _ are punctuation; the rest of ASCII (% & * @ + …) symbols
PUNCTUATION.fill(0, 0, 0x80);
for (const mark of "!\"'(),-./:;?[]{}\\#_") PUNCTUATION[mark.charCodeAt(0)] = 1;

function isPunctuation(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let known = PUNCTUATION[c];
  if (known === UNKNOWN) {
    known = PUNCT_RE.test(String.fromCharCode(c)) ? 1 : 0;
    PUNCTUATION[c] = known;
  }
  return known === 1;
}

/** `http://`, `https://` or `www.` followed by something, at `k`. */
function startsUrl(s: string, k: number): boolean {
  const c1 = s.charCodeAt(k + 1) | 32;
  // Cheap rejection first: many Vietnamese syllables start with h (hội, hai, hiện).
  if (c1 !== 116 /* t */ && c1 !== 119 /* w */) return false;
  const head = s.slice(k, k + 8).toLowerCase();
  return head.startsWith("http://") || head.startsWith("https://") || head.startsWith("www.");
}

/**
 * A URL (`https://…`, `www.…`) or an e-mail address inside the chunk `[a, e)`, with trailing
 * sentence punctuation left out. Linear in the chunk.
 */
function scanUrlOrEmail(
  s: string,
  a: number,
  e: number,
  at: number,
): { start: number; end: number; kind: "url" | "email" } | null {
  let start = a;
  // Skip opening punctuation: ( “ " '
  while (start < e && !isAlnumCode(s.charCodeAt(start))) start++;
  if (start >= e) return null;
  let end = e;
  while (end > start && TRAILING_PUNCT.has(s[end - 1] ?? "")) end--;
  if (end <= start) return null;
  const head = s.slice(start, Math.min(start + 8, end)).toLowerCase();
  if (head.startsWith("http://") || head.startsWith("https://") || head.startsWith("www.")) {
    if (end - start > (head.startsWith("www.") ? 4 : 8)) return { start, end, kind: "url" };
    return null;
  }
  if (at > start && at < end - 3) {
    for (let k = start; k < end; k++) {
      const c = s.charCodeAt(k);
      const ok =
        k === at ||
        isAlnumCode(c) ||
        c === C.Dot ||
        c === C.Hyphen ||
        c === 95 ||
        c === 43 ||
        c === C.Percent;
      if (!ok || c >= 0x80) return null;
    }
    const domain = s.slice(at + 1, end);
    const dot = domain.lastIndexOf(".");
    if (dot > 0 && dot < domain.length - 2 && domain.indexOf("@") < 0) return { start, end, kind: "email" };
  }
  return null;
}
