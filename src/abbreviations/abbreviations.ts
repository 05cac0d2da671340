import { checkOptionNames, checkText } from "../arguments.js";
import {
  type AbbreviationRow,
  abbreviationRows,
  crossesLine,
  isAllCapsText,
  keysOf,
  orgTrie,
  placeAt,
  tokenAt,
} from "../lexicon/index.js";
import type { Span } from "../span.js";
import { letterCaseAt } from "../text/chars.js";
import { foldDiacritics, matchKey, normalizeText } from "../text/index.js";
import { type Token, tokenize } from "../tokenize/index.js";
import { placeEvidence } from "./context.js";
import { type AbbreviationOptions, checkOptions } from "./options.js";
import type { Abbreviation } from "./schema.js";

/** One use of an abbreviation in the text, over tokens `[first, last]`. */
export interface AbbreviationUse {
  abbr: string;
  span: Span;
  first: number;
  last: number;
  /** Its expansion for this use: generic when the place follows it (`CATP Hà Nội`). */
  expansion: string;
  /** Inside the parentheses of its own definition: `an ninh Tổ quốc (ANTQ)`. */
  definition: boolean;
  /** A unit or road number glued to the code (`QK9` → "Quân khu 9"). */
  suffix: string;
}

export interface AbbreviationAnalysis {
  abbreviations: Abbreviation[];
  uses: AbbreviationUse[];
  /** Expansion by token index (first token of a use), for organisation names in titles. */
  byToken: Map<number, AbbreviationUse>;
}

const squeeze = (s: string) => s.replace(/[\s.]+/g, "");

let lexiconIndex: Map<string, AbbreviationRow[]> | undefined;
/** Lexicon rows by squeezed abbreviation (`TP. HCM`, `TP.HCM`, `TPHCM` meet). */
function lexicon(): Map<string, AbbreviationRow[]> {
  if (lexiconIndex === undefined) {
    const index = new Map<string, AbbreviationRow[]>();
    for (const row of abbreviationRows()) {
      // Lists ("VK, VLN, CCHT", "PCCC và CNCH") are several abbreviations, each its own entry.
      if (/,| và /.test(row.abbr)) continue;
      const k = squeeze(row.abbr);
      const rows = index.get(k) ?? [];
      rows.push(row);
      index.set(k, rows);
    }
    lexiconIndex = index;
  }
  return lexiconIndex;
}

let mixedCase: Set<string> | undefined;
/**
 * The lexicon's short abbreviations written with capitals and lower case mixed ("Cty", "CTr",
 * "ThS"), as written: the tokenizer reads them as words, so they are known by one set lookup per
 * word instead of case tests and a lexicon lookup.
 */
function mixedCaseAbbreviations(): Set<string> {
  if (mixedCase === undefined) {
    mixedCase = new Set();
    for (const rows of lexicon().values())
      for (const { abbr } of rows)
        if (
          abbr.length <= 4 &&
          squeeze(abbr) === abbr &&
          abbr.charAt(0) !== abbr.charAt(0).toLowerCase() &&
          abbr !== abbr.toUpperCase()
        )
          mixedCase.add(abbr);
  }
  return mixedCase;
}

/** Categories whose code glued to a number names one unit: QK9 is "Quân khu 9". */
const UNIT_CATEGORIES = new Set(["organization", "police_unit", "party", "government", "mass_org"]);

/** Separators that may join the pieces of one abbreviation written as several tokens. */
const GLUE = new Set([".", "&", "-"]);

function isAbbrLike(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  if (t.kind === "abbr") return true;
  if (t.kind !== "word" || t.normalized.length > 4) return false;
  // "Cty", "CTr": a word the lexicon writes so, capitals and lower case mixed (a capital first,
  // as every such row begins: most words of a text are not asked)
  if (letterCaseAt(t.normalized, 0) === 1 && mixedCaseAbbreviations().has(t.normalized)) return true;
  // A short ALL-CAPS syllable ("CA", "TU") is an abbreviation unless the line is shouting.
  if (!isAllCapsText(t.normalized)) return false;
  const prev = tokenAt(tokens, i - 1);
  const next = tokens[i + 1];
  const shouting = (x: Token | undefined) =>
    x !== undefined && x.kind === "word" && isAllCapsText(x.normalized);
  return !shouting(prev) && !shouting(next);
}

