import type { AbbreviationUse } from "../abbreviations/index.js";
import type { SentenceRange } from "../article/sentences.js";
import type { DateMention } from "../dates/index.js";
import type { DocumentRef } from "../documents/index.js";
import { EVENT_TRIGGERS } from "../generated/event-triggers.js";
import { crossesLine, isTitleCase, PhraseTrie, personNounTrie, phraseKeys } from "../lexicon/index.js";
import type { NumberMention } from "../numbers/index.js";
import type { Person } from "../persons/index.js";
import type { Span } from "../span.js";
import { isCapitalized, matchKey, normalizeText } from "../text/index.js";
import { parseOrganization } from "../titles/index.js";
import type { Token } from "../tokenize/index.js";
import type { Event, EventType, PersonRef } from "./schema.js";

/** What the event stage reads: the tokens and the other stages' results of one extract() run. */
export interface EventContext {
  input: string;
  tokens: readonly Token[];
  keys: readonly string[];
  sentences: readonly SentenceRange[];
  persons: readonly Person[];
  dates: readonly DateMention[];
  numbers: readonly NumberMention[];
  documents: readonly DocumentRef[];
  abbreviations: readonly AbbreviationUse[];
}

/** The context with start-sorted lists of person mentions and abbreviation uses, built once. */
interface Indexed extends EventContext {
  mentions: readonly { start: number; end: number; person: Person }[];
  uses: readonly (Span & { expansion: string })[];
  /** Organisations by sentence index, read once per sentence that has an event. */
  orgs: Map<number, string[]>;
}

function orgsOf(ctx: Indexed, s: SentenceRange, hits: readonly Hit[], index: number): string[] {
  let orgs = ctx.orgs.get(index);
  if (orgs === undefined) {
    orgs = organizationsIn(ctx, s, hits);
    ctx.orgs.set(index, orgs);
  }
  return orgs;
}

interface Trigger {
  phrase: string;
  /**
   * An event type, or a cue: "block" (no event right after), "report" (a reporting verb),
   * "modal" (a directive or future: what should happen), "attend" (who attended a meeting),
   * "verb" (ends an organisation's name), "neutral" (a phrase that only protects its words).
   */
  type: EventType | "block" | "report" | "modal" | "attend" | "verb" | "neutral";
  detail: string;
}

let trieCache: PhraseTrie<Trigger> | null = null;
/** The trigger phrases as a token trie, built once from the compiled table. */
function triggerTrie(): PhraseTrie<Trigger> {
  if (trieCache === null) {
    const trie = new PhraseTrie<Trigger>();
    for (const [phrase, type, detail] of EVENT_TRIGGERS)
      trie.add(phraseKeys(phrase), { phrase, type: type as Trigger["type"], detail });
    trieCache = trie;
  }
  return trieCache;
}

interface Hit {
  trigger: Trigger;
  first: number;
  end: number;
}

const BLOCK_WINDOW = 2;

const spanOf = (ctx: EventContext, first: number, end: number): Span => {
  const a = (ctx.tokens[first] as Token).start;
  const b = (ctx.tokens[end - 1] as Token).end;
  return { start: a, end: b, text: ctx.input.slice(a, b) };
};

const isPunct = (t: Token | undefined) => t !== undefined && t.kind === "punct";
const OPEN_QUOTES = new Set(['"', "“", "‘", "'", "«"]);
const CLOSE_QUOTES = new Set(['"', "”", "’", "'", "»"]);

/** Words that end a noun phrase read after a trigger (award names, places, topics). */
const PHRASE_STOPS = new Set([
  "cho",
  "tặng",
  "của",
  "và",
  "vì",
  "đến",
  "tới",
  "về",
  "với",
  "do",
  "nhằm",
  "trong",
  "tại",
  "ở",
  "để",
  "đã",
  "được",
  "khi",
  "thì",
  "là",
  "từ",
  "sau",
  "trước",
  "lúc",
  "vào",
  "có",
]);

