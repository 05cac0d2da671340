import { describe, expect, it } from "vitest";
import { extract } from "../extract.js";
import { toRows } from "../rows/index.js";
import { articleJsonSchema } from "../schema.js";
import { EventSchema } from "./index.js";

// Invented sentences (no corpus or gold text): what the annotation guide counts and what it does not.
const eventsOf = (text: string, publishedAt = "2022-06-30") => extract(text, { publishedAt }).events;

describe("events: negative table (no event of the type)", () => {
  it.each([
    ["meeting", "Công an tỉnh sẽ tổ chức hội nghị tổng kết vào cuối năm."],
    ["meeting", "Trong năm, đơn vị đã tổ chức 12 cuộc họp với người dân."],
    ["exercise", "Công an huyện sẽ tổ chức diễn tập phương án chữa cháy vào tháng sau."],
    ["exercise", "Đơn vị cần tăng cường công tác huấn luyện cho cán bộ trẻ."],
    ["award", "Ông Trần Văn Bình bị thu hồi danh hiệu Chiến sĩ thi đua cơ sở."],
    ["award", "Các đơn vị cần kịp thời khen thưởng tập thể có thành tích."],
    ["speech", "“Tôi không biết gì cả”, anh Lê Văn Tám nói."],
    ["speech", "Đại tá Nguyễn Văn Hưng cho biết vụ việc đang được làm rõ."],
    ["speech", "Luật sư Vũ Văn Chi cho rằng quyết định của tòa là đúng."],
    [
      "speech",
      "“Sẽ làm rõ”, ông Lê Văn Tám, Chánh văn phòng UBND tỉnh, nói. Sáng 29/6, Công an tỉnh tổ chức hội nghị giao ban.",
    ],
    ["campaign", "Các đơn vị cần phát động phong trào thi đua trong toàn lực lượng."],
    ["document", "Chính phủ sẽ ban hành nghị định mới trong tháng tới."],
    ["arrest", "Trong năm, lực lượng công an đã bắt giữ 120 vụ với 200 đối tượng."],
    ["arrest", "Anh ấy bắt đầu đi làm từ năm ngoái."],
    ["arrest", "Lực lượng chữa cháy đã khống chế đám cháy sau hai giờ."],
    ["prosecution", "Cơ quan điều tra quyết định không khởi tố vụ án."],
    ["prosecution", "Công an huyện đề nghị truy tố đối tượng Hà Văn Lâm."],
    ["prosecution", "Hai bên trao đổi về hiệp định chuyển giao người bị kết án phạt tù."],
    ["seizure", "Lực lượng chức năng phải thu giữ toàn bộ hàng hóa vi phạm."],
    ["accident", "Người dân cần đội mũ bảo hiểm để phòng tránh tai nạn giao thông."],
    ["accident", "Trong 6 tháng, toàn tỉnh xảy ra 45 vụ tai nạn giao thông."],
    ["fire", "Người dân cần trang bị bình chữa cháy tại nhà."],
    ["fire", "Nhiều công trình có nguy hiểm về cháy, nổ chưa được khắc phục."],
    ["fire", "Kho chứa vật liệu nổ được bảo vệ nghiêm ngặt."],
    ["fire", "Mùa khô, hỏa hoạn có thể xảy ra bất cứ lúc nào."],
    ["seizure", "Hội đồng được sử dụng số tiền phí thu được để trang trải chi phí."],
    [
      "speech",
      "Hội nghị giao ban diễn ra sáng nay. Chủ tịch UBND Nguyễn Văn Chung yêu cầu Sở Giáo dục báo cáo vụ việc.",
    ],
    [
      "speech",
      "Hội nghị giao ban diễn ra sáng nay. Chủ tịch UBND Lê Văn Chung yêu cầu Giám đốc Sở Giáo dục và Đào tạo (GD&ĐT) Phạm Hữu Đông báo cáo lại toàn bộ vụ việc.",
    ],
    [
      "speech",
      "Hội nghị giao ban diễn ra sáng nay. Phó Thủ tướng Trịnh Văn Dũng nghe báo cáo tiến độ dự án.",
    ],
    ["rescue", "Trong lúc chờ đội cứu hộ, anh Tâm uống nước suối."],
    ["rescue", "Huyện đã huy động lực lượng gia cố đê, cứu lúa ngập cho người dân."],
    ["rescue", "Chờ mãi không thấy máy bay cứu hộ bay qua."],
    ["rescue", "Sáng nay, lực lượng chức năng đã trục vớt chiếc ô tô bị chìm dưới sông."],
    ["fire", "Ngày vía Thần Tài, sản phẩm gà vàng đã 'cháy' hàng."],
    ["exercise", "Các đội tự vệ tập dùng vũ khí trong những buổi tập, thao diễn hàng ngày."],
    ["meeting", "Làm việc với cơ quan chức năng, tài xế Lê Văn Hải khai xe bị mất phanh."],
    ["meeting", "Hai du khách đã tới thăm Sapa và vịnh Hạ Long."],
    ["meeting", "Qua truy xét, công an đã mời làm việc với 4 thanh niên khác."],
    ["meeting", "Sau khi làm việc với chị Nguyễn Thị Ngát, công an đã lập hồ sơ."],
    [
      "speech",
      "Sáng 6/2, Chủ tịch UBND Nguyễn Văn Chung chủ trì hội nghị giao ban nhằm đánh giá tình hình tháng 1.",
    ],
    ["arrest", "Công an TP kêu gọi đối tượng Hoàng Văn Trung ra đầu thú."],
    ["arrest", "Người dân lo sợ trước thông tin cháu bé bị bắt cóc."],
    ["arrest", "Cô gái bị nhóm thanh niên bắt ép về làm vợ."],
    ["arrest", "Công an xã lập biên bản, tạm giữ tang vật để xử lý."],
    ["arrest", "Hai bị cáo được Hội đồng xét xử thay đổi biện pháp ngăn chặn từ tạm giam sang tại ngoại."],
    ["fire", "Thi thể được quàn tại nhà tang lễ Bệnh viện Đa khoa Bãi Cháy."],
    [
      "speech",
      "Hội nghị diễn ra sáng nay. Các sở kiểm tra nội dung trong báo cáo của Chủ tịch UBND Nguyễn Văn Hai.",
    ],
    ["meeting", "Chủ tịch nước Trần Văn Minh đến thăm và tặng quà Mẹ Việt Nam Anh hùng Phạm Thị Vân."],
    [
      "speech",
      "Hội nghị giao ban diễn ra sáng nay. Trên báo, Thứ trưởng Nguyễn Thị Nga cho rằng việc đánh trẻ là không thể chấp nhận.",
    ],
    ["award", "Năm nay, 15% số hộ đạt danh hiệu gia đình văn hóa tiêu biểu."],
    ["document", "Theo quy định của Luật Ban hành văn bản quy phạm pháp luật, dự thảo phải lấy ý kiến."],
    ["fire", "Tại nơi xảy ra vụ nổ súng, cửa vẫn khóa chặt."],
    ["rescue", "Lực lượng sẵn sàng hỗ trợ nhân dân cứu nạn, cứu hộ khi có yêu cầu."],
    ["arrest", "Công an quận được khen vì đã phá án, bắt giữ nhiều vụ cướp giật tài sản."],
    [
      "speech",
      "Hội nghị tổng kết diễn ra sáng nay. Đại tá Lê Văn An yêu cầu các đơn vị phải đánh giá đúng tình hình.",
    ],
    ["speech", "Hội nghị tổng kết diễn ra sáng nay. Ông Lê Văn Trung cho hay Sở đang làm báo cáo gửi UBND."],
    ["rescue", "Tài xế đã gọi xe cứu hộ đến kéo chiếc ô tô về gara."],
    ["rescue", "Lực lượng chức năng đã nhanh chóng đến ứng cứu."],
    ["rescue", "Sau đó, đối tượng được đưa đi sơ cứu vết thương."],
    ["rescue", "Trong buổi diễn tập, lực lượng giả định cứu 3 người mắc kẹt trong đám cháy."],
    ["fire", "Trong buổi diễn tập, lực lượng giả định cứu 3 người mắc kẹt trong đám cháy."],
  ])("%s: %s", (type, text) => {
    expect(eventsOf(text).map((e) => e.type)).not.toContain(type);
  });
});

