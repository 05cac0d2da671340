import type { SentenceRange } from "../article/sentences.js";
import { EVENT_TRIGGERS } from "../generated/event-triggers.js";
import {
  crossesLine,
  isTitleCase,
  PhraseTrie,
  personNounTrie,
  phraseKeys,
  tokenAt,
  tokenKeyAt,
} from "../lexicon/index.js";
import { isCapitalized } from "../text/index.js";
import type { Token } from "../tokenize/index.js";
import type { EventContext, Indexed, ReaderCue, ReaderCues } from "./context.js";
import { type EventType, INCIDENT_TYPES } from "./schema.js";
import { CLOSE_QUOTES, OPEN_QUOTES } from "./spans.js";

/** Cue kinds that never name an event themselves (data/event-types.tsv, kind "cue"). */
export type CueKind =
  | "block"
  | "report"
  | "modal"
  | "attend"
  | "verb"
  | "neutral"
  | "revoke"
  | "scenario"
  | "purpose"
  | "place"
  | "role"
  | "goods";

export interface Trigger {
  phrase: string;
  /** An event type or a cue kind. */
  type: EventType | CueKind;
  detail: string;
}

export interface Hit {
  trigger: Trigger;
  first: number;
  end: number;
}

/** Place and role cues are read by their own readers, in their own trie: they never cut a trigger. */
const READER_CUES = new Set<string>(["place", "role"]);

let trieCache: PhraseTrie<Trigger> | null = null;
let readerCache: PhraseTrie<Trigger> | null = null;
let goodsCache: PhraseTrie<Trigger> | null = null;

function build(): void {
  const triggers = new PhraseTrie<Trigger>();
  const readers = new PhraseTrie<Trigger>();
  const goods = new PhraseTrie<Trigger>();
  // a phrase's blocker rows go in before its other rows, so that hitsIn knows a blocker by the
  // first value alone (the others keep their order)
  for (const blocks of [true, false])
    for (const [phrase, type, detail] of EVENT_TRIGGERS) {
      if ((type === "block") !== blocks) continue;
      const row = { phrase, type: type as Trigger["type"], detail };
      (type === "goods" ? goods : READER_CUES.has(type) ? readers : triggers).add(phraseKeys(phrase), row);
    }
  trieCache = triggers;
  readerCache = readers;
  goodsCache = goods;
}

/** Nouns of goods, vehicles and evidence ("container", "lô hàng", "gỗ"), as a token trie built once. */
function goodsTrie(): PhraseTrie<Trigger> {
  if (goodsCache === null) build();
  return goodsCache as PhraseTrie<Trigger>;
}

/** The trigger phrases and the cues that shape them, as a token trie built once. */
export function triggerTrie(): PhraseTrie<Trigger> {
  if (trieCache === null) build();
  return trieCache as PhraseTrie<Trigger>;
}

/** The place and role cues ("tại", "quốc lộ", "điều khiển"), as a token trie built once. */
export function readerTrie(): PhraseTrie<Trigger> {
  if (readerCache === null) build();
  return readerCache as PhraseTrie<Trigger>;
}

/**
 * The reader cue of `kind` at token i: where it ends and its details ("prep", "driver" …), or null.
 * The place and role readers walk a trigger's clause token by token, so each token's cues are read
 * once per article.
 */
export function readerCueAt(ctx: Indexed, i: number, kind: "place" | "role"): ReaderCue | null {
  if (i < 0 || i >= ctx.tokens.length) return null;
  let cues = ctx.readers[i];
  if (cues === undefined) {
    cues = readerCuesAt(ctx, i);
    ctx.readers[i] = cues;
  }
  return cues === null ? null : cues[kind];
}

/** The cues of each trie entry (its values, one array per phrase), sorted out once per process. */
const cuesOfEntry = new WeakMap<readonly Trigger[], { place: readonly string[]; role: readonly string[] }>();

function readerCuesAt(ctx: EventContext, i: number): ReaderCues | null {
  const m = readerTrie().longestAt(ctx.keys, ctx.tokens, ctx.input, i);
  if (m === null) return null;
  let entry = cuesOfEntry.get(m.values);
  if (entry === undefined) {
    const detailsOf = (kind: string) => m.values.filter((x) => x.type === kind).map((x) => x.detail);
    entry = { place: detailsOf("place"), role: detailsOf("role") };
    cuesOfEntry.set(m.values, entry);
  }
  return {
    place: entry.place.length === 0 ? null : { end: m.end, details: entry.place },
    role: entry.role.length === 0 ? null : { end: m.end, details: entry.role },
  };
}

