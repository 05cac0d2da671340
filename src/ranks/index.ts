/**
 * Ranks of the People's Public Security and the People's Army (`Đại tá`, `Thượng tá QNCN`,
 * `Phó Đô đốc`), from data/ranks.tsv.
 * @module
 */
export { findRanks, findRanksInTokens, matchRankAt, type RankMatch, toRank } from "./ranks.js";
export { type Rank, type RankMention, RankMentionSchema, RankSchema } from "./schema.js";
