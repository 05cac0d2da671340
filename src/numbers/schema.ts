import * as z from "zod/mini";
import { SpanSchema } from "../span.js";

/** A quantity or rank written in the text ("490 mô hình", "5 tỷ đồng", "15%", "hạng Ba"). */
export const NumberMentionSchema = z.extend(SpanSchema, {
  /** 490, 1200000, 0.15 (for "0,15"), 15 (for "15%": a percentage is the number written, its unit "%"), 3 ("hạng Ba"), 72 ("lần thứ 72"). */
  value: z.number(),
  kind: z.enum(["cardinal", "ordinal", "percent", "money", "measure"]),
  /** The counted noun or unit as written: "mô hình", "tập thể", "đồng", "kg". */
  unit: z.nullable(z.string()),
  approximate: z.nullable(z.enum(["about", "more_than", "less_than", "at_least", "at_most"])),
  /** "3-5 đợt", "50 - 70 cán bộ": each end of a range is a mention, "low" or "high"; null otherwise. */
  range: z.nullable(z.enum(["low", "high"])),
});
export type NumberMention = z.infer<typeof NumberMentionSchema>;
