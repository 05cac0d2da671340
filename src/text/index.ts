/**
 * The Unicode layer: one canonical form for matching, offsets always back into the input.
 * @module
 */

export {
  isAllCaps,
  isCapitalized,
  isDigitCode,
  isLetterCode,
  isLowerLetter,
  isMarkCode,
  isSpaceCode,
  isUpperLetter,
} from "./chars.js";
export {
  decodeEntityAt,
  inputEnd,
  inputStart,
  type NormalizedText,
  normalizeText,
  toInputSpan,
} from "./normalize.js";
export { foldPunctuation } from "./punctuation.js";
export { canonicalTone, foldDiacritics, matchKey } from "./tone.js";
