import * as z from "zod/mini";
import { SpanSchema } from "../span.js";

export const TokenKindSchema = z.enum([
  "word",
  "name",
  "number",
  "date",
  "time",
  "abbr",
  "punct",
  "symbol",
  "url",
  "email",
]);
export type TokenKind = z.infer<typeof TokenKindSchema>;

/** A lexical token (from `tokenize`) or a word (from `segment`). */
export const TokenSchema = z.extend(SpanSchema, {
  kind: TokenKindSchema,
  /** NFC, canonical tone placement (`hoà` → `hòa`), typographic quotes and dashes folded. */
  normalized: z.string(),
});
export type Token = z.infer<typeof TokenSchema>;