export const CUES = new Set<Trigger["type"]>([
  "block",
  "report",
  "modal",
  "attend",
  "verb",
  "neutral",
  "revoke",
  "scenario",
  "purpose",
  "place",
  "role",
  "goods",
]);

const BLOCK_WINDOW = 2;

/** Happenings told with a plural or a count before their noun are many, or habitual: no single event. */
const COUNTABLE = new Set<Trigger["type"]>(["meeting", "exercise", "accident", "fire", "campaign"]);
const PLURALS = new Set(["những", "các", "nhiều", "mỗi"]);
const CLASSIFIERS = new Set(["đợt", "vụ", "cuộc", "buổi", "lần", "lượt"]);

/**
 * Whether an offset lies inside an organisation's name ("Trung đoàn 841 tuyên thệ": the unit's
 * number, no count). Asked only for a number right before a countable trigger, which is rare, so a
 * scan of the article's organisation mentions costs little.
 */
function inOrganization(ctx: EventContext, offset: number): boolean {
  return (ctx.organizationMentions ?? []).some((m) => m.start <= offset && offset < m.end);
}

/** "những …", "các …", "3-5 đợt …", "34 vụ …" right before token `at`. */
function isCounted(ctx: EventContext, at: number, first: number): boolean {
  if (at <= first) return false;
  const k = ctx.keys[at - 1] ?? "";
  if (PLURALS.has(k)) return true;
  // "12 cuộc họp": a count right before a noun that holds its classifier
  const prev = ctx.tokens[at - 1];
  if (prev?.kind === "number" && prev.normalized !== "1") return !inOrganization(ctx, prev.start);
  if (CLASSIFIERS.has(k) && at - 2 >= first) {
    const before = ctx.tokens[at - 2];
    return (before?.kind === "number" && before.normalized !== "1") || PLURALS.has(ctx.keys[at - 2] ?? "");
  }
  return false;
}

/** How far back a passive marker may govern a verb ("bị người dân khống chế"). */
const PASSIVE_REACH = 4;

/** Whether "bị" (or, for the saved, "được") stands a few words before token `at`, with no punctuation between. */
function isPassive(ctx: EventContext, at: number, first: number, saved: boolean): boolean {
  for (let k = at - 1; k >= first && at - k <= PASSIVE_REACH; k--) {
    if (ctx.tokens[k]?.kind === "punct") return false;
    // "bị" for custody ("được khống chế" is said of a fire brought under control); "được" for the saved ("3 người đã được cứu")
    if (ctx.keys[k] === "bị" || (saved && ctx.keys[k] === "được")) return true;
  }
  return false;
}

/** A count, a name or a person noun ("đối tượng", "kẻ", "tên") right at token `at`. */
function takesPersonObject(ctx: EventContext, at: number): boolean {
  const t = ctx.tokens[at];
  if (t === undefined || crossesLine(ctx.tokens, ctx.input, at)) return false;
  if (t.kind === "number") return true;
  if (t.kind === "name" || (isTitleCase(t) && isTitleCase(ctx.tokens[at + 1] ?? t))) return true;
  // "cứu mấy đứa trẻ", "tạm giữ được một số đối tượng", "tạm giữ đối với bà X": a quantifier, a
  // plural or "được", "đối với" before the person word
  let k = at;
  while (k - at < MAX_BEFORE_PERSON) {
    if (ctx.keys[k] === "đối" && ctx.keys[k + 1] === "với") k += 2;
    else if (SKIPPED_BEFORE_PERSON.has(ctx.keys[k] ?? "")) k++;
    else break;
  }
  if (k > at) {
    const u = ctx.tokens[k];
    if (u === undefined || crossesLine(ctx.tokens, ctx.input, k)) return false;
    if (u.kind === "number" || u.kind === "name" || (isTitleCase(u) && isTitleCase(ctx.tokens[k + 1] ?? u)))
      return true;
  }
  // "cứu người gặp nạn": the plain words for a person
  if (PERSON_WORDS.has(ctx.keys[k] ?? "")) return true;
  return personNounTrie().longestAt(ctx.keys, ctx.tokens, ctx.input, k) !== null;
}

const SKIPPED_BEFORE_PERSON = new Set([
  "các",
  "những",
  "mấy",
  "nhiều",
  "một",
  "mọi",
  "số",
  "hai",
  "ba",
  "được",
]);
const MAX_BEFORE_PERSON = 3;
const PERSON_WORDS = new Set(["người", "đứa"]);

