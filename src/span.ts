import * as z from "zod/mini";

/**
 * A piece of the ORIGINAL input: UTF-16 code-unit offsets, `end` exclusive, and
 * `text === input.slice(start, end)` always, whatever normalisation happened inside.
 */
export const SpanSchema = z.object({
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;
