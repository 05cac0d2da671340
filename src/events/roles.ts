import type { SentenceRange } from "../article/sentences.js";
import { rankTrie } from "../lexicon/index.js";
import type { Person } from "../persons/index.js";
import type { Token } from "../tokenize/index.js";
import type { Indexed, Participant } from "./context.js";
import type { EventType, PersonRef } from "./schema.js";
import { clauseAround, clauseKey, tokenAt, within } from "./spans.js";
import { CUES, type Hit, readerCueAt } from "./triggers.js";

/**
 * Who took part in an event and as what, read from the structure of the trigger's clause rather
 * than from nearness: the one before the verb did it (the giver, the officer, the rescuer), the
 * one after it underwent it (the recipient, the suspect, the rescued), and a passive `bị` / `được`
 * turns the two around ("A được B trao …": A receives, B gives). Role words of the text
 * ("điều khiển", "tài xế", "nạn nhân") name drivers and victims.
 */

export type { Participant } from "./context.js";

/** The persons named in a sentence, each with the token index of its first mention there (read once per sentence). */
export function personsIn(ctx: Indexed, s: SentenceRange): readonly Participant[] {
  const known = ctx.people.get(s);
  if (known !== undefined) return known;
  const out: Participant[] = [];
  const seen = new Set<Person>();
  for (const m of within(ctx.mentions, s)) {
    if (seen.has(m.person)) continue;
    const at = tokenAt(ctx, m.start, s.first, s.last);
    // "Trung tướng X" read as a bare use of "… Trung": the first syllable of a rank names nobody
    const rank = rankTrie().longestAt(ctx.keys, ctx.tokens, ctx.input, at);
    if (rank !== null && (ctx.tokens[rank.end - 1] as Token).end > m.end) continue;
    seen.add(m.person);
    out.push({ person: m.person, at, offset: m.start });
  }
  ctx.people.set(s, out);
  return out;
}

/** Someone the text gives a rank, a position or an officer's noun: an official, not a bystander. */
export const isOfficial = (p: Person) => p.rank !== null || p.titles.length > 0 || p.role === "officer";

/** Someone the text gives a rank or an officer's noun: a police or army officer. */
const isOfficer = (p: Person) => p.rank !== null || p.role === "officer";

/** How far after "do" a document's signer may be named ("do GS.TS X"). */
const SIGNER_WINDOW = 4;

/** How far back from a trigger a passive `bị` / `được` is looked for ("được Chủ tịch nước trao tặng"). */
const PASSIVE_WINDOW = 6;
/** How far back from a role verb its subject may stand (a bracketed age and address between). */
const ROLE_SUBJECT_WINDOW = 24;

/** The token of a passive marker that governs the trigger, or -1. */
function passiveBefore(ctx: Indexed, hit: Hit, clauseFirst: number): number {
  // "đầu thú": the one who surrenders is its subject
  if (hit.trigger.detail === "patient") return hit.first;
  const k0 = ctx.keys[hit.first];
  if (k0 === "bị" || k0 === "được") return hit.first;
  for (let k = hit.first - 1; k >= clauseFirst && hit.first - k <= PASSIVE_WINDOW; k--) {
    const key = ctx.keys[k];
    if (key === "bị" || key === "được") return k;
    // "được Đảng, Nhà nước tặng": a list of givers may stand between; other punctuation ends the search
    const t = ctx.tokens[k] as Token;
    if (t.kind === "punct" && t.normalized !== ",") break;
  }
  return -1;
}

/**
 * Roles named by role words in the clause ("tài xế X", "X điều khiển", "nạn nhân X", "X tử vong"),
 * read once per clause: every trigger of a clause asks, and `people` are always its sentence's.
 */
function cueRoles(
  ctx: Indexed,
  first: number,
  last: number,
  people: readonly Participant[],
): ReadonlyMap<Person, PersonRef["role"]> {
  const key = clauseKey(ctx, first, last);
  const known = ctx.roleCues.get(key);
  if (known !== undefined) return known;
  const out = new Map<Person, PersonRef["role"]>();
  for (let i = first; i < last; i++) {
    const cue = readerCueAt(ctx, i, "role");
    if (cue === null) continue;
    const role = cue.details[0] as PersonRef["role"];
    const next = people.find((p) => p.at >= cue.end && p.at - cue.end <= 2);
    if (next !== undefined && !out.has(next.person)) out.set(next.person, role);
    else {
      const prev = lastBefore(people, i);
      if (prev !== undefined && !out.has(prev.person)) out.set(prev.person, role);
    }
    i = cue.end - 1;
  }
  ctx.roleCues.set(key, out);
  return out;
}

