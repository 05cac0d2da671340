// The README's code runs. Every ```ts / ```js block is executed against the built package (dist/,
// imported by its own name, as a user would) and must finish without an error; a block followed
// directly by an ```output block must print exactly that. Names a block uses without importing
// (`findDates(…)` after an earlier import) come from `cand-nlp` and `cand-nlp/node`, and `text` /
// `rawText` are an invented article, so the fragments of the reference sections run as written.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { transformSync } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDist, root } from "../support/dist.js";

interface Example {
  line: number;
  code: string;
  output: string | null;
}

/** The ```ts/```js blocks of a markdown text, each with the ```output block right after it, if any. */
function readmeExamples(markdown: string): Example[] {
  const lines = markdown.split("\n");
  const blocks: { line: number; lang: string; body: string; end: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)/.exec(lines[i] ?? "");
    if (!open) continue;
    const start = i;
    let j = i + 1;
    while (j < lines.length && !(lines[j] ?? "").startsWith("```")) j++;
    blocks.push({ line: start + 1, lang: open[1] ?? "", body: lines.slice(start + 1, j).join("\n"), end: j });
    i = j;
  }
  const examples: Example[] = [];
  blocks.forEach((b, k) => {
    if (!["ts", "js", "typescript", "javascript"].includes(b.lang)) return;
    const next = blocks[k + 1];
    const adjacent = next && lines.slice(b.end + 1, next.line - 1).every((l) => l.trim() === "");
    examples.push({
      line: b.line,
      code: b.body,
      output: next && adjacent && next.lang === "output" ? next.body : null,
    });
  });
  return examples;
}

const readme = readFileSync(join(root, "README.md"), "utf8");
const examples = readmeExamples(readme);
const article = readFileSync(join(root, "playground", "examples", "hoi-nghi-tong-ket.txt"), "utf8");
const scratch = join(root, ".cache", "readme-examples"); // inside the package: `cand-nlp` resolves to itself
let cwd = "";
let coreNames: string[] = [];
let nodeNames: string[] = [];

beforeAll(async () => {
  await ensureDist();
  coreNames = Object.keys(await import(pathToFileURL(join(root, "dist", "index.js")).href));
  nodeNames = Object.keys(await import(pathToFileURL(join(root, "dist", "node", "node.js")).href));
  mkdirSync(scratch, { recursive: true });
  cwd = mkdtempSync(join(tmpdir(), "cand-nlp-readme-")); // an empty folder: paths in examples do not exist
}, 600_000);
afterAll(() => {
  if (cwd) rmSync(cwd, { recursive: true, force: true });
});

/** The example as a module: its own imports kept, everything else it names provided. */
function moduleOf(example: Example): string {
  const js = transformSync(example.code, { loader: "ts", format: "esm", target: "es2022" }).code;
  const declared = new Set<string>();
  for (const m of js.matchAll(/import\s*\{([^}]*)\}\s*from/g))
    for (const part of (m[1] ?? "").split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) declared.add(name);
    }
  for (const m of js.matchAll(/\b(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g))
    declared.add(m[1] ?? "");
  const core = coreNames.filter((n) => !declared.has(n));
  const node = nodeNames.filter((n) => !declared.has(n) && !coreNames.includes(n));
  const prelude = [
    'import * as __core from "cand-nlp";',
    'import * as __node from "cand-nlp/node";',
    `const { ${core.join(", ")} } = __core;`,
    node.length ? `const { ${node.join(", ")} } = __node;` : "",
    ...["text", "rawText"]
      .filter((n) => !declared.has(n))
      .map((n) => `const ${n} = ${JSON.stringify(article)};`),
  ];
  return `${prelude.join("\n")}\n${js}`;
}

describe("README.md code examples", () => {
  it("has runnable examples, some with their printed output", () => {
    expect(examples.length).toBeGreaterThan(5);
    expect(examples.some((e) => e.output !== null)).toBe(true);
  });
  it("an example that calls a renamed function fails", () => {
    const file = join(scratch, "renamed.mjs");
    writeFileSync(file, moduleOf({ line: 0, code: 'findPersonz("Đại tá Lê Văn An");', output: null }));
    expect(spawnSync(process.execPath, [file], { cwd, encoding: "utf8" }).status).not.toBe(0);
  });
  it.each(examples.map((e) => [e.line, e] as const))("the example at line %i runs", (line, example) => {
    const file = join(scratch, `line-${line}.mjs`);
    writeFileSync(file, moduleOf(example));
    const r = spawnSync(process.execPath, [file], { cwd, encoding: "utf8", timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    if (example.output !== null) expect(r.stdout.trimEnd()).toBe(example.output.trimEnd());
  });
});