/** A count, a name or a person noun ("đối tượng", "kẻ", "tên") right after token `end - 1`. */
function takesPersonObject(ctx: EventContext, at: number): boolean {
  const t = ctx.tokens[at];
  if (t === undefined || crossesLine(ctx.tokens, ctx.input, at)) return false;
  if (t.kind === "number") return true;
  if (t.kind === "name" || (isTitleCase(t) && isTitleCase(ctx.tokens[at + 1] ?? t))) return true;
  return personNounTrie().longestAt(ctx.keys, ctx.tokens, ctx.input, at) !== null;
}

/** Triggers of one sentence, longest first at each token; a blocker before a trigger drops it. */
function hitsIn(ctx: EventContext, s: SentenceRange): Hit[] {
  const trie = triggerTrie();
  const out: Hit[] = [];
  let blockedUntil = -1;
  for (let i = s.first; i < s.last; i++) {
    const m = trie.longestAt(ctx.keys, ctx.tokens, ctx.input, i);
    if (m === null || m.end > s.last) continue;
    const values = m.values;
    if (values.some((v) => v.type === "block")) {
      blockedUntil = m.end + BLOCK_WINDOW;
      i = m.end - 1;
      continue;
    }
    if (i < blockedUntil) {
      // "phòng, chống tội phạm, cứu nạn, cứu hộ": a list after a blocker stays blocked
      blockedUntil = m.end + BLOCK_WINDOW;
      i = m.end - 1;
      continue;
    }
    for (const v of values) {
      // "thu 8 xe ô tô": a verb that names a seizure only with a count right after it
      if (v.detail === "count" && ctx.tokens[m.end]?.kind !== "number") continue;
      // "bắt 3 đối tượng", "bắt đối tượng", "bắt Nguyễn Văn A": an arrest; "bắt học sinh đi học" is not
      if (v.detail === "object" && !takesPersonObject(ctx, m.end)) continue;
      out.push({ trigger: v, first: m.start, end: m.end });
    }
    i = m.end - 1;
  }
  return out;
}

/** Tokens `[from, to)` read as a phrase: up to a stop word, punctuation or `max` tokens. */
function phraseAfter(ctx: EventContext, from: number, limit: number, max: number): Span | null {
  let j = from;
  while (j < limit && j - from < max) {
    const t = ctx.tokens[j] as Token;
    if (j > from && crossesLine(ctx.tokens, ctx.input, j)) break;
    if (t.kind === "punct" && t.normalized !== "-") break;
    if (j > from && PHRASE_STOPS.has(ctx.keys[j] ?? "")) break;
    j++;
  }
  return j > from ? spanOf(ctx, from, j) : null;
}

/** A quoted title starting at token i (after an optional colon): its inside. */
function quotedAt(ctx: EventContext, i: number, limit: number): Span | null {
  let k = i;
  if (ctx.tokens[k]?.normalized === ":") k++;
  const open = ctx.tokens[k];
  if (open === undefined || !OPEN_QUOTES.has(open.normalized) || k + 1 >= limit) return null;
  for (let j = k + 1; j < limit && j - k < 30; j++) {
    const t = ctx.tokens[j] as Token;
    if (CLOSE_QUOTES.has(t.normalized)) return j > k + 1 ? spanOf(ctx, k + 1, j) : null;
  }
  return null;
}

function firstQuoted(ctx: EventContext, from: number, limit: number): Span | null {
  for (let i = from; i < limit; i++) {
    const q = quotedAt(ctx, i, limit);
    if (q !== null) return q;
  }
  return null;
}

