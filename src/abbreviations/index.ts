/**
 * Abbreviations (`ANTQ`, `CATP`, `PC02`, `TP.HCM`) and what they stand for: the text's own
 * definitions, the lexicon in data/abbreviations.tsv, the caller's options; plus a rewriter.
 * @module
 */
export {
  type AbbreviationAnalysis,
  type AbbreviationUse,
  analyzeAbbreviations,
  findAbbreviations,
  findAbbreviationsInTokens,
} from "./abbreviations.js";
export { expandAbbreviations } from "./expand.js";
export type { AbbreviationOptions, ExpandOptions } from "./options.js";
export { type Abbreviation, AbbreviationSchema } from "./schema.js";
