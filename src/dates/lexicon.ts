import { DATE_WORDS } from "../generated/date-words.js";
import { buildTrie, type PhraseTrie } from "../numbers/atoms.js";

export type PartOfDay = "morning" | "noon" | "afternoon" | "evening" | "night";

export interface DateLexicon {
  partOfDay: PhraseTrie<PartOfDay>;
  weekday: PhraseTrie<number>;
  monthName: Map<string, number>;
  relative: PhraseTrie<{ amount: number; unit: "D" | "W" | "M" | "Q" | "Y" }>;
  relativeAfterPart: Map<string, number>;
  durationUnit: PhraseTrie<string>;
  periodPrefix: PhraseTrie<true>;
  season: PhraseTrie<string>;
  partOfPeriod: Map<string, string>;
  festival: PhraseTrie<{ month: number; day: number }>;
  stem: Map<string, number>;
  branch: Map<string, number>;
  /** Words right after a date that place it before or after the date of writing ("tới", "vừa qua"). */
  tenseAfter: PhraseTrie<"past" | "future">;
  /** Words a little before or after a date that say it is still to come ("sẽ", "dự kiến"). */
  futureCue: PhraseTrie<true>;
  /** Short weekdays ("t2", "cn"): days only with a date cue around them. */
  weekdayShort: PhraseTrie<number>;
  /** After a weekday: a week offset ("tuần sau" 1), or the next or last such day ("tới", "vừa rồi"). */
  weekdayAfter: PhraseTrie<number | "next" | "last">;
  /** Before a weekday: words that make it a day, not an ordinal ("vào", "hôm"). */
  weekdayBefore: Set<string>;
  /** After "N ngày": counts back from the date of writing ("trước") or forward ("nữa"). */
  countDirection: PhraseTrie<"past" | "future" | "later">;
  /** Solar holidays ("Quốc khánh", "Giáng sinh"): month and day. */
  solarFestival: PhraseTrie<{ month: number; day: number }>;
  /** After "N giờ": "rưỡi" (30), "kém" (minutes before), "đúng" (sharp). */
  clock: Map<string, string>;
  /** After a day and month: they are lunar ("âm lịch"). */
  lunarCue: PhraseTrie<true>;
  /** Before a day and month: part of a name ("trường … 19/5", "đường 3/2"). */
  nameHead: PhraseTrie<true>;
  /** Nouns before "thứ hai" that make it an ordinal ("lần thứ hai"). */
  ordinalHead: Set<string>;
  /** Grammar words that can open a date expression besides the vocabulary and digits ("từ", "ngày", "vào"). */
  opener: string[];
  /** Words a duration may open with besides digits and number words ("trong 3 tháng", "hơn 2 năm"). */
  durationLead: string[];
  /** Words a point may open with besides digits and number words ("lúc", "vào", "ngày", "hôm"). */
  pointLead: string[];
}

let cached: DateLexicon | null = null;

/** The compiled date vocabulary, built once from the generated table (immutable afterwards). */
export function dateLexicon(): DateLexicon {
  if (cached) return cached;
  const by = (type: string) =>
    DATE_WORDS.filter((row) => row[1] === type).map(([w, , v]) => [w.toLowerCase(), v] as const);
  cached = {
    partOfDay: buildTrie(by("part_of_day").map(([w, v]) => [w, v as PartOfDay] as const)),
    weekday: buildTrie(by("weekday").map(([w, v]) => [w, Number(v)] as const)),
    monthName: new Map(by("month_name").map(([w, v]) => [w, Number(v)])),
    relative: buildTrie(
      by("relative").map(([w, v]) => {
        const unit = v.slice(-1) as "D" | "W" | "M" | "Q" | "Y";
        return [w, { amount: Number(v.slice(0, -1)), unit }] as const;
      }),
    ),
    relativeAfterPart: new Map(by("relative_after_part").map(([w, v]) => [w, Number(v.slice(0, -1))])),
    durationUnit: buildTrie(by("duration_unit")),
    periodPrefix: buildTrie(by("period_prefix").map(([w]) => [w, true as const] as const)),
    season: buildTrie(by("season")),
    partOfPeriod: new Map(by("part_of_period")),
    festival: buildTrie(
      by("lunar_festival").map(([w, v]) => {
        const [month, day] = v.split("/").map(Number);
        return [w, { month: month ?? 1, day: day ?? 1 }] as const;
      }),
    ),
    stem: new Map(by("stem").map(([w, v]) => [w, Number(v)])),
    branch: new Map(by("branch").map(([w, v]) => [w, Number(v)])),
    tenseAfter: buildTrie(
      by("tense_after").map(
        ([w, v]) => [w, v === "future" ? ("future" as const) : ("past" as const)] as const,
      ),
    ),
    futureCue: buildTrie(by("future_cue").map(([w]) => [w, true as const] as const)),
    weekdayShort: buildTrie(by("weekday_short").map(([w, v]) => [w, Number(v)] as const)),
    weekdayAfter: buildTrie(
      by("weekday_after").map(([w, v]) => [w, v === "next" || v === "last" ? v : Number(v)] as const),
    ),
    weekdayBefore: new Set(by("weekday_before").map(([w]) => w)),
    countDirection: buildTrie(
      by("count_direction").map(
        ([w, v]) => [w, v === "future" || v === "later" ? v : ("past" as const)] as const,
      ),
    ),
    solarFestival: buildTrie(
      by("solar_festival").map(([w, v]) => {
        const [month, day] = v.split("/").map(Number);
        return [w, { month: month ?? 1, day: day ?? 1 }] as const;
      }),
    ),
    clock: new Map(by("clock")),
    lunarCue: buildTrie(by("lunar_cue").map(([w]) => [w, true as const] as const)),
    nameHead: buildTrie(by("name_head").map(([w]) => [w, true as const] as const)),
    ordinalHead: new Set(by("ordinal_head").map(([w]) => w.split(" ").pop() ?? w)),
    opener: by("opener").map(([w]) => w),
    durationLead: by("duration_lead").map(([w]) => w),
    pointLead: by("point_lead").map(([w]) => w),
  };
  return cached;
}
