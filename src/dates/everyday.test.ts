import { describe, expect, it } from "vitest";
import { findDates } from "./dates.js";

/** A Tuesday: weekdays before it this week are Monday 29 May, after it Wednesday 31 May onwards. */
const REF = "2023-05-30";

type Row = [
  text: string,
  mentionText: string,
  kind: string,
  value: string | null,
  extra?: Record<string, unknown>,
];

const check = (text: string, mentionText: string, kind: string, value: string | null, extra = {}) => {
  const found = findDates(text, { reference: REF });
  const m = found.find((d) => d.text === mentionText);
  expect(m, JSON.stringify(found.map((d) => [d.text, d.value]))).toBeDefined();
  expect(m?.kind).toBe(kind);
  expect(m?.value).toBe(value);
  for (const [k, v] of Object.entries(extra)) expect(m?.[k as keyof typeof m]).toBe(v);
};

/** No mention of the given kinds (any kind when none given) may overlap `notText`. */
const checkNone = (text: string, notText: string, kinds?: string[]) => {
  const at = text.indexOf(notText);
  expect(at).toBeGreaterThanOrEqual(0);
  const found = findDates(text, { reference: REF });
  const hits = found.filter(
    (d) => d.start < at + notText.length && d.end > at && (!kinds || kinds.includes(d.kind)),
  );
  expect(hits.map((d) => [d.text, d.kind, d.value])).toEqual([]);
};

const WEEKDAYS: Row[] = [
  ["Đoàn sẽ về xã vào thứ Năm", "vào thứ Năm", "date", "2023-06-01", { weekday: 4, inferred: true }],
  ["Vụ việc xảy ra vào thứ hai", "vào thứ hai", "date", "2023-05-29"],
  ["Hội nghị diễn ra thứ 5 tuần sau", "thứ 5 tuần sau", "date", "2023-06-08"],
  ["Thứ sáu tuần này, trường tổ chức lễ", "Thứ sáu tuần này", "date", "2023-06-02"],
  ["Cửa hàng đóng cửa thứ bảy tuần trước", "thứ bảy tuần trước", "date", "2023-05-27"],
  ["Chủ nhật vừa rồi, nhóm bạn đi dã ngoại", "Chủ nhật vừa rồi", "date", "2023-05-28"],
  ["thứ hai tới anh ấy đi công tác", "thứ hai tới", "date", "2023-06-05"],
  ["chiều thứ Tư, công an phường tuần tra", "chiều thứ Tư", "date", "2023-05-24", { partOfDay: "afternoon" }],
  ["Cửa hàng mở đến trưa chúa nhật", "trưa chúa nhật", "date", "2023-05-28"],
  ["Lịch họp: t2 tuần sau", "t2 tuần sau", "date", "2023-06-05"],
  ["Hẹn gặp nhau vào CN", "vào CN", "date", "2023-05-28", { weekday: 7 }],
  ["Sự việc xảy ra hôm thứ Ba (23/5)", "hôm thứ Ba (23/5)", "date", "2023-05-23", { weekday: 2 }],
  // a weekday that disagrees with the date: the date wins, the mismatch is said
  ["thứ Hai, ngày 31/5/2023", "thứ Hai, ngày 31/5/2023", "date", "2023-05-31", { weekdayMismatch: true }],
  ["thứ Tư, ngày 31/5/2023", "thứ Tư, ngày 31/5/2023", "date", "2023-05-31", { weekdayMismatch: undefined }],
  ["sáng thứ Hai tuần sau lúc 9 giờ", "sáng thứ Hai tuần sau lúc 9 giờ", "datetime", "2023-06-05T09:00"],
  ["chủ nhật qua, trời mưa", "chủ nhật qua", "date", "2023-05-28"],
  ["lúc 7:30 chiều thứ 6", "lúc 7:30 chiều thứ 6", "datetime", "2023-05-26T19:30"],
];

