import { describe, expect, it } from "vitest";
import { expectLinear } from "../../test/linear.js";
import { expandAbbreviations, findAbbreviations } from "../abbreviations/index.js";
import { findRanks } from "../ranks/index.js";
import { findTitles } from "../titles/index.js";
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
  it.each(stages)("%s", (_, fn) => {
    expectLinear(fn, (n) => sample.repeat(n), 75);
  });
});
