import type * as z from "zod/mini";
import { TokenSchema } from "../tokenize/schema.js";

/**
 * A word from `segment`: the Token shape, spanning one or more syllables (`kind` "word" or
 * "name"), possibly ending with an abbreviation's full stop (`TP.`, `Nguyễn Văn H.`; one
 * syllable and its stop keep the syllable's kind), or a non-syllable token passed through unchanged.
 */
export const WordSchema = TokenSchema;
export type Word = z.infer<typeof WordSchema>;