const NOT_WEEKDAYS: [text: string, notText: string][] = [
  ["Đây là lần thứ hai anh bị bắt", "thứ hai"],
  ["Thứ ba là việc kiểm tra hồ sơ", "Thứ ba"],
  ["Đội bóng xếp thứ năm trên bảng", "thứ năm"],
  ["Anh ấy đạt hạng nhì chung cuộc", "nhì"],
  ["người thứ tư trong danh sách", "thứ tư"],
  ["ở thế hệ thứ 4 này, hãng đổi động cơ", "thứ 4"],
  ["Mẫu T2 có giá rẻ hơn", "T2"],
  ["ngày thứ hai của hội nghị", "thứ hai"],
  ["phiên giao dịch thứ 2 sau kỳ nghỉ", "thứ 2"],
  ["họp vào mỗi tối thứ 7 và chủ nhật hàng tuần", "thứ 7 và chủ nhật"],
];

const CLOCK: Row[] = [
  ["Lúc 15:30, xe chạy qua cầu", "Lúc 15:30", "datetime", "2023-05-30T15:30", { inferred: true }],
  // about an hour of the day, with no word of a span: the time, not sixteen hours
  ["Khoảng 16 giờ, anh về tới nhà", "Khoảng 16 giờ", "datetime", "2023-05-30T16:00"],
  ["mất khoảng 2 giờ mới dập tắt", "khoảng 2 giờ", "duration", null, { duration: "PT2H" }],
  ["khoảng 3 giờ trước, xe đã qua", "khoảng 3 giờ trước", "duration", null, { duration: "PT3H" }],
  ["khoảng 14 tiếng sau, đoàn tới", "khoảng 14 tiếng sau", "duration", null, { duration: "PT14H" }],
  ["đến 15h30 thì đoàn dừng", "15h30", "datetime", "2023-05-30T15:30"],
  ["buổi lễ bắt đầu 10 giờ 45 phút", "10 giờ 45 phút", "datetime", "2023-05-30T10:45"],
  [
    "Anh về nhà 3 giờ rưỡi chiều",
    "3 giờ rưỡi chiều",
    "datetime",
    "2023-05-30T15:30",
    { partOfDay: "afternoon" },
  ],
  ["Tàu chạy 11 giờ kém 15", "11 giờ kém 15", "datetime", "2023-05-30T10:45"],
  ["Mời đến 7 giờ tối nay", "7 giờ tối nay", "datetime", "2023-05-30T19:00"],
  ["hẹn 12 giờ trưa mai", "12 giờ trưa mai", "datetime", "2023-05-31T12:00"],
  ["tối 8 giờ ngày 20/5 đoàn đến", "tối 8 giờ ngày 20/5", "datetime", "2023-05-20T20:00"],
  ["1 giờ trưa thì xong", "1 giờ trưa", "datetime", "2023-05-30T13:00"],
  ["Ngày 20/5/2021, đến 21 giờ 30 phút, đoàn về", "21 giờ 30 phút", "datetime", "2021-05-20T21:30"],
  ["camera ghi lúc 4:31:46", "lúc 4:31:46", "datetime", "2023-05-30T04:31"],
  ["khoảng 3h10’ ngày 7/5", "khoảng 3h10’ ngày 7/5", "datetime", "2023-05-07T03:10"],
  ["đúng 8 giờ sáng, lễ khai mạc", "đúng 8 giờ sáng", "datetime", "2023-05-30T08:00"],
  ["ngày mai lúc 9 giờ họp", "ngày mai lúc 9 giờ", "datetime", "2023-05-31T09:00"],
  [
    "mở cửa từ 8 giờ đến 10 giờ 30",
    "từ 8 giờ đến 10 giờ 30",
    "range",
    null,
    { from: "2023-05-30T08:00", to: "2023-05-30T10:30" },
  ],
];

