// The built package (dist/), shared by every test that runs what users run. `npm test` comes before
// `npm run build` in CI, so the first test file that needs dist/ builds it; the others wait for that
// build instead of starting their own (a second `tsup` would clean dist/ under the first).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
const required = [
  "dist/index.js",
  "dist/index.cjs",
  "dist/node/cli.js",
  "dist/node/cli.cjs",
  "dist/node/node.cjs",
];
const lock = join(root, ".cache", "dist-build.lock");

const complete = () => required.every((f) => existsSync(join(root, f)));

function holderAlive(): boolean {
  try {
    const pid = Number(readFileSync(join(lock, "pid"), "utf8"));
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Builds dist/ with tsup unless it is there; waits for a build another test file started. */
export async function ensureDist(): Promise<void> {
  for (let waited = 0; waited < 600_000; waited += 500) {
    if (complete() && !existsSync(lock)) return;
    mkdirSync(join(root, ".cache"), { recursive: true });
    let mine = false;
    try {
      mkdirSync(lock);
      mine = true;
    } catch {
      // someone holds the lock: a live builder is waited for, a dead one's lock is removed
      if (!holderAlive() && existsSync(join(lock, "pid"))) rmSync(lock, { recursive: true, force: true });
    }
    if (mine) {
      try {
        writeFileSync(join(lock, "pid"), String(process.pid));
        if (!complete()) {
          try {
            execFileSync("npx", ["tsup"], { cwd: root, stdio: "ignore" });
          } catch {
            // a declaration error elsewhere does not stop the JavaScript build; the check below decides
          }
        }
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
      if (!complete()) throw new Error(`dist/ is incomplete after npx tsup (need ${required.join(", ")})`);
      return;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("gave up waiting for another test's build of dist/");
}
