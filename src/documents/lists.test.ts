import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDocuments } from "./find.js";

// Issue 10: lists, codes with a part in brackets, plans named by number. Invented sentences.
const docs = (text: string) => findDocuments(text).map((d) => [d.docType, d.number, d.issuedAt]);

describe("findDocuments: lists, bracketed codes and bare numbers", () => {
  it("a list of numbers after one type", () => {
    expect(docs("Thực hiện Điện số 140, 142 của Bộ Công an, lực lượng đã triển khai.")).toEqual([
      ["Điện", "140", null],
      ["Điện", "142", null],
    ]);
  });

  it("a count after a list is not a document", () => {
    expect(docs("Theo Quyết định số 12, 30 người được khen thưởng.")).toEqual([["Quyết định", "12", null]]);
  });

  it("an office code in brackets is part of the number; the date after it is the issue date", () => {
    expect(docs("Theo Công văn số 51/C46 (P12) ngày 12/5/2017 của Cục, đơn vị đã báo cáo.")).toEqual([
      ["Công văn", "51/C46 (P12)", "2017-05-12"],
    ]);
  });

  it("an issuer code typed after a space still belongs to the number", () => {
    const text = "Bị xử phạt theo khoản 3 Điều 5 Nghị định 167/2013/ NĐ-CP của Chính phủ.";
    expect(docs(text)).toEqual([["Nghị định", "167/2013/NĐ-CP", null]]);
    const [d] = findDocuments(text);
    expect(d?.text).toBe("Nghị định 167/2013/ NĐ-CP");
    expect(text.slice(d?.start, d?.end)).toBe(d?.text);
  });

  it("a capitalised type named by a bare number", () => {
    expect(docs("Triển khai Kế hoạch 199 của Công an tỉnh về cao điểm.")).toEqual([
      ["Kế hoạch", "199", null],
    ]);
  });

  it.each([
    ["a count after the type", "Chương trình 3 năm đã kết thúc."],
    ["a year after the type", "Kế hoạch 2017 đã được thông qua."],
    ["a lower-case type", "theo kế hoạch 199 trước đó"],
  ])("%s: no document", (_, text) => {
    expect(docs(text)).toEqual([]);
  });

  it("spans of listed documents slice the input and do not overlap", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            "Điện số 140, 142",
            " và 150",
            "Kế hoạch 199",
            " (P12)",
            "Công văn số 51/C46",
            ", ",
            "\r\n",
          ),
          { maxLength: 10 },
        ),
        (pieces) => {
          const text = pieces.join("");
          let last = 0;
          for (const d of findDocuments(text)) {
            expect(text.slice(d.start, d.end)).toBe(d.text);
            expect(d.start).toBeGreaterThanOrEqual(last);
            last = d.end;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