function surfaceOf(tokens: readonly Token[], first: number, last: number): string {
  let s = "";
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (k > first && t.start > (tokens[k - 1] as Token).end) s += " ";
    s += t.normalized;
  }
  return s;
}

function overlapsAny(span: { start: number; end: number }, spans: readonly Span[]): boolean {
  return spans.some((s) => span.start < s.end && s.start < span.end);
}

/** Years written in the text (4-digit numbers 1940–2099), latest first: a weak date when none is given. */
function latestYear(tokens: readonly Token[]): string | null {
  let best = 0;
  for (const t of tokens) {
    // a year needs four digits: most numbers are shorter
    if ((t.kind !== "number" && t.kind !== "date") || t.normalized.length < 4) continue;
    const y = latestYearIn(t.normalized);
    if (y > best) best = y;
  }
  return best > 0 ? `${best}-06-30` : null;
}

/**
 * The largest run of exactly four ASCII digits in `s` that reads 1940–2099, or 0: a code-unit scan
 * instead of a global match (which allocates its matches, for every number of the text).
 */
function latestYearIn(s: string): number {
  let best = 0;
  let run = 0;
  let value = 0;
  for (let k = 0; k <= s.length; k++) {
    const c = k < s.length ? s.charCodeAt(k) : -1;
    if (c >= 48 && c <= 57) {
      run++;
      value = value * 10 + (c - 48);
      continue;
    }
    if (run === 4 && value >= 1940 && value <= 2099 && value > best) best = value;
    run = 0;
    value = 0;
  }
  return best;
}

const inPeriod = (row: AbbreviationRow, date: string) =>
  (row.validFrom === null || date >= row.validFrom.padEnd(10, row.validFrom.length === 4 ? "-01-01" : "")) &&
  (row.validTo === null || date <= (row.validTo.length === 4 ? `${row.validTo}-12-31` : row.validTo));

/** The initial used to match an abbreviation letter: lower case, no diacritics (`Ủy` → u), `đ` and `d` alike. */
const initial = (s: string) => foldDiacritics(s.normalize("NFC").slice(0, 1));
const lettersOf = (abbr: string) =>
  [...abbr]
    .filter((c) => c.toLowerCase() !== c.toUpperCase())
    .map((c) => initial(c))
    .join("");

const SKIPPABLE = new Set(['"', "'", ",", "-", "–", "&"]);
const CONNECTORS = new Set(["và", "của", "các", "về", "với"]);

/**
 * The text's own definition of the abbreviation at `(` ABBR `)`: the words just before whose
 * initials spell it (`an ninh trật tự (ANTT)`), or the organisation phrase just before for a code
 * with digits (`Trung đoàn Cảnh sát cơ động (PK20E)`) or a name's code in another language
 * (`Quỹ Toyota Việt Nam (TVF)`).
 */
