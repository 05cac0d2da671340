/**
 * Events of an article (meeting, exercise, award, speech, campaign, document, arrest, prosecution, seizure,
 * accident, fire, rescue): triggers from data/event-triggers.tsv, arguments from the other stages.
 * @module
 */
export { type EventContext, findEventsInContext, type PlaceSpan } from "./events.js";
export {
  AccidentEventSchema,
  type ArrestEvent,
  ArrestEventSchema,
  type AwardEvent,
  AwardEventSchema,
  type CampaignEvent,
  CampaignEventSchema,
  type DocumentEvent,
  DocumentEventSchema,
  type Event,
  EventSchema,
  type EventType,
  EventTypeSchema,
  type ExerciseEvent,
  ExerciseEventSchema,
  FireEventSchema,
  type MeetingEvent,
  MeetingEventSchema,
  type PersonRef,
  PersonRefSchema,
  type ProsecutionEvent,
  ProsecutionEventSchema,
  RescueEventSchema,
  type SeizureEvent,
  SeizureEventSchema,
  type SpeechEvent,
  SpeechEventSchema,
} from "./schema.js";
