import { analyzeAbbreviations } from "./abbreviations/index.js";
import { checkText } from "./arguments.js";
import { findStructure, headerDatesEnd, splitSentences } from "./article/index.js";
import { type DateMention, findDatesInAtoms } from "./dates/index.js";
import { findDocumentsInAtoms } from "./documents/index.js";
import { findEventsInContext } from "./events/index.js";
import { keysOf, tokenAt, tokenIndexAt } from "./lexicon/index.js";
import { type Atom, buildAtoms, findNumbersInAtoms } from "./numbers/index.js";
import { type CheckedOptions, checkExtractOptions, type ExtractOptions } from "./options.js";
import { findOrganizationsInTokens } from "./organizations/find.js";
import { findPersonsInTokens } from "./persons/index.js";
import { classWordMentions, findPlacesInTokens, markInOrganization } from "./places/find.js";
import type { Article } from "./schema.js";
import type { Span } from "./span.js";
import { normalizeText } from "./text/index.js";
import { type Token, tokenizeNormalized } from "./tokenize/index.js";

/** How far the dateline block may reach: the first lines of a page, never the whole text. */
const HEADER_LINES = 12;
const HEADER_CHARS = 3000;

function headerEnd(input: string): number {
  let lines = 0;
  const limit = Math.min(input.length, HEADER_CHARS);
  for (let i = input.indexOf("\n"); i >= 0 && i < limit; i = input.indexOf("\n", i + 1)) {
    if (++lines >= HEADER_LINES) return i;
  }
  return limit;
}

/**
 * Dates resolved against the publication date. A dateline the dates stage cannot take as a
 * reference leaves the dates unresolved rather than failing the article (never throw on text).
 */
function datesWithReference(input: string, atoms: Atom[], publishedAt: string | null): DateMention[] {
  if (publishedAt === null) return findDatesInAtoms(input, atoms);
  try {
    return findDatesInAtoms(input, atoms, { reference: publishedAt });
  } catch {
    return findDatesInAtoms(input, atoms);
  }
}

const RUN_IN_WORDS = new Set(["ngày", "khoảng", "lúc", "vào", "đến", "hôm"]);

/**
 * "… cách đây 1 năm Ngày 12/7, Đại tá …": scraped pages run a photo caption into the paragraph
 * after it. A capitalised date ("Ngày 12/7", "Chiều 19-1") right after a lower-case word on the
 * same line begins a sentence: Vietnamese writes those words in lower case mid-sentence.
 */
function runInStarts(tokens: readonly Token[], dates: readonly DateMention[], from: number): Set<number> {
  const starts = new Set<number>();
  for (const d of dates) {
    // most dates begin in lower case or with a digit: the case test first (composing a letter
    // with its marks does not change its case), then NFC, as spans keep the input's form
    const initial = d.text.charAt(0);
    if (initial === initial.toLowerCase() || initial !== initial.toUpperCase()) continue;
    const text = d.text.normalize("NFC"); // the word list is NFC
    // weekdays and Tết are capitalised mid-sentence; a part of the day or "Ngày" is not
    const word = text.slice(0, text.search(/[\s\d]|$/u)).toLowerCase();
    if (d.partOfDay === null && !RUN_IN_WORDS.has(word)) continue;
    const i = tokenIndexAt(tokens, d.start);
    const prev = tokenAt(tokens, i - 1);
    if (i <= from || prev === undefined || (prev.kind !== "word" && prev.kind !== "number")) continue;
    const p = prev.normalized;
    if (p.charAt(0) !== p.charAt(0).toLowerCase() && prev.kind === "word") continue;
    starts.add(i);
  }
  return starts;
}

const inside = (s: { start: number; end: number }, a: number, b: number) => s.start >= a && s.end <= b;

/**
 * Everything cand-nlp finds in one article. The text is normalised once and tokenised once; every
 * stage reads those tokens (or the atoms built from them) and the results of the stages before it.
 *
 * - `title`, `publishedAt` (the dateline in the site formats seen, or `options.publishedAt`; null
 *   otherwise, never a guess), `author` (byline or sign-off), `source` (agency prefix), `body`
 *   (without header and trailing site boilerplate) and `sentences`;
 * - `persons`, `abbreviations`, `dates` (partial dates resolved against publishedAt), `numbers`,
 *   `documents` (issued documents), `legalReferences` (laws and code articles cited),
 *   `organizations`, `places`, and `events` built from them.
 *
 * Never throws on text; a non-string `text` throws a TypeError, and so does an invalid or unknown
 * option (the message names it).
 *
 * @example
 * const a = extract("Hội nghị tổng kết\n\n09:52 21/01/2022\n\nChiều 19-1, CATP tổ chức hội nghị tổng kết công tác năm 2021.");
 * a.publishedAt;        // "2022-01-21T09:52"
 * a.events[0].type;     // "meeting"
 * a.events[0].date;     // "2022-01-19"
 */
