import * as z from "zod/mini";
import { SpanSchema } from "../span.js";

/**
 * What a reference points at: an issued document with its number (`document`: "Kế hoạch số
 * 333/KH-BCĐ", "Nghị định 79/2014/NĐ-CP"), a law or code named by its year (`law`: "Luật CAND
 * 2018", "Bộ luật Hình sự năm 1999"), or an article of a code (`law_article`: "Điều 249 Bộ luật
 * Hình sự", "Điều 123 BLHS").
 */
export const DocumentKindSchema = z.enum(["document", "law", "law_article"]);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/** A reference to a legal or administrative document ("Kế hoạch số 333/KH-BCĐ ngày 30/6/2022"). */
export const DocumentRefSchema = z.extend(SpanSchema, {
  /** "Kế hoạch", "Chỉ thị", "Bộ luật Hình sự". */
  docType: z.string(),
  /** "333/KH-BCĐ", "51-NQ/TW"; for an article of a code, the article number ("249"). */
  number: z.string(),
  /** ISO date of issue when the text gives it ("2022-06-30"), or the year of a law ("2018"). */
  issuedAt: z.nullable(z.string()),
  /** An issued document, a law named by its year, or an article of a code. */
  kind: DocumentKindSchema,
});
export type DocumentRef = z.infer<typeof DocumentRefSchema>;
