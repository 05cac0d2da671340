import * as z from "zod/mini";
import { SpanSchema } from "../span.js";

/** A rank of the People's Public Security or the People's Army; `order` 1 = highest of its ladder. */
export const RankSchema = z.object({
  id: z.string(),
  label: z.string(),
  force: z.enum(["police", "army", "both"]),
  order: z.int().check(z.positive()),
  /** `main`, or the professional ladders `cmkt` (police) / `qncn` (army), or `historical`. */
  ladder: z.enum(["main", "cmkt", "qncn", "historical"]),
  english: z.string(),
});
export type Rank = z.infer<typeof RankSchema>;

export const RankMentionSchema = z.extend(SpanSchema, { rank: RankSchema });
export type RankMention = z.infer<typeof RankMentionSchema>;
