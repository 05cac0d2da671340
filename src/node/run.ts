import { Worker } from "node:worker_threads";
import { compactRecord, type ExtractOptions, extract } from "../index.js";
import type { InputRecord } from "./inputs.js";

/** One output line's content: the article with its id first, or `{ id, error }`. */
export interface Outcome {
  json: string;
  ok: boolean;
}

/** How an output line is written. */
export interface LineFormat {
  /** Indented JSON instead of one line. */
  pretty?: boolean;
  /** The values without offsets and sentences (see compactRecord). */
  compact?: boolean;
}

/**
 * Extracts one record into its JSON text (never throws: a failure is an `{ id, error }` object).
 * @example
 * processRecord({ id: "a.txt", text: "Đại tá Lê Văn An dự hội nghị." }); // { json: "{\"id\":\"a.txt\",…}", ok: true }
 * processRecord({ id: "b.txt", error: "binary file (NUL bytes), not text" }).ok; // false
 */
export function processRecord(rec: InputRecord, format: LineFormat | boolean = {}): Outcome {
  const { pretty = false, compact = false } = typeof format === "boolean" ? { pretty: format } : format;
  if ("error" in rec) return { json: JSON.stringify({ id: rec.id, error: rec.error }), ok: false };
  try {
    const options: ExtractOptions = {};
    if (rec.publishedAt !== undefined) options.publishedAt = rec.publishedAt;
    if (rec.defaultPublishedAt !== undefined) options.defaultPublishedAt = rec.defaultPublishedAt;
    const record = { id: rec.id, ...extract(rec.text, options) };
    return {
      json: JSON.stringify(compact ? compactRecord(record) : record, null, pretty ? 2 : undefined),
      ok: true,
    };
  } catch (e) {
    return {
      json: JSON.stringify({ id: rec.id, error: e instanceof Error ? e.message : String(e) }),
      ok: false,
    };
  }
}

/** Messages between the CLI and its worker threads. */
export interface Task {
  seq: number;
  rec: InputRecord;
  format: LineFormat;
}
export interface Done {
  seq: number;
  out: Outcome;
}

/**
 * Runs records through `jobs` worker threads (the module at `workerUrl`, started with
 * `workerData: { candNlpWorker: true }`) and yields outcomes in input order. At most `jobs * 8`
 * records are in flight, so memory stays flat however long the input is.
 */
export async function* inWorkers(
  records: AsyncIterable<InputRecord>,
  jobs: number,
  format: LineFormat,
  workerUrl: URL | string,
): AsyncGenerator<Outcome> {
  const workers = Array.from(
    { length: jobs },
    () => new Worker(workerUrl, { workerData: { candNlpWorker: true } }),
  );
  const done = new Map<number, Outcome>();
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  const load = new Array<number>(jobs).fill(0);
  for (const [k, w] of workers.entries()) {
    w.on("message", (m: Done) => {
      done.set(m.seq, m.out);
      load[k] = (load[k] ?? 1) - 1;
      wake?.();
    });
    w.on("error", (e) => {
      failure = e;
      wake?.();
    });
  }
  const wait = () =>
    new Promise<void>((resolve) => {
      wake = () => {
        wake = null;
        resolve();
      };
    });
  const maxInFlight = jobs * 8;
  let sent = 0;
  let next = 0;
  /** Yields finished records in input order until at most `inFlight` are still out. */
  async function* settle(inFlight: number): AsyncGenerator<Outcome> {
    while (sent - next > inFlight) {
      if (failure) throw failure;
      if (!done.has(next)) await wait();
      while (done.has(next)) {
        const out = done.get(next) as Outcome;
        done.delete(next++);
        yield out;
      }
    }
  }
  try {
    for await (const rec of records) {
      // the least loaded worker takes the record
      let k = 0;
      for (let j = 1; j < jobs; j++) if ((load[j] ?? 0) < (load[k] ?? 0)) k = j;
      load[k] = (load[k] ?? 0) + 1;
      (workers[k] as Worker).postMessage({ seq: sent++, rec, format } satisfies Task);
      yield* settle(maxInFlight - 1);
    }
    yield* settle(0);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
