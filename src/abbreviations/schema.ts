import * as z from "zod/mini";
import { SpanSchema } from "../span.js";

/** An abbreviation of the text with what it stands for, and every place it is used. */
export const AbbreviationSchema = z.object({
  /** As written, spaces collapsed: "ANTQ", "TP.HCM", "TP. HCM". */
  abbr: z.string(),
  /** "an ninh Tổ quốc"; "Công an thành phố Hải Phòng" when the article shows the city. */
  expansion: z.string(),
  /** Defined in the text itself, the built-in lexicon, or `options.abbreviations`. */
  source: z.enum(["document", "dictionary", "option"]),
  mentions: z.array(SpanSchema),
  /** Lexicon category (`security`, `police_unit`, …) when the expansion comes from the lexicon. */
  category: z.nullable(z.string()),
  /** English gloss from the lexicon, when known. */
  english: z.nullable(z.string()),
  /** True when the lexicon has several meanings and the text did not say which (`BCH`): `expansion` lists them. */
  ambiguous: z.boolean(),
});
export type Abbreviation = z.infer<typeof AbbreviationSchema>;

export const AbbreviationOptionsSchema = z.object({
  publishedAt: z.optional(z.union([z.string(), z.date()])),
  abbreviations: z.optional(z.record(z.string(), z.string())),
});
