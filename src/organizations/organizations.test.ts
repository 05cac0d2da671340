import { describe, expect, it } from "vitest";
import { expectLinear } from "../../test/linear.js";
import { extract } from "../extract.js";
import { findOrganizations } from "./index.js";

// Invented sentences in the genre's patterns; none is taken from the gold or the corpus.
const names = (text: string) => findOrganizations(text).map((o) => o.name);
const byName = (text: string, name: string) => findOrganizations(text).find((o) => o.name === name);

describe("findOrganizations: what is an organisation", () => {
  it.each([
    ["Sáng 3/5, Công an huyện Tân Kỳ tổ chức lễ ra quân.", "Công an huyện Tân Kỳ", "police_unit", "district"],
    ["Đoàn công tác của Bộ Quốc phòng đã đến thăm đơn vị.", "Bộ Quốc phòng", "army_unit", "central"],
    [
      "Tòa án nhân dân tỉnh Bình Phước mở phiên tòa xét xử.",
      "Tòa án nhân dân tỉnh Bình Phước",
      "court",
      "province",
    ],
    [
      "Viện kiểm sát nhân dân huyện Yên Thế phê chuẩn quyết định.",
      "Viện kiểm sát nhân dân huyện Yên Thế",
      "procuracy",
      "district",
    ],
    [
      "Nạn nhân được đưa vào Bệnh viện Đa khoa tỉnh Phú Thọ cấp cứu.",
      "Bệnh viện Đa khoa tỉnh Phú Thọ",
      "hospital",
      "province",
    ],
    ["Em là học sinh Trường THPT Lê Quý Đôn.", "Trường THPT Lê Quý Đôn", "school", null],
    ["Công ty TNHH Hoàng Long bị kiểm tra.", "Công ty TNHH Hoàng Long", "company", null],
    ["Tỉnh ủy Quảng Trị ban hành nghị quyết.", "Tỉnh ủy Quảng Trị", "party_body", "province"],
    ["UBND xã Tân Lập đã hỗ trợ gia đình.", "UBND xã Tân Lập", "state_body", "commune"],
    ["Đoàn đại biểu Bộ Nội vụ Hungary sang thăm.", "Bộ Nội vụ Hungary", "foreign_body", "central"],
    [
      "Đồn Biên phòng Cửa khẩu Lao Bảo bắt giữ đối tượng.",
      "Đồn Biên phòng Cửa khẩu Lao Bảo",
      "army_unit",
      null,
    ],
  ])("%s", (text, name, kind, level) => {
    const o = byName(text, name);
    expect(o, JSON.stringify(names(text))).toBeDefined();
    expect(o?.kind).toBe(kind);
    expect(o?.level).toBe(level);
  });

  it("a position is not an organisation; the unit it heads is", () => {
    const text = "Bộ trưởng Bộ Tài chính và Giám đốc Sở Y tế tỉnh Lạng Sơn dự họp.";
    expect(names(text)).toEqual(["Bộ Tài chính", "Sở Y tế tỉnh Lạng Sơn"]);
  });

  it("a unit whose noun ends the position keeps that noun: Trưởng phòng Hậu cần → Phòng Hậu cần", () => {
    const o = findOrganizations("Ông Lê Văn Tâm, Trưởng phòng Hậu cần, báo cáo kết quả.");
    expect(o.map((x) => x.name)).toEqual(["Phòng Hậu cần"]);
    expect(o[0]?.mentions[0]?.text).toBe("phòng Hậu cần");
  });

  it("an abbreviation is spelled out with the article's city", () => {
    const o = byName("Sáng nay, CATP đã bắt hai đối tượng ở quận Ngô Quyền.", "CATP");
    expect(o?.expanded).toBe("Công an thành phố Hải Phòng");
    expect(o?.kind).toBe("police_unit");
    expect(o?.level).toBe("province");
  });

  it("never runs into the verb after an abbreviation", () => {
    expect(names("CATX đề ra nhiều giải pháp mới.")).toEqual(["CATX"]);
  });

  it("no organisation begins inside a country's name (Đài, Ban are no units there)", () => {
    expect(names("Tàu cá của Đài Loan bị bắt giữ ở Tây Ban Nha và Philippines.")).toEqual([]);
    // (one may end with it)
    expect(names("Đại diện Bộ Ngoại giao Trung Quốc cho biết.")).toEqual(["Bộ Ngoại giao Trung Quốc"]);
  });

  it("a unit noun that makes one word with the capitalised syllable after it is that name's (Trường Sa, Hội An)", () => {
    expect(names("Tàu đã ra quần đảo Trường Sa và ghé Hội An.")).toEqual([]);
    // (not where that syllable begins a word of its own: Ban Công tác …, not "ban công")
    expect(names("Ông là Trưởng Ban Công tác Mặt trận.")).toContain("Ban Công tác");
  });

  it("a capitalised stop word with a lower-case word after it opens a run-in sentence", () => {
    expect(names("Lãnh đạo Sở Y tế Bắc Giang Theo báo cáo, đơn vị đã khám cho 300 người.")).toEqual([
      "Sở Y tế Bắc Giang",
    ]);
  });

  it.each([
    [
      "a verb after a ministry",
      "Thông tư mới của Bộ Giao thông vận tải quy định rõ lộ trình.",
      "Bộ Giao thông vận tải",
    ],
    ["an adverb after a department", "Sở Tài chính chậm nhất ngày 10 phải gửi báo cáo.", "Sở Tài chính"],
    ["a count after the name", "Ông cho biết Sở Y tế quản lý 12 trung tâm.", "Sở Y tế"],
    ["a verb after a company", "Công ty Hoàng Long xác nhận thông tin này.", "Công ty Hoàng Long"],
  ])("never runs on into the sentence: %s", (_name, text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it.each([
    [
      "lower-case words of a known unit name",
      "Phòng Cảnh sát điều tra tội phạm về ma túy đã vào cuộc.",
      "Phòng Cảnh sát điều tra tội phạm về ma túy",
    ],
    [
      "a lower-case run that leads to a proper name",
      "Liên đoàn quần vợt Việt Nam vừa công bố lịch thi đấu.",
      "Liên đoàn quần vợt Việt Nam",
    ],
    [
      "'xã hội' is no commune",
      "Cục Cảnh sát quản lý hành chính về trật tự xã hội chủ trì.",
      "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
    ],
  ])("keeps the whole name: %s", (_name, text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it("takes 'và' inside a unit's name, not between two units", () => {
    expect(names("Cục Hậu cần và kỹ thuật, Bộ Tư lệnh cấp phát trang bị.")).toContain(
      "Cục Hậu cần và kỹ thuật",
    );
    expect(names("Phòng Tham mưu và Phòng Hậu cần phối hợp.")).toEqual(["Phòng Tham mưu", "Phòng Hậu cần"]);
  });

  it.each([
    ["a birth year", "Đối tượng Lò Văn Sáng (SN 1985) bị bắt."],
    ["a plate", "Xe mang BKS 36A-123.45 bị giữ."],
    ["a photo credit", "Lực lượng chức năng khám nghiệm hiện trường. Ảnh: CAND"],
    ["a head noun alone", "Ban tổ chức cho biết Phòng sẽ họp sau."],
    ["a person named like a school", "Anh Đỗ Văn Trường bị thương."],
    ["a street named after a person", "Xe chạy trên đường Trường Chinh về phía trung tâm."],
    [
      "a unit noun that is a word's first syllable",
      "Vụ tai nạn khiến 3 người bị thương. Trường hợp này hiếm gặp.",
    ],
  ])("not an organisation: %s", (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it("a later short mention joins the one fuller name it begins", () => {
    const o = findOrganizations(
      "Phòng Tham mưu Công an tỉnh Ninh Thuận chủ trì. Phòng Tham mưu cũng đề xuất khen thưởng.",
    );
    expect(o).toHaveLength(1);
    expect(o[0]?.mentions).toHaveLength(2);
  });
});

describe("findOrganizations: offsets", () => {
  const law = (input: string) => {
    const orgs = extract(input).organizations;
    const spans = orgs.flatMap((o) => o.mentions).sort((a, b) => a.start - b.start);
    for (const s of spans) expect(s.text).toBe(input.slice(s.start, s.end));
    for (let k = 1; k < spans.length; k++)
      expect(spans[k]?.start).toBeGreaterThanOrEqual(spans[k - 1]?.end ?? 0);
    return orgs;
  };
  const base = "Chiều 4/6, Công an huyện Hoà Vang phối hợp với Uỷ ban nhân dân xã Hoà Bắc.\r\nCATP cho biết.";
  it.each([
    ["NFC", base],
    ["NFD", base.normalize("NFD")],
    ["entities and NBSP", base.replace(/ /g, "&nbsp;").replace("Công an", "Công\u00a0an")],
    ["zero-width", base.replace("huyện", "huy\u200bện")],
  ])("text === input.slice(start, end), no overlap: %s", (_, input) => {
    expect(law(input).length).toBeGreaterThan(0);
  });
});

describe("findOrganizations: never throws, linear time", () => {
  it.each([
    ["empty", ""],
    ["lone surrogates", "\ud800Công an\udc00 tỉnh"],
    ["a long run of heads", "Công an ".repeat(20_000)],
    ["a long run of abbreviations", "CATP UBND ".repeat(10_000)],
  ])("%s", (_, text) => {
    expect(() => findOrganizations(text)).not.toThrow();
  });

  it("runs in linear time (one call on 16n against 16 calls on n, so load slows both alike)", () => {
    const sample =
      "Giám đốc Công an tỉnh Hà Tĩnh và Phòng Tham mưu, Cục Trang bị và kho vận dự họp với UBND xã Kỳ Anh. ";
    expectLinear(findOrganizations, (n) => sample.repeat(n), 100);
  });
});
