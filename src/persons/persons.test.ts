import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { findPersons, PersonSchema } from "./index.js";

// Names here are invented; the patterns are those of the genre.
type Row = [text: string, name: string, rank: string | null, positions: string[]];

describe("findPersons: the patterns of the genre", () => {
  const rows: Row[] = [
    ["Đại tá Đỗ Quang Minh - Phó Giám đốc CATP dự hội nghị.", "Đỗ Quang Minh", "dai_ta", ["Phó Giám đốc"]],
    [
      "Thượng tá Lê Văn Hòa - Phó trưởng Phòng Xây dựng phong trào bảo vệ ANTQ, CATP phát biểu.",
      "Lê Văn Hòa",
      "thuong_ta",
      ["Phó trưởng Phòng"],
    ],
    [
      "Phó Chủ tịch UBND quận Lê Chân Nguyễn Phong Hải biểu dương các tập thể.",
      "Nguyễn Phong Hải",
      null,
      ["Phó Chủ tịch"],
    ],
    [
      "Phát biểu tại hội nghị, Thứ trưởng Bộ Công an, Trung tướng Trần Quốc Bảo cho biết",
      "Trần Quốc Bảo",
      "trung_tuong",
      ["Thứ trưởng"],
    ],
    [
      "Điểm cầu có đồng chí Hà Văn Úc - Chủ tịch UBND thị xã, Trưởng ban Chỉ đạo 138 thị xã; các đại biểu",
      "Hà Văn Úc",
      null,
      ["Chủ tịch", "Trưởng ban Chỉ đạo"],
    ],
    ["Sau đó Bộ trưởng Bộ Công an Lâm Quốc Tuấn nhấn mạnh", "Lâm Quốc Tuấn", null, ["Bộ trưởng"]],
    [
      "Trung tướng Phạm Văn Khải, Cục trưởng Cục XDPT toàn dân bảo vệ ANTQ chủ trì hội nghị.",
      "Phạm Văn Khải",
      "trung_tuong",
      ["Cục trưởng"],
    ],
    [
      "Cơ quan điều tra bắt đối tượng Nguyễn Văn Tùng (SN 1990, trú tại xã Yên Lạc).",
      "Nguyễn Văn Tùng",
      null,
      [],
    ],
    ["Nạn nhân là anh Đặng Duy Thắng (36 tuổi) bị thương nặng.", "Đặng Duy Thắng", null, []],
    ["Tại hiện trường, bà Phạm Thị Bưởi cho biết", "Phạm Thị Bưởi", null, []],
    [
      "Đại úy Lê Văn Chiến (Phó đội trưởng đội hình sự - Công an huyện Ba Vì) cho biết",
      "Lê Văn Chiến",
      "dai_uy",
      ["Phó đội trưởng"],
    ],
    [
      "Trạm CSGT do đồng chí Trung tá Lê Đình Thắng làm tổ trưởng phát hiện",
      "Lê Đình Thắng",
      "trung_ta",
      ["tổ trưởng"],
    ],
    [
      "gia đình Trung tá Vũ Hữu Đoan, nguyên Chính trị viên Đồn Công an Cát Bà",
      "Vũ Hữu Đoan",
      "trung_ta",
      ["Chính trị viên"],
    ],
    ["Cầm đầu đường dây là Lương Kính Dũng (36 tuổi, ở Hà Nội).", "Lương Kính Dũng", null, []],
    ["Nhân dịp kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh, đơn vị ra quân", "Hồ Chí Minh", null, ["Chủ tịch"]],
    ["Công an huyện đã bắt giữ Nguyễn Văn Hùng, SN 1985, trú tại xã Tân Lập.", "Nguyễn Văn Hùng", null, []],
    ["Cơ quan điều tra khởi tố bị can đối với Lê Văn Sáu về tội trộm cắp.", "Lê Văn Sáu", null, []],
    [
      "xe khách do Trần Minh Long, sinh năm 1975, trú tại xã Việt Hưng điều khiển",
      "Trần Minh Long",
      null,
      [],
    ],
    [
      "nhóm này đuổi đánh Đỗ Quang Hiếu và Hoàng Đức Chinh (cùng 20 tuổi) gây thương tích",
      "Đỗ Quang Hiếu",
      null,
      [],
    ],
    [
      "Tổ công tác gồm các đồng chí: Trung tá Lê Văn Bốn, Đại úy Quách Anh Tú và Trung úy Ngô Văn Quyết.",
      "Quách Anh Tú",
      "dai_uy",
      [],
    ],
    [
      "Nguyên Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Đoàn Mạnh Hà nhận Huy hiệu",
      "Đoàn Mạnh Hà",
      null,
      ["Chủ nhiệm"],
    ],
    ["Người phụ nữ khai tên là Đậu Thị Trâm, 30 tuổi.", "Đậu Thị Trâm", null, []],
    [
      "Trung tướng, GS, TS Tô Văn Cường, Giám đốc Học viện CSND dự.",
      "Tô Văn Cường",
      "trung_tuong",
      ["Giám đốc"],
    ],
  ];
  it.each(rows)("%s", (text, name, rank, positions) => {
    const persons = findPersons(text);
    const p = persons.find((x) => x.name === name);
    expect(p, JSON.stringify(persons.map((x) => x.name))).toBeDefined();
    expect(p?.rank?.id ?? null).toBe(rank);
    for (const pos of positions) expect(p?.titles.map((t) => t.position)).toContain(pos);
    for (const m of p?.mentions ?? []) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("a list after 'các đồng chí' gives one person per name", () => {
    const names = findPersons(
      "Tổ công tác gồm các đồng chí Trần Tuấn Dũng, Hà Văn Thiện, Lâm Văn Sơn và Trần Quý cùng làm nhiệm vụ.",
    ).map((p) => p.name);
    expect(names).toEqual(["Trần Tuấn Dũng", "Hà Văn Thiện", "Lâm Văn Sơn", "Trần Quý"]);
  });

  it("a list after a plural noun shares its role", () => {
    const persons = findPersons(
      "Tại cơ quan Công an, các đối tượng gồm: Lê Văn Tài, Phạm Minh Đức (cùng 21 tuổi) và Ngô Văn Lợi khai nhận.",
    );
    expect(persons.map((p) => [p.name, p.role])).toEqual([
      ["Lê Văn Tài", "suspect"],
      ["Phạm Minh Đức", "suspect"],
      ["Ngô Văn Lợi", "suspect"],
    ]);
  });

  it("titles in a chain after the name all belong to it; ';' starts the next person", () => {
    const persons = findPersons(
      "Dự có các đồng chí: Bùi Thị Minh Hòa, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội; Trần Sỹ Thành, Phó Bí thư Thành ủy.",
    );
    expect(persons.map((p) => [p.name, p.titles.map((t) => t.position)])).toEqual([
      ["Bùi Thị Minh Hòa", ["Ủy viên", "Bí thư"]],
      ["Trần Sỹ Thành", ["Phó Bí thư"]],
    ]);
    expect(persons[0]?.titles[1]?.organization).toBe("Thành ủy Hà Nội");
  });

  it("later mentions merge into one person, ids in order of first mention", () => {
    const text =
      "Trung tướng Nguyễn Văn Khang chủ trì. Đại tá Lê Văn Chi dự. Sau đó đồng chí Khang trao cờ. Trung tướng Nguyễn Văn Khang phát biểu.";
    const persons = findPersons(text);
    expect(persons.map((p) => [p.id, p.name, p.mentions.length])).toEqual([
      ["p1", "Nguyễn Văn Khang", 3],
      ["p2", "Lê Văn Chi", 1],
    ]);
    expect(persons[0]?.mentions.map((m) => m.text)).toEqual([
      "Nguyễn Văn Khang",
      "Khang",
      "Nguyễn Văn Khang",
    ]);
  });

  it("gender only when the text says it", () => {
    const persons = findPersons(
      "Ông Trần Văn Sơn, bà Lê Thị Hoa, chị Ngô Mai Anh và Đại tá Phạm Quốc Bảo dự.",
    );
    expect(Object.fromEntries(persons.map((p) => [p.name, p.gender]))).toEqual({
      "Trần Văn Sơn": "male",
      "Lê Thị Hoa": "female",
      "Ngô Mai Anh": "female",
      "Phạm Quốc Bảo": null,
    });
  });

  it("results match the zod schema and survive JSON", () => {
    const persons = findPersons("Đại tá Đỗ Quang Minh - Phó Giám đốc CATP; bà Lê Thị Hoa (SN 1970).");
    expect(z.array(PersonSchema).parse(persons)).toEqual(persons);
    expect(JSON.parse(JSON.stringify(persons))).toEqual(persons);
  });

  it("the role follows the noun before the name", () => {
    const [p] = findPersons("Công an đã bắt bị can Trịnh Văn Hùng để điều tra.");
    expect(p?.role).toBe("suspect");
  });

  it("a capitalised 'Bà', 'Ông' mid-sentence before a full name is the noun, not part of the name", () => {
    const found = findPersons("Sở đã báo cáo vụ việc Bà Lưu Thị Minh Hạnh, Phó trưởng phòng cho biết.");
    expect(found.map((p) => [p.name, p.gender])).toEqual([["Lưu Thị Minh Hạnh", "female"]]);
    // a place named after a lady ("Bà Rịa") or a street ("Bà Triệu") stays no person
    expect(findPersons("về tỉnh Bà Rịa - Vũng Tàu qua đường Bà Triệu.")).toEqual([]);
  });

  it("NFD and old tone placement give the same person with input offsets", () => {
    const text = "Đại uý Trần Văn Hoà - Chính uỷ Trung đoàn dự.".normalize("NFD");
    const [p] = findPersons(text);
    expect(p?.rank?.id).toBe("dai_uy");
    expect(p?.titles[0]?.positionId).toBe("chinh_uy");
    const m = p?.mentions[0];
    expect(text.slice(m?.start, m?.end)).toBe(m?.text);
  });

  it("excluded spans (byline, sign-off) are not persons", () => {
    const text = "Đại tá Lê Văn An dự.\nTác giả: đồng chí Phan Thanh Hồng";
    const start = text.indexOf("Phan");
    const persons = findPersons(text, { exclude: [{ start, end: text.length, text: text.slice(start) }] });
    expect(persons.map((p) => p.name)).toEqual(["Lê Văn An"]);
  });
});

describe("findPersons: capitalised phrases that are not people", () => {
  const negatives = [
    "Đơn vị nhận danh hiệu Đơn vị Quyết thắng.",
    "Bộ Công an tổ chức hội nghị.",
    "Dịp Tết Nguyên đán đang đến gần.",
    "Công an TP Hồ Chí Minh cho biết.",
    "Vụ việc xảy ra trên đường Lê Văn Lương, quận Thanh Xuân.",
    "Tỉnh Bà Rịa - Vũng Tàu và tỉnh Hà Giang.",
    "Giám đốc Công an tỉnh Quảng Nam cho biết.",
    "Các cấp bậc Thượng tá, Đại tá và Trung tướng.",
    "Nhà số 16 Lương Văn Can, phường Máy Tơ.",
    "Va chạm tại ngã ba Phạm Thế Hùng-Nguyễn Thị Lan, phường 2.",
    "Hàng nghìn người dự lễ tại chợ Bùi Thị Xuân.",
    "Trung tá CSGT Phú Thọ bị xe đâm.",
    "Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh cho biết.",
    // a fund named like a person after a position: "Quỹ" heads an organisation
    "Năm nay, Quỹ Hạt Giống Xanh trao 50 suất quà; Phó chủ tịch Quỹ Hạt Giống Xanh dự lễ.",
    "Phát biểu tại buổi lễ, Chủ tịch Quỹ Sakura Việt Nam cảm ơn các nhà tài trợ.",
  ];
  it.each(negatives)("%s", (text) => {
    expect(findPersons(text).map((p) => p.name)).toEqual([]);
  });
});

describe("findPersons: spans", () => {
  it("never throws; every mention is an input slice; ids are p1…pn", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            "Đại tá ",
            "đồng chí ",
            "Nguyễn Văn An",
            "Lê Thị Bình",
            ", ",
            " - ",
            "Phó Giám đốc CATP",
            "(SN 1990)",
            " và ",
            "\n",
            "Khang",
            "bà ",
          ),
          { maxLength: 20 },
        ),
        fc.string({ maxLength: 20 }),
        (pieces, noise) => {
          const text = pieces.join("") + noise;
          const persons = findPersons(text);
          persons.forEach((p, i) => {
            expect(p.id).toBe(`p${i + 1}`);
            for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("findPersons: a title's organisation stops where the title does", () => {
  it("'thay mặt' (on behalf of) ends the organisation, and the body spoken for is not a title", () => {
    const [person] = findPersons(
      "Đại tá Lê Văn An - Phó Giám đốc Công an tỉnh thay mặt Đảng ủy, Giám đốc Công an tỉnh đề nghị các đơn vị tập trung.",
    );
    expect(person?.name).toBe("Lê Văn An");
    expect(person?.titles.map((t) => [t.position, t.organization])).toEqual([
      ["Phó Giám đốc", "Công an tỉnh"],
    ]);
  });
});