/** The last of `people` named within ROLE_SUBJECT_WINDOW tokens before token i: a role verb's subject. */
function lastBefore(people: readonly Participant[], i: number): Participant | undefined {
  for (let k = people.length - 1; k >= 0; k--) {
    const p = people[k] as Participant;
    if (p.at < i && i - p.at <= ROLE_SUBJECT_WINDOW) return p;
  }
  return undefined;
}

/** The sentence's persons first named inside a clause (read once per clause: its triggers all ask). */
function peopleInClause(
  ctx: Indexed,
  clause: { readonly first: number; readonly last: number },
  people: readonly Participant[],
): readonly Participant[] {
  const key = clauseKey(ctx, clause.first, clause.last);
  let inClause = ctx.clausePeople.get(key);
  if (inClause === undefined) {
    inClause = people.filter((p) => p.at >= clause.first && p.at < clause.last);
    ctx.clausePeople.set(key, inClause);
  }
  return inClause;
}

/** Whether a verb (or a reporting verb) of another type than the pivot's stands after token `at` and ends before the pivot. */
function verbBetween(hits: readonly Hit[], at: number, pivot: Hit): boolean {
  for (const h of hits) {
    const type = h.trigger.type;
    if (
      (!CUES.has(type) || type === "report") &&
      h.end <= pivot.first &&
      h.first > at &&
      type !== pivot.trigger.type
    )
      return true;
  }
  return false;
}

