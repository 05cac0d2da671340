// data/abbreviations.tsv → src/generated/abbreviations.ts. The key is (abbr, expansion, valid):
// one abbreviation may have several rows (real ambiguity such as BCH, or a unit code renamed in
// 2018/2025); `cues` are words near a mention that select a row.
import { join } from "node:path";
import { z } from "zod";
import { readTsv, validateRows } from "../lib/tsv.mjs";

const Valid = z
  .string()
  .regex(
    /^$|^(\d{4}(-\d{2}-\d{2})?)?-(\d{4}(-\d{2}-\d{2})?)?$/,
    "valid must be FROM-TO (years or ISO dates, either may be empty)",
  );
const Row = z.object({
  abbr: z.string().min(1),
  expansion: z.string().min(1),
  category: z.enum([
    "security",
    "organization",
    "police_unit",
    "government",
    "party",
    "mass_org",
    "legal",
    "place",
    "other",
  ]),
  context_dependent: z.enum(["yes", "no"]),
  english: z.string().min(1),
  valid: Valid,
  cues: z.string(),
  source: z.string().min(1),
});

export default async function compile({ root, write }) {
  const file = join(root, "data", "abbreviations.tsv");
  const rows = validateRows(file, readTsv(file), Row);
  const keys = new Set();
  for (const r of rows) {
    const k = `${r.abbr}\t${r.expansion}\t${r.valid}`;
    if (keys.has(k)) throw new Error(`${file}: duplicate row ${k.replace(/\t/g, " | ")}`);
    keys.add(k);
  }
  const out = rows.map((r) => {
    const [from, to] = r.valid === "" ? ["", ""] : r.valid.split(/-(?=\d{4}|$)/);
    return {
      abbr: r.abbr,
      expansion: r.expansion,
      category: r.category,
      contextDependent: r.context_dependent === "yes",
      english: r.english,
      validFrom: from || null,
      validTo: to || null,
      cues: r.cues ? r.cues.split("|") : [],
    };
  });
  write(
    "abbreviations.ts",
    `/** Abbreviations from data/abbreviations.tsv. */\nexport const ABBREVIATION_ROWS = ${JSON.stringify(out, null, 1)} as const;\n`,
  );
}
