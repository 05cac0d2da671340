/**
 * Named persons with rank, titles and every mention merged (`Đại tá Đào Quang Trường - Phó Giám
 * đốc CATP`, `đối tượng Nguyễn Văn A (SN 1990)`, a later `đồng chí Trường`).
 * @module
 */
export { findPersons, findPersonsInTokens, type PersonContext, type PersonOptions } from "./persons.js";
export { type Person, PersonSchema } from "./schema.js";
