// data/titles.tsv → src/generated/titles.ts: positions (chức vụ) with head/deputy and English.
import { join } from "node:path";
import { z } from "zod";
import { readTsv, validateRows } from "../lib/tsv.mjs";

const Row = z.object({
  id: z.string().regex(/^[a-z][a-z_]*$/),
  label: z.string().min(2),
  head_or_deputy: z.enum(["head", "deputy", "member", "other"]),
  english: z.string().min(1),
  typical_organizations: z.string(),
  // "city": the post's body is written between it and its holder ("Thị trưởng Los Angeles Eric
  // Garcetti"), as a country is after "Tổng thống"
  holder_after: z.enum(["", "city"]),
  variants: z.string(),
  source: z.string().min(1),
});

export default async function compile({ root, write }) {
  const file = join(root, "data", "titles.tsv");
  const rows = validateRows(file, readTsv(file), Row);
  const ids = new Set();
  for (const r of rows) {
    if (ids.has(r.id)) throw new Error(`${file}: duplicate title id ${r.id}`);
    ids.add(r.id);
  }
  const out = rows.map((r) => ({
    id: r.id,
    label: r.label,
    headOrDeputy: r.head_or_deputy,
    english: r.english,
    // The first word of each typical organisation: "Trưởng phòng" ends with its unit noun "Phòng".
    unitNouns: [
      ...new Set(
        r.typical_organizations
          .split("|")
          .filter(Boolean)
          .map((o) => o.split(" ")[0].toLowerCase()),
      ),
    ],
    variants: [...new Set([r.label, ...r.variants.split("|").filter(Boolean)])],
    // Whole typical organisations: "Thủ tướng Chính phủ" is the position "Thủ tướng" of "Chính phủ".
    typicalOrganizations: r.typical_organizations.split("|").filter(Boolean),
    holderAfterCity: r.holder_after === "city",
  }));
  write(
    "titles.ts",
    `/** Positions from data/titles.tsv. */\nexport const TITLE_ROWS = ${JSON.stringify(out, null, 1)} as const;\n`,
  );
}
