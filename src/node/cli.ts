#!/usr/bin/env node
/**
 * The `cand-nlp` command: `extract` (articles → JSON Lines), `expand`, `schema`.
 * Node-only; the library itself imports no Node built-ins.
 */
import { readFileSync, realpathSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { articleJsonSchema, checkExtractOptions, expandAbbreviations, recordJsonSchema } from "../index.js";
import { DEFAULT_MAX_CHARS, decodeText, type InputRecord, jsonlRecords, textRecords } from "./inputs.js";
import { type Done, inWorkers, type LineFormat, type Outcome, processRecord, type Task } from "./run.js";

/** A flag of a command: its parseArgs type, the value it shows in help, its default and meaning. */
interface Flag {
  name: string;
  type: "string" | "boolean";
  short?: string;
  /** How help shows the value: `text|jsonl`, `DATE`, `N`. */
  value?: string;
  /** The default as help prints it; the code reads the same value from here. */
  default: string;
  help: string;
}

const HELP_FLAG: Flag = { name: "help", type: "boolean", short: "h", default: "off", help: "this help" };
const VERSION_FLAG: Flag = {
  name: "version",
  type: "boolean",
  short: "V",
  default: "off",
  help: "the version",
};

const EXTRACT_FLAGS: Flag[] = [
  {
    name: "input",
    type: "string",
    value: "text|jsonl",
    default: "text",
    help: 'text: each file is one article (directories walked for *.txt); jsonl: lines of {"id","text","publishedAt"?} (directories walked for *.jsonl)',
  },
  {
    name: "format",
    type: "string",
    value: "full|compact",
    default: "full",
    help: "compact: the values only, without offsets and sentences (see cand-nlp schema --format compact)",
  },
  {
    name: "published-at",
    type: "string",
    value: "DATE",
    default: "none",
    help: "publication date (ISO, e.g. 2022-01-21) of inputs without their own (no dateline, no publishedAt in the record)",
  },
  {
    name: "override-published-at",
    type: "string",
    value: "DATE",
    default: "none",
    help: "publication date of every input, over its dateline and its record's publishedAt",
  },
  {
    name: "max-chars",
    type: "string",
    value: "N",
    default: String(DEFAULT_MAX_CHARS),
    help: "a longer input is an error record and the run goes on",
  },
  {
    name: "jobs",
    type: "string",
    value: "N",
    default: "1",
    help: "worker threads; output keeps input order",
  },
  { name: "pretty", type: "boolean", default: "off", help: "indented JSON instead of one line per article" },
  { name: "quiet", type: "boolean", default: "off", help: "no summary on stderr" },
  HELP_FLAG,
  VERSION_FLAG,
];

const EXPAND_FLAGS: Flag[] = [
  {
    name: "style",
    type: "string",
    value: "replace|append",
    default: "replace",
    help: '"Công an thành phố" or "Công an thành phố (CATP)"',
  },
  {
    name: "published-at",
    type: "string",
    value: "DATE",
    default: "none",
    help: "picks the meaning of unit codes renamed over time",
  },
  HELP_FLAG,
  VERSION_FLAG,
];

const SCHEMA_FLAGS: Flag[] = [
  {
    name: "format",
    type: "string",
    value: "full|compact",
    default: "full",
    help: "the schema of the lines cand-nlp extract writes with this --format",
  },
  {
    name: "article",
    type: "boolean",
    default: "off",
    help: "the schema of an article as extract() returns it (no id, no error records)",
  },
  HELP_FLAG,
  VERSION_FLAG,
];

/** The options block of a command's help: every flag, its value and its default, wrapped at 100. */
function flagHelp(flags: readonly Flag[]): string {
  const left = flags.map(
    (f) => `${f.short ? `-${f.short}, ` : "    "}--${f.name}${f.value ? ` ${f.value}` : ""}`,
  );
  const width = Math.max(...left.map((l) => l.length)) + 4;
  return flags
    .map((f, i) => {
      const lines: string[] = [];
      let line = "";
      // the default stays whole on one line
      for (const word of [...f.help.split(" "), `(default: ${f.default})`]) {
        if (line !== "" && width + line.length + 1 + word.length > 100) {
          lines.push(line);
          line = word;
        } else line = line === "" ? word : `${line} ${word}`;
      }
      lines.push(line);
      return `  ${(left[i] as string).padEnd(width - 2)}${lines.join(`\n${" ".repeat(width)}`)}`;
    })
    .join("\n");
}

const HELP = `cand-nlp — Vietnamese public-security news to typed JSON

Usage:
  cand-nlp extract [options] [FILE|DIR|-]...   one JSON object per article per line (JSON Lines)
  cand-nlp expand [options] [FILE|-]           the text with abbreviations expanded
  cand-nlp schema [options]                    the JSON Schema of a line cand-nlp extract writes
  cand-nlp COMMAND --help                      help for a command
  cand-nlp --version

Run "cand-nlp extract --help" for the extract options.
`;

const HELP_EXTRACT = `Usage: cand-nlp extract [options] [FILE|DIR|-]...

Reads articles (files as given, directories walked, "-" or no input is stdin) and writes one JSON
object per article per line on stdout, each with "id" (the path as given, or the record's id).
Text files are UTF-8, or UTF-16 LE/BE with a byte-order mark. Every input yields exactly one
line: an article, or {"id", "error"} (unreadable, binary, invalid UTF-8, empty or too long text,
a malformed JSON line: "line:N", or "FILE:line:N" when several files are read). Blank JSON lines
are skipped and counted in the summary.

Options:
${flagHelp(EXTRACT_FLAGS)}

Exit status: 0 all records extracted, 1 some record failed, 2 usage error.
A summary (articles, errors, seconds, articles/s) goes to stderr; a progress line too when it is a terminal.
`;

const HELP_EXPAND = `Usage: cand-nlp expand [options] [FILE|-]

Prints the text with its abbreviations expanded ("CATP" → "Công an thành phố").

Options:
${flagHelp(EXPAND_FLAGS)}
`;

const HELP_SCHEMA = `Usage: cand-nlp schema [options]

Prints the JSON Schema (draft 2020-12) of one line "cand-nlp extract" writes: an article with its
"id", or an error record {"id", "error"}.

Options:
${flagHelp(SCHEMA_FLAGS)}
`;

class UsageError extends Error {}

type Values = Record<string, string | boolean | undefined>;

/**
 * A command's flags and positional arguments, by Node's own parser in strict mode: an unknown
 * flag, a missing or empty value, a value given to a boolean flag are usage errors (exit 2).
 */
function parseFlags(argv: readonly string[], flags: readonly Flag[]): { values: Values; args: string[] } {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const f of flags) options[f.name] = f.short ? { type: f.type, short: f.short } : { type: f.type };
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (e) {
    const err = e as Error & { code?: string };
    const name = /'(-[^' ]+)/.exec(err.message)?.[1] ?? "";
    if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(`unknown option ${name}`);
    if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && /missing|ambiguous/.test(err.message))
      throw new UsageError(`${name} needs a value`);
    if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new UsageError(`${name} takes no value`);
    throw new UsageError(err.message);
  }
  const values: Values = {};
  for (const f of flags) {
    const v = parsed.values[f.name];
    if (v === "") throw new UsageError(`--${f.name} needs a value`);
    values[f.name] = v ?? (f.type === "boolean" ? false : f.default === "none" ? undefined : f.default);
  }
  return { values, args: parsed.positionals };
}

