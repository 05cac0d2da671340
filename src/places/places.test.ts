import { describe, expect, it } from "vitest";
import { expectLinear } from "../../test/linear.js";
import { extract } from "../extract.js";
import { findPlaces } from "./index.js";

// Invented sentences in the genre's patterns; none is taken from the gold or the corpus.
const find = (text: string, name: string) => findPlaces(text).find((p) => p.name === name);
const names = (text: string) => findPlaces(text).map((p) => p.name);

describe("findPlaces: kinds", () => {
  it.each([
    ["Vụ việc xảy ra tại huyện Krông Pắc.", "huyện Krông Pắc", "district", "district"],
    ["Người dân xã Tam Hiệp đã báo tin.", "xã Tam Hiệp", "commune", "commune"],
    ["Anh ta trú tại phường 7, quận 3.", "phường 7", "commune", "commune"],
    ["Đoàn đã về thăm tỉnh Sóc Trăng.", "tỉnh Sóc Trăng", "province", "province"],
    ["Lễ ra quân diễn ra ở thành phố Đà Nẵng.", "thành phố Đà Nẵng", "city", "province"],
    ["Nhiều hộ dân ở thôn Phú Mỹ bị ngập.", "thôn Phú Mỹ", "village", null],
    ["Chiếc xe lật trên Quốc lộ 14B.", "Quốc lộ 14B", "road", null],
    ["Xe khách gặp nạn trên đèo Khánh Lê.", "đèo Khánh Lê", "road", null],
    ["Nam thanh niên nhảy từ cầu Bình Lợi xuống sông.", "cầu Bình Lợi", "road", null],
    ["Tài xế bị bắt ở chợ Đông Ba.", "chợ Đông Ba", "landmark", null],
    ["Đối tượng trốn sang Campuchia.", "Campuchia", "country", null],
  ])("%s", (text, name, kind, level) => {
    const p = find(text, name);
    expect(p, JSON.stringify(names(text))).toBeDefined();
    expect(p?.kind).toBe(kind);
    expect(p?.level).toBe(level);
  });

  it.each([
    ["'yêu cầu' is no bridge", "Tỉnh ủy yêu cầu Công an tỉnh điều tra làm rõ.", []],
    ["'bà xã' is a wife", "Ca sĩ cùng bà xã Thu Hà dự buổi lễ.", []],
    ["'phiên bản' is no village", "Hãng ra mắt phiên bản Sport mới.", []],
    ["a preposition keeps its road", "Xe chạy từ đường Lê Lợi ra quốc lộ.", ["đường Lê Lợi"]],
    ["a compound class noun is read whole", "Tàu cá neo đậu ở quần đảo Trường Sa.", ["quần đảo Trường Sa"]],
  ])("a class word inside a common word is no place: %s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("a road code glued to its number is the same road", () => {
    const ps = findPlaces("Tai nạn trên QL1A. Quốc lộ 1A đoạn này thường đông xe.");
    expect(ps).toHaveLength(1);
    expect(ps[0]?.mentions.map((m) => m.text)).toEqual(["QL1A", "Quốc lộ 1A"]);
  });

  it("TP.HCM and the written-out city are one place", () => {
    const ps = findPlaces("Công an TP.HCM cho biết, tại Thành phố Hồ Chí Minh mưa lớn.");
    const city = ps.filter((p) => p.shortName === "Hồ Chí Minh");
    expect(city).toHaveLength(1);
    expect(city[0]?.kind).toBe("city");
  });

  it("a bare province name is a place; the last syllables of a person's name are not", () => {
    expect(names("Đoàn công tác đến Hà Giang vào sáng nay.")).toEqual(["Hà Giang"]);
    expect(names("Ông Nguyễn Văn Hà Nam cho biết.")).toEqual([]);
  });
});

