import { boundedMemo } from "../lexicon/index.js";
import { matchKey, normalizeText } from "../text/index.js";
import type { Event } from "./schema.js";
import type { Hit } from "./triggers.js";

/**
 * One happening told twice is one event: a caption and its paragraph, a lead and its details.
 * Drafts of the same type fold into the first telling when they share the award, the speaker,
 * the suspects or the document; incidents told with two different days are two happenings.
 */

export interface Draft {
  event: Event;
  sentenceIndex: number;
  /** Merge key within the type. */
  key: string;
  personIds: Set<string>;
  /** A speech told by a verb of saying ("nói", "nhấn mạnh"): one only where there is an occasion to speak at. */
  needsOccasion?: boolean;
  /** The day written in the event's own sentence (not carried from the paragraph), or null. */
  ownDay: string | null;
  /** Month and day ("06-29") written in the event's own sentence, also when its year is unknown. */
  ownMonthDay?: string | null;
  /** An award's parties as told: person ids of givers and recipients; whether a body is named as its recipient. */
  parties?: AwardParties;
  /** Another telling has been folded into this one (its rule says so). */
  merged?: boolean;
  /** The trigger and its sentence's hits while the event's place is not read yet (see locate in events.ts). */
  unplaced?: { hit: Hit; hits: readonly Hit[] };
}

export interface AwardParties {
  givers: Set<string>;
  recipients: Set<string>;
  /** "… tặng Phòng Tham mưu", "cho Công an quận …": the bodies named as recipients (their match keys). */
  bodies: Set<string>;
}

/**
 * The same award or campaign name however it is written: entities, NBSP and zero-width spaces, NFD,
 * old tone placement. Remembered across articles: the same awards, bodies and places recur.
 */
export const awardKey: (award: string) => string = boundedMemo(2000, (award) =>
  matchKey(normalizeText(award).text.replace(/\s+/gu, " ")),
);

/** Merge key of awards told by a verb alone ("khen thưởng", "biểu dương"): they join a named award. */
export const SELF_AWARD = "\u0000self";

/** Merge key of a meeting that is a visit ("tới thăm Khu công nghiệp …"). */
export const VISIT = "\u0000visit";

export const MERGE_WINDOW = 64;
export const MAX_PARTICIPANTS = 64;

/** Folds `b` (told later) into `a`: persons, organisations, a missing date or place. */
export function merge(a: Draft, b: Draft): void {
  const ea = a.event;
  const eb = b.event;
  // capped: a happening has a few dozen participants at most, and the cap keeps merging linear
  // (who and what it already has are looked up in sets: an article's meeting gathers many tellings)
  if (eb.persons.length > 0) {
    const known = new Set<string>();
    for (const x of ea.persons) known.add(x.personId);
    for (const r of eb.persons)
      if (ea.persons.length < MAX_PARTICIPANTS && !known.has(r.personId)) {
        ea.persons.push(r);
        known.add(r.personId);
      }
  }
  if (eb.organizations.length > 0) {
    const known = new Set(ea.organizations);
    for (const o of eb.organizations)
      if (ea.organizations.length < MAX_PARTICIPANTS && !known.has(o)) {
        ea.organizations.push(o);
        known.add(o);
      }
  }
  if (ea.date === null) ea.date = eb.date;
  a.ownDay ??= b.ownDay;
  a.ownMonthDay ??= b.ownMonthDay;
  if (a.parties !== undefined && b.parties !== undefined) {
    for (const id of b.parties.givers) a.parties.givers.add(id);
    for (const id of b.parties.recipients) a.parties.recipients.add(id);
    for (const k of b.parties.bodies) a.parties.bodies.add(k);
  } else a.parties ??= b.parties;
  if (b.needsOccasion !== true) a.needsOccasion = false;
  if (ea.location === null) ea.location = eb.location;
  for (const id of b.personIds) a.personIds.add(id);
  if (ea.type === "seizure" && eb.type === "seizure" && ea.items.length === 0) ea.items = eb.items;
  if ((ea.type === "arrest" || ea.type === "prosecution") && ea.type === eb.type) {
    ea.suspects ??= eb.suspects;
    ea.charge ??= eb.charge;
  }
  if (ea.type === "meeting" && eb.type === "meeting") ea.topic ??= eb.topic;
  // said once ("merged" is written into a rule only here)
  if (a.merged !== true) {
    ea.rule += "; merged with the same happening told again";
    a.merged = true;
  }
}

