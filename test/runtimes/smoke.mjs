// The runtime smoke test, run by Node 18/20/22, Bun and Deno (scripts/test-runtimes.mjs starts it):
// loads `cand-nlp` and `cand-nlp/node` both as ES modules and through require(), extracts every page
// of a folder with each, and prints one JSON object of SHA-256 digests. The runner compares them
// with Node 20's digests of the same build, so no stored output can go stale.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const sha256 = (text) => createHash("sha256").update(text).digest("hex");

/** The digest of `extract` over every *.txt of `dir` (sorted), one JSON line per page. */
export function extractDigest(extract, dir) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  return sha256(files.map((f) => JSON.stringify(extract(readFileSync(join(dir, f), "utf8")))).join("\n"));
}

async function filesDigest(extractFiles, dir) {
  const lines = [];
  for await (const r of extractFiles([dir])) lines.push(JSON.stringify(r));
  return {
    digest: sha256(lines.join("\n")),
    count: lines.length,
    errors: lines.filter((l) => l.startsWith('{"id":') && l.includes('"error":')).length,
  };
}

/** Every digest this runtime gives for `dir`. */
export async function smoke(dir) {
  const require = createRequire(import.meta.url);
  const esm = await import("cand-nlp");
  const esmNode = await import("cand-nlp/node");
  const cjs = require("cand-nlp");
  const cjsNode = require("cand-nlp/node");
  return {
    exports: {
      esm: sha256(Object.keys(esm).sort().join(",")),
      cjs: sha256(Object.keys(cjs).sort().join(",")),
    },
    extract: { esm: extractDigest(esm.extract, dir), cjs: extractDigest(cjs.extract, dir) },
    extractFiles: {
      esm: await filesDigest(esmNode.extractFiles, dir),
      cjs: await filesDigest(cjsNode.extractFiles, dir),
    },
  };
}

const self = import.meta.url.endsWith("/smoke.mjs") && process.argv.some((a) => a.endsWith("smoke.mjs"));
if (self) {
  const dir = process.argv[process.argv.length - 1];
  process.stdout.write(`${JSON.stringify(await smoke(dir))}\n`);
}