describe("events: exercise and fire", () => {
  it("a drill is an exercise; its scenario's fire and rescue are not events", () => {
    const events = eventsOf(
      "Sáng 12/5, Công an tỉnh tổ chức diễn tập phương án chữa cháy, cứu nạn, cứu hộ tại chợ Đồng Xuân.",
    );
    expect(events.map((e) => e.type)).toEqual(["exercise"]);
    expect(events[0]?.date).toBe("2022-05-12");
    for (const e of events) EventSchema.parse(e);
  });
  it("an explosion is a fire event", () => {
    const [e] = eventsOf("Khoảng 9 giờ ngày 3/3/2022, một vụ nổ bình gas xảy ra tại chợ Hòa Bình.");
    expect(e?.type).toBe("fire");
    expect(e?.location).toBe("chợ Hòa Bình");
  });
});

describe("events: an arrest verb that takes goods tells a seizure", () => {
  const typesOf = (text: string) => eventsOf(text).map((e) => e.type);
  it("goods after the verb, or before it in the passive", () => {
    expect(typesOf("Ngày 3/5, tổ công tác bắt giữ lô hàng thuốc lá lậu tại xã Tân Lập.")).toEqual([
      "seizure",
    ]);
    expect(typesOf("Chiếc xe tải chở gỗ lậu bị bắt giữ tại cửa khẩu.")).toEqual(["seizure"]);
  });
  it("a person taken stays an arrest; 'hàng trăm' is a count, not goods", () => {
    expect(typesOf("Ngày 3/5, Công an bắt giữ Nguyễn Văn An tại xã Tân Lập.")).toEqual(["arrest"]);
    expect(typesOf("Lực lượng chức năng bắt quả tang hàng trăm đối tượng đánh bạc.")).not.toContain(
      "seizure",
    );
  });
});