const NOT_CLOCK: [text: string, notText: string, kinds?: string[]][] = [
  ["đồng hồ chỉ 7 giờ 61 phút", "7 giờ 61 phút"],
  ["hẹn lúc 25h", "25h"],
  ["mạng 4G phủ sóng toàn tỉnh", "4G"],
  ["xe chạy 3 giờ liền không nghỉ", "3 giờ", ["datetime"]],
  ["thắng với tỷ số 2:1", "2:1"],
  ["giá 15.000 đồng một cân", "15.000"],
  ["gọi số 0912 345 678 để báo", "0912 345 678"],
  ["gói hàng nặng 5 kg", "5 kg"],
  ["sau 2 giờ đồng hồ", "2 giờ", ["datetime"]],
];

const RELATIVE: Row[] = [
  ["3 ngày trước, anh ta bỏ trốn", "3 ngày trước", "relative", "2023-05-27", { duration: "P3D" }],
  ["5 năm trước ông từng làm ở đây", "5 năm trước", "relative", "2018", { duration: "P5Y" }],
  ["2 tuần nữa khánh thành", "2 tuần nữa", "relative", "2023-06-13", { duration: "P2W" }],
  ["cách đây 2 tháng, đoàn đã về", "cách đây 2 tháng", "relative", "2023-03", { duration: "P2M" }],
  ["hai ngày nữa đoàn về", "hai ngày nữa", "relative", "2023-06-01"],
  // "sau" counts from the day the text last spoke of
  ["Ngày 10/5/2023 xảy ra cháy. 3 ngày sau, nghi phạm bị bắt", "3 ngày sau", "relative", "2023-05-13"],
  ["Ngày 15, đoàn về xã", "Ngày 15", "date", "2023-05-15", { day: 15 }],
  ["ngày 3 tới sẽ họp", "ngày 3 tới", "date", "2023-06-03"],
  ["kế hoạch cho năm tiếp theo", "năm tiếp theo", "relative", "2024"],
  ["doanh thu quý này tăng", "quý này", "quarter", "2023-Q2", { from: "2023-04", to: "2023-06" }],
  ["so với quý trước", "quý trước", "quarter", "2023-Q1"],
  ["tối mai sẽ có mưa", "tối mai", "relative", "2023-05-31", { partOfDay: "evening" }],
  ["trưa mai họp", "trưa mai", "relative", "2023-05-31", { partOfDay: "noon" }],
  ["tối hôm qua xảy ra cháy", "tối hôm qua", "relative", "2023-05-29", { partOfDay: "evening" }],
  ["sáng ngày mai đoàn xuất phát", "sáng ngày mai", "relative", "2023-05-31", { partOfDay: "morning" }],
  // within a span: a length of time, not a day
  ["trong 3 ngày tới trời nắng", "3 ngày tới", "duration", null, { duration: "P3D" }],
  ["trong 10 năm qua", "10 năm qua", "duration", null, { duration: "P10Y" }],
];

const NOT_RELATIVE: [text: string, notText: string, kinds?: string[]][] = [
  ["kế hoạch cho các năm tiếp theo", "năm tiếp theo"],
  ["nghỉ một tháng trước khi trở lại", "một tháng trước khi", ["relative"]],
  ["cô Mai đến nhà", "Mai"],
  ["những tuần qua rất bận", "tuần qua"],
  ["loại đá quý này rất hiếm", "quý này"],
  ["2 năm sau ngày quen biết, họ cưới", "2 năm sau ngày", ["relative"]],
];

