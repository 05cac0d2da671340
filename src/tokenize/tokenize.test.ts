import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectLinear } from "../../test/linear.js";
import { type TokenKind, tokenize } from "./index.js";

const pairs = (text: string) => tokenize(text).map((t) => [t.text, t.kind]);
const kindOf = (text: string, piece: string): TokenKind | undefined =>
  tokenize(text).find((t) => t.text === piece)?.kind;

describe("tokenize: one token per lexical unit", () => {
  const rows: [string, TokenKind][] = [
    ["ANTQ", "abbr"],
    ["KT-XH", "abbr"],
    ["TP.HCM", "abbr"],
    ["PC02", "abbr"],
    ["V05", "abbr"],
    ["333/KH-BCĐ", "abbr"],
    ["09/CTr-BCA-MTTW", "abbr"],
    ["51-NQ/TW", "abbr"],
    ["01/2018/NĐ-CP", "abbr"],
    ["COVID-19", "abbr"],
    ["Covid-19", "abbr"],
    ["Q.1", "abbr"],
    ["H'Hen", "name"],
    ["1.234.567", "number"],
    ["3,5", "number"],
    ["15%", "number"],
    ["0,15", "number"],
    ["19-1", "date"],
    ["30/6/2022", "date"],
    ["21/01/2022", "date"],
    ["5-3-2022", "date"],
    ["3/2022", "date"],
    ["09:52", "time"],
    ["6h30", "time"],
    ["15h", "time"],
    ["“", "punct"],
    ["…", "punct"],
    ["–", "punct"],
    ["—", "punct"],
    ["...", "punct"],
    ["https://cand.com.vn/a-b", "url"],
    ["www.cand.com.vn", "url"],
    ["phongvien@cand.com.vn", "email"],
  ];
  it.each(rows)("%s is one %s token", (text, kind) => {
    expect(pairs(`Xem ${text} nhé`)).toEqual([
      ["Xem", "word"],
      [text, kind],
      ["nhé", "word"],
    ]);
  });
});

describe("tokenize: what must not be one token", () => {
  const rows: [string, string[]][] = [
    ["impossible date 32/13/2022", ["32", "/", "13", "/", "2022"]],
    ["a year range is three tokens", ["2021", "-", "2025"]],
    ["a number and its unit", ["20", "km"]],
    ["5ha is five hectares, not a time", ["5", "ha"]],
    ["a missing space after a sentence", ["CATP", ".", "Đồng"]],
    ["a capitalised word after a hyphen", ["Hà", "-", "Nội"]],
    ["lower-case words around a hyphen", ["kinh", "-", "tế"]],
    ["the closing dot of a sentence", ["ANTT", "."]],
  ];
  it.each(rows)("%s", (_name, expected) => {
    const text = expected
      .join(" ")
      .replace(/ ([-./]) /g, "$1")
      .replace(/ \.$/, ".");
    expect(pairs(text).map(([t]) => t)).toEqual(expected);
  });
  it("an ALL-CAPS headline keeps its syllables as words", () => {
    expect(kindOf("CÔNG AN TP HẢI PHÒNG", "HẢI")).toBe("word");
    expect(kindOf("CÔNG AN TP HẢI PHÒNG", "TP")).toBe("abbr");
    expect(kindOf("BỘ CÔNG AN", "BỘ")).toBe("word");
  });
});

describe("tokenize: offsets index the original input", () => {
  it("NFD, old tone placement, CRLF, entities, NBSP and zero-width", () => {
    const input = "Đa\u0323i ta\u0301\u00a0Uỷ ban\r\nhoà &quot;ANTQ&quot;\u200b&#7897;";
    const tokens = tokenize(input);
    for (const t of tokens) expect(input.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.normalized)).toEqual(["Đại", "tá", "Ủy", "ban", "hòa", '"', "ANTQ", '"', "ộ"]);
    expect(tokens[0]?.text).toBe("Đa\u0323i");
  });

  it("marks on a digit or a quote, which NFC only reorders, keep disjoint spans", () => {
    for (const input of ["2\u0301\u0323", "“\u0301", "1\u0323\u0301a"]) {
      let last = 0;
      for (const t of tokenize(input)) {
        expect(t.start).toBeGreaterThanOrEqual(last);
        expect(input.slice(t.start, t.end)).toBe(t.text);
        last = t.end;
      }
    }
  });

  it("holds for any string (property)", () => {
    const vietnamese = fc.constantFrom(
      ..."aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẠẢÃàáạảãĐđ ộ \u0301\u0323\u00a0\u200b\r\n&;#x/-.,:0123456789%'’“”…".split(
        "",
      ),
      "&nbsp;",
      "&#7897;",
      "TP.HCM",
      "333/KH-BCĐ",
      "hoà",
    );
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 80 }),
      fc.array(vietnamese, { maxLength: 60 }).map((xs) => xs.join("")),
    );
    fc.assert(
      fc.property(text, (input) => {
        const tokens = tokenize(input);
        let last = 0;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(input.slice(t.start, t.end)).toBe(t.text);
          last = t.end;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("tokenize: time linear in the input", () => {
  const patterns = [" ", ".", "1", "\u0301", "/", "-", "1/", "A-", "1.", "a@", "&#", "Ab1-"];
  it.each(patterns)("pathological run of %j", (unit) => {
    expectLinear(tokenize, (n) => unit.repeat(n), 50_000);
  });

  it("returns on 10 MB of text", () => {
    const text = "Đại tá Đào Quang Trường - Phó Giám đốc CATP, ngày 30/6/2022; 1.234.567 đồng. ".repeat(
      130_000,
    );
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(1_000_000);
  });
});
