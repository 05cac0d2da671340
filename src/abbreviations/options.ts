import type { Span } from "../span.js";

/** Options shared by findAbbreviations / expandAbbreviations (a subset of ExtractOptions). */
export interface AbbreviationOptions {
  /** Anchor date: picks the meaning of unit codes renamed in 2018 and 2025. */
  publishedAt?: string | Date;
  /** Extra or overriding expansions, e.g. `{ CATP: "Công an thành phố Hải Phòng" }`. */
  abbreviations?: Record<string, string>;
  /** Spans to ignore (the article's byline or sign-off). */
  exclude?: readonly Span[];
}

export interface ExpandOptions extends AbbreviationOptions {
  /** `replace` (default): "CATP" → "Công an thành phố"; `append`: → "Công an thành phố (CATP)". */
  style?: "replace" | "append";
}

/** Validates options; invalid ones throw a TypeError naming the option. Returns the reference date (YYYY-MM-DD) or null. */
export function checkOptions(options: unknown): {
  reference: string | null;
  extra: Record<string, string>;
  exclude: readonly Span[];
} {
  if (options === undefined || options === null) return { reference: null, extra: {}, exclude: [] };
  if (typeof options !== "object") throw new TypeError("options must be an object");
  const o = options as Record<string, unknown>;
  let reference: string | null = null;
  if (o.publishedAt !== undefined && o.publishedAt !== null) {
    if (o.publishedAt instanceof Date) {
      if (Number.isNaN(o.publishedAt.getTime()))
        throw new TypeError("options.publishedAt must be a valid Date or an ISO date string");
      reference = o.publishedAt.toISOString().slice(0, 10);
    } else if (typeof o.publishedAt === "string" && /^\d{4}(-\d{2}(-\d{2})?)?/.test(o.publishedAt)) {
      reference = o.publishedAt.slice(0, 10);
    } else throw new TypeError("options.publishedAt must be a valid Date or an ISO date string");
  }
  const extra: Record<string, string> = {};
  if (o.abbreviations !== undefined && o.abbreviations !== null) {
    if (typeof o.abbreviations !== "object" || Array.isArray(o.abbreviations))
      throw new TypeError("options.abbreviations must be an object mapping abbreviations to expansions");
    for (const [k, v] of Object.entries(o.abbreviations as Record<string, unknown>)) {
      if (typeof v !== "string" || v.trim() === "" || k.trim() === "")
        throw new TypeError(`options.abbreviations.${k} must be a non-empty string`);
      extra[k.trim()] = v.trim();
    }
  }
  let exclude: readonly Span[] = [];
  if (o.exclude !== undefined && o.exclude !== null) {
    if (
      !Array.isArray(o.exclude) ||
      o.exclude.some(
        (s) =>
          typeof s !== "object" || s === null || typeof s.start !== "number" || typeof s.end !== "number",
      )
    )
      throw new TypeError("options.exclude must be an array of spans { start, end }");
    exclude = o.exclude as Span[];
  }
  return { reference, extra, exclude };
}

export function checkStyle(options: unknown): "replace" | "append" {
  if (options === undefined || options === null || typeof options !== "object") return "replace";
  const style = (options as Record<string, unknown>).style;
  if (style === undefined) return "replace";
  if (style !== "replace" && style !== "append")
    throw new TypeError('options.style must be "replace" or "append"');
  return style;
}
