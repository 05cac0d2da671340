import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { AbbreviationSchema, expandAbbreviations, findAbbreviations } from "./index.js";

const one = (text: string, abbr: string, options?: Parameters<typeof findAbbreviations>[1]) =>
  findAbbreviations(text, options).find((a) => a.abbr === abbr);

describe("findAbbreviations: where the expansion comes from", () => {
  const rows: [string, string, string, "document" | "dictionary" | "option"][] = [
    ["Lực lượng chức năng giữ gìn ANTT trên địa bàn.", "ANTT", "an ninh trật tự", "dictionary"],
    [
      "Ngày hội toàn dân bảo vệ an ninh Tổ quốc” (ANTQ) năm nay; phong trào bảo vệ ANTQ.",
      "ANTQ",
      "an ninh Tổ quốc",
      "document",
    ],
    ["Văn phòng công chứng (VPCC) Sao Mai; VPCC này", "VPCC", "Văn phòng công chứng", "document"],
    ["Ủy ban nhân dân (UBND) xã đã họp", "UBND", "Ủy ban nhân dân", "document"],
    ["điện thoại di động (ĐTDĐ) bị cướp", "ĐTDĐ", "điện thoại di động", "document"],
    [
      "Khen thưởng Trung đoàn Cảnh sát cơ động (PK20E) vì thành tích",
      "PK20E",
      "Trung đoàn Cảnh sát cơ động",
      "document",
    ],
    // a unit's code typed apart from its number, as the lexicon writes it glued
    ["hồ sơ đã chuyển cho PC 45 điều tra", "PC 45", "Phòng Cảnh sát hình sự", "dictionary"],
    ["lực lượng TTGT phối hợp với CSGT", "TTGT", "thanh tra giao thông", "dictionary"],
    // company and banking bodies of business and crime news
    ["nguyên Chủ tịch HĐQT của công ty", "HĐQT", "Hội đồng quản trị", "dictionary"],
    ["Phó Thống đốc NHNN cho biết", "NHNN", "Ngân hàng Nhà nước", "dictionary"],
    ["bị Phòng truy nã tội phạm CAHN bắt giữ", "CAHN", "Công an thành phố Hà Nội", "dictionary"],
    // a word the lexicon writes with capitals and lower case mixed
    ["tài sản của Cty CP Môi trường", "Cty", "công ty", "dictionary"],
    // a province code glued to a name by a hyphen, as the lexicon writes it
    ["các chiến sỹ CSGT TT-Huế cùng người dân", "TT-Huế", "Thừa Thiên Huế", "dictionary"],
    // a code in another language: the organisation phrase before it, from its nearest head
    ["Quỹ Toyota Việt Nam (TVF) phối hợp với Ủy ban", "TVF", "Quỹ Toyota Việt Nam", "document"],
    [
      "Hội đồng quản trị Sở Giao dịch chứng khoán Hà Nội (HNX) họp",
      "HNX",
      "Sở Giao dịch chứng khoán Hà Nội",
      "document",
    ],
    // codes joined by a slash are each their own; a contact line's SĐT
    ["Ban chỉ đạo ƯPT/BCA yêu cầu các đơn vị", "BCA", "Bộ Công an", "dictionary"],
    ["qua Văn phòng Bộ, SĐT: 069.2299150", "SĐT", "số điện thoại", "dictionary"],
    // a place in brackets defines nothing
    ["tại Trung tâm thể thao Phú Thọ (TP.HCM)", "TP.HCM", "Thành phố Hồ Chí Minh", "dictionary"],
    ["Phòng CSGT TP HCM ra quân", "TP HCM", "Thành phố Hồ Chí Minh", "dictionary"],
    ["Công an TP.HCM cho biết", "TP.HCM", "Thành phố Hồ Chí Minh", "dictionary"],
    ["Lực lượng QK9 tham gia chữa cháy", "QK9", "Quân khu 9", "dictionary"],
    ["Xe đâm vào người đứng ven QL2", "QL", "quốc lộ", "dictionary"],
    ["Xe tải lật trên QL1A, đoạn qua huyện", "QL", "quốc lộ", "dictionary"],
    ["Ông Lê Văn Tâm, GĐ Sở Y tế cho biết", "GĐ", "Giám đốc", "dictionary"],
    ["Thư do TTND.GS.TS Lê Văn Bình ký", "TTND", "Thầy thuốc nhân dân", "dictionary"],
    ["Bệnh viện bảo lãnh cho BS Lê Văn Bình", "BS", "bác sĩ", "dictionary"],
    ["Chia sẻ sau phiên tòa, LS Lê Văn Bình cho biết", "LS", "luật sư", "dictionary"],
    ["Phòng GD-ĐT quận đã làm việc với nhóm lớp", "GD-ĐT", "Giáo dục - Đào tạo", "dictionary"],
    // CP is cổ phần only beside a company word; else Chính phủ
    ["Công ty CP Đầu tư Hải Nam bị tố giác", "CP", "cổ phần", "dictionary"],
    ["Theo chỉ đạo của CP, các bộ phải báo cáo", "CP", "Chính phủ", "dictionary"],
    ["Lê Văn Dũng (SN1965) trú tại", "SN", "sinh năm", "dictionary"],
    [
      "Hội nghị triển khai công tác PCCC&CNCH",
      "PCCC&CNCH",
      "phòng cháy, chữa cháy và cứu nạn, cứu hộ",
      "dictionary",
    ],
  ];
  it.each(rows)("%s → %s", (text, abbr, expansion, source) => {
    const a = one(text, abbr);
    expect(a?.expansion).toBe(expansion);
    expect(a?.source).toBe(source);
    for (const m of a?.mentions ?? []) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("a code the text defines is found outside its brackets too", () => {
    const text = "Quỹ Toyota Việt Nam (TVF) ra đời năm 2005. Năm 2015, TVF phối hợp với Bộ.";
    expect(one(text, "TVF")?.mentions.map((m) => m.start)).toEqual([
      text.indexOf("TVF"),
      text.lastIndexOf("TVF"),
    ]);
  });

  it("the code of a document number is no abbreviation of its own", () => {
    expect(one("Thực hiện Chỉ thị 40 – CT/TW của Ban Bí thư", "TW")).toBeUndefined();
  });

  it("a code with no capitalised word of its first letter before it is no definition", () => {
    expect(one("Công an tỉnh Hà Giang (XYZ) cho biết", "XYZ")?.source).not.toBe("document");
  });

  it("options override the lexicon and the text", () => {
    const a = one("CATP tổ chức hội nghị", "CATP", { abbreviations: { CATP: "Công an thành phố Cần Thơ" } });
    expect(a).toMatchObject({ expansion: "Công an thành phố Cần Thơ", source: "option" });
    expect(one("Đơn vị XYZ ra quân", "XYZ", { abbreviations: { XYZ: "Đội tuần tra" } })?.source).toBe(
      "option",
    );
  });

  it("results match the zod schema", () => {
    const found = findAbbreviations("an ninh trật tự (ANTT) do CATP và BCH bảo đảm");
    expect(z.array(AbbreviationSchema).parse(found)).toEqual(found);
  });

  it("a list written with commas is several abbreviations", () => {
    const found = findAbbreviations("thu hồi VK, VLN, CCHT trong dịp Tết").map((a) => a.abbr);
    expect(found).toEqual(["VK", "VLN", "CCHT"]);
  });
});

describe("findAbbreviations: context", () => {
  it("CATP takes the city the article shows by one of its districts", () => {
    expect(
      one("Phòng PV05 - CATP tổng kết. Mô hình tại quận Hồng Bàng được nhân rộng.", "CATP")?.expansion,
    ).toBe("Công an thành phố Hải Phòng");
  });
  it("CATP takes the city written right after it", () => {
    expect(one("Đại úy Lê An (CATP Hà Nội) cho biết", "CATP")?.expansion).toBe("Công an thành phố Hà Nội");
  });
  it("CATP stays generic when the article names two cities", () => {
    expect(one("CATP phối hợp với quận Kiến An và quận Hoàn Kiếm.", "CATP")?.expansion).toBe(
      "Công an thành phố",
    );
  });
  it("CAQ stays the generic unit even with a district after it", () => {
    expect(one("Thượng tá Vũ Văn Tình - Phó Trưởng CAQ Kiến An", "CAQ")?.expansion).toBe("Công an quận");
  });
  it("an ambiguous code is resolved by a cue word near it", () => {
    expect(one("BCH quân sự xã tổ chức huấn luyện", "BCH")?.expansion).toBe("Ban Chỉ huy");
    expect(one("BCH Đảng bộ nhiệm kỳ 2025 - 2030", "BCH")?.expansion).toBe("Ban Chấp hành");
  });
  it("an ambiguous code without a cue is not given a wrong specific meaning", () => {
    const a = one("BCH đã họp", "BCH");
    expect(a?.ambiguous).toBe(true);
    expect(a?.expansion).toContain("Ban Chấp hành");
    expect(a?.expansion).toContain("Ban Chỉ huy");
  });
  it("a renamed unit code follows the article date", () => {
    expect(one("Phòng PC02 khởi tố vụ án", "PC02", { publishedAt: "2020-05-01" })?.expansion).toBe(
      "Phòng Cảnh sát điều tra tội phạm về trật tự xã hội",
    );
    expect(one("Phòng PC02 khởi tố vụ án", "PC02", { publishedAt: "2025-09-01" })?.expansion).toBe(
      "Phòng Cảnh sát hình sự",
    );
  });
});

describe("findAbbreviations: not abbreviations of the text", () => {
  const negatives: [string, string][] = [
    ["Kế hoạch số 333/KH-BCĐ ngày 30/6/2022 của Ban Chỉ đạo", "KH"],
    ["Kế hoạch số 333/KH-BCĐ ngày 30/6/2022 của Ban Chỉ đạo", "BCĐ"],
    ["Nghị định 01/2018/NĐ-CP quy định", "NĐ-CP"],
    ["Đại hội Đảng bộ lần thứ XII", "XII"],
    ["CÔNG AN TỈNH NGHỆ AN KHEN THƯỞNG", "CA"],
    ["Bài và ảnh: KC", "KC"],
  ];
  it.each(negatives)("%s (%s)", (text, abbr) => {
    expect(findAbbreviations(text).map((a) => a.abbr)).not.toContain(abbr);
  });
  it("a byline can be excluded", () => {
    const text = "Lực lượng CSGT ra quân.\nCTV";
    const found = findAbbreviations(text, {
      exclude: [{ start: text.length - 3, end: text.length, text: "CTV" }],
    });
    expect(found.map((a) => a.abbr)).toEqual(["CSGT"]);
  });
});

describe("expandAbbreviations", () => {
  it("replace: sentence-initial capital, lexicon casing elsewhere, definitions left alone", () => {
    expect(expandAbbreviations("CATP tổ chức hội nghị bảo vệ ANTQ.")).toBe(
      "Công an thành phố tổ chức hội nghị bảo vệ an ninh Tổ quốc.",
    );
    expect(expandAbbreviations("ANTT được giữ vững.")).toBe("An ninh trật tự được giữ vững.");
    expect(expandAbbreviations("giữ gìn an ninh trật tự (ANTT), bảo đảm ANTT.")).toBe(
      "giữ gìn an ninh trật tự (ANTT), bảo đảm an ninh trật tự.",
    );
  });
  it("append keeps the abbreviation in parentheses", () => {
    expect(expandAbbreviations("Lực lượng CSGT ra quân.", { style: "append" })).toBe(
      "Lực lượng Cảnh sát giao thông (CSGT) ra quân.",
    );
  });
  it("a unit before its place is not doubled", () => {
    expect(expandAbbreviations("Đại úy Lê An (CATP Hà Nội) cho biết")).toBe(
      "Đại úy Lê An (Công an thành phố Hà Nội) cho biết",
    );
  });
  it("does not repeat a unit noun written before the code", () => {
    expect(expandAbbreviations("khen thưởng phòng PC54 và Cục C47", { publishedAt: "2017-06-01" })).toBe(
      "khen thưởng phòng Kỹ thuật hình sự và Cục Cảnh sát điều tra tội phạm về ma túy",
    );
  });
  it("leaves ambiguous abbreviations as written", () => {
    expect(expandAbbreviations("BCH đã họp")).toBe("BCH đã họp");
  });
});

describe("options are checked", () => {
  it.each([
    [{ style: "shorten" }, "options.style"],
    [{ abbreviations: "CATP" }, "options.abbreviations"],
    [{ abbreviations: { CATP: 3 } }, "options.abbreviations.CATP"],
    [{ publishedAt: "yesterday" }, "options.publishedAt"],
  ])("%j throws a TypeError naming %s", (options, name) => {
    expect(() => expandAbbreviations("CATP", options as never)).toThrow(TypeError);
    expect(() => expandAbbreviations("CATP", options as never)).toThrow(name);
  });
});

describe("spans", () => {
  it("never throw; mentions are input slices; expand keeps the text around", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.constantFrom("ANTQ", "CATP", "TP. HCM", "QK9", "(ANTT)", "VK, VLN"),
        fc.string({ maxLength: 60 }),
        (a, abbr, b) => {
          const text = `${a} ${abbr} ${b}`;
          for (const x of findAbbreviations(text))
            for (const m of x.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(typeof expandAbbreviations(text, { style: "append" })).toBe("string");
        },
      ),
      { numRuns: 300 },
    );
  });
  it("NFD and CRLF input", () => {
    const text = "Công an thành phố bảo vệ an ninh Tổ quốc (ANTQ).\r\nPhong trào ANTQ".normalize("NFD");
    const a = one(text, "ANTQ");
    expect(a?.source).toBe("document");
    expect(a?.mentions.length).toBe(2);
    for (const m of a?.mentions ?? []) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
