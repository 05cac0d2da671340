import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectLinear } from "../../test/linear.js";
import { tokenize } from "../tokenize/tokenize.js";
import { lowerUnit } from "./atoms.js";
import { findNumbers, findNumbersInTokens } from "./find.js";
import { parseDigits } from "./parse.js";
import { NumberMentionSchema } from "./schema.js";

type Row = [text: string, value: number, kind: string, unit: string | null, approximate?: string | null];

/** One row per form of issue 5. */
const POSITIVE: Row[] = [
  ["dân số 1.234.567 người", 1234567, "cardinal", "người"],
  // a number written as a word counts before a known noun only: "ôtô" as "ô tô", "cô gái"
  ["biển số của sáu ôtô chở nhóm", 6, "cardinal", "ôtô"],
  ["hai cô gái bị lừa", 2, "cardinal", "cô gái"],
  // a number word with no other reading takes any noun, as digits do
  ["làm việc với hai cô giáo mầm non", 2, "cardinal", "cô giáo"],
  // a unit glued on the digits is no name's label, and a unit may end in 2 or 3
  ["ra bờ sông, cách nhà Tuấn 80m để phi tang", 80, "measure", "m"],
  ["nhà xưởng rộng hơn 200m2 ở xã", 200, "measure", "m2", "more_than"],
  // a number word that opens a longer word is that word ("linh kiện"), not a number
  ["xế hộp chở gần 2.000 linh kiện điện thoại", 2000, "cardinal", "linh kiện", "less_than"],
  // a range in words: both ends count ("5" here, "6" by the same rule)
  ["bị một nhóm đi trên 5 đến 6 chiếc taxi cầm dao", 5, "cardinal", "chiếc", "more_than"],
  // a measure's unit glued on a range ("60-120mm"): both ends with the unit
  ["lượng mưa phổ biến 60-120mm, cục bộ", 60, "measure", "mm"],
  ["lượng mưa phổ biến 60-120mm, cục bộ", 120, "measure", "mm"],
  // "một" before a package of goods tallies what was found
  ["Tang vật thu giữ tại chỗ là một túi ni lông", 1, "cardinal", "túi ni lông"],
  ["Công an bắt giữ 2 nghi can", 2, "cardinal", "nghi can"],
  ["nặng 3,5 kg", 3.5, "measure", "kg"],
  ["thu 1,2 triệu đồng", 1200000, "money", "đồng"],
  ["thiệt hại 5 tỷ đồng", 5000000000, "money", "đồng"],
  ["tăng 15%", 15, "percent", "%"],
  // a percentage per unit of time written as one run is a rate
  ["vay với lãi suất 15%/tháng.", 15, "percent", "%/tháng"],
  ["phạt 500.000 đồng", 500000, "money", "đồng"],
  ["2 tỷ VNĐ", 2000000000, "money", "VNĐ"],
  ["1,5 kg ma túy", 1.5, "measure", "kg"],
  ["thu giữ 5 bánh heroin", 5, "cardinal", "bánh"],
  ["200 viên ma túy tổng hợp", 200, "cardinal", "viên"],
  ["3.137,21 gam", 3137.21, "measure", "gam"],
  ["1,7934g", 1.7934, "measure", "g"],
  ["20.000 NDT", 20000, "money", "NDT"],
  ["5 tỷ 200 triệu đồng", 5200000000, "money", "đồng"],
  ["mười hai người", 12, "cardinal", "người"],
  ["hai mươi lăm cán bộ", 25, "cardinal", "cán bộ"],
  ["một trăm linh năm hộ", 105, "cardinal", "hộ"],
  ["ba nghìn hai trăm người", 3200, "cardinal", "người"],
  ["hàng trăm người", 100, "cardinal", "người", "at_least"],
  ["hàng nghìn lượt", 1000, "cardinal", "lượt", "at_least"],
  ["hai đối tượng", 2, "cardinal", "đối tượng"],
  ["30,02 kg, một xe máy và 4 điện thoại", 1, "cardinal", "xe máy"],
  ["5 xe hư hỏng, trong đó có một xe buýt", 1, "cardinal", "xe buýt"],
  ["khiến một công nhân và hai người dân bị thương", 1, "cardinal", "công nhân"],
  ["Đại hội lần thứ 72", 72, "ordinal", null],
  ["vị trí thứ 2 trong số", 2, "ordinal", null],
  ["Huân chương hạng Ba", 3, "ordinal", null],
  ["giải thưởng thứ nhất", 1, "ordinal", null],
  ["va chạm lần 2", 2, "ordinal", null],
  ["hơn 200 người", 200, "cardinal", "người", "more_than"],
  ["gần 1.000 vụ", 1000, "cardinal", "vụ", "less_than"],
  ["khoảng 50 đối tượng", 50, "cardinal", "đối tượng", "about"],
  ["ít nhất 3 người", 3, "cardinal", "người", "at_least"],
  ["tối đa 10 người", 10, "cardinal", "người", "at_most"],
  ["duy trì 490 mô hình", 490, "cardinal", "mô hình"],
  ["12 tập thể, 10 cá nhân", 12, "cardinal", "tập thể"],
  ["12 tập thể, 10 cá nhân", 10, "cardinal", "cá nhân"],
  ["22 tập thể, cá nhân", 22, "cardinal", "tập thể"],
  ["trong số 12 nhiệm vụ", 12, "cardinal", "nhiệm vụ"],
  ["09 đồng chí", 9, "cardinal", "đồng chí"],
  ["truy tố 15 đồng phạm", 15, "cardinal", "đồng phạm"],
  ["năm 2016 có 2000 người", 2000, "cardinal", "người"],
];

