// data/date-words.tsv → src/generated/date-words.ts: parts of the day, weekdays, month names,
// relative days, duration units, period words, seasons, lunar festivals and the words that say
// whether a date written without year is past or to come, and the grammar words a date may open
// with (`opener`, `duration_lead`, `point_lead`).
import { join } from "node:path";
import { z } from "zod";
import { readTsv, validateRows } from "../lib/tsv.mjs";

const Row = z.object({
  word: z.string().min(1),
  type: z.enum([
    "part_of_day",
    "weekday",
    "month_name",
    "relative",
    "relative_after_part",
    "duration_unit",
    "period_prefix",
    "season",
    "part_of_period",
    "lunar_festival",
    "stem",
    "branch",
    "tense_after",
    "future_cue",
    "weekday_short",
    "weekday_after",
    "weekday_before",
    "count_direction",
    "clock",
    "lunar_cue",
    "name_head",
    "ordinal_head",
    "solar_festival",
    "opener",
    "duration_lead",
    "point_lead",
  ]),
  value: z.string(),
  source: z.string().min(1),
});

export default async function compile({ root, write }) {
  const file = join(root, "data", "date-words.tsv");
  const rows = validateRows(file, readTsv(file), Row);
  const seen = new Set();
  for (const r of rows) {
    const key = `${r.word}|${r.type}`;
    if (seen.has(key)) throw new Error(`${file}: duplicate ${key}`);
    seen.add(key);
    if (r.type === "relative" && !/^-?\d+[DWMQY]$/.test(r.value))
      throw new Error(`${file}: bad offset ${r.value}`);
    if (r.type === "lunar_festival" && !/^\d{1,2}\/\d{1,2}$/.test(r.value))
      throw new Error(`${file}: bad lunar date ${r.value}`);
    if (r.type === "tense_after" && r.value !== "past" && r.value !== "future")
      throw new Error(`${file}: tense_after must be past or future, not ${r.value}`);
    if (r.type === "count_direction" && !["past", "future", "later"].includes(r.value))
      throw new Error(`${file}: count_direction must be past, future or later, not ${r.value}`);
    if (r.type === "solar_festival" && !/^\d{1,2}\/\d{1,2}$/.test(r.value))
      throw new Error(`${file}: bad solar date ${r.value}`);
    if (r.type === "weekday_after" && !/^(?:-?\d|next|last)$/.test(r.value))
      throw new Error(`${file}: weekday_after must be a week offset, next or last, not ${r.value}`);
    if ((r.type === "weekday" || r.type === "weekday_short") && !/^[1-7]$/.test(r.value))
      throw new Error(`${file}: ${r.type} must be an ISO weekday 1-7, not ${r.value}`);
  }
  const triples = rows.map((r) => [r.word, r.type, r.value]);
  write(
    "date-words.ts",
    `/** [word, type, value] from data/date-words.tsv. */\nexport const DATE_WORDS: readonly (readonly [string, string, string])[] = ${JSON.stringify(triples)};\n`,
  );
}
