// data/html-entities.tsv → src/generated/entities.ts: the named HTML character references that
// scraped news carries (&nbsp; &quot; &ndash; and the Vietnamese vowels), as one Map.
import { join } from "node:path";
import { z } from "zod";
import { readTsv, validateRows } from "../lib/tsv.mjs";

const Row = z.object({
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9]{1,9}$/),
  value: z.string().regex(/^U\+[0-9A-F]{4,5}$/),
  source: z.string().min(1),
});

export default async function compile({ root, write }) {
  const file = join(root, "data", "html-entities.tsv");
  const rows = validateRows(file, readTsv(file), Row);
  const names = new Set();
  for (const r of rows) {
    if (names.has(r.name)) throw new Error(`${file}: duplicate entity ${r.name}`);
    names.add(r.name);
  }
  const pairs = rows.map((r) => [r.name, String.fromCodePoint(Number.parseInt(r.value.slice(2), 16))]);
  write(
    "entities.ts",
    `/** Named HTML character references (name without & and ;) → their text. */\nexport const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map(${JSON.stringify(pairs)});\n`,
  );
}
