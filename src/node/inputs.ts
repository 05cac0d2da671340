import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";

/** One unit of work: an article to extract, or an input that failed before extraction. */
export type InputRecord =
  | { id: string; text: string; publishedAt?: string | undefined }
  | { id: string; error: string };

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Text of a file's bytes; binary content (NUL bytes) and invalid UTF-8 are errors, not articles.
 * @example
 * decodeText(new TextEncoder().encode("Chiều 19-1")); // { text: "Chiều 19-1" }
 * decodeText(new Uint8Array([0x50, 0, 0x47])); // { error: "binary file (NUL bytes), not text" }
 */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) if (bytes[i] === 0) return { error: "binary file (NUL bytes), not text" };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return { error: "not valid UTF-8 text" };
  }
}

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

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
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
  publishedAt: string | undefined,
): AsyncGenerator<InputRecord> {
  for await (const path of walk(paths, [".txt"])) {
    let bytes: Uint8Array;
    try {
      bytes = path === "-" ? await readAll(stdin) : await readFile(path);
    } catch (e) {
      yield { id: path, error: reason(e) };
      continue;
    }
    const decoded = decodeText(bytes);
    if ("error" in decoded) yield { id: path, error: decoded.error };
    else yield { id: path, text: decoded.text, publishedAt };
  }
}

/**
 * JSON Lines inputs: each line `{ id, text, publishedAt? }` is one article. A malformed line is
 * `{ id: "line:N", error }`; a record without a string `text` is `{ id, error }`. Blank lines are skipped.
 * @example
 * // records.jsonl: {"id":"r1","text":"Sáng 15-1, Công an huyện tổ chức hội nghị."}
 * for await (const rec of jsonlRecords(["records.jsonl"], process.stdin)) console.log(rec.id); // "r1"
 */
export async function* jsonlRecords(
  paths: readonly string[],
  stdin: Readable,
  publishedAt: string | undefined,
): AsyncGenerator<InputRecord> {
  for await (const path of walk(paths, [".jsonl", ".ndjson"])) {
    let stream: Readable;
    if (path === "-") stream = stdin;
    else {
      try {
        const s = await stat(path);
        if (s.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
      } catch (e) {
        yield { id: path, error: reason(e) };
        continue;
      }
      stream = createReadStream(path);
    }
    let n = 0;
    const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
    try {
      for await (const line of lines) {
        n++;
        if (line.trim() === "") continue;
        yield parseRecord(line, n, publishedAt);
      }
    } catch (e) {
      yield { id: path, error: reason(e) };
    }
  }
}

function parseRecord(line: string, n: number, publishedAt: string | undefined): InputRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: `line:${n}`, error: "malformed JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { id: `line:${n}`, error: "not a JSON object" };
  const r = value as Record<string, unknown>;
  const id = typeof r.id === "string" || typeof r.id === "number" ? String(r.id) : `line:${n}`;
  if (typeof r.text !== "string") return { id, error: "record has no text" };
  if (r.publishedAt !== undefined && r.publishedAt !== null && typeof r.publishedAt !== "string")
    return { id, error: "publishedAt must be an ISO date string" };
  return { id, text: r.text, publishedAt: (r.publishedAt as string | undefined) ?? publishedAt };
}
