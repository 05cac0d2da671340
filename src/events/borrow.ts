import type { Indexed } from "./context.js";
import { type Draft, MAX_PARTICIPANTS } from "./merge.js";
import { personsIn, rolesFor } from "./roles.js";
import { type EventType, INCIDENT_TYPES, type PersonRef } from "./schema.js";
import type { Hit } from "./triggers.js";

/**
 * What an event borrows from the others of its article when its own sentence does not tell it: the
 * place of the happening it is part of, the suspects of its case, the participants of the sentence
 * that tells its details, the victims a rescue names.
 */

/** Which events lend their place to an event whose own sentence names none: the happening it is part of. */
const PLACE_FROM: Partial<Record<EventType, readonly EventType[]>> = {
  rescue: ["accident", "fire"],
  seizure: ["arrest", "seizure"],
  arrest: ["seizure", "arrest"],
  prosecution: ["arrest"],
  speech: ["meeting", "exercise", "award"],
  award: ["meeting"],
};

/**
 * "… giải cứu hai nạn nhân" after the accident's sentence, a speech at the ceremony, the drugs
 * seized in the arrest: an event without a place of its own happened where the happening it is
 * part of did (the nearest such event told before it, else after it).
 */
export function inheritPlaces(drafts: readonly Draft[], meeting: Draft | undefined): void {
  for (const d of drafts) {
    if (d.event.location !== null) continue;
    const from = PLACE_FROM[d.event.type];
    if (from === undefined) continue;
    const lender =
      meeting !== undefined && meeting.event.location !== null && from.includes("meeting")
        ? meeting
        : nearestLender(drafts, d, from);
    if (lender === undefined) continue;
    d.event.location = lender.event.location;
    d.event.rule += `; place of the ${lender.event.type} it is part of`;
  }
}

/** The last event of a type in `from` with a place told at or before `d`'s sentence, else the first after it. */
function nearestLender(drafts: readonly Draft[], d: Draft, from: readonly EventType[]): Draft | undefined {
  let first: Draft | undefined;
  let latest: Draft | undefined;
  for (const x of drafts) {
    if (x === d || x.event.location === null || !from.includes(x.event.type)) continue;
    first ??= x;
    if (x.sentenceIndex <= d.sentenceIndex) latest = x;
  }
  return latest ?? first;
}

/** Words that open a sentence telling the details of the one before: "Theo đó, …", "Cụ thể, …". */
const DETAIL_OPENERS: readonly (readonly [string, string])[] = [
  ["theo", "đó"],
  ["cụ", "thể"],
];

/**
 * "Gần 6.000 bao thuốc lá … bị CSGT bắt giữ. Theo đó, … Trung tá X … phát hiện xe khách do tài xế
 * Y điều khiển …": an incident whose sentence names nobody takes its participants from the next
 * sentence when that one opens by saying it tells the details, with the roles its clause gives.
 */
export function detailedNext(ctx: Indexed, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (!INCIDENT_TYPES.has(d.event.type) || d.event.persons.length > 0) continue;
    const next = ctx.sentences[d.sentenceIndex + 1];
    if (next === undefined) continue;
    const opens = DETAIL_OPENERS.some(
      ([a, b]) => ctx.keys[next.first] === a && ctx.keys[next.first + 1] === b,
    );
    if (!opens) continue;
    const people = personsIn(ctx, next);
    if (people.length === 0) continue;
    const pivot: Hit = {
      trigger: { phrase: "", type: d.event.type, detail: "" },
      first: next.first,
      end: next.first + 2,
    };
    for (const r of rolesFor(ctx, next, d.event.type, pivot, people)) {
      d.event.persons.push(r);
      if (!CRIME.has(d.event.type) || r.role === "suspect") d.personIds.add(r.personId);
    }
    d.event.rule += "; participants from the next sentence, which tells its details";
  }
}

/**
 * "… chiếc xe đầu kéo do tài xế Nguyễn Văn A điều khiển, đang lưu thông … Khi đến địa phận xã X, …
 * xe bị lật": an accident whose sentence names nobody takes the driver the sentence before it
 * names, when that sentence tells no event of its own (it sets the scene).
 */
