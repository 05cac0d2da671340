import * as z from "zod/mini";
import { RankSchema } from "../ranks/schema.js";
import { SpanSchema } from "../span.js";
import { TitleSchema } from "../titles/schema.js";

/** A named person of the article, all mentions merged. */
export const PersonSchema = z.object({
  /** "p1", "p2", … in order of first mention; stable within one result. */
  id: z.string(),
  /** The full name as written, normalised, without rank or title: "Đào Quang Trường". */
  name: z.string(),
  /** The rank the text gives this person (the first one written next to a mention). */
  rank: z.nullable(RankSchema),
  titles: z.array(TitleSchema),
  /** Only when the text says so: "Thị" as a middle name, "bà", "chị" (female); "ông", "anh" (male). */
  gender: z.nullable(z.enum(["female", "male"])),
  /** Every place the person is named (full name, or a later "đồng chí Khảo"), first one first. */
  mentions: z.array(SpanSchema),
  /** What the nouns before the name say: "suspect" (đối tượng, bị can), "victim" (nạn nhân), "officer" (a rank, đồng chí). */
  role: z.nullable(z.enum(["officer", "suspect", "victim"])),
  /** True for a name the press masks ("Nguyễn Văn H.", "Đỗ Ngọc T."): never merged with another person. */
  masked: z.boolean(),
});
export type Person = z.infer<typeof PersonSchema>;
