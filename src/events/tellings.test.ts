import { describe, expect, it } from "vitest";
import { extract } from "../extract.js";

// Invented sentences (no corpus or gold text): when two tellings are one happening and when two.
const eventsOf = (text: string, publishedAt?: string) =>
  extract(text, publishedAt === undefined ? undefined : { publishedAt }).events;

const namesOf = (text: string, type: string, publishedAt?: string) => {
  const a = extract(text, publishedAt === undefined ? undefined : { publishedAt });
  const name = new Map(a.persons.map((p) => [p.id, p.name]));
  return a.events
    .filter((e) => e.type === type)
    .map((e) => e.persons.map((r) => name.get(r.personId)).sort());
};

describe("events: one award name, two givings", () => {
  it("the same flag given by two officers to two units is two awards", () => {
    const text =
      "Đại tá Nguyễn Văn An trao Cờ thi đua xuất sắc tặng Phòng Tham mưu. Thượng tá Lê Văn Bình trao Cờ thi đua xuất sắc cho Phòng Hậu cần.";
    expect(namesOf(text, "award")).toEqual([["Nguyễn Văn An"], ["Lê Văn Bình"]]);
  });
  it("a title given to a unit and then to a named hero's family is two awards", () => {
    const text =
      "Chủ tịch nước Trần Văn Minh trao danh hiệu Anh hùng Lực lượng vũ trang nhân dân tặng Công an tỉnh Bắc Giang. Chủ tịch nước Trần Văn Minh trao danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho gia đình Liệt sĩ Hoàng Văn Sơn.";
    expect(eventsOf(text).filter((e) => e.type === "award")).toHaveLength(2);
  });
  it("a caption and its paragraph naming the same giver stay one award", () => {
    const text =
      "Đại tá Nguyễn Văn An trao Giấy khen cho anh Lê Văn Bình. Sáng 5/4, tại trụ sở Công an huyện, Đại tá Nguyễn Văn An đã trao Giấy khen cho anh Lê Văn Bình vì đã dũng cảm bắt cướp.";
    expect(eventsOf(text, "2022-06-30").filter((e) => e.type === "award")).toHaveLength(1);
  });
  it("a reward by a verb alone to another body is its own giving", () => {
    const text =
      "Bí thư Tỉnh ủy Phạm Văn Tùng thưởng nóng cho Công an tỉnh Hà Nam. Công an tỉnh trao Giấy khen cho Công an huyện Lý Nhân.";
    expect(eventsOf(text).filter((e) => e.type === "award")).toHaveLength(2);
  });
  it("the first syllable of a rank names nobody ('Trung tướng' is no use of '… Trung')", () => {
    const text =
      "Đại tá Nguyễn Hải Trung dự hội nghị. Trung tướng Lê Văn Khải trao Bằng khen cho Phòng Tham mưu.";
    expect(namesOf(text, "award")).toEqual([["Lê Văn Khải"]]);
  });
});

describe("events: gatherings on two days or at two places", () => {
  it("talks in the capital and a delegation's visit to a plant the same day are two meetings", () => {
    const events = eventsOf(
      "Ngày 3/6/2022, tại Hà Nội, Thượng tướng Tô Văn Lâm hội đàm với Đoàn đại biểu Bộ Nội vụ Slovakia. Cùng ngày, Thượng tướng Tô Văn Lâm và Đoàn đại biểu đã tới thăm Khu công nghiệp Quang Minh.",
    ).filter((e) => e.type === "meeting");
    expect(events.map((e) => e.location)).toEqual(["Hà Nội", "Khu công nghiệp Quang Minh"]);
  });
  it("a press conference on one day and a conference on the next are two meetings, also without a year", () => {
    const text =
      "Ngày 28/6, Bộ Công an tổ chức họp báo tại Hà Nội. Sáng 29/6, Công an tỉnh Yên Bái tổ chức hội nghị giao ban.";
    expect(eventsOf(text).filter((e) => e.type === "meeting")).toHaveLength(2);
  });
});

