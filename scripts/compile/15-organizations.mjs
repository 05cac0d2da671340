// data/organizations.tsv → src/generated/organizations.ts: organisation head nouns (Bộ, Cục,
// Phòng, Công an …), administrative levels (tỉnh, quận …) and the words that end an organisation
// phrase after a title (cho biết, phát biểu …), whole organisations that are complete as written
// (Bộ Công an), the words between a name and its title (nguyên, làm), and the words after which a
// capitalised run is a place, not a person (đường, chợ, số, ngã ba).
import { join } from "node:path";
import { z } from "zod";
import { readTsv, validateRows } from "../lib/tsv.mjs";

const Row = z.object({
  phrase: z.string().min(1),
  kind: z.enum([
    "org_head",
    "org_fixed",
    "org_field",
    "admin_level",
    "stop",
    "title_link",
    "title_joiner",
    "post_qualifier",
    "place_word",
  ]),
  level: z.string(),
  english: z.string().min(1),
  source: z.string().min(1),
});

export default async function compile({ root, write }) {
  const file = join(root, "data", "organizations.tsv");
  const rows = validateRows(file, readTsv(file), Row);
  const seen = new Set();
  for (const r of rows) {
    const k = `${r.kind}\t${r.phrase}`;
    if (seen.has(k)) throw new Error(`${file}:${r.__line ?? ""} duplicate ${r.kind} ${r.phrase}`);
    seen.add(k);
  }
  const out = rows.map((r) => ({ phrase: r.phrase, kind: r.kind, level: r.level || null }));
  write(
    "organizations.ts",
    `/** Organisation words from data/organizations.tsv. */\nexport const ORGANIZATION_ROWS = ${JSON.stringify(out, null, 1)} as const;\n`,
  );
}
