/**
 * Positions (`Phó Giám đốc`, `Trưởng phòng`, `Chủ tịch UBND`) and the organisation each belongs
 * to, from data/titles.tsv and data/organizations.tsv.
 * @module
 */

export { type Title, type TitleMention, TitleMentionSchema, TitleSchema } from "./schema.js";
export {
  expandTokens,
  findTitles,
  findTitlesInTokens,
  joinTokens,
  matchTitleAt,
  type OrgMatch,
  parseOrganization,
  parseTitleAt,
  type TitleMatch,
  type TitleParse,
  withoutTrailingPrepositions,
} from "./titles.js";
