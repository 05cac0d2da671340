import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { findTitles, TitleMentionSchema } from "./index.js";

describe("findTitles: position and where its organisation stops", () => {
  const rows: [string, string, string | null, string | null][] = [
    // text, position, organisation, position id
    ["Đại tá Lê Văn An - Phó Giám đốc CATP dự hội nghị", "Phó Giám đốc", "CATP", "pho_giam_doc"],
    [
      "Thượng tá Trần Bình, Trưởng phòng Tham mưu phát biểu",
      "Trưởng phòng",
      "Phòng Tham mưu",
      "truong_phong",
    ],
    [
      "Phó Chủ tịch UBND quận Lê Chân Nguyễn Văn Hà biểu dương",
      "Phó Chủ tịch",
      "UBND quận Lê Chân",
      "pho_chu_tich",
    ],
    ["Giám đốc Công an tỉnh Quảng Nam cho biết", "Giám đốc", "Công an tỉnh Quảng Nam", "giam_doc"],
    ["Cục trưởng Cục Cảnh sát hình sự chủ trì hội nghị", "Cục trưởng", "Cục Cảnh sát hình sự", "cuc_truong"],
    ["Bộ trưởng Bộ Công an Lê Minh An nhấn mạnh", "Bộ trưởng", "Bộ Công an", "bo_truong"],
    ["Thứ trưởng Bộ Công an, Trung tướng Đỗ Văn Bình", "Thứ trưởng", "Bộ Công an", "thu_truong"],
    [
      "đồng chí Hà Văn Úc - Chủ tịch UBND thị xã, Trưởng ban Chỉ đạo 138 thị xã",
      "Chủ tịch",
      "UBND thị xã",
      "chu_tich",
    ],
    [
      "Thượng tá Vũ Văn Tình - Phó Trưởng CAQ Ngô Quyền báo cáo",
      "Phó Trưởng",
      "CAQ Ngô Quyền",
      "pho_truong_cong_an",
    ],
    [
      "Trung tá Lò Văn Pâng, Trưởng Công an xã Mường Lý",
      "Trưởng",
      "Công an xã Mường Lý",
      "truong_cong_an_xa",
    ],
    [
      "Phó Thủ trưởng Cơ quan CSĐT Công an tỉnh Nghệ An thông tin",
      "Phó Thủ trưởng Cơ quan CSĐT",
      "Công an tỉnh Nghệ An",
      "pho_thu_truong_co_quan_dieu_tra",
    ],
    ["Bộ trưởng Trần Văn Cường dự", "Bộ trưởng", null, "bo_truong"],
    // a post the press abbreviates
    ["Ông Lê Văn Tâm - GĐ Sở Y tế tỉnh cho biết", "GĐ", "Sở Y tế tỉnh", "giam_doc"],
    // the post alone; the police unit its spelling names is the organisation
    ["Trưởng Công an huyện Nghi Lộc cho biết", "Trưởng", "Công an huyện Nghi Lộc", "truong_cong_an"],
    // "CA" is a word to the tokenizer, yet the code of the unit
    ["Đại tá Đặng Văn Hòa - Trưởng CA quận Lê Chân cho biết", "Trưởng", "CA quận Lê Chân", "truong_cong_an"],
    [
      "Phó Chánh Văn phòng Bộ Công an dự",
      "Phó Chánh Văn phòng",
      "Văn phòng Bộ Công an",
      "pho_chanh_van_phong",
    ],
    // a unit named in lower case after the position's unit noun, up to its level (and place)
    [
      "Trưởng Ban chỉ huy bảo vệ và phát triển rừng huyện Mường Lát, ông Lò Văn Sinh nói",
      "Trưởng Ban",
      "Ban chỉ huy bảo vệ và phát triển rừng huyện Mường Lát",
      "truong_ban",
    ],
    [
      "Trưởng phòng văn hóa huyện Bảo Yên Đỗ Văn Tâm cho biết",
      "Trưởng phòng",
      "Phòng văn hóa huyện Bảo Yên",
      "truong_phong",
    ],
    // (a level with no place after it ends the unit before the verb)
    [
      "Phó ban chỉ huy quân sự xã bắn bị thương anh Lò Văn Sinh",
      "Phó ban",
      "Ban chỉ huy quân sự xã",
      "pho_truong_ban",
    ],
  ];
  it.each(rows)("%s", (text, position, organization, id) => {
    const t = findTitles(text)[0];
    expect(t?.title.position).toBe(position);
    expect(t?.title.organization).toBe(organization);
    expect(t?.title.positionId).toBe(id);
    expect(text.slice(t?.start, t?.end)).toBe(t?.text);
  });

  it("results match the zod schema", () => {
    const found = findTitles("Phó Giám đốc CATP, Trưởng phòng Tham mưu dự.");
    expect(z.array(TitleMentionSchema).parse(found)).toEqual(found);
  });

  it("spells out the organisation's abbreviations, with the article's city", () => {
    const [t] = findTitles("Đại tá Lê Văn An - Phó Giám đốc CATP dự hội nghị tại quận Lê Chân.");
    expect(t?.title.organizationExpanded).toBe("Công an thành phố Hải Phòng");
  });

  it("old tone placement and NFD are the same title", () => {
    for (const text of ["Phó Chánh Văn phòng Bộ Công an dự", "Chính uỷ Bộ Tư lệnh dự".normalize("NFD")]) {
      const [t] = findTitles(text);
      expect(t).toBeDefined();
      expect(text.slice(t?.start, t?.end)).toBe(t?.text);
    }
  });
});

describe("findTitles: not a title", () => {
  const negatives = [
    "Các giám đốc doanh nghiệp đã có mặt.",
    "Ông ấy là người trưởng thành.",
    "Phòng Tham mưu tổ chức hội nghị.",
  ];
  // (a lower-case run with a verb before the level names no unit: the position keeps none)
  it("Trưởng ban đã kiểm tra huyện Mường Lát: no unit of lower-case verbs", () => {
    for (const t of findTitles("Trưởng ban đã kiểm tra huyện Mường Lát."))
      expect(t.title.organization).toBeNull();
  });
  it.each(negatives)("%s", (text) => {
    expect(findTitles(text)).toEqual([]);
  });
});

describe("findTitles: spans", () => {
  it("never throws; spans are input slices in order", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.constantFrom("Phó Giám đốc CATP ", "Trưởng phòng Tham mưu, ", "Chủ tịch UBND quận "),
        fc.string({ maxLength: 60 }),
        (a, t, b) => {
          const text = a + t + b;
          let last = -1;
          for (const m of findTitles(text)) {
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
