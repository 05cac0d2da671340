#!/usr/bin/env node
// `npm run build:playground`: playground/ → playground/dist/index.html, one self-contained file that
// works offline from file:// as from any static host. Everything is inlined as classic script: the
// example pages, the worker (the package's browser bundle + playground/worker.js, started from a
// Blob URL) and the page's code, since file:// pages can fetch neither modules nor worker scripts.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { browserBundle, root } from "./lib/browser-bundle.mjs";

const dir = join(root, "playground");
const read = (name) => readFileSync(join(dir, name), "utf8");
// Inside a <script> element, "</script" or "<!--" would end or change it: every "<" inlined into the
// page sits in a JSON string literal, written as \u003c.
const literal = (value) => JSON.stringify(value).replace(/</g, "\\u003c");

export async function buildPlayground({ outDir = join(dir, "dist") } = {}) {
  const examples = readdirSync(join(dir, "examples"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, "examples", f), "utf8");
      return { name: f.replace(/\.txt$/, ""), title: text.split("\n", 1)[0].trim(), text };
    });
  const workerSource = `${await browserBundle()}\n${read("worker.js")}`;
  const app = read("app.js");
  if (/<\/script|<!--/i.test(app)) throw new Error("playground/app.js must not contain </script or <!--");
  const html = read("index.html")
    .replace("/*STYLE*/", () => read("style.css"))
    .replace("/*EXAMPLES*/", () => `const EXAMPLES = ${literal(examples)};`)
    .replace("/*WORKER*/", () => `const WORKER_SOURCE = ${literal(workerSource)};`)
    .replace("/*APP*/", () => app);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, "index.html");
  writeFileSync(file, html);
  return { file, bytes: Buffer.byteLength(html), workerBytes: Buffer.byteLength(workerSource) };
}

if (process.argv[1]?.endsWith("build-playground.mjs")) {
  const { file, bytes } = await buildPlayground();
  console.log(
    `playground: ${file} (${(bytes / 1024).toFixed(0)} KB, one file; open it from disk or any static host)`,
  );
}
