/**
 * The zod schemas of every result type, and the JSON Schema of `Article` for non-TypeScript
 * consumers. Each TypeScript type is `z.infer` of its schema.
 * @module
 */
import * as z from "zod/mini";
import { AbbreviationSchema } from "./abbreviations/schema.js";
import { DateMentionSchema } from "./dates/schema.js";
import { DocumentRefSchema } from "./documents/schema.js";
import { EventSchema } from "./events/schema.js";
import { NumberMentionSchema } from "./numbers/schema.js";
import { OrganizationSchema } from "./organizations/schema.js";
import { PersonSchema } from "./persons/schema.js";
import { PlaceSchema } from "./places/schema.js";
import { SpanSchema } from "./span.js";

export { AbbreviationSchema } from "./abbreviations/schema.js";
export { DateMentionSchema } from "./dates/schema.js";
export { DocumentRefSchema } from "./documents/schema.js";
export {
  AccidentEventSchema,
  ArrestEventSchema,
  AwardEventSchema,
  CampaignEventSchema,
  DocumentEventSchema,
  EventSchema,
  EventTypeSchema,
  ExerciseEventSchema,
  FireEventSchema,
  MeetingEventSchema,
  PersonRefSchema,
  ProsecutionEventSchema,
  RescueEventSchema,
  SeizureEventSchema,
  SpeechEventSchema,
} from "./events/schema.js";
export { NumberMentionSchema } from "./numbers/schema.js";
export { OrganizationKindSchema, OrganizationSchema } from "./organizations/schema.js";
export { PersonSchema } from "./persons/schema.js";
export { PlaceKindSchema, PlaceMentionSchema, PlaceSchema } from "./places/schema.js";
export { RankMentionSchema, RankSchema } from "./ranks/schema.js";
export { SpanSchema } from "./span.js";
export { TitleSchema } from "./titles/schema.js";
export { TokenSchema } from "./tokenize/schema.js";

/** What extract() returns for one article. */
export const ArticleSchema = z.object({
  /** The headline as written, or null (pages that kept no title). */
  title: z.nullable(z.string()),
  /** From the dateline ("09:52 21/01/2022" → "2022-01-21T09:52") or options.publishedAt; never guessed. */
  publishedAt: z.nullable(z.string()),
  /** Where publishedAt came from. */
  publishedAtSource: z.nullable(z.enum(["dateline", "option"])),
  /** The dateline as written, when there is one. */
  dateline: z.nullable(SpanSchema),
  /** The byline ("Tác giả: …", a name in the dateline block) or the sign-off. */
  author: z.nullable(z.string()),
  /** Where the author was read: a byline in the header, or the sign-off at the end. */
  authorSource: z.nullable(z.enum(["byline", "sign_off"])),
  /** The agency prefix: "ANTĐ" in "ANTĐ - Thiếu tướng …". */
  source: z.nullable(z.string()),
  /** The article proper: no header, no trailing site boilerplate, no sign-off. */
  body: SpanSchema,
  sentences: z.array(SpanSchema),
  persons: z.array(PersonSchema),
  abbreviations: z.array(AbbreviationSchema),
  dates: z.array(DateMentionSchema),
  numbers: z.array(NumberMentionSchema),
  /**
   * Issued documents named by their number ("Kế hoạch số 333/KH-BCĐ", "Chỉ thị 05"): the
   * references of kind `document`.
   */
  documents: z.array(DocumentRefSchema),
  /**
   * Laws named by their year ("Luật CAND 2018") and articles of codes ("Điều 249 Bộ luật Hình
   * sự"): the references of kinds `law` and `law_article`, cited rather than issued.
   */
  legalReferences: z.array(DocumentRefSchema),
  events: z.array(EventSchema),
  /** Every organisation named, with its mentions, kind and level. */
  organizations: z.array(OrganizationSchema),
  /** Every place named, with its mentions, kind and province; mentions inside an organisation's name are marked. */
  places: z.array(PlaceSchema),
});
export type Article = z.infer<typeof ArticleSchema>;

let jsonSchema: object | null = null;
/**
 * The JSON Schema (draft 2020-12) of `Article`, for validators in other languages.
 * @example
 * const schema = articleJsonSchema();
 * schema.$schema; // "https://json-schema.org/draft/2020-12/schema"
 */
export function articleJsonSchema(): object {
  jsonSchema ??= z.toJSONSchema(ArticleSchema, { target: "draft-2020-12" });
  return structuredClone(jsonSchema);
}