/** Negative twins: a number that belongs to something else and must not be reported. */
const NEGATIVE: [text: string, notText: string][] = [
  ["ngày 30/6/2022 tại", "30"],
  // a vehicle named by its wheels
  ["người điều khiển xe ba bánh bị đánh", "ba"],
  ["xe mô tô hai bánh có dung tích", "hai"],
  ["Chiều 19-1, Phòng", "19"],
  ["trong 10 năm qua", "10"],
  ["khoảng 15h50", "15"],
  ["theo Kế hoạch số 333/KH-BCĐ", "333"],
  ["phòng chống dịch COVID-19", "19"],
  ["Phòng PC02 Công an", "02"],
  ["ông A, 62 tuổi, trú tại", "62"],
  ["Ban Chỉ đạo 799 thành phố", "799"],
  ["Tiêu chí số 19 về an ninh", "19"],
  ["Nguyễn Văn A (SN 1990)", "1990"],
  ["Nguyễn Văn A, sinh năm 1990", "1990"],
  ["nhà số 12 đường Lê Lợi", "12"],
  ["gọi 0912345678", "0912345678"],
  ["đối tượng rút một con dao", "một"],
  ["bỗng xuất hiện một người đàn ông cầm gậy", "một"],
  ["gặp một cán bộ, 2 ngày sau mới về", "một"],
  ["đi bộ ra ngã 4 chợ huyện", "4"],
  ["có một nhóm đối tượng và một số người lạ", "một"],
  ["một số đơn vị", "một"],
  ["Điều 249 Bộ luật Hình sự", "249"],
  ["năm người bạn", "__never__"],
  ["lên 12B", "12"],
  ["nhà số 5 ngõ 12 phố Huế", "12"],
  ["học sinh lớp 10 trường", "10"],
  ["biển số 29A-008.43", "008"],
  ["3Đồng Nai 61", "3Đồng"],
  ["độ phân giải 1536 x 2048", "1536"],
  ["giai đoạn 2 sẽ áp dụng", "2"],
  ["ngày 7 âm lịch 2016 đạt 29.276 khách", "2016"],
  ["Số tài khoản: 102010002381523 Ngân hàng", "102010002381523"],
  ["Galaxy Note 7 Bộ Thương mại", "7"],
  // a direction or an adverb after "hai" counts nothing
  ["đường hai chiều", "hai"],
  ["cả hai rất vui", "hai"],
  // "1 chút" is "a little", no count
  ["Tôi chỉ nói 1 chút thôi", "1"],
  ["chi bộ bốn tốt", "bốn"],
  ["bỏ Thông tư 20 một cách dứt khoát", "20"],
  // only lower-case "hai" takes any noun: "Hai" is also a given name
  ["anh Hai đang sơ cứu", "Hai"],
  ["xe 29A2 bị giữ", "29A2"],
  ["biển số 29-12B bị giữ", "29-12B"],
  // "khác" (other) qualifies what went before; it counts nothing
  ["cung cấp ma túy cho các đại lý cấp 1 khác tại thành phố", "1"],
];

