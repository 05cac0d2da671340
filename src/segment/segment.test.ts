import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectLinear } from "../../test/linear.js";
import { matchKey } from "../text/tone.js";
import { tokenize } from "../tokenize/index.js";
import { listDictionaryWords } from "./dictionary.js";
import { segment, segmentGreedy, segmentTokens } from "./index.js";

const texts = (input: string) => segment(input).map((w) => w.text);

/** input, a word that must come out whole (as text), its kind, its normalized form. */
const positives: [string, string, "word" | "name", string][] = [
  ["Bảo vệ an ninh Tổ quốc", "an ninh", "word", "an ninh"],
  ["Bảo vệ an ninh Tổ quốc", "Tổ quốc", "word", "Tổ quốc"],
  ["dự hội nghị tổng kết công tác", "hội nghị", "word", "hội nghị"],
  ["dự hội nghị tổng kết công tác", "tổng kết", "word", "tổng kết"],
  ["Đại tá Đào Quang Trường phát biểu", "Đại tá", "word", "Đại tá"],
  ["Đại tá Đào Quang Trường phát biểu", "Đào Quang Trường", "name", "Đào Quang Trường"],
  ["Phó Giám đốc Công an thành phố", "Phó Giám đốc", "word", "Phó Giám đốc"],
  ["Thượng tá Nguyễn Văn Hùng", "Thượng tá", "word", "Thượng tá"],
  ["Trung tướng Lê Quốc Hùng", "Trung tướng", "word", "Trung tướng"],
  ["ông là Bộ trưởng Bộ Công an", "Bộ trưởng", "word", "Bộ trưởng"],
  ["Trưởng phòng Tham mưu", "Trưởng phòng", "word", "Trưởng phòng"],
  ["Công an quận Kiến An khen thưởng", "Kiến An", "name", "Kiến An"],
  ["Công an quận Hồng Bàng khen thưởng", "Hồng Bàng", "name", "Hồng Bàng"],
  // NFD input: text stays the input's code units, normalized is NFC
  ["bảo vệ an ninh".normalize("NFD"), "an ninh".normalize("NFD"), "word", "an ninh"],
  ["giữ gìn hoà bình", "hoà bình", "word", "hòa bình"],
  ["Uỷ ban nhân dân tỉnh", "Uỷ ban nhân dân", "word", "Ủy ban nhân dân"],
  ["bảo đảm an\u00a0ninh trật tự", "an\u00a0ninh", "word", "an ninh"],
  ["bảo đảm an&nbsp;ninh trật tự", "an&nbsp;ninh", "word", "an ninh"],
  ["bảo đảm an  ninh trật tự", "an  ninh", "word", "an ninh"],
  ["Theo Đại tá H'Hen Niê", "H'Hen Niê", "name", "H'Hen Niê"],
];

describe("segment: words joined", () => {
  it.each(positives)("%j → %j (%s)", (input, word, kind, normalized) => {
    const w = segment(input).find((t) => t.text === word);
    expect(w).toBeDefined();
    expect(w?.kind).toBe(kind);
    expect(w?.normalized).toBe(normalized);
    expect(input.slice(w?.start, w?.end)).toBe(word);
  });
});

/** input, and pieces that must come out as separate words. */
const negatives: [string, string[]][] = [
  ["an, ninh", ["an", ",", "ninh"]],
  ["an\nninh", ["an", "ninh"]],
  ["an\r\nninh", ["an", "ninh"]],
  ["an.ninh", ["an", ".", "ninh"]],
  ["an - ninh", ["an", "-", "ninh"]],
  ["năm 2022 tổng kết", ["năm", "2022", "tổng kết"]],
  ["15% cán bộ", ["15%", "cán bộ"]],
  ["ngày 30/6/2022 họp", ["ngày", "30/6/2022", "họp"]],
];

describe("segment: never joined across punctuation, line breaks or numbers", () => {
  it.each(negatives)("%j → %j", (input, pieces) => {
    expect(texts(input)).toEqual(pieces);
  });
  it("returns [] for empty and blank input", () => {
    expect(segment("")).toEqual([]);
    expect(segment("  \n\t ")).toEqual([]);
  });
});

