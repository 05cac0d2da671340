import * as z from "zod/mini";
import { SpanSchema } from "../span.js";

/** A date, time, period, duration or relative date mentioned in the text. */
export const DateMentionSchema = z.extend(SpanSchema, {
  kind: z.enum(["date", "datetime", "month", "year", "quarter", "range", "duration", "relative"]),
  /** Point in time, ISO 8601 in Vietnam local time, precision by length; null for ranges, durations, unresolved partial dates. */
  value: z.nullable(z.string()),
  from: z.nullable(z.string()),
  to: z.nullable(z.string()),
  /** ISO 8601 duration ("P10Y", "PT1H"). */
  duration: z.nullable(z.string()),
  partOfDay: z.nullable(z.enum(["morning", "noon", "afternoon", "evening", "night"])),
  calendar: z.enum(["solar", "lunar"]),
  /** True when year or month (or the whole date) came from the reference date, not the text. */
  inferred: z.boolean(),
  /** Month (1–12) of a day written in the text ("ngày 28/4" → 4), also when its year cannot be known and `value` is null. */
  month: z.optional(z.number()),
  /** Day of the month (1–31) written in the text ("ngày 28/4" → 28), also when `value` is null. */
  day: z.optional(z.number()),
  /** ISO weekday (Monday 1 … Sunday 7) when the text names one ("thứ Hai", "chủ nhật", "T2"). */
  weekday: z.optional(z.number()),
  /** True when the weekday written disagrees with the date written beside it; the date wins. */
  weekdayMismatch: z.optional(z.boolean()),
});
export type DateMention = z.infer<typeof DateMentionSchema>;

export const FindDatesOptionsSchema = z.object({
  reference: z.optional(z.union([z.string(), z.date()])),
});
export type FindDatesOptions = z.infer<typeof FindDatesOptionsSchema>;
