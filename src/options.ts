import * as z from "zod/mini";
import { checkOptionNames } from "./arguments.js";

/**
 * Options of {@link extract} (and of the stages it composes): the contract's ExtractOptions.
 * An unknown key is a TypeError naming it (a misspelt option would otherwise change results silently).
 */
export const ExtractOptionsSchema = z.object({
  /** Anchor for partial and relative dates ("Chiều 19-1", "hôm qua"); overrides the dateline. */
  publishedAt: z.optional(z.union([z.string(), z.date()])),
  /** The publication date for a text without a dateline of its own; a dateline wins over it. */
  defaultPublishedAt: z.optional(z.union([z.string(), z.date()])),
  /** Extra or overriding expansions, e.g. `{ CATP: "Công an thành phố Hải Phòng" }`. */
  abbreviations: z.optional(z.record(z.string(), z.string())),
});
export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;

/** What extract() works with once the options are checked. */
export interface CheckedOptions {
  /** The caller's publication date as an ISO string ("2022-01-21" or "2022-01-21T09:52"), or null. */
  publishedAt: string | null;
  /** The caller's fallback publication date, used only when the text has no dateline; or null. */
  defaultPublishedAt: string | null;
  abbreviations: Record<string, string> | undefined;
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const VN_OFFSET_MS = 7 * 3600 * 1000;
const pad = (n: number) => String(n).padStart(2, "0");

/** A Date as Vietnam local time (UTC+7), to the minute. */
function vietnamIso(d: Date): string {
  const t = new Date(d.getTime() + VN_OFFSET_MS);
  const date = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  const hm = t.getUTCHours() * 60 + t.getUTCMinutes();
  return hm === 0 ? date : `${date}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

function checkPublishedAt(value: unknown, name = "publishedAt"): string | null {
  if (value === undefined || value === null) return null;
  const bad = () =>
    new TypeError(
      `options.${name} must be an ISO date string ("2022-01-21", "2022-01-21T09:52") or a valid Date, got ${
        typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : typeof value
      }`,
    );
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw bad();
    return vietnamIso(value);
  }
  if (typeof value !== "string") throw bad();
  const s = value.trim();
  const m = ISO_DATE.exec(s);
  if (m === null) throw bad();
  const [, y, mo, d, hh, mm] = m;
  const month = Number(mo);
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) throw bad();
  // an explicit zone ("Z", "+00:00") is an instant: report it in Vietnam time like a Date
  if (/(?:Z|[+-]\d{2}:?\d{2})$/.test(s)) return vietnamIso(new Date(s));
  if (hh === undefined || mm === undefined) return `${y}-${mo}-${d}`;
  if (Number(hh) > 23 || Number(mm) > 59) throw bad();
  return `${y}-${mo}-${d}T${hh}:${mm}`;
}

/** The keys of ExtractOptions: any other key is a TypeError. */
export const EXTRACT_OPTION_NAMES: readonly string[] = Object.keys(ExtractOptionsSchema.shape);

/**
 * Validates ExtractOptions. A bad option throws a TypeError whose message names it
 * (`options.publishedAt …`, `options.abbreviations.CATP …`).
 * @example
 * checkExtractOptions({ publishedAt: "2022-01-21" }); // { publishedAt: "2022-01-21" }
 * checkExtractOptions({ publishedAt: "21/01/2022" }); // throws TypeError: options.publishedAt must be an ISO date string …
 */
export function checkExtractOptions(options: unknown): CheckedOptions {
  if (options === undefined || options === null)
    return { publishedAt: null, defaultPublishedAt: null, abbreviations: undefined };
  checkOptionNames(options, EXTRACT_OPTION_NAMES);
  const o = options as Record<string, unknown>;
  const publishedAt = checkPublishedAt(o.publishedAt);
  const defaultPublishedAt = checkPublishedAt(o.defaultPublishedAt, "defaultPublishedAt");
  let abbreviations: Record<string, string> | undefined;
  if (o.abbreviations !== undefined && o.abbreviations !== null) {
    if (typeof o.abbreviations !== "object" || Array.isArray(o.abbreviations))
      throw new TypeError("options.abbreviations must be an object mapping abbreviations to expansions");
    abbreviations = {};
    for (const [k, v] of Object.entries(o.abbreviations as Record<string, unknown>)) {
      if (k.trim() === "") throw new TypeError("options.abbreviations has an empty key");
      if (typeof v !== "string" || v.trim() === "")
        throw new TypeError(`options.abbreviations.${k} must be a non-empty string`);
      abbreviations[k] = v;
    }
  }
  return { publishedAt, defaultPublishedAt, abbreviations };
}