async function printVersion(io: Io): Promise<number> {
  await write(io.stdout, `${version()}\n`);
  return 0;
}

/** A date flag, checked as `extract` checks `options.publishedAt`. */
function dateFlag(values: Values, name: string): string | undefined {
  const value = values[name] as string | undefined;
  if (value === undefined) return undefined;
  try {
    return checkExtractOptions({ publishedAt: value }).publishedAt ?? undefined;
  } catch (e) {
    throw new UsageError(`--${name}: ${(e as Error).message.replace(/^options\.publishedAt /, "")}`);
  }
}

/** A flag that is a whole number from 1 to `max`. */
function countFlag(values: Values, name: string, max: number): number {
  const value = String(values[name]);
  const n = /^[1-9]\d*$/.test(value) ? Number(value) : Number.NaN;
  if (!(n <= max)) throw new UsageError(`--${name} must be a whole number from 1 to ${max}, got "${value}"`);
  return n;
}

function choiceFlag<T extends string>(values: Values, name: string, choices: readonly T[]): T {
  const value = values[name] as string;
  if (!choices.includes(value as T))
    throw new UsageError(`--${name} must be ${choices.map((c) => `"${c}"`).join(" or ")}, got "${value}"`);
  return value as T;
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

async function write(out: NodeJS.WritableStream, s: string): Promise<void> {
  if (!out.write(s)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
}

async function runExtract(argv: readonly string[], io: Io): Promise<number> {
  const { values, args } = parseFlags(argv, EXTRACT_FLAGS);
  if (values.help) {
    await write(io.stdout, HELP_EXTRACT);
    return 0;
  }
  if (values.version) return printVersion(io);
  const input = choiceFlag(values, "input", ["text", "jsonl"] as const);
  const format: LineFormat = {
    compact: choiceFlag(values, "format", ["full", "compact"] as const) === "compact",
    pretty: values.pretty === true,
  };
  const jobs = countFlag(values, "jobs", 256);
  const maxChars = countFlag(values, "max-chars", 500_000_000);
  const options = {
    defaultPublishedAt: dateFlag(values, "published-at"),
    publishedAt: dateFlag(values, "override-published-at"),
    maxChars,
    counts: { blankLines: 0 },
  };
  const inputs = args.length === 0 ? ["-"] : args;
  const stdin = io.stdin as unknown as import("node:stream").Readable;
  const records: AsyncIterable<InputRecord> =
    input === "jsonl" ? jsonlRecords(inputs, stdin, options) : textRecords(inputs, stdin, options);

  const outcomes: AsyncIterable<Outcome> =
    jobs === 1
      ? (async function* () {
          for await (const rec of records) yield processRecord(rec, format);
        })()
      : inWorkers(records, jobs, format, selfUrl());

  const t0 = performance.now();
  let ok = 0;
  let failed = 0;
  const tty = io.stderr.isTTY === true && !values.quiet;
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
  if (!values.quiet) {
    const rate = seconds > 0 ? (ok + failed) / seconds : 0;
    const blank = input === "jsonl" ? `, ${options.counts.blankLines} blank lines skipped` : "";
    io.stderr.write(
      `${tty ? "\r" : ""}cand-nlp extract: ${ok} articles, ${failed} errors${blank}, ${seconds.toFixed(2)} s, ${rate.toFixed(1)} articles/s\n`,
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
  const { values, args } = parseFlags(argv, EXPAND_FLAGS);
  if (values.help) {
    await write(io.stdout, HELP_EXPAND);
    return 0;
  }
  if (values.version) return printVersion(io);
  if (args.length > 1) throw new UsageError("expand takes one input (a file or -)");
  const style = choiceFlag(values, "style", ["replace", "append"] as const);
  const publishedAt = dateFlag(values, "published-at");
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
  const { values, args } = parseFlags(argv, SCHEMA_FLAGS);
  if (values.help) {
    await write(io.stdout, HELP_SCHEMA);
    return 0;
  }
  if (values.version) return printVersion(io);
  if (args.length > 0) throw new UsageError("schema takes no arguments");
  const compact = choiceFlag(values, "format", ["full", "compact"] as const) === "compact";
  if (values.article && compact)
    throw new UsageError("--article is the schema of extract(): no --format compact");
  const schema = values.article ? articleJsonSchema() : recordJsonSchema({ compact });
  await write(io.stdout, `${JSON.stringify(schema, null, 2)}\n`);
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
    parentPort?.postMessage({ seq: task.seq, out: processRecord(task.rec, task.format) } satisfies Done);
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
