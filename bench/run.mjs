#!/usr/bin/env node
// `npm run bench`: throughput, memory, size and cold start of the built package (dist/).
// Text: ../shared/bench/vi-news.txt (12.6 MB of real news, articles separated by a blank line);
// without ../shared, a text generated here. Every stage runs article by article, median of
// --runs timed passes after one warm-up pass, on one core (the main thread).
//   node --expose-gc bench/run.mjs [--runs 5] [--mb 12.6] [--only tokenize,segment] [--cli-articles 50000] [--no-cli]
//     [--no-browser] [--browser-only]
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { generateText } from "./generate.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const runs = Number(opt("--runs", 5));
const only = opt("--only", null)?.split(",");
const cliArticles = Number(opt("--cli-articles", 50_000));
// --entry FILE: measure another build of the package (e.g. a bundle made for a comparison).
const entry = resolve(opt("--entry", join(root, "dist", "index.js")));
if (!existsSync(entry)) {
  console.error("bench: dist/ is missing; run `npm run build` first (npm run bench does).");
  process.exit(1);
}
const lib = await import(pathToFileURL(entry).href);

const benchFile = resolve(root, "..", "shared", "bench", "vi-news.txt");
let text;
let textName;
if (existsSync(benchFile)) {
  text = readFileSync(benchFile, "utf8");
  textName = "../shared/bench/vi-news.txt";
} else {
  text = generateText(2_000_000);
  textName = "generated text (../shared absent)";
}
const maxMb = Number(opt("--mb", 0));
if (maxMb > 0) text = text.slice(0, Math.round(maxMb * 1e6));
// Each article as its own flat string, as it arrives from a file or a JSON line: the pieces
// `split` cuts from one big string are V8 "sliced strings", ~10% slower to scan for every stage.
const articles = text
  .split(/\n\n+/)
  .filter((a) => a.trim() !== "")
  .map((a) => Buffer.from(a, "utf8").toString("utf8"));
const chars = articles.reduce((n, a) => n + a.length, 0);

// --browser-only: just the browser section (bundle size, playground paste → marks in Chromium).
if (args.includes("--browser-only")) {
  const { benchBrowser } = await import("./browser.mjs");
  await benchBrowser(articles, { runs });
  process.exit(0);
}

let peakHeap = 0;
const sampleHeap = () => {
  const h = process.memoryUsage().heapUsed;
  if (h > peakHeap) peakHeap = h;
};

