import type { SentenceRange } from "../article/sentences.js";
import type { DateMention } from "../dates/index.js";
import type { Token } from "../tokenize/index.js";
import { detailedNext, inheritPlaces, nameSuspects, sceneBefore, victimsOfRescues } from "./borrow.js";
import { buildEvent } from "./build.js";
import type { EventContext, Indexed, PersonMention, ReaderCues } from "./context.js";
import { locationIn } from "./location.js";
import {
  type Draft,
  differentGivings,
  MAX_PARTICIPANTS,
  MERGE_WINDOW,
  merge,
  SELF_AWARD,
  sameHappening,
  VISIT,
} from "./merge.js";
import { chairOf, personsIn } from "./roles.js";
import { type Event, type EventType, INCIDENT_TYPES, type PersonRef } from "./schema.js";
import { lowerBound, within } from "./spans.js";
import { CUES, type Hit, hitsIn, mentionsMeeting } from "./triggers.js";

export type { EventContext, PlaceSpan } from "./context.js";

/** What a drill's scenario acts out: inside a drill's sentence these are no real happenings. */
const ACTED_OUT = new Set<EventType>(["arrest", "prosecution", "seizure", "accident", "fire", "rescue"]);
/** What a revocation undoes: "thu hồi Bằng khen", "hủy bỏ quyết định". */
const REVOCABLE = new Set<EventType>(["award", "document"]);

const MAX_CLAUSES = 8;
/** Events at which officials speak. */
const OCCASIONS = new Set<EventType>(["meeting", "exercise", "award"]);

/** Where the dates of the sentences read so far start: the sentences come in text order, the dates start-sorted. */
interface DateCursor {
  /** Index of the first date starting at or after `from`. */
  next: number;
  from: number;
}

/** The last full day (YYYY-MM-DD…) written in a sentence. */
function dayIn(ctx: EventContext, s: SentenceRange, cursor: DateCursor): string | null {
  // asked of every sentence: the dates inside it read in place (within() as a loop, no array),
  // found by walking on from the last sentence's (a binary search only if the order breaks)
  const dates = ctx.dates;
  let k = s.start >= cursor.from ? cursor.next : lowerBound(dates, s.start);
  while (k < dates.length && (dates[k] as DateMention).start < s.start) k++;
  cursor.next = k;
  cursor.from = s.start;
  let day: string | null = null;
  for (; k < dates.length; k++) {
    const d = dates[k] as DateMention;
    if (d.start >= s.end) break;
    if (d.end > s.end) continue;
    if (d.value !== null && d.value.length >= 10 && (d.kind === "date" || d.kind === "datetime"))
      day = d.value;
  }
  return day;
}

/** The latest full day written in the article (its dates are start-sorted, not time-sorted). */
function latestDay(ctx: EventContext): string | null {
  let day: string | null = null;
  for (const d of ctx.dates)
    if (d.value !== null && d.value.length >= 10 && (day === null || d.value.slice(0, 10) > day))
      day = d.value.slice(0, 10);
  return day;
}

/** Whether `day` lies more than a year before `latest`. */
function yearsBefore(day: string, latest: string | null): boolean {
  if (latest === null) return false;
  const year = Number(latest.slice(0, 4)) - 1;
  return day.slice(0, 10) < `${year}${latest.slice(4, 10)}`;
}

/** A year or month written in the sentence ("năm 2013", "tháng 5/2013"): the period it tells of. */
function periodIn(ctx: EventContext, s: SentenceRange): string | null {
  for (const d of within(ctx.dates, s))
    if (d.value !== null && (d.kind === "year" || d.kind === "month")) return d.value;
  return null;
}

/** How many tokens a modal may stand from its trigger and still govern it ("phải … đánh giá", "cháy có thể xảy ra"). */
const MODAL_REACH = 2;
/** How far a modal before a speech verb may stand when no punctuation parts them ("yêu cầu Giám đốc Sở … báo cáo"). */
const MAX_CLAUSE_REACH = 12;

/**
 * Whether a modal stands right before a speech verb (the directive's content), or right after any
 * trigger with no punctuation between (the trigger is the subject of a plan or a possibility).
 */
function isNextTo(ctx: EventContext, modal: Hit, hit: Hit, type: EventType): boolean {
  const [from, to] = modal.first < hit.first ? [modal.end, hit.first] : [hit.end, modal.first];
  // before: only a speech verb is the content ("phải đánh giá"); after: a speech verb is followed
  // by what was said, which may open with a modal ("nhấn mạnh yêu cầu này")
  if (modal.first < hit.first !== (type === "speech")) return false;
  // "yêu cầu Sở GD&ĐT báo cáo vụ việc": whatever stands between, a speech verb the modal governs
  // without a pause is what was asked for
  if (to < from) return false;
  // (a bracket is no pause, and what it holds is not counted: "yêu cầu Giám đốc Sở Giáo dục và Đào
  // tạo (GD&ĐT) Nguyễn Văn A báo cáo")
  let words = 0;
  let depth = 0;
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.normalized === "(") depth++;
    else if (t.normalized === ")") depth = Math.max(0, depth - 1);
    else if (t.kind === "punct" && depth === 0) return false;
    else if (depth === 0) words++;
  }
  return words <= (type === "speech" ? MAX_CLAUSE_REACH : MODAL_REACH);
}

