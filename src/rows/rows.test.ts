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
  it("an empty article gives empty tables", () => {
    expect(toRows(extract(""))).toEqual({
      persons: [],
      abbreviations: [],
      dates: [],
      numbers: [],
      documents: [],
      events: [],
      organizations: [],
      places: [],
    });
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
