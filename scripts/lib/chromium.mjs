// Chromium as the tests and the bench launch it: Debian's /usr/bin/chromium driven by playwright-core,
// headless, no sandbox (CI runs as root), nothing phoning home, a fresh profile removed on close.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const CHROMIUM = "/usr/bin/chromium";

/** Why Chromium cannot run here, or null when it can. */
export async function chromiumMissing() {
  if (!existsSync(CHROMIUM))
    return `${CHROMIUM} is not installed (.ci/run installs Debian's chromium with apt-get)`;
  try {
    await import("playwright-core");
  } catch (e) {
    return `playwright-core is not installed: ${e instanceof Error ? e.message : String(e)}`;
  }
  return null;
}

/** Starts Chromium with a fresh profile; `close()` ends it and removes the profile. */
export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  const profile = mkdtempSync(join(tmpdir(), "cand-nlp-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // the user agent says only "156.0.0.0"; the binary says its full version
  const version =
    spawnSync(CHROMIUM, ["--version"], { encoding: "utf8" }).stdout.trim().split(" built")[0] ?? "";
  return {
    context,
    page,
    version,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
