import { describe, expect, it } from "vitest";
import { expectLinear } from "../../test/linear.js";
import { extract } from "../extract.js";
import { EventSchema } from "./index.js";

// Invented sentences (no corpus text): what each event type looks like in police news.
const eventsOf = (text: string, publishedAt = "2022-01-21") => extract(text, { publishedAt }).events;

describe("events: positive table", () => {
  it.each([
    ["Chiều 19-1, Công an quận tổ chức hội nghị tổng kết công tác năm 2021.", "meeting", "2022-01-19"],
    [
      "Sáng 10-1, Bộ Công an tổ chức hội nghị trực tuyến triển khai công tác năm 2022.",
      "meeting",
      "2022-01-10",
    ],
    ["Đại tá Nguyễn Văn An trao Bằng khen của Bộ trưởng cho 5 tập thể.", "award", null],
    ["Thượng tá Lê Văn Bình phát biểu chỉ đạo tại hội nghị.", "speech", null],
    ["Công an tỉnh phát động phong trào thi đua “Vì an ninh Tổ quốc” năm 2022.", "campaign", null],
    ["Tổ công tác thu giữ 2 kg ma túy đá.", "seizure", null],
    // "Cần" of "Cần Thơ" is no modal ("cần": need)
    ["Công an TP Cần Thơ phối hợp với Công an tỉnh Khánh Hòa bắt giữ Đỗ Văn Trường.", "arrest", null],
    // … nor after the dot of an abbreviated level; an arrest of a named person is dated by its month
    ["Cuối tháng 3-2019, Công an TP. Cần Thơ tiến hành bắt giữ Đỗ Văn Trường.", "arrest", "2019-03"],
    [
      "Ngày 5/1/2022, Giám đốc Công an tỉnh ban hành Kế hoạch số 12/KH-CAT về bảo đảm an ninh.",
      "document",
      "2022-01-05",
    ],
    [
      "Ngày 8/1/2022, Công an huyện bắt quả tang đối tượng Lò Văn Tâm đang mua bán ma túy.",
      "arrest",
      "2022-01-08",
    ],
    [
      "Cơ quan CSĐT đã khởi tố vụ án, khởi tố bị can đối với Trần Văn Hải về tội “Cướp tài sản”.",
      "prosecution",
      null,
    ],
    ["Lực lượng chức năng thu giữ 2 kg ma túy đá và 3 khẩu súng.", "seizure", null],
    [
      "Khoảng 6 giờ ngày 14/1/2022, xe tải va chạm với xe khách trên quốc lộ 1A.",
      "accident",
      "2022-01-14T06:00",
    ],
    ["Rạng sáng 15/1/2022, vụ cháy lớn xảy ra tại một xưởng gỗ.", "fire", "2022-01-15"],
    ["Cảnh sát đã cưa cửa xe cứu 3 người mắc kẹt trong ca bin.", "rescue", null],
    ["Công an huyện đã bắt 3 đối tượng trộm cắp tài sản.", "arrest", null],
  ])("%s → %s", (text, type, date) => {
    const events = eventsOf(text);
    const e = events.find((x) => x.type === type);
    expect(e).toBeDefined();
    expect(e?.date ?? null).toBe(date);
    for (const x of events) EventSchema.parse(x);
    expect(text.slice(e?.trigger.start, e?.trigger.end)).toBe(e?.trigger.text);
  });

  it("type fields: meeting subtype and online, speech purpose, seizure items, prosecution charge", () => {
    const [meeting] = eventsOf("Chiều 10-1, Bộ tổ chức hội nghị trực tuyến sơ kết công tác 6 tháng.");
    expect(meeting?.type === "meeting" && [meeting.subtype, meeting.online]).toEqual([
      "interim_review",
      true,
    ]);
    const [speech] = eventsOf("Trung tá Lê Văn Bình trình bày báo cáo tổng kết.");
    expect(speech?.type === "speech" && speech.purpose).toBe("report");
    const [seizure] = eventsOf("Tổ công tác thu giữ 2 kg ma túy đá.");
    expect(seizure?.type === "seizure" && seizure.items[0]?.quantity?.value).toBe(2);
    const [prosecution] = eventsOf("Công an huyện khởi tố bị can Trần Văn Hải về tội “Cướp tài sản”.");
    expect(prosecution?.type === "prosecution" && prosecution.charge).toBe("Cướp tài sản");
  });

  it("roles: the chair of a meeting, the suspect of an arrest", () => {
    const a = extract(
      "Chiều 19-1, Đại tá Nguyễn Văn An chủ trì hội nghị tổng kết. Công an bắt giữ đối tượng Lò Văn Tâm.",
    );
    const id = (name: string) => a.persons.find((p) => p.name === name)?.id;
    expect(a.events.find((e) => e.type === "meeting")?.persons).toContainEqual({
      personId: id("Nguyễn Văn An"),
      role: "chair",
    });
    expect(a.events.find((e) => e.type === "arrest")?.persons).toContainEqual({
      personId: id("Lò Văn Tâm"),
      role: "suspect",
    });
  });

  it("one happening told twice is one event: a caption and its paragraph", () => {
    const text = [
      "Chiều 19-1, Công an quận tổ chức hội nghị tổng kết.",
      "Đại tá Nguyễn Văn An trao danh hiệu “Đơn vị Quyết thắng” tặng tập thể xuất sắc",
      "Tại hội nghị, Đại tá Nguyễn Văn An trao danh hiệu “Đơn vị Quyết thắng” tặng Phòng Tham mưu.",
    ].join("\n");
    const awards = eventsOf(text).filter((e) => e.type === "award");
    expect(awards).toHaveLength(1);
    expect(awards[0]?.rule).toContain("merged");
  });
});