describe("events: roles from the clause", () => {
  const roles = (text: string, type: string) => {
    const a = extract(text, { publishedAt: "2022-06-30" });
    const name = new Map(a.persons.map((p) => [p.id, p.name]));
    const e = a.events.find((x) => x.type === type);
    return Object.fromEntries((e?.persons ?? []).map((r) => [name.get(r.personId), r.role]));
  };
  it("the giver before the verb, the recipient after it; a rewarded citizen is no suspect", () => {
    const text =
      "Sáng 5/4, Đại tá Nguyễn Văn An trao Giấy khen cho anh Lê Văn Bình vì đã cùng công an bắt giữ đối tượng Trần Văn Cường.";
    expect(roles(text, "award")).toEqual({ "Nguyễn Văn An": "giver", "Lê Văn Bình": "recipient" });
    expect(roles(text, "arrest")["Lê Văn Bình"]).toBeUndefined();
    expect(roles(text, "arrest")["Trần Văn Cường"]).toBe("suspect");
  });
  it("a passive turns them around: A được B trao …", () => {
    expect(roles("Anh Lê Văn Bình được Đại tá Nguyễn Văn An trao Giấy khen.", "award")).toEqual({
      "Lê Văn Bình": "recipient",
      "Nguyễn Văn An": "giver",
    });
  });
  it("rescuer and rescued; driver and victim", () => {
    expect(roles("Thượng úy Phạm Văn Hải đã cứu sống cháu Nguyễn Thị Mai.", "rescue")).toEqual({
      "Phạm Văn Hải": "rescuer",
      "Nguyễn Thị Mai": "rescued",
    });
    expect(
      roles(
        "Ngày 2/3/2022, xe tải do tài xế Lê Văn Tài điều khiển va chạm với xe máy khiến anh Trần Văn Hòa tử vong.",
        "accident",
      ),
    ).toEqual({ "Lê Văn Tài": "driver", "Trần Văn Hòa": "victim" });
  });
});

