import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { checkExtractOptions } from "../index.js";

/** One unit of work: an article to extract, or an input that failed before extraction. */
export type InputRecord =
  | {
      id: string;
      text: string;
      /** The record's own date, or the run's override: wins over the text's dateline. */
      publishedAt?: string | undefined;
      /** The run's fallback for a text without a dateline. */
      defaultPublishedAt?: string | undefined;
    }
  | { id: string; error: string };

/** How records are read (the `cand-nlp extract` flags of the same names). */
export interface RecordOptions {
  /** Overrides every input's date, its dateline and a JSON record's own `publishedAt` alike. */
  publishedAt?: string | undefined;
  /** The date of inputs without one of their own (no dateline, no `publishedAt` in the record). */
  defaultPublishedAt?: string | undefined;
  /** A longer text is an error record (default {@link DEFAULT_MAX_CHARS}). */
  maxChars?: number | undefined;
  /** Filled in while reading: JSON Lines skipped because they were blank. */
  counts?: { blankLines: number } | undefined;
}

/**
 * The longest text, in UTF-16 code units, extracted by default: about ten times the longest news
 * article, and small enough that one input cannot take minutes and gigabytes of heap.
 */
export const DEFAULT_MAX_CHARS = 1_000_000;

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const UTF16LE = new TextDecoder("utf-16le", { fatal: true });
const UTF16BE = new TextDecoder("utf-16be", { fatal: true });

/**
 * Text of a file's bytes: UTF-8 (with or without a byte-order mark), or UTF-16 LE/BE with its
 * byte-order mark. Binary content (NUL bytes in UTF-8) and invalid UTF-8 or UTF-16 are errors.
 * @example
 * decodeText(new TextEncoder().encode("Chiều 19-1")); // { text: "Chiều 19-1" }
 * decodeText(new Uint8Array([0x50, 0, 0x47])); // { error: "binary file (NUL bytes), not text" }
 */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  const [b0, b1] = bytes;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    try {
      return { text: (b0 === 0xff ? UTF16LE : UTF16BE).decode(bytes.subarray(2)) };
    } catch {
      return { error: "not valid UTF-16 text" };
    }
  }
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) if (bytes[i] === 0) return { error: "binary file (NUL bytes), not text" };
  try {
    return { text: UTF8.decode(bytes) }; // the decoder drops a UTF-8 byte-order mark
  } catch {
    return { error: "not valid UTF-8 text" };
  }
}

/** Only spaces of any kind, zero-width ones and byte-order marks: nothing to extract. */
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;

/**
 * Why a decoded text cannot be an article (empty, too long), or null when it can.
 * @example
 * textProblem("  \n"); // "empty text"
 * textProblem("Sáng 5/3, Công an xã ra quân."); // null
 */
export function textProblem(text: string, maxChars: number = DEFAULT_MAX_CHARS): string | null {
  if (text.length > maxChars) return tooLong(maxChars);
  if (BLANK.test(text)) return "empty text";
  return null;
}

const tooLong = (maxChars: number) => `text longer than ${maxChars} characters (--max-chars)`;

/**
 * Bytes past which a text surely has more than `maxChars` UTF-16 code units: UTF-8 spends at most
 * 3 bytes on one, UTF-16 2 (plus a byte-order mark). Larger inputs are refused unread.
 */
const byteLimit = (maxChars: number) => maxChars * 3 + 3;

const reason = (e: unknown): string => {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === "ENOENT") return "no such file or directory";
  if (err?.code === "EACCES") return "permission denied";
  if (err?.code === "EISDIR") return "is a directory";
  return err?.message ?? String(e);
};

/**
 * Paths as given, directories walked (sorted, depth first) for files ending in one of `exts`.
 * A path that cannot be read is yielded as is; reading it reports the error.
 * @example
 * for await (const path of walk(["articles/"], [".txt"])) console.log(path); // "articles/2024/a.txt", …
 */
export async function* walk(paths: readonly string[], exts: readonly string[]): AsyncGenerator<string> {
  for (const path of paths) {
    if (path === "-") {
      yield path;
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) {
      yield path;
      continue;
    }
    yield* walkDir(path, exts);
  }
}

async function* walkDir(dir: string, exts: readonly string[]): AsyncGenerator<string> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    yield dir;
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walkDir(p, exts);
    else if (exts.some((x) => e.name.endsWith(x))) yield p;
  }
}

/** A stream's bytes, or null once they pass `limit` (the rest is read and dropped). */
async function readAll(stream: Readable, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    if (size > limit) continue;
    const b = typeof c === "string" ? Buffer.from(c) : (c as Buffer);
    size += b.length;
    chunks.push(b);
  }
  return size > limit ? null : Buffer.concat(chunks);
}

/** The record of one text (its dates as the options say), or why it cannot be one. */
function textRecord(id: string, text: string, options: RecordOptions): InputRecord {
  const problem = textProblem(text, options.maxChars ?? DEFAULT_MAX_CHARS);
  if (problem !== null) return { id, error: problem };
  return { id, text, publishedAt: options.publishedAt, defaultPublishedAt: options.defaultPublishedAt };
}

