import * as z from "zod/mini";
import { SpanSchema } from "../span.js";

/** A reference to a legal or administrative document ("Kế hoạch số 333/KH-BCĐ ngày 30/6/2022"). */
export const DocumentRefSchema = z.extend(SpanSchema, {
  /** "Kế hoạch", "Chỉ thị", "Bộ luật Hình sự". */
  docType: z.string(),
  /** "333/KH-BCĐ", "51-NQ/TW"; for an article of a code, the article number ("249"). */
  number: z.string(),
  /** ISO date of issue when the text gives it ("2022-06-30"), or the year of a law ("2018"). */
  issuedAt: z.nullable(z.string()),
});
export type DocumentRef = z.infer<typeof DocumentRefSchema>;
