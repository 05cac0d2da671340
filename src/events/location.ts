import type { SentenceRange } from "../article/sentences.js";
import { adminLevelAt, crossesLine, isCodeToken, isTitleCase, placeAt, tokenAt } from "../lexicon/index.js";
import { parseOrganization } from "../titles/index.js";
import type { Token } from "../tokenize/index.js";
import type { EventContext, Indexed, PlaceSpan } from "./context.js";
import {
  clauseAround,
  tokenAt as firstTokenFrom,
  lowerBound,
  PHRASE_STOPS,
  spanOf,
  within,
} from "./spans.js";
import { type Hit, readerCueAt, triggerTrie } from "./triggers.js";

/**
 * Where an event happened: the place a preposition of the trigger's clause introduces ("tại",
 * "ở", "trên", "trên địa bàn", "xảy ra … tại", "tại Hội trường …"), taken from the article's
 * place spans. A place after a residence or a hospital word ("trú tại", "cấp cứu tại") or in
 * brackets is someone's address, not the scene; nothing found gives null rather than a guess.
 */

const MAX_RUN = 10;

/** The places of one sentence read from the lexicon: the stand-in for a places stage. */
function lexiconPlacesIn(ctx: Indexed, s: SentenceRange): PlaceSpan[] {
  const out: PlaceSpan[] = [];
  for (let i = s.first; i < s.last; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.kind === "punct") continue;
    // "huyện Đăk Hà", "TP Hải Phòng", "phường 5": a level word and the unit's name or number
    const level = adminLevelAt(ctx.tokens, ctx.keys, ctx.input, i);
    if (level !== null && level.end < s.last) {
      const end = nameRunEnd(ctx, level.end, s.last, true);
      if (end > level.end) {
        out.push({ ...spanOf(ctx, i, end), kind: "admin" });
        i = end - 1;
        continue;
      }
    }
    // "Quốc lộ 5", "cầu Đồng Nai", "trạm thu phí cầu …", "Hội trường Công an tỉnh": a place noun and its name
    const head = readerCueAt(ctx, i, "place");
    if (head?.details.includes("head") && head.end < s.last) {
      let k = head.end;
      // a few lower-case words may come between the noun and its name ("trạm thu phí cầu …")
      while (k < s.last && k - head.end < 3 && isLower(ctx.tokens[k] as Token) && !isStop(ctx, k)) k++;
      const end = nameRunEnd(ctx, k, s.last, true);
      if (end > k) {
        out.push({ ...spanOf(ctx, i, end), kind: "named" });
        i = end - 1;
        continue;
      }
    }
    // a province or district named alone ("Hà Nội", "Sóc Sơn")
    if (isTitleCase(t)) {
      const p = placeAt(ctx.tokens, ctx.keys, ctx.input, i);
      if (p !== null && p.end <= s.last) {
        out.push({ ...spanOf(ctx, i, p.end), kind: "admin" });
        i = p.end - 1;
      }
    }
  }
  return out;
}

const isLower = (t: Token) => t.kind === "word" && t.normalized === t.normalized.toLowerCase();
const isStop = (ctx: EventContext, k: number) => PHRASE_STOPS.has(ctx.keys[k] ?? "");

/**
 * End of a name run from `from`: capitalised words, abbreviations, numbers ("1A", "198"), a dash
 * between names, and one lower-case word between capitalised ones ("Công ty Cổ phần Tập đoàn …").
 */