describe("events: who was caught", () => {
  const roles = (text: string, type: string) => {
    const a = extract(text, { publishedAt: "2022-06-30" });
    const name = new Map(a.persons.map((p) => [p.id, p.name]));
    return a.events
      .filter((e) => e.type === type)
      .map((e) => Object.fromEntries(e.persons.map((r) => [name.get(r.personId), r.role])));
  };
  it("an official with a position but no rank held by the police is a suspect, not an officer", () => {
    expect(
      roles(
        "Ngày 9/6, Công an tỉnh ra quyết định tạm giữ hình sự đối với Lê Văn Tùng (Trưởng khoa Dược của bệnh viện tỉnh).",
        "arrest",
      ),
    ).toEqual([{ "Lê Văn Tùng": "suspect" }]);
  });
  it("with a passive, who is named after the verb was not caught by it; the later arrest is another", () => {
    const text =
      "Tại cơ quan điều tra, đối tượng Trần Thị Lan khai, lúc bị công an bắt giữ đang chở hàng giúp một người khác tên là Hồ Thị Mai. Ngay sau đó, công an bắt khẩn cấp đối với Hồ Thị Mai.";
    expect(namesOf(text, "arrest", "2022-06-30")).toEqual([["Trần Thị Lan"], ["Hồ Thị Mai"]]);
  });
  it("with a passive and nobody named before it, who is named after it was caught", () => {
    expect(
      namesOf("15 đối tượng bị bắt, trong đó cầm đầu là Văn Đình Dũng (36 tuổi).", "arrest", "2022-06-30"),
    ).toEqual([["Văn Đình Dũng"]]);
  });
  it("in an article of several cases, the unnamed exhibits are of the case told just before", () => {
    const text =
      "Công an quận bắt giữ đối tượng Nguyễn Văn An và Trần Văn Bình về hành vi trộm cắp. Ở một vụ khác, Công an tỉnh tạm giữ hình sự đối tượng Lê Văn Cường. Tang vật bị cơ quan công an thu giữ.";
    expect(namesOf(text, "seizure", "2022-06-30")).toEqual([["Lê Văn Cường"]]);
  });
});

describe("events: more words for what happened", () => {
  it("held: also after 'được', 'một số', 'đối với'", () => {
    expect(namesOf("Công an huyện đã tạm giữ đối với bà Lê Thị Xuyến.", "arrest", "2022-06-30")).toEqual([
      ["Lê Thị Xuyến"],
    ]);
    expect(
      eventsOf("Cơ quan chức năng đã tạm giữ được một số đối tượng liên quan.", "2022-06-30").map(
        (e) => e.type,
      ),
    ).toContain("arrest");
  });
  it("held or subdued told in the passive needs no person after the verb", () => {
    expect(namesOf("Đối tượng Lê Văn Tâm đã bị tạm giữ.", "arrest", "2022-06-30")).toEqual([["Lê Văn Tâm"]]);
    expect(eventsOf("Đám cháy được khống chế sau hai giờ.", "2022-06-30").map((e) => e.type)).not.toContain(
      "arrest",
    );
  });
  it("a suspect subdued and taken away is arrested", () => {
    expect(
      namesOf("Công an phường đã khống chế đối tượng Trần Văn Quý đưa về trụ sở.", "arrest", "2022-06-30"),
    ).toEqual([["Trần Văn Quý"]]);
  });
  it("run over by a lorry is an accident; a body after 'thuộc' is where the victim served, not the scene", () => {
    const e = eventsOf(
      "Ngày 5/6/2022, xe tải cán tử vong Thiếu tá Lê Văn Minh, thuộc Phòng Cảnh sát giao thông Công an tỉnh Đồng Nai.",
    ).find((x) => x.type === "accident");
    expect(e?.location).toBeNull();
  });
  it("working with a delegation or a body's leaders is a meeting", () => {
    expect(
      eventsOf(
        "Ngày 4/2/2022, Phó Thủ tướng Trịnh Văn Dũng làm việc với lãnh đạo các bộ về dự án đường sắt.",
      ).map((e) => e.type),
    ).toContain("meeting");
  });
  it("an oath-taking ceremony is a meeting, also of a numbered unit", () => {
    expect(
      eventsOf("Sáng 5/6, chiến sĩ mới Trung đoàn 841 tuyên thệ dưới Quân kỳ.", "2022-06-30").map(
        (e) => e.type,
      ),
    ).toContain("meeting");
  });
  it("a decision announced is a document, placed by the sentence", () => {
    const e = eventsOf(
      "Cũng tại Yên Bái, Thanh tra tỉnh đã công bố quyết định thanh tra đột xuất.",
      "2022-06-30",
    ).find((x) => x.type === "document");
    expect(e?.location).toBe("Yên Bái");
  });
  it("someone who dived in to save the children is a rescue", () => {
    expect(
      eventsOf("Anh Đặng Văn Trình đã nhảy xuống ao cứu mấy đứa trẻ.", "2022-06-30").map((e) => e.type),
    ).toContain("rescue");
  });
  it("an opinion said at a ceremony is a speech", () => {
    const text =
      "Sáng 1/6, Thượng tá Trịnh Văn Sơn trao Giấy khen cho hai tài xế. Tại buổi trao thưởng, Thượng tá Trịnh Văn Sơn cho rằng hành động của các tài xế rất dũng cảm.";
    expect(namesOf(text, "speech", "2022-06-30")).toEqual([["Trịnh Văn Sơn"]]);
  });
});

