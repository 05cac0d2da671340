// data/ranks.tsv → src/generated/ranks.ts: police and army ranks (main ladder, naval, the
// professional ladders cmkt/qncn, historical) with every spelling met in text.
import { join } from "node:path";
import { z } from "zod";
import { readTsv, validateRows } from "../lib/tsv.mjs";

const Row = z.object({
  id: z.string().regex(/^[a-z][a-z_]*$/),
  label: z.string().min(2),
  force: z.enum(["police", "army", "both"]),
  order: z.coerce.number().int().min(1).max(20),
  group: z.enum(["general", "field", "company", "nco", "soldier", "naval"]),
  ladder: z.enum(["main", "cmkt", "qncn", "historical"]),
  english: z.string().min(1),
  variants: z.string(),
  source: z.string().min(1),
});

export default async function compile({ root, write }) {
  const file = join(root, "data", "ranks.tsv");
  const rows = validateRows(file, readTsv(file), Row);
  const ids = new Set();
  for (const r of rows) {
    if (ids.has(r.id)) throw new Error(`${file}: duplicate rank id ${r.id}`);
    ids.add(r.id);
  }
  const out = rows.map((r) => ({
    id: r.id,
    label: r.label,
    force: r.force,
    order: r.order,
    group: r.group,
    ladder: r.ladder,
    english: r.english,
    // A bare label belongs to the main ladder: the cmkt/qncn rows are matched only by their suffixed forms.
    variants: [
      ...new Set([
        ...(r.ladder === "main" || r.ladder === "historical" ? [r.label] : []),
        ...r.variants.split("|").filter(Boolean),
      ]),
    ],
  }));
  write(
    "ranks.ts",
    `/** Ranks from data/ranks.tsv. */\nexport const RANK_ROWS = ${JSON.stringify(out, null, 1)} as const;\n`,
  );
}
