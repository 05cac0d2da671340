// The built command line (dist/node/cli.js), run as users run it. dist/ itself is built once for
// every test file by ../support/dist.ts (ensureDist).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { root } from "../support/dist.js";

export { root };
export const cli = join(root, "dist", "node", "cli.js");

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
