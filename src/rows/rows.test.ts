import { describe, expect, it } from "vitest";
import { extract } from "../extract.js";
import { toRows } from "./index.js";

const TEXT =
  "Chiều 19-1, Phòng Tham mưu CATP tổ chức hội nghị tổng kết công tác năm 2021. Đại tá Nguyễn Văn An - Phó Giám đốc CATP chủ trì hội nghị. Tại hội nghị, 12 tập thể, 10 cá nhân được nhận Giấy khen.";

const isFlat = (row: Record<string, unknown>) =>
  Object.values(row).every((v) => v === null || ["string", "number", "boolean"].includes(typeof v));

describe("toRows", () => {
  const rows = toRows(extract(TEXT, { publishedAt: "2022-01-21" }));
  it("every table holds flat rows only", () => {
    for (const table of Object.values(rows)) for (const row of table) expect(isFlat(row)).toBe(true);
  });
  it("events carry persons by name and role, and their own date", () => {
    const meeting = rows.events.find((e) => e.type === "meeting");
    expect(meeting?.date).toBe("2022-01-19");
    expect(meeting?.persons).toContain("Nguyễn Văn An (");
  });
  it("an award's detail names it and counts recipients", () => {
    expect(rows.events.find((e) => e.type === "award")?.detail).toBe("Giấy khen · 12 tập thể · 10 cá nhân");
  });
  it("persons give rank label and titles", () => {
    expect(rows.persons[0]).toMatchObject({ name: "Nguyễn Văn An", rank: "Đại tá" });
  });
  it("an empty article gives one articles row and empty tables", () => {
    const empty = toRows(extract(""));
    expect(empty.articles).toHaveLength(1);
    expect(empty.articles[0]).toMatchObject({ articleId: null, title: null, persons: 0, events: 0 });
    const { articles: _, ...rest } = empty;
    for (const table of Object.values(rest)) expect(table).toEqual([]);
  });
  it("documents and legal references are tables of their own, each row with its kind", () => {
    const r = toRows(extract("Thực hiện Kế hoạch số 12/KH-CAT, Công an khởi tố vụ án theo Điều 249 BLHS."));
    expect(r.documents.map((d) => [d.number, d.kind])).toEqual([["12/KH-CAT", "document"]]);
    expect(r.legalReferences.map((d) => [d.number, d.docType, d.kind])).toEqual([
      ["249", "BLHS", "law_article"],
    ]);
    expect(r.articles[0]).toMatchObject({ documents: 1, legalReferences: 1 });
  });
  it("organisations and places are one row each, with kind and counts", () => {
    const r = toRows(
      extract("Công an huyện Đăk Glei phối hợp với xã Đăk Pék, huyện Đăk Glei, tỉnh Kon Tum."),
    );
    expect(r.organizations[0]).toMatchObject({
      name: "Công an huyện Đăk Glei",
      kind: "police_unit",
      level: "district",
      mentions: 1,
    });
    expect(r.places.find((p) => p.name === "huyện Đăk Glei")).toMatchObject({
      kind: "district",
      province: "Kon Tum",
      mentions: 2,
      inOrganization: 1,
    });
  });
});

describe("toRows over records (the lines of cand-nlp extract)", () => {
  const a = { id: "a.txt", ...extract(TEXT, { publishedAt: "2022-01-21" }) };
  const b = { id: "b.txt", ...extract("Ngày 10/7/2017, Công an huyện bắt quả tang đối tượng Lò Văn Tâm.") };
  const failed = { id: "records.jsonl:line:7", error: "malformed JSON" };
  const rows = toRows([a, failed, b]);
  it("every row of every table carries its article's id", () => {
    for (const [name, table] of Object.entries(rows)) {
      for (const row of table) expect(row.articleId, name).toMatch(/^(a|b)\.txt$|^records/);
    }
    expect(new Set(rows.events.map((r) => r.articleId))).toEqual(new Set(["a.txt", "b.txt"]));
    expect(rows.persons.filter((r) => r.articleId === "b.txt").map((r) => r.name)).toEqual(["Lò Văn Tâm"]);
  });
  it("one articles row per article, with title, publishedAt, author and counts", () => {
    expect(rows.articles.map((r) => r.articleId)).toEqual(["a.txt", "b.txt"]);
    expect(rows.articles[0]).toMatchObject({
      publishedAt: "2022-01-21",
      author: null,
      persons: a.persons.length,
      events: a.events.length,
      dates: a.dates.length,
    });
    for (const row of rows.articles) expect(isFlat(row)).toBe(true);
  });
  it("an error record is an errors row, not an exception", () => {
    expect(rows.errors).toEqual([{ articleId: "records.jsonl:line:7", error: "malformed JSON" }]);
    expect(toRows(failed).articles).toEqual([]);
  });
  it("a record gives the same rows alone as in a list", () => {
    expect(toRows(b).events).toEqual(rows.events.filter((r) => r.articleId === "b.txt"));
  });
});
