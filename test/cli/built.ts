// The built command line (dist/node/cli.js), built once if missing. The CLI test files run in
// parallel: a lock directory keeps two of them from running tsup at once (its clean step would
// delete what the other wrote).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const cli = join(root, "dist", "node", "cli.js");

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Builds dist/ when dist/node/cli.js is missing (a checkout where `npm install` did not build). */
export function ensureBuilt(): void {
  const lock = join(root, "dist.building");
  for (let waited = 0; !existsSync(cli); waited += 500) {
    try {
      mkdirSync(lock);
    } catch {
      if (waited > 600_000) throw new Error(`${lock} is held for 10 minutes: remove it`);
      sleep(500); // another test file is building
      continue;
    }
    try {
      if (!existsSync(cli)) execFileSync("npx", ["tsup"], { cwd: root, stdio: "ignore" });
    } catch {
      // a declaration error elsewhere does not stop the JavaScript build; the check below decides
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    break;
  }
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build`);
}

/** Runs the built command in `cwd` with `input` on stdin; lines and parsed records of stdout. */
export function runCli(cwd: string, args: readonly string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, input: input ?? "", encoding: "utf8" });
  const lines = r.stdout.split("\n").filter((l) => l !== "");
  const parse = (l: string) => {
    try {
      return JSON.parse(l);
    } catch {
      return null;
    }
  };
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines, records: lines.map(parse) };
}
