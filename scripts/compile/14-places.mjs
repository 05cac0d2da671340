// data/provinces.tsv (the 63 units before and the 34 after 1 July 2025) and data/districts.tsv
// (district-level units of the centrally-run cities) → src/generated/places.ts, used to resolve
// "CATP" to "Công an thành phố Hải Phòng" and to end an organisation at its place name.
import { join } from "node:path";
import { z } from "zod";
import { readTsv, validateRows } from "../lib/tsv.mjs";

const Date_ = z.string().regex(/^$|^\d{4}-\d{2}-\d{2}$/);
const Province = z.object({
  id: z.string().regex(/^[a-z_]+_(63|34)$/),
  name: z.string().min(2),
  type: z.enum(["tinh", "thanh_pho"]),
  valid_from: Date_,
  valid_to: Date_,
  merged_into: z.string(),
  source: z.string().min(1),
});
const District = z.object({
  name: z.string().min(2),
  type: z.enum(["quan", "huyen", "thi_xa", "thanh_pho"]),
  province: z.string().min(2),
  valid_to: Date_,
  source: z.string().min(1),
});

export default async function compile({ root, write }) {
  const pFile = join(root, "data", "provinces.tsv");
  const provinces = validateRows(pFile, readTsv(pFile), Province);
  const ids = new Set(provinces.map((p) => p.id));
  const names = new Set(provinces.map((p) => p.name));
  for (const p of provinces)
    if (p.merged_into && !ids.has(p.merged_into))
      throw new Error(`${pFile}: ${p.id} merged into unknown ${p.merged_into}`);
  const dFile = join(root, "data", "districts.tsv");
  const districts = validateRows(dFile, readTsv(dFile), District);
  for (const d of districts)
    if (!names.has(d.province)) throw new Error(`${dFile}: ${d.name} in unknown province ${d.province}`);
  const p = provinces.map((r) => ({
    id: r.id,
    name: r.name,
    type: r.type,
    validFrom: r.valid_from || null,
    validTo: r.valid_to || null,
    mergedInto: r.merged_into || null,
  }));
  const d = districts.map((r) => ({
    name: r.name,
    type: r.type,
    province: r.province,
    validTo: r.valid_to || null,
  }));
  write(
    "places.ts",
    `/** Provinces and centrally-run cities, before and after 1 July 2025. */\nexport const PROVINCE_ROWS = ${JSON.stringify(p, null, 1)} as const;\n` +
      `/** District-level units of the centrally-run cities. */\nexport const DISTRICT_ROWS = ${JSON.stringify(d, null, 1)} as const;\n`,
  );
}