export function extract(text: string, options?: ExtractOptions): Article {
  const input = checkText(text);
  const checked: CheckedOptions = checkExtractOptions(options);
  const nt = normalizeText(input);
  const tokens = tokenizeNormalized(nt);
  const keys = keysOf(tokens);
  const atoms = buildAtoms(input, tokens, keys);

  // structure: the dateline comes from the dates stage run over the header's atoms only
  // (no further than findStructure reads dates: most news has a long paragraph by line 2)
  const headLimit = Math.min(headerEnd(input), headerDatesEnd(input));
  let headAtoms = 0;
  while (headAtoms < atoms.length && (atoms[headAtoms]?.end ?? 0) <= headLimit) headAtoms++;
  const headerDates = findDatesInAtoms(input, atoms.slice(0, headAtoms));
  const structure = findStructure(input, headerDates, nt);

  let publishedAt: string | null = null;
  let publishedAtSource: Article["publishedAtSource"] = null;
  if (checked.publishedAt !== null) {
    publishedAt = checked.publishedAt;
    publishedAtSource = "option";
  } else if (structure.dateline !== null) {
    publishedAt = structure.dateline.value;
    publishedAtSource = "dateline";
  } else if (checked.defaultPublishedAt !== null) {
    publishedAt = checked.defaultPublishedAt;
    publishedAtSource = "option";
  }

  // what lies after the article (site boilerplate) is nobody's business
  let contentEnd = structure.body.end;
  for (const s of structure.excluded) if (s.end > contentEnd) contentEnd = s.end;
  const kept = <T extends { start: number; end: number }>(xs: readonly T[]) =>
    xs.filter((x) => x.end <= contentEnd);

  const dates: DateMention[] = kept(datesWithReference(input, atoms, publishedAt));
  // every reference keeps its words from the numbers stage and the events' place reader; the
  // article lists the issued documents apart from the laws and code articles it cites
  const references = kept(findDocumentsInAtoms(input, atoms));
  const documents = references.filter((r) => r.kind === "document");
  const legalReferences = references.filter((r) => r.kind !== "document");
  const numbers = kept(findNumbersInAtoms(input, atoms, [...dates, ...references]));

  const notPersons: Span[] = structure.excluded.filter((s) => s !== structure.title);
  if (contentEnd < input.length)
    notPersons.push({ start: contentEnd, end: input.length, text: input.slice(contentEnd) });
  const analysis = analyzeAbbreviations(
    input,
    tokens,
    {
      ...(publishedAt === null ? {} : { publishedAt: publishedAt.slice(0, 10) }),
      ...(checked.abbreviations === undefined ? {} : { abbreviations: checked.abbreviations }),
    },
    keys,
  );
  const persons = findPersonsInTokens(input, tokens, {
    keys,
    abbreviationsByToken: analysis.byToken,
    exclude: notPersons,
  });

  // organisations and places: never inside a person's name or the boilerplate after the article
  // (places first: no organisation starts inside "đường Trường Chinh"; then the places named
  // inside an organisation's name are marked)
  const notEntities: Span[] = [...notPersons, ...persons.flatMap((p) => p.mentions)];
  const places = findPlacesInTokens(input, tokens, keys, {
    abbreviationsByToken: analysis.byToken,
    abbreviations: analysis.abbreviations,
    exclude: notEntities,
  });
  const organizations = findOrganizationsInTokens(input, tokens, keys, {
    abbreviationsByToken: analysis.byToken,
    abbreviations: analysis.abbreviations,
    exclude: [...notEntities, ...classWordMentions(places)],
  });
  markInOrganization(
    places,
    organizations.flatMap((o) => o.mentions),
  );

  const bodyFirst = tokenIndexAt(tokens, structure.body.start);
  const bodyLast = tokenIndexAt(tokens, structure.body.end);
  const sentences = splitSentences(input, tokens, bodyFirst, bodyLast, runInStarts(tokens, dates, bodyFirst));

  const events = findEventsInContext({
    input,
    tokens,
    keys,
    sentences,
    persons,
    dates,
    numbers,
    documents: references,
    abbreviations: analysis.uses.filter((u) => inside(u.span, structure.body.start, structure.body.end)),
    // where events happen and who acts in them: the entity stages' mentions (a place inside an
    // organisation's name names the unit, not a scene)
    places: places.flatMap((p) =>
      p.mentions
        .filter((m) => !m.inOrganization)
        .map((m) => ({ start: m.start, end: m.end, text: m.text, kind: p.kind })),
    ),
    organizationMentions: organizations.flatMap((o) => o.mentions),
  });

  return {
    title: structure.title?.text ?? null,
    publishedAt,
    publishedAtSource,
    dateline: structure.dateline?.span ?? null,
    author: structure.author?.text ?? null,
    authorSource: structure.author === null ? null : structure.authorRule,
    source: structure.source?.text ?? null,
    body: structure.body,
    sentences: sentences.map(({ start, end, text: t }) => ({ start, end, text: t })),
    persons,
    abbreviations: analysis.abbreviations,
    dates,
    numbers,
    documents,
    legalReferences,
    events,
    organizations,
    places,
  };
}