describe("findPlaces: the province a unit lies in", () => {
  it("from the chain the text writes: xã, huyện, tỉnh", () => {
    const ps = findPlaces("Vụ cháy ở thôn 3, xã Ea Tiêu, huyện Cư Kuin, tỉnh Đắk Lắk.");
    for (const p of ps) expect(p.province, p.name).toBe("Đắk Lắk");
  });
  it("from the data: a district of a centrally-run city", () => {
    expect(find("Hai xe va chạm ở quận Hải Châu.", "quận Hải Châu")?.province).toBe("Đà Nẵng");
  });
  it("unknown when neither tells", () => {
    expect(find("Người dân huyện Mường Tè đón Tết.", "huyện Mường Tè")?.province).toBeNull();
  });
});

describe("findPlaces: a sentence run in after a name", () => {
  it("a class word before a capitalised stop word and a lower-case word names no place", () => {
    expect(names("Ảnh chụp tại TP. Theo đó, đoàn đã về.")).toEqual([]);
  });
  it("an unknown name ends before such a word; a known one keeps it (Ba Vì)", () => {
    expect(names("Đoàn về xã Tân Lạc Tháng 6 vừa qua.")).toContain("xã Tân Lạc");
    expect(names("Lũ về huyện Ba Vì đêm qua.")).toContain("huyện Ba Vì");
  });
});

describe("findPlaces: not places, and places inside organisations", () => {
  it.each([
    ["a congress", "Đại hội lần thứ XX thành công tốt đẹp."],
    ["a numbered telegram", "Thủ tướng ký Công điện số 07 về phòng chống bão."],
    ["a party committee", "Tỉnh ủy đã chỉ đạo sát sao."],
    ["a common noun after a class word", "Đường dây nóng đã tiếp nhận tin báo, cầu thủ cũng biết."],
    ["a person named like a lake", "Anh Hồ Văn Lâm bị thương."],
  ])("%s", (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it("a unit named inside an organisation is marked, so an event does not take it for a location", () => {
    const p = find("Công an huyện Đăk Tô bắt giữ đối tượng ở xã Ngọk Tụ, huyện Đăk Tô.", "huyện Đăk Tô");
    expect(p?.mentions.map((m) => m.inOrganization)).toEqual([true, false]);
  });
});

describe("findPlaces: offsets", () => {
  const base = "Sáng 2/9, tại xã Hoà Tiến, huyện Hoà Vang\r\n(TP Đà Nẵng) trên Quốc lộ 14B và cầu Hoà Xuân.";
  it.each([
    ["NFC", base],
    ["NFD", base.normalize("NFD")],
    ["entities and NBSP", base.replace(/ /g, "&nbsp;").replace("Quốc lộ", "Quốc\u00a0lộ")],
    ["zero-width", base.replace("huyện", "huy\u200bện")],
  ])("text === input.slice(start, end), no overlap: %s", (_, input) => {
    const places = extract(input).places;
    expect(places.length).toBeGreaterThanOrEqual(4);
    const spans = places.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);
    for (const s of spans) expect(s.text).toBe(input.slice(s.start, s.end));
    for (let k = 1; k < spans.length; k++)
      expect(spans[k]?.start).toBeGreaterThanOrEqual(spans[k - 1]?.end ?? 0);
  });
});

describe("findPlaces: never throws, linear time", () => {
  it.each([
    ["empty", ""],
    ["lone surrogates", "\ud800huyện\udc00 Đăk Hà"],
    ["a long run of level words", "xã huyện tỉnh ".repeat(10_000)],
    ["a long capitalised run", "thôn Hà ".repeat(10_000)],
    ["dashes", "đường Lê - ".repeat(10_000)],
  ])("%s", (_, text) => {
    expect(() => findPlaces(text)).not.toThrow();
  });

  it("runs in linear time (one call on 16n against 16 calls on n, so load slows both alike)", () => {
    const sample =
      "Vụ tai nạn trên Quốc lộ 1A, đoạn qua xã Tân Phú, huyện Đồng Xoài, tỉnh Bình Phước, gần chợ Tân Phú. ";
    expectLinear(findPlaces, (n) => sample.repeat(n), 100);
  });
});
