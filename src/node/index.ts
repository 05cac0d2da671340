/**
 * Node-only helpers around extract(): file walking, plain-text and JSON Lines readers, and the
 * record processor the `cand-nlp` command uses. Import from "cand-nlp/node".
 * @module
 */
import { extract } from "../extract.js";
import type { ExtractOptions } from "../options.js";
import type { Article } from "../schema.js";
import { type InputRecord, jsonlRecords, textRecords } from "./inputs.js";

export { decodeText, type InputRecord, jsonlRecords, textRecords, walk } from "./inputs.js";
export { type Outcome, processRecord } from "./run.js";

/** One result of {@link extractFiles}: an article with its id, or the id and why it failed. */
export type FileResult = ({ id: string } & Article) | { id: string; error: string };

/**
 * Extracts every article of the given files and directories (walked for *.txt, or *.jsonl with
 * `input: "jsonl"`), one at a time, in order. Memory stays flat: inputs are read lazily.
 * @example
 * for await (const r of extractFiles(["articles/"])) if (!("error" in r)) console.log(r.id, r.events.length);
 */
export async function* extractFiles(
  paths: readonly string[],
  options: { input?: "text" | "jsonl"; publishedAt?: string } = {},
): AsyncGenerator<FileResult> {
  const stdin = process.stdin;
  const records: AsyncIterable<InputRecord> =
    options.input === "jsonl"
      ? jsonlRecords(paths, stdin, options.publishedAt)
      : textRecords(paths, stdin, options.publishedAt);
  for await (const rec of records) {
    if ("error" in rec) {
      yield rec;
      continue;
    }
    try {
      const opts: ExtractOptions | undefined =
        rec.publishedAt === undefined ? undefined : { publishedAt: rec.publishedAt };
      yield { id: rec.id, ...extract(rec.text, opts) };
    } catch (e) {
      yield { id: rec.id, error: e instanceof Error ? e.message : String(e) };
    }
  }
}
