// Reads a data/*.tsv file: UTF-8, one header row, tab-separated, no quoting. Rows are validated
// with a zod schema by the caller; this reader only checks the shape and the `source` column,
// and reports errors as FILE:LINE so that a bad edit is found at once.
import { readFileSync } from "node:fs";

export function readTsv(file, { requireSource = true } = {}) {
  const text = readFileSync(file, "utf8");
  if (text.normalize("NFC") !== text) throw new Error(`${file}: not NFC`);
  const lines = text.split("\n");
  const header = lines[0].split("\t");
  if (requireSource && !header.includes("source")) throw new Error(`${file}: no source column`);
  const rows = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === "" || line.startsWith("#")) continue;
    const cells = line.split("\t");
    if (cells.length !== header.length)
      throw new Error(`${file}:${i + 1}: ${cells.length} cells, header has ${header.length}`);
    const row = Object.fromEntries(header.map((h, k) => [h, cells[k].trim()]));
    if (requireSource && !row.source) throw new Error(`${file}:${i + 1}: empty source`);
    row.__line = i + 1;
    rows.push(row);
  }
  return rows;
}

/** Parses rows with a zod schema, naming the file and line of the first bad row. */
export function validateRows(file, rows, schema) {
  return rows.map((row) => {
    const r = schema.safeParse(row);
    if (!r.success)
      throw new Error(
        `${file}:${row.__line}: ${r.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`,
      );
    return r.data;
  });
}
