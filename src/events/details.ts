import type { SentenceRange } from "../article/sentences.js";
import { crossesLine, tokenKeyAt } from "../lexicon/index.js";
import type { NumberMention } from "../numbers/index.js";
import type { Token } from "../tokenize/index.js";
import type { EventContext, Indexed } from "./context.js";
import {
  CLOSE_QUOTES,
  isPunct,
  OPEN_QUOTES,
  PHRASE_STOPS,
  phraseAfter,
  quotedAt,
  spanOf,
  tokenAt,
  within,
} from "./spans.js";
import { type Hit, triggerTrie } from "./triggers.js";

/** The type-specific fields of events: charges, seized items, meeting subtypes and topics, award names. */

/** The counts of a sentence, read once per sentence (the arrest, seizure and award readers each ask). */
export function numbersIn(ctx: Indexed, s: SentenceRange): readonly NumberMention[] {
  let numbers = ctx.numbersBy.get(s);
  if (numbers === undefined) {
    numbers = within(ctx.numbers, s);
    ctx.numbersBy.set(s, numbers);
  }
  return numbers;
}

const COUNT_UNITS_SUSPECTS = ["đối tượng", "bị can", "nghi phạm", "người", "tên"];
const startsWithAny = (unit: string | null, list: readonly string[]) => {
  if (unit === null) return false;
  const lower = unit.toLowerCase();
  return list.some((u) => lower.startsWith(u));
};

/** Whether a count's unit counts people ("3 đối tượng", "2 người"). */
export const isPersonCount = (unit: string | null) => startsWithAny(unit, COUNT_UNITS_SUSPECTS);

/** How many suspects the sentence counts ("3 đối tượng"), or null. */
export function suspectCount(ctx: Indexed, s: SentenceRange): number | null {
  return numbersIn(ctx, s).find((n) => startsWithAny(n.unit, COUNT_UNITS_SUSPECTS))?.value ?? null;
}

/** "khám phá 34 vụ, 46 đối tượng; triệt phá …": a period's figures, not one happening. */
export function isStatistics(ctx: Indexed, s: SentenceRange): boolean {
  if (numbersIn(ctx, s).some((n) => n.value > 1 && n.unit !== null && countsCases(n.unit))) return true;
  // "phá án, bắt giữ nhiều vụ cướp giật", "hàng chục vụ": many cases told at once
  for (let i = s.first + 1; i < s.last; i++)
    if (ctx.keys[i] === "vụ" && MANY.has(tokenKeyAt(ctx.keys, i - 1))) return true;
  return false;
}

/** Whether a count's unit is "vụ" (cases), alone or before more words ("34 vụ", "5 vụ án"). */
function countsCases(unit: string): boolean {
  const lower = unit.toLowerCase();
  // the test of the next character runs only after the cheap prefix test (most units are no "vụ")
  return lower.startsWith("vụ") && (lower.length === 2 || /\s/u.test(lower.charAt(2)));
}

/** Words that make "vụ" many cases: "nhiều vụ", "các vụ", "hàng chục vụ". */
const MANY = new Set(["nhiều", "các", "những", "chục", "trăm", "nghìn", "ngàn", "loạt"]);

/** Words after which a charge's name has ended ("về tội Trộm cắp tài sản xảy ra tại …"). */
const CHARGE_ENDS = new Set([
  "xảy",
  "tại",
  "ở",
  "theo",
  "quy",
  "đối",
  "để",
  "khi",
  "vào",
  "ngày",
  "do",
  "thì",
  "được",
  "đã",
  "nhằm",
  "cùng",
  "sau",
  "trước",
  "lúc",
]);
const MAX_CHARGE = 14;