describe("findNumbers: each form of issue 5", () => {
  it.each(POSITIVE)("%s → %d", (text, value, kind, unit, approximate = null) => {
    const found = findNumbers(text);
    const m = found.find((n) => n.value === value);
    expect(m, JSON.stringify(found)).toBeDefined();
    expect(m?.kind).toBe(kind);
    expect(m?.unit).toBe(unit);
    expect(m?.approximate).toBe(approximate);
  });
});

describe("findNumbers: negative twins", () => {
  it.each(NEGATIVE)("%s", (text, notText) => {
    const at = text.indexOf(notText);
    if (at < 0) return;
    expect(findNumbers(text).filter((n) => n.start < at + notText.length && n.end > at)).toEqual([]);
  });
  it("a number word counts before a known noun (năm người = 5)", () => {
    expect(findNumbers("năm người bạn")[0]?.value).toBe(5);
  });
  it("five after mười/mươi is written lăm: 'năm' there is the noun year, never 15 or 25", () => {
    for (const text of ["mười năm trồng rừng", "hai mươi năm trôi qua", "hai chục năm làm nghề"])
      expect(findNumbers(text).filter((n) => n.value === 15 || n.value === 25)).toEqual([]);
    expect(findNumbers("mười lăm cán bộ")[0]?.value).toBe(15);
  });
  it("a range of amounts with thousands dots glued by a dash", () => {
    expect(findNumbers("mức giá 300.000-500.000 đồng một tháng").map((n) => [n.value, n.unit])).toEqual([
      [300000, "đồng"],
      [500000, "đồng"],
    ]);
    expect(findNumbers("giá 100-300.000 đồng")[0]?.value).toBe(100000);
  });
  it("a range before a magnitude: both ends take it, and a day-month look-alike is money", () => {
    const values = (text: string) => findNumbers(text).map((n) => [n.value, n.unit, n.range]);
    expect(values("bù lỗ từ 100 – 500 triệu đồng mỗi chiếc")).toEqual([
      [100000000, "đồng", "low"],
      [500000000, "đồng", "high"],
    ]);
    expect(values("thu 2-3 tỷ đồng")).toEqual([
      [2000000000, "đồng", "low"],
      [3000000000, "đồng", "high"],
    ]);
    // "3-5" would be 3 May after "từ": a magnitude after it makes it money
    expect(values("lương từ 3-5 triệu đồng/tháng")).toEqual([
      [3000000, "đồng/tháng", "low"],
      [5000000, "đồng/tháng", "high"],
    ]);
  });
  it("'chục' alone is ten ('gần chục xe'), 'hàng chục' and 'vài chục' are tens of", () => {
    expect(findNumbers("bắt gần chục xe ôtô")).toMatchObject([
      { text: "gần chục", value: 10, unit: "xe ôtô" },
    ]);
    expect(findNumbers("thu khoảng chục cái")[0]?.value).toBe(10);
    expect(findNumbers("vài chục người")).toEqual([]);
  });
  it("children are counted ('5-10 đứa trẻ', '3 đứa con')", () => {
    expect(findNumbers("mở lớp trông giữ 5-10 đứa trẻ").map((n) => [n.value, n.unit, n.range])).toEqual([
      [5, "đứa trẻ", "low"],
      [10, "đứa trẻ", "high"],
    ]);
  });
  it("a digit word closing a number after its magnitude: per, years, or a tenth", () => {
    const values = (text: string) => findNumbers(text).map((n) => n.value);
    expect(values("bán với giá 200 nghìn một kg")).toEqual([200000]);
    expect(values("trong 4,55 tỷ năm qua")).toEqual([4550000000]);
    expect(values("thu một triệu năm trăm nghìn đồng")).toEqual([1500000]);
    expect(values("nợ một triệu hai trăm nghìn đồng")).toEqual([1200000]);
  });
  // "Ban Chỉ đạo 389 tỉnh" is a name's label, "Hữu Nghị giá 2.000 USD" a price after one: the
  // three-word name rule cannot tell them apart yet ("nghị giá" is a dictionary word too)
  it.fails("a number after a name in title case is a count when a lower-case verb or noun stands between", () => {
    const [n] = findNumbers("thuê phòng của khách sạn Hữu Nghị giá 2.000 USD/tháng");
    expect(n).toMatchObject({ text: "2.000 USD/tháng", value: 2000 });
  });
});

