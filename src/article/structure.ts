import type { DateMention } from "../dates/index.js";
import { ARTICLE_MARKERS } from "../generated/article-markers.js";
import type { Span } from "../span.js";
import { isSpaceCode, matchKey, type NormalizedText, normalizeText, toInputSpan } from "../text/index.js";

/** The parts of a scraped article, found from its lines. All spans are into the original input. */
export interface ArticleStructure {
  title: Span | null;
  /** The dateline date as written, with its value (from the dates stage). */
  dateline: { span: Span; value: string } | null;
  author: Span | null;
  /** Where the author was read: "byline" (a label or the dateline block) or "sign_off" (the last line). */
  authorRule: "byline" | "sign_off" | null;
  /** The agency prefix ("ANTĐ" in "ANTĐ - Thiếu tướng …"). */
  source: Span | null;
  body: Span;
  /** The header block (title, dateline, byline lines) and the sign-off: not article text. */
  excluded: Span[];
  /** Short body lines without final punctuation: image captions and subheadings. */
  captions: Span[];
}

interface Line {
  start: number;
  end: number;
}

type MarkerKind = "tail" | "meta" | "author" | "date" | "weekday" | "caption" | "credit" | "dotted";
let markerCache: Map<MarkerKind, string[]> | null = null;
/** Marker phrases by kind, longest first (built once from the compiled table). */
function markers(kind: MarkerKind): readonly string[] {
  if (markerCache === null) {
    const m = new Map<MarkerKind, string[]>();
    for (const [phrase, k] of ARTICLE_MARKERS) {
      const list = m.get(k as MarkerKind) ?? [];
      list.push(phrase);
      m.set(k as MarkerKind, list);
    }
    for (const list of m.values()) list.sort((a, b) => b.length - a.length);
    markerCache = m;
  }
  return markerCache.get(kind) ?? [];
}

const MAX_KEYED = 200;
const isBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
/** Spaces, NBSP, zero-width characters and BOM: nothing visible. */
const isBlank = (c: number) =>
  isSpaceCode(c) ||
  c === 0xa0 ||
  (c >= 0x2000 && c <= 0x200d) ||
  c === 0x202f ||
  c === 0x3000 ||
  c === 0xfeff;

/** Non-blank lines with their content trimmed, in one pass (the first `max` of them). */
function linesOf(input: string, max = Number.POSITIVE_INFINITY): Line[] {
  const lines: Line[] = [];
  let i = 0;
  const n = input.length;
  while (i < n && lines.length < max) {
    let j = i;
    while (j < n && !isBreak(input.charCodeAt(j))) j++;
    let a = i;
    let b = j;
    while (a < b && isBlank(input.charCodeAt(a))) a++;
    while (b > a && isBlank(input.charCodeAt(b - 1))) b--;
    if (b > a) lines.push({ start: a, end: b });
    i = j + 1;
  }
  return lines;
}

const span = (input: string, start: number, end: number): Span => ({
  start,
  end,
  text: input.slice(start, end),
});

/** Lower-cased NFC key with canonical tone placement, for short pieces only. */
const keyOf = (input: string, a: number, b: number): string =>
  b - a > MAX_KEYED ? "" : matchKey(input.slice(a, b));

const startsWithPhrase = (key: string, phrase: string): boolean => {
  if (!key.startsWith(phrase)) return false;
  const next = key.charCodeAt(phrase.length);
  return Number.isNaN(next) || !/[\p{L}\p{N}]/u.test(key[phrase.length] ?? "");
};
const markerAtStart = (key: string, kind: MarkerKind): string | null =>
  markers(kind).find((p) => startsWithPhrase(key, p)) ?? null;

const TERMINAL = new Set([".", "!", "?", "…", ":", ";", ","]);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "»", "]"]);
/** The last visible character of a piece, looking through closing quotes and brackets. */
function lastMark(input: string, a: number, b: number): string {
  let k = b - 1;
  while (k > a && CLOSERS.has(input[k] ?? "")) k--;
  return input[k] ?? "";
}

const WORD_RE = /^[\p{L}\p{M}'’.]+$/u;
const isUpperStart = (w: string) => {
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
};

/**
 * A name-like piece: "Châu Anh", "Tâm Phạm", "KC", "Văn Hùng – Anh Cường", "Việt Hoàng (TTXVN)",
 * "CTV Lê Huy/VOV.VN". Words capitalised; joined by dashes, slashes, commas or brackets; no digits.
 */
function isNameLike(text: string, maxWords: number): boolean {
  if (text.length === 0 || text.length > 60) return false;
  if (/\d/.test(text)) return false;
  const words = text
    .replace(/[()/,\-–—&]/g, " ")
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.length === 0 || words.length > maxWords) return false;
  let lower = 0;
  for (const w of words) {
    if (!WORD_RE.test(w)) return false;
    if (!isUpperStart(w)) lower++;
  }
  // "Theo" credits and "tổng hợp" notes allow a lower-case word or two
  return lower <= 2 && isUpperStart(words[0] ?? "") && lower * 3 < words.length;
}

