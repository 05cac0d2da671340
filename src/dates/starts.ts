import { KeyFilter } from "../lexicon/filter.js";
import { numberLexicon } from "../numbers/lexicon.js";
import { dateLexicon } from "./lexicon.js";

/** Grammar words that can open a date expression (besides vocabulary roots and digits). */
const OPENERS = [
  "từ",
  "mùng",
  "mồng",
  "rằm",
  "quý",
  "tháng",
  "năm",
  "ngày",
  "hôm",
  "khoảng",
  "chừng",
  "lúc",
  "vào",
  "hồi",
  "trong",
  "suốt",
  "sau",
  "mất",
  "cách",
  "hơn",
  "gần",
  "đúng",
  "chỉ",
  "trên",
  "chưa",
  "đầy",
];

/**
 * Words a duration may open with besides digits and number words: its preposition ("trong 3
 * tháng", "sau 2 ngày", "cách đây 5 năm") or the word before its count ("hơn 2 năm").
 */
const DURATION_LEADS = [
  "trong",
  "suốt",
  "sau",
  "mất",
  "vòng",
  "cách",
  "hơn",
  "gần",
  "khoảng",
  "chừng",
  "đúng",
  "chỉ",
  "trên",
  "chưa",
  "đầy",
];

/**
 * Words a point (a day, a time) may open with besides digits and number words: its lead words
 * ("lúc", "vào", "khoảng"), its day words ("ngày", "hôm sau", "mùng"), and the "sau" of "hôm sau".
 */
const POINT_LEADS = ["khoảng", "chừng", "lúc", "vào", "hồi", "đúng", "ngày", "hôm", "mồng", "mùng", "sau"];

interface Starts {
  /** Every word that can begin a match, and the same as a one-sided filter (most atoms skip the hash). */
  any: Set<string>;
  anyFilter: KeyFilter;
  /** Words the duration reader can begin with (digits aside). */
  duration: Set<string>;
  /** Words the point reader can begin with (digits aside). */
  point: Set<string>;
}

let cached: Starts | null = null;

/**
 * The first words of each kind of expression, from the vocabularies: at most atoms no reader can
 * match, and the readers that cannot begin at a word are not asked there.
 */
export function dateStarts(): Starts {
  if (cached) return cached;
  const lex = dateLexicon();
  const numberWords = [...numberLexicon().words.keys()];
  const firstWords = (...tries: { next: Map<string, unknown> }[]) => tries.flatMap((t) => [...t.next.keys()]);
  const any = new Set<string>([
    ...OPENERS,
    ...firstWords(
      lex.festival,
      lex.solarFestival,
      lex.partOfDay,
      lex.weekday,
      lex.relative,
      lex.periodPrefix,
      lex.season,
      lex.weekdayShort,
    ),
    ...lex.weekdayBefore,
    ...lex.partOfPeriod.keys(),
    ...numberWords,
  ]);
  const anyFilter = new KeyFilter();
  for (const word of any) anyFilter.add(word);
  const duration = new Set<string>([...DURATION_LEADS, ...numberWords]);
  const point = new Set<string>([
    ...POINT_LEADS,
    ...firstWords(lex.partOfDay, lex.weekday, lex.weekdayShort),
    ...lex.weekdayBefore,
    ...numberWords,
  ]);
  cached = { any, anyFilter, duration, point };
  return cached;
}