const WORDS_AND_FORMS: Row[] = [
  ["Trong tháng ba năm 2021, đơn vị", "tháng ba năm 2021", "month", "2021-03"],
  ["dự án khởi công vào tháng Mười", "tháng Mười", "month", "2022-10", { inferred: true }],
  ["tháng mười một năm 2020", "tháng mười một năm 2020", "month", "2020-11"],
  ["vào ngày 11 tháng Một 2017 vừa qua", "vào ngày 11 tháng Một 2017", "date", "2017-01-11"],
  ["ngày mười lăm tháng ba đoàn về", "ngày mười lăm tháng ba", "date", "2023-03-15"],
  ["mồng hai tháng chín năm 1945", "mồng hai tháng chín năm 1945", "date", "1945-09-02"],
  ["ngày 1 tháng năm, trời mưa", "ngày 1 tháng năm", "date", "2023-05-01"],
  ["Chiến thắng 7 tháng 5 năm 1954 lừng lẫy", "7 tháng 5 năm 1954", "date", "1954-05-07"],
  ["hạn nộp 3/3/17", "3/3/17", "date", "2017-03-03"],
  ["sinh nhật 31/12/99 của anh", "31/12/99", "date", "1999-12-31"],
  ["phát hành 2024-03-15 tại Hà Nội", "2024-03-15", "date", "2024-03-15"],
  ["ghi nhận 2024-03-15T10:20", "2024-03-15T10:20", "datetime", "2024-03-15T10:20"],
  [
    "tháng 3 tới tháng 5 năm 1975",
    "tháng 3 tới tháng 5 năm 1975",
    "range",
    null,
    { from: "1975-03", to: "1975-05" },
  ],
  [
    "từ tháng 11 đến tháng 2/2020",
    "từ tháng 11 đến tháng 2/2020",
    "range",
    null,
    { from: "2019-11", to: "2020-02" },
  ],
];

const NOT_DATES: [text: string, notText: string, kinds?: string[]][] = [
  ["mỗi tháng hai lần", "tháng hai"],
  ["bị tuyên phạt án 7 tháng 5 ngày tù", "7 tháng 5", ["date"]],
  ["nhà số 12/3/15 đường Lê Lợi", "12/3/15"],
  ["mất khoảng 1-2 tuần để hoàn thành", "1-2", ["date", "range"]],
  ["trường Mầm non 19/5 khai giảng", "19/5"],
  ["cho thuê khu đất 8-12 Lê Duẩn không qua đấu thầu", "8-12"],
  ["tại Trường THCS 3/2 tổ chức lễ", "3/2"],
  ["trên đường 3/2 có tai nạn", "3/2"],
  ["thắng lợi của Cách mạng Tháng Tám", "Tháng Tám"],
  ["mỗi tháng trả từ 1 - 2 triệu đồng", "1 - 2"],
  ["trong khoảng 2-3 năm tới", "2-3 năm tới", ["date", "relative"]],
  ["Từ ngày mùng 2 - 10 Tết, chợ đông", "mùng 2 - 10", ["date"]],
  // impossible dates and times give nothing at all
  ["ngày 0 tháng 4 năm 2000", "ngày 0 tháng 4 năm 2000"],
  ["ngày 31 tháng 4 năm 2000", "ngày 31 tháng 4 năm 2000"],
  ["ngày 30/2/2020 hồ sơ", "30/2/2020"],
];

const LUNAR: Row[] = [
  [
    "ngày mồng 2 tháng 9 năm 1945",
    "ngày mồng 2 tháng 9 năm 1945",
    "date",
    "1945-09-02",
    { calendar: "solar" },
  ],
  ["mồng 2 tháng 9 đoàn diễu hành", "mồng 2 tháng 9", "date", "2022-09-02", { calendar: "solar" }],
  ["mùng 5 tháng Giêng", "mùng 5 tháng Giêng", "date", "2024-02-14", { calendar: "lunar" }],
  ["mồng 10 tháng 3 âm lịch", "mồng 10 tháng 3 âm lịch", "date", "2023-04-29", { calendar: "lunar" }],
];