/** Pieces of a header line: split at bullets, pipes and " ." separators ("Tác giả: X .Ngày đăng: …"). */
function piecesOf(input: string, line: Line): Line[] {
  const out: Line[] = [];
  let a = line.start;
  const push = (b: number) => {
    let x = a;
    let y = b;
    while (x < y && (isBlank(input.charCodeAt(x)) || input[x] === "." || input[x] === "-")) x++;
    while (y > x && isBlank(input.charCodeAt(y - 1))) y--;
    if (y > x) out.push({ start: x, end: y });
  };
  for (let k = line.start; k < line.end; k++) {
    const c = input[k];
    const sep =
      c === "•" ||
      c === "·" ||
      c === "|" ||
      (c === "." && k > line.start && isBlank(input.charCodeAt(k - 1)) && /\p{L}/u.test(input[k + 1] ?? ""));
    if (sep) {
      push(k);
      a = k + 1;
    }
  }
  push(line.end);
  return out;
}

/** A header piece without its times, zones and separators: "cập nhật lúc 09:52," → "cập nhật". */
function withoutTimes(key: string): string {
  return (
    key
      .replace(/\d{1,2}\s?[:hg]\s?\d{2}(?:\s?(?:am|pm))?/gu, " ")
      .replace(/\(?gmt\s?[+-]\s?\d{1,2}(?::\d{2})?\)?/gu, " ")
      // separators first, so that "lúc:" is a word "lúc" like any other
      .replace(/[\s|,:.\-–()]+/gu, " ")
      .replace(/(?:^|\s)lúc(?=\s|$)/gu, " ")
      .trim()
  );
}

/** Whether a piece before a date holds nothing but dateline labels and weekdays ("Thứ Sáu", "Cập nhật ngày"). */
function onlyLabels(before: string): boolean {
  let rest = ` ${before} `;
  for (const label of spacedLabels()) {
    while (rest.includes(label)) rest = rest.replace(label, " ");
  }
  return rest.trim() === "";
}

let labelCache: string[] | null = null;
/** The dateline labels and weekdays as " label " (computed once: the markers never change). */
function spacedLabels(): string[] {
  labelCache ??= [...markers("date"), ...markers("weekday")].map((l) => ` ${withoutTimes(l)} `);
  return labelCache;
}

interface HeaderFacts {
  dateline: { span: Span; value: string } | null;
  author: Span | null;
}

/**
 * Reads one header line (dateline block, byline). Returns true when every piece of it is header
 * material: a dateline, a labelled byline, a counter or link ("0 bình luận", "In bài"), a name in a
 * bulleted block. `dates` are the complete dates the dates stage found in the header.
 */
