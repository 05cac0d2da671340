#!/usr/bin/env node
/**
 * The `cand-nlp` command: `extract` (articles → JSON Lines), `expand`, `schema`.
 * Node-only; the library itself imports no Node built-ins.
 */
import { readFileSync, realpathSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { expandAbbreviations } from "../abbreviations/index.js";
import { checkExtractOptions } from "../options.js";
import { articleJsonSchema } from "../schema.js";
import { decodeText, type InputRecord, jsonlRecords, textRecords } from "./inputs.js";
import { type Done, inWorkers, type Outcome, processRecord, type Task } from "./run.js";

const HELP = `cand-nlp — Vietnamese public-security news to typed JSON

Usage:
  cand-nlp extract [options] [FILE|DIR|-]...   one JSON object per article per line (JSON Lines)
  cand-nlp expand [options] [FILE|-]           the text with abbreviations expanded
  cand-nlp schema                              the JSON Schema of an extracted article
  cand-nlp COMMAND --help                      help for a command
  cand-nlp --version

Run "cand-nlp extract --help" for the extract options.
`;

const HELP_EXTRACT = `Usage: cand-nlp extract [options] [FILE|DIR|-]...

Reads plain-text articles (directories are walked for *.txt; "-" or no input is stdin) and writes
one JSON object per article per line on stdout, each with "id" (the path as given, or the record's
id). Every input yields exactly one line: an article, or {"id", "error"}.

Options:
  --input text|jsonl    input format (default text); jsonl: lines of {"id","text","publishedAt"?},
                        directories walked for *.jsonl; a malformed line yields {"id":"line:N","error"}
  --published-at DATE   publication date (ISO, e.g. 2022-01-21) for inputs without their own
  --jobs N              worker threads (default 1); output keeps input order
  --pretty              indented JSON instead of one line per article
  --quiet               no summary on stderr
  -h, --help            this help

Exit status: 0 all records extracted, 1 some record failed, 2 usage error.
A summary (articles, errors, seconds, articles/s) goes to stderr; a progress line too when it is a terminal.
`;

const HELP_EXPAND = `Usage: cand-nlp expand [options] [FILE|-]

Prints the text with its abbreviations expanded ("CATP" → "Công an thành phố").

Options:
  --style replace|append   "Công an thành phố" (default) or "Công an thành phố (CATP)"
  --published-at DATE      picks the meaning of unit codes renamed over time
  -h, --help               this help
`;

const HELP_SCHEMA = `Usage: cand-nlp schema

Prints the JSON Schema (draft 2020-12) of the objects "cand-nlp extract" writes.
`;

class UsageError extends Error {}

async function printVersion(io: Io): Promise<number> {
  await write(io.stdout, `${version()}\n`);
  return 0;
}

/** `--published-at`, checked as `extract` would check `options.publishedAt`. */
function publishedAtFlag(flags: Map<string, string | true>): string | undefined {
  const publishedAt = flags.get("--published-at") as string | undefined;
  if (publishedAt !== undefined) {
    try {
      checkExtractOptions({ publishedAt });
    } catch (e) {
      throw new UsageError(`--published-at: ${(e as Error).message}`);
    }
  }
  return publishedAt;
}

interface Io {
  stdin: NodeJS.ReadableStream & AsyncIterable<unknown>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/**
 * This file's own path: the worker threads run it too. The CommonJS build has `__filename`; the
 * ES module build is the script node runs (`process.argv[1]`), so no `import.meta` is needed and
 * both builds parse.
 */
function selfUrl(): string {
  // biome-ignore lint/suspicious/noExplicitAny: __filename exists only in the CommonJS build
  if (typeof __filename === "string") return __filename as any as string;
  // the bin is often a symlink without an extension (node_modules/.bin/cand-nlp): the real file
  // tells node it is an ES module
  const script = resolve(process.argv[1] ?? "cli.js");
  try {
    return realpathSync(script);
  } catch {
    return script;
  }
}

function version(): string {
  try {
    const here = selfUrl();
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", pathToFileURL(here)), "utf8"));
    return String(pkg.version);
  } catch {
    return "unknown";
  }
}

interface Parsed {
  flags: Map<string, string | true>;
  args: string[];
}

/** Flags of a command: `--name value`, `--name=value`, boolean flags; unknown ones are usage errors. */
function parseFlags(argv: readonly string[], valued: readonly string[], bools: readonly string[]): Parsed {
  const flags = new Map<string, string | true>();
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--") {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a === "-h") {
      flags.set("--help", true);
      continue;
    }
    if (!a.startsWith("--") || a === "-") {
      if (a.startsWith("-") && a !== "-") throw new UsageError(`unknown option ${a}`);
      args.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq >= 0 ? a.slice(0, eq) : a;
    if (valued.includes(name)) {
      const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "") throw new UsageError(`${name} needs a value`);
      flags.set(name, value);
    } else if (bools.includes(name) && eq < 0) flags.set(name, true);
    else throw new UsageError(`unknown option ${name}`);
  }
  return { flags, args };
}