/** Index of the first token of `[from, to)` starting at or after `offset`. */
const tokenAt = (ctx: EventContext, offset: number, from: number, to: number): number => {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ctx.tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** The name of an award starting at an award noun: "Huân chương Bảo vệ Tổ quốc hạng Ba", "danh hiệu: “Đơn vị Quyết thắng”". */
function awardName(
  ctx: EventContext,
  nounFirst: number,
  nounEnd: number,
  limit: number,
  titled: boolean,
): string {
  const quoted = quotedAt(ctx, nounEnd, limit);
  if (quoted !== null) return quoted.text;
  // "Giấy khen", "thư khen" are followed by their recipient, not by a name of their own
  if (!titled) return spanOf(ctx, nounFirst, nounEnd).text;
  // the noun and its capitalised or ranked continuation ("Bảo vệ Tổ quốc hạng Ba", "Thi đua xuất sắc")
  let j = nounEnd;
  while (j < limit && j - nounEnd < 10) {
    const t = ctx.tokens[j] as Token;
    if (isPunct(t) || crossesLine(ctx.tokens, ctx.input, j)) break;
    if (PHRASE_STOPS.has(ctx.keys[j] ?? "")) break;
    j++;
  }
  return spanOf(ctx, nounFirst, j).text;
}

const isAwardNoun = (h: Hit) => h.trigger.detail === "name" || h.trigger.detail === "titled";
/** The same award or campaign name however it is written: entities, NBSP and zero-width spaces, NFD, old tone placement. */
const awardKey = (award: string): string => matchKey(normalizeText(award).text.replace(/\s+/gu, " "));

/** Merge key of awards told by a verb alone ("khen thưởng", "biểu dương"): they join a named award. */
const SELF_AWARD = "\u0000self";

interface Draft {
  event: Event;
  sentenceIndex: number;
  /** Merge key within the type. */
  key: string;
  personIds: Set<string>;
}

const ROLE_FOR: Record<EventType, PersonRef["role"]> = {
  meeting: "attendee",
  award: "recipient",
  speech: "speaker",
  campaign: "organizer",
  document: "organizer",
  arrest: "suspect",
  prosecution: "suspect",
  seizure: "suspect",
  accident: "victim",
  fire: "victim",
  rescue: "victim",
};

/** First index of `xs` (sorted by start) whose start is at or after `offset`. */
function lowerBound(xs: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as { start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items of a start-sorted list that lie inside `s`: a binary search, not a scan of the text's list. */
function within<T extends { start: number; end: number }>(xs: readonly T[], s: Span): T[] {
  const out: T[] = [];
  for (let k = lowerBound(xs, s.start); k < xs.length; k++) {
    const x = xs[k] as T;
    if (x.start >= s.end) break;
    if (x.end <= s.end) out.push(x);
  }
  return out;
}

/** The persons named in a sentence, each with the token index of its first mention there. */
function personsIn(ctx: Indexed, s: SentenceRange): { person: Person; at: number; offset: number }[] {
  const out: { person: Person; at: number; offset: number }[] = [];
  const seen = new Set<Person>();
  for (const m of within(ctx.mentions, s)) {
    if (seen.has(m.person)) continue;
    seen.add(m.person);
    out.push({ person: m.person, at: tokenAt(ctx, m.start, s.first, s.last), offset: m.start });
  }
  return out;
}

const dateRank = (d: DateMention) =>
  d.value === null ? 0 : d.kind === "date" || d.kind === "datetime" ? 2 : 1;

/**
 * The event's own date: a resolved date in its sentence (a day first), else null. A date written
 * before a reporting verb that precedes the trigger ("Ngày 13/7, Công an … công bố … thu giữ")
 * dates the report, not the event.
 */
function dateIn(ctx: EventContext, s: SentenceRange, trigger: Hit, reports: readonly Hit[]): string | null {
  let best: DateMention | null = null;
  const reportAt = trigger.trigger.type === "meeting" ? [] : reports.filter((r) => r.first < trigger.first);
  for (const d of within(ctx.dates, s)) {
    // a day, not "năm 2022": a year or month names the period a report covers, not the day it happened
    if (d.value === null || d.value.length < 10 || d.kind === "duration" || d.kind === "range") continue;
    if (reportAt.some((r) => (ctx.tokens[r.first] as Token).start >= d.end)) continue;
    if (best === null || dateRank(d) > dateRank(best)) best = d;
  }
  return best?.value ?? null;
}

/** "tại TP Hải Phòng", "ở Trạm CSGT Ngọc Hồi": a capitalised phrase after tại / ở. */
function locationIn(ctx: EventContext, s: SentenceRange): string | null {
  for (let i = s.first; i < s.last - 1; i++) {
    const k = ctx.keys[i];
    if (k !== "tại" && k !== "ở") continue;
    const next = ctx.tokens[i + 1] as Token;
    if (!(isTitleCase(next) || next.kind === "abbr")) continue;
    let j = i + 1;
    while (j < s.last && j - i <= 10) {
      const t = ctx.tokens[j] as Token;
      if (t.kind === "punct" && t.normalized !== "(" && t.normalized !== ")") break;
      if (j > i + 1 && PHRASE_STOPS.has(ctx.keys[j] ?? "")) break;
      j++;
    }
    return spanOf(ctx, i + 1, j).text;
  }
  return null;
}

/**
 * Organisations named in a sentence, as written: "Công an quận Lê Chân", "Phòng Tham mưu", "CATP"
 * (the titles stage's organisation parser from each capitalised word). A lone abbreviation counts
 * when it stands for an organisation (its expansion is capitalised: "Ủy ban nhân dân", not "an
 * ninh Tổ quốc").
 */
function organizationsIn(ctx: Indexed, s: SentenceRange, hits: readonly Hit[]): string[] {
  const out: string[] = [];
  const uses = within(ctx.uses, s);
  // the name ends at a trigger, a cue word or a function word
  const ends = new Uint8Array(s.last - s.first);
  for (const h of hits) if (h.first >= s.first && h.first < s.last) ends[h.first - s.first] = 1;
  for (let k = s.first; k < s.last; k++) if (PHRASE_STOPS.has(ctx.keys[k] ?? "")) ends[k - s.first] = 1;
  // a person's name ("Đào Quang Trường") is no organisation ("Trường" is also a school)
  const inName = new Uint8Array(s.last - s.first);
  for (const n of within(ctx.mentions, s))
    for (
      let k = tokenAt(ctx, n.start, s.first, s.last);
      k < s.last && (ctx.tokens[k] as Token).end <= n.end;
      k++
    )
      inName[k - s.first] = 1;
  const useAt = new Map(uses.map((u) => [u.start, u]));
  for (let i = s.first; i < s.last; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.kind !== "abbr" && !isTitleCase(t)) continue;
    if (inName[i - s.first] === 1) continue;
    const m = parseOrganization(ctx.tokens, ctx.keys, ctx.input, i);
    if (m === null || m.end <= i) continue;
    let end = Math.min(m.nameStart ?? m.end, s.last);
    for (let k = i + 1; k < end; k++)
      if (ends[k - s.first] === 1) {
        end = k;
        break;
      }
    if (end <= i) continue;
    if (end === i + 1 && t.kind === "abbr") {
      const use = useAt.get(t.start);
      if (use === undefined || !isCapitalized(use.expansion)) continue;
    }
    // A head noun alone ("Ban", "Sở", "Bộ", "Quỹ" cut short by a stop word) names no organisation.
    if (end === i + 1 && t.kind !== "abbr") continue;
    const text = spanOf(ctx, i, end).text;
    if (!out.includes(text)) out.push(text);
    i = end - 1;
  }
  return out;
}

const COUNT_UNITS_SUSPECTS = ["đối tượng", "bị can", "nghi phạm", "người", "tên"];
const startsWithAny = (unit: string | null, list: readonly string[]) =>
  unit !== null && list.some((u) => unit.toLowerCase().startsWith(u));

function numbersIn(ctx: EventContext, s: SentenceRange): NumberMention[] {
  return within(ctx.numbers, s);
}

/** "khám phá 34 vụ, 46 đối tượng; triệt phá …": a period's figures, not one happening. */
function isStatistics(ctx: EventContext, s: SentenceRange): boolean {
  return numbersIn(ctx, s).some(
    (n) => n.value > 1 && n.unit !== null && /^vụ(?:\s|$)/u.test(n.unit.toLowerCase()),
  );
}

/** "về tội Giết người", "về hành vi cố ý gây thương tích": the charge up to punctuation. */
function chargeIn(ctx: EventContext, s: SentenceRange): string | null {
  for (let i = s.first; i < s.last - 1; i++) {
    const k = ctx.keys[i];
    if (k !== "tội" && !(k === "hành" && ctx.keys[i + 1] === "vi")) continue;
    const from = k === "tội" ? i + 1 : i + 2;
    let j = from;
    if (ctx.tokens[j] !== undefined && OPEN_QUOTES.has((ctx.tokens[j] as Token).normalized)) j++;
    const start = j;
    while (j < s.last && j - start < 12) {
      const t = ctx.tokens[j] as Token;
      if (t.kind === "punct") break;
      j++;
    }
    if (j > start) return spanOf(ctx, start, j).text;
  }
  return null;
}

type MeetingSubtype = "review" | "interim_review" | "deployment" | "launch" | "other";

function meetingSubtype(ctx: EventContext, hit: Hit, s: SentenceRange): MeetingSubtype {
  if (hit.trigger.detail !== "other") return hit.trigger.detail as MeetingSubtype;
  const trie = triggerTrie();
  // "hội nghị … tổng kết": a subtype word close after the meeting noun
  for (let i = hit.end; i < Math.min(s.last, hit.end + 4); i++) {
    const m = trie.longestAt(ctx.keys, ctx.tokens, ctx.input, i);
    const v = m?.values.find((x) => x.type === "meeting" && x.detail !== "other");
    if (v !== undefined) return v.detail as MeetingSubtype;
    const k = ctx.keys[i];
    if (k === "tổng" && ctx.keys[i + 1] === "kết") return "review";
    if (k === "sơ" && ctx.keys[i + 1] === "kết") return "interim_review";
    if (k === "triển" && ctx.keys[i + 1] === "khai") return "deployment";
    if (k === "phát" && ctx.keys[i + 1] === "động") return "launch";
  }
  return "other";
}

const hasKeys = (ctx: EventContext, s: SentenceRange, a: string, b: string) => {
  for (let i = s.first; i < s.last - 1; i++) if (ctx.keys[i] === a && ctx.keys[i + 1] === b) return true;
  return false;
};

/** Builds the event of one trigger in one sentence, or null when the trigger is not enough. */
function buildEvent(
  ctx: Indexed,
  hit: Hit,
  hits: readonly Hit[],
  s: SentenceRange,
  sentenceIndex: number,
): Draft | null {
  const type = hit.trigger.type as EventType;
  const people = personsIn(ctx, s);
  const reports = hits.filter((h) => h.trigger.type === "report");
  const base = {
    trigger: spanOf(ctx, hit.first, hit.end),
    sentence: { start: s.start, end: s.end, text: s.text },
    date: dateIn(ctx, s, hit, reports),
    location: locationIn(ctx, s),
    persons: [] as PersonRef[],
    organizations: [...orgsOf(ctx, s, hits, sentenceIndex)],
    rule: `trigger "${hit.trigger.phrase}" (${type})`,
  };
  const refs = (
    pick: readonly { person: Person; at: number }[],
    role: (p: Person, at: number) => PersonRef["role"],
  ) => pick.map(({ person, at }) => ({ personId: person.id, role: role(person, at) }));
  const ids = (r: readonly PersonRef[]) => new Set(r.map((x) => x.personId));

  switch (type) {
    case "meeting": {
      const chairAt = (() => {
        for (let i = s.first; i < s.last - 1; i++)
          if (ctx.keys[i] === "chủ" && ctx.keys[i + 1] === "trì") return i;
        return -1;
      })();
      base.persons = refs(people, (p, at) =>
        chairAt >= 0 && at < chairAt && people.filter((x) => x.at < chairAt).at(-1)?.person === p
          ? "chair"
          : "attendee",
      );
      const subtype = meetingSubtype(ctx, hit, s);
      const topic = phraseAfter(ctx, hit.end, s.last, 15);
      return {
        event: {
          type: "meeting",
          ...base,
          subtype,
          online: hasKeys(ctx, s, "trực", "tuyến"),
          topic: topic?.text ?? null,
        },
        sentenceIndex,
        key: "",
        personIds: ids(base.persons),
      };
    }
    case "speech": {
      if (people.length === 0) return null;
      const before = people.filter((p) => p.at < hit.first);
      const speaker = before.at(-1) ?? people.find((p) => p.at >= hit.end);
      // speeches reported are officials' (a rank or a position): a witness quoted is not one
      if (speaker === undefined || (speaker.person.rank === null && speaker.person.titles.length === 0))
        return null;
      base.persons = [{ personId: speaker.person.id, role: "speaker" }];
      return {
        event: { type: "speech", ...base, purpose: hit.trigger.detail as "directive" },
        sentenceIndex,
        key: speaker.person.id,
        personIds: ids(base.persons),
      };
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
          : (firstQuoted(ctx, hit.end, s.last)?.text ?? base.trigger.text);
      // who gives comes before the award verb ("Đại tá X trao …"); who receives, after it
      base.persons = refs(people, (p, at) =>
        at < hit.first && p.role !== "suspect" ? "giver" : "recipient",
      );
      const nums = numbersIn(ctx, s);
      const count = (u: string) => nums.find((n) => n.unit?.toLowerCase().startsWith(u))?.value ?? null;
      return {
        event: {
          type: "award",
          ...base,
          award,
          recipients: { collectives: count("tập thể"), individuals: count("cá nhân"), names: [] },
        },
        sentenceIndex,
        key: noun === undefined ? SELF_AWARD : awardKey(award),
        personIds: ids(base.persons),
      };
    }
    case "campaign": {
      const name = firstQuoted(ctx, hit.end, s.last)?.text ?? null;
      base.persons = refs(
        people.filter((p) => p.at < hit.first),
        () => "organizer",
      );
      return {
        event: { type: "campaign", ...base, name },
        sentenceIndex,
        key: name ? awardKey(name) : "",
        personIds: ids(base.persons),
      };
    }
    case "document": {
      const doc = within(ctx.documents, s)[0] ?? null;
      base.persons = refs(people, () => "organizer");
      return {
        event: { type: "document", ...base, document: doc?.text ?? null },
        sentenceIndex,
        key: doc?.number ?? "",
        personIds: ids(base.persons),
      };
    }
    case "arrest":
    case "prosecution": {
      if (isStatistics(ctx, s)) return null;
      base.persons = refs(people, (p) => p.role ?? "suspect");
      const suspects =
        numbersIn(ctx, s).find((n) => startsWithAny(n.unit, COUNT_UNITS_SUSPECTS))?.value ?? null;
      const charge = chargeIn(ctx, s);
      const suspectIds = new Set(base.persons.filter((r) => r.role === "suspect").map((r) => r.personId));
      return {
        event: { type, ...base, suspects, charge },
        sentenceIndex,
        key: "",
        personIds: suspectIds,
      };
    }
    case "seizure": {
      if (isStatistics(ctx, s)) return null;
      base.persons = refs(people, (p) => p.role ?? "suspect");
      const items = numbersIn(ctx, s)
        .filter((n) => n.start >= base.trigger.end && n.unit !== null)
        .slice(0, 8)
        .map((n) => {
          const at = tokenAt(ctx, n.end, s.first, s.last);
          const rest = phraseAfter(ctx, at, s.last, 6);
          const what = [n.unit, rest?.text].filter((x) => x).join(" ");
          return { what, quantity: n };
        });
      const suspectIds = new Set(base.persons.filter((r) => r.role === "suspect").map((r) => r.personId));
      return { event: { type: "seizure", ...base, items }, sentenceIndex, key: "", personIds: suspectIds };
    }
    default: {
      base.persons = refs(people, (p) => p.role ?? ROLE_FOR[type]);
      return {
        event: { type, ...base } as Event,
        sentenceIndex,
        key: "",
        personIds: ids(base.persons),
      };
    }
  }
}

const CUES = new Set<Trigger["type"]>(["block", "report", "modal", "attend", "verb", "neutral"]);
/** Incident and crime events: told as a narrative, a sentence without a date happens on the last one written. */
const NARRATIVE = new Set<EventType>(["arrest", "prosecution", "seizure", "accident", "fire", "rescue"]);

/** The last full day (YYYY-MM-DD…) written in a sentence. */
function dayIn(ctx: EventContext, s: SentenceRange): string | null {
  let day: string | null = null;
  for (const d of within(ctx.dates, s)) {
    if (d.value !== null && d.value.length >= 10 && (d.kind === "date" || d.kind === "datetime"))
      day = d.value;
  }
  return day;
}

/** Whether a meeting noun is written in the sentence, also inside a longer trigger ("chỉ đạo hội nghị"). */
function mentionsMeeting(ctx: EventContext, s: SentenceRange): boolean {
  const trie = triggerTrie();
  for (let i = s.first; i < s.last; i++) {
    const m = trie.longestAt(ctx.keys, ctx.tokens, ctx.input, i);
    if (m?.values.some((v) => v.type === "meeting")) return true;
    if (ctx.keys[i] === "hội" && (ctx.keys[i + 1] === "nghị" || ctx.keys[i - 1] === "đại")) return true;
  }
  return false;
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

const MAX_CLAUSES = 8;
const MERGE_WINDOW = 64;
const MAX_PARTICIPANTS = 64;

/** Folds `b` (told later) into `a`: persons, organisations, a missing date or place. */
function merge(a: Draft, b: Draft): void {
  const ea = a.event;
  const eb = b.event;
  // capped: a happening has a few dozen participants at most, and the cap keeps merging linear
  for (const r of eb.persons)
    if (ea.persons.length < MAX_PARTICIPANTS && !ea.persons.some((x) => x.personId === r.personId))
      ea.persons.push(r);
  for (const o of eb.organizations)
    if (ea.organizations.length < MAX_PARTICIPANTS && !ea.organizations.includes(o)) ea.organizations.push(o);
  if (ea.date === null) ea.date = eb.date;
  if (ea.location === null) ea.location = eb.location;
  for (const id of b.personIds) a.personIds.add(id);
  if (ea.type === "seizure" && eb.type === "seizure" && ea.items.length === 0) ea.items = eb.items;
  if ((ea.type === "arrest" || ea.type === "prosecution") && ea.type === eb.type) {
    ea.suspects ??= eb.suspects;
    ea.charge ??= eb.charge;
  }
  if (!ea.rule.includes("merged")) ea.rule += "; merged with the same happening told again";
}

const overlapsIds = (a: Set<string>, b: Set<string>) => [...b].some((x) => a.has(x));

/** Whether a later mention `b` tells the same happening as `a` (same type). */
function sameHappening(a: Draft, b: Draft): boolean {
  switch (a.event.type) {
    case "award":
      // "danh hiệu Anh hùng …" and "danh hiệu Anh hùng … TP Hải Phòng" are one award
      return (
        a.key === b.key ||
        (b.key !== SELF_AWARD && a.key !== SELF_AWARD && (a.key.startsWith(b.key) || b.key.startsWith(a.key)))
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
    default:
      return true;
  }
}

/**
 * Events of an article: triggers from data/event-triggers.tsv, one per type per sentence; the
 * arguments come from the other stages' spans in that sentence (persons with roles, the date, the
 * place, counts, organisations). One happening told twice (a caption and its paragraph, a lead and
 * its details) is one event: same type and the same award, speaker, suspects or document.
 */
export function findEventsInContext(context: EventContext): Event[] {
  const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
  const ctx: Indexed = {
    ...context,
    mentions: context.persons
      .flatMap((person) => person.mentions.map((m) => ({ start: m.start, end: m.end, person })))
      .sort(byStart),
    uses: context.abbreviations.map((u) => ({ ...u.span, expansion: u.expansion })).sort(byStart),
    orgs: new Map(),
  };
  const drafts: Draft[] = [];
  const attendees: PersonRef[] = [];
  const byType = new Map<EventType, Draft[]>();
  // the last day written so far: a narrative's later sentences happen then
  let carried: string | null = null;
  ctx.sentences.forEach((s, index) => {
    const hits = hitsIn(ctx, s);
    const before = carried;
    carried = dayIn(ctx, s) ?? carried;
    if (hits.length === 0) return;
    const seen = new Set<string>();
    const modal = hits.find((h) => h.trigger.type === "modal");
    const semicolons = semicolonsOf(ctx, s, hits);
    for (const hit of hits) {
      if (CUES.has(hit.trigger.type)) continue;
      const type = hit.trigger.type as EventType;
      // "cần … phát động", "sẽ khởi tố": a directive or a plan, not a happening (a speech verb
      // after one reports the speaker, whose words the directive is)
      if (modal !== undefined && modal.first < hit.first && type !== "speech") continue;
      // one event per type per sentence; a second award needs its own clause (after ";")
      // (at most MAX_CLAUSES per sentence: each event reads its sentence, which keeps this linear)
      const clause = type === "award" ? Math.min(clauseOf(semicolons, hit.first), MAX_CLAUSES) : 0;
      const key = `${type}|${clause}`;
      if (seen.has(key)) continue;
      const draft = buildEvent(ctx, hit, hits, s, index);
      if (draft === null) continue;
      seen.add(key);
      if (draft.event.date === null && before !== null && NARRATIVE.has(type)) {
        draft.event.date = before;
        draft.event.rule += "; date carried from the paragraph";
      }
      // an article tells a handful of events of a type; looking back at most MERGE_WINDOW of them
      // keeps a huge text linear
      const ofType = byType.get(type) ?? [];
      const from = Math.max(0, ofType.length - MERGE_WINDOW);
      let same: Draft | undefined;
      for (let k = from; k < ofType.length && same === undefined; k++)
        if (sameHappening(ofType[k] as Draft, draft)) same = ofType[k];
      if (same !== undefined) merge(same, draft);
      else {
        drafts.push(draft);
        ofType.push(draft);
        byType.set(type, ofType);
      }
    }
    // "có đồng chí X … tham dự", "Y chủ trì Hội nghị": attendees of the article's meeting
    const attend = hits.find((h) => h.trigger.type === "attend");
    if (attend !== undefined) {
      const chair = attend.trigger.phrase === "chủ trì";
      for (const p of personsIn(ctx, s)) {
        if (!chair && p.at > attend.first && hits.some((h) => h.trigger.type === "speech")) continue;
        if (attendees.length < MAX_PARTICIPANTS)
          attendees.push({
            personId: p.person.id,
            role: chair && p.at < attend.first ? "chair" : "attendee",
          });
      }
    }
  });
  const meeting = drafts.find((d) => d.event.type === "meeting");
  // "phát biểu tại hội nghị", "Tại hội nghị, 12 tập thể … Giấy khen": on the meeting's day
  const meetingDate = meeting?.event.date ?? null;
  if (meetingDate !== null) {
    for (const d of drafts) {
      if (d.event.date !== null || d === meeting || NARRATIVE.has(d.event.type)) continue;
      const sentence = ctx.sentences[d.sentenceIndex];
      if (sentence !== undefined && mentionsMeeting(ctx, sentence)) {
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
  // awards told by a verb alone ("được biểu dương, khen thưởng") are the article's named award
  const named = drafts.find((d) => d.event.type === "award" && d.key !== SELF_AWARD);
  const out: Draft[] = [];
  for (const d of drafts) {
    if (d.event.type === "award" && d.key === SELF_AWARD && named !== undefined) merge(named, d);
    else out.push(d);
  }
  return out.map((d) => d.event);
}
