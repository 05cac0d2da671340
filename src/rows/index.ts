/**
 * Flat rows for notebooks: `console.table(toRows(article).events)`, or a dataframe per table.
 * @module
 */
import type { Event } from "../events/schema.js";
import type { Article } from "../schema.js";

type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface ArticleRows {
  persons: Row[];
  abbreviations: Row[];
  dates: Row[];
  numbers: Row[];
  documents: Row[];
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

/**
 * Flattens an article's persons, abbreviations, dates, numbers, documents, events, organisations
 * and places into arrays
 * of flat objects (strings, numbers, booleans, null): ready for `console.table` or a dataframe.
 * Persons in events are written by name with their role ("Đào Quang Trường (chair)").
 *
 * @example
 * const rows = toRows(extract(text));
 * console.table(rows.events);   // type, date, trigger, persons, location, detail, sentence
 */
export function toRows(article: Article): ArticleRows {
  const names = new Map(article.persons.map((p) => [p.id, p.name]));
  return {
    persons: article.persons.map((p) => ({
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
      abbr: a.abbr,
      expansion: a.expansion,
      source: a.source,
      mentions: a.mentions.length,
    })),
    dates: article.dates.map((d) => ({
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
      text: n.text,
      value: n.value,
      kind: n.kind,
      unit: n.unit,
      approximate: n.approximate,
      start: n.start,
    })),
    documents: article.documents.map((d) => ({
      text: d.text,
      docType: d.docType,
      number: d.number,
      issuedAt: d.issuedAt,
      start: d.start,
    })),
    events: article.events.map((e) => ({
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
      id: o.id,
      name: o.name,
      expanded: o.expanded,
      kind: o.kind,
      level: o.level,
      mentions: o.mentions.length,
      start: o.mentions[0]?.start ?? null,
    })),
    places: article.places.map((p) => ({
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