async function write(out: NodeJS.WritableStream, s: string): Promise<void> {
  if (!out.write(s)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
}

async function runExtract(argv: readonly string[], io: Io): Promise<number> {
  const { flags, args } = parseFlags(
    argv,
    ["--input", "--published-at", "--jobs"],
    ["--pretty", "--quiet", "--help", "--version"],
  );
  if (flags.has("--help")) {
    await write(io.stdout, HELP_EXTRACT);
    return 0;
  }
  if (flags.has("--version")) return printVersion(io);
  const format = (flags.get("--input") as string | undefined) ?? "text";
  if (format !== "text" && format !== "jsonl")
    throw new UsageError(`--input must be "text" or "jsonl", got "${format}"`);
  const jobsFlag = (flags.get("--jobs") as string | undefined) ?? "1";
  if (!/^[1-9]\d{0,2}$/.test(jobsFlag))
    throw new UsageError(`--jobs must be a whole number from 1, got "${jobsFlag}"`);
  const jobs = Number(jobsFlag);
  const publishedAt = publishedAtFlag(flags);
  const pretty = flags.has("--pretty");
  const inputs = args.length === 0 ? ["-"] : args;
  const stdin = io.stdin as unknown as import("node:stream").Readable;
  const records: AsyncIterable<InputRecord> =
    format === "jsonl" ? jsonlRecords(inputs, stdin, publishedAt) : textRecords(inputs, stdin, publishedAt);

  const outcomes: AsyncIterable<Outcome> =
    jobs === 1
      ? (async function* () {
          for await (const rec of records) yield processRecord(rec, pretty);
        })()
      : inWorkers(records, jobs, pretty, selfUrl());

  const t0 = performance.now();
  let ok = 0;
  let failed = 0;
  const tty = io.stderr.isTTY === true && !flags.has("--quiet");
  let lastProgress = 0;
  for await (const out of outcomes) {
    if (out.ok) ok++;
    else failed++;
    await write(io.stdout, `${out.json}\n`);
    if (tty) {
      const now = performance.now();
      if (now - lastProgress > 250) {
        lastProgress = now;
        const n = ok + failed;
        io.stderr.write(
          `\r${n} articles, ${failed} errors, ${(n / ((now - t0) / 1000)).toFixed(1)} articles/s`,
        );
      }
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  if (!flags.has("--quiet")) {
    const rate = seconds > 0 ? (ok + failed) / seconds : 0;
    io.stderr.write(
      `${tty ? "\r" : ""}cand-nlp extract: ${ok} articles, ${failed} errors, ${seconds.toFixed(2)} s, ${rate.toFixed(1)} articles/s\n`,
    );
  }
  return failed > 0 ? 1 : 0;
}

async function readInput(path: string, io: Io): Promise<string> {
  let bytes: Uint8Array;
  if (path === "-") {
    const chunks: Buffer[] = [];
    for await (const c of io.stdin) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
    bytes = Buffer.concat(chunks);
  } else bytes = await readFile(path);
  const decoded = decodeText(bytes);
  if ("error" in decoded) throw new Error(`${path}: ${decoded.error}`);
  return decoded.text;
}

async function runExpand(argv: readonly string[], io: Io): Promise<number> {
  const { flags, args } = parseFlags(argv, ["--style", "--published-at"], ["--help", "--version"]);
  if (flags.has("--help")) {
    await write(io.stdout, HELP_EXPAND);
    return 0;
  }
  if (flags.has("--version")) return printVersion(io);
  if (args.length > 1) throw new UsageError("expand takes one input (a file or -)");
  const style = (flags.get("--style") as string | undefined) ?? "replace";
  if (style !== "replace" && style !== "append")
    throw new UsageError(`--style must be "replace" or "append", got "${style}"`);
  const publishedAt = publishedAtFlag(flags);
  let text: string;
  try {
    text = await readInput(args[0] ?? "-", io);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    io.stderr.write(`cand-nlp expand: ${err.code === "ENOENT" ? `${args[0]}: no such file` : err.message}\n`);
    return 1;
  }
  await write(
    io.stdout,
    expandAbbreviations(text, { style, ...(publishedAt === undefined ? {} : { publishedAt }) }),
  );
  return 0;
}

async function runSchema(argv: readonly string[], io: Io): Promise<number> {
  const { flags, args } = parseFlags(argv, [], ["--help", "--version"]);
  if (flags.has("--help")) {
    await write(io.stdout, HELP_SCHEMA);
    return 0;
  }
  if (flags.has("--version")) return printVersion(io);
  if (args.length > 0) throw new UsageError("schema takes no arguments");
  await write(io.stdout, `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
  return 0;
}

/** Runs the command line `argv` (without node and the script). Returns the exit status. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "extract":
        return await runExtract(rest, io);
      case "expand":
        return await runExpand(rest, io);
      case "schema":
        return await runSchema(rest, io);
      case "--version":
      case "-V":
        return await printVersion(io);
      case "--help":
      case "-h":
      case "help":
        await write(io.stdout, HELP);
        return 0;
      case undefined:
        io.stderr.write(HELP);
        return 2;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`cand-nlp: ${e.message}\nRun "cand-nlp --help" for usage.\n`);
      return 2;
    }
    throw e;
  }
}

if (!isMainThread && (workerData as { candNlpWorker?: boolean } | null)?.candNlpWorker === true) {
  parentPort?.on("message", (task: Task) => {
    parentPort?.postMessage({ seq: task.seq, out: processRecord(task.rec, task.pretty) } satisfies Done);
  });
} else if (isMainThread) {
  // a closed pipe (`| head`) ends the run quietly
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`cand-nlp: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
