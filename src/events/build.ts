import type { SentenceRange } from "../article/sentences.js";
import type { DateMention } from "../dates/index.js";
import type { Token } from "../tokenize/index.js";
import type { Indexed } from "./context.js";
import {
  awardName,
  chargeIn,
  isPersonCount,
  isStatistics,
  meetingSubtype,
  meetingTopic,
  numbersIn,
  seizedItems,
  suspectCount,
} from "./details.js";
import { awardKey, type Draft, SELF_AWARD, VISIT } from "./merge.js";
import { eventOrganizations } from "./organizations.js";
import { isOfficial, type Participant, personsIn, rolesFor } from "./roles.js";
import type {
  ArrestEvent,
  AwardEvent,
  CampaignEvent,
  DocumentEvent,
  EventType,
  ExerciseEvent,
  MeetingEvent,
  PersonRef,
  ProsecutionEvent,
  SeizureEvent,
  SpeechEvent,
} from "./schema.js";
import { clauseAround, firstQuoted, hasKeys, lowerBound, spanOf, within } from "./spans.js";
import { type Hit, mentionsMeeting } from "./triggers.js";

const dateRank = (d: DateMention) =>
  d.value === null ? 0 : d.kind === "date" || d.kind === "datetime" ? 2 : 1;

/**
 * Where the last reporting verb before the trigger starts ("Ngày 13/7, Công an … công bố … thu
 * giữ"), or -1: a date written before it dates the report, not the event (a meeting has no such
 * report). Dates are asked of this one offset instead of each report.
 */
function reportStart(ctx: Indexed, trigger: Hit, hits: readonly Hit[]): number {
  if (trigger.trigger.type === "meeting") return -1;
  let start = -1;
  for (const r of hits)
    if (r.trigger.type === "report" && r.first < trigger.first)
      start = Math.max(start, (ctx.tokens[r.first] as Token).start);
  return start;
}

/**
 * The event's own date: a resolved day in its sentence, else null. A date written before a
 * reporting verb that precedes the trigger dates the report (see reportStart).
 */
function dateIn(
  ctx: Indexed,
  s: SentenceRange,
  trigger: Hit,
  reportFrom: number,
  named: boolean,
): string | null {
  let best: DateMention | null = null;
  // "trong 2 ngày 10 và 11/5": a happening over a few days is dated by its first day
  let firstDay: string | null = null;
  // the sentence's dates read in place (within() as a loop, no array: asked for every telling)
  for (let k = lowerBound(ctx.dates, s.start); k < ctx.dates.length; k++) {
    const d = ctx.dates[k] as DateMention;
    if (d.start >= s.end) break;
    if (d.end > s.end) continue;
    if (d.kind === "range" && firstDay === null && reportFrom < d.end && isFewDays(d)) firstDay = d.from;
    // a day, not "năm 2022": a year or month names the period a report covers, not the day it happened
    if (d.value === null || d.value.length < 10 || d.kind === "duration" || d.kind === "range") continue;
    if (reportFrom >= d.end) continue;
    if (best === null || dateRank(d) > dateRank(best)) best = d;
  }
  if (best !== null) return best.value;
  if (firstDay !== null) return firstDay;
  return MONTH_DATED.has(trigger.trigger.type) || named ? monthIn(ctx, s) : null;
}

/** The longest run of days one happening is dated by its first day over. */
const FEW_DAYS = 7;

/** A range of full days ("ngày 10 và 11/5/2017") no longer than FEW_DAYS. */
function isFewDays(d: DateMention): d is DateMention & { from: string } {
  if (d.from == null || d.to == null || d.from.length !== 10 || d.to.length !== 10) return false;
  const days = (Date.parse(d.to) - Date.parse(d.from)) / 86_400_000;
  return days > 0 && days <= FEW_DAYS;
}

