// data/document-types.tsv → src/generated/document-types.ts: the names of legal and administrative
// document types ("Kế hoạch", "Chỉ thị", "Nghị quyết") that introduce a document reference.
import { join } from "node:path";
import { z } from "zod";
import { readTsv, validateRows } from "../lib/tsv.mjs";

const Row = z.object({
  label: z.string().min(1),
  // the type's letters inside a document number ("KH" in 333/KH-BCĐ), empty when it has none
  code: z.string().regex(/^[A-ZĐa-z]{0,5}$/),
  source: z.string().min(1),
});

export default async function compile({ root, write }) {
  const file = join(root, "data", "document-types.tsv");
  const rows = validateRows(file, readTsv(file), Row);
  const seen = new Set();
  for (const r of rows) {
    if (seen.has(r.label)) throw new Error(`${file}: duplicate ${r.label}`);
    seen.add(r.label);
  }
  write(
    "document-types.ts",
    `/** [label, code in document numbers] from data/document-types.tsv. */\nexport const DOCUMENT_TYPES: readonly (readonly [string, string])[] = ${JSON.stringify(rows.map((r) => [r.label, r.code]))};\n`,
  );
}