function readHeaderLine(
  input: string,
  line: Line,
  dates: readonly DateMention[],
  facts: HeaderFacts,
  inBlock: boolean,
): boolean {
  if (line.end - line.start > MAX_KEYED) return false;
  const pieces = piecesOf(input, line);
  const bulleted = pieces.length > 1 || /^[•·|*-]/u.test(input.slice(line.start, line.start + 1));
  const names: Line[] = [];
  let known = 0;
  for (const p of pieces) {
    const key = keyOf(input, p.start, p.end);
    const date = dates.find((d) => d.start >= p.start && d.end <= p.end);
    if (date?.value) {
      // label words or a weekday before the date, a time or nothing after it
      // label words, a weekday or a time before the date ("Cập nhật lúc 09:52, 21/01/2022")
      const before = withoutTimes(keyOf(input, p.start, date.start));
      const after = withoutTimes(keyOf(input, date.end, p.end));
      const labelled = onlyLabels(before);
      const tidy = after === "";
      if (labelled && tidy) {
        if (facts.dateline === null) {
          facts.dateline = { span: span(input, date.start, date.end), value: date.value };
          // a time written apart from the date on the same line ("Ngày đăng: 25/11/2022 | 10:15")
          if (date.value.length === 10) {
            const rest = `${input.slice(line.start, date.start)} ${input.slice(date.end, line.end)}`;
            const t = /(?:^|[^\d])([01]?\d|2[0-3])\s?[:h]\s?([0-5]\d)(?!\d)/u.exec(rest);
            if (t?.[1] !== undefined && t[2] !== undefined)
              facts.dateline.value = `${date.value}T${t[1].padStart(2, "0")}:${t[2]}`;
          }
        }
        known++;
        continue;
      }
      return false;
    }
    const authorLabel = markerAtStart(key, "author");
    if (authorLabel !== null) {
      const text = input.slice(p.start, p.end);
      const colon = text.indexOf(":");
      if (colon >= 0) {
        let a = p.start + colon + 1;
        let b = p.end;
        while (a < b && isBlank(input.charCodeAt(a))) a++;
        while (b > a && (isBlank(input.charCodeAt(b - 1)) || input[b - 1] === ".")) b--;
        if (b > a && facts.author === null) facts.author = span(input, a, b);
      }
      known++;
      continue;
    }
    // the digit test first: it is cheap, and most pieces have none
    if (/\d/u.test(key) && withoutTimes(key) === "") {
      // a time on its own ("Ngày đăng: 25/11/2022 | 10:15")
      known++;
      continue;
    }
    const meta = markers("meta").some((m) => key === m || key.endsWith(` ${m}`) || key.startsWith(`${m}:`));
    // a date label with nothing but labels and times after it ("Ngày đăng:", "Cập nhật lúc 10:15");
    // a sentence that merely starts with "Ngày" ("Ngày 6.5, Công an …") is body text
    if (meta || (markerAtStart(key, "date") !== null && onlyLabels(withoutTimes(key)))) {
      known++;
      continue;
    }
    if (isNameLike(input.slice(p.start, p.end), 5)) {
      names.push(p);
      continue;
    }
    return false;
  }
  // a bare name belongs to the header only inside a dateline block ("• Châu Anh •")
  if (names.length > 0 && !(bulleted && (known > 0 || inBlock))) return false;
  if (names.length > 0 && facts.author === null)
    facts.author = span(input, names[0]?.start ?? 0, names[0]?.end ?? 0);
  return known > 0 || bulleted;
}

/** A headline: one short line, no sentence-final period, more text after it. */
function isTitleLine(input: string, line: Line): boolean {
  const len = line.end - line.start;
  if (len < 8 || len > 200) return false;
  const last = lastMark(input, line.start, line.end);
  if (last === "." && !input.slice(line.start, line.end).endsWith("...")) return false;
  if (last === "," || last === ";" || last === ":") return false;
  return true;
}

/** "ANTĐ - ", "TTO - ", "(PLO) - ": an agency code in capitals before a dash. */
const SOURCE_RE = /^\(?([A-ZĐ][A-ZĐ0-9.]{1,9})\)?\s{0,2}[-–—]\s/u;
/** "(Dân trí) - ", "(Báo Công an Nhân dân) – ": a newspaper's name in brackets before a dash. */
const BRACKET_SOURCE_RE = /^\((\p{Lu}[\p{L}\p{M}.]{0,12}(?: [\p{L}\p{M}.]{1,12}){0,4})\)\s{0,2}[-–—]\s/u;

/** The first line and up to this many lines after it can be read as the dateline block. */
const HEADER_BLOCK_LINES = 8;

/** How far into the next line a date written across a line break may reach (dates are short). */
const DATE_TAIL = 200;

/** How far into the first line a date may start and still make it a dated lead. */
const DATED_LEAD_REACH = 12;

/**
 * Where the dates that {@link findStructure} reads can end: the first line (a headline or a dated
 * lead), the short lines after it that the dateline block may take (it stops at the first long
 * line), and the start of the line after those, because a date may run across a line break.
 * Dates after this offset are never looked at, so the caller need not find them.
 */
export function headerDatesEnd(input: string): number {
  const lines = linesOf(input, HEADER_BLOCK_LINES + 2);
  const first = lines[0];
  // A first line too long to be a header line is read for one thing only: a date at its very
  // start, which makes it a dated lead ("Ngày 23/7/2025, tại Hà Nội, …"). Its other dates, and the
  // lines after it (the dateline block ends at the first line that is not header material), are
  // never looked at.
  if (first !== undefined && first.end - first.start > MAX_KEYED)
    return Math.min(first.end, first.start + DATED_LEAD_REACH + DATE_TAIL);
  let last = 0;
  while (last + 1 < lines.length && last + 1 <= HEADER_BLOCK_LINES) {
    const next = lines[last + 1] as Line;
    if (next.end - next.start > MAX_KEYED) break;
    last++;
  }
  const reach = lines[last + 1];
  return reach === undefined ? input.length : Math.min(reach.end, reach.start + DATE_TAIL);
}

