/**
 * Lexical tokens in one linear pass: syllables, numbers, dates and times, codes, punctuation.
 * @module
 */

export { type Token, type TokenKind, TokenKindSchema, TokenSchema } from "./schema.js";
export { isPlausibleSyllable } from "./syllable.js";
export { tokenize, tokenizeNormalized } from "./tokenize.js";