/** Words before the noun of what is taken: quantifiers, counts and classifiers ("một chiếc", "2 lô"). */
const BEFORE_GOODS = new Set(["các", "những", "một", "nhiều", "số", "chiếc", "được", "toàn", "bộ"]);

/** Whether goods are named at token `at` ("container", "lô hàng"), after quantifiers and counts. */
function goodsAt(ctx: EventContext, at: number): boolean {
  let k = at;
  while (
    k - at < MAX_BEFORE_PERSON &&
    (BEFORE_GOODS.has(ctx.keys[k] ?? "") || ctx.tokens[k]?.kind === "number")
  )
    k++;
  if (k >= ctx.tokens.length || crossesLine(ctx.tokens, ctx.input, k)) return false;
  return goodsTrie().longestAt(ctx.keys, ctx.tokens, ctx.input, k) !== null;
}

/**
 * Whether an arrest verb at `[start, end)` takes goods, not a person: "bắt giữ lô hàng …", or in the
 * passive, "Container hàng … bị bắt giữ" (the clause opens with the goods). Then it tells a seizure.
 */
function takesGoods(ctx: EventContext, start: number, end: number, first: number): boolean {
  if (goodsAt(ctx, end)) return true;
  if (ctx.keys[start] !== "bị" && !isPassive(ctx, start, first, false)) return false;
  let k = start - 1;
  while (k > first && ctx.tokens[k - 1]?.kind !== "punct") k--;
  return goodsAt(ctx, k);
}

/** The seizure an arrest verb tells when it takes goods (one per phrase). */
const seizureOf = new Map<string, Trigger>();
function asSeizure(v: Trigger): Trigger {
  let t = seizureOf.get(v.phrase);
  if (t === undefined) {
    t = { phrase: v.phrase, type: "seizure", detail: "" };
    seizureOf.set(v.phrase, t);
  }
  return t;
}

/**
 * Whether a capitalised name that is no person's starts at token `at`: the place or body a visit
 * goes to ("Khu công nghiệp An ninh", "Công an tỉnh"). Asked only after a visit verb, so a scan of
 * the article's person mentions costs little.
 */
function visitsPlace(ctx: EventContext, at: number): boolean {
  const t = ctx.tokens[at];
  if (t === undefined || !isTitleCase(t) || crossesLine(ctx.tokens, ctx.input, at)) return false;
  return !ctx.persons.some((p) => p.mentions.some((m) => m.start === t.start));
}

/** Words that open a body or its representatives after "làm việc với" ("lãnh đạo", "đoàn", "đại diện", "đại biểu"). */
const BODY_WORDS = new Set(["lãnh", "đoàn", "đại", "ban", "bộ", "sở", "ủy", "ubnd", "công"]);

/** Whether a body, an official or a delegation is met at token `at` (a capitalised name that is no private person's). */
function meetsBody(ctx: EventContext, at: number): boolean {
  const t = ctx.tokens[at];
  if (t === undefined || crossesLine(ctx.tokens, ctx.input, at)) return false;
  if (BODY_WORDS.has(ctx.keys[at] ?? "")) return true;
  if (!isTitleCase(t) && t.kind !== "abbr") return false;
  const person = ctx.persons.find((p) => p.mentions.some((m) => m.start === t.start));
  return (
    person === undefined || person.rank !== null || person.titles.length > 0 || person.role === "officer"
  );
}

/** Whether a phrase's rows hold a blocker: its first row is one (see build). */
const isBlock = (values: readonly Trigger[]): boolean => (values[0] as Trigger).type === "block";