describe("events: negative table", () => {
  it.each([
    "Đơn vị làm tốt công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ.",
    "Tiếp tục kéo giảm tai nạn giao thông trên cả ba tiêu chí.",
    "Công an xác định không khởi tố vụ án.",
    "Các đơn vị cần phát động phong trào thi đua sâu rộng.",
    "Trong năm, lực lượng đã khám phá 34 vụ, bắt 46 đối tượng.",
    "Chương trình bắt đầu từ năm 2005 với nhiều hoạt động.",
    "Cán bộ cần nắm bắt tình hình, nghiên cứu kỹ các văn bản.",
    "Thực hiện Nghị quyết Đại hội Đảng bộ lần thứ XII.",
    "“Tôi rất sợ”, chị Nguyễn Thị Lan nói.",
    "Ông Nguyễn Văn An tặng quà cho các gia đình chính sách.",
    "Nhà trường không nên bắt học sinh đi học quá sớm.",
    "Xe cứu thương đưa người bệnh tới bệnh viện.",
    "Các lái xe cần chú ý, không để xảy ra tai nạn giao thông.",
    // a case passed up to a higher body: no one speaking at an event
    "Ông Lê Văn Hoàng, Trạm trưởng Trạm kiểm lâm, cho hay đã báo cáo lên Hạt kiểm lâm huyện để xử lý.",
    // a repeated happening is no one event
    "Ban quản lý rừng đã nhiều lần báo cáo và đề nghị huyện xử lý.",
    // (a capitalised modal before a lower-case word is still a modal)
    "Cần bắt giữ ngay đối tượng Lò Văn Tâm.",
  ])("no event: %s", (text) => {
    expect(eventsOf(text)).toEqual([]);
  });
});

describe("events: linear time on pathological input", () => {
  it("one endless sentence full of award clauses", () => {
    expectLinear(extract, (n) => "Đại tá Nguyễn Văn An trao Bằng khen cho đơn vị; ".repeat(n), 250);
  });
});

describe("events: linear time over many events", () => {
  it("thousands of arrests of different people", () => {
    const surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"];
    const text = (n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          `Công an bắt giữ đối tượng ${surnames[i % 8]} Văn ${surnames[(i >> 3) % 8]} ${surnames[(i >> 6) % 8]}.`,
      ).join("\n");
    expectLinear(extract, text, 125);
  });
});

describe("events: a month dates an arrest only of someone named", () => {
  it("an arrest counted over a month is the month's figures: no date", () => {
    const [e] = eventsOf("Trong tháng 3/2019, Công an huyện bắt giữ 34 đối tượng.");
    expect(e?.type).toBe("arrest");
    expect(e?.date).toBeNull();
  });
});

describe("events: organisations", () => {
  it("a named unit is an organisation of its event", () => {
    const [event] = eventsOf("Công an quận Lê Chân tổ chức hội nghị tổng kết công tác năm 2021.");
    expect(event?.organizations).toEqual(["Công an quận Lê Chân"]);
  });
  it("a head noun alone names no organisation", () => {
    const [event] = eventsOf("Sở đã tổ chức hội nghị tổng kết công tác năm 2021.");
    expect(event?.type).toBe("meeting");
    expect(event?.organizations).toEqual([]);
  });
});

describe("events: a working session with a unit", () => {
  it("is held at the unit, and a unit named in capitals is no questioning", () => {
    const [event] = eventsOf("Sáng 7-2, đoàn công tác của Bộ Công an làm việc với Công an tỉnh Sóc Trăng.");
    expect(event).toMatchObject({ type: "meeting", location: "Công an tỉnh Sóc Trăng" });
  });
  it("'làm việc với công an' in lower case is still questioning", () => {
    expect(eventsOf("Chiều 7-2, nghi phạm đã đến làm việc với công an.")).toEqual([]);
  });
});

describe("events: one award told twice is one event however its name is spaced", () => {
  it.each([
    ["plain", " "],
    ["NBSP", "\u00a0"],
    ["&nbsp;", "&nbsp;"],
  ])("%s", (_form, space) => {
    const text = `Đại tá Lê Văn An trao danh hiệu “Đơn vị Quyết thắng” cho 3 tập thể.\nĐại tá Lê Văn An trao danh hiệu “Đơn vị${space}Quyết thắng” tặng tập thể xuất sắc.`;
    expect(eventsOf(text).filter((e) => e.type === "award")).toHaveLength(1);
  });
});