describe("weekdays: days where the context makes them one", () => {
  it.each(WEEKDAYS)("%s", check);
  it.each(NOT_WEEKDAYS)("no date in %j", (text, notText) => checkNone(text, notText));
  it("without a reference, a weekday alone is reported with value null", () => {
    const [m] = findDates("vào thứ Hai, đoàn về");
    expect(m).toMatchObject({ text: "vào thứ Hai", value: null, weekday: 1 });
  });
  it("'tới' between two weekdays links them into a range; it is not 'the coming Monday'", () => {
    const found = findDates("mở cửa từ thứ Hai tới thứ Sáu", { reference: REF });
    expect(found).toMatchObject([
      { text: "từ thứ Hai tới thứ Sáu", kind: "range", from: "2023-05-29", to: "2023-06-02" },
    ]);
  });
});

describe("clock times, on the day written nearby, the narrative's or the reference's", () => {
  it.each(CLOCK)("%s", check);
  it.each(NOT_CLOCK)("no time in %j", checkNone);
});

describe("relative expressions anchored at the reference", () => {
  it.each(RELATIVE)("%s", check);
  it.each(NOT_RELATIVE)("no relative date in %j", checkNone);
});

describe("months and days in words, dates without 'ngày', two-digit years, ISO dates, ranges", () => {
  it.each(WORDS_AND_FORMS)("%s", check);
  it.each(NOT_DATES)("no date in %j", checkNone);
});

describe("lunar only with a lunar cue", () => {
  it.each(LUNAR)("%s", check);
});

