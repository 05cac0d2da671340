import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates } from "../dates/index.js";
import { tokenize } from "../tokenize/index.js";
import { findStructure, splitSentences } from "./index.js";

// Invented pages in the scraped layouts the stage reads; no corpus text.
const structureOf = (text: string) => findStructure(text, findDates(text.slice(0, 3000)));
const sentencesOf = (text: string) => {
  const tokens = tokenize(text);
  return splitSentences(text, tokens, 0, tokens.length).map((s) => s.text);
};

describe("findStructure: positive table", () => {
  it.each([
    {
      name: "title, dateline, body, sign-off, boilerplate",
      text: "Tiêu đề ngắn của bài\n\n09:52 21/01/2022\n\nNội dung bài viết. Câu thứ hai.\n\n Lan Anh\n\nTừ khóa:\ncaptcha",
      title: "Tiêu đề ngắn của bài",
      dateline: "2022-01-21T09:52",
      author: "Lan Anh",
      body: "Nội dung bài viết. Câu thứ hai.",
    },
    {
      name: "title and sapo, sign-off run into the last paragraph",
      text: "Tiêu đề bài báo\nĐoạn mở đầu của bài.\nĐoạn cuối đã được điều tra làm rõ. Hoàng Nam (TTXVN)",
      title: "Tiêu đề bài báo",
      dateline: null,
      author: "Hoàng Nam",
      body: "Đoạn mở đầu của bài.\nĐoạn cuối đã được điều tra làm rõ.",
    },
    {
      name: "a credit line and the publication after it",
      text: "Tiêu đề bài báo\nĐoạn cuối đã được điều tra làm rõ.\nTheo Văn Vũ\nCông an nhân dân",
      title: "Tiêu đề bài báo",
      dateline: null,
      author: "Văn Vũ",
      body: "Đoạn cuối đã được điều tra làm rõ.",
    },
    {
      name: "a page without a title: the first line is a paragraph",
      text: "Ngày 23/7/2025, tại Hà Nội, đơn vị tổ chức hội nghị.\n\nHội nghị đã thông qua nghị quyết.",
      title: null,
      dateline: null,
      author: null,
      body: "Ngày 23/7/2025, tại Hà Nội, đơn vị tổ chức hội nghị.\n\nHội nghị đã thông qua nghị quyết.",
    },
    {
      name: "a labelled byline and dateline, then the agency prefix",
      text: "Tiêu đề bài viết\nTác giả: Trần Văn Bình .Ngày đăng: 25/11/2022 .Lượt xem: 12 lượt.\nANTĐ - Sáng 24-11, đơn vị họp.\nTin liên quan",
      title: "Tiêu đề bài viết",
      dateline: "2022-11-25",
      author: "Trần Văn Bình",
      body: "Sáng 24-11, đơn vị họp.",
    },
  ])("$name", ({ text, title, dateline, author, body }) => {
    const s = structureOf(text);
    expect(s.title?.text ?? null).toBe(title);
    expect(s.dateline?.value ?? null).toBe(dateline);
    expect(s.author?.text ?? null).toBe(author);
    expect(s.body.text).toBe(body);
    expect(text.slice(s.body.start, s.body.end)).toBe(s.body.text);
  });
});

describe("agency prefix", () => {
  it.each([
    ["ANTĐ - Sáng 24-11, đơn vị họp.", "ANTĐ"],
    ["TTO - Sáng nay, đơn vị họp.", "TTO"],
    ["(PLO) - Sáng nay, đơn vị họp.", "PLO"],
    ["(Dân trí) - Sáng nay, đơn vị họp.", "Dân trí"],
    ["VOV.VN - Sáng nay, đơn vị họp.", "VOV.VN"],
  ])("%s → %s", (line, source) => {
    const s = structureOf(`Tiêu đề bài viết\n${line}`);
    expect(s.source?.text).toBe(source);
    expect(s.body.text).toBe(line.slice(line.indexOf("Sáng")));
  });
  it.each([
    "Hà Nội - Hải Phòng là tuyến đường quan trọng.",
    "A - B là hai đội bóng.",
    "(Ảnh minh họa) Đơn vị họp.",
    "COVID-19 - căn bệnh nguy hiểm.",
  ])("no agency prefix in %s", (line) => {
    expect(structureOf(`Tiêu đề bài viết\n${line}`).source).toBeNull();
  });
});

describe("findStructure: negative table", () => {
  it.each([
    ["a headline ending in a full stop is a paragraph", "Đơn vị tổ chức hội nghị tổng kết năm.\nNội dung."],
    ["a one-line text has no title", "Tiêu đề duy nhất"],
    ["a line longer than a headline", `${"Câu rất dài ".repeat(30)}\nNội dung.`],
  ])("%s", (_, text) => {
    expect(structureOf(text).title).toBeNull();
  });
  it.each([
    ["a last sentence is no sign-off", "Tiêu đề\nNội dung bài. Vụ việc đang được điều tra."],
    ["a long last line is no sign-off", `Tiêu đề\nNội dung bài.\n${"Một Hai Ba ".repeat(10)}`],
  ])("%s", (_, text) => {
    expect(structureOf(text).author).toBeNull();
  });
  it("a boilerplate word inside a paragraph does not cut the body", () => {
    const text =
      "Tiêu đề\nNgười dân để lại bình luận của bạn đọc trên mạng xã hội rất nhiều về vụ việc này.\nKết thúc.";
    expect(structureOf(text).body.text.endsWith("Kết thúc.")).toBe(true);
  });
});

describe("splitSentences", () => {
  it.each([
    ["Một. Hai! Ba? Bốn…", ["Một.", "Hai!", "Ba?", "Bốn…"]],
    [
      "Ông ở TP.HCM và Q.1 gặp PGS.TS Lê Văn Bình. Xong.",
      ["Ông ở TP.HCM và Q.1 gặp PGS.TS Lê Văn Bình.", "Xong."],
    ],
    ["Công an TP. Hà Giang cho biết. Xong.", ["Công an TP. Hà Giang cho biết.", "Xong."]],
    ["Anh nói: “Tốt lắm.” Rồi đi.", ["Anh nói: “Tốt lắm.”", "Rồi đi."]],
    ["Chờ... rồi đi tiếp. Hết.", ["Chờ... rồi đi tiếp.", "Hết."]],
    ["Thu 1.500 viên, 2,5 kg. Hết.", ["Thu 1.500 viên, 2,5 kg.", "Hết."]],
    ["Dòng một\nDòng hai", ["Dòng một", "Dòng hai"]],
  ])("%s", (text, want) => {
    expect(sentencesOf(text)).toEqual(want);
  });
  it("property: sentences are slices of the input, in order, never overlapping", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const tokens = tokenize(text);
        let last = 0;
        for (const s of splitSentences(text, tokens, 0, tokens.length)) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(last);
          last = s.end;
        }
      }),
      { numRuns: 200 },
    );
  });
  it("property: findStructure never throws and its spans are slices", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const s = structureOf(text);
        for (const x of [s.body, s.title, s.author, s.source, s.dateline?.span, ...s.excluded])
          if (x) expect(text.slice(x.start, x.end)).toBe(x.text);
      }),
      { numRuns: 200 },
    );
  });
});
