import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findOrganizations } from "../organizations/index.js";
import { findPersons } from "../persons/index.js";
import { findTitles } from "./index.js";

// Issue 10: each title keeps the unit it heads, whole and only that. Invented sentences.
const titlesOf = (text: string, name: string) =>
  findPersons(text)
    .find((p) => p.name === name)
    ?.titles.map((t) => [t.position, t.organization, t.former] as const);

describe("titles: the organisation of each title", () => {
  it("a list of titles: each keeps its own organisation", () => {
    expect(
      titlesOf(
        "Ông Tô Văn Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Bộ Công an phát biểu.",
        "Tô Văn Lâm",
      ),
    ).toEqual([
      ["Ủy viên", "Bộ Chính trị", false],
      ["Bí thư", "Đảng ủy Công an Trung ương", false],
      ["Bộ trưởng", "Bộ Công an", false],
    ]);
  });

  it("an abbreviated level glued to its place by a dot stays in the unit", () => {
    expect(titlesOf("Chủ tịch UBND TP.Hà Nội Lê Minh Đạt yêu cầu các sở.", "Lê Minh Đạt")).toEqual([
      ["Chủ tịch", "UBND TP.Hà Nội", false],
    ]);
    expect(titlesOf("Phó Giám đốc Công an TP. Đà Nẵng Trần Văn Lộc cho biết.", "Trần Văn Lộc")).toEqual([
      ["Phó Giám đốc", "Công an TP. Đà Nẵng", false],
    ]);
  });

  it("a ministry's field with 'và', a comma or a dash is the unit's, whole", () => {
    expect(titlesOf("Thứ trưởng Bộ Giáo dục - Đào tạo Lê Thị Hằng đã ký công văn.", "Lê Thị Hằng")).toEqual([
      ["Thứ trưởng", "Bộ Giáo dục - Đào tạo", false],
    ]);
    expect(
      titlesOf("Giám đốc Sở Tài nguyên và Môi trường tỉnh Phú Yên Đỗ Văn Lực cho biết.", "Đỗ Văn Lực"),
    ).toEqual([["Giám đốc", "Sở Tài nguyên và Môi trường tỉnh Phú Yên", false]]);
    expect(
      titlesOf("bộ trưởng bộ Lao động, thương binh và xã hội Đào Minh Chiến đã chỉ đạo.", "Đào Minh Chiến"),
    ).toEqual([["bộ trưởng", "bộ Lao động, thương binh và xã hội", false]]);
    // the unit noun inside the post opens the unit's name
    expect(
      titlesOf("Trưởng phòng Giáo dục và Đào tạo huyện Kỳ Anh Phạm Văn Toàn phát biểu.", "Phạm Văn Toàn"),
    ).toEqual([["Trưởng phòng", "Phòng Giáo dục và Đào tạo huyện Kỳ Anh", false]]);
    // a field's verb ("đầu tư") is no verb of the sentence
    expect(
      findOrganizations("Thành phố yêu cầu Sở Kế hoạch và đầu tư lập tổ công tác.").map((o) => o.name),
    ).toEqual(["Sở Kế hoạch và đầu tư"]);
  });

  it("a code in brackets at the end of the unit is left out of it, never cut in half", () => {
    expect(
      titlesOf("Ông Lý Văn Tùng, Trưởng phòng Cảnh sát hình sự (PC45), cho biết.", "Lý Văn Tùng"),
    ).toEqual([["Trưởng phòng", "Phòng Cảnh sát hình sự", false]]);
  });

  it("a code of several parts in brackets stays inside the unit, and a country closes it before the holder", () => {
    expect(
      titlesOf("Giám đốc Sở Giáo dục và Đào tạo (GD&ĐT) Lê Văn Khải báo cáo lại vụ việc.", "Lê Văn Khải"),
    ).toEqual([["Giám đốc", "Sở Giáo dục và Đào tạo", false]]);
    expect(
      titlesOf("Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Trần Văn Mẫn phát biểu.", "Trần Văn Mẫn"),
    ).toEqual([["Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam", false]]);
  });

  it("a caption run into the next sentence: a capital that makes a word with the syllable after it ends a complete unit", () => {
    expect(
      findOrganizations("Đoàn đã làm việc với Quận ủy Thanh Khê Cụ thể, quận đã triển khai kế hoạch.").map(
        (o) => o.name,
      ),
    ).toEqual(["Quận ủy Thanh Khê"]);
  });

  it("'kiêm' and a role without a unit end the unit of the post before it", () => {
    expect(
      titlesOf(
        "Đại tá Hà Văn Lương, Trưởng phòng Tham mưu kiêm người phát ngôn Công an tỉnh Hà Tĩnh cho biết.",
        "Hà Văn Lương",
      )?.[0],
    ).toEqual(["Trưởng phòng", "Phòng Tham mưu", false]);
  });

  it("'X kiêm Y' of one unit: two titles with the same organisation", () => {
    expect(titlesOf("Đại tá Hồ Sỹ Tâm, Tư lệnh kiêm Chính ủy Đoàn 559 dự lễ.", "Hồ Sỹ Tâm")).toEqual([
      ["Tư lệnh", "Đoàn 559", false],
      ["Chính ủy", "Đoàn 559", false],
    ]);
  });

  it("'chuyên trách' (full-time) qualifies the post, and the unit follows it", () => {
    expect(
      titlesOf(
        "Ông Trần Văn Nam, Phó Chủ tịch chuyên trách Hội Nông dân tỉnh Nam Định phát biểu.",
        "Trần Văn Nam",
      ),
    ).toEqual([["Phó Chủ tịch chuyên trách", "Hội Nông dân tỉnh Nam Định", false]]);
  });

  it("an administrative unit's name takes two syllables before the holder's name", () => {
    // "Hà" is a surname too: the commune is still "Tân Hà"
    expect(titlesOf("Theo Chủ tịch UBND xã Tân Hà Trần Minh Đức, vụ việc", "Trần Minh Đức")).toEqual([
      ["Chủ tịch", "UBND xã Tân Hà", false],
    ]);
  });

  it("a unit named in lower case after the post's noun, closed by its parent after a comma", () => {
    expect(
      titlesOf("Ông Trần Văn Nhi, Trưởng phòng tham mưu, Công an tỉnh Ninh Thuận cho biết.", "Trần Văn Nhi"),
    ).toEqual([["Trưởng phòng", "Phòng tham mưu, Công an tỉnh Ninh Thuận", false]]);
    // with no parent nothing tells where the lower-case name ends: the post stays without a unit
    expect(titlesOf("Ông Trần Văn Nhi, Trưởng phòng tham mưu cho biết.", "Trần Văn Nhi")).toEqual([
      ["Trưởng phòng", null, false],
    ]);
  });

  it("'nguyên' marks a former post", () => {
    expect(
      titlesOf("Bị can Lò Văn Sơn, nguyên Phó Chủ tịch UBND huyện Mường Tè, bị bắt.", "Lò Văn Sơn"),
    ).toEqual([["Phó Chủ tịch", "UBND huyện Mường Tè", true]]);
  });

  it("'cựu' marks a former post too, and the term of office is no part of the unit", () => {
    expect(
      titlesOf(
        "Bắt tạm giam ông Lò Văn Sơn - cựu phó chủ tịch UBND tỉnh Lai Châu nhiệm kỳ 2011-2015.",
        "Lò Văn Sơn",
      ),
    ).toEqual([["phó chủ tịch", "UBND tỉnh Lai Châu", true]]);
  });

  it("'X <unit> kiêm Y <unit>': two titles, each with its own unit", () => {
    expect(
      titlesOf("Bà Lê Thị Hoa, Chủ tịch HĐQT kiêm Tổng giám đốc Công ty Sao Mai, bị bắt.", "Lê Thị Hoa"),
    ).toEqual([
      ["Chủ tịch", "HĐQT", false],
      ["Tổng giám đốc", "Công ty Sao Mai", false],
    ]);
  });

  it("'Thường trực' after a post belongs to the post, and the unit follows it", () => {
    expect(
      titlesOf(
        "Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình biểu dương lực lượng.",
        "Trương Hòa Bình",
      ),
    ).toEqual([["Phó Thủ tướng Thường trực", "Chính phủ", false]]);
  });

  it("an age or birth year between a name and its title is passed over", () => {
    expect(titlesOf("Trung tá Lê Văn Dung, 51 tuổi, Đội trưởng Đội CSGT tử vong.", "Lê Văn Dung")).toEqual([
      ["Đội trưởng", "Đội CSGT", false],
    ]);
    expect(
      titlesOf(
        "Xe do ông Lò Văn Sơn, sinh năm 1958 (trú tại xã Thân Thuộc), Phó trưởng Công an huyện Tân Uyên điều khiển.",
        "Lò Văn Sơn",
      ),
    ).toEqual([["Phó trưởng", "Công an huyện Tân Uyên", false]]);
  });

  it("a post in the plural before a colon is held by every name of the list", () => {
    const text = "Dự lễ có các Phó Thủ tướng: Trương Văn Bình, Phạm Văn Minh, Vương Đình Huệ.";
    for (const name of ["Trương Văn Bình", "Phạm Văn Minh", "Vương Đình Huệ"])
      expect(titlesOf(text, name)).toEqual([["Phó Thủ tướng", null, false]]);
  });

  it("the army's Party commission is a unit ('Quân ủy Trung ương'), and the list goes on after it", () => {
    expect(
      titlesOf(
        "Thượng tướng Lê Văn An, Ủy viên Thường vụ Quân ủy Trung ương, Chủ nhiệm Tổng cục Chính trị dự lễ.",
        "Lê Văn An",
      ),
    ).toEqual([
      ["Ủy viên Thường vụ", "Quân ủy Trung ương", false],
      ["Chủ nhiệm", "Tổng cục Chính trị", false],
    ]);
  });

  it("'Phó ban' is the short form of 'Phó Trưởng ban'", () => {
    expect(titlesOf("Ông Lê Văn An, Phó ban Tuyên giáo Tỉnh ủy dự lễ.", "Lê Văn An")?.[0]?.[0]).toBe(
      "Phó ban",
    );
  });

  it("a parent unit after a comma belongs to the unit", () => {
    expect(
      titlesOf("Thượng tá Chu Văn Hảo, Phó phòng Tham mưu, Công an tỉnh Lai Châu cho biết.", "Chu Văn Hảo"),
    ).toEqual([["Phó phòng", "Phòng Tham mưu, Công an tỉnh Lai Châu", false]]);
  });

  it("a comma before the next title of a list is no parent", () => {
    expect(
      titlesOf("Ông Lê Văn Toàn, Trưởng phòng Tham mưu, Bí thư Chi bộ cho biết.", "Lê Văn Toàn"),
    ).toEqual([
      ["Trưởng phòng", "Phòng Tham mưu", false],
      ["Bí thư", "Chi bộ", false],
    ]);
  });

  it("the unit noun inside the position opens the organisation", () => {
    expect(titlesOf("Trung tá Lê Hữu Nam, Phó Trưởng phòng An ninh Kinh tế cho biết.", "Lê Hữu Nam")).toEqual(
      [["Phó Trưởng phòng", "Phòng An ninh Kinh tế", false]],
    );
  });

  it("'Thủ tướng Chính phủ': the position and its body; 'Chánh văn phòng' in lower case stays whole", () => {
    expect(titlesOf("Thủ tướng Chính phủ Nguyễn Minh Khôi chủ trì.", "Nguyễn Minh Khôi")).toEqual([
      ["Thủ tướng Chính phủ", "Chính phủ", false],
    ]);
    const [mention] = findTitles("Ông A, Chánh văn phòng Sở cho biết");
    expect(mention?.title.position).toBe("Chánh văn phòng");
    expect(mention?.title.organization).not.toBe("văn phòng Sở");
  });

  it("a bare position takes the unit the article gives it elsewhere, without a duplicate", () => {
    const text =
      "Bộ trưởng Bộ Công an chỉ đạo các đơn vị. Tại hội nghị, Bộ trưởng Trần Văn Định yêu cầu tăng cường.";
    expect(titlesOf(text, "Trần Văn Định")).toEqual([["Bộ trưởng", "Bộ Công an", false]]);
  });

  it("two different units for one position leave a bare position bare", () => {
    const text = "Giám đốc Sở Y tế và Giám đốc Công an tỉnh dự họp. Giám đốc Phan Hữu Khang phát biểu.";
    expect(titlesOf(text, "Phan Hữu Khang")).toEqual([["Giám đốc", null, false]]);
  });

  it("'phụ trách' (in charge of) leads to the unit", () => {
    expect(titlesOf("Ông Lê Văn Phú, Phó trưởng ban phụ trách Ban Kiểm tra cho biết.", "Lê Văn Phú")).toEqual(
      [["Phó trưởng ban", "Ban Kiểm tra", false]],
    );
  });

  it("a post that heads a kind of unit takes that unit after a comma, and the list goes on past a parent", () => {
    expect(
      titlesOf(
        "Thượng tá Lê Minh Tiến, Phó Cục trưởng, Cục K12, Tổng cục Kỹ thuật (Bộ Công an), Ủy viên Ban Chỉ đạo, Tổ trưởng, Tổ giúp việc dự.",
        "Lê Minh Tiến",
      ),
    ).toEqual([
      ["Phó Cục trưởng", "Cục K12", false],
      ["Ủy viên", "Ban Chỉ đạo", false],
      ["Tổ trưởng", "Tổ giúp việc", false],
    ]);
  });

  it("a dash inside a unit's name does not end it; a dash before a name does", () => {
    expect(titlesOf("Ông Lê Văn Tâm, Giám đốc Sở Văn hóa - Thể thao tỉnh Nghệ An dự.", "Lê Văn Tâm")).toEqual(
      [["Giám đốc", "Sở Văn hóa - Thể thao tỉnh Nghệ An", false]],
    );
    expect(titlesOf("Giám đốc Sở Tư pháp - Trần Văn Hùng dự họp.", "Trần Văn Hùng")).toEqual([
      ["Giám đốc", "Sở Tư pháp", false],
    ]);
    // a name-like pair after the dash ("Thái Dương"): the dash is not read as inside the name
    expect(
      titlesOf(
        "Theo ông Lê Anh Tuấn (Giám đốc Công ty Nghệ thuật - Sân khấu Thái Dương), vé đã bán hết.",
        "Lê Anh Tuấn",
      ),
    ).toEqual([["Giám đốc", "Công ty Nghệ thuật", false]]);
  });

  it("fields listed in a unit's name belong to it; units listed after a comma do not", () => {
    expect(
      titlesOf("Ông Lê Văn Tâm, Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An dự.", "Lê Văn Tâm"),
    ).toEqual([["Giám đốc", "Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An", false]]);
    expect(titlesOf("Cục trưởng Cục Xuất bản, In và Phát hành Lê Văn Hòa đã ký.", "Lê Văn Hòa")).toEqual([
      ["Cục trưởng", "Cục Xuất bản, In và Phát hành", false],
    ]);
    const [own] =
      titlesOf("Ông Lê Văn Tâm, Giám đốc Sở Y tế, Sở Tư pháp và Công an tỉnh dự.", "Lê Văn Tâm") ?? [];
    expect(own?.[1]).toBe("Sở Y tế");
  });

  it("'Ủy viên Thường trực' is a post; a unit's name never ends with 'về' or 'của'", () => {
    expect(
      titlesOf(
        "Thượng tướng Lê Văn Tân, Thứ trưởng, Ủy viên Thường trực Hội đồng tư vấn đặc xá, Trưởng Ban Chỉ đạo về đặc xá của Bộ Công an làm Trưởng đoàn.",
        "Lê Văn Tân",
      )?.map((t) => t[0]),
    ).toEqual(["Thứ trưởng", "Ủy viên Thường trực", "Trưởng Ban Chỉ đạo"]);
    const [org] = findOrganizations("Bộ Công Thương về việc quản lý thị trường đã có công văn.");
    expect(org?.name).toBe("Bộ Công Thương");
  });

  it("'Trưởng Ban Chỉ đạo': the unit is the Ban Chỉ đạo and its name", () => {
    expect(
      titlesOf(
        "Đại tá Đỗ Văn Hùng, Trưởng Ban Chỉ đạo Tổng điều tra dân số tỉnh dự.",
        "Đỗ Văn Hùng",
      )?.[0]?.[1],
    ).toMatch(/^Ban Chỉ đạo Tổng điều tra/);
  });

  it("one post told twice with the same unit is one title, with the fuller unit", () => {
    const text =
      "Đại tá Lê Văn Hải, Phó Giám đốc CATP dự. Sau đó, Đại tá Lê Văn Hải, Phó Giám đốc CATP Hà Nội phát biểu.";
    // (both spell out as "Công an thành phố Hà Nội": the first is kept)
    expect(titlesOf(text, "Lê Văn Hải")).toEqual([["Phó Giám đốc", "CATP", false]]);
    const fuller =
      "Ông Lê Văn Hải, Phó Giám đốc Sở Y tế dự. Ông Lê Văn Hải, Phó Giám đốc Sở Y tế Hà Nam nói.";
    expect(titlesOf(fuller, "Lê Văn Hải")).toEqual([["Phó Giám đốc", "Sở Y tế Hà Nam", false]]);
    const cased =
      "Đại tá Đỗ Văn Thành, giám đốc công an tỉnh Lạng Sơn cho biết. Đại tá Đỗ Văn Thành, Giám đốc Công an tỉnh Lạng Sơn nói thêm.";
    expect(titlesOf(cased, "Đỗ Văn Thành")).toEqual([["Giám đốc", "Công an tỉnh Lạng Sơn", false]]);
  });

  it("the unit noun of a post with no name after it is no unit ('làm Trưởng Ban chỉ đạo.')", () => {
    expect(titlesOf("Phó Thủ tướng Lê Văn Minh làm Trưởng Ban chỉ đạo.", "Lê Văn Minh")).not.toContainEqual([
      "Trưởng Ban chỉ đạo",
      "Ban",
      false,
    ]);
  });

  it("titles from data: Phó Tổng Giám đốc, Tổng Thư ký, Trưởng khoa", () => {
    expect(titlesOf("Ông Phạm Lương Hà, Phó Tổng Giám đốc BHXH Việt Nam cho biết.", "Phạm Lương Hà")).toEqual(
      [["Phó Tổng Giám đốc", "BHXH Việt Nam", false]],
    );
    expect(
      titlesOf("GS.TS Lê Gia Minh, Phó Chủ tịch kiêm Tổng Thư ký Tổng hội Y học Việt Nam ký.", "Lê Gia Minh"),
    ).toEqual([
      ["Phó Chủ tịch", "Tổng hội Y học Việt Nam", false],
      ["Tổng Thư ký", "Tổng hội Y học Việt Nam", false],
    ]);
  });
});

describe("findTitles: spans of joint titles", () => {
  it("'X kiêm Y …' gives two mentions that do not overlap and slice the input", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            "Tư lệnh kiêm Chính ủy Đoàn 559",
            ", ",
            "nguyên ",
            "Phó phòng Tham mưu, Công an tỉnh Lai Châu",
            " Phó Chủ tịch kiêm Tổng Thư ký Tổng hội Y học",
            "\r\n",
            "Thủ tướng Chính phủ",
          ),
          { maxLength: 10 },
        ),
        fc.boolean(),
        (pieces, nfd) => {
          const raw = pieces.join("");
          const text = nfd ? raw.normalize("NFD") : raw;
          const found = findTitles(text);
          let last = 0;
          for (const m of found) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.start).toBeGreaterThanOrEqual(last);
            last = m.end;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