describe("partial dates in a text without reference (issue 10)", () => {
  it("take the one year all complete dates of the text share, beyond a week", () => {
    const found = findDates("Ngày 20/4/2017, công an bắt giữ đối tượng. Sáng 1/6, tòa án xét xử.");
    expect(found.find((m) => m.text === "Sáng 1/6")).toMatchObject({ value: "2017-06-01", inferred: true });
  });
  it("months take that year too", () => {
    const found = findDates("Ngày 20/4/2017, đoàn về xã. Trong tháng 8, đoàn trở lại.");
    expect(found.find((m) => m.text === "tháng 8")?.value).toBe("2017-08");
  });
  it("'2 ngày 10 và 11/5/2017' is the two days, not a duration and one day", () => {
    const found = findDates("Trong 2 ngày 10 và 11/5/2017, hội thảo diễn ra tại Hội An.");
    expect(found.map((m) => [m.text, m.from, m.to])).toEqual([
      ["ngày 10 và 11/5/2017", "2017-05-10", "2017-05-11"],
    ]);
    expect(findDates("Trong 2 ngày qua, đoàn đã làm việc.")[0]?.duration).toBe("P2D");
  });
  it("two days of different months glued by a dash are one range", () => {
    const found = findDates("nghỉ Tết từ 26/1-1/2 và từ 30/12/2016-2/1/2017", { reference: "2017-02-10" });
    expect(found.map((m) => [m.text, m.from, m.to])).toEqual([
      ["từ 26/1-1/2", "2017-01-26", "2017-02-01"],
      ["từ 30/12/2016-2/1/2017", "2016-12-30", "2017-01-02"],
    ]);
  });
  it("days of one month with a spaced dash are one range after a word of time", () => {
    const found = findDates(
      "Trong 3 ngày từ 2 – 4/2, phòng làm việc cả ngày nghỉ; ngày 10 - 12/5/2017 hội thảo",
      {
        reference: "2017-02-10",
      },
    );
    expect(found.filter((m) => m.kind === "range").map((m) => [m.text, m.from, m.to])).toEqual([
      ["từ 2 – 4/2", "2017-02-02", "2017-02-04"],
      ["ngày 10 - 12/5/2017", "2017-05-10", "2017-05-12"],
    ]);
  });
  it("a bare year after 'từ' opens a range to a later year, a month of one, or now", () => {
    const found = findDates("từ 2008 đến 2010, từ 2008 đến tháng 9.2010 và từ 2011 đến nay", {
      reference: "2017-02-10",
    });
    expect(found.map((m) => [m.text, m.from, m.to])).toEqual([
      ["từ 2008 đến 2010", "2008", "2010"],
      ["từ 2008 đến tháng 9.2010", "2008", "2010-09"],
      ["từ 2011 đến nay", "2011", "2017-02-10"],
    ]);
    expect(findDates("tăng từ 2008 lên 2010")).toEqual([]);
  });
  it("'trở lại đây' closes a span as 'qua' does, and a dash may part Tết's name from its year", () => {
    expect(findDates("Trong 10 năm trở lại đây, tình hình")[0]).toMatchObject({
      text: "10 năm trở lại đây",
      duration: "P10Y",
    });
    expect(findDates("dịp Tết Nguyên đán Đinh Dậu – 2017, lực lượng")[0]).toMatchObject({
      text: "Tết Nguyên đán Đinh Dậu – 2017",
      value: "2017-01-28",
    });
  });
  it("a dashed pair before a magnitude is money, even after 'từ'", () => {
    expect(findDates("lương từ 3-5 triệu đồng/tháng")).toEqual([]);
  });
  it("a range to a day of Tết reads its first end in the lunar calendar", () => {
    const found = findDates("nghỉ từ ngày 29 đến mùng 5 Tết, trực từ mùng 1 đến hết mùng 3 Tết", {
      reference: "2017-02-10",
    });
    // Tết Đinh Dậu fell on 28 January 2017; the 29th of the last month before it on the 26th
    expect(found.map((m) => [m.text, m.from, m.to])).toEqual([
      ["từ ngày 29 đến mùng 5 Tết", "2017-01-26", "2017-02-01"],
      ["từ mùng 1 đến hết mùng 3 Tết", "2017-01-28", "2017-01-30"],
    ]);
    expect(findDates("từ 5 đến mùng 3 Tết").map((m) => m.text)).toEqual(["mùng 3 Tết"]);
    expect(findDates("mùng 6 Tết Xuân Đinh Dậu 2017")[0]).toMatchObject({
      text: "mùng 6 Tết Xuân Đinh Dậu 2017",
      value: "2017-02-02",
    });
  });
  it("a day and month written with a dash before a counted noun, with no word of time, is a count", () => {
    expect(findDates("mở lớp trông giữ 5-10 đứa trẻ tại nhà")).toEqual([]);
    expect(findDates("Sáng 5-10 người dân tập trung").map((m) => m.text)).toEqual(["Sáng 5-10"]);
  });
  it("a count of days written with a thousands dot is a duration", () => {
    const found = findDates("bị giam oan 5.028 ngày, hơn 2.600 năm trước");
    expect(found.map((m) => [m.text, m.duration])).toEqual([
      ["5.028 ngày", "P5028D"],
      ["hơn 2.600 năm trước", "P2600Y"],
    ]);
    // a money cell of a table before a month is no duration
    expect(findDates("190.000.000  Tháng 12/2016").map((m) => m.text)).toEqual(["Tháng 12/2016"]);
  });
  it("when the complete dates disagree, the latest anchors as before", () => {
    const found = findDates("Ngày 20/4/2016 và ngày 3/1/2018 đoàn về. Sáng 1/6, tòa xử.");
    expect(found.find((m) => m.text === "Sáng 1/6")?.value).toBe("2017-06-01");
  });
  it("with no year to be known, month and day are still reported", () => {
    const [m] = findDates("Chiều 19-1, Phòng tổ chức hội nghị");
    expect(m).toMatchObject({ text: "Chiều 19-1", value: null, month: 1, day: 19, inferred: false });
  });
  it("a reference keeps its say over the text's year", () => {
    const found = findDates("Ngày 20/4/2017, luật có hiệu lực. Sáng 1/7, tòa xử.", { reference: REF });
    expect(found.find((m) => m.text === "Sáng 1/7")?.value).toBe("2022-07-01");
  });
});