/**
 * The article's structure from its lines: title, dateline block, agency prefix, body, trailing
 * site boilerplate and sign-off. `headerDates` are the complete dates found in the first lines.
 */
export function findStructure(
  input: string,
  headerDates: readonly DateMention[],
  normalized: NormalizedText = normalizeText(input),
): ArticleStructure {
  const nt = normalized;
  if (nt.starts === null || nt.ends === null) return structureOf(input, headerDates);
  // The line rules read the normalised text (`&nbsp;`, NBSP and zero-width spaces as spaces, NFC,
  // CRLF as LF); the spans they find are mapped back to the input.
  const starts = nt.starts;
  const ends = nt.ends;
  const firstAtLeast = (xs: Int32Array, x: number, strict: boolean): number => {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((xs[mid] as number) < x || (strict && xs[mid] === x)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const dates = headerDates.map((d) => {
    const start = Math.min(firstAtLeast(starts, d.start, false), nt.text.length);
    const end = Math.max(start, firstAtLeast(ends, d.end, true));
    return { ...d, start, end, text: nt.text.slice(start, end) };
  });
  const found = structureOf(nt.text, dates);
  // one mapped object per found span: callers compare spans by identity (title among excluded)
  const mapped = new Map<Span, Span>();
  const back = (span: Span): Span => {
    let out = mapped.get(span);
    if (out === undefined) {
      out = toInputSpan(nt, span.start, span.end);
      mapped.set(span, out);
    }
    return out;
  };
  return {
    title: found.title && back(found.title),
    dateline: found.dateline && { span: back(found.dateline.span), value: found.dateline.value },
    author: found.author && back(found.author),
    authorRule: found.authorRule,
    source: found.source && back(found.source),
    body: back(found.body),
    excluded: found.excluded.map(back),
    captions: found.captions.map(back),
  };
}

function structureOf(input: string, headerDates: readonly DateMention[]): ArticleStructure {
  const lines = linesOf(input);
  const excluded: Span[] = [];
  const facts: HeaderFacts = { dateline: null, author: null };
  let authorRule: ArticleStructure["authorRule"] = null;
  let title: Span | null = null;
  let k = 0;
  const first = lines[0];
  // a dateline is a whole day ("tháng 2/2017" in a headline is not one)
  const headerDates0 = headerDates.filter(
    (d) =>
      d.value !== null && d.value.length >= 10 && (d.kind === "date" || d.kind === "datetime") && !d.inferred,
  );
  if (first !== undefined && lines.length > 1) {
    const probe: HeaderFacts = { dateline: null, author: null };
    // "Ngày 23/7/2025, tại Hà Nội, …": a dated lead sentence, not a headline
    const datedLead = headerDates.some(
      (d) =>
        d.start >= first.start &&
        d.start < first.end &&
        d.start <= first.start + DATED_LEAD_REACH &&
        /^\s?,/u.test(input.slice(d.end, d.end + 2)),
    );
    if (
      !datedLead &&
      !readHeaderLine(input, first, headerDates0, probe, false) &&
      isTitleLine(input, first)
    ) {
      title = span(input, first.start, first.end);
      excluded.push(title);
      k = 1;
    }
  }
  // the dateline block: consecutive header lines right after the title (or at the top)
  let inBlock = false;
  const limit = Math.min(lines.length - 1, k + HEADER_BLOCK_LINES);
  while (k < limit) {
    const line = lines[k] as Line;
    if (!readHeaderLine(input, line, headerDates0, facts, inBlock)) break;
    excluded.push(span(input, line.start, line.end));
    inBlock = true;
    k++;
  }
  if (facts.author !== null) authorRule = "byline";

  // trailing site boilerplate: from the first marker line to the end
  let endLine = lines.length;
  for (let j = k; j < lines.length; j++) {
    const line = lines[j] as Line;
    if (line.end - line.start > 80) continue;
    if (markerAtStart(keyOf(input, line.start, line.end), "tail") !== null) {
      endLine = j;
      break;
    }
  }
  // a run of short links right before the marker ("Bản tin Pháp luật", "Video clip") stays body
  // unless they follow it; the sign-off is the last body line, or what follows the last sentence.
  let bodyStart = lines[k]?.start ?? input.length;
  let bodyEnd = endLine > k ? (lines[endLine - 1] as Line).end : bodyStart;
  let author = facts.author;
  if (endLine - 1 > k) {
    // the sign-off block: up to three short trailing lines without final punctuation, from the
    // first that is a name or a "Theo …" credit ("Theo Văn Vũ" / "Công an nhân dân")
    let from = -1;
    for (let j = endLine - 1; j > k && j >= endLine - 3; j--) {
      const line = lines[j] as Line;
      if (line.end - line.start > 60 || TERMINAL.has(lastMark(input, line.start, line.end))) break;
      const text = input.slice(line.start, line.end);
      if (isNameLike(text, 8) || isCredit(text)) from = j;
    }
    if (from > k) {
      const first = lines[from] as Line;
      const last = lines[endLine - 1] as Line;
      excluded.push(span(input, first.start, last.end));
      if (author === null) {
        author = signOffName(input, first.start, first.end);
        authorRule = author === null ? null : "sign_off";
      }
      bodyEnd = (lines[from - 1] as Line).end;
    } else {
      const last = lines[endLine - 1] as Line;
      const cut = trailingSignOff(input, last);
      if (cut !== null) {
        excluded.push(cut.signOff);
        if (author === null) {
          author = signOffName(input, cut.signOff.start, cut.signOff.end);
          authorRule = author === null ? null : "sign_off";
        }
        bodyEnd = cut.bodyEnd;
      }
    }
  }
  // agency prefix at the start of the body
  let source: Span | null = null;
  const head = input.slice(bodyStart, Math.min(bodyEnd, bodyStart + 72));
  const code = SOURCE_RE.exec(head);
  const m = code?.[1] !== undefined && /[A-ZĐ].*[A-ZĐ]/u.test(code[1]) ? code : BRACKET_SOURCE_RE.exec(head);
  if (m?.[1] !== undefined) {
    const at = bodyStart + head.indexOf(m[1]);
    source = span(input, at, at + m[1].length);
    bodyStart += m[0].length;
    while (bodyStart < bodyEnd && isBlank(input.charCodeAt(bodyStart))) bodyStart++;
  }
  if (bodyEnd < bodyStart) bodyEnd = bodyStart;

  // captions: short body lines without final punctuation, followed by more text
  const captions: Span[] = [];
  for (let j = k + 1; j < endLine - 1; j++) {
    const line = lines[j] as Line;
    if (line.end > bodyEnd || line.end - line.start > 200) continue;
    const lastCh = lastMark(input, line.start, line.end);
    if (!TERMINAL.has(lastCh) && lastCh !== "…") captions.push(span(input, line.start, line.end));
  }
  return {
    title,
    dateline: facts.dateline,
    author,
    authorRule,
    source,
    body: span(input, bodyStart, bodyEnd),
    excluded,
    captions,
  };
}

/** "Theo Văn Vũ", "Theo TTXVN": a credit line naming where the text came from. */
function isCredit(text: string): boolean {
  const key = matchKey(text.slice(0, 8));
  return (
    markers("credit").some((c) => key.startsWith(`${c} `)) && isNameLike(text.slice(text.indexOf(" ") + 1), 6)
  );
}

/** The name in a sign-off: without a leading "Theo" credit and a trailing "(TTXVN)" or "/VOV.VN". */
function signOffName(input: string, a: number, b: number): Span | null {
  const text = input.slice(a, b);
  let x = 0;
  let y = text.length;
  const credit = markers("credit").find((c) => matchKey(text.slice(0, c.length + 1)) === `${c} `);
  if (credit !== undefined) x = credit.length + 1;
  const paren = text.indexOf("(", x);
  if (paren > x) y = paren;
  const slash = text.indexOf("/", x);
  if (slash > x && slash < y) y = slash;
  while (y > x && isBlank(text.charCodeAt(y - 1))) y--;
  if (y <= x) return null;
  return span(input, a + x, a + y);
}

/**
 * "… đang tiếp tục điều tra, xử lý. Minh Thu": scraped pages that run the sign-off into
 * the last paragraph. The piece after the last sentence end, when it is a name.
 */
function trailingSignOff(input: string, line: Line): { signOff: Span; bodyEnd: number } | null {
  const from = Math.max(line.start, line.end - 80);
  let cut = -1;
  for (let k = line.end - 1; k >= from; k--) {
    const c = input[k];
    if ((c === "." || c === "!" || c === "?" || c === "”" || c === '"') && isBlank(input.charCodeAt(k + 1))) {
      cut = k + 1;
      break;
    }
  }
  if (cut < 0) return null;
  let a = cut;
  while (a < line.end && isBlank(input.charCodeAt(a))) a++;
  if (a >= line.end) return null;
  const text = input.slice(a, line.end);
  if (!isNameLike(text, 8)) return null;
  return { signOff: span(input, a, line.end), bodyEnd: cut };
}

/** Prefixes that take a period without ending the sentence: "TP. Hà Giang", "Q. 1", "PGS. TS". */
export function isDottedPrefix(key: string): boolean {
  return markers("dotted").includes(key);
}