function definitionBefore(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  open: number,
  abbr: string,
): { first: number; last: number } | null {
  const letters = lettersOf(abbr);
  const last = open - 1;
  const digits = /\d/.test(abbr);
  if (letters.length >= 2 && !digits) {
    const spelled = spelledBefore(tokens, keys, letters, last);
    if (spelled !== null) return spelled;
  }
  // a code with digits, or one whose letters spell another language's name ("Quỹ Toyota Việt Nam
  // (TVF)", "Tập đoàn ô tô Toyota Nhật Bản (TMC)"): the organisation phrase just before it, with
  // nothing but words up to "(". With digits, from the leftmost organisation head within reach;
  // letters only ("TP.HCM" in brackets names a place, not a code), from the nearest head followed
  // by a capitalised word that begins with the code's first letter
  if (!digits && (letters.length < 2 || !/^\p{L}+$/u.test(abbr))) return null;
  let head = -1;
  let named = digits;
  for (let k = last; k >= 0 && k >= last - 16; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" && t.kind !== "abbr" && t.kind !== "name") break;
    const capitalised = /^\p{Lu}/u.test(t.normalized);
    if (capitalised && initial(t.normalized) === letters[0]) named = true;
    if (!named || !capitalised) continue;
    const m = orgTrie().longestAt(keys, tokens, input, k);
    if (m !== null && m.end <= open && m.values.some((v) => v.kind === "org_head")) {
      head = k;
      if (!digits) break;
    }
  }
  return head >= 0 ? { first: head, last } : null;
}

/** The words just before `last` whose initials spell `letters` (connectors may sit between). */
function spelledBefore(
  tokens: readonly Token[],
  keys: readonly string[],
  letters: string,
  last: number,
): { first: number; last: number } | null {
  let need = letters.length;
  let first = -1;
  for (let k = last; k >= 0 && k >= last - 3 * letters.length && need > 0; k--) {
    const t = tokens[k] as Token;
    if (t.kind === "punct" || t.kind === "symbol") {
      if (SKIPPABLE.has(t.normalized)) continue;
      return null;
    }
    if (t.kind === "abbr") {
      const inner = lettersOf(t.normalized);
      if (inner.length <= need && letters.slice(need - inner.length, need) === inner) {
        need -= inner.length;
        first = k;
        continue;
      }
      return null;
    }
    if (t.kind !== "word" && t.kind !== "name") return null;
    if (initial(t.normalized) === letters[need - 1]) {
      need--;
      first = k;
      continue;
    }
    if (CONNECTORS.has(keys[k] ?? "") && first >= 0) continue;
    return null;
  }
  return need === 0 && first >= 0 ? { first, last: trimEnd(tokens, first, last) } : null;
}

function trimEnd(tokens: readonly Token[], first: number, last: number): number {
  let l = last;
  while (l > first && (tokens[l] as Token).kind === "punct") l--;
  return l;
}

/** The expansion written by the text, spaces collapsed, quotes dropped. */
function phraseText(tokens: readonly Token[], first: number, last: number): string {
  let s = "";
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "punct" && (t.normalized === '"' || t.normalized === "'")) continue;
    if (s !== "" && t.start > (tokens[k - 1] as Token).end && !(t.kind === "punct" && t.normalized === ","))
      s += " ";
    s += t.normalized;
  }
  return s.trim();
}

interface Resolved {
  expansion: string;
  source: "document" | "dictionary" | "option";
  category: string | null;
  english: string | null;
  ambiguous: boolean;
  /** Context-completed lexicon expansions: what the bare abbreviation means before the place. */
  generic: string;
}

/**
 * Abbreviations over tokens: every use, grouped by abbreviation as written, with the expansion
 * the text defines (wins), the caller's option (overrides all), or the lexicon's, completed
 * with the article's city or province for `CATP` / `CAT`.
 */
