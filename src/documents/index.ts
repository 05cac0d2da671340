/**
 * References to legal and administrative documents: type, number, issue date.
 * @module
 */
export { findDocuments, findDocumentsInAtoms, findDocumentsInTokens } from "./find.js";
export { type DocumentKind, DocumentKindSchema, type DocumentRef, DocumentRefSchema } from "./schema.js";