/** The persons of an event of `type` triggered at `hit` (`pivot`: the verb the roles hang on), with roles. */
export function rolesFor(
  ctx: Indexed,
  s: SentenceRange,
  type: EventType,
  pivot: Hit,
  people: readonly Participant[],
  hits: readonly Hit[] = [],
): PersonRef[] {
  // every role below is given to one of the sentence's persons: a sentence naming nobody has none
  if (people.length === 0) return [];
  const clause = clauseAround(ctx, s, pivot.first);
  const inClause = peopleInClause(ctx, clause, people);
  const passive = passiveBefore(ctx, pivot, clause.first);
  // before the verb: the doer, unless a passive marker stands between (then the doer follows it)
  // a noun ("tang vật") has no doer: who stands before it is just named with it
  const noun = pivot.trigger.detail === "noun";
  // "X biểu dương các đơn vị bắt giữ …": X is the subject of the verb before, not of this one
  // ("Đại tá X cho biết, Công an đã bắt …": X reports it, the police did it)
  const ownSubject = (p: Participant) => !verbBetween(hits, p.at, pivot);
  const agentOf = (p: Participant) =>
    !noun && ownSubject(p) && (passive >= 0 ? p.at > passive && p.at < pivot.first : p.at < pivot.first);
  // "A bị B bắt giữ …": with a passive the one who undergoes it stands before the marker; who is
  // named after the verb is told of in another part ("… giúp một đối tượng khác tên là C"), unless
  // nobody is named before it ("15 đối tượng bị bắt, trong đó cầm đầu là C")
  const namedBefore = passive >= 0 && inClause.some((p) => p.at < passive);
  const patientOf = (p: Participant) =>
    passive >= 0 ? p.at < passive || (!namedBefore && p.at >= pivot.end) : p.at >= pivot.end;
  // role words name victims and drivers: read only for the crimes and incidents that have them
  const cues = () => cueRoles(ctx, clause.first, clause.last, inClause);
  const out: PersonRef[] = [];
  const add = (p: Participant, role: PersonRef["role"]) => {
    if (!out.some((r) => r.personId === p.person.id)) out.push({ personId: p.person.id, role });
  };
  switch (type) {
    case "arrest":
    case "prosecution":
    case "seizure": {
      const roles = cues();
      for (const p of inClause) {
        const cue = roles.get(p.person);
        if (cue === "victim") add(p, "victim");
        // an official with a position but no rank after the verb is who was caught ("tạm giữ
        // hình sự đối với X (Trưởng khoa …)"); an officer there has a rank or an officer's noun
        else if (patientOf(p))
          add(p, isOfficer(p.person) && p.person.role !== "suspect" ? "officer" : "suspect");
        else if (agentOf(p) && isOfficial(p.person)) add(p, "officer");
        // a citizen who helped catch someone is neither suspect nor officer
        else if (p.person.role === "suspect") add(p, "suspect");
      }
      // "… thu giữ 30 kg; hai đối tượng A và B đã bị bắt giữ": the suspects may be told in the next clause
      if (!out.some((r) => r.role === "suspect"))
        for (const p of people)
          if (!inClause.includes(p) && (p.person.role === "suspect" || !isOfficial(p.person)))
            add(p, "suspect");
      break;
    }
    case "accident":
    case "fire": {
      const roles = cues();
      for (const p of inClause) {
        const cue = roles.get(p.person);
        if (cue !== undefined) add(p, cue);
        else if (isOfficial(p.person)) add(p, "officer");
        else add(p, p.person.role === "suspect" ? "suspect" : "victim");
      }
      break;
    }
    case "rescue":
      for (const p of inClause) {
        if (agentOf(p) || isOfficial(p.person)) add(p, "rescuer");
        else if (patientOf(p)) add(p, "rescued");
      }
      break;
    case "award":
      for (const p of inClause) {
        // a suspect of the story is nobody's award recipient
        if (p.person.role === "suspect") continue;
        if (patientOf(p)) add(p, "recipient");
        else if (agentOf(p)) add(p, isOfficial(p.person) ? "giver" : "recipient");
      }
      break;
    case "speech": {
      const before = inClause.filter((p) => p.at < pivot.first && isOfficial(p.person)).at(-1);
      // "Phát biểu tại hội nghị, Thiếu tướng X …": a sentence that opens with the verb names its speaker after it
      const opening = pivot.first - clause.first <= 2 && inClause.every((p) => p.at > pivot.first);
      const speaker = before ?? (opening ? inClause.find((p) => p.at >= pivot.end) : undefined);
      if (speaker !== undefined && isOfficial(speaker.person)) add(speaker, "speaker");
      break;
    }
    case "meeting":
    case "exercise": {
      const chair = chairOf(ctx, s, people);
      for (const p of people) add(p, p === chair ? "chair" : "attendee");
      break;
    }
    case "document":
      for (const p of inClause) if (agentOf(p) && isOfficial(p.person)) add(p, "organizer");
      // "Quyết định do Thứ trưởng X ký", "công văn do GS.TS X … nêu rõ": who stands after "do" issued it
      for (let k = pivot.first; k < clause.last; k++) {
        if (ctx.keys[k] !== "do") continue;
        const by = inClause.find((p) => p.at > k && p.at - k <= SIGNER_WINDOW);
        if (by !== undefined) add(by, "organizer");
        break;
      }
      break;
    default:
      for (const p of inClause) if (agentOf(p) && isOfficial(p.person)) add(p, "organizer");
  }
  return out;
}

/**
 * The chair of a meeting sentence: who stands before "chủ trì", or after "sự chủ trì của". Read
 * once per sentence (each meeting telling and the attendance reader ask); `people` are its persons.
 */
export function chairOf(
  ctx: Indexed,
  s: SentenceRange,
  people: readonly Participant[],
): Participant | undefined {
  let chair = ctx.chairs.get(s);
  if (chair === undefined) {
    chair = chairIn(ctx, s, people) ?? null;
    ctx.chairs.set(s, chair);
  }
  return chair ?? undefined;
}

function chairIn(ctx: Indexed, s: SentenceRange, people: readonly Participant[]): Participant | undefined {
  for (let i = s.first; i < s.last - 1; i++) {
    if (ctx.keys[i] !== "chủ" || ctx.keys[i + 1] !== "trì") continue;
    if (ctx.keys[i + 2] === "của") return people.find((p) => p.at >= i + 3 && p.at - (i + 3) <= 3);
    return people.filter((p) => p.at < i).at(-1);
  }
  return undefined;
}
