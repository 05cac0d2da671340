import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findAbbreviations } from "./index.js";

// Issue 10: abbreviations read as what they are. Invented sentences.
const read = (text: string) => findAbbreviations(text).map((a) => [a.abbr, a.expansion]);

describe("findAbbreviations: how pieces are read", () => {
  it("'CA TP HCM' is CA and TP HCM, never 'Thành phố Thành phố'", () => {
    expect(read("Đại diện CA TP HCM cho biết vụ việc đang được điều tra.")).toEqual([
      ["CA", "Công an"],
      ["TP HCM", "Thành phố Hồ Chí Minh"],
    ]);
    for (const [, expansion] of read("Lãnh đạo CATP HCM và CA TP.HCM đã chỉ đạo, TPHCM đang mưa."))
      expect(expansion).not.toMatch(/Thành phố Thành phố|thành phố Thành phố/);
  });

  it("titles written together ('GS.TS') are each an abbreviation", () => {
    expect(read("Hội thảo do GS.TS Lê Minh chủ trì.")).toEqual([
      ["GS", "giáo sư"],
      ["TS", "tiến sĩ"],
    ]);
  });

  it("a newsroom's web address names the newsroom", () => {
    expect(read("Minh An/VOV.VN")).toEqual([["VOV", "Đài Tiếng nói Việt Nam"]]);
  });

  it("a unit code written with a space and defined in brackets", () => {
    expect(read("Phó trưởng phòng An ninh Kinh tế (PA 81) cho biết.")).toEqual([
      ["PA 81", "An ninh Kinh tế"],
    ]);
  });

  it("a long unit name defined by its code in brackets", () => {
    expect(read("Cục Cảnh sát phòng chống tội phạm sử dụng công nghệ cao thuộc Bộ (C50) phối hợp.")).toEqual([
      ["C50", "Cục Cảnh sát phòng chống tội phạm sử dụng công nghệ cao thuộc Bộ"],
    ]);
  });

  it("health and military abbreviations from data", () => {
    expect(
      read("Bệnh nhân chuyển từ BVĐK tỉnh lên BV Bạch Mai; Bộ CHQS tỉnh hỗ trợ; chi phí KCB tăng."),
    ).toEqual([
      ["BVĐK", "Bệnh viện đa khoa"],
      ["BV", "Bệnh viện"],
      ["CHQS", "chỉ huy quân sự"],
      ["KCB", "khám chữa bệnh"],
    ]);
  });

  it("an unknown dotted pair stays unread ('XY.ZT')", () => {
    expect(read("Mã XY.ZT được ghi trên hộp.")).toEqual([]);
  });

  it("split parts keep input offsets", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom("GS.TS ", "PGS.TS ", "VOV.VN", " CA TP HCM ", "(PA 81)", "\r\n", "\u00a0", "và "),
          {
            maxLength: 12,
          },
        ),
        (pieces) => {
          const text = pieces.join("");
          for (const a of findAbbreviations(text))
            for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        },
      ),
      { numRuns: 300 },
    );
  });
});