export function analyzeAbbreviations(
  input: string,
  tokens: readonly Token[],
  options?: AbbreviationOptions,
  keys: readonly string[] = keysOf(tokens),
): AbbreviationAnalysis {
  const { reference, extra, exclude } = checkOptions(options);
  const extraBySqueezed = new Map<string, string>();
  for (const [k, v] of Object.entries(extra)) extraBySqueezed.set(squeeze(normalizeText(k).text), v);
  const lex = lexicon();

  // 1. Uses: single abbreviation tokens, or pieces glued by "." "&" "-" that the lexicon knows as one.
  interface Raw {
    first: number;
    last: number;
    abbr: string;
    key: string;
    prefix: { length: number; digits: string } | null;
    /** Where this abbreviation starts inside its token ("TS" in "GS.TS", "VOV" in "VOV.VN"). */
    part?: number;
  }
  const raws: Raw[] = [];
  /** The parts of token i the lexicon knows ("GS.TS", "ƯPT/BCA"), each with its place in the token. */
  const pushParts = (i: number, surface: string, parts: readonly string[]) => {
    let offset = 0;
    for (const part of parts) {
      const at = surface.indexOf(part, offset);
      offset = at + part.length;
      if (lex.has(part)) raws.push({ first: i, last: i, abbr: part, key: part, prefix: null, part: at });
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!isAbbrLike(tokens, i)) continue;
    const t = tokens[i] as Token;
    let best: Raw | null = null;
    // Longest glued form first: "TP. HCM", "TP HCM", "PCCC&CNCH".
    // "PC 45": a unit's code typed apart from its number, as the lexicon writes it glued ("PC45")
    const number = tokens[i + 1];
    if (number?.kind === "number" && !crossesLine(tokens, input, i + 1)) {
      const key = squeeze(t.normalized + number.normalized);
      if (lex.has(key))
        best = { first: i, last: i + 1, abbr: surfaceOf(tokens, i, i + 1), key, prefix: null };
    }
    for (let j = i + 1; j <= i + 4 && j < tokens.length && best === null; j++) {
      const piece = tokens[j] as Token;
      const glued = (piece.kind === "punct" || piece.kind === "symbol") && GLUE.has(piece.normalized);
      if (glued) {
        if (piece.start > (tokens[j - 1] as Token).end) break;
        continue;
      }
      if (crossesLine(tokens, input, j)) break;
      if (!isAbbrLike(tokens, j)) {
        // a code glued to a name by a hyphen, as the lexicon writes it ("TT-Huế")
        const word = surfaceOf(tokens, i, j);
        if (j > i + 1 && piece.start === (tokens[j - 1] as Token).end && lex.has(squeeze(word)))
          best = { first: i, last: j, abbr: word, key: squeeze(word), prefix: null };
        break;
      }
      // Two abbreviations side by side are one only when the lexicon knows the pair ("TP HCM").
      const surface = surfaceOf(tokens, i, j);
      const key = squeeze(surface);
      if (lex.has(key) || extraBySqueezed.has(key))
        best = { first: i, last: j, abbr: surface, key, prefix: null };
    }
    // "CA TP HCM": "CA TP" (CATP) and "TP HCM" overlap; the place reads as one ("CA" + "TP HCM").
    if (best !== null && best.last > i && lex.has(squeeze(surfaceOf(tokens, i, best.last - 1)))) {
      const tail = tokens[best.last + 1];
      if (
        tail !== undefined &&
        isAbbrLike(tokens, best.last + 1) &&
        !crossesLine(tokens, input, best.last + 1)
      ) {
        const placeKey = squeeze(surfaceOf(tokens, best.last, best.last + 1));
        if (lex.get(placeKey)?.some((row) => row.category === "place") === true) {
          const surface = surfaceOf(tokens, i, best.last - 1);
          best = { first: i, last: best.last - 1, abbr: surface, key: squeeze(surface), prefix: null };
        }
      }
    }
    if (best === null) {
      const surface = t.normalized;
      const key = squeeze(surface);
      if (surface.includes("/") && /\d/.test(surface)) continue; // a document number: 333/KH-BCĐ
      // "VOV.VN", "VTC.VN": a newsroom's web address names the newsroom.
      const site = /^(\p{Lu}{2,6})\.VN$/iu.exec(surface);
      if (site !== null && lex.has(site[1] as string)) {
        const name = site[1] as string;
        raws.push({ first: i, last: i, abbr: name, key: name, prefix: null, part: 0 });
        continue;
      }
      // "GS.TS", "PGS.TS": titles written together are each an abbreviation of its own.
      if (!lex.has(key) && surface.includes(".") && !extraBySqueezed.has(key)) {
        const parts = surface.split(".").filter(Boolean);
        if (parts.length >= 2 && parts.every((p) => lex.has(p))) {
          pushParts(i, surface, parts);
          continue;
        }
      }
      // "ƯPT/BCA": codes joined by a slash; each the lexicon knows is an abbreviation of its own
      // (not the code of a document number: "Chỉ thị 40 – CT/TW")
      const dash = tokenAt(tokens, i - 1)?.normalized;
      const ofNumber = (dash === "-" || dash === "–") && tokenAt(tokens, i - 2)?.kind === "number";
      if (!lex.has(key) && surface.includes("/") && !extraBySqueezed.has(key) && !ofNumber) {
        const parts = surface.split("/");
        if (parts.length >= 2 && parts.every((p) => /^\p{Lu}{2,6}$/u.test(p))) {
          pushParts(i, surface, parts);
          continue;
        }
      }
      // A code glued to its number: QK9 → "Quân khu 9"; QL2, QL1A → the road abbreviation QL.
      const glued = /^(\p{Lu}{1,5})(\d{1,4}\p{Lu}?)$/u.exec(surface);
      if (lex.has(key) || extraBySqueezed.has(key))
        best = { first: i, last: i, abbr: surface, key, prefix: null };
      else if (glued !== null && lex.has(glued[1] as string))
        best = {
          first: i,
          last: i,
          abbr: surface,
          key: glued[1] as string,
          prefix: { length: (glued[1] as string).length, digits: glued[2] as string },
        };
      else if (tokens[i + 1]?.normalized === ")" && tokenAt(tokens, i - 1)?.normalized === "(")
        best = { first: i, last: i, abbr: surface, key, prefix: null };
      else if (
        // "(PA 81)": a unit code written with a space before its number, defined in brackets.
        tokenAt(tokens, i - 1)?.normalized === "(" &&
        tokens[i + 1]?.kind === "number" &&
        tokens[i + 2]?.normalized === ")" &&
        /^\d{1,4}$/.test(tokens[i + 1]?.normalized ?? "")
      ) {
        const spaced = surfaceOf(tokens, i, i + 1);
        best = { first: i, last: i + 1, abbr: spaced, key: squeeze(spaced), prefix: null };
      }
    }
    if (best === null) continue;
    raws.push(best);
    i = best.last;
  }

  // 2. The text's own definitions.
  const defined = new Map<string, { expansion: string; at: number }>();
  for (const r of raws) {
    if (r.prefix !== null || r.part !== undefined) continue;
    if (r.first !== r.last && !(r.last === r.first + 1 && tokens[r.last]?.kind === "number")) continue;
    if (tokenAt(tokens, r.first - 1)?.normalized !== "(" || tokens[r.last + 1]?.normalized !== ")") continue;
    if (defined.has(r.abbr)) continue;
    const d = definitionBefore(tokens, keys, input, r.first - 1, r.abbr);
    if (d === null) continue;
    const expansion = phraseText(tokens, d.first, d.last);
    if (expansion.length > 1) defined.set(r.abbr, { expansion, at: r.first });
  }
  // a code the lexicon does not know is found outside its brackets once the text defines it
  // ("Quỹ Toyota Việt Nam (TVF) … Năm 2015, TVF đã …")
  const newCodes = new Set<string>();
  for (const code of defined.keys()) if (!lex.has(squeeze(code))) newCodes.add(code);
  if (newCodes.size > 0) {
    const taken = new Set<number>();
    for (const r of raws) for (let k = r.first; k <= r.last; k++) taken.add(k);
    const before = raws.length;
    for (let i = 0; i < tokens.length; i++) {
      const surface = (tokens[i] as Token).normalized;
      if (!taken.has(i) && newCodes.has(surface) && isAbbrLike(tokens, i))
        raws.push({ first: i, last: i, abbr: surface, key: squeeze(surface), prefix: null });
    }
    if (raws.length > before) raws.sort((a, b) => a.first - b.first || (a.part ?? 0) - (b.part ?? 0));
  }

  // 3. Meaning of each abbreviation.
  const reference_ = reference ?? latestYear(tokens);
  let evidence: ReturnType<typeof placeEvidence> | undefined;
  const resolved = new Map<string, Resolved | null>();
  const resolve = (r: Raw): Resolved | null => {
    const cacheKey = r.prefix === null ? r.abbr : `${r.key}#`;
    if (resolved.has(cacheKey)) return resolved.get(cacheKey) ?? null;
    let out: Resolved | null = null;
    const option = extraBySqueezed.get(squeeze(r.abbr)) ?? extraBySqueezed.get(r.key);
    const def = defined.get(r.abbr);
    if (option !== undefined)
      out = {
        expansion: option,
        source: "option",
        category: null,
        english: null,
        ambiguous: false,
        generic: option,
      };
    else if (def !== undefined) {
      // The lexicon's category and gloss still apply when the text defines the same meaning.
      const same = (lex.get(r.key) ?? []).find((row) => matchKey(row.expansion) === matchKey(def.expansion));
      out = {
        expansion: def.expansion,
        source: "document",
        category: same?.category ?? null,
        english: same?.english ?? null,
        ambiguous: false,
        generic: def.expansion,
      };
    } else {
      let rows = lex.get(r.key) ?? [];
      if (rows.length > 1 && reference_ !== null) {
        const dated = rows.filter((row) => inPeriod(row, reference_));
        if (dated.length > 0) rows = dated;
      }
      if (rows.length > 1)
        rows = byCues(
          rows,
          raws.filter((x) => x.key === r.key),
          tokens,
          keys,
        );
      const distinct = [...new Set(rows.map((row) => row.expansion))];
      if (distinct.length > 1 && rows.every((row) => row.validFrom !== null || row.validTo !== null)) {
        // A renamed unit and no date: the current name.
        const current = rows.filter((row) => row.validTo === null);
        if (current.length > 0) rows = current;
      }
      const row = rows[0];
      if (row !== undefined) {
        const names = [...new Set(rows.map((x) => x.expansion))];
        const ambiguous = names.length > 1;
        const generic = ambiguous ? names.join(" / ") : row.expansion;
        let expansion = generic;
        if (!ambiguous && (r.key === "CATP" || r.key === "CAT")) {
          evidence ??= placeEvidence(tokens, keys, input);
          const place = placeFor(r.key, raws, tokens, keys, input, evidence);
          if (place !== null) expansion = `${row.expansion} ${place}`;
        }
        out = {
          expansion,
          source: "dictionary",
          category: row.category,
          english: row.english,
          ambiguous,
          generic,
        };
      }
    }
    resolved.set(cacheKey, out);
    return out;
  };

  // 4. Group uses.
  const groups = new Map<string, Abbreviation>();
  const uses: AbbreviationUse[] = [];
  const byToken = new Map<number, AbbreviationUse>();
  for (const r of raws) {
    const meaning = resolve(r);
    if (meaning === null) continue;
    const first = tokens[r.first] as Token;
    const last = tokens[r.last] as Token;
    let span: Span = { start: first.start, end: last.end, text: input.slice(first.start, last.end) };
    let abbr = r.abbr;
    let expansion = meaning.expansion;
    let suffix = "";
    if (r.prefix !== null) {
      const row = lex.get(r.key)?.[0];
      const unit = row !== undefined && UNIT_CATEGORIES.has(row.category);
      if (!unit && first.text.length === first.normalized.length) {
        // "QL2", "SN1965": the abbreviation is QL / SN; the number is the road's, the year.
        abbr = r.key;
        span = {
          start: first.start,
          end: first.start + r.prefix.length,
          text: input.slice(first.start, first.start + r.prefix.length),
        };
      } else if (unit) {
        expansion = `${meaning.expansion} ${r.prefix.digits}`;
        suffix = r.prefix.digits;
      }
    }
    if (r.part !== undefined && first.text.length === first.normalized.length) {
      const start = first.start + r.part;
      span = { start, end: start + abbr.length, text: input.slice(start, start + abbr.length) };
    }
    if (overlapsAny(span, exclude)) continue;
    // "CATP Hà Nội": this use reads as the generic unit followed by its place.
    const placeFollows = placeAt(tokens, keys, input, r.last + 1) !== null;
    const use: AbbreviationUse = {
      abbr,
      span,
      first: r.first,
      last: r.last,
      expansion: placeFollows ? meaning.generic : expansion,
      definition: defined.get(r.abbr)?.at === r.first,
      suffix,
    };
    uses.push(use);
    if (!byToken.has(r.first)) byToken.set(r.first, use);
    const g = groups.get(abbr);
    if (g === undefined)
      groups.set(abbr, {
        abbr,
        expansion,
        source: meaning.source,
        mentions: [span],
        category: meaning.category,
        english: meaning.english,
        ambiguous: meaning.ambiguous,
      });
    else g.mentions.push(span);
  }
  return { abbreviations: [...groups.values()], uses, byToken };
}