/** input, the abbreviation with its full stop that must come out as one word, its kind, normalized. */
const dotted: [string, string, "word" | "name" | "abbr", string][] = [
  ["Công an TP. Cần Thơ cho biết", "TP.", "abbr", "TP."],
  ["trụ sở ở Tp. Vinh", "Tp.", "word", "Tp."],
  ["bà K. đi chợ về", "K.", "word", "K."],
  ["bị can Trần Văn T., 40 tuổi", "Trần Văn T.", "name", "Trần Văn T."],
  ["bắt giữ Lê Thị Ng. (sinh năm 1990)", "Lê Thị Ng.", "name", "Lê Thị Ng."],
  ["nhà ở Q. 3 gần chợ", "Q.", "word", "Q."],
  // the dot is the token's neighbour in the input: NFD before it changes nothing
  ["ông Đ. về nhà".normalize("NFD"), "Đ.", "word", "Đ."],
];

describe("segment: an abbreviation keeps its full stop where no sentence can end", () => {
  it.each(dotted)("%j → %j (%s)", (input, word, kind, normalized) => {
    const w = segment(input).find((t) => t.text === word);
    expect(w).toBeDefined();
    expect(w?.kind).toBe(kind);
    expect(w?.normalized).toBe(normalized);
    expect(input.slice(w?.start, w?.end)).toBe(word);
  });
  it.each([
    "Cảnh sát đã bắt Trần Văn T. Sau đó", // a single capital before a capital: may end the sentence
    "quãng đường dài 483 km. Ảnh minh họa",
    "thông báo của CLB. Nguồn tin cho hay",
    "đời sống ấm no. Theo truyền thống", // `No.` is a prefix, `no` a word
    "Công an TP.\nHà Nội", // never across a line break
    "gặp chị S.", // nothing after it
    "ông H.  . cúi", // a second full stop follows
  ])("%j: the full stop stays a word of its own", (input) => {
    const stops = segment(input).filter((w) => w.text.endsWith("."));
    expect(stops.length).toBeGreaterThan(0);
    for (const w of stops) expect(w.text).toBe(".");
  });
});

describe("segmentTokens and segmentGreedy", () => {
  it("segmentTokens over tokenize() equals segment()", () => {
    const input = "Đại tá Đào Quang Trường, Phó Giám đốc Công an quận Kiến An, dự hội nghị.";
    expect(segmentTokens(input, tokenize(input))).toEqual(segment(input));
  });
  it("the greedy baseline joins dictionary words by longest match", () => {
    expect(segmentGreedy("bảo vệ an ninh Tổ quốc").map((w) => w.text)).toEqual([
      "bảo vệ",
      "an ninh",
      "Tổ quốc",
    ]);
  });
  it("non-syllable tokens pass through unchanged", () => {
    const input = "Ngày 19-1, CATP bắt 3 đối tượng.";
    const words = segment(input);
    for (const t of tokenize(input).filter((t) => !["word", "name", "abbr"].includes(t.kind)))
      expect(words).toContainEqual(t);
  });
});

describe("segment: the compiled dictionary", () => {
  const words = listDictionaryWords();
  it("decodes to the words it was compiled from", () => {
    expect(words.length).toBeGreaterThan(40_000);
    const has = new Set(words);
    // RDRsegmenter's words (old tone placement `hoà`, `uỷ` keyed as `hòa`, `ủy`) and places
    for (const w of ["an ninh", "tổ quốc", "hội nghị", "hòa bình", "ủy ban nhân dân", "kiến an", "pleiku"])
      expect(has.has(w), w).toBe(true);
    // Viet74K's one-syllable entries, and the police-news words and ranks of data/words.tsv
    for (const w of ["ninh", "tá", "tạm giam", "nghi phạm", "việt nam", "đại tá", "phó giám đốc"])
      expect(has.has(w), w).toBe(true);
    // Viet74K's multi-syllable entries are not compiled in: the treebank writes these as two words
    for (const w of ["trở về", "con tàu", "thế nhưng"]) expect(has.has(w), w).toBe(false);
    expect(has.size).toBe(words.length);
  });
  it("holds every word in the canonical key form of src/text (lower case, hòa not hoà)", () => {
    for (const w of words) if (matchKey(w) !== w) expect(w).toBe(matchKey(w));
  });
});

