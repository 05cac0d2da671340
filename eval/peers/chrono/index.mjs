// Peer for `npm run eval`: chrono-node's Vietnamese locale (chrono.vi), wrapped as an `extract`
// that reports only dates, so the shared gold scorer rates its dates exactly as it rates ours.
import * as chrono from "chrono-node";

const pad = (n, w = 2) => String(n).padStart(w, "0");

/** ISO string whose length is the precision chrono is sure of (known or implied year). */
function iso(component) {
  const y = component.get("year");
  if (!component.isCertain("month")) return `${y}`;
  const ym = `${y}-${pad(component.get("month"))}`;
  if (!component.isCertain("day")) return ym;
  const ymd = `${ym}-${pad(component.get("day"))}`;
  if (!component.isCertain("hour")) return ymd;
  return `${ymd}T${pad(component.get("hour"))}:${pad(component.get("minute") ?? 0)}`;
}

/** The gold references are Vietnam local time (UTC+7) without a zone: say so to Date. */
function vietnamTime(iso) {
  const s = String(iso);
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return new Date(`${s}T00:00:00+07:00`);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s)) return new Date(`${s}:00+07:00`);
  return new Date(s);
}

export function extract(text, options) {
  const reference = options?.publishedAt ? vietnamTime(options.publishedAt) : new Date();
  const results = chrono.vi.parse(text, reference);
  return {
    dates: results.map((r) => ({
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      value: r.end ? null : iso(r.start),
      from: r.end ? iso(r.start) : null,
      to: r.end ? iso(r.end) : null,
      duration: null,
    })),
  };
}