/**
 * Month and day ("06-29") of the day written in the sentence, also when its year is unknown (no
 * dateline): two tellings on "ngày 28/6" and "sáng 29/6" are two happenings. Dates before a
 * reporting verb are the report's, as in dateIn.
 */
function monthDayIn(ctx: Indexed, s: SentenceRange, reportFrom: number): string | null {
  for (let k = lowerBound(ctx.dates, s.start); k < ctx.dates.length; k++) {
    const d = ctx.dates[k] as DateMention;
    if (d.start >= s.end) break;
    if (d.end > s.end) continue;
    if ((d.kind !== "date" && d.kind !== "datetime") || d.day === undefined || d.month === undefined)
      continue;
    if (reportFrom >= d.end) continue;
    return `${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
  }
  return null;
}

/** How far after "cho" / "tặng" a body's name may start ("cho một số tập thể là Công an …"). */
const RECIPIENT_LOOKAHEAD = 6;

/** The body named as the recipient after the award in its clause ("… tặng Phòng Tham mưu", "cho Công an quận …"): its match key, or null. */
function bodyRecipient(ctx: Indexed, from: number, last: number): string | null {
  for (let k = from; k < last - 1; k++) {
    const key = ctx.keys[k];
    if (key !== "cho" && key !== "tặng") continue;
    const first = ctx.tokens[k + 1] as Token;
    let stop = k + 1;
    while (stop < last - 1 && stop - k < RECIPIENT_LOOKAHEAD && ctx.tokens[stop]?.kind !== "punct") stop++;
    const end = ctx.tokens[stop] as Token;
    const body = ctx.orgSpans[lowerBound(ctx.orgSpans, first.start)];
    if (body !== undefined && body.start < end.end) return awardKey(body.text);
  }
  return null;
}

/**
 * Types a month dates when no day is written ("Hội nghị … (tháng 1-1950)"). A crime's month is a
 * period's figures ("trong tháng 11, bắt 34 đối tượng"), but an arrest's sentence that names whom
 * it took is that arrest's ("Cuối tháng 11-2016, Công an … bắt giữ Nguyễn Thái Trường"): see
 * dateIn's `named`. (A trial or a seizure told with a month is most often its stage in a longer
 * story: "tháng 4/2008 … bị khởi tố", then its day.)
 */
const MONTH_DATED = new Set<string>(["meeting", "exercise", "award", "campaign", "document"]);

function monthIn(ctx: Indexed, s: SentenceRange): string | null {
  for (const d of within(ctx.dates, s)) if (d.kind === "month" && d.value !== null) return d.value;
  return null;
}

/**
 * The start of the goods a passive arrest verb governs ("6.000 bao thuốc lá … bị … bắt giữ"): a
 * count of things, not of people, before "bị" in the trigger's sentence; else null.
 */
function caughtGoods(ctx: Indexed, s: SentenceRange, hit: Hit): number | null {
  let passive = -1;
  for (let k = hit.first - 1; k >= s.first && hit.first - k <= 6; k--)
    if (ctx.keys[k] === "bị") {
      passive = k;
      break;
    }
  if (passive < 0) return null;
  const counts = numbersIn(ctx, s).filter(
    (n) => n.end <= (ctx.tokens[passive] as Token).start && n.unit !== null,
  );
  if (counts.length === 0 || counts.some((n) => isPersonCount(n.unit))) return null;
  return (counts[0] as { start: number }).start;
}

/** Whether a sentence names a gathering or a ceremony: a meeting noun, "buổi …", "lễ …". */
function namesOccasion(ctx: Indexed, s: SentenceRange): boolean {
  if (mentionsMeeting(ctx, s)) return true;
  for (let i = s.first; i < s.last; i++) if (ctx.keys[i] === "buổi" || ctx.keys[i] === "lễ") return true;
  return false;
}

/** Whether an official (a rank or a position) or a delegation ("đoàn") is named before a visit verb in its clause. */
function officialVisitor(ctx: Indexed, s: SentenceRange, hit: Hit, people: readonly Participant[]): boolean {
  const clause = clauseAround(ctx, s, hit.first);
  if (people.some((p) => p.at >= clause.first && p.at < hit.first && isOfficial(p.person))) return true;
  for (let k = clause.first; k < hit.first; k++) if (ctx.keys[k] === "đoàn") return true;
  return false;
}

const isAwardNoun = (h: Hit) => h.trigger.detail === "name" || h.trigger.detail === "titled";

/** Builds the event of one trigger in one sentence, or null when the trigger is not enough. */
export function buildEvent(
  ctx: Indexed,
  hit: Hit,
  hits: readonly Hit[],
  s: SentenceRange,
  sentenceIndex: number,
): Draft | null {
  const type = hit.trigger.type as EventType;
  const people = personsIn(ctx, s);
  const reportFrom = reportStart(ctx, hit, hits);
  const date = dateIn(ctx, s, hit, reportFrom, type === "arrest" && people.length > 0);
  const trigger = spanOf(ctx, hit.first, hit.end);
  // the fields every event has, in the schema's order, read once the trigger is known to be enough;
  // each type sets its own fields on the same object after them (JSON keeps that order: no spread
  // copies the shared fields into a new object per type)
  const eventOf = <E extends Draft["event"]>(eventType: E["type"], persons: PersonRef[], rule = ""): E =>
    ({
      type: eventType,
      trigger,
      sentence: { start: s.start, end: s.end, text: s.text },
      date,
      // read once the telling is known to be kept or to fold into one without a place (see locate)
      location: null,
      persons,
      organizations: eventOrganizations(ctx, s, hits, sentenceIndex, hit.first),
      rule: `trigger "${hit.trigger.phrase}" (${type})${rule}`,
    }) as E;
  const draft = (event: Draft["event"], key: string, personIds?: Set<string>): Draft => ({
    event,
    sentenceIndex,
    key,
    personIds: personIds ?? new Set(event.persons.map((r) => r.personId)),
    ownDay: date,
    // a gathering's day is written as the day it was held; an incident's sentence may name the
    // day it was reported beside the day it happened, and without a year the two cannot be told apart
    ownMonthDay: type === "meeting" || type === "exercise" ? monthDayIn(ctx, s, reportFrom) : null,
    unplaced: { hit, hits },
  });
  const idsWith = (persons: readonly PersonRef[], role: PersonRef["role"]) =>
    new Set(persons.filter((r) => r.role === role).map((r) => r.personId));

  switch (type) {
    case "meeting": {
      // "Bộ trưởng X và Đoàn … tới thăm …": a working visit is paid by officials or a delegation;
      // tourists visiting a village pay none
      if (hit.trigger.detail === "visit" && !officialVisitor(ctx, s, hit, people)) return null;
      const event = eventOf<MeetingEvent>("meeting", rolesFor(ctx, s, type, hit, people, hits));
      event.subtype = meetingSubtype(ctx, hit, s);
      event.online = hasKeys(ctx, s, "trực", "tuyến");
      event.topic = meetingTopic(ctx, hit, s);
      return draft(event, hit.trigger.detail === "visit" ? VISIT : "");
    }
    case "exercise": {
      const event = eventOf<ExerciseEvent>("exercise", rolesFor(ctx, s, type, hit, people, hits));
      event.name = meetingTopic(ctx, hit, s);
      return draft(event, "");
    }
    case "speech": {
      const persons = rolesFor(ctx, s, type, hit, people, hits);
      const speaker = persons[0];
      // speeches reported are officials' (a rank or a position): a witness quoted is not one
      if (speaker === undefined) return null;
      // "cho rằng": an opinion is a speech only in a sentence that names where it was said
      if (hit.trigger.detail === "said_at" && !namesOccasion(ctx, s)) return null;
      const said = hit.trigger.detail === "said" || hit.trigger.detail === "said_at";
      const event = eventOf<SpeechEvent>(
        "speech",
        persons,
        "; speaker: the official who is the verb's subject",
      );
      event.purpose = said ? "other" : (hit.trigger.detail as "directive");
      const made = draft(event, speaker.personId);
      made.needsOccasion = said;
      return made;
    }
    case "award": {
      // the award noun of the sentence (the trigger itself, or one after a verb)
      const noun = isAwardNoun(hit)
        ? hit
        : hits.find((h) => h.trigger.type === "award" && isAwardNoun(h) && h.first >= hit.first);
      if (noun === undefined && hit.trigger.detail === "verb") return null;
      const award =
        noun !== undefined
          ? awardName(ctx, noun.first, noun.end, s.last, noun.trigger.detail === "titled")
          : (firstQuoted(ctx, hit.end, s.last)?.text ?? trigger.text);
      // the roles hang on the giving verb ("A trao … cho B", "B được A tặng …"), else on the noun
      const verb = isAwardNoun(hit)
        ? hits.filter((h) => h.trigger.type === "award" && !isAwardNoun(h) && h.first < hit.first).at(-1)
        : hit;
      const persons = rolesFor(ctx, s, type, verb ?? hit, people, hits);
      const nums = numbersIn(ctx, s);
      const count = (u: string) => nums.find((n) => n.unit?.toLowerCase().startsWith(u))?.value ?? null;
      const event = eventOf<AwardEvent>("award", persons);
      event.award = award;
      event.recipients = { collectives: count("tập thể"), individuals: count("cá nhân"), names: [] };
      const made = draft(event, noun === undefined ? SELF_AWARD : awardKey(award));
      const clause = clauseAround(ctx, s, hit.first);
      const body = bodyRecipient(ctx, (noun ?? hit).end, clause.last);
      made.parties = {
        givers: idsWith(persons, "giver"),
        recipients: idsWith(persons, "recipient"),
        bodies: new Set(body === null ? [] : [body]),
      };
      return made;
    }
    case "campaign": {
      const name = firstQuoted(ctx, hit.end, s.last)?.text ?? null;
      const event = eventOf<CampaignEvent>("campaign", rolesFor(ctx, s, type, hit, people, hits));
      event.name = name;
      return draft(event, name ? awardKey(name) : "");
    }
    case "document": {
      const doc = within(ctx.documents, s)[0] ?? null;
      const event = eventOf<DocumentEvent>("document", rolesFor(ctx, s, type, hit, people, hits));
      event.document = doc?.text ?? null;
      return draft(event, doc?.number ?? "");
    }
    case "arrest":
    case "prosecution": {
      if (isStatistics(ctx, s)) return null;
      const persons = rolesFor(ctx, s, type, hit, people, hits);
      // "6.000 bao thuốc lá … bị CSGT bắt giữ": goods caught are seized, nobody is arrested
      const goods = type === "arrest" ? caughtGoods(ctx, s, hit) : null;
      if (goods !== null && !persons.some((r) => r.role === "suspect")) {
        const event = eventOf<SeizureEvent>("seizure", persons, "; goods caught: a seizure");
        event.items = seizedItems(ctx, s, goods);
        return draft(event, "", new Set());
      }
      const event = eventOf<ArrestEvent | ProsecutionEvent>(type, persons);
      event.suspects = suspectCount(ctx, s);
      event.charge = chargeIn(ctx, s);
      return draft(event, "", idsWith(persons, "suspect"));
    }
    case "seizure": {
      if (isStatistics(ctx, s)) return null;
      const persons = rolesFor(ctx, s, type, hit, people, hits);
      const event = eventOf<SeizureEvent>("seizure", persons);
      event.items = seizedItems(ctx, s, trigger.end);
      return draft(event, "", idsWith(persons, "suspect"));
    }
    default:
      return draft(eventOf(type, rolesFor(ctx, s, type, hit, people, hits)), "");
  }
}