describe("segment: properties", () => {
  const vietnamese = fc.constantFrom(
    "an",
    "ninh",
    "Tổ",
    "quốc",
    "Đại",
    "tá",
    "Hoà",
    "hoà",
    "uỷ",
    "ban",
    " ",
    "  ",
    "\u00a0",
    "\r\n",
    "\n",
    ",",
    ".",
    "3",
    "19-1",
    "&nbsp;",
    "\u200b",
    "\u0301",
    "\ud800",
    "\udc00",
    "TP.HCM",
    "H'Hen",
  );
  const text = fc.oneof(
    fc.string({ unit: "binary", maxLength: 80 }),
    fc.string({ unit: "binary-ascii", maxLength: 80 }),
    fc.array(vietnamese, { maxLength: 60 }).map((xs) => xs.join("")),
  );
  it("a combining mark after a digit or punctuation does not make tokens overlap", () => {
    for (const input of ["a3\u0301 b", ",\u0301", "\u0301an ninh"]) {
      const words = segment(input);
      for (let k = 1; k < words.length; k++)
        expect(words[k]?.start).toBeGreaterThanOrEqual(words[k - 1]?.end ?? 0);
    }
  });
  it("words are in order, non-overlapping, text === input.slice, and cover every token", () => {
    fc.assert(
      fc.property(text, (input) => {
        const words = segment(input);
        let at = 0;
        for (const w of words) {
          expect(w.start).toBeGreaterThanOrEqual(at);
          expect(w.end).toBeGreaterThan(w.start);
          expect(w.text).toBe(input.slice(w.start, w.end));
          at = w.end;
        }
        // every token lies in exactly one word, and words start and end on token edges
        const tokens = tokenize(input);
        const starts = new Set(tokens.map((t) => t.start));
        const ends = new Set(tokens.map((t) => t.end));
        for (const w of words) {
          expect(starts.has(w.start)).toBe(true);
          expect(ends.has(w.end)).toBe(true);
        }
        expect(words.length).toBeLessThanOrEqual(tokens.length);
      }),
      { numRuns: 400 },
    );
  });
  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (input) => {
        expect(() => segment(input)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    expect(() => segment(undefined as unknown as string)).toThrow(TypeError);
  });
  it("a multi-syllable word's normalized form is its syllables' normalized forms joined by one space", () => {
    const input = "Đại\u00a0tá  Đào Quang Trường bảo vệ an ninh";
    const tokens = tokenize(input);
    for (const w of segment(input)) {
      const inside = tokens.filter((t) => t.start >= w.start && t.end <= w.end);
      expect(w.normalized).toBe(inside.map((t) => t.normalized).join(" "));
    }
  });
});

describe("segment: time linear in the input", () => {
  it.each([
    ["one endless run of syllables", "an ninh Tổ quốc "],
    ["capitalised names", "Đào Quang Trường "],
    ["ranks", "Đại tá "],
    ["spaces", " "],
    ["dots", "."],
    ["digits", "1"],
    ["combining marks", "a\u0301\u0301"],
  ])("%s", (_, unit) => {
    expectLinear(segment, (n) => unit.repeat(Math.ceil(n / unit.length)), 20_000);
  });
});

describe("segment: large input", () => {
  it("segments 10 MB of text", () => {
    const input = "Đại tá Đào Quang Trường, Phó Giám đốc Công an, dự hội nghị tổng kết.\r\n".repeat(150_000);
    expect(input.length).toBeGreaterThan(10_000_000);
    const words = segment(input);
    expect(words.length).toBe(150_000 * 10);
    expect(words[words.length - 1]?.end).toBe(input.length - 2);
  });
});

const devFile = join(__dirname, "..", "..", "..", "shared", "eval", "ud-vi-vtb", "vi_vtb-ud-dev.conllu");

describe.skipIf(!existsSync(devFile))("segment: UD Vietnamese-VTB dev (regression guard)", () => {
  it("word F1 stays >= 0.945 on the first 400 dev sentences", () => {
    let tp = 0;
    let pred = 0;
    let gold = 0;
    let sentences = 0;
    let text: string | null = null;
    let forms: string[] = [];
    const score = () => {
      if (text === null) return;
      const spans = new Set<string>();
      let at = 0;
      for (const form of forms) {
        const i = text.indexOf(form, at);
        if (i < 0) return;
        spans.add(`${i}:${i + form.length}`);
        at = i + form.length;
      }
      for (const w of segment(text)) {
        pred++;
        if (spans.has(`${w.start}:${w.end}`)) tp++;
      }
      gold += spans.size;
      sentences++;
    };
    for (const line of readFileSync(devFile, "utf8").split("\n")) {
      if (sentences >= 400) break;
      const header = /^#\s*text\s*=\s?(.*)$/.exec(line);
      if (header) text = (header[1] ?? "").normalize("NFC");
      else if (line.trim() === "") {
        score();
        text = null;
        forms = [];
      } else if (!line.startsWith("#")) {
        const cols = line.split("\t");
        if (/^\d+$/.test(cols[0] ?? "")) forms.push((cols[1] ?? "").normalize("NFC"));
      }
    }
    expect((2 * tp) / (pred + gold)).toBeGreaterThanOrEqual(0.945);
  });
});