describe("events: where it happened", () => {
  it("'ở' set off right after a person is their address; a place after a document is its subject", () => {
    expect(
      eventsOf(
        "Trước đó, Công an quận Thanh Xuân đã bắt giữ Cáp Trọng Tùng (SN 1987), ở thôn Đồng Lều, xã Bố Hạ.",
        "2022-06-30",
      )[0]?.location,
    ).toBeNull();
    expect(
      eventsOf("Ngày 5/2/2022, Công an bắt giữ Lê Văn Tâm ở thôn Đồng Lều.", "2022-06-30")[0]?.location,
    ).toBe("thôn Đồng Lều");
    const doc = eventsOf(
      "Ngày 6/2/2022, UBND tỉnh cho biết đã có văn bản gửi công an tỉnh, yêu cầu xử lý nhóm đua xe trên đường Hòa Thắng.",
    ).find((e) => e.type === "document");
    expect(doc?.location).toBeNull();
  });
  it("the place after 'xảy ra' wins, also past the time it names and a crossing's description", () => {
    const [e] = eventsOf(
      "Vụ tai nạn liên hoàn ở Hà Nội xảy ra vào khoảng 16h30 chiều 22/6/2022, tại ngã tư giao cắt giữa đường Bà Triệu – Lê Đại Hành.",
    );
    expect(e?.location).toBe("đường Bà Triệu – Lê Đại Hành");
  });
});

describe("events: participants told in another sentence", () => {
  const roles = (text: string, type: string) => {
    const a = extract(text, { publishedAt: "2022-06-30" });
    const name = new Map(a.persons.map((p) => [p.id, p.name]));
    const e = a.events.find((x) => x.type === type);
    return Object.fromEntries((e?.persons ?? []).map((r) => [name.get(r.personId), r.role]));
  };
  it("a sentence opening with 'Theo đó' names who took part in the incident told just before", () => {
    const text =
      "Gần 600 bao thuốc lá lậu vừa bị CSGT tỉnh bắt giữ. Theo đó, tổ công tác do Trung tá Nguyễn Văn Thắng làm tổ trưởng phát hiện xe khách do tài xế Lê Văn Dũng điều khiển chở hàng lậu.";
    expect(roles(text, "seizure")).toEqual({ "Nguyễn Văn Thắng": "officer", "Lê Văn Dũng": "suspect" });
  });
  it("without 'Theo đó' the next sentence lends nobody", () => {
    const text =
      "Gần 600 bao thuốc lá lậu vừa bị CSGT tỉnh bắt giữ. Tổ công tác do Trung tá Nguyễn Văn Thắng làm tổ trưởng phát hiện xe khách do tài xế Lê Văn Dũng điều khiển chở hàng lậu.";
    expect(roles(text, "seizure")).toEqual({});
  });
  it("the rescued of a rescue were the victims of the accident", () => {
    const text =
      "Sáng 14/5, một xe đầu kéo lật nghiêng trên đèo Lò Xo. Lực lượng CSGT cưa cửa xe để cứu anh Từ Văn Luân và anh Trần Văn Thi.";
    expect(roles(text, "accident")).toEqual({ "Từ Văn Luân": "victim", "Trần Văn Thi": "victim" });
  });
});

describe("events: history told as background", () => {
  it("a wartime deed carried on from a day decades before the article's is no happening", () => {
    const text =
      "Sáng 23/6/2017, Chủ tịch nước trao danh hiệu Anh hùng cho Bộ đội Biên phòng. Ngày 5/4/1959, đơn vị được thành lập. Đồng chí Nguyễn Văn Đoài đã chỉ huy chữa cháy sân bay, khi đó bị cháy nổ lớn do máy bay địch bắn phá.";
    expect(eventsOf(text).map((e) => e.type)).not.toContain("fire");
  });
  it("a day carried on within the article's year still dates the next sentence", () => {
    const events = eventsOf(
      "Ngày 5/4/2017, Công an huyện phát hiện đối tượng Lê Văn Tâm vận chuyển ma túy. Đối tượng đã bị bắt giữ.",
      "2017-06-30",
    );
    expect(events.find((e) => e.type === "arrest")?.date).toBe("2017-04-05");
  });
});

describe("events: official letters", () => {
  it("a letter sent is a document dated by its sentence; who signed it follows 'do' in a later mention", () => {
    const text =
      "Ngày 29/6/2022, Tổng hội Y học Việt Nam đã có công văn gửi Công an tỉnh Hòa Bình. Trong công văn do GS.TS Lê Gia Vinh, Phó Chủ tịch Tổng hội, ký nêu rõ đề nghị cho bác sĩ được tại ngoại.";
    const docs = eventsOf(text).filter((e) => e.type === "document");
    expect(docs.map((e) => e.date)).toEqual(["2022-06-29"]);
    expect(namesOf(text, "document")).toEqual([["Lê Gia Vinh"]]);
  });
});

describe("events: one meeting told at two levels of place", () => {
  it("a conference 'tại Hà Nội' and then 'tại Hội trường …' is one meeting", () => {
    const text =
      "Sáng 5/6/2022, tại Hà Nội, Bộ Công an tổ chức Hội nghị tổng kết công tác. Hội nghị được tổ chức tại Hội trường Bộ Công an.";
    expect(eventsOf(text).filter((e) => e.type === "meeting")).toHaveLength(1);
  });
});
