import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findDocuments } from "../documents/find.js";
import { findNumbers } from "../numbers/find.js";
import { findDates } from "./dates.js";

// Regression guard on the shared gold articles (../shared/gold, beside the repository and not part of
// the package): the scorer's matching rules, the dateline as reference. Skips when it is absent.
const goldDir = fileURLToPath(new URL("../../../shared/gold", import.meta.url));
const files = existsSync(goldDir) ? readdirSync(goldDir).filter((f) => f.endsWith(".json")) : [];

interface Gold {
  publishedAt?: string | null;
  dates?: { text: string; value?: string; from?: string; to?: string; duration?: string }[];
  numbers?: { value: number; unit: string | null }[];
  documents?: { number: string }[];
  optional?: { dates?: string[]; numbers?: number[] };
}

const norm = (s: unknown) =>
  String(s ?? "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^[\s"“”'‘’.,:;()\-–]+|[\s"“”'‘’.,:;()\-–]+$/g, "");
const overlaps = (x: string, y: string) => {
  const a = norm(x);
  const b = norm(y);
  if (a === b) return true;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  return s.length >= 2 && l.includes(s) && s.length * 2 >= l.length;
};
const f1 = (tp: number, nPred: number, nGold: number) => {
  const p = nPred ? tp / nPred : 1;
  const r = nGold ? tp / nGold : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

describe.skipIf(files.length === 0)("gold articles (regression guard)", () => {
  const load = (f: string) => ({
    gold: JSON.parse(readFileSync(`${goldDir}/${f}`, "utf8")) as Gold,
    text: readFileSync(`${goldDir}/${f.replace(/\.json$/, ".txt")}`, "utf8"),
  });

  it("dates: span F1 and value accuracy at least 0.95", () => {
    let tp = 0;
    let nPred = 0;
    let nGold = 0;
    let ok = 0;
    for (const f of files) {
      const { gold, text } = load(f);
      const opt = gold.optional?.dates ?? [];
      const g = gold.dates ?? [];
      const seen = new Set<string>();
      const pred = findDates(text, gold.publishedAt ? { reference: gold.publishedAt } : {})
        .filter((d) => !seen.has(norm(d.text)) && seen.add(norm(d.text)))
        .filter((d) => !opt.some((o) => overlaps(o, d.text)) || g.some((x) => overlaps(x.text, d.text)));
      const used = new Set<number>();
      for (const x of g) {
        const j = pred.findIndex((p, k) => !used.has(k) && overlaps(x.text, p.text));
        if (j < 0) continue;
        used.add(j);
        tp++;
        const p = pred[j]!;
        const same = (want: string | undefined, got: string | null) => {
          if (want === undefined) return true;
          if (got === null || !got.startsWith(want)) return false;
          return got.length === want.length || got[want.length] === "T" || want.length >= 10;
        };
        if (
          same(x.value, p.value) &&
          same(x.from, p.from) &&
          same(x.to, p.to) &&
          same(x.duration, p.duration)
        )
          ok++;
      }
      nPred += pred.length;
      nGold += g.length;
    }
    expect(f1(tp, nPred, nGold)).toBeGreaterThanOrEqual(0.95);
    expect(ok / tp).toBeGreaterThanOrEqual(0.95);
  });

  it("numbers: F1 on value and unit at least 0.95", () => {
    let tp = 0;
    let nPred = 0;
    let nGold = 0;
    for (const f of files) {
      const { gold, text } = load(f);
      const g = gold.numbers ?? [];
      const opt = new Set(gold.optional?.numbers ?? []);
      const byKey = new Map<string, { value: number; unit: string | null }>();
      for (const n of findNumbers(text))
        if (!byKey.has(`${n.value}|${norm(n.unit)}`)) byKey.set(`${n.value}|${norm(n.unit)}`, n);
      const pred = [...byKey.values()].filter((n) => !opt.has(n.value) || g.some((x) => x.value === n.value));
      const used = new Set<number>();
      for (const x of g) {
        const j = pred.findIndex(
          (p, k) =>
            !used.has(k) &&
            p.value === x.value &&
            (x.unit == null ||
              norm(p.unit).startsWith(norm(x.unit)) ||
              (norm(x.unit).startsWith(norm(p.unit)) && norm(p.unit).length > 0)),
        );
        if (j >= 0) {
          used.add(j);
          tp++;
        }
      }
      nPred += pred.length;
      nGold += g.length;
    }
    expect(f1(tp, nPred, nGold)).toBeGreaterThanOrEqual(0.95);
  });

  it("documents: F1 by number at least 0.95", () => {
    let tp = 0;
    let nPred = 0;
    let nGold = 0;
    for (const f of files) {
      const { gold, text } = load(f);
      const pred = findDocuments(text);
      const g = gold.documents ?? [];
      const used = new Set<number>();
      for (const x of g) {
        const j = pred.findIndex((p, k) => !used.has(k) && norm(p.number) === norm(x.number));
        if (j >= 0) {
          used.add(j);
          tp++;
        }
      }
      nPred += pred.length;
      nGold += g.length;
    }
    expect(f1(tp, nPred, nGold)).toBeGreaterThanOrEqual(0.95);
  });
});
