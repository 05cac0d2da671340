import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { findRanks, RankMentionSchema } from "./index.js";

describe("findRanks: a rank used as someone's rank", () => {
  const rows: [string, string, string][] = [
    // text, rank text, rank id
    ["Đại tá Nguyễn Văn An phát biểu", "Đại tá", "dai_ta"],
    ["Hội nghị có Thượng tá Lê Minh Cường dự", "Thượng tá", "thuong_ta"],
    ["Theo Đại uý Trần Bình, vụ việc đã rõ", "Đại uý", "dai_uy"],
    ["Theo Đại úy Trần Bình, vụ việc đã rõ", "Đại úy", "dai_uy"],
    ["ĐẠI TÁ NGUYỄN VĂN AN", "ĐẠI TÁ", "dai_ta"],
    ["cũng theo đại úy Chiến, vụ việc", "đại úy", "dai_uy"],
    ["Trung tá CSGT Phú Thọ bị xe đâm", "Trung tá", "trung_ta"],
    ["Phó Đô đốc Phạm Hoài Nam dự lễ", "Phó Đô đốc", "pho_do_doc"],
    ["Thiếu tướng Hồ Sỹ Đạt chỉ đạo", "Thiếu tướng", "thieu_tuong"],
    ["Thượng tá QNCN Vũ Văn Hải nhận thưởng", "Thượng tá QNCN", "thuong_ta_qncn"],
    ["Trung sĩ Lò Văn Pâng trực gác", "Trung sĩ", "trung_si"],
    ["Thiếu tướng, PGS.TS Nguyễn Văn Anh phát biểu", "Thiếu tướng", "thieu_tuong"],
  ];
  it.each(rows)("%s → %s", (text, rankText, id) => {
    const found = findRanks(text);
    expect(found.map((r) => [r.text, r.rank.id])).toEqual([[rankText, id]]);
  });

  it("results match the zod schema", () => {
    const found = findRanks("Đại tá Nguyễn Văn An và Thượng úy Lê Bình");
    expect(z.array(RankMentionSchema).parse(found)).toEqual(found);
  });

  it("a bare Thượng tá is the main ladder's (order 6, force both)", () => {
    const [r] = findRanks("Thượng tá Nguyễn Văn Bình");
    expect(r?.rank).toMatchObject({ id: "thuong_ta", ladder: "main", force: "both", order: 6 });
  });

  it("NFD input keeps offsets into the input", () => {
    const text = "Hôm qua, Đại úy Trần Bình trực ban".normalize("NFD");
    const [r] = findRanks(text);
    expect(r?.rank.id).toBe("dai_uy");
    expect(text.slice(r?.start, r?.end)).toBe(r?.text);
    expect(r?.text.normalize("NFC")).toBe("Đại úy");
  });
});

describe("findRanks: rank words that are not someone's rank", () => {
  const negatives = [
    "Các cấp bậc hàm gồm thiếu tá, trung tá, thượng tá, đại tá.",
    "Cấp bậc Thiếu tá, Trung tá, Thượng tá và Đại tá được quy định tại luật.",
    "Anh được thăng quân hàm thượng tá vào năm ngoái.",
    "Lễ thăng cấp bậc hàm Đại tá cho cán bộ diễn ra sáng nay.",
    "trung tá",
    "Tháng này đơn vị có hai đại úy nghỉ hưu.",
    "Anh được phong cấp hàm Đại tá Công an nhân dân.",
  ];
  it.each(negatives)("%s", (text) => {
    expect(findRanks(text)).toEqual([]);
  });
});

describe("findRanks: spans", () => {
  it("never throws; every span is the input slice, in order", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.constantFrom("Đại tá ", "Thượng uý ", "ĐẠI TÁ ", "đại úy ", "Trung tá, "),
        fc.string({ maxLength: 40 }),
        (a, rank, b) => {
          const text = `${a}${rank}Nguyễn Văn An ${b}`;
          const found = findRanks(text);
          let last = -1;
          for (const r of found) {
            expect(text.slice(r.start, r.end)).toBe(r.text);
            expect(r.start).toBeGreaterThanOrEqual(last);
            last = r.end;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
