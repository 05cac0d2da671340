// Rules of the codebase that a reviewer would otherwise have to remember.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
const coreSources = walk(join(root, "src")).filter(
  (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !relative(root, f).startsWith(join("src", "node")),
);
const NODE_BUILTINS =
  /(?:from\s+|import\s*\(\s*|require\s*\(\s*)["'](?:node:[\w/]+|fs|path|os|url|child_process|worker_threads|stream|zlib|crypto|util|process)["']/;

describe("architecture", () => {
  it("the core imports no Node built-in (it runs in browsers, Deno, Bun)", () => {
    expect(coreSources.length).toBeGreaterThan(10);
    const offenders = coreSources.filter((f) => NODE_BUILTINS.test(readFileSync(f, "utf8")));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it("the core does not touch process, require or the file system globals", () => {
    const offenders = coreSources.filter((f) =>
      /\bprocess\.(env|argv|stdout|exit)\b|\brequire\(/.test(readFileSync(f, "utf8")),
    );
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it("every data table has a source column filled on every row", () => {
    const tables = readdirSync(join(root, "data")).filter((f) => f.endsWith(".tsv"));
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) {
      const lines = readFileSync(join(root, "data", table), "utf8")
        .split("\n")
        .filter((l) => l && !l.startsWith("#"));
      const header = (lines[0] ?? "").split("\t");
      const source = header.indexOf("source");
      expect(source, `${table} has a source column`).toBeGreaterThanOrEqual(0);
      for (const [i, line] of lines.slice(1).entries()) {
        expect((line.split("\t")[source] ?? "").trim(), `${table}:${i + 2} has a source`).not.toBe("");
      }
    }
  });
});
