import { z } from "zod";
import { SpanSchema } from "../span.js";

/** A date, time, period, duration or relative date mentioned in the text. */
export const DateMentionSchema = SpanSchema.extend({
  kind: z.enum(["date", "datetime", "month", "year", "quarter", "range", "duration", "relative"]),
  /** Point in time, ISO 8601 in Vietnam local time, precision by length; null for ranges, durations, unresolved partial dates. */
  value: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** ISO 8601 duration ("P10Y", "PT1H"). */
  duration: z.string().nullable(),
  partOfDay: z.enum(["morning", "noon", "afternoon", "evening", "night"]).nullable(),
  calendar: z.enum(["solar", "lunar"]),
  /** True when year or month (or the whole date) came from the reference date, not the text. */
  inferred: z.boolean(),
});
export type DateMention = z.infer<typeof DateMentionSchema>;

export const FindDatesOptionsSchema = z.object({
  reference: z.union([z.string(), z.date()]).optional(),
});
export type FindDatesOptions = z.infer<typeof FindDatesOptionsSchema>;
