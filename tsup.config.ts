import { existsSync } from "node:fs";
import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

// One entry per public subpath (see package.json "exports"); shared code is split into chunks, so
// `import { tokenize } from "cand-nlp/tokenize"` does not pull in the segmenter model or lexicons.
const stageEntries: Record<string, string> = {
  index: "src/index.ts",
  text: "src/text/index.ts",
  tokenize: "src/tokenize/index.ts",
  segment: "src/segment/index.ts",
  ranks: "src/ranks/index.ts",
  titles: "src/titles/index.ts",
  persons: "src/persons/index.ts",
  abbreviations: "src/abbreviations/index.ts",
  numbers: "src/numbers/index.ts",
  dates: "src/dates/index.ts",
  documents: "src/documents/index.ts",
  article: "src/article/index.ts",
  events: "src/events/index.ts",
  organizations: "src/organizations/index.ts",
  places: "src/places/index.ts",
  schema: "src/schema.ts",
};
// Stages land one issue at a time; an entry is built once its module exists.
const core = Object.fromEntries(Object.entries(stageEntries).filter(([, file]) => existsSync(file)));

// zod and date-fns are bundled (tree-shaken) into dist/ instead of imported from node_modules at run
// time: Node resolving and compiling their many ESM files took about half of the cold start.
// The core uses the `zod/mini` functional API, whose schemas shake down to a few tens of KB.
// zod stays a dependency because the .d.ts files name its types; date-fns is build-time only.
const bundled = [/^zod(?:\/|$)/, /^date-fns(?:\/|$)/];

const nodeEntries: Record<string, string> = { node: "src/node/index.ts", cli: "src/node/cli.ts" };
const nodeOnly = Object.fromEntries(Object.entries(nodeEntries).filter(([, file]) => existsSync(file)));
// The declarations of `cand-nlp/node` are emitted by the core build: both builds run at once, and the
// core's declaration pass starts by deleting every *.d.ts under dist/, which raced with (and often
// removed) dist/node/node.d.ts when the node build wrote it.
const nodeTypes: Record<string, string> = nodeOnly.node ? { "node/node": nodeOnly.node } : {};

/**
 * The Node-only code reaches the core through its public entry (`../index.js` from src/node/), and
 * the node build leaves that import as it is, pointed at the built core beside it (dist/index.js or
 * dist/index.cjs): dist/node would otherwise carry a second copy of the whole core, lexicons and
 * segmenter dictionary included, in each format (about 490 KB gzipped of dist/'s 1.2 MB).
 */
const coreAsSibling: Plugin = {
  name: "core-as-sibling",
  setup(build) {
    // tsup runs esbuild once per format with the same plugins, and names the format in `define`
    const format = build.initialOptions.define?.TSUP_FORMAT === '"cjs"' ? "cjs" : "esm";
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
      /[\\/]src[\\/]node$/.test(args.resolveDir)
        ? { path: format === "cjs" ? "../index.cjs" : "../index.js", external: true }
        : undefined,
    );
  },
};

export default defineConfig([
  {
    entry: core,
    format: ["esm", "cjs"],
    dts: { entry: { ...core, ...nodeTypes } },
    splitting: true,
    sourcemap: false,
    clean: true,
    treeshake: true,
    target: "es2022",
    platform: "neutral",
    outDir: "dist",
    noExternal: bundled,
    // Keep Vietnamese literals as UTF-8 instead of \uXXXX escapes (smaller dictionary chunk).
    esbuildOptions(options) {
      options.charset = "utf8";
    },
  },
  ...(Object.keys(nodeOnly).length
    ? [
        {
          entry: nodeOnly,
          format: ["esm", "cjs"] as ("esm" | "cjs")[],
          dts: false,
          splitting: true,
          sourcemap: false,
          clean: false,
          target: "node18" as const,
          platform: "node" as const,
          outDir: "dist/node",
          noExternal: bundled,
          // dist/node imports the core (see coreAsSibling); what is left is minified like before.
          minify: true,
          esbuildPlugins: [coreAsSibling],
          // CJS with code splitting is esbuild's ESM output converted afterwards. Without `treeshake`
          // tsup converts it with sucrase, whose `imports` transform also rewrites `a ?? b` into a
          // `_nullishCoalesce(a, …)` helper call, and on minified code it glued that call to a
          // preceding keyword (`return(x)??y` became `return_nullishCoalesce(...)`, a ReferenceError
          // at run time). With `treeshake` the conversion is Rollup's, which parses the chunk and
          // leaves `??` alone, as the core build already does.
          treeshake: true,
        },
      ]
    : []),
]);
