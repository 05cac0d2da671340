import { type Atom, atomAt, isWordAtom, keyAt, matchTrie } from "../numbers/atoms.js";
import { numberLexicon } from "../numbers/lexicon.js";
import { magnitudeOf, readNumberWords } from "../numbers/parse.js";
import { isDigitCode } from "../text/chars.js";
import {
  chooseMonthYear,
  chooseYear,
  dayDifference,
  isoDateTime,
  isoDay,
  isoMonth,
  isoWeek,
  isoWeekday,
  isoYear,
  isValidDay,
  shiftDays,
  shiftMonths,
  type Tense,
  type Ymd,
} from "./calendar.js";
import { hour24, readTime, type Time } from "./clock.js";
import {
  type Core,
  DM_RE,
  DMY_RE,
  intOf,
  isDash,
  MY_RE,
  namedAfter,
  readDateCore,
  readMonthAfter,
  readMonthWord,
  YEAR_RANGE_RE,
  yearOf,
} from "./core.js";
import { dateLexicon, type PartOfDay } from "./lexicon.js";
import { lunarToSolar, solarToLunar, tet } from "./lunar.js";
import type { DateMention } from "./schema.js";
import { dateStarts } from "./starts.js";
import { readWeekdayWords, resolveWeekday } from "./weekday.js";

/**
 * Where partial dates get their missing parts: the reference (publication) date, or, when there
 * is none, the latest complete date written in the text itself (a report that says "ngày 10/7/2017"
 * and "Ngày 13/7" means 2017). Never the clock.
 */
export interface DateContext {
  ref: Ymd | null;
  /** The date of the last day-precision mention, for "cùng ngày", "hôm sau" and bare times. */
  lastDay: Ymd | null;
  /**
   * The one year all complete dates of the text share ("ngày 20/4/2017" … "ngày 3/5/2017"), when
   * no reference is given: partial dates of that text belong to it ("ngày 28/4" is 2017).
   */
  textYear?: number | null;
}

/** A recognised expression before it becomes a mention: atom range plus fields. */
interface Found {
  /** First atom of the mention when it is not where matching began (a preposition left out). */
  start?: number;
  end: number;
  mention: Omit<DateMention, "start" | "end" | "text">;
  /** A time alone ("lúc 14:30"), its day taken from an earlier mention: it cannot open a range. */
  bareTime?: true;
  /** An impossible date or time ("ngày 0 tháng 4 năm 2000", "7 giờ 61 phút"): its atoms yield nothing. */
  void?: true;
}

