#!/usr/bin/env node
// `npm run eval`: one table of quality figures, each computed in this run by the shared scorers
// (../shared/scorers) over the shared yardsticks (../shared/eval, ../shared/gold), with the
// baselines and peers beside ours. Skips with a clear message when ../shared is absent.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "..", "shared");
const scorers = join(shared, "scorers");
const dev = join(shared, "eval", "ud-vi-vtb", "vi_vtb-ud-dev.conllu");
const gold = join(shared, "gold");

if (!existsSync(scorers) || !existsSync(dev)) {
  console.log(`eval skipped: ${shared} (the shared scorers and data sets) is not beside this checkout.`);
  process.exit(0);
}
if (!existsSync(join(root, "dist", "index.js"))) {
  console.error("eval: dist/ is missing; run `npm run build` first (npm run eval does).");
  process.exit(1);
}

function run(args, label) {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0 && !r.stdout) {
    console.error(`eval: ${label} failed:\n${r.stderr}`);
    return "";
  }
  return r.stdout;
}

const rows = [];
const row = (metric, ours, baseline = "", peer = "", target = "") =>
  rows.push([metric, ours, baseline, peer, target]);

// Word segmentation on the VTB dev split: ours, greedy longest match, Intl.Segmenter("vi").
const seg = (project) => {
  const out = run([join(scorers, "score_segment.mjs"), dev, "--project", project], `segment (${project})`);
  const m = /segment P ([\d.]+) R ([\d.]+) F1 ([\d.]+)/.exec(out);
  const speed = /([\d.]+) M chars\/s/.exec(out);
  return m ? { p: m[1], r: m[2], f: m[3], speed: speed?.[1] } : null;
};
const ours = seg(root);
const greedy = seg(join(root, "eval", "peers", "greedy"));
const intl = seg(join(root, "eval", "peers", "intl"));
const prf = (s) => (s ? `P ${s.p} R ${s.r} F1 **${s.f}**` : "n/a");
// The shipped weights are trained on train + dev once the settings are chosen: on dev they are
// in-sample. The selection figure (the same settings trained on train alone, scored on dev) is
// recorded by scripts/train-segmenter.mjs --select in data/segmenter/model.json.
const segmenterMeta = JSON.parse(readFileSync(join(root, "data", "segmenter", "model.json"), "utf8"));
const inSample = /dev\.conllu/.test(segmenterMeta.trainedOn ?? "");
rows.push([
  `**word segmentation, VTB dev** (P/R/F1${inSample ? "; shipped weights have seen dev: in-sample" : ""})`,
  prf(ours),
  `greedy: ${prf(greedy)}`,
  `Intl.Segmenter: ${prf(intl)}`,
  "F1 ≥ 0.95",
]);
if (segmenterMeta.selection)
  row(
    `**word segmentation, VTB dev, selection model** (trained on ${segmenterMeta.selection.trainedOn} alone)`,
    `F1 **${segmenterMeta.selection.devF1Segment}** (model alone ${segmenterMeta.selection.devF1})`,
    "",
    "",
    "F1 ≥ 0.970",
  );

// The gold articles: every extract() figure, and chrono-node's vi dates on the same texts.
let goldSummary = null;
if (existsSync(gold)) {
  const tmp = join(root, ".cache");
  mkdirSync(tmp, { recursive: true });
  const oursJson = join(tmp, "gold-ours.json");
  const chronoJson = join(tmp, "gold-chrono.json");
  const oursOut = run([join(scorers, "score_gold.mjs"), gold, "--json", oursJson], "score_gold");
  run(
    [
      join(scorers, "score_gold.mjs"),
      gold,
      "--project",
      join(root, "eval", "peers", "chrono"),
      "--json",
      chronoJson,
    ],
    "chrono",
  );
  const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, "utf8")) : null);
  goldSummary = read(oursJson);
  const chronoSummary = read(chronoJson);
  const f = (s, k) => (s?.[k]?.f != null ? s[k].f.toFixed(3) : "n/a");
  const a = (s, k) => (s?.[k]?.acc != null ? `${s[k].acc.toFixed(3)} (${s[k].ok}/${s[k].n})` : "n/a");
  const counts = (s, k) => (s?.[k] ? ` (tp ${s[k].tp}, pred ${s[k].nPred}, gold ${s[k].nGold})` : "");
  if (goldSummary) {
    const g = goldSummary;
    row(`articles scored, crashes`, `${g.docs}, ${g.crashes} (${g.msPerDoc.toFixed(2)} ms/article)`);
    row("persons F1", f(g, "persons") + counts(g, "persons"), "", "", "≥ 0.96");
    row("person rank accuracy", a(g, "person rank"), "", "", "≥ 0.98");
    row("person title recall", a(g, "person title"), "", "", "≥ 0.90");
    row("title organization accuracy", a(g, "title organization"), "", "", "≥ 0.85");
    row("abbreviations F1", f(g, "abbreviations") + counts(g, "abbreviations"), "", "", "≥ 0.95");
    row("abbreviation expansion accuracy", a(g, "abbr expansion"), "", "", "≥ 0.97");
    row(
      "dates F1 (span overlap)",
      f(g, "dates") + counts(g, "dates"),
      "",
      `chrono-node vi: ${f(chronoSummary, "dates")}`,
      "≥ 0.96",
    );
    row(
      "date value accuracy",
      a(g, "date value"),
      "",
      `chrono-node vi: ${a(chronoSummary, "date value")}`,
      "≥ 0.98",
    );
    row("numbers F1 (value + unit)", f(g, "numbers") + counts(g, "numbers"), "", "", "≥ 0.95");
    row("documents F1", f(g, "documents") + counts(g, "documents"), "", "", "≥ 0.85");
    row("events F1 (type, date, participants)", f(g, "events") + counts(g, "events"), "", "", "≥ 0.90");
    row("event location accuracy (matched events)", a(g, "event location"), "", "", "≥ 0.80");
    row("publishedAt accuracy", a(g, "publishedAt"), "", "", "1.0");
  } else {
    row("gold articles", oursOut.trim().split("\n").pop() ?? "not scored");
  }
}

console.log("| metric | cand-nlp | baseline | peer | target |");
console.log("|---|---|---|---|---|");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
console.log(`\n(${new Date().toISOString().slice(0, 10)}, node ${process.version}; \`npm run eval\`)`);
