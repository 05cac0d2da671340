import type { SentenceRange } from "../article/sentences.js";
import { isTitleCase, titleTrie } from "../lexicon/index.js";
import type { Span } from "../span.js";
import { isCapitalized } from "../text/index.js";
import { parseOrganization } from "../titles/index.js";
import type { Token } from "../tokenize/index.js";
import type { Indexed } from "./context.js";
import { clauseAround, clauseKey, PHRASE_STOPS, spanOf, tokenAt, within } from "./spans.js";
import type { Hit } from "./triggers.js";

/**
 * Organisations named in a sentence, as written: "Công an quận Lê Chân", "Phòng Tham mưu", "CATP"
 * (the titles stage's organisation parser from each capitalised word). A lone abbreviation counts
 * when it stands for an organisation (its expansion is capitalised: "Ủy ban nhân dân", not "an
 * ninh Tổ quốc").
 */
export function organizationsIn(ctx: Indexed, s: SentenceRange, hits: readonly Hit[]): string[] {
  const out: string[] = [];
  const uses = within(usesOf(ctx), s);
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

/** The abbreviation uses, start-sorted, built on the first read: only this reader needs them. */
function usesOf(ctx: Indexed): readonly (Span & { expansion: string })[] {
  ctx.uses ??= ctx.abbreviations
    .map((u) => ({ start: u.span.start, end: u.span.end, text: u.span.text, expansion: u.expansion }))
    .sort((a, b) => a.start - b.start);
  return ctx.uses;
}

/** The organisations of a sentence, read once per sentence that has an event. */
export function orgsOf(ctx: Indexed, s: SentenceRange, hits: readonly Hit[], index: number): string[] {
  let orgs = ctx.orgs.get(index);
  if (orgs === undefined) {
    orgs = organizationsIn(ctx, s, hits);
    ctx.orgs.set(index, orgs);
  }
  return orgs;
}

/** How far before an organisation a position may start ("Phó Giám đốc" before "Công an tỉnh"). */
const TITLE_REACH = 4;

/** Whether a position ("Bộ trưởng", "Giám đốc") ends right before token k: the body is then a title's, not an actor. */
function afterPosition(ctx: Indexed, k: number, first: number): boolean {
  for (let j = Math.max(first, k - TITLE_REACH); j < k; j++) {
    const m = titleTrie().longestAt(ctx.keys, ctx.tokens, ctx.input, j);
    if (m !== null && m.end === k) return true;
  }
  return false;
}

/**
 * The organisations acting in an event: the organisations stage's mentions in the trigger's
 * clause, not the bodies of a person's title ("Bộ trưởng Bộ Công an"). Without that stage, the
 * names parsed from the sentence.
 */
export function eventOrganizations(
  ctx: Indexed,
  s: SentenceRange,
  hits: readonly Hit[],
  index: number,
  trigger: number,
): string[] {
  if (ctx.organizationMentions === undefined) return [...orgsOf(ctx, s, hits, index)];
  const clause = clauseAround(ctx, s, trigger);
  // read once per clause (its triggers all ask); each event gets its own copy, which merging extends
  const key = clauseKey(ctx, clause.first, clause.last);
  let orgs = ctx.clauseOrgs.get(key);
  if (orgs === undefined) {
    orgs = clauseOrganizations(ctx, clause.first, clause.last);
    ctx.clauseOrgs.set(key, orgs);
  }
  return [...orgs];
}

/** The organisations stage's mentions in tokens `[first, last)`, without the bodies of a person's title. */
function clauseOrganizations(ctx: Indexed, first: number, last: number): string[] {
  const from = (ctx.tokens[first] as Token).start;
  const to = (ctx.tokens[last - 1] as Token).end;
  const out: string[] = [];
  for (const m of within(ctx.orgSpans, { start: from, end: to })) {
    const k = tokenAt(ctx, m.start, first, last);
    if (afterPosition(ctx, k, first)) continue;
    if (!out.includes(m.text)) out.push(m.text);
  }
  return out;
}
