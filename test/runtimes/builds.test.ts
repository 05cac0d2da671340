// The ES module and CommonJS builds are one program: the same JSON Lines from both CLIs, and
// `require("cand-nlp/node")` as well as `import` give the same articles.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureDist, root } from "../support/dist.js";

const corpus = join(root, "..", "shared", "corpus");
const hasCorpus = existsSync(corpus) && readdirSync(corpus).some((f) => f.endsWith(".txt"));
// Invented pages written for the playground (no corpus text): used whether or not ../shared exists.
const examples = join(root, "playground", "examples");

beforeAll(ensureDist, 600_000);

function cli(build: "cli.js" | "cli.cjs", args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "dist", "node", build), ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function sameLines(dir: string) {
  const esm = cli("cli.js", ["extract", "--quiet", dir]);
  const cjs = cli("cli.cjs", ["extract", "--quiet", dir]);
  expect(esm.stderr).toBe("");
  expect(cjs.stderr).toBe("");
  expect(esm.code).toBe(0);
  expect(cjs.code).toBe(0);
  const lines = esm.stdout.split("\n").filter(Boolean);
  expect(lines.length).toBe(readdirSync(dir).filter((f) => f.endsWith(".txt")).length);
  for (const line of lines) expect(JSON.parse(line)).not.toHaveProperty("error");
  expect(cjs.stdout).toBe(esm.stdout);
}

describe("CLI: ES module and CommonJS builds", () => {
  it("give identical JSON Lines on the invented example pages", () => sameLines(examples));
  it("give identical JSON Lines on the whole ../shared/corpus", (ctx) => {
    // ../shared is beside the checkout on the project's machines only; the invented pages above still run.
    if (!hasCorpus) ctx.skip("../shared/corpus is absent beside the checkout");
    sameLines(corpus);
  });
  it("--jobs 2 in the CommonJS build gives the same lines as one thread", () => {
    const one = cli("cli.cjs", ["extract", "--quiet", examples]);
    const two = cli("cli.cjs", ["extract", "--quiet", "--jobs", "2", examples]);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });
});

// Each loads the package by its name (the package resolves itself through "exports") and prints
// a digest of extractFiles() over the invented pages.
const script = (load: string) => `
${load}
(async () => {
  const out = [];
  for await (const r of node.extractFiles([${JSON.stringify(examples)}])) out.push(JSON.stringify(r));
  const text = core.extract("Sáng 15-1, Đại tá Nguyễn Văn An dự hội nghị.").persons.map((p) => p.name);
  console.log(JSON.stringify({ n: out.length, errors: out.filter((l) => l.includes('"error"')).length, all: out.join("\\n"), text }));
})();`;

function runScript(kind: "cjs" | "esm") {
  const load =
    kind === "cjs"
      ? `const node = require("cand-nlp/node"); const core = require("cand-nlp");`
      : `const node = await import("cand-nlp/node"); const core = await import("cand-nlp");`;
  const body = kind === "cjs" ? script(load) : `${load}\n${script("")}`;
  const r = spawnSync(process.execPath, [kind === "cjs" ? "--input-type=commonjs" : "--input-type=module"], {
    cwd: root,
    input: body,
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { n: number; errors: number; all: string; text: string[] };
}

describe('require("cand-nlp/node") and import("cand-nlp/node")', () => {
  it("both load, extract every page without an error, and agree", () => {
    const cjs = runScript("cjs");
    const esm = runScript("esm");
    expect(cjs.n).toBe(readdirSync(examples).filter((f) => f.endsWith(".txt")).length);
    expect(cjs.errors).toBe(0);
    expect(cjs.text).toEqual(["Nguyễn Văn An"]);
    expect(cjs).toEqual(esm);
  });
});
