/**
 * The records a pipeline stores: an article with the id of its input, or an error record saying
 * why an input gave no article. These are the lines `cand-nlp extract` writes, and what `toRows`
 * reads. Their schemas are built from ArticleSchema, so a field added to Article is in them too.
 * @module
 */
import * as z from "zod/mini";
import { ArticleSchema } from "./schema.js";

/** An extracted article with the id of its input (a path as given, or a JSON record's id). */
export const ArticleRecordSchema = z.extend(ArticleSchema, {
  /** The path as given, or the JSON record's `id` (else `line:N`, `file:line:N` with several files). */
  id: z.string(),
});
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

/** An input that gave no article: `{ "id": "missing.txt", "error": "no such file or directory" }`. */
export const ErrorRecordSchema = z.object({
  id: z.string(),
  /** Why, in a few words: "empty text", "not valid UTF-8 text", "malformed JSON", … */
  error: z.string(),
});
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;

/** One line of `cand-nlp extract`: an article record or an error record. */
export const RecordSchema = z.union([ArticleRecordSchema, ErrorRecordSchema]);
export type ArticleOrError = z.infer<typeof RecordSchema>;

/**
 * True for an error record (`{ id, error }`), false for an article.
 * @example
 * isErrorRecord({ id: "line:3", error: "malformed JSON" }); // true
 * isErrorRecord({ id: "a.txt", ...extract("Sáng 5/3, Công an xã tổ chức ra quân.") }); // false
 */
export function isErrorRecord(r: unknown): r is ErrorRecord {
  return typeof r === "object" && r !== null && typeof (r as { error?: unknown }).error === "string";
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The compact form of a record: the values without their offsets. Every span-bearing object drops
 * `start` and `end`; a bare span (`{ start, end, text }`: the body, a trigger, a mention) becomes
 * its text; the article's `sentences` are left out. One rule for values and schema alike
 * ({@link compactJsonSchema}), so a field added later is compacted the same way in both.
 * @example
 * compactRecord({ id: "a.txt", ...extract("Đại tá Lê Văn An dự hội nghị.") }).persons[0].mentions; // ["Đại tá Lê Văn An"]
 */
export function compactRecord<T>(record: T): Json {
  const go = (v: unknown): Json => {
    if (Array.isArray(v)) return v.map(go);
    if (!isObject(v)) return v as Json;
    const spanLike = typeof v.start === "number" && typeof v.end === "number";
    if (spanLike && Object.keys(v).length === 3 && typeof v.text === "string") return v.text;
    const out: JsonObject = {};
    for (const [k, x] of Object.entries(v)) {
      if (spanLike && (k === "start" || k === "end")) continue;
      out[k] = go(x);
    }
    return out;
  };
  const out = go(record);
  if (isObject(out)) delete out.sentences;
  return out;
}

/** The JSON Schema of {@link compactRecord}'s output, from the JSON Schema of the full record. */
export function compactJsonSchema(schema: object): object {
  const isSpanNode = (p: JsonObject | undefined): boolean =>
    p !== undefined && isObject(p.properties) && "start" in p.properties && "end" in p.properties;
  const go = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(go);
    if (!isObject(node)) return node;
    if (isSpanNode(node)) {
      const props = node.properties as JsonObject;
      const rest = Object.keys(props).filter((k) => k !== "start" && k !== "end");
      if (rest.length === 1 && rest[0] === "text") return go(props.text as Json);
    }
    const out: JsonObject = {};
    for (const [k, x] of Object.entries(node)) {
      if (k === "properties" && isObject(x)) {
        const props: JsonObject = {};
        for (const [name, p] of Object.entries(x)) {
          if (isSpanNode(node) && (name === "start" || name === "end")) continue;
          props[name] = go(p);
        }
        out[k] = props;
      } else if (k === "required" && Array.isArray(x) && isSpanNode(node))
        out[k] = x.filter((r) => r !== "start" && r !== "end");
      else out[k] = go(x);
    }
    return out;
  };
  const out = go(schema as Json) as JsonObject;
  // the top level: article records lose their sentences (the first branch of the union)
  for (const branch of (out.anyOf ?? out.oneOf ?? [out]) as JsonObject[]) {
    const props = branch.properties;
    if (isObject(props) && "sentences" in props) {
      delete props.sentences;
      if (Array.isArray(branch.required)) branch.required = branch.required.filter((r) => r !== "sentences");
    }
  }
  return out;
}

const cache = new Map<string, object>();
/**
 * The JSON Schema (draft 2020-12) of one line `cand-nlp extract` writes: an article with its `id`,
 * or an error record `{ id, error }`. With `{ compact: true }`, of the lines `--format compact`
 * writes. `articleJsonSchema()` remains the schema of what `extract()` returns.
 * @example
 * const validate = new Ajv2020().compile(recordJsonSchema());
 * validate({ id: "line:7", error: "malformed JSON" }); // true
 */
export function recordJsonSchema(options: { compact?: boolean } = {}): object {
  const key = options.compact === true ? "compact" : "full";
  let schema = cache.get(key);
  if (schema === undefined) {
    const full = z.toJSONSchema(RecordSchema, { target: "draft-2020-12" });
    schema = key === "compact" ? compactJsonSchema(full) : full;
    cache.set(key, schema);
  }
  return structuredClone(schema);
}
