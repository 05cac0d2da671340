import * as z from "zod/mini";
import { SpanSchema } from "../span.js";

/** A quantity or rank written in the text ("490 mô hình", "5 tỷ đồng", "15%", "hạng Ba"). */
export const NumberMentionSchema = z.extend(SpanSchema, {
  /** 490, 1200000, 0.15 (for 15%), 3 ("hạng Ba"), 72 ("lần thứ 72"). */
  value: z.number(),
  kind: z.enum(["cardinal", "ordinal", "percent", "money", "measure"]),
  /** The counted noun or unit as written: "mô hình", "tập thể", "đồng", "kg". */
  unit: z.nullable(z.string()),
  approximate: z.nullable(z.enum(["about", "more_than", "less_than", "at_least", "at_most"])),
});
export type NumberMention = z.infer<typeof NumberMentionSchema>;