/** "về tội Giết người", "về hành vi “Cố ý gây thương tích”": the charge, to its closing quote or its last word. */
export function chargeIn(ctx: EventContext, s: SentenceRange): string | null {
  for (let i = s.first; i < s.last - 1; i++) {
    const k = ctx.keys[i];
    if (k !== "tội" && !(k === "hành" && ctx.keys[i + 1] === "vi")) continue;
    // "phạm tội", "tội phạm": the word for crime, not a charge's name
    if (k === "tội" && (tokenKeyAt(ctx.keys, i - 1) === "phạm" || ctx.keys[i + 1] === "phạm")) continue;
    let j = k === "tội" ? i + 1 : i + 2;
    const quoted = ctx.tokens[j] !== undefined && OPEN_QUOTES.has((ctx.tokens[j] as Token).normalized);
    if (quoted) j++;
    const start = j;
    while (j < s.last && j - start < MAX_CHARGE) {
      const t = ctx.tokens[j] as Token;
      if (quoted ? CLOSE_QUOTES.has(t.normalized) : t.kind === "punct") break;
      if (!quoted && j > start && CHARGE_ENDS.has(ctx.keys[j] ?? "")) break;
      j++;
    }
    if (j > start) return spanOf(ctx, start, j).text;
  }
  return null;
}

/** The seized items after the trigger: each count with the noun it counts and what follows it. */
export function seizedItems(
  ctx: Indexed,
  s: SentenceRange,
  triggerEnd: number,
): { what: string; quantity: NumberMention }[] {
  return numbersIn(ctx, s)
    .filter((n) => n.start >= triggerEnd && n.unit !== null)
    .slice(0, 8)
    .map((n) => {
      const at = tokenAt(ctx, n.end, s.first, s.last);
      const rest = phraseAfter(ctx, at, s.last, 6);
      // the unit is part of the number's text ("100kg", "5 gói"); `what` is the counted thing after it
      const unit = n.unit as string;
      const restText = rest?.text ?? "";
      const what = restText.toLowerCase().startsWith(unit.toLowerCase())
        ? restText
        : [unit, restText].filter((x) => x).join(" ");
      return { what, quantity: n };
    });
}

type MeetingSubtype = "review" | "interim_review" | "deployment" | "launch" | "other";

export function meetingSubtype(ctx: EventContext, hit: Hit, s: SentenceRange): MeetingSubtype {
  const detail = hit.trigger.detail;
  if (detail !== "other" && detail !== "visit" && detail !== "with") return detail as MeetingSubtype;
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

/** Words that end a meeting's name: what the sentence says next about it (who came, where, what was said). */
const TOPIC_ENDS = new Set([
  "có",
  "nêu",
  "tại",
  "do",
  "dưới",
  "với",
  "nhằm",
  "để",
  "đã",
  "được",
  "khi",
  "thì",
  "là",
  "vào",
  "lúc",
  "sau",
  "trước",
  "cho",
]);
const MAX_TOPIC = 30;

/**
 * The meeting's name or subject as written, from its noun: "Hội nghị tổng kết công tác năm 2021",
 * "Đại hội đại biểu lần thứ XXIX Đảng bộ …, nhiệm kỳ 2025 – 2030". A comma ends it unless a term
 * ("nhiệm kỳ") follows; the name's own words ("công tác", "về") stay.
 */
export function meetingTopic(ctx: EventContext, hit: Hit, s: SentenceRange): string | null {
  let j = hit.end;
  while (j < s.last && j - hit.first < MAX_TOPIC) {
    const t = ctx.tokens[j] as Token;
    if (t.kind === "punct") {
      const term = t.normalized === "," && ctx.keys[j + 1] === "nhiệm" && ctx.keys[j + 2] === "kỳ";
      const dash = (t.normalized === "–" || t.normalized === "-") && ctx.tokens[j + 1]?.kind === "number";
      if (!term && !dash) break;
      j++;
      continue;
    }
    if (TOPIC_ENDS.has(ctx.keys[j] ?? "")) break;
    j++;
  }
  return j > hit.end ? spanOf(ctx, hit.first, j).text : null;
}

/** Words after an award's name: adverbs and pointers of the sentence ("Huy hiệu cũng đồng thời là …", "Huy hiệu đợt này"). */
const AWARD_NAME_ENDS = new Set(["cũng", "đồng", "này", "đó", "đợt", "gồm", "nhằm", "sẽ", "đều"]);

/** The name of an award starting at an award noun: "Huân chương Bảo vệ Tổ quốc hạng Ba", "danh hiệu: “Đơn vị Quyết thắng”". */
export function awardName(
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
    if (PHRASE_STOPS.has(ctx.keys[j] ?? "") || AWARD_NAME_ENDS.has(ctx.keys[j] ?? "")) break;
    j++;
  }
  return spanOf(ctx, nounFirst, j).text;
}
