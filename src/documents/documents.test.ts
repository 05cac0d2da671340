import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectLinear } from "../../test/linear.js";
import { tokenize } from "../tokenize/tokenize.js";
import { findDocuments, findDocumentsInTokens } from "./find.js";
import { DocumentRefSchema } from "./schema.js";

const POSITIVE: [text: string, docType: string, number: string, issuedAt: string | null][] = [
  ["triển khai Kế hoạch số 333/KH-BCĐ ngày 30/6/2022 của Ban", "Kế hoạch", "333/KH-BCĐ", "2022-06-30"],
  ["Chương trình phối hợp số 09/CTr-BCA-MTTW", "Chương trình phối hợp", "09/CTr-BCA-MTTW", null],
  ["thực hiện Chỉ thị số 09/CT-TTg của Thủ tướng", "Chỉ thị", "09/CT-TTg", null],
  ["Nghị quyết 51-NQ/TW của Bộ Chính trị", "Nghị quyết", "51-NQ/TW", null],
  ["Quyết định số 1234/QĐ-UBND ngày 5/3/2021 của UBND tỉnh", "Quyết định", "1234/QĐ-UBND", "2021-03-05"],
  ["Nghị định 01/2018/NĐ-CP", "Nghị định", "01/2018/NĐ-CP", null],
  ["Nghị quyết số 12 của Bộ Chính trị", "Nghị quyết", "12", null],
  ["Luật CAND 2018", "Luật CAND", "2018", "2018"],
  ["vi phạm Điều 249 Bộ luật Hình sự", "Bộ luật Hình sự", "249", null],
  ["theo khoản 1 Điều 143 Bộ Luật Hình sự năm 2015", "Bộ Luật Hình sự", "143", "2015"],
  ["Ngày 3/3/1959, Thủ tướng ban hành Nghị định số 100/TTg về", "Nghị định", "100/TTg", "1959-03-03"],
  ["theo 333/KH-BCĐ", "Kế hoạch", "333/KH-BCĐ", null],
  ["theo Điều 249 BLHS", "BLHS", "249", null],
  ["Thông tư số 58/2020/TT-BCA ngày 16/6/2020", "Thông tư", "58/2020/TT-BCA", "2020-06-16"],
  ["Luật Phòng, chống ma túy 2021", "Luật Phòng, chống ma túy", "2021", "2021"],
  // a bare number with the year it was issued after "năm" or a slash
  ["theo Nghị định 105 năm 2014 của Chính phủ", "Nghị định", "105", "2014"],
  ["đúng tinh thần của Thông tư 15/2015 mà Bộ đã ban hành", "Thông tư", "15/2015", "2015"],
];

const NEGATIVE: string[] = [
  "xây dựng kế hoạch công tác năm 2022",
  "04 Nghị quyết chuyên đề",
  "phòng chống dịch COVID-19",
  "Phòng PC02",
  "Điều tra viên",
  "Điều 4. Nguyên tắc",
  "ngày 30/6/2022",
  "kế hoạch 12 tháng",
  "Kế hoạch 3 năm của huyện",
];

describe("findDocuments: each form of issue 5", () => {
  it.each(POSITIVE)("%s", (text, docType, number, issuedAt) => {
    const found = findDocuments(text);
    const d = found.find((x) => x.number === number);
    expect(d, JSON.stringify(found)).toBeDefined();
    expect(d?.docType).toBe(docType);
    expect(d?.issuedAt).toBe(issuedAt);
  });
});

describe("findDocuments: what each reference points at", () => {
  it.each([
    ["triển khai Kế hoạch số 333/KH-BCĐ ngày 30/6/2022", "document"],
    ["thực hiện Kế hoạch 199 của Công an tỉnh", "document"],
    ["theo 333/KH-BCĐ", "document"],
    ["Luật CAND 2018", "law"],
    ["Bộ luật hình sự năm 1999", "law"],
    ["vi phạm Điều 249 Bộ luật Hình sự", "law_article"],
    ["theo Điều 123 BLHS", "law_article"],
  ])("%s: %s", (text, kind) => {
    expect(findDocuments(text).map((d) => d.kind)).toEqual([kind]);
  });
  it("a further number of a list is of its head's kind", () => {
    expect(findDocuments("Điện số 140, 142 của Bộ").map((d) => [d.number, d.kind])).toEqual([
      ["140", "document"],
      ["142", "document"],
    ]);
  });
});

describe("findDocuments: negative twins", () => {
  it.each(NEGATIVE)("%s", (text) => {
    expect(findDocuments(text)).toEqual([]);
  });
});

describe("findDocuments: offsets, tokens, properties", () => {
  it("spans hold on NFD and NBSP input", () => {
    const text = "Ke\u0302\u0301 hoa\u0323ch\u00a0số 333/KH-BCĐ nga\u0300y 30/6/2022";
    const [d] = findDocuments(text);
    expect(d?.number).toBe("333/KH-BCĐ");
    expect(d?.issuedAt).toBe("2022-06-30");
    expect(d?.text).toBe(text.slice(d?.start, d?.end));
  });
  it("findDocumentsInTokens gives the same result as findDocuments", () => {
    const text = "Kế hoạch số 333/KH-BCĐ ngày 30/6/2022 và Nghị quyết 51-NQ/TW";
    expect(findDocumentsInTokens(text, tokenize(text))).toEqual(findDocuments(text));
  });
  const vocab = [
    "Kế",
    "hoạch",
    "số",
    "333/KH-BCĐ",
    "ngày",
    "30/6/2022",
    "Điều",
    "249",
    "Bộ",
    "luật",
    "Hình",
    "sự",
    "Luật",
    "2018",
    "/",
    "-",
    "\n",
  ];
  it("never throws; spans are valid and ordered", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(fc.constantFrom(...vocab), { maxLength: 30 }).map((xs) => xs.join(" ")),
        ),
        (text) => {
          let last = 0;
          for (const d of findDocuments(text)) {
            expect(d.text).toBe(text.slice(d.start, d.end));
            expect(d.start).toBeGreaterThanOrEqual(last);
            last = d.end;
            DocumentRefSchema.parse(d);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
  it("linear time on a long run of document-like text", () => {
    expectLinear(findDocuments, (n) => "Kế hoạch số 1/KH-".repeat(n), 1000);
  });
});
