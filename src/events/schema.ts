import * as z from "zod/mini";
import { EVENT_TYPES } from "../generated/event-triggers.js";
import { NumberMentionSchema } from "../numbers/schema.js";
import { SpanSchema } from "../span.js";

/** The event types, compiled from data/event-types.tsv (the trigger table is checked against the same list). */
export const EventTypeSchema = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventTypeSchema>;

/**
 * The incident and crime types. Told as a narrative (a sentence without a date happens on the last
 * day written), and their words also make up place and unit names ("Bãi Cháy", "Đội Cứu nạn").
 */
export const INCIDENT_TYPES: ReadonlySet<string> = new Set<EventType>([
  "arrest",
  "prosecution",
  "seizure",
  "accident",
  "fire",
  "rescue",
]);

/** A person of the article (`Person.id`) and the part they play in the event. */
export const PersonRefSchema = z.object({
  personId: z.string(),
  role: z.enum([
    "chair",
    "attendee",
    "speaker",
    "giver",
    "recipient",
    "organizer",
    "suspect",
    "victim",
    "officer",
    "rescuer",
    "rescued",
    "driver",
  ]),
});
export type PersonRef = z.infer<typeof PersonRefSchema>;

/** Fields every event has. */
const EventBaseShape = {
  /** The word(s) that name the event: "hội nghị tổng kết", "trao", "bắt giữ". */
  trigger: SpanSchema,
  /** The sentence the event was read from (the first, when it is told more than once). */
  sentence: SpanSchema,
  /** The event's own date, resolved (ISO); not the publication date. */
  date: z.nullable(z.string()),
  /** Where it happened, as written ("TP Hải Phòng", "Trạm kiểm soát giao thông số 1"). */
  location: z.nullable(z.string()),
  persons: z.array(PersonRefSchema),
  /** Organisations taking part, as written. */
  organizations: z.array(z.string()),
  /** Why the event exists: the trigger row and the rules that filled it. */
  rule: z.string(),
};

export const MeetingEventSchema = z.object({
  type: z.literal("meeting"),
  ...EventBaseShape,
  subtype: z.enum(["review", "interim_review", "deployment", "launch", "other"]),
  online: z.boolean(),
  topic: z.nullable(z.string()),
});
/** A drill or training exercise that took place (diễn tập, thao diễn, hội thao). */
export const ExerciseEventSchema = z.object({
  type: z.literal("exercise"),
  ...EventBaseShape,
  /** The drill's name or subject as written, from its noun ("Diễn tập phương án chữa cháy …"). */
  name: z.nullable(z.string()),
});
export const AwardEventSchema = z.object({
  type: z.literal("award"),
  ...EventBaseShape,
  /** The award as written: "Đơn vị Quyết thắng", "Bằng khen", "Huân chương Bảo vệ Tổ quốc hạng Ba". */
  award: z.string(),
  recipients: z.object({
    collectives: z.nullable(z.number()),
    individuals: z.nullable(z.number()),
    names: z.array(z.string()),
  }),
});
export const SpeechEventSchema = z.object({
  type: z.literal("speech"),
  ...EventBaseShape,
  purpose: z.enum(["directive", "report", "discussion", "greeting", "other"]),
});
export const CampaignEventSchema = z.object({
  type: z.literal("campaign"),
  ...EventBaseShape,
  /** The movement's name: "Vì ANTQ". */
  name: z.nullable(z.string()),
});
export const DocumentEventSchema = z.object({
  type: z.literal("document"),
  ...EventBaseShape,
  /** The document acted on, as written ("Kế hoạch số 333/KH-BCĐ"), when the sentence names one. */
  document: z.nullable(z.string()),
});
const CrimeFields = {
  /** How many suspects the sentence counts ("3 đối tượng"), or null. */
  suspects: z.nullable(z.number()),
  /** The offence as written after "về tội" / "về hành vi", or null. */
  charge: z.nullable(z.string()),
};
export const ArrestEventSchema = z.object({ type: z.literal("arrest"), ...EventBaseShape, ...CrimeFields });
export const ProsecutionEventSchema = z.object({
  type: z.literal("prosecution"),
  ...EventBaseShape,
  ...CrimeFields,
});
export const SeizureEventSchema = z.object({
  type: z.literal("seizure"),
  ...EventBaseShape,
  items: z.array(z.object({ what: z.string(), quantity: z.nullable(NumberMentionSchema) })),
});
export const AccidentEventSchema = z.object({ type: z.literal("accident"), ...EventBaseShape });
export const FireEventSchema = z.object({ type: z.literal("fire"), ...EventBaseShape });
export const RescueEventSchema = z.object({ type: z.literal("rescue"), ...EventBaseShape });

/** An event: a discriminated union on `type`. */
export const EventSchema = z.discriminatedUnion("type", [
  MeetingEventSchema,
  ExerciseEventSchema,
  AwardEventSchema,
  SpeechEventSchema,
  CampaignEventSchema,
  DocumentEventSchema,
  ArrestEventSchema,
  ProsecutionEventSchema,
  SeizureEventSchema,
  AccidentEventSchema,
  FireEventSchema,
  RescueEventSchema,
]);
export type Event = z.infer<typeof EventSchema>;
export type MeetingEvent = z.infer<typeof MeetingEventSchema>;
export type ExerciseEvent = z.infer<typeof ExerciseEventSchema>;
export type AwardEvent = z.infer<typeof AwardEventSchema>;
export type SpeechEvent = z.infer<typeof SpeechEventSchema>;
export type CampaignEvent = z.infer<typeof CampaignEventSchema>;
export type DocumentEvent = z.infer<typeof DocumentEventSchema>;
export type ArrestEvent = z.infer<typeof ArrestEventSchema>;
export type ProsecutionEvent = z.infer<typeof ProsecutionEventSchema>;
export type SeizureEvent = z.infer<typeof SeizureEventSchema>;
