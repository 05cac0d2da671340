// data/article-markers.tsv → src/generated/article-markers.ts: the words that mark a scraped
// article's parts — site boilerplate after the article (tail), counters and links in the dateline
// block (meta), byline labels (author), dateline labels (date), weekdays, caption credits.
import { join } from "node:path";
import { z } from "zod";
import { readTsv, validateRows } from "../lib/tsv.mjs";

const Row = z.object({
  phrase: z
    .string()
    .min(1)
    .refine((s) => s === s.toLowerCase(), "phrase must be lower case"),
  kind: z.enum(["tail", "meta", "author", "date", "weekday", "caption", "credit", "dotted"]),
  source: z.string().min(1),
});

export default async function compile({ root, write }) {
  const file = join(root, "data", "article-markers.tsv");
  const rows = validateRows(file, readTsv(file), Row);
  const seen = new Set();
  for (const r of rows) {
    const key = `${r.phrase}\t${r.kind}`;
    if (seen.has(key)) throw new Error(`${file}: duplicate ${r.phrase} (${r.kind})`);
    seen.add(key);
  }
  write(
    "article-markers.ts",
    `/** [phrase (lower case, NFC), kind] from data/article-markers.tsv. */\nexport const ARTICLE_MARKERS: readonly (readonly [string, string])[] = ${JSON.stringify(rows.map((r) => [r.phrase, r.kind]))};\n`,
  );
}
