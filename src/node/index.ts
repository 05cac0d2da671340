/**
 * Node-only helpers around extract(): file walking, plain-text and JSON Lines readers, and the
 * record processor the `cand-nlp` command uses. Import from "cand-nlp/node".
 * @module
 */
import { type ArticleRecord, type ErrorRecord, type ExtractOptions, extract } from "../index.js";
import { type InputRecord, jsonlRecords, type RecordOptions, textRecords } from "./inputs.js";

export {
  DEFAULT_MAX_CHARS,
  decodeText,
  type InputRecord,
  jsonlRecords,
  type RecordOptions,
  textProblem,
  textRecords,
  walk,
} from "./inputs.js";
export { type LineFormat, type Outcome, processRecord } from "./run.js";

/** One result of {@link extractFiles}: an article with its id, or the id and why it failed. */
export type FileResult = ArticleRecord | ErrorRecord;

/**
 * Extracts every article of the given files and directories (walked for *.txt, or *.jsonl with
 * `input: "jsonl"`), one at a time, in order. Memory stays flat: inputs are read lazily.
 * `defaultPublishedAt` dates the inputs without a date of their own, `publishedAt` overrides
 * every input's date, `maxChars` (default 1,000,000) turns a longer text into an error record.
 * @example
 * for await (const r of extractFiles(["articles/"])) if (!("error" in r)) console.log(r.id, r.events.length);
 */
export async function* extractFiles(
  paths: readonly string[],
  options: { input?: "text" | "jsonl" } & RecordOptions = {},
): AsyncGenerator<FileResult> {
  const stdin = process.stdin;
  const records: AsyncIterable<InputRecord> =
    options.input === "jsonl" ? jsonlRecords(paths, stdin, options) : textRecords(paths, stdin, options);
  for await (const rec of records) {
    if ("error" in rec) {
      yield rec;
      continue;
    }
    try {
      const opts: ExtractOptions = {};
      if (rec.publishedAt !== undefined) opts.publishedAt = rec.publishedAt;
      if (rec.defaultPublishedAt !== undefined) opts.defaultPublishedAt = rec.defaultPublishedAt;
      yield { id: rec.id, ...extract(rec.text, opts) };
    } catch (e) {
      yield { id: rec.id, error: e instanceof Error ? e.message : String(e) };
    }
  }
}
