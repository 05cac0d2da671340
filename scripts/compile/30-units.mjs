// data/units.tsv → src/generated/units.ts: the counted nouns and units that may follow a number
// ("490 mô hình", "5 tỷ đồng", "1,5 kg", "15%"), with their kind.
import { join } from "node:path";
import { z } from "zod";
import { readTsv, validateRows } from "../lib/tsv.mjs";

const Row = z.object({
  unit: z
    .string()
    .min(1)
    .regex(/^[^\t|]+$/),
  kind: z.enum(["money", "measure", "percent", "count"]),
  source: z.string().min(1),
});

export default async function compile({ root, write }) {
  const file = join(root, "data", "units.tsv");
  const rows = validateRows(file, readTsv(file), Row);
  const seen = new Set();
  for (const r of rows) {
    const key = `${r.unit}|${r.kind}`;
    if (seen.has(key)) throw new Error(`${file}: duplicate unit ${r.unit}`);
    seen.add(key);
  }
  const pairs = rows.map((r) => [r.unit, r.kind]);
  write(
    "units.ts",
    `/** [unit as written, kind] from data/units.tsv. */\nexport const UNITS: readonly (readonly [string, "money" | "measure" | "percent" | "count"])[] = ${JSON.stringify(pairs)};\n`,
  );
}
