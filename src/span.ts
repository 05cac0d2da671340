import { z } from "zod";

/**
 * A piece of the ORIGINAL input: UTF-16 code-unit offsets, `end` exclusive, and
 * `text === input.slice(start, end)` always, whatever normalisation happened inside.
 */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;
