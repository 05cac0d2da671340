import { KeyFilter } from "../lexicon/filter.js";
import { numberLexicon } from "../numbers/lexicon.js";
import { dateLexicon } from "./lexicon.js";

interface Starts {
  /** Every word that can begin a match, and the same as a one-sided filter (most atoms skip the hash). */
  any: Set<string>;
  anyFilter: KeyFilter;
  /** Words the duration reader can begin with (digits aside). */
  duration: Set<string>;
  /** Words the point reader can begin with (digits aside). */
  point: Set<string>;
  /**
   * The openers that name no time of their own: a lead word (`trong`, `vào`, `tháng`), a part of
   * a period (`đầu`, `cuối`) or a number word (`một`, `hai`) opens a date only with more of one
   * after it.
   */
  leads: Set<string>;
  /** The first words of the duration units (`phút`, `giờ`, `thế kỷ`): a count before one is a duration. */
  unit: Set<string>;
  /**
   * A word that begins vocabulary phrases of two words or more and none of one (`quốc` of
   * `Quốc khánh`, `ông` of `ông Công ông Táo`): the words that may follow it.
   */
  seconds: Map<string, Set<string>>;
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
  // the vocabularies whose phrases a date may begin with
  const phraseTries = [
    lex.festival,
    lex.solarFestival,
    lex.partOfDay,
    lex.weekday,
    lex.relative,
    lex.periodPrefix,
    lex.season,
    lex.weekdayShort,
  ];
  const any = new Set<string>([
    ...lex.opener,
    ...firstWords(...phraseTries),
    ...lex.weekdayBefore,
    ...lex.partOfPeriod.keys(),
    ...numberWords,
  ]);
  const anyFilter = new KeyFilter();
  for (const word of any) anyFilter.add(word);
  const duration = new Set<string>([...lex.durationLead, ...numberWords]);
  const point = new Set<string>([
    ...lex.pointLead,
    ...firstWords(lex.partOfDay, lex.weekday, lex.weekdayShort),
    ...lex.weekdayBefore,
    ...numberWords,
  ]);
  // each opener's own test, from the same vocabularies: a phrase's first word asks for its second
  const alone = new Set<string>([...lex.weekdayBefore, "từ"]);
  const seconds = new Map<string, Set<string>>();
  for (const trie of phraseTries)
    for (const [word, node] of trie.next) {
      if (node.value !== undefined) alone.add(word);
      else
        for (const second of node.next.keys())
          seconds.set(word, (seconds.get(word) ?? new Set()).add(second));
    }
  // a grammar opener the tries also begin (`quý` of `quý này`, `tết` of `Tết Nguyên đán`) is read
  // by its reader beyond them (`quý IV/2016`, `Tết Đinh Dậu`)
  for (const word of lex.opener) if (seconds.has(word)) alone.add(word);
  // (`từ` opens `từ nay đến …`, three words before the point: it is no lead)
  const leads = new Set<string>(
    [...lex.opener, ...numberWords, ...lex.partOfPeriod.keys()].filter((w) => !alone.has(w)),
  );
  for (const word of alone) seconds.delete(word);
  cached = { any, anyFilter, duration, point, leads, unit: new Set(firstWords(lex.durationUnit)), seconds };
  return cached;
}
