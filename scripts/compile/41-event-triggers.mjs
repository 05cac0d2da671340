// data/event-triggers.tsv → src/generated/event-triggers.ts: the words that name an event
// ("hội nghị tổng kết", "trao", "bắt giữ", "vụ cháy") with its type and a detail (meeting subtype,
// speech purpose, or "said" for a verb of saying that is a speech only at an occasion ("said_at": only in a sentence that names the occasion); for awards "name" (an award noun), "titled" (an award noun followed by its own
// name), "verb" (needs an award noun in the sentence) or "self" (a verb that is the award:
// "khen thưởng"); for seizures "count" (only with a number right after: "thu 8 xe") and "noun" (a noun: nobody before it is its doer); for arrests "object" (only with
// a person, a count or a person noun after it: "bắt đối tượng")), and cue words: "block" (no event right after: "phòng chống", "không"),
// "report" (a reporting verb: a date before it is the report's), "modal" (a directive or plan:
// "cần", "sẽ"), "attend" (who attended the meeting: "tham dự", "chủ trì") and "verb" (a verb that
// ends an organisation's name: "tổ chức") and "neutral" (a phrase that holds a cue word but is none:
// "tổ công tác"), "revoke" (a revoked award: "thu hồi"), "scenario" (a drill's scenario: "giả định").
// The types and cue kinds come from data/event-types.tsv, which the schema's enum is compiled from.
import { join } from "node:path";
import { z } from "zod";
import { readTsv, validateRows } from "../lib/tsv.mjs";

/** data/event-types.tsv: the event types (the schema's enum is compiled from it) and the cue kinds. */
const TypeRow = z.object({
  type: z.string().regex(/^[a-z_]+$/u),
  kind: z.enum(["event", "cue"]),
  source: z.string().min(1),
});
const rowSchema = (types) =>
  z.object({
    phrase: z
      .string()
      .min(1)
      .refine((s) => s === s.toLowerCase(), "phrase must be lower case"),
    type: z.enum(types),
    detail: z.string(),
    source: z.string().min(1),
  });
const DETAILS = {
  meeting: ["review", "interim_review", "deployment", "launch", "other", "visit", "with"],
  speech: ["directive", "report", "discussion", "greeting", "other", "said", "said_at"],
  award: ["verb", "name", "titled", "self"],
  seizure: ["", "count", "noun"],
  prosecution: ["", "count"],
  rescue: ["", "object"],
  arrest: ["", "object", "patient"],
  place: ["prep", "within", "filler", "head", "away"],
  role: ["driver", "victim", "rescued", "rescuer", "suspect"],
};

export default async function compile({ root, write }) {
  const typesFile = join(root, "data", "event-types.tsv");
  const types = validateRows(typesFile, readTsv(typesFile), TypeRow);
  const eventTypes = types.filter((t) => t.kind === "event").map((t) => t.type);
  const file = join(root, "data", "event-triggers.tsv");
  const rows = validateRows(file, readTsv(file), rowSchema(types.map((t) => t.type)));
  const seen = new Set();
  for (const r of rows) {
    const key = `${r.phrase}\t${r.type}`;
    if (seen.has(key)) throw new Error(`${file}: duplicate ${r.phrase} (${r.type})`);
    seen.add(key);
    const allowed = DETAILS[r.type];
    if (allowed ? !allowed.includes(r.detail) : r.detail !== "")
      throw new Error(`${file}: detail "${r.detail}" not allowed for ${r.type} (${r.phrase})`);
  }
  write(
    "event-triggers.ts",
    `/** The event types of data/event-types.tsv, in its order: the schema's enum. */\nexport const EVENT_TYPES = ${JSON.stringify(eventTypes)} as const;\n/** The cue kinds of data/event-types.tsv. */\nexport const EVENT_CUES = ${JSON.stringify(types.filter((t) => t.kind === "cue").map((t) => t.type))} as const;\n/** [phrase (lower case, NFC), type, detail] from data/event-triggers.tsv. */\nexport const EVENT_TRIGGERS: readonly (readonly [string, string, string])[] = ${JSON.stringify(rows.map((r) => [r.phrase, r.type, r.detail]))};\n`,
  );
}
