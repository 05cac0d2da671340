// data/number-words.tsv → src/generated/number-words.ts: number words (mười, trăm, triệu, linh),
// approximation adverbs (hơn, gần, khoảng), the words after which a number is a label (số, quận) and
// those after which 'một' is a count, not the article (', một xe máy', 'trong đó có một xe'), and
// the number words with no other reading, which count before any noun ('hai cô giáo'), and the
// nouns of goods before which 'một' counts ('một túi ni lông').
import { join } from "node:path";
import { z } from "zod";
import { readTsv, validateRows } from "../lib/tsv.mjs";

const Row = z.object({
  word: z.string().min(1),
  role: z.enum([
    "digit",
    "ten",
    "tens",
    "hundred",
    "thousand",
    "million",
    "billion",
    "zero_filler",
    "half",
    "ordinal",
    "vague",
    "approx",
    "label_before",
    "not_unit",
    "not_number",
    "one_after",
    "counts_alone",
    "one_before",
    "vague_before_tens",
  ]),
  value: z.string().min(1),
  source: z.string().min(1),
});
const APPROX = new Set(["about", "more_than", "less_than", "at_least", "at_most"]);

export default async function compile({ root, write }) {
  const file = join(root, "data", "number-words.tsv");
  const rows = validateRows(file, readTsv(file), Row);
  const seen = new Set();
  for (const r of rows) {
    const key = `${r.word}|${r.role}`;
    if (seen.has(key)) throw new Error(`${file}: duplicate ${key}`);
    seen.add(key);
    if (r.role === "approx" ? !APPROX.has(r.value) : !Number.isFinite(Number(r.value)))
      throw new Error(`${file}: bad value ${r.value} for ${r.word}`);
  }
  const triples = rows.map((r) => [r.word, r.role, r.value]);
  write(
    "number-words.ts",
    `/** [word, role, value] from data/number-words.tsv. */\nexport const NUMBER_WORDS: readonly (readonly [string, string, string])[] = ${JSON.stringify(triples)};\n`,
  );
}