/**
 * Plain-text inputs: each file (or stdin, `-`) is one article, its id the path as given.
 * @example
 * for await (const rec of textRecords(["articles/"], process.stdin)) {
 *   if ("error" in rec) console.error(rec.id, rec.error); // e.g. "articles/scan.txt binary file (NUL bytes), not text"
 *   else console.log(rec.id, rec.text.length);
 * }
 */
export async function* textRecords(
  paths: readonly string[],
  stdin: Readable,
  options: RecordOptions = {},
): AsyncGenerator<InputRecord> {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  for await (const path of walk(paths, [".txt"])) {
    let bytes: Uint8Array | null;
    try {
      if (path === "-") bytes = await readAll(stdin, byteLimit(maxChars));
      else bytes = (await stat(path)).size > byteLimit(maxChars) ? null : await readFile(path);
    } catch (e) {
      yield { id: path, error: reason(e) };
      continue;
    }
    if (bytes === null) {
      yield { id: path, error: tooLong(maxChars) };
      continue;
    }
    const decoded = decodeText(bytes);
    yield "error" in decoded ? { id: path, error: decoded.error } : textRecord(path, decoded.text, options);
  }
}

/**
 * The lines of a byte stream, without their line end (`\n` or `\r\n`). A line longer than
 * `limit` bytes is not kept: it comes out as null, its bytes dropped as they arrive.
 */
async function* byteLines(stream: Readable, limit: number): AsyncGenerator<Buffer | null> {
  let parts: Buffer[] = [];
  let size = 0;
  let overlong = false;
  const finish = (tail: Buffer): Buffer | null => {
    let line: Buffer | null = null;
    if (!overlong && size + tail.length <= limit) {
      line = parts.length === 0 ? tail : Buffer.concat([...parts, tail]);
      if (line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    }
    parts = [];
    size = 0;
    overlong = false;
    return line;
  };
  for await (const c of stream) {
    const chunk = typeof c === "string" ? Buffer.from(c) : (c as Buffer);
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      yield finish(chunk.subarray(from, nl));
      from = nl + 1;
    }
    const rest = chunk.subarray(from);
    if (rest.length === 0 || overlong) continue;
    size += rest.length;
    if (size > limit) {
      overlong = true;
      parts = [];
    } else parts.push(rest);
  }
  if (size > 0 || overlong) yield finish(Buffer.alloc(0));
}

/**
 * JSON Lines inputs: each line `{ id, text, publishedAt? }` is one article. A line that is not
 * such a record is `{ id, error }`, its id `line:N` (`file:line:N` when several files are read)
 * unless the record has one. Blank lines are skipped (and counted in `options.counts`).
 * @example
 * // records.jsonl: {"id":"r1","text":"Sáng 15-1, Công an huyện tổ chức hội nghị."}
 * for await (const rec of jsonlRecords(["records.jsonl"], process.stdin)) console.log(rec.id); // "r1"
 */
export async function* jsonlRecords(
  paths: readonly string[],
  stdin: Readable,
  options: RecordOptions = {},
): AsyncGenerator<InputRecord> {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const files: string[] = [];
  for await (const path of walk(paths, [".jsonl", ".ndjson"])) files.push(path);
  const several = files.length > 1;
  for (const path of files) {
    const lineId = (n: number) => (several ? `${path}:line:${n}` : `line:${n}`);
    let stream: Readable;
    if (path === "-") stream = stdin;
    else {
      try {
        if ((await stat(path)).isDirectory())
          throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
      } catch (e) {
        yield { id: path, error: reason(e) };
        continue;
      }
      stream = createReadStream(path);
    }
    let n = 0;
    try {
      // a JSON string spends at most 6 bytes (`\uXXXX`) on one UTF-16 code unit of its text
      for await (const bytes of byteLines(stream, maxChars * 6 + 4096)) {
        n++;
        if (bytes === null) {
          yield { id: lineId(n), error: tooLong(maxChars) };
          continue;
        }
        let line: string;
        try {
          line = UTF8.decode(bytes);
        } catch {
          yield { id: lineId(n), error: "not valid UTF-8 text" };
          continue;
        }
        if (BLANK.test(line)) {
          if (options.counts) options.counts.blankLines++;
          continue;
        }
        yield parseRecord(line, lineId(n), options);
      }
    } catch (e) {
      yield { id: path, error: reason(e) };
    }
  }
}

function parseRecord(line: string, lineId: string, options: RecordOptions): InputRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: lineId, error: "malformed JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { id: lineId, error: "not a JSON object" };
  const r = value as Record<string, unknown>;
  const id = typeof r.id === "string" || typeof r.id === "number" ? String(r.id) : lineId;
  if (typeof r.text !== "string") return { id, error: "record has no text" };
  let own: string | undefined;
  if (r.publishedAt !== undefined && r.publishedAt !== null) {
    try {
      own = checkExtractOptions({ publishedAt: r.publishedAt }).publishedAt ?? undefined;
    } catch {
      return { id, error: 'publishedAt must be an ISO date string ("2022-01-21", "2022-01-21T09:52")' };
    }
  }
  const record = textRecord(id, r.text, options);
  if ("error" in record || options.publishedAt !== undefined || own === undefined) return record;
  return { ...record, publishedAt: own };
}