/** Times `fn` over every article; returns median seconds and the item count of one pass. */
function measure(fn, passes = runs) {
  let items = 0;
  for (let i = 0; i < articles.length; i++) items += fn(articles[i]).length; // warm-up pass
  sampleHeap();
  const times = [];
  for (let r = 0; r < passes; r++) {
    globalThis.gc?.();
    const t0 = performance.now();
    for (let i = 0; i < articles.length; i++) {
      fn(articles[i]);
      if ((i & 255) === 0) sampleHeap();
    }
    times.push((performance.now() - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  return { seconds: times[Math.floor(times.length / 2)], items };
}

// Cold start first, while this process is still small and idle (its later GC work on the
// other core would slow the fresh processes down).
const coldScript = `const t0 = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(entry).href)}); m.segment("Đại tá Đào Quang Trường dự hội nghị"); console.log(performance.now() - t0);`;
const colds = [];
for (let i = 0; i < 7; i++) {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", coldScript], { encoding: "utf8" });
  colds.push(Number(r.stdout.trim()));
}
colds.sort((a, b) => a - b);

const intlSegmenter = new Intl.Segmenter("vi", { granularity: "word" });
const stages = [
  ["tokenize", (a) => lib.tokenize(a), "tokens"],
  ["segment", (a) => lib.segment(a), "words"],
  ['Intl.Segmenter("vi") (reference)', (a) => Array.from(intlSegmenter.segment(a)), "segments"],
  ["findRanks", (a) => lib.findRanks(a), "ranks"],
  ["findPersons", (a) => lib.findPersons(a), "persons"],
  ["findAbbreviations", (a) => lib.findAbbreviations(a), "abbreviations"],
  ["findNumbers", (a) => lib.findNumbers(a), "numbers"],
  ["findDates", (a) => lib.findDates(a), "dates"],
  ["findDocuments", (a) => lib.findDocuments(a), "documents"],
  ["extract", (a) => [lib.extract(a)], "articles"],
].filter(([name, fn]) => fn && (!only || only.some((o) => name.startsWith(o))));

console.log(`bench text: ${textName}: ${(chars / 1e6).toFixed(1)} M chars, ${articles.length} articles`);
console.log(`node ${process.version}, ${runs} timed passes (median), one core\n`);
console.log("| stage | M chars/s | items/s | items |");
console.log("|---|---:|---:|---:|");
const results = {};
for (const [name, fn, unit] of stages) {
  if (
    name !== "tokenize" &&
    name !== "segment" &&
    typeof lib[name] !== "function" &&
    !name.startsWith("Intl")
  )
    continue;
  const passes = name.startsWith("Intl") ? Math.min(runs, 3) : runs;
  const { seconds, items } = measure(fn, passes);
  results[name] = chars / seconds / 1e6;
  console.log(
    `| ${name} | ${(chars / seconds / 1e6).toFixed(2)} | ${fmtCount(items / seconds)} ${unit}/s | ${fmtCount(items)} |`,
  );
}
// The genre's own articles (../shared/corpus and the gold texts): dense with names, ranks and dates,
// they cost two to three times more per character than the general news above.
const genreArticles = readGenreArticles();
if (genreArticles.length > 0 && (!only || only.some((o) => "extract".startsWith(o)))) {
  const genreChars = genreArticles.reduce((n, a) => n + a.length, 0);
  const times = [];
  for (const a of genreArticles) lib.extract(a); // warm-up pass
  for (let r = 0; r < Math.max(runs, 5); r++) {
    globalThis.gc?.();
    const t0 = performance.now();
    for (let k = 0; k < 20; k++) for (const a of genreArticles) lib.extract(a);
    times.push((performance.now() - t0) / 1000 / 20);
  }
  times.sort((x, y) => x - y);
  const seconds = times[Math.floor(times.length / 2)];
  results["extract (genre)"] = genreChars / seconds / 1e6;
  console.log(
    `| extract, genre articles (${genreArticles.length} of ../shared/corpus + gold, 20 rounds a pass) | ${(genreChars / seconds / 1e6).toFixed(2)} | ${fmtCount(genreArticles.length / seconds)} articles/s | ${genreArticles.length} |`,
  );
}

if (results.segment && results['Intl.Segmenter("vi") (reference)'])
  console.log(
    `\nsegment is ${(results.segment / results['Intl.Segmenter("vi") (reference)']).toFixed(1)}× Intl.Segmenter("vi") on the same articles`,
  );

// Memory, size, cold start.
globalThis.gc?.();
const retainedHeap = process.memoryUsage().heapUsed;
console.log(
  `\nheap: ${(retainedHeap / 2 ** 20).toFixed(0)} MiB retained after GC (the text: ${((chars * 2) / 2 ** 20).toFixed(0)} MiB as UTF-16, plus the compiled tables); ` +
    `peak ${(peakHeap / 2 ** 20).toFixed(0)} MiB sampled while running (uncollected garbage included); max RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
);
const distFiles = readdirSync(join(root, "dist"), { recursive: true })
  .map(String)
  .filter((f) => statSync(join(root, "dist", f)).isFile());
let gzAll = 0;
let gzEsm = 0;
for (const f of distFiles) {
  const gz = gzipSync(readFileSync(join(root, "dist", f)), { level: 9 }).length;
  gzAll += gz;
  if (f.endsWith(".js") && !f.startsWith("node")) gzEsm += gz;
}
console.log(
  `dist/ gzipped: ${(gzAll / 1024).toFixed(0)} KB in all (${distFiles.length} files; ESM core alone ${(gzEsm / 1024).toFixed(0)} KB)`,
);

console.log(
  `cold start (fresh process: import("cand-nlp") → first segment() result): ${colds[3]?.toFixed(1)} ms median of 7`,
);

// The CLI over many articles: articles/s with 1 and 2 worker threads, peak RSS (streaming).
const cli = join(root, "dist", "node", "cli.js");
if (existsSync(cli) && !args.includes("--no-cli") && cliArticles > 0) {
  console.log(`\nCLI: ${cliArticles} articles as JSON Lines through \`cand-nlp extract --input jsonl\``);
  console.log("| jobs | articles/s | seconds | peak RSS |");
  console.log("|---:|---:|---:|---:|");
  for (const jobs of [1, 2]) {
    const r = await runCli(cli, jobs);
    console.log(
      `| ${jobs} | ${r.articles ? (r.articles / r.seconds).toFixed(0) : "n/a"} | ${r.seconds.toFixed(1)} | ${r.peakRssMb} MiB |`,
    );
  }
}

/** The corpus and gold texts, each as its own flat string; none without ../shared. */
function readGenreArticles() {
  const out = [];
  for (const dir of ["corpus", "gold"]) {
    const d = resolve(root, "..", "shared", dir);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) if (f.endsWith(".txt")) out.push(readFileSync(join(d, f), "utf8"));
  }
  return out;
}

// The browser: bundle size and the playground's paste → marks time (skips without Chromium).
if (!args.includes("--no-browser")) {
  const { benchBrowser } = await import("./browser.mjs");
  await benchBrowser(articles);
}

function fmtCount(x) {
  return x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k` : x.toFixed(0);
}

/** Streams `cliArticles` records into the CLI and polls its resident memory high-water mark. */
function runCli(cliPath, jobs) {
  return new Promise((resolveRun) => {
    const t0 = performance.now();
    const child = spawn(
      process.execPath,
      [cliPath, "extract", "--input", "jsonl", "--jobs", String(jobs), "-"],
      {
        stdio: ["pipe", "pipe", "pipe"],
      },
    );
    let peakKb = 0;
    const poll = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
        const m = /VmHWM:\s+(\d+)/.exec(status);
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {}
    }, 100);
    let lines = 0;
    child.stdout.on("data", (chunk) => {
      for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
    });
    child.stderr.resume();
    child.on("close", () => {
      clearInterval(poll);
      resolveRun({
        articles: lines,
        seconds: (performance.now() - t0) / 1000,
        peakRssMb: (peakKb / 1024).toFixed(0),
      });
    });
    let i = 0;
    const write = () => {
      while (i < cliArticles) {
        const line = `${JSON.stringify({ id: `a${i}`, text: articles[i % articles.length] })}\n`;
        i++;
        if (!child.stdin.write(line)) {
          child.stdin.once("drain", write);
          return;
        }
      }
      child.stdin.end();
    };
    write();
  });
}
