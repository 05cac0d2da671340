import { checkText } from "../arguments.js";
import { honorificSet, isTitleCase, keysOf, orgTrie, type RankRow, rankTrie } from "../lexicon/index.js";
import { isAllCaps, isCapitalized, matchKey } from "../text/index.js";
import { type Token, tokenize } from "../tokenize/index.js";
import type { Rank, RankMention } from "./schema.js";

/** The public shape of a rank row. */
export function toRank(row: RankRow): Rank {
  return {
    id: row.id,
    label: row.label,
    force: row.force,
    order: row.order,
    ladder: row.ladder,
    english: row.english,
  };
}

/** A rank phrase over tokens `[start, end)`, before deciding whether it is used as a rank. */
export interface RankMatch {
  start: number;
  end: number;
  rank: Rank;
  /** Written with a capital (`Đại tá`, `ĐẠI TÁ`) rather than in lower case (`đại tá`). */
  capitalized: boolean;
}

/** The longest rank phrase at token i (`Thượng tá QNCN` before `Thượng tá`), whatever its use. */
export function matchRankAt(
  tokens: readonly Token[],
  keys: readonly string[],
  input: string,
  i: number,
): RankMatch | null {
  const t = tokens[i];
  if (t === undefined || t.kind !== "word") return null;
  const m = rankTrie().longestAt(keys, tokens, input, i);
  if (m === null) return null;
  // A bare label is the main ladder's; several rows share a spelling only across ladders.
  const entry = m.values.find((v) => v.row.ladder === "main") ?? m.values[0];
  if (entry === undefined) return null;
  return { start: m.start, end: m.end, rank: toRank(entry.row), capitalized: isCapitalized(t.normalized) };
}

const LIST_JOINERS = new Set([",", "và", "hoặc", "đến", "lên", "/", "-", "–"]);

/**
 * Rank mentions over tokens: a rank used as someone's rank. `Đại tá Nguyễn Văn A`,
 * `Trung tá CSGT Phú Thọ` and lower-case `đại úy Chiện` count; a rank word in a list of ranks
 * (`thiếu tá, trung tá, đại tá`), before a lower-case word (`thăng hàm Đại tá cho …`) or in lower
 * case without a name after it does not.
 */
export function findRanksInTokens(
  input: string,
  tokens: readonly Token[],
  keys: readonly string[] = keysOf(tokens),
): RankMention[] {
  const out: RankMention[] = [];
  let previousRankEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const m = matchRankAt(tokens, keys, input, i);
    if (m === null) continue;
    const afterList =
      previousRankEnd >= 0 && previousRankEnd === i - 1 && LIST_JOINERS.has(keys[i - 1] ?? "");
    previousRankEnd = m.end;
    i = m.end - 1;
    if (afterList) continue;
    const next = tokens[m.end];
    if (next === undefined) continue;
    const nextIsRank =
      LIST_JOINERS.has(keys[m.end] ?? "") && matchRankAt(tokens, keys, input, m.end + 1) !== null;
    if (nextIsRank) continue;
    const first = tokens[m.start] as Token;
    const shouting = isAllCaps(first.normalized) && next.kind === "word" && isAllCaps(next.normalized);
    // "cấp hàm Đại tá Công an nhân dân": a whole organisation after the rank is not a name.
    const orgNext =
      orgTrie()
        .longestAt(keys, tokens, input, m.end)
        ?.values.some((v) => v.kind === "org_fixed") === true;
    const nameNext =
      (isTitleCase(next) || shouting) && !orgNext && matchRankAt(tokens, keys, input, m.end) === null;
    // "Thiếu tướng, PGS.TS Nguyễn Văn A": an academic title between the rank and the name.
    const after = tokens[m.end + 1];
    const honorificNext =
      next.normalized === "," &&
      after !== undefined &&
      after.kind === "abbr" &&
      after.normalized.split(".").every((p) => p === "" || honorificSet().has(matchKey(p)));
    const unitNext = next.kind === "abbr" || honorificNext;
    // Lower case (`đại úy Chiện`) needs the name; a capital also allows a unit (`Trung tá CSGT`).
    if (m.capitalized ? !(nameNext || unitNext) : !nameNext) continue;
    const last = tokens[m.end - 1] as Token;
    out.push({ start: first.start, end: last.end, text: input.slice(first.start, last.end), rank: m.rank });
  }
  return out;
}

/**
 * Ranks used as ranks in a text, with offsets into the input.
 * @example
 * findRanks("Đại tá Đào Quang Trường - Phó Giám đốc CATP")
 * // [{ start: 0, end: 6, text: "Đại tá", rank: { id: "dai_ta", label: "Đại tá", force: "both", order: 5, … } }]
 */
export function findRanks(text: string): RankMention[] {
  const input = checkText(text);
  return findRanksInTokens(input, tokenize(input));
}
