import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWordAtom } from "./atoms.js";
import { findNumbers } from "./find.js";

// Issue 10: a unit is a noun; labels, codes and words holding a number word are no quantities.
const found = (text: string) => findNumbers(text).map((n) => [n.text, n.value, n.unit]);

describe("findNumbers: what a unit is", () => {
  it.each([
    ["a verb after a count", "Cả 2 chạy vào nhà dân gần đó."],
    ["a backpack", "Đối tượng đeo ba lô màu đen."],
    ["every year", "Mỗi năm tổ chức hội thao một lần."],
    ["a house number before a street named after a person", "Trú tại 86 Triệu Việt Vương, Hà Nội."],
    ["a case code", "Chuyên án 1517M được xác lập từ đầu năm."],
  ])("%s: no number", (_, text) => {
    expect(found(text)).toEqual([]);
  });

  // A counted noun is not part of the span (only measures and money are), as before.
  it("a two-syllable noun is the whole unit", () => {
    expect(found("Dự án chia 2 giai đoạn, có 79 công trình.")).toEqual([
      ["2", 2, "giai đoạn"],
      ["79", 79, "công trình"],
    ]);
  });

  it("a number word before a counted noun from data", () => {
    expect(found("Quan hệ giữa hai nước rất tốt.")).toEqual([["hai", 2, "nước"]]);
  });

  it("a range gives both ends with the unit", () => {
    const ranges = findNumbers("Tổ chức 3-5 đợt, mỗi đợt khoảng 50 - 70 cán bộ.").map((n) => [
      n.text,
      n.value,
      n.unit,
      n.range,
    ]);
    expect(ranges).toEqual([
      ["3", 3, "đợt", "low"],
      ["5", 5, "đợt", "high"],
      ["50", 50, "cán bộ", "low"],
      ["70", 70, "cán bộ", "high"],
    ]);
  });

  it("a falling pair, a year span or a labelled range is no range", () => {
    expect(findNumbers("Giai đoạn 2016-2020 có nhiều đổi mới.").filter((n) => n.range !== null)).toEqual([]);
    expect(findNumbers("Nhà số 5-3 người dân.").filter((n) => n.range !== null)).toEqual([]);
    expect(findNumbers("Số 3-5 phố Huế.")).toEqual([]);
  });

  it("range ends slice the input and never overlap", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom("3-5 đợt", " 50 - 70 cán bộ", " 1-2 cm", ", ", "\r\n", "ba lô ", "12–15 người"),
          {
            maxLength: 12,
          },
        ),
        fc.boolean(),
        (pieces, nfd) => {
          const raw = pieces.join("");
          const text = nfd ? raw.normalize("NFD") : raw;
          let last = 0;
          for (const n of findNumbers(text)) {
            expect(text.slice(n.start, n.end)).toBe(n.text);
            expect(n.start).toBeGreaterThanOrEqual(last);
            last = n.end;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("findNumbers: counts whose noun is left out or capitalised", () => {
  // A parallel list repeats the frame ("có … có") and leaves the noun out after the first count.
  it("a bare number in a parallel frame takes the noun of the count before", () => {
    expect(found("Huyện A có 12 điểm nóng, huyện B có 7, huyện C có 5.")).toEqual([
      ["12", 12, "điểm"],
      ["7", 7, "điểm"],
      ["5", 5, "điểm"],
    ]);
  });

  it.each([
    ["another frame word", "Huyện A có 12 điểm nóng, huyện B còn 7."],
    ["another sentence", "Huyện A có 12 điểm nóng. Năm ngoái có 7."],
    ["a word after the number", "Huyện A có 12 điểm nóng, huyện B có 7 xã bị ảnh hưởng."],
  ])("no noun carried over across %s", (_, text) => {
    expect(found(text).filter(([t]) => t === "7")).toEqual(text.includes("7 xã") ? [["7", 7, "xã"]] : []);
  });

  // A caption run into the text ("… Trần Văn Bình Khoảng 300 …") is no name holding the number.
  it("an approximation word ends the name before a number", () => {
    expect(found("Đại tá Trần Văn Bình Khoảng 300 chiến sĩ đã có mặt.")).toEqual([
      ["Khoảng 300", 300, "chiến sĩ"],
    ]);
    expect(found("Ban Chỉ đạo 389 tỉnh họp.")).toEqual([]);
  });

  it("a currency or a respectful noun capitalised, standing alone", () => {
    expect(found("Giá 1.500.000 Yên, tương đương 300 triệu Đồng.")).toEqual([
      ["1.500.000 Yên", 1500000, "Yên"],
      ["300 triệu Đồng", 300000000, "Đồng"],
    ]);
    expect(found("Quan hệ giữa hai Bộ ngày càng chặt chẽ.")).toEqual([["hai", 2, "Bộ"]]);
  });

  it.each([
    ["a capitalised number word is a name", "Ông kể chuyện người Ba Tàu giàu có."],
    ["a capitalised noun heading a name", "Trong năm Bộ Công an đã tổng kết."],
    ["'năm' (also 'year') before a capitalised noun", "Trong năm Bộ đã tổng kết công tác."],
    ["a count noun after digits starts a run-in sentence", "Mẫu xe đời 2009 Chiếc xe cũ giá rẻ."],
  ])("%s: no number", (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("findNumbers: a bare amount and its currency", () => {
  const money = (text: string) => findNumbers(text).map((n) => [n.text, n.value, n.kind, n.unit]);
  it("takes the currency written with the same amount elsewhere in the text", () => {
    expect(money("Lừa đảo gần 300 triệu\nĐối tượng chiếm đoạt gần 300 triệu đồng.")).toEqual([
      ["gần 300 triệu", 300000000, "money", "đồng"],
      ["gần 300 triệu đồng", 300000000, "money", "đồng"],
    ]);
  });
  it("stays bare when no mention of that amount names a currency", () => {
    expect(money("Lừa đảo gần 300 triệu\nĐối tượng chiếm đoạt 200 triệu đồng.")).toEqual([
      ["gần 300 triệu", 300000000, "cardinal", null],
      ["200 triệu đồng", 200000000, "money", "đồng"],
    ]);
  });
});

describe("findNumbers: a counted noun outside the units table is a whole word", () => {
  it.each([
    ["Thành phố có 12 chung cư cũ.", "chung cư"],
    ["Tỉnh triển khai 5 dự án mới.", "dự án"],
    ["Đội tuyển gọi 23 cầu thủ trẻ.", "cầu thủ"],
  ])("%s", (text, unit) => {
    expect(findNumbers(text).map((n) => n.unit)).toEqual([unit]);
  });
  it("a function word the dictionary holds is no unit; a noun sharing its first syllable is", () => {
    expect(findNumbers("Phạt gấp 10 đối với người vi phạm.")).toEqual([]);
    expect(findNumbers("Đội thắng 3 đối thủ mạnh.").map((n) => n.unit)).toEqual(["đối thủ"]);
    expect(findNumbers("Xét nghiệm lần 2 đối với tài xế.").map((n) => [n.kind, n.unit])).toEqual([
      ["ordinal", null],
    ]);
  });
  it("a syllable the dictionary joins to nothing stays one syllable", () => {
    expect(findNumbers("Có 12 bậc đá dẫn lên đền.").map((n) => n.unit)).toEqual(["bậc"]);
  });
});

describe("findNumbers: a rate written as one run", () => {
  it.each([
    ["Đối tượng bán 300.000 đồng/tép.", "300.000 đồng/tép", 300000, "money", "đồng/tép"],
    ["Mỗi người thu 12 triệu đồng/tháng.", "12 triệu đồng/tháng", 12000000, "money", "đồng/tháng"],
    ["Xe chạy 90 km/h trên cao tốc.", "90 km/h", 90, "measure", "km/h"],
    ["Tuần tra 2 lần/tuần.", "2", 2, "cardinal", "lần/tuần"],
  ])("%s", (text, written, value, kind, unit) => {
    expect(findNumbers(text).map((n) => [n.text, n.value, n.kind, n.unit])).toEqual([
      [written, value, kind, unit],
    ]);
  });
  it("a slash after a word the units table lacks is no rate", () => {
    expect(findNumbers("Lớp có 3 học/sinh.").map((n) => n.unit)).not.toContain("học/sinh");
  });
  it("a measure per another unit glued to its digits is one number", () => {
    expect(found("đo nồng độ cồn cho chỉ số 0,149mg/l")).toEqual([["0,149mg/l", 0.149, "mg/l"]]);
    expect(found("nồng độ cồn 0,149mg/l khí thở, chạy 60km/h")).toEqual([
      ["0,149mg/l", 0.149, "mg/l"],
      ["60km/h", 60, "km/h"],
    ]);
  });
});

describe("isWordAtom", () => {
  // the code-unit shortcut must answer as the letters-only regular expression does
  const letters = /^[\p{L}\p{M}]+$/u;
  const atom = (norm: string) => ({
    start: 0,
    end: norm.length,
    norm,
    key: norm,
    lineStart: false,
    punct: false,
  });
  it("agrees with /^[\\p{L}\\p{M}]+$/u on every code unit of the BMP, alone and after a letter", () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isWordAtom(atom(ch)) !== letters.test(ch) || isWordAtom(atom(`a${ch}`)) !== letters.test(`a${ch}`))
        wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
  it("is false for the empty string and for no atom", () => {
    expect(isWordAtom(atom(""))).toBe(false);
    expect(isWordAtom(undefined)).toBe(false);
  });
});
