/**
 * Flat rows for notebooks: `console.table(toRows(article).events)`, or a dataframe per table.
 * @module
 */
import type { DocumentRef } from "../documents/schema.js";
import type { Event } from "../events/schema.js";
import { type ArticleOrError, type ErrorRecord, isErrorRecord } from "../records.js";
import type { Article } from "../schema.js";

type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface ArticleRows {
  /** One row per article: articleId, title, publishedAt, author, source, and a count per list. */
  articles: Row[];
  /** One row per error record: articleId (the input's id) and error. */
  errors: Row[];
  persons: Row[];
  abbreviations: Row[];
  dates: Row[];
  numbers: Row[];
  documents: Row[];
  legalReferences: Row[];
  events: Row[];
  organizations: Row[];
  places: Row[];
}

/** "5 gói heroin", "khoảng 100kg pháo": the count as written and the thing, its unit said once. */
function itemText(item: { what: string; quantity: { text: string; unit: string | null } | null }): string {
  const q = item.quantity;
  if (q === null) return item.what;
  const unit = q.unit ?? "";
  const written = unit !== "" && q.text.toLowerCase().endsWith(unit.toLowerCase());
  const what =
    written && item.what.toLowerCase().startsWith(unit.toLowerCase())
      ? item.what.slice(unit.length).trim()
      : item.what;
  return `${q.text} ${what}`.trim();
}

/** The type-specific fields of an event in one readable cell. */
function eventDetail(e: Event): string | null {
  switch (e.type) {
    case "meeting":
      return [e.subtype, e.online ? "online" : null, e.topic].filter((x) => x !== null).join(" · ");
    case "award": {
      const r = e.recipients;
      const counts = [
        r.collectives === null ? null : `${r.collectives} tập thể`,
        r.individuals === null ? null : `${r.individuals} cá nhân`,
      ].filter((x) => x !== null);
      return [e.award, ...counts].join(" · ");
    }
    case "exercise":
      return e.name;
    case "speech":
      return e.purpose;
    case "campaign":
      return e.name;
    case "document":
      return e.document;
    case "arrest":
    case "prosecution":
      return (
        [e.suspects === null ? null : `${e.suspects} suspects`, e.charge]
          .filter((x) => x !== null)
          .join(" · ") || null
      );
    case "seizure":
      return e.items.map(itemText).join("; ") || null;
    default:
      return null;
  }
}

/** A count per list of the article (persons, dates, events, …: lists added later are counted too). */
function documentRow(articleId: string | null, d: DocumentRef): Row {
  return {
    articleId,
    text: d.text,
    docType: d.docType,
    number: d.number,
    issuedAt: d.issuedAt,
    kind: d.kind,
    start: d.start,
  };
}

function articleRow(articleId: string | null, article: Article): Row {
  const row: Row = {
    articleId,
    title: article.title,
    publishedAt: article.publishedAt,
    publishedAtSource: article.publishedAtSource,
    author: article.author,
    source: article.source,
  };
  for (const [key, value] of Object.entries(article)) if (Array.isArray(value)) row[key] = value.length;
  return row;
}

const emptyRows = (): ArticleRows => ({
  articles: [],
  errors: [],
  persons: [],
  abbreviations: [],
  dates: [],
  numbers: [],
  documents: [],
  legalReferences: [],
  events: [],
  organizations: [],
  places: [],
});

/**
 * Flattens articles into tables of flat rows (strings, numbers, booleans, null): ready for
 * `console.table` or a dataframe. Takes what `extract()` returns, a record of `cand-nlp extract`
 * (an article with its `id`, or an error record `{ id, error }`), or an array of them: every row
 * carries `articleId` (the record's id, null for a bare article), so the rows of many articles can
 * share one dataframe. `articles` has one row per article, `errors` one per error record; the other
 * tables are the article's persons, abbreviations, dates, numbers, documents, legal references,
 * events, organisations and places.
 * Persons in events are written by name with their role ("Đào Quang Trường (chair)").
 *
 * @example
 * const rows = toRows(extract(text));
 * console.table(rows.events);   // articleId, type, date, trigger, persons, location, detail, sentence
 * const all = toRows(lines.map((l) => JSON.parse(l)));   // the output of cand-nlp extract
 */
