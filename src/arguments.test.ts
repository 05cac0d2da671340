// Every public function that takes text refuses a non-string, and every options object refuses a
// key it does not know, with a TypeError that names the argument or the key.
import { describe, expect, it } from "vitest";
import {
  canonicalTone,
  expandAbbreviations,
  extract,
  findAbbreviations,
  findDateline,
  findDates,
  findDatesInTokens,
  findDocuments,
  findDocumentsInTokens,
  findNumbers,
  findNumbersInTokens,
  findPersons,
  findRanks,
  findTitles,
  normalizeText,
  segment,
  segmentGreedy,
  segmentTokens,
  tokenize,
} from "./index.js";

type TextFunction = (text: never, ...rest: never[]) => unknown;
const TEXT_FUNCTIONS: [string, TextFunction, string][] = [
  ["extract", extract, "text"],
  ["tokenize", tokenize, "text"],
  ["normalizeText", normalizeText, "input"],
  ["canonicalTone", canonicalTone, "syllable"],
  ["segment", segment, "text"],
  ["segmentGreedy", segmentGreedy, "text"],
  ["segmentTokens", ((t: never) => segmentTokens(t, [])) as TextFunction, "input"],
  ["findRanks", findRanks, "text"],
  ["findTitles", findTitles, "text"],
  ["findPersons", findPersons, "text"],
  ["findAbbreviations", findAbbreviations, "text"],
  ["expandAbbreviations", expandAbbreviations, "text"],
  ["findNumbers", findNumbers, "text"],
  ["findNumbersInTokens", ((t: never) => findNumbersInTokens(t, [])) as TextFunction, "input"],
  ["findDates", findDates, "text"],
  ["findDatesInTokens", ((t: never) => findDatesInTokens(t, [])) as TextFunction, "input"],
  ["findDateline", findDateline, "text"],
  ["findDocuments", findDocuments, "text"],
  ["findDocumentsInTokens", ((t: never) => findDocumentsInTokens(t, [])) as TextFunction, "input"],
];
const NOT_TEXT: [string, unknown, string][] = [
  ["a number", 42, "a number"],
  ["an object", { text: "Công an tỉnh" }, "an object"],
  ["null", null, "null"],
  ["undefined", undefined, "undefined"],
  ["an array", ["Công an"], "an array"],
  ["a String object", new String("Công an"), "an object"],
];

describe("text arguments must be strings", () => {
  describe.each(TEXT_FUNCTIONS)("%s", (_, fn, name) => {
    it.each(NOT_TEXT)("%s throws a TypeError naming the argument", (_, value, what) => {
      expect(() => fn(value as never)).toThrow(TypeError);
      expect(() => fn(value as never)).toThrow(`${name} must be a string, got ${what}`);
    });
    it("a string is accepted", () => {
      expect(() => fn("Đại tá Nguyễn Văn An" as never)).not.toThrow();
    });
  });
});

describe("unknown option names", () => {
  it.each([
    ["extract", () => extract("x", { publishedat: "2022-01-21" } as never), "publishedat", "publishedAt"],
    ["findDates", () => findDates("x", { publishedAt: "2022-01-21" } as never), "publishedAt", "reference"],
    ["findPersons", () => findPersons("x", { style: "append" } as never), "style", "exclude"],
    ["findTitles", () => findTitles("x", { exclude: [] } as never), "exclude", "abbreviations"],
    ["findAbbreviations", () => findAbbreviations("x", { abbrevs: {} } as never), "abbrevs", "abbreviations"],
    ["expandAbbreviations", () => expandAbbreviations("x", { stlye: "append" } as never), "stlye", "style"],
  ])("%s names the unknown key and the accepted ones", (_, call, key, accepted) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(`options.${key} is not an option`);
    expect(call).toThrow(`"${accepted}"`);
  });
  it("every accepted key still passes", () => {
    expect(
      extract("Chiều 19-1, CATP họp.", {
        publishedAt: "2022-01-21",
        abbreviations: { CATP: "Công an thành phố Hải Phòng" },
      }).publishedAt,
    ).toBe("2022-01-21");
    expect(extract("Chiều 19-1, CATP họp.", { defaultPublishedAt: "2022-01-21" }).publishedAt).toBe(
      "2022-01-21",
    );
    expect(
      expandAbbreviations("CATP", { style: "append", publishedAt: "2022-01-21", exclude: [] }),
    ).toContain("(CATP)");
    expect(findDates("Chiều 19-1", { reference: "2022-01-21" })[0]?.value).toBe("2022-01-19");
  });
});

describe("defaultPublishedAt: a fallback, never over a dateline", () => {
  const DATED = "Công an quận tổng kết năm\n\n09:52 21/01/2022\n\nChiều 19-1, Công an quận tổ chức hội nghị.";
  it("a dateline wins over it", () => {
    const a = extract(DATED, { defaultPublishedAt: "2020-05-05" });
    expect(a.publishedAt).toBe("2022-01-21T09:52");
    expect(a.publishedAtSource).toBe("dateline");
  });
  it("without a dateline it anchors the dates", () => {
    const a = extract("Chiều 19-1, Công an quận tổ chức hội nghị.", { defaultPublishedAt: "2022-01-21" });
    expect(a.publishedAt).toBe("2022-01-21");
    expect(a.publishedAtSource).toBe("option");
    expect(a.dates[0]?.value).toBe("2022-01-19");
  });
  it("publishedAt still overrides the dateline", () => {
    expect(extract(DATED, { publishedAt: "2020-05-05" }).publishedAt).toBe("2020-05-05");
  });
  it("is checked like publishedAt", () => {
    expect(() => extract("x", { defaultPublishedAt: "21/01/2022" })).toThrow("options.defaultPublishedAt");
  });
});