/** What the cues of a sentence's hits say about it, read in one pass over them. */
interface SentenceCues {
  /** A hit that names an event, or who attended: the sentence is read further. */
  event: boolean;
  /** The first modal ("cần", "sẽ"), revocation and attendance cue. */
  modal: Hit | undefined;
  revoke: Hit | undefined;
  attend: Hit | undefined;
  /** A drill's scenario or an exercise is told. */
  drill: boolean;
  purpose: boolean;
  speech: boolean;
}

function cuesOf(hits: readonly Hit[]): SentenceCues {
  const cues: SentenceCues = {
    event: false,
    modal: undefined,
    revoke: undefined,
    attend: undefined,
    drill: false,
    purpose: false,
    speech: false,
  };
  for (const h of hits) {
    const type = h.trigger.type;
    if (!CUES.has(type) || type === "attend") cues.event = true;
    if (type === "modal") cues.modal ??= h;
    else if (type === "revoke") cues.revoke ??= h;
    else if (type === "attend") cues.attend ??= h;
    else if (type === "scenario" || type === "exercise") cues.drill = true;
    else if (type === "purpose") cues.purpose = true;
    else if (type === "speech") cues.speech = true;
  }
  return cues;
}

/** How many ";" precede token i in its sentence: the clause index. */
function clauseOf(semicolons: readonly number[], i: number): number {
  let n = 0;
  while (n < semicolons.length && (semicolons[n] as number) < i) n++;
  return n;
}

/** Token indices of the ";" of a sentence, when it has an award trigger (else none are needed). */
function semicolonsOf(ctx: EventContext, s: SentenceRange, hits: readonly Hit[]): number[] {
  const out: number[] = [];
  if (!hits.some((h) => h.trigger.type === "award")) return out;
  for (let k = s.first; k < s.last && out.length <= MAX_CLAUSES; k++)
    if (ctx.tokens[k]?.normalized === ";") out.push(k);
  return out;
}

/**
 * Whether an award told by a verb alone is a giving of its own rather than the article's named
 * award: the two name different bodies as recipients ("thưởng nóng cho Công an thành phố …"
 * beside "trao thư khen cho Công an quận …"), or different persons.
 */
function ownGiving(self: Draft, named: Draft): boolean {
  const a = self.parties;
  const b = named.parties;
  if (a === undefined || b === undefined) return false;
  if (a.bodies.size > 0 && b.bodies.size > 0 && ![...a.bodies].some((k) => b.bodies.has(k))) return true;
  return differentGivings(a, b);
}

const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

/** Up to this many items, an insertion sort beats the library sort and its comparator calls. */
const SHORT_LIST = 32;

/**
 * `xs` when it is already start-sorted, else a copy sorted by start, ties in their order (a stable
 * sort). The stages hand their mentions grouped by entity, so most articles sort a short list.
 */
function sortedByStart<T extends { start: number }>(xs: readonly T[]): readonly T[] {
  let sorted = true;
  for (let k = 1; k < xs.length && sorted; k++) sorted = (xs[k] as T).start >= (xs[k - 1] as T).start;
  if (sorted) return xs;
  if (xs.length > SHORT_LIST) return [...xs].sort(byStart);
  const out = xs.slice();
  for (let k = 1; k < out.length; k++) {
    const x = out[k] as T;
    let j = k - 1;
    for (; j >= 0 && (out[j] as T).start > x.start; j--) out[j + 1] = out[j] as T;
    out[j + 1] = x;
  }
  return out;
}

/**
 * Reads the place of a telling, once: a telling that folds into an earlier one with a place never
 * needs its own (about half the tellings of an article fold).
 */
function locate(ctx: Indexed, d: Draft): void {
  if (d.unplaced === undefined) return;
  d.event.location = locationIn(
    ctx,
    ctx.sentences[d.sentenceIndex] as SentenceRange,
    d.unplaced.hit,
    d.unplaced.hits,
  );
  d.unplaced = undefined;
}

