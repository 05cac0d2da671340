import { Worker } from "node:worker_threads";
import { extract } from "../extract.js";
import type { InputRecord } from "./inputs.js";

/** One output line's content: the article with its id first, or `{ id, error }`. */
export interface Outcome {
  json: string;
  ok: boolean;
}

/**
 * Extracts one record into its JSON text (never throws: a failure is an `{ id, error }` object).
 * @example
 * processRecord({ id: "a.txt", text: "Đại tá Lê Văn An dự hội nghị." }, false); // { json: "{\"id\":\"a.txt\",…}", ok: true }
 * processRecord({ id: "b.txt", error: "binary file (NUL bytes), not text" }, false).ok; // false
 */
export function processRecord(rec: InputRecord, pretty: boolean): Outcome {
  if ("error" in rec) return { json: JSON.stringify({ id: rec.id, error: rec.error }), ok: false };
  try {
    const article = extract(
      rec.text,
      rec.publishedAt === undefined ? undefined : { publishedAt: rec.publishedAt },
    );
    return { json: JSON.stringify({ id: rec.id, ...article }, null, pretty ? 2 : undefined), ok: true };
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
  pretty: boolean;
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
  pretty: boolean,
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
      (workers[k] as Worker).postMessage({ seq: sent++, rec, pretty } satisfies Task);
      yield* settle(maxInFlight - 1);
    }
    yield* settle(0);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
