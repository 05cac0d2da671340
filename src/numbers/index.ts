/**
 * Numbers: digits in Vietnamese format, number words, money, measures, percentages, ordinals and
 * approximations, with the counted noun that follows.
 * @module
 */

export { type Atom, buildAtoms } from "./atoms.js";
export { findNumbers, findNumbersInAtoms, findNumbersInTokens } from "./find.js";
export { parseDigits, readNumberWords } from "./parse.js";
export { type NumberMention, NumberMentionSchema } from "./schema.js";