/** The context with the start-sorted lists every reader searches, built once per article. */
function indexed(context: EventContext): Indexed {
  const mentions: PersonMention[] = [];
  for (const person of context.persons)
    for (const m of person.mentions) mentions.push({ start: m.start, end: m.end, person });
  return {
    input: context.input,
    tokens: context.tokens,
    keys: context.keys,
    sentences: context.sentences,
    persons: context.persons,
    dates: context.dates,
    numbers: context.numbers,
    documents: context.documents,
    abbreviations: context.abbreviations,
    places: context.places,
    organizationMentions: context.organizationMentions,
    mentions: sortedByStart(mentions),
    uses: null,
    placeSpans: context.places === undefined ? [] : sortedByStart(context.places),
    orgSpans: context.organizationMentions === undefined ? [] : sortedByStart(context.organizationMentions),
    orgs: new Map(),
    clauses: new Map(),
    readers: new Array<ReaderCues | null | undefined>(context.tokens.length),
    people: new Map(),
    clausePeople: new Map(),
    roleCues: new Map(),
    clauseOrgs: new Map(),
    chairs: new Map(),
    numbersBy: new Map(),
    placesBy: new Map(),
    placeMarks: new Map(),
  };
}

/**
 * Events of an article: triggers from data/event-triggers.tsv, one per type per sentence; the
 * arguments come from the other stages' spans in that sentence (persons with roles read from the
 * clause, the date, the place, counts, organisations). One happening told twice (a caption and its
 * paragraph, a lead and its details) is one event: same type and the same award, speaker,
 * suspects or document. Directives and plans, revocations, statistics and a drill's scenario
 * give no event of their type.
 */
