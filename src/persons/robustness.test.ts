import { describe, expect, it } from "vitest";
import { expandAbbreviations, findAbbreviations } from "../abbreviations/index.js";
import { findRanks } from "../ranks/index.js";
import { findTitles } from "../titles/index.js";
import { tokenize } from "../tokenize/index.js";
import { findPersons } from "./index.js";

const stages: [string, (text: string) => unknown][] = [
  ["findRanks", findRanks],
  ["findTitles", findTitles],
  ["findPersons", findPersons],
  ["findAbbreviations", findAbbreviations],
  ["expandAbbreviations", (t) => expandAbbreviations(t, { style: "append" })],
];

// Invented sentences in the genre's patterns, repeated to size.
const sample =
  "Đại tá Lê Văn An - Phó Giám đốc CATP, đồng chí Hà Văn Úc, Chủ tịch UBND quận Lê Chân; đối tượng Trần Văn Nam (SN 1990, trú tại xã Yên Lạc) bị bắt giữ. Lực lượng CSGT bảo đảm an ninh trật tự (ANTT). ";

const hostile: [string, string][] = [
  ["empty", ""],
  ["lone surrogates", "\ud800Đại tá\udc00 Nguyễn\ud83d Văn A"],
  ["only spaces", " ".repeat(50_000)],
  ["a long capitalised run", "Nguyễn ".repeat(20_000)],
  ["unclosed parentheses", `Nguyễn Văn An (${"(".repeat(20_000)}`],
  [
    "a long list",
    `các đồng chí: ${Array.from({ length: 5_000 }, (_, i) => `Lê Văn Bình${i % 7}`).join(", ")}`,
  ],
  ["codes", "ANTQ (".repeat(10_000)],
  ["binary", Array.from({ length: 50_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join("")],
];

describe("never throw on text", () => {
  for (const [name, fn] of stages)
    it.each(hostile)(`${name}: %s`, (_, text) => {
      expect(() => fn(text)).not.toThrow();
    });
});

describe("time grows linearly with the text", () => {
  // Best of three: the machine is shared, and one garbage collection is not the algorithm.
  const time = (fn: (t: string) => unknown, text: string) => {
    let best = Number.POSITIVE_INFINITY;
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      fn(text);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  it.each(stages)("%s", (_, fn) => {
    const small = sample.repeat(150);
    const large = sample.repeat(1200);
    fn(small); // warm the lexicons
    // Measured against the tokenizer on the same text, which suffers the same memory effects:
    // for 8x the text a linear stage keeps the same ratio, a quadratic one grows it 8x.
    const perToken = (text: string) => time(fn, text) / Math.max(0.05, time(tokenize, text));
    expect(perToken(large) / perToken(small)).toBeLessThan(3);
  });
});
