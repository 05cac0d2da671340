// Every function exported by `cand-nlp` and `cand-nlp/node` has a TSDoc @example, which `npm run docs` (TypeDoc) shows in the API reference.
import { existsSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { root } from "../support/dist.js";

// The entry points of the API reference (typedoc.json): the package and its Node helpers. The
// subpaths re-export the same public functions, plus token-level building blocks for extract().
const entries = ["src/index.ts", "src/node/index.ts"].filter((f) => existsSync(join(root, f)));

/** Exported functions without an @example, as "name (file)". */
function functionsWithoutExample(): { all: string[]; missing: string[] } {
  const program = ts.createProgram(
    entries.map((f) => join(root, f)),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      noEmit: true,
      types: [],
    },
  );
  const checker = program.getTypeChecker();
  const all = new Set<string>();
  const missing = new Set<string>();
  for (const entry of entries) {
    const source = program.getSourceFile(join(root, entry));
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.find(ts.isFunctionDeclaration);
      if (!declaration) continue;
      const name = `${symbol.name} (${declaration.getSourceFile().fileName.slice(root.length)})`;
      all.add(name);
      if (!ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === "example")) missing.add(name);
    }
  }
  return { all: [...all].sort(), missing: [...missing].sort() };
}

describe("API reference", () => {
  it("every exported function has an @example", () => {
    const { all, missing } = functionsWithoutExample();
    expect(all.length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});
