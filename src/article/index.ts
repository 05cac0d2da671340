/**
 * Article structure: title, dateline, byline and sign-off, agency prefix, body without site
 * boilerplate, and sentences.
 * @module
 */
export { type SentenceRange, splitSentences } from "./sentences.js";
export { type ArticleStructure, findStructure, headerDatesEnd } from "./structure.js";