export function findEventsInContext(context: EventContext): Event[] {
  // the sorted indexes are built on the first event: most news sentences name none, and an
  // article without events costs only the trigger scan
  let built: Indexed | null = null;
  const full = (): Indexed => {
    built ??= indexed(context);
    return built;
  };
  const ctx = context;
  const drafts: Draft[] = [];
  const attendees: PersonRef[] = [];
  const byType = new Map<EventType, Draft[]>();
  // the last day written so far: a narrative's later sentences happen then
  let carried: string | null = null;
  let latest: string | null | undefined;
  const dateCursor: DateCursor = { next: 0, from: 0 };
  for (let index = 0; index < ctx.sentences.length; index++) {
    const s = ctx.sentences[index] as SentenceRange;
    const hits = hitsIn(ctx, s);
    const before = carried;
    carried = dayIn(ctx, s, dateCursor) ?? carried;
    // cues alone ("để", "cần", "tại" …) name no event; only who attended is read from them
    if (hits.length === 0) continue;
    const cues = cuesOf(hits);
    if (!cues.event) continue;
    const seen = new Set<string>();
    const { modal, revoke, drill } = cues;
    const semicolons = semicolonsOf(ctx, s, hits);
    for (const hit of hits) {
      if (CUES.has(hit.trigger.type)) continue;
      const type = hit.trigger.type as EventType;
      // "cần … phát động", "sẽ khởi tố": a directive or a plan, not a happening (a speech verb
      // after one reports the speaker, whose words the directive is)
      if (modal !== undefined && modal.first < hit.first && type !== "speech") continue;
      // "phải đánh giá đúng …": a speech verb right after a modal is what the directive asks for;
      // "hỏa hoạn có thể xảy ra", "hội nghị sẽ được tổ chức": a modal right after the trigger makes it a possibility or a plan
      if (modal !== undefined && hits.some((h) => h.trigger.type === "modal" && isNextTo(ctx, h, hit, type)))
        continue;
      // "tổ chức hội nghị nhằm đánh giá …", "để báo cáo …": a speech verb a purpose names is the
      // gathering's aim, not words said (other events named as a purpose are mostly carried out:
      // "cưa cửa xe để cứu 3 người")
      if (
        type === "speech" &&
        cues.purpose &&
        hits.some((h) => h.trigger.type === "purpose" && h.end === hit.first)
      )
        continue;
      // "thu hồi Bằng khen", "hủy bỏ quyết định": what is revoked did not take place
      if (revoke !== undefined && revoke.first < hit.first && REVOCABLE.has(type)) continue;
      // "diễn tập … giả định cháy, cứu nạn": the scenario of a drill is acted out, not real
      if (drill && ACTED_OUT.has(type)) continue;
      // one event per type per sentence; a second award needs its own clause (after ";")
      // (at most MAX_CLAUSES per sentence: each event reads its sentence, which keeps this linear)
      const clause = type === "award" ? Math.min(clauseOf(semicolons, hit.first), MAX_CLAUSES) : 0;
      const key = clause === 0 ? type : `${type}|${clause}`;
      if (seen.has(key)) continue;
      const draft = buildEvent(full(), hit, hits, s, index);
      if (draft === null) continue;
      seen.add(key);
      if (draft.event.date === null && before !== null && INCIDENT_TYPES.has(type)) {
        // "năm 2013, … bị bắt": a sentence about another period does not happen on the last day
        const period = periodIn(ctx, s);
        if (period !== null && !before.startsWith(period)) {
          draft.event.date = period;
          draft.event.rule += "; dated by the period its sentence names";
        } else {
          // a story of years before the article's latest day (a unit's history, a hero's
          // wartime deeds) is background, not a happening the article reports
          latest ??= latestDay(ctx);
          if (yearsBefore(before, latest)) continue;
          draft.event.date = before;
          draft.event.rule += "; date carried from the paragraph";
        }
      }
      // an article tells a handful of events of a type; looking back at most MERGE_WINDOW of them
      // keeps a huge text linear
      const ofType = byType.get(type) ?? [];
      const from = Math.max(0, ofType.length - MERGE_WINDOW);
      let same: Draft | undefined;
      for (let k = from; k < ofType.length && same === undefined; k++) {
        const other = ofType[k] as Draft;
        // a visit is told apart from another meeting by its place
        if (type === "meeting" && (other.key === VISIT || draft.key === VISIT)) locate(full(), draft);
        if (sameHappening(other, draft)) same = other;
      }
      if (same !== undefined) {
        // the first telling's place stands: a later one's is read only when the first has none
        if (same.event.location === null) locate(full(), draft);
        merge(same, draft);
      } else {
        locate(full(), draft);
        drafts.push(draft);
        ofType.push(draft);
        byType.set(type, ofType);
      }
    }
    // "có đồng chí X … tham dự", "Y chủ trì Hội nghị": attendees of the article's meeting
    const attend = cues.attend;
    if (attend !== undefined) {
      const people = personsIn(full(), s);
      const chair = chairOf(full(), s, people);
      for (const p of people) {
        if (p !== chair && p.at > attend.first && cues.speech) continue;
        if (attendees.length < MAX_PARTICIPANTS)
          attendees.push({ personId: p.person.id, role: p === chair ? "chair" : "attendee" });
      }
    }
  }
  if (drafts.length === 0) return [];
  const meeting = drafts.find((d) => d.event.type === "meeting");
  // "phát biểu tại hội nghị", "Tại hội nghị, 12 tập thể … Giấy khen": on the meeting's day; a
  // speech is always told of the article's meeting
  const meetingDate = meeting?.event.date ?? null;
  if (meetingDate !== null) {
    for (const d of drafts) {
      if (d.event.date !== null || d === meeting || INCIDENT_TYPES.has(d.event.type)) continue;
      const sentence = ctx.sentences[d.sentenceIndex];
      if (sentence === undefined) continue;
      if (d.event.type === "speech" || mentionsMeeting(ctx, sentence)) {
        d.event.date = meetingDate;
        d.event.rule += "; dated by the meeting it took place at";
      }
    }
  }
  if (meeting !== undefined) {
    for (const r of attendees) {
      const known = meeting.event.persons.find((x) => x.personId === r.personId);
      if (known === undefined) {
        if (meeting.event.persons.length < MAX_PARTICIPANTS) meeting.event.persons.push(r);
      } else if (r.role === "chair") known.role = "chair";
    }
  }
  inheritPlaces(drafts, meeting);
  if (built !== null) {
    detailedNext(built, drafts);
    sceneBefore(built, drafts);
    victimsOfRescues(drafts);
  }
  if (built !== null) nameSuspects(built, drafts);
  // a speaker at the meeting attended it
  if (meeting !== undefined)
    for (const d of drafts)
      if (d.event.type === "speech")
        for (const r of d.event.persons)
          if (
            meeting.event.persons.length < MAX_PARTICIPANTS &&
            !meeting.event.persons.some((x) => x.personId === r.personId)
          )
            meeting.event.persons.push({ personId: r.personId, role: "attendee" });
  // "ông X nói", "Y nhấn mạnh": words said to the press are no speech; at a meeting, a ceremony or
  // a drill they are, told once the occasion is (what was said before it is told was said to the press)
  let occasionFrom = Number.POSITIVE_INFINITY;
  for (const d of drafts)
    if (OCCASIONS.has(d.event.type)) occasionFrom = Math.min(occasionFrom, d.sentenceIndex);
  // awards told by a verb alone ("được biểu dương, khen thưởng") are the article's named award
  const named = drafts.find((d) => d.event.type === "award" && d.key !== SELF_AWARD);
  const out: Draft[] = [];
  for (const d of drafts) {
    if (d.needsOccasion === true && d.sentenceIndex < occasionFrom) continue;
    if (d.event.type === "award" && d.key === SELF_AWARD && named !== undefined && !ownGiving(d, named))
      merge(named, d);
    else out.push(d);
  }
  return out.map((d) => d.event);
}