/** A count in digits before a unit of time: "10 năm qua", "1,5 giờ", "5.028 ngày" (thousands with a dot). */
const COUNT_RE = /^(?:\d{1,4}|\d{1,3}\.\d{3})(?:,\d{1,2})?$/;
const QUARTER_RE = /^(i{1,3}|iv|[1-4])[/-](\d{4})$/;
const MONTH_YEAR_RE = /^(\d{1,2})[/.](\d{4})$/;
const MONTHS_YEAR_RE = /^(\d{1,2})-(\d{1,2})[/.](\d{4})$/;
const DAYS_MONTH_RE = /^(\d{1,2})-(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/;
const DAY_MONTH_RE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/;
const ONE_OR_TWO_DIGITS_RE = /^\d{1,2}$/;
/** "26/1-1/2", "30/12/2016-2/1/2017": two days of different months glued by a dash. */
const DAY_MONTH_RANGE_RE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?-(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/;

const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Days of one month, read from atoms up to `end` (exclusive). */
interface DaysOfMonth {
  d1: number;
  d2: number;
  m: number;
  y: number | null;
  end: number;
}

/** "10-12/5/2017" in the one atom at `at`. */
function daysGlued(run: string, at: number): DaysOfMonth | null {
  const days = DAYS_MONTH_RE.exec(run);
  if (days === null) return null;
  const y = days[4] === undefined ? null : Number(days[4]);
  return { d1: Number(days[1]), d2: Number(days[2]), m: Number(days[3]), y, end: at + 1 };
}

/**
 * "từ 2 – 4/2": a day, a spaced dash and a day of a month, after "ngày" or a word of time only (a
 * count may be written so, "2 - 4 lần").
 */
function spacedDays(atoms: readonly Atom[], at: number, afterNgay: boolean): DaysOfMonth | null {
  const first = atoms[at];
  const dash = atoms[at + 1];
  const second = atoms[at + 2];
  if (first === undefined || dash === undefined || second === undefined) return null;
  if (!isDash(dash) || dash.lineStart || second.lineStart) return null;
  if (!ONE_OR_TWO_DIGITS_RE.test(first.key)) return null;
  if (!afterNgay && !timeWordBefore(atoms, at)) return null;
  const dm = DAY_MONTH_RE.exec(second.key);
  if (dm === null) return null;
  const y = dm[3] === undefined ? null : Number(dm[3]);
  return { d1: Number(first.key), d2: Number(dm[1]), m: Number(dm[2]), y, end: at + 3 };
}

function blank(kind: DateMention["kind"]): Found["mention"] {
  return {
    kind,
    value: null,
    from: null,
    to: null,
    duration: null,
    partOfDay: null,
    calendar: "solar",
    inferred: false,
  };
}

export interface Resolved {
  ymd: Ymd | null;
  inferred: boolean;
}

/** How far from a date a future cue ("sẽ", "dự kiến") still speaks of it, in atoms. */
const CUE_WINDOW = 4;

const endsSentence = (a: Atom | undefined) =>
  a?.punct === true && (a.norm === "." || a.norm === "!" || a.norm === "?" || a.norm === ";");

/**
 * What the words around a date written without year (atoms `start` to `end`) say about it:
 * right after it "tới", "sắp tới" (to come) or "vừa qua" (past); a few words before or after it,
 * within the sentence, "sẽ", "dự kiến" (to come). Null when nothing is said.
 */
function tenseAround(atoms: readonly Atom[], start: number, end: number): Tense {
  const lex = dateLexicon();
  const after = matchTrie(lex.tenseAfter, atoms, end);
  if (after) {
    // "từ 20/12 tới 5/1": "tới" before another date links a range, it says nothing of the tense
    const next = keyAt(atoms, end + after[1]);
    const c = next.charCodeAt(0);
    const linksRange =
      after[0] === "future" &&
      ((c >= 48 && c <= 57) || next === "ngày" || next === "hết" || next === "thứ" || next === "chủ");
    if (!linksRange) return after[0];
  }
  for (let j = start - 1; j >= 0 && j >= start - CUE_WINDOW; j--) {
    if (endsSentence(atoms[j])) break;
    if (matchTrie(lex.futureCue, atoms, j)) return "future";
  }
  for (let j = end; j < atoms.length && j < end + CUE_WINDOW; j++) {
    if (endsSentence(atoms[j])) break;
    if (matchTrie(lex.futureCue, atoms, j)) return "future";
  }
  return null;
}

function resolveDay(d: number, m: number, y: number | null, ctx: DateContext, tense: Tense = null): Resolved {
  if (y !== null) return { ymd: { y, m, d }, inferred: false };
  if (ctx.textYear != null && isValidDay(ctx.textYear, m, d))
    return { ymd: { y: ctx.textYear, m, d }, inferred: true };
  if (!ctx.ref) return { ymd: null, inferred: false };
  const year = chooseYear(m, d, ctx.ref, tense);
  return year === null ? { ymd: null, inferred: false } : { ymd: { y: year, m, d }, inferred: true };
}

function resolveMonth(
  m: number,
  y: number | null,
  ctx: DateContext,
  tense: Tense = null,
): { value: string | null; inferred: boolean } {
  if (y !== null) return { value: isoMonth(y, m), inferred: false };
  if (ctx.textYear != null) return { value: isoMonth(ctx.textYear, m), inferred: true };
  if (!ctx.ref) return { value: null, inferred: false };
  return { value: isoMonth(chooseMonthYear(m, ctx.ref, tense), m), inferred: true };
}

/** "năm ngoái", "năm nay", "năm sau" right after a month or day: its year, from the reference. */
function relativeYearAt(
  atoms: readonly Atom[],
  k: number,
  ctx: DateContext,
): { y: number; end: number } | null {
  if (!ctx.ref || atoms[k]?.lineStart || keyAt(atoms, k) !== "năm") return null;
  const rel = matchTrie(dateLexicon().relative, atoms, k);
  if (rel?.[0].unit !== "Y") return null;
  return { y: ctx.ref.y + rel[0].amount, end: k + rel[1] };
}

/** A point-like expression with its optional lead words, time, part of day and weekday. */
function readPoint(atoms: readonly Atom[], i: number, ctx: DateContext): Found | null {
  const lex = dateLexicon();
  let k = i;
  // "từ 8 giờ đến 10 giờ": the range words lead a time as "lúc" does
  let lead = keyAt(atoms, i - 1) === "từ";
  // but it cues no date: "từ 1 - 2 triệu đồng" is a span of a count
  let cued = false;
  // lead words: "khoảng", "lúc", "vào", "vào lúc", "vào khoảng", "đúng"
  for (let n = 0; n < 2; n++) {
    const key = keyAt(atoms, k);
    // ("chừng" is "khoảng" in the south and in speech: "chừng 4h sáng")
    if (
      key === "khoảng" ||
      key === "chừng" ||
      key === "lúc" ||
      key === "vào" ||
      key === "hồi" ||
      (key === "đúng" && n === 0)
    ) {
      k++;
      cued = true;
      lead = true;
    }
  }
  let time: Time | null = readTime(atoms, k);
  if (time) {
    if (time.invalid) return { end: time.end, mention: blank("datetime"), void: true };
    k = time.end;
    if (keyAt(atoms, k) === "," && matchTrie(lex.partOfDay, atoms, k + 1)) k++;
    // the dateline "14:30 - 09/12/2021": time, dash, date is one datetime, not a range
    else if (isDash(atoms[k]) && (DMY_RE.test(keyAt(atoms, k + 1)) || DM_RE.test(keyAt(atoms, k + 1)))) k++;
  }
  let part: PartOfDay | null = null;
  const p = matchTrie(lex.partOfDay, atoms, k);
  if (p) {
    part = p[0];
    k += p[1];
    cued = true;
  }
  // a time after a part of day: "chiều nay lúc 3 giờ" is read below; "tối 7 giờ 30" here
  if (part && !time) {
    const t = readTime(atoms, k);
    const tail = keyAt(atoms, t?.end ?? k);
    if (
      t &&
      !t.invalid &&
      (t.strong || !(tail === "đồng" || tail === "qua" || tail === "liền" || tail === "liên"))
    ) {
      time = t;
      k = t.end;
    }
  }
  const afterPart = k;
  const mention = blank("date");
  mention.partOfDay = part;
  /** A time written after the day ("tối mai lúc 7 giờ", "thứ Hai, 9h"): its end, or `end`. */
  const timeAfter = (end: number): number => {
    if (time) return end;
    let j = end;
    if (keyAt(atoms, j) === "lúc" || keyAt(atoms, j) === "vào" || keyAt(atoms, j) === ",") j++;
    const t = readTime(atoms, j);
    if (!t || t.invalid || !(t.strong || j > end) || atoms[j]?.lineStart) return end;
    time = t;
    let e = t.end;
    const p2 = matchTrie(lex.partOfDay, atoms, e);
    if (p2 && !part) {
      part = p2[0];
      mention.partOfDay = part;
      e += p2[1];
    }
    return e;
  };
  const finish = (
    end: number,
    ymd: Ymd | null,
    inferred: boolean,
    calendar: "solar" | "lunar" = "solar",
  ): Found => {
    mention.inferred = inferred;
    mention.calendar = calendar;
    if (time) {
      mention.kind = "datetime";
      const hh = hour24(time.hh, part);
      mention.value = ymd ? isoDateTime(ymd, hh, time.mi) : null;
    } else {
      mention.value = ymd ? isoDay(ymd) : null;
    }
    if (ymd) ctx.lastDay = ymd;
    return { end, mention };
  };
  // a day counted from the date of writing after a part of day or a time: "sáng nay", "tối qua",
  // "tối mai", "tối hôm qua", "7 giờ sáng ngày mai", "6h sáng nay (14/5)", "sáng nay 8-12"
  if (part || time) {
    let shift: number | null = null;
    let relEnd = k;
    const rel = matchTrie(lex.relative, atoms, k);
    if (rel && rel[0].unit === "D" && !(rel[1] === 1 && keyAt(atoms, k) === "mai" && !part)) {
      shift = rel[0].amount;
      relEnd = k + rel[1];
    } else if (part) {
      const after = lex.relativeAfterPart.get(keyAt(atoms, k));
      if (after !== undefined && !atoms[k]?.lineStart) {
        shift = after;
        relEnd = k + 1;
      }
    }
    if (shift !== null) {
      k = relEnd;
      let ymd = ctx.ref ? shiftDays(ctx.ref, shift) : null;
      let inferred = ymd !== null;
      // the day named after it, in brackets or not ("6h sáng nay (14/5)", "TTO - Sáng nay 8-12,")
      const bracketed = keyAt(atoms, k) === "(";
      const inner = atoms[k]?.lineStart ? null : readDateCore(atoms, bracketed ? k + 1 : k, true);
      // "Sáng nay (10 tháng Giêng)": a lunar day in brackets glosses the day, it does not move it
      if (inner && !inner.invalid && !inner.lunarMonth && (!bracketed || keyAt(atoms, inner.end) === ")")) {
        const r = resolveDay(inner.d, inner.m, inner.y, ctx);
        ymd = r.ymd;
        inferred = r.inferred;
        k = bracketed ? inner.end + 1 : inner.end;
      }
      const named = k > relEnd;
      k = timeAfter(k);
      // a day named in writing is a date, not a day counted from the date of writing
      if (!time) mention.kind = named ? "date" : "relative";
      return finish(k, ymd, inferred);
    }
  }
  // a weekday: a day when a date follows ("thứ Hai (15/5)"), when its week is said ("thứ 5 tuần
  // sau", "chủ nhật vừa rồi"), after "vào", "hôm", a part of day or a time, or written as a day
  // ("thứ Hai" mid-sentence, "chủ nhật"); an ordinal otherwise ("lần thứ hai", "thứ hai là")
  let weekday: number | null = null;
  let wk = k;
  if (k === i && lex.weekdayBefore.has(keyAt(atoms, k)) && !atoms[k + 1]?.lineStart) wk = k + 1;
  const ww = readWeekdayWords(atoms, wk);
  if (ww) {
    // "từ thứ Hai tới thứ Sáu": "tới" links two days, it does not say "the coming Monday"
    if (ww.which === "next" && keyAt(atoms, ww.end - 1) === "tới" && readWeekdayWords(atoms, ww.end)) {
      ww.which = null;
      ww.end -= 1;
    }
    let after = ww.end;
    if (keyAt(atoms, after) === "," && keyAt(atoms, after + 1) !== "(") after++;
    const next = keyAt(atoms, after);
    const dateAfter =
      !atoms[after]?.lineStart &&
      (next === "(" ||
        next === "ngày" ||
        next === "mồng" ||
        next === "mùng" ||
        DM_RE.test(next) ||
        DMY_RE.test(next) ||
        (intOf(atoms[after]) !== null && keyAt(atoms, after + 1) === "tháng"));
    const cueBefore = lead || part !== null || time !== null || wk > k;
    const ordinal = wk === i && lex.ordinalHead.has(keyAt(atoms, i - 1));
    // "mỗi tối thứ 7", "chủ nhật hàng tuần": every such day, none to point at
    const before = keyAt(atoms, i - 1);
    const recurring =
      before === "mỗi" ||
      before === "các" ||
      ((keyAt(atoms, ww.end) === "hàng" || keyAt(atoms, ww.end) === "hằng") &&
        keyAt(atoms, ww.end + 1) === "tuần");
    const accept =
      dateAfter ||
      ww.weekNamed ||
      (!ordinal && (ww.which !== null || cueBefore || (ww.selfEvident && !ww.short)));
    if (accept && !recurring) {
      weekday = ww.weekday;
      mention.weekday = weekday;
      cued = true;
      if (dateAfter && (ww.which === null || typeof ww.which !== "number")) k = after;
      else {
        const end = timeAfter(ww.end);
        const ymd = ctx.ref ? resolveWeekday(ww, ctx.ref, tenseAround(atoms, i, ww.end)) : null;
        return finish(end, ymd, ymd !== null);
      }
    }
  }
  let dayWord = false;
  if (keyAt(atoms, k) === "ngày" || keyAt(atoms, k) === "hôm") {
    dayWord = true;
    k++;
    cued = true;
  }
  // "mồng 2 tháng 9", "ngày mồng 2": the day of any month; lunar only with a lunar cue
  if (keyAt(atoms, k) === "mồng" || keyAt(atoms, k) === "mùng") {
    dayWord = true;
    k++;
    cued = true;
  }
  if (time) cued = true;
  // "cùng ngày", "hôm sau", "ngày hôm sau"
  if (keyAt(atoms, k) === "cùng" && keyAt(atoms, k + 1) === "ngày" && (time || part)) {
    return finish(k + 2, ctx.lastDay, ctx.lastDay !== null);
  }
  // "hôm sau", "ngày hôm sau", "sáng hôm sau" (but not "những ngày sau đó")
  const hom =
    keyAt(atoms, k - 1) === "hôm" && keyAt(atoms, k) === "sau"
      ? k
      : keyAt(atoms, k) === "hôm" && keyAt(atoms, k + 1) === "sau"
        ? k + 1
        : -1;
  if (hom >= 0 && keyAt(atoms, i - 1) !== "những" && keyAt(atoms, i - 1) !== "các") {
    return finish(hom + 1, ctx.lastDay ? shiftDays(ctx.lastDay, 1) : null, ctx.lastDay !== null);
  }
  // several days of one month: "ngày 10 và 11/3", "đêm 12 rạng sáng 13/5", "ngày 1 - 3/6"
  const firstDay = intOf(atoms[k]);
  if (firstDay !== null && (dayWord || part) && firstDay >= 1 && firstDay <= 31) {
    let j = k + 1;
    let second: Core | null = null;
    let secondPart: PartOfDay | null = null;
    if (linksDays(atoms, j)) {
      j++;
      const dayWord2 = keyAt(atoms, j) === "ngày";
      if (dayWord2) j++;
      second = readDateCore(atoms, j, dayWord2);
    } else {
      const p2 = matchTrie(lex.partOfDay, atoms, j);
      if (p2) {
        secondPart = p2[0];
        j += p2[1];
        const dayWord2 = keyAt(atoms, j) === "ngày";
        if (dayWord2) j++;
        second = readDateCore(atoms, j, dayWord2);
      }
    }
    if (second && !second.invalid && firstDay < second.d && isValidDay(second.y, second.m, firstDay)) {
      const to = resolveDay(second.d, second.m, second.y, ctx, tenseAround(atoms, i, second.end));
      const range = blank("range");
      range.partOfDay = part ?? secondPart;
      range.inferred = to.inferred;
      if (to.ymd) {
        const fromYmd = { y: to.ymd.y, m: second.m, d: firstDay };
        range.from = isoDay(fromYmd);
        range.to = isoDay(to.ymd);
        ctx.lastDay = to.ymd;
      }
      return { end: second.end, mention: range };
    }
  }
  const core = readDateCore(atoms, k, cued, dayWord || part !== null || weekday !== null || time !== null);
  if (core?.invalid) return { end: core.end, mention, void: true };
  // "mùng 2 - 10 Tết": days of the lunar new year, not 2 October
  if (core && keyAt(atoms, core.end) === "tết") return null;
  if (core) {
    k = core.end;
    mention.month = core.m;
    mention.day = core.d;
    let lunar = core.lunarMonth === true;
    const cue = matchTrie(lex.lunarCue, atoms, k);
    if (cue) {
      lunar = true;
      k += cue[1];
    } else if (
      keyAt(atoms, k) === "(" &&
      keyAt(atoms, k + 1 + (matchTrie(lex.lunarCue, atoms, k + 1)?.[1] ?? 0)) === ")"
    ) {
      const inner = matchTrie(lex.lunarCue, atoms, k + 1);
      if (inner) {
        lunar = true;
        k += inner[1] + 2;
      }
    }
    if (lunar)
      return finish(k, lunarDay(core.m, core.d, core.y, ctx), core.y === null && ctx.ref !== null, "lunar");
    // "ngày 1/1 năm sau", "tháng 12 năm ngoái": the year counted from the reference
    const relYear = core.y === null ? relativeYearAt(atoms, k, ctx) : null;
    if (relYear && isValidDay(relYear.y, core.m, core.d)) {
      core.y = relYear.y;
      k = relYear.end;
    }
    const r = resolveDay(core.d, core.m, core.y, ctx, core.y === null ? tenseAround(atoms, i, k) : null);
    if (relYear && core.y === relYear.y) r.inferred = true;
    if (core.time && !time) {
      time = { end: k, hh: core.time.hh, mi: core.time.mi, strong: true };
      return finish(k, r.ymd, r.inferred);
    }
    // a time after the date: "29/03/2016 06:20", "ngày 10/7 lúc 19h", "ngày mai 9 giờ sáng"
    if (!time) {
      let j = k;
      if (keyAt(atoms, j) === "," || keyAt(atoms, j) === "-") j++;
      if (keyAt(atoms, j) === "lúc" || keyAt(atoms, j) === "vào") j++;
      const after = readTime(atoms, j);
      if (after && !after.invalid && (j > k || /:/.test(atoms[k]?.key ?? "") || after.strong)) {
        let end = after.end;
        let hourPart = part;
        const p2 = matchTrie(lex.partOfDay, atoms, end);
        if (p2 && !atoms[end]?.lineStart) {
          hourPart = p2[0];
          end += p2[1];
        }
        mention.kind = "datetime";
        mention.inferred = r.inferred;
        mention.value = r.ymd ? isoDateTime(r.ymd, hour24(after.hh, hourPart), after.mi) : null;
        if (r.ymd) ctx.lastDay = r.ymd;
        return { end, mention };
      }
    }
    if (weekday !== null && r.ymd && isoWeekday(r.ymd) !== weekday) {
      // the weekday disagrees with the nearest year: try the other side of the reference
      if (core.y === null && ctx.ref) {
        for (const y of [r.ymd.y - 1, r.ymd.y + 1]) {
          if (isValidDay(y, core.m, core.d) && isoWeekday({ y, m: core.m, d: core.d }) === weekday) {
            r.ymd = { y, m: core.m, d: core.d };
            break;
          }
        }
      }
      // still no agreement: the date wins, the mismatch is said
      if (isoWeekday(r.ymd) !== weekday) mention.weekdayMismatch = true;
    }
    return finish(k, r.ymd, r.inferred);
  }
  // "ngày 15," "ngày 3 tới": a day of the month, the nearest such day before the date of writing
  // (after it when the text says so)
  const lone = dayWord && keyAt(atoms, k - 1) === "ngày" ? intOf(atoms[k]) : null;
  if (lone !== null && lone >= 1 && lone <= 31 && !atoms[k]?.lineStart) {
    const next = atoms[k + 1];
    const tense = matchTrie(lex.tenseAfter, atoms, k + 1);
    if (
      next === undefined ||
      next.lineStart ||
      (next.punct && next.key !== "/" && next.key !== "-") ||
      tense
    ) {
      mention.day = lone;
      let ymd: Ymd | null = null;
      if (ctx.ref) {
        const future = tenseAround(atoms, i, k + 1) === "future";
        let v: Ymd = { y: ctx.ref.y, m: ctx.ref.m, d: 1 };
        // the month holding that day on the chosen side of the reference
        for (let step = 0; step < 3; step++) {
          const cand = { ...v, d: lone };
          const diff = isValidDay(cand.y, cand.m, cand.d) ? dayDifference(cand, ctx.ref) : null;
          if (diff !== null && (future ? diff >= 0 : diff <= 0)) {
            ymd = cand;
            break;
          }
          v = shiftMonths(v, future ? 1 : -1);
        }
      }
      return finish(tense ? k + 1 + tense[1] : k + 1, ymd, ymd !== null);
    }
  }
  // weekday with the date in brackets: "thứ Hai (15/5)"
  if (weekday !== null && keyAt(atoms, k) === "(") {
    const inner = readDateCore(atoms, k + 1, true);
    if (inner && !inner.invalid && keyAt(atoms, inner.end) === ")") {
      const r = resolveDay(inner.d, inner.m, inner.y, ctx);
      mention.month = inner.m;
      mention.day = inner.d;
      if (r.ymd && isoWeekday(r.ymd) !== weekday) mention.weekdayMismatch = true;
      return finish(inner.end + 1, r.ymd, r.inferred);
    }
  }
  // a time alone: "khoảng 15h50", "lúc 6h30", "7 giờ tối" — on the day written last, else the
  // day of writing
  if (time) {
    // "23 giờ" without a lead word or a part of the day reads too often as a duration or a count
    if (!lead && !time.strong && part === null) return null;
    const ymd = ctx.lastDay ?? ctx.ref;
    mention.kind = "datetime";
    mention.inferred = ymd !== null;
    mention.value = ymd ? isoDateTime(ymd, hour24(time.hh, part), time.mi) : null;
    return { end: afterPart, mention, bareTime: true };
  }
  return null;
}

/** Solar holidays: "Quốc khánh", "Giáng sinh năm 2022", "ngày Quốc tế Lao động 1/5". */
function readSolarFestival(atoms: readonly Atom[], i: number, ctx: DateContext): Found | null {
  const festival = matchTrie(dateLexicon().solarFestival, atoms, i);
  if (!festival) return null;
  const { month, day } = festival[0];
  let k = i + festival[1];
  let y: number | null = null;
  const written = atoms[k]?.lineStart ? null : (DMY_RE.exec(keyAt(atoms, k)) ?? DM_RE.exec(keyAt(atoms, k)));
  if (written && Number(written[1]) === day && Number(written[written.length === 5 ? 3 : 2]) === month) {
    if (written.length === 5) y = Number(written[4]);
    k++;
  }
  if (y === null && keyAt(atoms, k) === "năm" && yearOf(atoms[k + 1]) !== null) {
    y = yearOf(atoms[k + 1]);
    k += 2;
  } else if (y === null && yearOf(atoms[k]) !== null && !atoms[k]?.lineStart) {
    y = yearOf(atoms[k]);
    k++;
  }
  const r = resolveDay(day, month, y, ctx, y === null ? tenseAround(atoms, i, k) : null);
  const mention = blank("date");
  mention.value = r.ymd ? isoDay(r.ymd) : null;
  mention.inferred = r.inferred;
  mention.month = month;
  mention.day = day;
  if (r.ymd) ctx.lastDay = r.ymd;
  return { end: k, mention };
}

/** Solar date of a lunar day/month, in the given lunar year or the one nearest the reference. */
function lunarDay(month: number, day: number, year: number | null, ctx: DateContext): Ymd | null {
  const toYmd = (v: [number, number, number] | null): Ymd | null =>
    v ? { y: v[0], m: v[1], d: v[2] } : null;
  if (year !== null) return toYmd(lunarToSolar(year, month, day));
  if (!ctx.ref) return null;
  const refLunarYear = solarToLunar(ctx.ref.y, ctx.ref.m, ctx.ref.d).year;
  let best: Ymd | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const y of [refLunarYear - 1, refLunarYear, refLunarYear + 1]) {
    const v = toYmd(lunarToSolar(y, month, day));
    if (!v) continue;
    const diff = dayDifference(v, ctx.ref);
    const cost = Math.abs(diff);
    if (cost < bestCost) {
      bestCost = cost;
      best = v;
    }
  }
  return best;
}

/** Lunar year named after a festival: "2022", "Nhâm Dần", "Nhâm Dần 2022". */
function readLunarYear(
  atoms: readonly Atom[],
  i: number,
  ctx: DateContext,
): { end: number; year: number } | null {
  const lex = dateLexicon();
  let k = i;
  if (keyAt(atoms, k) === "năm") k++;
  const stem = lex.stem.get(keyAt(atoms, k));
  const branch = lex.branch.get(keyAt(atoms, k + 1));
  let cycle: { stem: number; branch: number } | null = null;
  if (stem !== undefined && branch !== undefined && stem % 2 === branch % 2) {
    cycle = { stem, branch };
    k += 2;
    // "Tết Bính Thân năm 2016", "Tết Nguyên đán Đinh Dậu – 2017"
    if ((keyAt(atoms, k) === "năm" || isDash(atoms[k])) && yearOf(atoms[k + 1]) !== null) k++;
  }
  const y = yearOf(atoms[k]);
  if (y !== null) return { end: k + 1, year: y };
  if (!cycle) return null;
  const around = ctx.ref?.y ?? null;
  if (around === null) return null;
  // the year of that name nearest the reference
  for (let delta = 0; delta <= 30; delta++) {
    for (const y2 of [around + delta, around - delta]) {
      if ((((y2 - 4) % 10) + 10) % 10 === cycle.stem && (((y2 - 4) % 12) + 12) % 12 === cycle.branch)
        return { end: k, year: y2 };
    }
  }
  return null;
}

/** Lunar expressions: "Tết Nguyên đán", "mùng 1 Tết", "rằm tháng Giêng", "mùng 5 tháng 5". */
function readLunar(atoms: readonly Atom[], i: number, ctx: DateContext, lead: 0 | 1 | 2 = 0): Found | null {
  const lex = dateLexicon();
  // "chiều 30 Tết", "sáng ngày mồng 1 Tết": a part of the day, then "ngày", before a lunar day are
  // part of it (each read once: `lead` says which may still come, so no run of them recurses)
  const part = lead === 0 ? matchTrie(lex.partOfDay, atoms, i) : null;
  if (part && !atoms[i + part[1]]?.lineStart) {
    const day = readLunar(atoms, i + part[1], ctx, 1);
    if (day === null) return null;
    day.mention.partOfDay = part[0];
    return { end: day.end, mention: day.mention };
  }
  if (lead < 2 && keyAt(atoms, i) === "ngày" && !atoms[i + 1]?.lineStart) {
    const next = keyAt(atoms, i + 1);
    if (next !== "mùng" && next !== "mồng" && keyAt(atoms, i + 2) !== "tết") return null;
    const day = readLunar(atoms, i + 1, ctx, 2);
    return day === null ? null : { end: day.end, mention: day.mention };
  }
  const festival = matchTrie(lex.festival, atoms, i);
  let month: number | null = null;
  let day: number | null = null;
  let k = i;
  let isTet = false;
  // "28 Tết", "30 Tết": the last days of the lunar year, before the Tết it leads to
  let beforeTet = false;
  // "giao thừa": the eve of Tết, written 1/0 in the data (the day before the first day)
  let eve = false;
  if (festival) {
    ({ month, day } = festival[0]);
    k = i + festival[1];
    eve = month === 1 && day === 0;
    if (eve) day = 1;
    isTet = month === 1 && day === 1;
  } else {
    const key = keyAt(atoms, i);
    if (key === "mùng" || key === "mồng") {
      const n = intOf(atoms[i + 1]) ?? lex.monthName.get(keyAt(atoms, i + 1)) ?? null;
      if (n === null || n < 1 || n > 10) return null;
      day = n;
      k = i + 2;
      if (keyAt(atoms, k) === "tết") {
        month = 1;
        k++;
        // "mùng 3 Tết Nguyên đán Đinh Dậu"; "mùng 6 Tết Xuân Đinh Dậu 2017" (the spring of that year)
        if (keyAt(atoms, k) === "nguyên" && keyAt(atoms, k + 1) === "đán") k += 2;
        else if (keyAt(atoms, k) === "xuân" && (cycleNameEnd(atoms, k + 1) > 0 || yearAfter(atoms, k + 1)))
          k++;
      } else if (keyAt(atoms, k) === "tháng") {
        // "mồng 5 tháng Giêng", "mùng 10 tháng 3 âm lịch", "mồng 5 tháng 5 năm Nhâm Dần" are lunar;
        // "mồng 2 tháng 9 năm 1945" is the solar day (read as a point)
        const mo = readMonthWord(atoms, k + 1, true);
        if (!mo) return null;
        month = mo.m;
        k = mo.end;
        if (!mo.lunar && !matchTrie(lex.lunarCue, atoms, k) && cycleNameEnd(atoms, k) < 0) return null;
      } else return null;
    } else if (key === "tết" && (cycleNameEnd(atoms, i + 1) > 0 || yearAfter(atoms, i + 1))) {
      // "Tết Đinh Dậu 2017", "Tết 2016": Tết named by its year is the lunar new year's day
      month = 1;
      day = 1;
      isTet = true;
      k = i + 1;
    } else if (keyAt(atoms, i + 1) === "tết" && lastDaysOfYear(intOf(atoms[i]))) {
      month = 12;
      day = intOf(atoms[i]);
      beforeTet = true;
      k = i + 2;
      if (keyAt(atoms, k) === "nguyên" && keyAt(atoms, k + 1) === "đán") k += 2;
    } else if (key === "rằm" && keyAt(atoms, i + 1) === "tháng") {
      day = 15;
      month = intOf(atoms[i + 2]) ?? lex.monthName.get(keyAt(atoms, i + 2)) ?? null;
      k = i + 3;
    } else return null;
  }
  if (month === null || day === null || month < 1 || month > 12) return null;
  const mention = blank("date");
  mention.calendar = "lunar";
  const cue = matchTrie(lex.lunarCue, atoms, k);
  if (cue) k += cue[1];
  const named = readLunarYear(atoms, k, ctx);
  let ymd: Ymd | null = null;
  let inferred = false;
  if (named) {
    k = named.end;
    // the year named is that of the Tết: its last days before it belong to the year before
    const v = lunarToSolar(beforeTet ? named.year - 1 : named.year, month, day);
    ymd = v ? { y: v[0], m: v[1], d: v[2] } : null;
  } else if (ctx.ref) {
    inferred = true;
    if (isTet || (month === 1 && day <= 10)) {
      // Tết of the reference's year, or the coming one once this year's is well past
      const [y0, m0, d0] = tet(ctx.ref.y);
      const thisTet = { y: y0, m: m0, d: d0 };
      const lunarYear = dayDifference(ctx.ref, thisTet) > 60 ? ctx.ref.y + 1 : ctx.ref.y;
      const v = lunarToSolar(lunarYear, month, day);
      ymd = v ? { y: v[0], m: v[1], d: v[2] } : null;
    } else {
      ymd = lunarDay(month, day, null, ctx);
    }
  }
  // (the name of a year stays in the span when no year can be told for it: "mồng 1 Tết Đinh Dậu")
  if (!named) k = Math.max(k, cycleNameEnd(atoms, k));
  if (eve && ymd) ymd = shiftDays(ymd, -1);
  mention.value = ymd ? isoDay(ymd) : null;
  mention.inferred = inferred && ymd !== null;
  return { end: k, mention };
}

/**
 * "từ ngày 29 đến mùng 5 Tết", "từ 28 Tết đến hết mùng 5 Tết", "từ mùng 1 đến mùng 5 Tết": a range
 * whose second end is a day of Tết and whose first may be a bare day, read in the lunar calendar:
 * a day from 20 on is one of the last days of the year before, one below the second end's is of
 * the first month.
 */
function readLunarRange(atoms: readonly Atom[], i: number, ctx: DateContext): Found | null {
  let j = i + 1;
  if (keyAt(atoms, j) === "ngày") j++;
  const first = readLunar(atoms, j, ctx, 2);
  let firstDay: number | null = null;
  let link = first?.end ?? j;
  if (first === null) {
    if (keyAt(atoms, link) === "mùng" || keyAt(atoms, link) === "mồng") link++;
    firstDay = intOf(atoms[link]);
    if (firstDay === null) return null;
    link++;
  }
  const linkKey = keyAt(atoms, link);
  if ((linkKey !== "đến" && linkKey !== "tới" && !isDash(atoms[link])) || atoms[link + 1]?.lineStart)
    return null;
  let k = link + 1;
  if (keyAt(atoms, k) === "hết") k++;
  const mm = keyAt(atoms, k) === "ngày" ? k + 1 : k;
  if (keyAt(atoms, mm) !== "mùng" && keyAt(atoms, mm) !== "mồng") return null;
  const second = readLunar(atoms, k, ctx, keyAt(atoms, k) === "ngày" ? 1 : 2);
  const secondDay = intOf(atoms[mm + 1]);
  if (second === null || secondDay === null || keyAt(atoms, mm + 2) !== "tết") return null;
  const beforeTet = lastDaysOfYear(firstDay);
  if (firstDay !== null && !beforeTet && (firstDay < 1 || firstDay >= secondDay)) return null;
  const mention = blank("range");
  mention.calendar = "lunar";
  mention.to = second.mention.value;
  if (first !== null) mention.from = first.mention.value;
  else if (firstDay !== null && second.mention.value !== null) {
    // the days of Tết fall in January or February: the solar year is the lunar year
    const year = Number(second.mention.value.slice(0, 4));
    const v = beforeTet ? lunarToSolar(year - 1, 12, firstDay) : lunarToSolar(year, 1, firstDay);
    mention.from = v ? isoDay({ y: v[0], m: v[1], d: v[2] }) : null;
  }
  mention.inferred = second.mention.inferred;
  return { end: second.end, mention };
}

/** The end of a year's name in the sixty-year cycle at k ("Đinh Dậu", "năm Nhâm Dần"), else -1. */
function cycleNameEnd(atoms: readonly Atom[], k: number): number {
  const lex = dateLexicon();
  const at = keyAt(atoms, k) === "năm" ? k + 1 : k;
  return lex.stem.has(keyAt(atoms, at)) && lex.branch.has(keyAt(atoms, at + 1)) ? at + 2 : -1;
}

/** A day the last days of a lunar year are counted by before Tết ("ngày 23 Tết" … "30 Tết"). */
const lastDaysOfYear = (n: number | null): boolean => n !== null && n >= 20 && n <= 30;

/** A year at k, or "năm" and a year: "2016", "năm 2016". */
function yearAfter(atoms: readonly Atom[], k: number): boolean {
  return yearOf(atoms[keyAt(atoms, k) === "năm" ? k + 1 : k]) !== null;
}

/** Duration: "10 năm qua", "trong 3 tháng", "hơn 2 năm", "gần 15 ngày", "hơn 1 giờ", "một tuần". */
function readDuration(atoms: readonly Atom[], i: number, ctx: DateContext): Found | null {
  const lex = dateLexicon();
  let k = i;
  let lead = false;
  let spanStart = i;
  let ago = false;
  // prepositions cue a duration but are not part of it ("trong 10 năm" → "10 năm")
  const preposition = keyAt(atoms, k);
  const within = preposition === "trong" || preposition === "suốt";
  if (within || preposition === "sau" || preposition === "mất") {
    k++;
    lead = true;
    spanStart = k;
  }
  // "trong vòng 14 ngày" → "vòng 14 ngày": within the overlap of both ways of marking the span
  if (keyAt(atoms, k) === "vòng") {
    spanStart = k;
    k++;
    lead = true;
  }
  if (keyAt(atoms, k) === "cách" && keyAt(atoms, k + 1) === "đây") {
    k += 2;
    lead = true;
    ago = true;
  }
  // "Khoảng 16 giờ, …": about or exactly an hour of the day (below 24), with no word of a span
  // before it, is the time of day ("trong khoảng 2 giờ", "hơn 16 giờ" are spans)
  let aboutOnly = !lead;
  for (let n = 0; n < 2; n++) {
    const key = keyAt(atoms, k);
    if (
      key === "hơn" ||
      key === "gần" ||
      key === "khoảng" ||
      key === "chừng" ||
      key === "đúng" ||
      key === "chỉ" ||
      key === "trên" ||
      key === "chưa" ||
      key === "đầy"
    ) {
      if (key !== "khoảng" && key !== "chừng" && key !== "đúng") aboutOnly = false;
      k++;
      lead = true;
    }
  }
  let amount: number | null = null;
  const a = atoms[k];
  if (a && isDigitCode(a.key.charCodeAt(0)) && COUNT_RE.test(a.key)) {
    amount = Number(a.key.replaceAll(".", "").replace(",", "."));
    k++;
  } else {
    const w = readNumberWords(atoms, k);
    if (!w || w.value <= 0) return null;
    // "những năm tháng": a lone "năm" is the word year, not five, unless years are what it
    // counts ("từ một năm đến năm năm")
    if (!lead && w.length === 1 && (atoms[k] as Atom).key === "năm" && keyAt(atoms, k + 1) !== "năm")
      return null;
    amount = w.value;
    k += w.length;
  }
  const unit = matchTrie(lex.durationUnit, atoms, k);
  if (!unit || (atoms[k] as Atom).lineStart) return null;
  const unitKey = unit[0];
  const unitEnd = k + unit[1];
  // "năm 2021" after a number is not a duration of years: "2 năm 2021" is rare, "tháng 3 năm" is a date
  if (yearOf(atoms[unitEnd]) !== null) return null;
  if (unitKey === "D" && (DM_RE.test(keyAt(atoms, unitEnd)) || DMY_RE.test(keyAt(atoms, unitEnd))))
    return null;
  // "2 ngày 10 và 11-5-2017": the days themselves follow, a range the date reader takes from "ngày"
  if (unitKey === "D" && unit[1] === 1 && daysOfOneMonthAt(atoms, unitEnd)) return null;
  if (unitKey === "M" && intOf(atoms[unitEnd]) !== null) return null; // "ngày 5 tháng 3": a date
  // "7 tháng Năm 1954", "7 tháng 5 năm 1954": a date written without "ngày"
  if (unitKey === "M" && !lead && readDateCore(atoms, i, false)) return null;
  // "7 giờ 61 phút" is an impossible time, not 61 minutes
  if (unitKey === "MIN" && !lead && keyAt(atoms, i - 1) === "giờ") return null;
  if (unitKey === "H") {
    // "19 giờ 15 phút ngày…" is a time; "hơn 1 giờ", "2 giờ đồng hồ" are durations
    const after = keyAt(atoms, unitEnd);
    const span = after === "qua" || after === "nữa" || after === "liên" || after === "liền";
    // ("khoảng 14 tiếng", "khoảng 3 giờ trước" are spans)
    const clock =
      aboutOnly &&
      keyAt(atoms, k) === "giờ" &&
      amount !== null &&
      Number.isInteger(amount) &&
      amount < 24 &&
      after !== "trước" &&
      after !== "sau";
    if ((!lead || clock) && after !== "đồng" && !span) return null;
    if (
      intOf(atoms[unitEnd]) !== null ||
      after === "sáng" ||
      after === "chiều" ||
      after === "tối" ||
      after === "ngày" ||
      after === "cùng"
    )
      return null;
  }
  let end = unitEnd;
  if (keyAt(atoms, end) === "đồng" && keyAt(atoms, end + 1) === "hồ") end += 2;
  // "3 ngày trước", "2 tuần nữa", "cách đây 5 năm": a day counted from the date of writing
  // ("một tháng trước khi …", "sau khi": a clause follows, counted from its event, not from today)
  const clauseWord = keyAt(atoms, end + 1);
  const clause = clauseWord === "khi" || clauseWord === "ngày" || clauseWord === "lúc";
  const direction = within || clause ? null : matchTrie(lex.countDirection, atoms, end);
  const tail = keyAt(atoms, end);
  if (direction) end += direction[1];
  // "10 năm trở lại đây", "5 năm trở lại": up to now, as "qua" says
  else if (tail === "trở" && keyAt(atoms, end + 1) === "lại") end += keyAt(atoms, end + 2) === "đây" ? 3 : 2;
  else if (
    tail === "qua" ||
    tail === "nữa" ||
    tail === "tới" ||
    tail === "trước" ||
    tail === "sau" ||
    tail === "liền" ||
    tail === "liên tục"
  )
    end++;
  const mention = blank("duration");
  const times = unitKey === "H" || unitKey === "MIN" || unitKey === "S";
  const n = Number.isInteger(amount) ? String(amount) : String(amount);
  const designator = unitKey === "MIN" ? "M" : unitKey;
  if (unitKey === "10Y" || unitKey === "100Y")
    mention.duration = `P${amount * Number(unitKey.slice(0, -1))}Y`;
  else mention.duration = times ? `PT${n}${designator}` : `P${n}${designator}`;
  const sign = ago || direction?.[0] === "past" ? -1 : direction ? 1 : 0;
  if (sign !== 0 && Number.isInteger(amount) && "DWMY".includes(unitKey) && unitKey.length === 1) {
    // the duration stays as a field; the value is the day it points to, counted from the date of
    // writing, or for "3 ngày sau" from the day the text last spoke of
    mention.kind = "relative";
    const anchor = direction?.[0] === "later" ? (ctx.lastDay ?? ctx.ref) : ctx.ref;
    if (anchor) {
      const steps = sign * amount;
      const day =
        unitKey === "D"
          ? shiftDays(anchor, steps)
          : unitKey === "W"
            ? shiftDays(anchor, steps * 7)
            : shiftMonths(anchor, unitKey === "M" ? steps : steps * 12);
      // as precise as the count: "3 ngày trước" a day, "2 tháng trước" a month, "5 năm trước" a year
      if (unitKey === "D" || unitKey === "W") {
        mention.value = isoDay(day);
        ctx.lastDay = day;
      } else mention.value = unitKey === "M" ? isoMonth(day.y, day.m) : isoYear(day.y);
      mention.inferred = true;
    }
  }
  return spanStart === i ? { end, mention } : { start: spanStart, end, mention };
}

/** Years, months, quarters and named periods: "năm 2021", "tháng 3/2022", "quý I/2023", "giai đoạn 2013 - 2023". */
function readPeriod(atoms: readonly Atom[], i: number, ctx: DateContext): Found | null {
  const lex = dateLexicon();
  const key = keyAt(atoms, i);
  // "6 tháng đầu năm 2023"
  const n = intOf(atoms[i]);
  if (n !== null && n >= 1 && n <= 11 && keyAt(atoms, i + 1) === "tháng") {
    const which = keyAt(atoms, i + 2);
    if ((which === "đầu" || which === "cuối") && keyAt(atoms, i + 3) === "năm") {
      const y = yearOf(atoms[i + 4]);
      const mention = blank("range");
      let end = i + 4;
      let year: number | null = y;
      if (y !== null) end = i + 5;
      else if (keyAt(atoms, i + 4) === "nay" && ctx.ref) {
        year = ctx.ref.y;
        end = i + 5;
        mention.inferred = true;
      } else if (ctx.ref) {
        year = ctx.ref.y;
        mention.inferred = true;
      }
      if (year !== null) {
        mention.from = which === "đầu" ? isoMonth(year, 1) : isoMonth(year, 13 - n);
        mention.to = which === "đầu" ? isoMonth(year, n) : isoMonth(year, 12);
      }
      return { end, mention };
    }
  }
  // "tháng 9-10/2016", "tháng 10 - 11/2016": two months of one year, the year written once
  if (key === "tháng") {
    // written apart ("9", "-", "10/2016") or as one run ("9-10/2016")
    const glued = MONTHS_YEAR_RE.exec(keyAt(atoms, i + 1));
    const apart =
      glued === null && isDash(atoms[i + 2]) && !atoms[i + 3]?.lineStart
        ? MONTH_YEAR_RE.exec(keyAt(atoms, i + 3))
        : null;
    const first = glued !== null ? Number(glued[1]) : apart !== null ? intOf(atoms[i + 1]) : null;
    const last = glued !== null ? Number(glued[2]) : Number(apart?.[1]);
    const year = glued !== null ? Number(glued[3]) : Number(apart?.[2]);
    if (first !== null && first >= 1 && last > first && last <= 12) {
      const mention = blank("range");
      mention.from = isoMonth(year, first);
      mention.to = isoMonth(year, last);
      return { end: glued !== null ? i + 2 : i + 4, mention };
    }
  }
  // days written as one run of digits, after "ngày" or alone (both patterns open with a digit: a
  // word is turned away before either is asked)
  const dayAt = key === "ngày" ? i + 1 : i;
  const dayRun = keyAt(atoms, dayAt);
  const digitRun = isDigitCode(dayRun.charCodeAt(0));
  // "(từ) 26/1-1/2": two days of different months (the second year, when written, is both ends';
  // else the second end is the first such day on or after the first)
  const run = digitRun ? DAY_MONTH_RANGE_RE.exec(dayRun) : null;
  if (run !== null) {
    const [d1, m1, d2, m2] = [Number(run[1]), Number(run[2]), Number(run[4]), Number(run[5])];
    const y2 = run[6] === undefined ? null : Number(run[6]);
    const y1 = run[3] === undefined ? (y2 === null ? null : m1 > m2 ? y2 - 1 : y2) : Number(run[3]);
    if (m1 >= 1 && m1 <= 12 && m2 >= 1 && m2 <= 12 && (m1 !== m2 || d2 > d1)) {
      const mention = blank("range");
      const from = resolveDay(d1, m1, y1, ctx);
      if (from.ymd !== null) {
        const toYear = y2 ?? (m2 < m1 ? from.ymd.y + 1 : from.ymd.y);
        if (isValidDay(toYear, m2, d2)) {
          mention.from = isoDay(from.ymd);
          mention.to = isoDay({ y: toYear, m: m2, d: d2 });
          mention.inferred = from.inferred;
        }
      }
      return { end: dayAt + 1, mention };
    }
  }
  // "ngày 10-12/5/2017", "(16-24/2": days of one month; "từ 2 – 4/2" with a spaced dash, after a
  // word of time only (a count may stand so: "2 - 4/2 lần" is rare, "từ 2 – 4/2" is not)
  const days = digitRun ? (daysGlued(dayRun, dayAt) ?? spacedDays(atoms, dayAt, key === "ngày")) : null;
  if (days !== null) {
    const { d1, d2, m, y } = days;
    if (d1 >= 1 && d2 > d1 && d2 <= 31 && m >= 1 && m <= 12) {
      const mention = blank("range");
      const from = resolveDay(d1, m, y, ctx);
      const to = from.ymd === null ? null : { y: from.ymd.y, m, d: d2 };
      if (from.ymd !== null && to !== null && isValidDay(to.y, m, d2)) {
        mention.from = isoDay(from.ymd);
        mention.to = isoDay(to);
        mention.inferred = from.inferred;
      }
      return { end: days.end, mention };
    }
  }
  // "quý I/2023", "quý 2 năm 2023"
  if (key === "quý") {
    const a = atoms[i + 1];
    if (!a) return null;
    const q = QUARTER_RE.exec(a.key);
    let quarter: number | null = null;
    let year: number | null = null;
    let end = i + 2;
    if (q) {
      quarter = ROMAN_QUARTER[q[1] as string] ?? Number(q[1]);
      year = Number(q[2]);
    } else {
      quarter = ROMAN_QUARTER[a.key] ?? (intOf(a) !== null && intOf(a)! <= 4 ? intOf(a) : null);
      if (quarter === null || quarter < 1) return null;
      if (keyAt(atoms, end) === "năm" || keyAt(atoms, end) === "/") {
        year = yearOf(atoms[end + 1]);
        if (year !== null) end += 2;
      }
    }
    if (!quarter || quarter > 4) return null;
    const mention = blank("quarter");
    const relYear = year === null ? relativeYearAt(atoms, end, ctx) : null;
    if (relYear) {
      year = relYear.y;
      end = relYear.end;
      mention.inferred = true;
    }
    if (year === null && ctx.ref) {
      year = ctx.ref.y;
      mention.inferred = true;
    }
    if (year !== null) {
      mention.value = `${isoYear(year)}-Q${quarter}`;
      mention.from = isoMonth(year, quarter * 3 - 2);
      mention.to = isoMonth(year, quarter * 3);
    }
    return { end, mention };
  }
  // named periods: "giai đoạn 2013 - 2023", "nhiệm kỳ 2025 – 2030", "năm công tác 2016"
  const prefix = matchTrie(lex.periodPrefix, atoms, i);
  if (prefix) {
    const k = i + prefix[1];
    const range = readYearRange(atoms, k);
    if (range) return range;
    const y = yearOf(atoms[k]);
    if (y !== null) {
      const mention = blank("year");
      mention.value = isoYear(y);
      return { end: k + 1, mention };
    }
  }
  // seasons: "mùa Xuân 1975", "mùa xuân năm 1960"
  const season = matchTrie(lex.season, atoms, i);
  if (season) {
    let k = i + season[1];
    if (keyAt(atoms, k) === "năm") k++;
    const y = yearOf(atoms[k]);
    if (y !== null) {
      const mention = blank("year");
      mention.value = isoYear(y);
      return { end: k + 1, mention };
    }
  }
  // "đầu tháng 7/2016", "cuối năm 2022"
  let k = i;
  if (lex.partOfPeriod.has(key) && (keyAt(atoms, i + 1) === "tháng" || keyAt(atoms, i + 1) === "năm")) k++;
  if (keyAt(atoms, k) === "tháng") {
    // "ngày 0 tháng 4 năm 2000": the rest of an impossible date is no month
    if (k === i && intOf(atomAt(atoms, i - 1)) !== null) {
      const before = keyAt(atoms, i - 2);
      if (before === "ngày" || before === "mồng" || before === "mùng") return null;
    }
    // "Cách mạng Tháng Tám", "đường Tháng Tám": a name, not a month
    if (namedAfter(atoms, k) && /^\p{Lu}/u.test((atoms[k] as Atom).norm)) return null;
    const mo = readMonthAfter(atoms, k + 1);
    if (!mo) return null;
    // "tháng 3 tới tháng 5 năm 1975", "từ tháng 3 đến tháng 5/2020": a range of months
    const link = atoms[mo.end];
    if (
      link &&
      !link.lineStart &&
      (link.key === "tới" || link.key === "đến" || isDash(link)) &&
      keyAt(atoms, mo.end + 1) === "tháng"
    ) {
      const mo2 = readMonthAfter(atoms, mo.end + 2);
      if (mo2) {
        const mention = blank("range");
        let y2 = mo2.y;
        let y1 = mo.y ?? (y2 !== null ? (mo.m <= mo2.m ? y2 : y2 - 1) : null);
        if (y1 !== null && y2 === null) y2 = mo2.m >= mo.m ? y1 : y1 + 1;
        if (y1 === null) {
          const r = resolveMonth(mo.m, null, ctx, tenseAround(atoms, i, mo2.end));
          if (r.value) {
            y1 = Number(r.value.slice(0, 4));
            y2 = mo2.m >= mo.m ? y1 : y1 + 1;
            mention.inferred = true;
          }
        }
        if (y1 !== null && y2 !== null) {
          mention.from = isoMonth(y1, mo.m);
          mention.to = isoMonth(y2, mo2.m);
        }
        return { end: mo2.end, mention };
      }
    }
    // "tháng 11/1964 - 4/1975"
    if (mo.y !== null && isDash(atoms[mo.end])) {
      const second = MY_RE.exec(keyAt(atoms, mo.end + 1));
      if (second) {
        const m2 = Number(second[1]);
        const y2 = Number(second[2]);
        if (m2 >= 1 && m2 <= 12) {
          const mention = blank("range");
          mention.from = isoMonth(mo.y, mo.m);
          mention.to = isoMonth(y2, m2);
          return { end: mo.end + 2, mention };
        }
      }
    }
    const mention = blank("month");
    const relYear = mo.y === null ? relativeYearAt(atoms, mo.end, ctx) : null;
    if (relYear) {
      mention.value = isoMonth(relYear.y, mo.m);
      mention.inferred = true;
      return { end: relYear.end, mention };
    }
    const r = resolveMonth(mo.m, mo.y, ctx, mo.y === null ? tenseAround(atoms, i, mo.end) : null);
    mention.value = r.value;
    mention.inferred = r.inferred;
    return { end: mo.end, mention };
  }
  if (keyAt(atoms, k) === "năm") {
    // "năm 2016 đến nay" is handled by the caller's range step; here the year itself
    const y = yearOf(atoms[k + 1]);
    if (y !== null) {
      if (isDash(atoms[k + 2]) && yearOf(atoms[k + 3]) !== null && yearOf(atoms[k + 3])! > y) {
        const mention = blank("range");
        mention.from = isoYear(y);
        mention.to = isoYear(yearOf(atoms[k + 3])!);
        return { end: k + 4, mention };
      }
      const range = readYearRange(atoms, k + 1);
      if (range) return range;
      const mention = blank("year");
      mention.value = isoYear(y);
      return { end: k + 2, mention };
    }
  }
  return null;
}

/** "2013 - 2023", "2021-2025": a span of years (the second after the first, both plausible). */
function readYearRange(atoms: readonly Atom[], k: number): Found | null {
  const joined = YEAR_RANGE_RE.exec(keyAt(atoms, k));
  let from: number | null = null;
  let to: number | null = null;
  let end = k;
  if (joined) {
    from = Number(joined[1]);
    to = Number(joined[2]);
    end = k + 1;
  } else {
    from = yearOf(atoms[k]);
    if (from === null) return null;
    if (isDash(atoms[k + 1]) || keyAt(atoms, k + 1) === "đến" || keyAt(atoms, k + 1) === "tới") {
      to = yearOf(atoms[k + 2]);
      end = k + 3;
    }
  }
  if (from === null || to === null || to <= from || from < 1800 || to > 2100) return null;
  const mention = blank("range");
  mention.from = isoYear(from);
  mention.to = isoYear(to);
  return { end, mention };
}

/** Nouns that "quý" follows as "precious" ("đá quý", "kim loại quý", "gỗ quý"), not as "quarter". */
const PRECIOUS_BEFORE = new Set([
  "đá",
  "loại",
  "quà",
  "gỗ",
  "vật",
  "đồ",
  "thuốc",
  "ngọc",
  "hiếm",
  "sản",
  "giống",
  "dược liệu",
  "liệu",
]);

/** Relative days and periods: "hôm qua", "tuần trước", "năm nay". */
function readRelative(atoms: readonly Atom[], i: number, ctx: DateContext): Found | null {
  const lex = dateLexicon();
  const rel = matchTrie(lex.relative, atoms, i);
  if (!rel) return null;
  // "các năm tiếp theo", "những tuần qua": many periods, no one to point at; "2-3 năm tới": a span
  const before = keyAt(atoms, i - 1);
  if (before === "các" || before === "những") return null;
  const c = before.charCodeAt(0);
  if (c >= 48 && c <= 57 && !atoms[i]?.lineStart) return null;
  // "đá quý này", "kim loại quý này": "quý" after these nouns is "precious", not a quarter
  if (rel[0].unit === "Q" && PRECIOUS_BEFORE.has(before) && !atoms[i]?.lineStart) return null;
  // "mai" alone is too often a name (Mai); "năm qua" after a number is a duration (handled earlier)
  if (keyAt(atoms, i) === "mai" && rel[1] === 1) return null;
  const { amount, unit } = rel[0];
  const mention = blank("relative");
  const ref = ctx.ref;
  if (ref) {
    mention.inferred = true;
    if (unit === "D") {
      const ymd = shiftDays(ref, amount);
      mention.value = isoDay(ymd);
      ctx.lastDay = ymd;
    } else if (unit === "W") mention.value = isoWeek(shiftDays(ref, amount * 7));
    else if (unit === "Q") {
      const v = shiftMonths({ y: ref.y, m: ref.m, d: 1 }, amount * 3);
      const q = Math.ceil(v.m / 3);
      mention.kind = "quarter";
      mention.value = `${isoYear(v.y)}-Q${q}`;
      mention.from = isoMonth(v.y, q * 3 - 2);
      mention.to = isoMonth(v.y, q * 3);
    } else if (unit === "M") {
      const v = shiftMonths(ref, amount);
      mention.value = isoMonth(v.y, v.m);
    } else mention.value = isoYear(ref.y + amount);
  }
  let end = i + rel[1];
  // "ngày mai lúc 9 giờ", "hôm qua 15h30": the time of that day
  if (unit === "D" && !atoms[end]?.lineStart) {
    let j = end;
    if (keyAt(atoms, j) === "lúc" || keyAt(atoms, j) === "vào" || keyAt(atoms, j) === "khoảng") j++;
    const t = readTime(atoms, j);
    if (t && !t.invalid) {
      const p = matchTrie(lex.partOfDay, atoms, t.end);
      if (t.strong || j > end || p) {
        mention.kind = "datetime";
        mention.partOfDay = p ? p[0] : null;
        const day = ref ? shiftDays(ref, amount) : null;
        mention.value = day ? isoDateTime(day, hour24(t.hh, mention.partOfDay), t.mi) : null;
        return { end: p ? t.end + p[1] : t.end, mention };
      }
    }
  }
  // "hôm qua (14/5)"
  if (keyAt(atoms, end) === "(" && unit === "D") {
    const inner = readDateCore(atoms, end + 1, true);
    if (inner && keyAt(atoms, inner.end) === ")") {
      const r = resolveDay(inner.d, inner.m, inner.y, ctx);
      if (r.ymd) {
        mention.value = isoDay(r.ymd);
        mention.inferred = r.inferred;
        ctx.lastDay = r.ymd;
      }
      end = inner.end + 1;
    }
  }
  return { end, mention };
}

/** A word that links two days of one month at j: "và", ",", "đến", "tới" or a dash ("ngày 10 và 11/3"). */
function linksDays(atoms: readonly Atom[], j: number): boolean {
  const link = keyAt(atoms, j);
  return link === "và" || link === "," || link === "đến" || link === "tới" || isDash(atoms[j]);
}

/** "10 và 11/5", "10 - 11-5-2017" at k: a day number, a link and a day of a month. */
function daysOfOneMonthAt(atoms: readonly Atom[], k: number): boolean {
  const day = intOf(atoms[k]);
  if (day === null || day < 1 || day > 31 || !linksDays(atoms, k + 1)) return false;
  const next = keyAt(atoms, k + 2);
  return DM_RE.test(next) || DMY_RE.test(next);
}

/** Extends a point into a range: "1/6 đến ngày 15/6/2023", "27/7/1947 - 27/7/2017". */
function readRangeTail(
  atoms: readonly Atom[],
  first: Found,
  firstStart: number,
  ctx: DateContext,
): Found | null {
  const link = atoms[first.end];
  if (!link || link.lineStart) return null;
  if (!(isDash(link) || link.key === "đến" || link.key === "tới")) return null;
  let k = first.end + 1;
  const f = first.mention;
  // "từ năm 2016 đến nay"
  if (
    (link.key === "đến" || link.key === "tới") &&
    (keyAt(atoms, k) === "nay" || (keyAt(atoms, k) === "hiện" && keyAt(atoms, k + 1) === "nay"))
  ) {
    const mention = blank("range");
    mention.from = f.value;
    mention.inferred = f.inferred;
    if (ctx.ref) {
      mention.to = isoDay(ctx.ref);
      mention.inferred = true;
    }
    return { end: keyAt(atoms, k) === "nay" ? k + 1 : k + 2, mention };
  }
  if (f.kind === "year" && f.value) {
    // "từ 2008 đến tháng 9.2010": to a month of a later year
    const toMonth = keyAt(atoms, k) === "tháng" ? readPeriod(atoms, k, ctx) : null;
    const m = toMonth?.mention;
    if (m !== undefined && m.kind === "month" && m.value !== null && m.value.slice(0, 4) > f.value) {
      const mention = blank("range");
      mention.from = f.value;
      mention.to = m.value;
      return { end: (toMonth as Found).end, mention };
    }
    // "từ năm 2016 đến năm 2020"
    if (keyAt(atoms, k) === "năm") k++;
    const y = yearOf(atoms[k]);
    if (y === null || y <= Number(f.value)) return null;
    const mention = blank("range");
    mention.from = f.value;
    mention.to = isoYear(y);
    return { end: k + 1, mention };
  }
  // two clock times of one day: "từ 8 giờ đến 10 giờ 30", "14:00 - 16:30"
  if (f.kind === "datetime" && f.value) {
    const t = readTime(atoms, k);
    if (t && !t.invalid && (t.strong || link.key !== "-")) {
      let end = t.end;
      let part = f.partOfDay;
      const p = matchTrie(dateLexicon().partOfDay, atoms, end);
      if (p && !atoms[end]?.lineStart) {
        part = p[0];
        end += p[1];
      }
      const day = {
        y: Number(f.value.slice(0, 4)),
        m: Number(f.value.slice(5, 7)),
        d: Number(f.value.slice(8, 10)),
      };
      const mention = blank("range");
      mention.partOfDay = f.partOfDay;
      mention.inferred = f.inferred;
      mention.from = f.value;
      mention.to = isoDateTime(day, hour24(t.hh, part), t.mi);
      return { end, mention };
    }
  }
  // "từ thứ Hai đến thứ Bảy": the second day is the first such day from the first one on
  if (f.weekday !== undefined && f.kind === "date") {
    const ww = readWeekdayWords(atoms, k);
    if (ww && !ww.short) {
      const mention = blank("range");
      mention.inferred = f.inferred;
      mention.from = f.value;
      if (f.value) {
        const from = {
          y: Number(f.value.slice(0, 4)),
          m: Number(f.value.slice(5, 7)),
          d: Number(f.value.slice(8, 10)),
        };
        mention.to = isoDay(shiftDays(from, (ww.weekday - f.weekday + 7) % 7));
      }
      return { end: ww.end, mention };
    }
  }
  // a range joins two dates: "14:30 - 09/12/2021" is a time and a date (read as one datetime)
  if (first.bareTime) return null;
  if (f.kind !== "date" && f.kind !== "datetime") return null;
  if (keyAt(atoms, k) === "ngày") k++;
  const core = readDateCore(atoms, k, true);
  if (!core) return null;
  const fromYmd: Ymd | null = f.value
    ? { y: Number(f.value.slice(0, 4)), m: Number(f.value.slice(5, 7)), d: Number(f.value.slice(8, 10)) }
    : null;
  let to: Resolved;
  if (core.y === null && fromYmd) {
    // the second end is the first such day on or after the first: "từ 20/12 tới 5/1" crosses the year
    to = { ymd: null, inferred: false };
    for (let y = fromYmd.y; y <= fromYmd.y + 4; y++) {
      const day = { y, m: core.m, d: core.d };
      if (isValidDay(y, core.m, core.d) && dayDifference(day, fromYmd) >= 0) {
        to = { ymd: day, inferred: f.inferred };
        break;
      }
    }
  } else {
    to = resolveDay(core.d, core.m, core.y, ctx, tenseAround(atoms, firstStart, core.end));
  }
  const mention = blank("range");
  mention.partOfDay = f.partOfDay;
  if (to.ymd) {
    mention.to = isoDay(to.ymd);
    mention.inferred = to.inferred || f.inferred;
    if (fromYmd) {
      // the first end takes its missing year from the second: "1/6 đến 15/6/2023"
      if (f.inferred && core.y !== null) {
        fromYmd.y = dayDifference({ ...fromYmd, y: core.y }, to.ymd) <= 0 ? core.y : core.y - 1;
        mention.inferred = false;
      }
      mention.from = isoDay(fromYmd);
    }
    ctx.lastDay = to.ymd;
  } else if (f.value) {
    mention.from = f.value;
  }
  return { end: core.end, mention };
}

/**
 * All date expressions over atoms, left to right, each atom in at most one mention. `ctx` is
 * updated as mentions resolve (the last day mentioned anchors "cùng ngày" and bare times).
 * Each line is matched on its own: no expression spans a line break ("10:15" closing one line
 * and "Chiều 19-1" opening the next are two mentions), and no rule can look across one.
 */
export function findDateFounds(atoms: readonly Atom[], ctx: DateContext): { start: number; found: Found }[] {
  const out: { start: number; found: Found }[] = [];
  // one pass over the atoms finds the lines and, in each, the atoms that may open an expression:
  // matching visits only those, and a line with none is never copied
  const openers: number[] = [];
  let lineStart = 0;
  for (let k = 0; k <= atoms.length; k++) {
    const atom = k < atoms.length ? (atoms[k] as Atom) : undefined;
    if (atom === undefined || (k > lineStart && atom.lineStart)) {
      if (openers.length > 0) matchLine(atoms, lineStart, k, openers, ctx, out);
      openers.length = 0;
      lineStart = k;
    }
    if (atom !== undefined && opensAt(atoms, k)) openers.push(k - lineStart);
  }
  return out;
}

/**
 * An atom that may begin a date and has what that needs after it: digits written as a date or a
 * year (`5/6`, `2017`, `30-4`); a word of time of its own (`nay`, `sáng`, `thứ`); a plain count
 * (digits only, fewer than four: `intOf`), lead word, part of a period or number word with an
 * opener or a unit of time in the two atoms after it (`3 tháng`, `trong 3 tháng`, `vào sáng`,
 * `cách đây 5 năm`, `đầu năm`, `hai phút`); the first word of a phrase with its second (`Quốc
 * khánh`). Most openers of any text are plain prepositions, counts and names, and no reader need
 * be asked there.
 */
function opensAt(atoms: readonly Atom[], k: number): boolean {
  const a = atoms[k] as Atom;
  if (!mayOpen(a)) return false;
  const key = a.key;
  const starts = dateStarts();
  const timeWord = (b: Atom | undefined) => b !== undefined && (mayOpen(b) || starts.unit.has(b.key));
  if (isDigitCode(key.charCodeAt(0)))
    return intOf(a) === null || timeWord(atoms[k + 1]) || timeWord(atoms[k + 2]);
  if (starts.leads.has(key) && (timeWord(atoms[k + 1]) || timeWord(atoms[k + 2]))) return true;
  const seconds = starts.seconds.get(key);
  if (seconds === undefined) return !starts.leads.has(key);
  return seconds.has(atoms[k + 1]?.key ?? "");
}

/** Matches over the line `[lineStart, lineEnd)` at its `openers` (ascending, line-relative). */
function matchLine(
  atoms: readonly Atom[],
  lineStart: number,
  lineEnd: number,
  openers: readonly number[],
  ctx: DateContext,
  out: { start: number; found: Found }[],
): void {
  const line = atoms.slice(lineStart, lineEnd);
  let i = 0;
  for (const opener of openers) {
    if (opener < i) continue;
    i = opener;
    const found = matchAt(line, i, ctx);
    if (found?.void) i = Math.max(found.end, i + 1);
    else if (found && found.end > i) {
      const shifted: Found = { ...found, end: found.end + lineStart };
      if (found.start !== undefined) shifted.start = found.start + lineStart;
      out.push({ start: i + lineStart, found: shifted });
      i = found.end;
    } else i++;
  }
}

const DASHED_PAIR_RE = /^\d{1,2}-\d{1,2}$/;

/** A noun of the numbers stage's units table at k, in lower case ("đứa trẻ", "người"; not "tháng"). */
function countedNounAt(atoms: readonly Atom[], k: number): boolean {
  const a = atoms[k];
  if (a === undefined || a.lineStart || !isWordAtom(a) || a.norm.charAt(0) !== a.key.charAt(0)) return false;
  const unit = matchTrie(numberLexicon().units, atoms, k);
  return unit !== null && unit[0].kind === "count" && !dateStarts().any.has(a.key);
}

/** "triệu", "tỷ", "nghìn" at k: "từ 3-5 triệu đồng" is money, whatever word of time stands before. */
function magnitudeAt(atoms: readonly Atom[], k: number): boolean {
  const a = atoms[k];
  return a !== undefined && !a.lineStart && magnitudeOf(a) > 0;
}

/** A word that makes the number after it a date or a time ("ngày", "sáng", "từ", "hôm"). */
function timeWordBefore(atoms: readonly Atom[], i: number): boolean {
  const before = atomAt(atoms, i - 1);
  return before !== undefined && isWordAtom(before) && dateStarts().any.has(before.key);
}

function notDateContext(atoms: readonly Atom[], i: number): boolean {
  // birth years ("SN 1990", "sinh năm 1990") and ages are not event dates
  const before = keyAt(atoms, i - 1);
  return (before === "sn" || before === "sinh") && yearOf(atoms[i]) !== null;
}

/** A digit or a word some expression begins with: every other atom is passed over. */
function mayOpen(a: Atom): boolean {
  if (a.punct) return false;
  const key = a.key;
  if (isDigitCode(key.charCodeAt(0))) return true;
  const starts = dateStarts();
  return starts.anyFilter.mayHave(key) && starts.any.has(key);
}

/**
 * "từ nay đến hết năm 2017", "từ nay tới tháng 6/2018": from the date of writing (when known) to a
 * written point; `hết`/`cuối` (the end of) keep the point's own value.
 */
function fromNowUntil(atoms: readonly Atom[], i: number, ctx: DateContext): Found | null {
  if (keyAt(atoms, i + 1) !== "nay") return null;
  const link = keyAt(atoms, i + 2);
  if ((link !== "đến" && link !== "tới") || atoms[i + 2]?.lineStart) return null;
  let k = i + 3;
  if (keyAt(atoms, k) === "hết" || keyAt(atoms, k) === "cuối") k++;
  if (atoms[k]?.lineStart || keyAt(atoms, k) === "từ") return null;
  const until = matchAt(atoms, k, ctx);
  if (until === null || until.void) return null;
  const kind = until.mention.kind;
  if (kind === "duration" || kind === "range" || (kind === "relative" && until.mention.value === null))
    return null;
  // (a point with no year in reach, "đến ngày 15/2" with no date of writing, still ends the range)
  const mention = blank("range");
  mention.to = until.mention.value;
  if (ctx.ref) {
    mention.from = isoDay(ctx.ref);
    mention.inferred = true;
  }
  return { end: until.end, mention };
}

function matchAt(atoms: readonly Atom[], i: number, ctx: DateContext): Found | null {
  const a = atoms[i];
  if (!a || !mayOpen(a)) return null;
  const key = a.key;
  const digit = isDigitCode(key.charCodeAt(0));
  const starts = dateStarts();
  if (notDateContext(atoms, i)) return null;
  // "trông giữ 5-10 đứa trẻ": a day and month written with a dash, with no word of time before
  // it, before a counted noun is a span of a count
  // (the length test first: this runs at every digit that may open a date)
  if (
    digit &&
    key.length <= 5 &&
    DASHED_PAIR_RE.test(key) &&
    ((countedNounAt(atoms, i + 1) && !timeWordBefore(atoms, i)) || magnitudeAt(atoms, i + 1))
  )
    return null;
  // "từ ngày 1/6 đến ngày 15/6/2023", "từ năm 2016 đến nay"
  if (key === "từ") {
    // one level only: "từ từ từ …" must not recurse down the text
    if (keyAt(atoms, i + 1) === "từ") return null;
    const untilThen = fromNowUntil(atoms, i, ctx) ?? readLunarRange(atoms, i, ctx);
    if (untilThen) return untilThen;
    const inner = matchAt(atoms, i + 1, ctx);
    if (!inner) {
      // "từ 2008 đến tháng 9/2010", "từ 2008 đến nay": a bare year opens a range only so
      const year = yearOf(atoms[i + 1]);
      const link = keyAt(atoms, i + 2);
      if (year === null || (link !== "đến" && link !== "tới")) return null;
      const mention = blank("year");
      mention.value = isoYear(year);
      return readRangeTail(atoms, { end: i + 2, mention }, i + 1, ctx);
    }
    return readRangeTail(atoms, inner, i + 1, ctx) ?? inner;
  }
  const lunar = readLunar(atoms, i, ctx) ?? readSolarFestival(atoms, i, ctx);
  if (lunar) return lunar;
  const period = readPeriod(atoms, i, ctx);
  if (period) {
    if (period.mention.kind === "year") {
      const tail = readRangeTail(atoms, period, i, ctx);
      if (tail) return tail;
    }
    return period;
  }
  // a reader is asked only at a word it can begin with: most words open a period or a relative day
  const duration = digit || starts.duration.has(key) ? readDuration(atoms, i, ctx) : null;
  if (duration) return duration;
  const point = digit || starts.point.has(key) ? readPoint(atoms, i, ctx) : null;
  if (point) {
    if (point.mention.kind === "date" || point.mention.kind === "datetime") {
      const tail = readRangeTail(atoms, point, i, ctx);
      if (tail) return tail;
    }
    return point;
  }
  // bare "2021-2025"
  if (digit && YEAR_RANGE_RE.test(key)) return readYearRange(atoms, i);
  if (isWordAtom(a)) return readRelative(atoms, i, ctx);
  return null;
}
