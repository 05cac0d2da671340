#!/usr/bin/env node
// npm runs `prepare` after `npm install` / `npm ci` in a checkout and before `npm pack`: it builds
// dist/, so a checkout has a working `npx cand-nlp`. A dist/ newer than every source it is built
// from is kept: `npm pack` (run by publint and attw too) then does not rebuild what is already built.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const built = join(root, "dist", "node", "cli.js");

/** The newest modification time under `path` (src/generated is build output, not a source). */
function newest(path) {
  if (!existsSync(path) || path === join(root, "src", "generated")) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
  return t;
}

const sources = ["src", "data", "scripts", "package.json", "tsconfig.json", "tsup.config.ts"];
const sourceTime = Math.max(...sources.map((p) => newest(join(root, p))));
if (existsSync(built) && newest(join(root, "dist")) > sourceTime && statSync(built).mtimeMs > sourceTime) {
  console.log("prepare: dist/ is newer than its sources; not rebuilt (npm run build rebuilds it)");
} else {
  execSync("npm run build", { cwd: root, stdio: "inherit" });
}