describe("events: location, date and details", () => {
  it("the scene, not the suspect's address; null rather than a guess", () => {
    const [e] = eventsOf(
      "Ngày 8/1/2022, Công an huyện bắt quả tang đối tượng Lò Văn Tâm (trú tại xã Ngọc Wang) đang mua bán ma túy tại thị trấn Plei Kần.",
    );
    expect(e?.location).toBe("thị trấn Plei Kần");
    expect(eventsOf("Công an tỉnh đã bắt giữ đối tượng Lò Văn Tâm.")[0]?.location).toBeNull();
  });
  it("a house number and its street are the scene, with the units after them", () => {
    expect(
      eventsOf("Ngày 5/6/2022, đối tượng Lê Văn Tâm bị bắt tại số 12 Lê Lợi, phường 3, quận 5.")[0]?.location,
    ).toBe("số 12 Lê Lợi, phường 3, quận 5");
  });
  it("a police unit written with 'CA' is where someone gave themselves up", () => {
    expect(eventsOf("Đối tượng thứ hai đã ra đầu thú tại CA huyện Ia Grai.")[0]?.location).toBe(
      "CA huyện Ia Grai",
    );
  });
  it("an accident's driver named in the sentence before, which sets the scene", () => {
    const text =
      "Khoảng 17h ngày 29/6/2017, chiếc xe tải do tài xế Lê Văn Nhâm điều khiển đang lưu thông trên quốc lộ 1A. Khi đến địa phận xã Thạch Long, xe bị lật nghiêng ra đường.";
    const a = extract(text);
    const [e] = a.events;
    expect(e?.type).toBe("accident");
    expect(e?.persons.map((r) => [a.persons.find((p) => p.id === r.personId)?.name, r.role])).toEqual([
      ["Lê Văn Nhâm", "driver"],
    ]);
  });
  it("a happening over a few days is dated by its first day", () => {
    const [e] = eventsOf("Trong hai ngày 10 và 11/5/2017, Bộ Công an tổ chức hội nghị tại Hà Nội.");
    expect(e?.date).toBe("2017-05-10");
  });
  it("a meeting's hall and its name as written", () => {
    const e = eventsOf(
      "Sáng 10/6, Đảng bộ Công an tỉnh tổ chức Đại hội đại biểu lần thứ XX, nhiệm kỳ 2025 – 2030 tại Hội trường Công an tỉnh.",
    ).find((x) => x.type === "meeting");
    expect(e?.type === "meeting" && e.topic).toBe("Đại hội đại biểu lần thứ XX, nhiệm kỳ 2025 – 2030");
    expect(e?.location).toBe("Hội trường Công an tỉnh");
  });
  it("a sentence about another year is dated by it, not by the paragraph's day", () => {
    const events = eventsOf(
      "Ngày 5/6/2022, Công an huyện bắt giữ đối tượng Trần Văn Cường. Năm 2013, đối tượng Hà Văn Lâm từng bị bắt vì trộm cắp.",
    );
    expect(events.filter((e) => e.type === "arrest").map((e) => e.date)).toEqual(["2022-06-05", "2013"]);
  });
  it("a charge ends where it ends; seized items read without a doubled classifier", () => {
    const [p] = eventsOf(
      "Công an huyện khởi tố bị can Trần Văn Hải về tội Chống người thi hành công vụ xảy ra tại xã Tân Lập.",
    );
    expect(p?.type === "prosecution" && p.charge).toBe("Chống người thi hành công vụ");
    const a = extract("Tổ công tác thu giữ 5 gói heroin và khoảng 100kg pháo.");
    expect(toRows(a).events[0]?.detail).toBe("5 gói heroin; khoảng 100kg pháo");
  });
});

describe("events: schemas cover the new type and roles", () => {
  it("the JSON Schema names the exercise type and the new roles", () => {
    const json = JSON.stringify(articleJsonSchema());
    for (const word of ['"exercise"', '"rescuer"', '"rescued"', '"driver"']) expect(json).toContain(word);
  });
  it("toRows writes an exercise's name and a role beside each person", () => {
    const rows = toRows(
      extract("Sáng 12/5/2022, Đại tá Nguyễn Văn An chủ trì buổi diễn tập phương án chữa cháy."),
    );
    const row = rows.events.find((r) => r.type === "exercise");
    expect(row?.detail).toBe("diễn tập phương án chữa cháy");
    expect(row?.persons).toBe("Nguyễn Văn An (chair)");
  });
});
