// The package as one browser script: the built ES module (dist/index.js) bundled by esbuild into a
// classic script that defines `globalThis.candNlp`. Used by the Chromium smoke test, the playground
// (which must run from file://, where module scripts and module workers cannot be fetched) and the
// bundle-size line of `npm run bench`.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Bundles `entry` (default: the built dist/index.js) as an IIFE; returns the script's text.
 * @param {{ entry?: string, minify?: boolean, globalName?: string }} [options]
 */
export async function browserBundle({
  entry = join(root, "dist", "index.js"),
  minify = true,
  globalName = "candNlp",
} = {}) {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    globalName,
    platform: "browser",
    target: "es2022",
    charset: "utf8",
    minify,
    legalComments: "none",
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}
