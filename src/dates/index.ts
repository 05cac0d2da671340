/**
 * Dates: explicit, partial (resolved against a reference), relative, periods, durations, times and
 * Vietnamese lunar dates, with offsets into the original input.
 * @module
 */
export {
  type FindDatesOptions,
  findDateline,
  findDates,
  findDatesInAtoms,
  findDatesInTokens,
  parseReference,
} from "./dates.js";
export { type LunarDate, leapMonthOf, lunarToSolar, solarToLunar, tet } from "./lunar.js";
export { type DateMention, DateMentionSchema } from "./schema.js";