/** Triggers and cues of one sentence, longest first at each token; a blocker before a trigger drops it. */
export function hitsIn(ctx: EventContext, s: SentenceRange): Hit[] {
  const trie = triggerTrie();
  const out: Hit[] = [];
  let blockedUntil = -1;
  // read once: the trie is asked at every token of the text
  const { keys, tokens, input } = ctx;
  const last = s.last;
  for (let i = s.first; i < last; i++) {
    let m = trie.longestAt(keys, tokens, input, i);
    if (m === null || m.end > last) continue;
    // "làm việc với Công an tỉnh Sóc Trăng": a questioning phrase ("làm việc với công an") whose
    // body is a unit named in capitals is a working session with that unit; the shorter phrase
    // inside it reads it
    if (m.end - m.start >= 2 && m.values.every((v) => v.type === "neutral")) {
      let named = m.start + 1;
      while (named < m.end && !isCapitalized((tokens[named] as Token).normalized)) named++;
      if (named < m.end) m = trie.longestWithin(keys, tokens, input, i, named) ?? m;
    }
    const values = m.values;
    if (isBlock(values)) {
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
    // "Bệnh viện Đa khoa Bãi Cháy", "Đội Cứu nạn": an incident word capitalised after a
    // capitalised word is part of a name
    const named =
      m.start > s.first &&
      isTitleCase(ctx.tokens[m.start] as Token) &&
      isTitleCase(ctx.tokens[m.start - 1] as Token) &&
      values.every((v) => INCIDENT_TYPES.has(v.type)); // their words also make up place and unit names;
    if (named) {
      i = m.end - 1;
      continue;
    }
    // "Công an TP Cần Thơ", "xã Sẽ Ngà": a modal capitalised right after a word is a syllable of a
    // name (mid-sentence, "cần", "sẽ", "phải" are written in lower case); so is one a capitalised
    // syllable follows, after a mark too ("Công an TP. Cần Thơ", "Cần Thơ là …")
    const nextToken = ctx.tokens[m.end];
    if (
      values.every((v) => v.type === "modal") &&
      isCapitalized((ctx.tokens[m.start] as Token).normalized) &&
      ((m.start > s.first && (ctx.tokens[m.start - 1] as Token).kind !== "punct") ||
        (nextToken !== undefined &&
          m.end < s.last &&
          isTitleCase(nextToken) &&
          !crossesLine(ctx.tokens, ctx.input, m.end)))
    ) {
      i = m.end - 1;
      continue;
    }
    // "'cháy' hàng", "“nổ” doanh số": a trigger in quotes of its own is a figure of speech
    if (
      OPEN_QUOTES.has(tokenAt(ctx.tokens, m.start - 1)?.normalized ?? "") &&
      CLOSE_QUOTES.has(ctx.tokens[m.end]?.normalized ?? "")
    ) {
      i = m.end - 1;
      continue;
    }
    // "những buổi huấn luyện", "các hội nghị", "3-5 đợt ra quân": many happenings told at once, none
    // of them one event (asked only of a countable type: most matches are cues)
    let counted: boolean | undefined;
    for (const v of values) {
      if (COUNTABLE.has(v.type)) {
        counted ??= isCounted(ctx, m.start, s.first);
        if (counted) continue;
      }
      // "thu 8 xe ô tô": a verb that names a seizure only with a count right after it
      if (v.detail === "count" && ctx.tokens[m.end]?.kind !== "number") continue;
      // "bắt giữ lô hàng", "Container … bị bắt giữ": goods taken, a seizure
      if (v.type === "arrest" && takesGoods(ctx, m.start, m.end, s.first)) {
        out.push({ trigger: asSeizure(v), first: m.start, end: m.end });
        continue;
      }
      // "bắt 3 đối tượng", "bắt đối tượng", "bắt Nguyễn Văn A": an arrest; "bắt học sinh đi học" is not
      // ("đối tượng đã bị tạm giữ", "bị người dân khống chế": the passive names who underwent it before the verb)
      if (
        v.detail === "object" &&
        !takesPersonObject(ctx, m.end) &&
        !isPassive(ctx, m.start, s.first, v.type === "rescue")
      )
        continue;
      // "tới thăm Khu công nghiệp …": a visit to a place or a body; visiting a person is no meeting
      if (v.detail === "visit" && !visitsPlace(ctx, m.end)) continue;
      // "làm việc với Đoàn công tác …", "với lãnh đạo các bộ": a meeting; "với chị X", "với 3 gia đình": questioning
      if (v.detail === "with" && !meetsBody(ctx, m.end)) continue;
      out.push({ trigger: v, first: m.start, end: m.end });
    }
    i = m.end - 1;
  }
  return out;
}

/** Whether a meeting noun is written in the sentence, also inside a longer trigger ("chỉ đạo hội nghị"). */
export function mentionsMeeting(ctx: EventContext, s: SentenceRange): boolean {
  const trie = triggerTrie();
  for (let i = s.first; i < s.last; i++) {
    const m = trie.longestAt(ctx.keys, ctx.tokens, ctx.input, i);
    if (m?.values.some((v) => v.type === "meeting")) return true;
    if (ctx.keys[i] === "hội" && (ctx.keys[i + 1] === "nghị" || tokenKeyAt(ctx.keys, i - 1) === "đại"))
      return true;
  }
  return false;
}
