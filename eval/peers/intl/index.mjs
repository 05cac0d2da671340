// Baseline for `npm run eval`: the platform's Intl.Segmenter("vi") word segmentation, as spans.
const segmenter = new Intl.Segmenter("vi", { granularity: "word" });

export function segment(text) {
  const out = [];
  for (const s of segmenter.segment(text)) {
    if (s.segment.trim() === "") continue;
    out.push({ start: s.index, end: s.index + s.segment.length, text: s.segment });
  }
  return out;
}