function nameRunEnd(ctx: EventContext, from: number, limit: number, numbers: boolean): number {
  let j = from;
  const named = (t: Token) =>
    isTitleCase(t) || t.kind === "abbr" || t.kind === "name" || (numbers && t.kind === "number");
  while (j < limit && j - from < MAX_RUN) {
    const t = ctx.tokens[j] as Token;
    if (j > from && crossesLine(ctx.tokens, ctx.input, j)) break;
    const next = ctx.tokens[j + 1];
    const dash = t.normalized === "-" || t.normalized === "–";
    if (dash && j > from && j + 1 < limit && next !== undefined && isTitleCase(next)) {
      j++;
      continue;
    }
    if (named(t)) {
      j++;
      continue;
    }
    if (
      j > from &&
      j + 1 < limit &&
      isLower(t) &&
      !isStop(ctx, j) &&
      next !== undefined &&
      isTitleCase(next)
    ) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** The place spans of a sentence: the places stage's when given, else the lexicon's reading (read once per sentence). */
export function placesIn(ctx: Indexed, s: SentenceRange): readonly PlaceSpan[] {
  let places = ctx.placesBy.get(s);
  if (places === undefined) {
    places = ctx.places !== undefined ? within(ctx.placeSpans, s) : lexiconPlacesIn(ctx, s);
    ctx.placesBy.set(s, places);
  }
  return places;
}

/** Whether token k begins something that is no place: a meeting or event noun, a document, a person. */
function namesNoPlace(ctx: Indexed, k: number): boolean {
  const m = triggerTrie().longestAt(ctx.keys, ctx.tokens, ctx.input, k);
  if (m?.values.some((v) => v.type === "meeting" || v.type === "exercise" || v.type === "document"))
    return true;
  const start = (ctx.tokens[k] as Token).start;
  // the first document or mention starting at or after `start` (every one ends inside the input)
  if (ctx.documents[lowerBound(ctx.documents, start)]?.start === start) return true;
  return ctx.mentions[lowerBound(ctx.mentions, start)]?.start === start;
}

/** How far past a preposition a known place may start ("tại khu vực tổ 17 phường Trần Phú", "tại ngã tư giao cắt giữa đường …"). */
const LOOKAHEAD = 6;
/** How many units of an address may follow a place ("đường X, phường Y, TP Z"). */
const MAX_ADDRESS = 3;

/** Places that make up an address after the first place (the lexicon's "admin", the places stage's units). */
const ADDRESS_KINDS = new Set(["admin", "province", "city", "district", "commune", "village"]);

/** The place span starting at token k, or undefined. */
const placeStartingAt = (ctx: Indexed, places: readonly PlaceSpan[], k: number) => {
  const start = (ctx.tokens[k] as Token | undefined)?.start;
  return start === undefined ? undefined : places.find((p) => p.start === start);
};

/**
 * Token index of the first token of `[from, limit)` starting at or after `offset` (else `limit`):
 * a binary search, as an address is read from the article's first token on.
 */
const tokenFrom = (ctx: EventContext, from: number, limit: number, offset: number): number =>
  from >= limit ? from : firstTokenFrom(ctx, offset, from, limit);

/**
 * A place and the address units after it, as written: "đường Phan Trung, phường Bình Đa, TP Biên
 * Hòa", "đường Bà Triệu – Lê Đại Hành (quận Hai Bà Trưng, TP Hà Nội)".
 */
function withAddress(ctx: Indexed, places: readonly PlaceSpan[], place: PlaceSpan, limit: number): string {
  let end = place.end;
  let k = tokenFrom(ctx, 0, limit, end);
  let open = false;
  for (let n = 0; n < MAX_ADDRESS && k + 1 < limit; n++) {
    const sep = ctx.tokens[k] as Token;
    if (sep.normalized !== "," && !(sep.normalized === "(" && !open)) break;
    const next = placeStartingAt(ctx, places, k + 1);
    if (next === undefined || !ADDRESS_KINDS.has(next.kind)) break;
    if (sep.normalized === "(") open = true;
    end = next.end;
    k = tokenFrom(ctx, k + 1, limit, end);
  }
  if (open && ctx.tokens[k]?.normalized === ")") end = (ctx.tokens[k] as Token).end;
  else if (open) return place.text;
  return ctx.input.slice(place.start, end);
}

/**
 * The place a preposition ending at token `from` introduces, or null. `placesOnly`: only a place
 * the places stage (or the lexicon) knows, not a body or a capitalised name ("thuộc Phòng CSGT").
 */
function placeAfter(
  ctx: Indexed,
  from: number,
  limit: number,
  places: readonly PlaceSpan[],
  placesOnly = false,
): string | null {
  let k = from;
  // "trên địa bàn", "tại khu vực", "ở đoạn": words between the preposition and the place
  for (let n = 0; n < 3 && k < limit; n++) {
    const filler = readerCueAt(ctx, k, "place");
    if (filler === null || !filler.details.includes("filler")) break;
    k = filler.end;
  }
  if (k >= limit) return null;
  const place = placeStartingAt(ctx, places, k);
  if (place !== undefined) return withAddress(ctx, places, place, limit);
  if (placesOnly) return null;
  // "tại số 36 Trường Thi, TP Thanh Hóa": a house number and its street, with the units after it
  if (ctx.keys[k] === "số" && ctx.tokens[k + 1]?.kind === "number" && k + 2 < limit) {
    const street = ctx.tokens[k + 2] as Token;
    const end = isTitleCase(street) ? nameRunEnd(ctx, k + 2, limit, false) : k + 2;
    if (end > k + 2) return withAddress(ctx, places, { ...spanOf(ctx, k, end), kind: "road" }, limit);
  }
  const t = ctx.tokens[k] as Token;
  // ("CA huyện …": a unit's code the tokenizer reads as a word)
  if ((isTitleCase(t) || isCodeToken(t)) && !namesNoPlace(ctx, k)) {
    // a body the meeting was held at ("tại Bộ Công an"), else a capitalised name the lexicon does
    // not know (a foreign country, a company)
    const org = parseOrganization(ctx.tokens, ctx.keys, ctx.input, k);
    if (org !== null && org.end > k + 1 && org.end <= limit) return spanOf(ctx, k, org.end).text;
    const end = nameRunEnd(ctx, k, limit, true);
    // "Thủ đô", "Trụ sở": a capitalised common noun runs on in lower case; a name ends at punctuation or a function word
    const next = ctx.tokens[end] as Token | undefined;
    const runsOn = end < limit && next !== undefined && isLower(next) && !isStop(ctx, end);
    if (end > k && !runsOn) return spanOf(ctx, k, end).text;
  }
  // "tại khu vực tổ 17 phường Trần Phú", "tại ngã tư giao cắt giữa đường …": a known place a few words on
  for (let j = k + 1; j < limit && j - k <= LOOKAHEAD; j++) {
    const tj = ctx.tokens[j] as Token;
    // "đường gom của Quốc lộ 5": a part of a place names it after "của"
    if (tj.kind === "punct" || (isStop(ctx, j) && ctx.keys[j] !== "của")) break;
    const later = placeStartingAt(ctx, places, j);
    if (later !== undefined) return withAddress(ctx, places, later, limit);
  }
  return null;
}

/** The event's place, read from the trigger's clause. */
export function locationIn(ctx: Indexed, s: SentenceRange, hit: Hit, hits: readonly Hit[]): string | null {
  // "tới thăm Khu công nghiệp An ninh": a visit happens at what it visits
  if (hit.trigger.detail === "visit") {
    const visited = placeAfter(ctx, hit.end, clauseAround(ctx, s, hit.first).last, placesIn(ctx, s));
    if (visited !== null) return visited;
  }
  // "làm việc với Công an tỉnh Sóc Trăng": a working session with a unit the article names is held
  // at that unit (a delegation, "làm việc với Đoàn công tác …", comes to the subject instead)
  const host =
    hit.trigger.detail === "with" && ctx.keys[hit.end] !== "đoàn" ? ctx.tokens[hit.end] : undefined;
  if (host !== undefined) {
    const body = ctx.orgSpans[lowerBound(ctx.orgSpans, host.start)];
    if (body !== undefined && body.start === host.start) return body.text;
  }
  // "Phát biểu tại hội đàm, Bộ trưởng nêu rõ, … tại Slovakia": after a reporting verb comes what was said
  const said = hits.find(
    (h) =>
      h.first >= hit.end &&
      (h.trigger.type === "report" || (h.trigger.type === "speech" && hit.trigger.type !== "speech")),
  );
  const clause = clauseAround(ctx, s, hit.first);
  const places = placesIn(ctx, s);
  let depth = 0;
  let lastAway = -10;
  let lastHappened = -10;
  let before: string | null = null;
  let after: string | null = null;
  const last = said === undefined ? clause.last : Math.min(clause.last, said.first);
  // only the tokens this reader acts on (brackets, "xảy ra", place cues): every other token of the
  // clause leaves its state as it is
  const marks = placeMarksOf(ctx, s);
  let next = clause.first;
  for (let m = firstAtOrAfter(marks, clause.first); m < marks.length; m++) {
    const i = marks[m] as number;
    if (i >= last) break;
    // inside an "away" cue read before (see below)
    if (i < next) continue;
    const t = ctx.tokens[i] as Token;
    if (t.normalized === "(") depth++;
    else if (t.normalized === ")") depth = Math.max(0, depth - 1);
    if (depth > 0 || (i >= hit.first && i < hit.end)) continue;
    // "xảy ra … tại": the place an incident happened at, before any other
    if (ctx.keys[i] === "xảy" && ctx.keys[i + 1] === "ra") lastHappened = i + 2;
    const cue = readerCueAt(ctx, i, "place");
    if (cue === null) continue;
    if (cue.details.includes("away")) {
      lastAway = cue.end;
      next = cue.end;
      continue;
    }
    const within = cue.details.includes("within");
    if (!cue.details.includes("prep") && !within) continue;
    // "trú tại", "cấp cứu tại", "làm việc ở": an address or a hospital, not the scene
    if (i - lastAway <= 2) continue;
    // "Cáp Văn Tùng (SN 1987), ở thôn …": "ở" set off right after a person is where they live
    if (ctx.keys[i] === "ở" && livesAt(ctx, i, clause.first)) continue;
    const found = placeAfter(ctx, cue.end, last, places, within);
    if (found === null) continue;
    // the first place after "xảy ra" in the clause, also past the time it names ("xảy ra vào
    // khoảng 16h30 chiều 22/6, tại …")
    if (lastHappened >= 0 && i >= lastHappened) return found;
    if (i < hit.first) before ??= found;
    else after ??= found;
  }
  // "Cũng tại Yên Bái, Cục … công bố quyết định …": a document is issued where the sentence
  // opens; a place after it is what the document is about
  if (hit.trigger.type === "document") return before;
  return after ?? before;
}

/**
 * The tokens of a sentence that locationIn acts on, in order: brackets, "xảy ra" and the starts of
 * place cues. Read once per sentence; each trigger's reading then skips the other tokens.
 */
function placeMarksOf(ctx: Indexed, s: SentenceRange): readonly number[] {
  const known = ctx.placeMarks.get(s);
  if (known !== undefined) return known;
  const marks: number[] = [];
  for (let i = s.first; i < s.last; i++) {
    const t = ctx.tokens[i] as Token;
    if (
      t.normalized === "(" ||
      t.normalized === ")" ||
      (ctx.keys[i] === "xảy" && ctx.keys[i + 1] === "ra") ||
      readerCueAt(ctx, i, "place") !== null
    )
      marks.push(i);
  }
  ctx.placeMarks.set(s, marks);
  return marks;
}

/** Index of the first of the ascending `xs` at or after `i`. */
function firstAtOrAfter(xs: readonly number[], i: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as number) < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How far back from "ở" the person it follows may end ("Nguyễn Văn A (SN 1987), ở …"). */
const RESIDENT_WINDOW = 10;

/** Whether "ở" at token i follows a comma right after a person's name or bracket: their address. */
function livesAt(ctx: Indexed, i: number, clauseFirst: number): boolean {
  if (tokenAt(ctx.tokens, i - 1)?.normalized !== ",") return false;
  const start = (ctx.tokens[Math.max(clauseFirst, i - RESIDENT_WINDOW)] as Token).start;
  const end = (ctx.tokens[i - 1] as Token).start;
  const named = within(ctx.mentions, { start, end });
  if (named.length === 0) return false;
  // only a bracket (age, birth year) may stand between the name and the comma
  const after = tokenFrom(ctx, clauseFirst, i, (named.at(-1) as { end: number }).end);
  return after === i - 1 || ctx.tokens[after]?.normalized === "(";
}