export function sceneBefore(ctx: Indexed, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (d.event.type !== "accident" || d.event.persons.length > 0 || d.sentenceIndex === 0) continue;
    const index = d.sentenceIndex - 1;
    if (drafts.some((x) => x.sentenceIndex === index)) continue;
    const before = ctx.sentences[index];
    if (before === undefined) continue;
    const people = personsIn(ctx, before);
    if (people.length === 0) continue;
    const pivot: Hit = {
      trigger: { phrase: "", type: "accident", detail: "" },
      first: before.last,
      end: before.last,
    };
    let taken = false;
    for (const r of rolesFor(ctx, before, "accident", pivot, people)) {
      // (a victim the sentence before names is too often someone else's: only the driver is taken)
      if (r.role !== "driver") continue;
      d.event.persons.push(r);
      d.personIds.add(r.personId);
      taken = true;
    }
    if (taken) d.event.rule += "; the driver from the sentence before, which sets the scene";
  }
}

/** Who an accident or a fire hurt: the rescued of the rescue told with it, when its own sentences name nobody hurt. */
export function victimsOfRescues(drafts: readonly Draft[]): void {
  // asked of every article with events, most of which tell no rescue: a plain loop, no flatMap
  const rescued: PersonRef[] = [];
  for (const d of drafts)
    if (d.event.type === "rescue") for (const r of d.event.persons) if (r.role === "rescued") rescued.push(r);
  if (rescued.length === 0) return;
  for (const d of drafts) {
    if (d.event.type !== "accident" && d.event.type !== "fire") continue;
    if (d.event.persons.some((r) => r.role === "victim" || r.role === "driver")) continue;
    for (const r of rescued)
      if (
        !d.event.persons.some((x) => x.personId === r.personId) &&
        d.event.persons.length < MAX_PARTICIPANTS
      )
        d.event.persons.push({ personId: r.personId, role: "victim" });
    d.event.rule += "; the rescued were its victims";
  }
}

const CRIME = new Set<EventType>(["arrest", "prosecution", "seizure"]);
/** Above this many suspects, an article tells several cases and an unnamed "đối tượng" is anyone's. */
const MAX_STORY_SUSPECTS = 2;

/**
 * "… truy bắt đối tượng", "Tang vật vụ án": a crime event whose sentence names nobody is about the
 * story's suspect, when the article names one or two (as suspects of its other crime events, or
 * with "đối tượng", "bị can" before the name); in an article of more cases, about the one or two
 * suspects of the crime event told a few sentences before it.
 */
export function nameSuspects(ctx: Indexed, drafts: readonly Draft[]): void {
  const story = new Set<string>();
  for (const d of drafts)
    if (CRIME.has(d.event.type))
      for (const r of d.event.persons) if (r.role === "suspect") story.add(r.personId);
  for (const p of ctx.persons) if (p.role === "suspect") story.add(p.id);
  if (story.size === 0) return;
  const suspectsOf = (d: Draft) => d.event.persons.filter((r) => r.role === "suspect").map((r) => r.personId);
  let lastCase: Draft | undefined;
  for (const d of drafts) {
    if (!CRIME.has(d.event.type)) continue;
    const own = suspectsOf(d);
    if (own.length > 0) {
      lastCase = d;
      continue;
    }
    // an article of several cases: the unnamed "tang vật" is of the case told just before it
    const near =
      lastCase !== undefined && d.sentenceIndex - lastCase.sentenceIndex <= CASE_GAP
        ? suspectsOf(lastCase)
        : [];
    const ids = story.size <= MAX_STORY_SUSPECTS ? [...story] : near.length <= MAX_STORY_SUSPECTS ? near : [];
    if (ids.length === 0) continue;
    for (const id of ids) {
      d.event.persons.push({ personId: id, role: "suspect" });
      d.personIds.add(id);
    }
    d.event.rule +=
      story.size <= MAX_STORY_SUSPECTS
        ? "; suspect named elsewhere in the story"
        : "; suspect of the case told just before";
  }
}

/** How many sentences after a case's event an unnamed crime event is still told of it. */
const CASE_GAP = 3;
