// data/organization-kinds.tsv, data/place-words.tsv and data/countries.tsv →
// (and data/organization-ends.tsv) → src/generated/entity-words.ts: the words that give an organisation its kind and level
// (`Tòa án` → court, `Tỉnh ủy` → party body of a province), the nouns a place name follows
// (`quốc lộ` + number, `cầu` + name) and the countries (foreign places and foreign bodies).
import { join } from "node:path";
import { z } from "zod";
import { readTsv, validateRows } from "../lib/tsv.mjs";

// The kinds a kind word may give; the one list, written out for the schema below (ORGANIZATION_KINDS).
const ORG_KINDS = [
  "police_unit",
  "party_body",
  "state_body",
  "court",
  "procuracy",
  "army_unit",
  "company",
  "hospital",
  "school",
  "foreign_body",
];
const OrgKind = z.object({
  phrase: z.string().min(1),
  kind: z.union([z.enum(ORG_KINDS), z.literal("")]),
  strength: z.enum(["strong", "weak"]),
  level: z.enum(["central", "province", "district", "commune", ""]),
  source: z.string().min(1),
});
const PlaceWord = z.object({
  phrase: z.string().min(1),
  kind: z.enum(["road", "village", "landmark"]),
  follows: z.enum(["name", "number", "both"]),
  same_as: z.string(),
  source: z.string().min(1),
});
const End = z.object({ phrase: z.string().min(1), source: z.string().min(1) });
const Country = z.object({
  name: z.string().min(1),
  variants: z.string(),
  bare: z.enum(["yes", "no"]),
  foreign: z.enum(["yes", "no"]),
  source: z.string().min(1),
});

function unique(file, rows, key) {
  const seen = new Set();
  for (const r of rows) {
    const k = key(r);
    if (seen.has(k)) throw new Error(`${file}: duplicate ${k}`);
    seen.add(k);
  }
}

export default async function compile({ root, write }) {
  const kFile = join(root, "data", "organization-kinds.tsv");
  const kinds = validateRows(kFile, readTsv(kFile), OrgKind);
  unique(kFile, kinds, (r) => r.phrase);
  for (const r of kinds)
    if (r.kind === "" && r.level === "")
      throw new Error(`${kFile}: ${r.phrase} gives neither kind nor level`);
  const wFile = join(root, "data", "place-words.tsv");
  const words = validateRows(wFile, readTsv(wFile), PlaceWord);
  unique(wFile, words, (r) => r.phrase);
  const cFile = join(root, "data", "countries.tsv");
  const countries = validateRows(cFile, readTsv(cFile), Country);
  unique(cFile, countries, (r) => r.name);
  const eFile = join(root, "data", "organization-ends.tsv");
  const ends = validateRows(eFile, readTsv(eFile), End);
  unique(eFile, ends, (r) => r.phrase);
  for (const r of ends)
    if (r.phrase !== r.phrase.toLowerCase()) throw new Error(`${eFile}: ${r.phrase} is not lower case`);
  const k = kinds.map((r) => ({
    phrase: r.phrase,
    kind: r.kind || null,
    strong: r.strength === "strong",
    level: r.level || null,
  }));
  const phrases = new Set(words.map((r) => r.phrase));
  for (const r of words)
    if (r.same_as && !phrases.has(r.same_as))
      throw new Error(`${wFile}: ${r.phrase} same as unknown ${r.same_as}`);
  // the class word a place is grouped by: "QL" and "quốc lộ" name the same road
  const w = words.map((r) => ({
    phrase: r.phrase,
    kind: r.kind,
    follows: r.follows,
    group: r.same_as || r.phrase,
  }));
  const c = countries.map((r) => ({
    name: r.name,
    variants: r.variants ? r.variants.split("|").map((v) => v.trim()) : [],
    bare: r.bare === "yes",
    foreign: r.foreign === "yes",
  }));
  write(
    "entity-words.ts",
    `/** The organisation kinds a kind word gives (the schema adds "other"). */\nexport const ORGANIZATION_KINDS = ${JSON.stringify(ORG_KINDS)} as const;\n` +
      `/** Organisation kind and level words from data/organization-kinds.tsv. */\nexport const ORG_KIND_ROWS = ${JSON.stringify(k, null, 1)} as const;\n` +
      `/** Nouns a place name follows, from data/place-words.tsv. */\nexport const PLACE_WORD_ROWS = ${JSON.stringify(w, null, 1)} as const;\n` +
      `/** Lower-case words that end an organisation's name (its verb), from data/organization-ends.tsv. */\nexport const ORG_END_PHRASES = ${JSON.stringify(
        ends.map((r) => r.phrase),
        null,
        1,
      )} as const;\n` +
      `/** Countries from data/countries.tsv. */\nexport const COUNTRY_ROWS = ${JSON.stringify(c, null, 1)} as const;\n`,
  );
}