export function toRows(input: Article | ArticleOrError | readonly (Article | ArticleOrError)[]): ArticleRows {
  const out = emptyRows();
  const records = Array.isArray(input) ? input : [input];
  for (const record of records as readonly (Article | ArticleOrError)[]) {
    if (isErrorRecord(record)) {
      const e = record as ErrorRecord;
      out.errors.push({ articleId: typeof e.id === "string" ? e.id : null, error: e.error });
      continue;
    }
    const id = (record as { id?: unknown }).id;
    const rows = articleRows(typeof id === "string" ? id : null, record as Article);
    // every table of articleRows(), also one added later that emptyRows() does not list yet
    for (const key of Object.keys(rows) as (keyof ArticleRows)[]) {
      const table = out[key] ?? [];
      out[key] = table;
      for (const row of rows[key]) table.push(row); // push, not concat: linear in the number of articles
    }
  }
  return out;
}

function articleRows(articleId: string | null, article: Article): ArticleRows {
  const names = new Map(article.persons.map((p) => [p.id, p.name]));
  return {
    articles: [articleRow(articleId, article)],
    errors: [],
    persons: article.persons.map((p) => ({
      articleId,
      id: p.id,
      name: p.name,
      rank: p.rank?.label ?? null,
      titles: p.titles.map((t) => [t.position, t.organization].filter((x) => x).join(" ")).join("; ") || null,
      gender: p.gender,
      role: p.role,
      mentions: p.mentions.length,
      start: p.mentions[0]?.start ?? null,
    })),
    abbreviations: article.abbreviations.map((a) => ({
      articleId,
      abbr: a.abbr,
      expansion: a.expansion,
      source: a.source,
      mentions: a.mentions.length,
    })),
    dates: article.dates.map((d) => ({
      articleId,
      text: d.text,
      kind: d.kind,
      value: d.value,
      from: d.from,
      to: d.to,
      duration: d.duration,
      partOfDay: d.partOfDay,
      calendar: d.calendar,
      inferred: d.inferred,
      start: d.start,
    })),
    numbers: article.numbers.map((n) => ({
      articleId,
      text: n.text,
      value: n.value,
      kind: n.kind,
      unit: n.unit,
      approximate: n.approximate,
      start: n.start,
    })),
    documents: article.documents.map((d) => documentRow(articleId, d)),
    legalReferences: article.legalReferences.map((d) => documentRow(articleId, d)),
    events: article.events.map((e) => ({
      articleId,
      type: e.type,
      date: e.date,
      trigger: e.trigger.text,
      persons: e.persons.map((r) => `${names.get(r.personId) ?? r.personId} (${r.role})`).join("; ") || null,
      organizations: e.organizations.join("; ") || null,
      location: e.location,
      detail: eventDetail(e),
      sentence: e.sentence.text,
      start: e.sentence.start,
    })),
    organizations: article.organizations.map((o) => ({
      articleId,
      id: o.id,
      name: o.name,
      expanded: o.expanded,
      kind: o.kind,
      level: o.level,
      mentions: o.mentions.length,
      start: o.mentions[0]?.start ?? null,
    })),
    places: article.places.map((p) => ({
      articleId,
      id: p.id,
      name: p.name,
      kind: p.kind,
      level: p.level,
      province: p.province,
      foreign: p.foreign,
      mentions: p.mentions.length,
      // how many mentions name the place inside an organisation ("Công an huyện Đăk Hà")
      inOrganization: p.mentions.filter((m) => m.inOrganization).length,
      start: p.mentions[0]?.start ?? null,
    })),
  };
}