describe("parseDigits", () => {
  it.each([
    ["1.234.567", 1234567],
    ["3,5", 3.5],
    ["3.137,21", 3137.21],
    ["16.02", 16.02],
    ["1,234,567", 1234567],
    ["6000", 6000],
  ])("%s → %d", (s, v) => expect(parseDigits(s)).toBe(v));
  it.each(["1.2.3", "1..2", "12,", ",5", "1.23.456", ""])("%s is not a number", (s) =>
    expect(parseDigits(s)).toBeNull(),
  );
});

describe("findNumbers: offsets and tokens", () => {
  it.each([
    "hai mươi la\u0306m ca\u0301n bô\u0323",
    "Thu\u00a05\u00a0tỷ đồng,\r\n490 mô hình",
    "gần&nbsp;1.000 vụ",
  ])("%j", (text) => {
    const found = findNumbers(text);
    expect(found.length).toBeGreaterThan(0);
    for (const n of found) expect(n.text).toBe(text.slice(n.start, n.end));
  });
  it("findNumbersInTokens gives the same result as findNumbers", () => {
    const text = "duy trì 490 mô hình, thu 5 tỷ đồng ngày 30/6/2022";
    expect(findNumbersInTokens(text, tokenize(text))).toEqual(findNumbers(text));
  });
});

describe("findNumbers: properties", () => {
  const vocab = [
    "1.234",
    "3,5",
    "15%",
    "hai",
    "mươi",
    "lăm",
    "trăm",
    "linh",
    "triệu",
    "tỷ",
    "đồng",
    "người",
    "hơn",
    "thứ",
    "hạng",
    "Ba",
    "lần",
    "-",
    "/",
    ",",
    "năm",
    "2022",
    "ngày",
    "kg",
    "một",
    "số",
    "\n",
    "\u00a0",
  ];
  const textArb = fc.oneof(
    fc.string(),
    fc.array(fc.constantFrom(...vocab), { maxLength: 40 }).map((xs) => xs.join(" ")),
    fc.array(fc.constantFrom(...vocab), { maxLength: 40 }).map((xs) => xs.join("")),
  );
  it("never throws; spans are valid, ordered, finite and match the schema", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        let last = 0;
        for (const n of findNumbers(text)) {
          expect(n.text).toBe(text.slice(n.start, n.end));
          expect(n.start).toBeGreaterThanOrEqual(last);
          expect(Number.isFinite(n.value)).toBe(true);
          last = n.end;
          NumberMentionSchema.parse(n);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("findNumbers: linear time", () => {
  it.each([
    ["number words", (n: number) => "hai mươi ".repeat(n)],
    ["dotted digits", (n: number) => "1.".repeat(n)],
    ["approximations", (n: number) => "hơn ".repeat(n)],
    ["magnitudes", (n: number) => "5 tỷ ".repeat(n)],
  ])("%s", (_name, make) => {
    expectLinear(findNumbers, make, 2000);
  });
});

describe("lowerUnit (the atoms' code-unit lower case)", () => {
  it("agrees with toLowerCase on every BMP code unit it knows, and knows the Vietnamese letters", () => {
    const disagree: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const lower = lowerUnit(c);
      if (lower !== -1 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(lower))
        disagree.push(c.toString(16));
    }
    expect(disagree).toEqual([]);
    const pairs: [string, string][] = [
      ["A", "a"],
      ["Đ", "đ"],
      ["Ơ", "ơ"],
      ["Ư", "ư"],
      ["Ấ", "ấ"],
      ["Ỹ", "ỹ"],
    ];
    for (const [upper, lower] of pairs) expect(lowerUnit(upper.charCodeAt(0))).toBe(lower.charCodeAt(0));
  });
});
