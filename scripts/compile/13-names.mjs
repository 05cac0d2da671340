// data/surnames.tsv and data/person-nouns.tsv → src/generated/names.ts: what makes a capitalised
// run a person's name (a surname first, a noun such as "đồng chí", "bị can" before it, or a
// parenthesis opening with "SN", "36 tuổi", "trú tại" after it, or a verb such as "bắt giữ" before
// a full name).
import { join } from "node:path";
import { z } from "zod";
import { readTsv, validateRows } from "../lib/tsv.mjs";

const Surname = z.object({ surname: z.string().min(1), variants: z.string(), source: z.string().min(1) });
const Noun = z.object({
  noun: z.string().min(1),
  position: z.enum(["before", "after", "verb", "cue", "honorific"]),
  gender: z.enum(["", "male", "female"]),
  role: z.enum(["officer", "suspect", "victim", "neutral"]),
  plural: z.enum(["yes", "no"]),
  source: z.string().min(1),
});

export default async function compile({ root, write }) {
  const sFile = join(root, "data", "surnames.tsv");
  const surnames = validateRows(sFile, readTsv(sFile), Surname);
  const forms = new Set();
  for (const r of surnames) {
    forms.add(r.surname);
    for (const v of r.variants.split("|")) if (v && !v.endsWith(".")) forms.add(v);
  }
  const nFile = join(root, "data", "person-nouns.tsv");
  const nouns = validateRows(nFile, readTsv(nFile), Noun).map((r) => ({
    noun: r.noun,
    position: r.position,
    gender: r.gender || null,
    role: r.role,
    plural: r.plural === "yes",
  }));
  write(
    "names.ts",
    `/** Surnames (with regional and upper-case variants) from data/surnames.tsv. */\nexport const SURNAMES: readonly string[] = ${JSON.stringify([...forms])};\n` +
      `/** Nouns that introduce a person's name, from data/person-nouns.tsv. */\nexport const PERSON_NOUN_ROWS = ${JSON.stringify(nouns, null, 1)} as const;\n`,
  );
}