/**
 * Keeps the rows whose cue words occur near a use (`BCH quân sự` → Ban Chỉ huy). With no cue
 * near, a row that asks for none is the reading (`CP` is Chính phủ, cổ phần only by `Công ty CP`).
 */
function byCues(
  rows: AbbreviationRow[],
  uses: readonly { first: number; last: number }[],
  tokens: readonly Token[],
  keys: readonly string[],
): AbbreviationRow[] {
  const near = new Set<string>();
  for (const u of uses) {
    for (let k = Math.max(0, u.first - 3); k <= Math.min(tokens.length - 1, u.last + 4); k++) {
      near.add(keys[k] ?? "");
      if (k + 1 < tokens.length) near.add(`${keys[k]} ${keys[k + 1]}`);
    }
  }
  const hit = rows.filter((row) => row.cues.some((c) => near.has(matchKey(c))));
  if (hit.length > 0) return hit;
  const plain = rows.filter((row) => row.cues.length === 0);
  return plain.length > 0 ? plain : rows;
}

/** The city (CATP) or province (CAT) a unit abbreviation belongs to, when the text leaves one choice. */
function placeFor(
  key: string,
  raws: readonly { first: number; last: number; key: string }[],
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  evidence: { cities: Set<string>; provinces: Set<string> },
): string | null {
  const wantCity = key === "CATP";
  const direct = new Set<string>();
  for (const r of raws) {
    if (r.key !== key) continue;
    const m = placeAt(tokens, keys, input, r.last + 1);
    if (m === null) continue;
    for (const p of m.places)
      if (p.level === "province" && (p.type === "thanh_pho") === wantCity) direct.add(p.name);
  }
  if (direct.size === 1) return [...direct][0] ?? null;
  if (direct.size > 1) return null;
  const pool = wantCity ? evidence.cities : evidence.provinces;
  return pool.size === 1 ? ([...pool][0] ?? null) : null;
}

/** Abbreviations over tokens, grouped by abbreviation as written. */
export function findAbbreviationsInTokens(
  input: string,
  tokens: readonly Token[],
  options?: AbbreviationOptions,
  keys?: readonly string[],
): Abbreviation[] {
  return analyzeAbbreviations(input, tokens, options, keys).abbreviations;
}

/**
 * Abbreviations of a text and what they stand for.
 * @example
 * findAbbreviations("… an ninh Tổ quốc (ANTQ) … CATP … quận Kiến An")
 * // [{ abbr: "ANTQ", expansion: "an ninh Tổ quốc", source: "document", … },
 * //  { abbr: "CATP", expansion: "Công an thành phố Hải Phòng", source: "dictionary", … }]
 */
export function findAbbreviations(text: string, options?: AbbreviationOptions): Abbreviation[] {
  const input = checkText(text);
  checkOptionNames(options, ["publishedAt", "abbreviations", "exclude"]);
  checkOptions(options);
  return findAbbreviationsInTokens(input, tokenize(input), options);
}