const overlapsIds = (a: Set<string>, b: Set<string>) => {
  for (const x of b) if (a.has(x)) return true;
  return false;
};
/** Two days written in the events' own sentences that differ; "ngày 28/6" and "sáng 29/6" differ also when no year is known. */
const differentDays = (a: Draft, b: Draft) =>
  (a.ownDay !== null && b.ownDay !== null && a.ownDay.slice(0, 10) !== b.ownDay.slice(0, 10)) ||
  (a.ownMonthDay != null && b.ownMonthDay != null && a.ownMonthDay !== b.ownMonthDay);

/** Two places written for two tellings where neither holds the other ("Hà Nội", "Khu công nghiệp An ninh"). */
function differentPlaces(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const x = awardKey(a);
  const y = awardKey(b);
  return !x.includes(y) && !y.includes(x);
}

const disjoint = (a: Set<string>, b: Set<string>) => a.size > 0 && b.size > 0 && !overlapsIds(a, b);

/**
 * Two tellings of one award name that are two givings: given by different persons ("A trao cờ …
 * tặng Phòng X", "B trao cờ … cho Phòng Y") or to different persons, with nobody in common (a
 * person named in both, whatever the role read, makes them one); or one to a body and the other to
 * a named person ("… tặng Bộ đội Biên phòng", "… cho gia đình Trung tá X").
 */
export function differentGivings(a: AwardParties | undefined, b: AwardParties | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const all = (x: AwardParties) => new Set([...x.givers, ...x.recipients]);
  if (!overlapsIds(all(a), all(b)) && (disjoint(a.givers, b.givers) || disjoint(a.recipients, b.recipients)))
    return true;
  const bodyOnly = (x: AwardParties) => x.bodies.size > 0 && x.recipients.size === 0;
  return (bodyOnly(a) && b.recipients.size > 0) || (bodyOnly(b) && a.recipients.size > 0);
}

/** Whether a later mention `b` tells the same happening as `a` (same type). */
export function sameHappening(a: Draft, b: Draft): boolean {
  switch (a.event.type) {
    case "award":
      // "danh hiệu Anh hùng …" and "danh hiệu Anh hùng … TP Hải Phòng" are one award
      return (
        (a.key === b.key ||
          (b.key !== SELF_AWARD &&
            a.key !== SELF_AWARD &&
            (a.key.startsWith(b.key) || b.key.startsWith(a.key)))) &&
        !differentGivings(a.parties, b.parties)
      );
    case "document":
      // an article reports one act on documents (adopting, issuing, deploying): its mentions are one
      return true;
    case "speech":
    case "campaign":
      return a.key === b.key || (b.key === "" && a.event.type !== "speech");
    case "arrest":
    case "prosecution":
    case "seizure": {
      if (differentDays(a, b)) return false;
      // "khởi tố 9 bị can" and later "khởi tố tất cả 20 bị can" are two steps of the case
      const ea = a.event;
      const eb = b.event;
      if (
        (ea.type === "arrest" || ea.type === "prosecution") &&
        (eb.type === "arrest" || eb.type === "prosecution") &&
        ea.suspects !== null &&
        eb.suspects !== null &&
        ea.suspects !== eb.suspects
      )
        return false;
      return b.personIds.size === 0 || a.personIds.size === 0 || overlapsIds(a.personIds, b.personIds);
    }
    case "meeting":
      // talks in the capital and a visit to a plant the same day are two gatherings (a meeting
      // told "tại Hà Nội" and then "tại Hội trường …" is one: only a visit is told apart by its place)
      return (
        !differentDays(a, b) &&
        !((a.key === VISIT || b.key === VISIT) && differentPlaces(a.event.location, b.event.location))
      );
    default:
      // two accidents, fires or meetings on different days are two happenings
      return !differentDays(a, b);
  }
}
