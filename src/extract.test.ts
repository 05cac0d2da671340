import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectLinear } from "../test/linear.js";
import { extract } from "./extract.js";
import { type Article, ArticleSchema, articleJsonSchema } from "./schema.js";
import type { Span } from "./span.js";

/** Every span of an article: each must be a slice of the input. */
function spansOf(a: Article): Span[] {
  return [
    a.body,
    ...(a.dateline ? [a.dateline] : []),
    ...a.sentences,
    ...a.persons.flatMap((p) => p.mentions),
    ...a.abbreviations.flatMap((x) => x.mentions),
    ...a.dates,
    ...a.numbers,
    ...a.documents,
    ...a.legalReferences,
    ...a.events.flatMap((e) => [e.trigger, e.sentence]),
  ];
}

function expectValid(input: string, a: Article): void {
  ArticleSchema.parse(a);
  for (const s of spansOf(a)) expect(input.slice(s.start, s.end)).toBe(s.text);
  for (let k = 1; k < a.sentences.length; k++)
    expect((a.sentences[k] as Span).start).toBeGreaterThanOrEqual((a.sentences[k - 1] as Span).end);
}

// Invented texts in the formats the article stage reads (no corpus text is copied here).
const POLICE_SITE = [
  "Hội nghị tổng kết công tác năm 2021 của Phòng Tham mưu",
  "",
  "09:52 21/01/2022",
  "",
  "Chiều 19-1, Phòng Tham mưu CATP tổ chức hội nghị tổng kết công tác năm 2021. Đại tá Nguyễn Văn An - Phó Giám đốc CATP dự, chủ trì hội nghị.",
  "Đại tá Nguyễn Văn An phát biểu chỉ đạo tại hội nghị",
  "",
  "Phát biểu chỉ đạo tại hội nghị, Đại tá Nguyễn Văn An đề nghị đơn vị tiếp tục phát huy kết quả đạt được.",
  "",
  " Minh Hà",
  "",
  "Từ khóa:",
  "Bình luận của bạn về bài viết...",
  "",
  "captcha",
  "",
  "Video clip",
].join("\n");

const BULLET_SITE = [
  "Bảo đảm an ninh trật tự dịp Tết",
  "",
  "  • 29/03/2016 06:20",
  "  • 0 bình luận",
  "  • Lan Hương",
  "  • In bài",
  "",
  "ANTĐ - Sáng 28-3, Công an quận Ba Đình tổ chức hội nghị triển khai kế hoạch bảo đảm an ninh trật tự.",
  "",
  "Tin cùng chuyên mục",
].join("\n");

const LABEL_SITE = [
  "Tổng kết phong trào năm 2022",
  "Tác giả: Trần Văn Bình .Ngày đăng: 25/11/2022 .Lượt xem: 120 lượt.",
  "Chiều ngày 23/11, Công an huyện tổ chức hội nghị tổng kết phong trào. Thượng tá Lê Văn Cường phát biểu tại hội nghị.",
].join("\n");

interface Row {
  name: string;
  text: string;
  options?: Parameters<typeof extract>[1];
  want: Partial<Pick<Article, "title" | "publishedAt" | "author" | "source">>;
}

const rows: Row[] = [
  {
    name: "time before date on its own line",
    text: POLICE_SITE,
    want: {
      title: "Hội nghị tổng kết công tác năm 2021 của Phòng Tham mưu",
      publishedAt: "2022-01-21T09:52",
      author: "Minh Hà",
      source: null,
    },
  },
  {
    name: "bulleted dateline block with a byline and an agency prefix",
    text: BULLET_SITE,
    want: { publishedAt: "2016-03-29T06:20", author: "Lan Hương", source: "ANTĐ" },
  },
  {
    name: "labelled byline and date on one line",
    text: LABEL_SITE,
    want: { title: "Tổng kết phong trào năm 2022", publishedAt: "2022-11-25", author: "Trần Văn Bình" },
  },
  {
    name: "no dateline: null, never a guess",
    text: "Ngày 23/7/2025, tại Hà Nội, Công an thành phố tổ chức Đại hội.\n\nĐại hội thông qua Nghị quyết.",
    want: { publishedAt: null, title: null },
  },
  {
    name: "options.publishedAt overrides the dateline",
    text: POLICE_SITE,
    options: { publishedAt: "2022-01-22" },
    want: { publishedAt: "2022-01-22" },
  },
];

// Dateline lines in site formats: each is put between an invented title and body.
const DATELINES: [string, string][] = [
  ["• 29/03/2016 06:20 • 0 bình luận • Châu Anh • In bài", "2016-03-29T06:20"],
  ["Thứ Sáu, 21/01/2022 09:52 (GMT+7)", "2022-01-21T09:52"],
  ["Thứ hai, 21/1/2022, 09:52 (GMT+7)", "2022-01-21T09:52"],
  ["21/01/2022 09:52 GMT+7", "2022-01-21T09:52"],
  ["Cập nhật lúc 09:52, 21/01/2022", "2022-01-21T09:52"],
  ["Cập nhật: 09:52 ngày 21/01/2022", "2022-01-21T09:52"],
  ["21-01-2022 - 09:52", "2022-01-21T09:52"],
  ["Chủ Nhật, 30/05/2023 17:26", "2023-05-30T17:26"],
  ["09:52 | 21/01/2022", "2022-01-21T09:52"],
  ["Thứ năm, 09/12/2021 - 14:30", "2021-12-09T14:30"],
  ["Thời gian: 21/01/2022", "2022-01-21"],
  ["21/01/2022", "2022-01-21"],
];
// Lines that look like a dateline but are not one: the article has none, so publishedAt is null.
const NOT_DATELINES = [
  "Ngày 21/01/2022, Công an tỉnh tổ chức hội nghị tổng kết.",
  "Trong năm 2021, đơn vị đã xây dựng 21 mô hình.",
  "Hội nghị diễn ra từ 19/1 đến 21/1",
  "Số điện thoại 0912.345.678",
  "Bảng giá chi tiết các mẫu xe cập nhật tháng 2/2017:",
  "Giá vàng cập nhật ngày 21/01/2022:",
];

describe("extract: datelines", () => {
  it.each(DATELINES)("%s → %s", (line, value) => {
    const text = `Tiêu đề bài viết về hội nghị\n${line}\nChiều 19-1, Công an tỉnh tổ chức hội nghị tổng kết.`;
    const a = extract(text);
    expect(a.publishedAt).toBe(value);
    expect(a.publishedAtSource).toBe("dateline");
    expect(a.body.text.startsWith("Chiều 19-1")).toBe(true);
  });
  it.each(NOT_DATELINES)("no dateline in %s", (line) => {
    const a = extract(`Tiêu đề bài viết về hội nghị\n${line}\nCông an tỉnh tổ chức hội nghị tổng kết.`);
    expect(a.publishedAt).toBeNull();
  });
  it.each([
    ["Đăng lúc: 14:30 - 09/12/2021", "2021-12-09T14:30"],
    ["Đăng lúc: 09/12/2021 14:30", "2021-12-09T14:30"],
    ["Cập nhật lúc: 07:05, 03/04/2023", "2023-04-03T07:05"],
  ])("a label ending in 'lúc:' before the dateline: %s", (line, value) => {
    const a = extract(`Tiêu đề bài viết\n${line}\nCông an tỉnh tổ chức hội nghị.`);
    expect(a.publishedAt).toBe(value);
  });
});

describe("extract: article structure", () => {
  it.each(rows)("$name", ({ text, options, want }) => {
    const a = extract(text, options);
    expectValid(text, a);
    for (const [k, v] of Object.entries(want)) expect(a[k as keyof Article]).toEqual(v);
  });

  it("keeps site boilerplate and the sign-off out of the body", () => {
    const a = extract(POLICE_SITE);
    expect(a.body.text.startsWith("Chiều 19-1")).toBe(true);
    expect(a.body.text.endsWith("kết quả đạt được.")).toBe(true);
    expect(a.body.text).not.toContain("Từ khóa");
    expect(a.persons.map((p) => p.name)).not.toContain("Minh Hà");
    expect(a.authorSource).toBe("sign_off");
    expect(extract(LABEL_SITE).authorSource).toBe("byline");
  });

  it("keeps the agency prefix out of the body", () => {
    expect(extract(BULLET_SITE).body.text.startsWith("Sáng 28-3")).toBe(true);
  });
});

describe("extract: sentences", () => {
  const split = (text: string) => extract(text).sentences.map((s) => s.text);
  it.each([
    ["Ông A ở TP.HCM đến Q.1 gặp PGS.TS Nguyễn Văn Bình. Sau đó ông về.", 2],
    ["Công an TP. Hà Giang cho biết vụ việc đang điều tra. Đối tượng đã bị bắt.", 2],
    ["Ông nói: “Chúng tôi sẽ làm rõ.” Sau đó ông rời đi.", 2],
    ["Chúng tôi đã cố gắng... nhưng không kịp. Vụ việc kết thúc.", 2],
    ["Câu đầu tiên kết thúc.\nDòng hai\nDòng ba không có dấu chấm", 3],
    ["Thu giữ 1.500 viên ma túy, 2,5 kg heroin. Vụ án đang điều tra.", 2],
    ["Hiện trường vụ cháy cách đây 1 năm Ngày 12/7, Công an tỉnh cho biết đã khởi tố.", 2],
    ["Hội nghị diễn ra vào Chủ nhật 12/7 tại Hà Nội.", 1],
  ] as const)("%s → %i sentences", (text, n) => {
    expect(split(text)).toHaveLength(n);
  });
  it("keeps a closing quote with its sentence", () => {
    expect(split("Ông nói: “Chúng tôi sẽ làm rõ.” Sau đó ông rời đi.")[0]).toBe(
      "Ông nói: “Chúng tôi sẽ làm rõ.”",
    );
  });
});

describe("extract: events", () => {
  it("a meeting dated by its own day, not the publication", () => {
    const a = extract(POLICE_SITE);
    const meeting = a.events.find((e) => e.type === "meeting");
    expect(meeting?.date).toBe("2022-01-19");
    expect(meeting?.type === "meeting" && meeting.subtype).toBe("review");
    const chair = a.persons.find((p) => p.name === "Nguyễn Văn An");
    expect(meeting?.persons.some((r) => r.personId === chair?.id)).toBe(true);
  });
  it("a caption and its paragraph are one speech", () => {
    const speeches = extract(POLICE_SITE).events.filter((e) => e.type === "speech");
    expect(speeches).toHaveLength(1);
    expect(speeches[0]?.type === "speech" && speeches[0].purpose).toBe("directive");
  });
  it("an award with its name and recipient counts", () => {
    const a = extract(
      "Tại hội nghị, 12 tập thể, 10 cá nhân vinh dự được nhận Giấy khen của UBND quận. Đại tá Nguyễn Văn An trao danh hiệu “Đơn vị Quyết thắng” tặng tập thể xuất sắc.",
    );
    const awards = a.events.filter((e) => e.type === "award");
    expect(awards.map((e) => (e.type === "award" ? e.award : ""))).toEqual([
      "Giấy khen",
      "Đơn vị Quyết thắng",
    ]);
    const first = awards[0];
    expect(first?.type === "award" && first.recipients).toEqual({
      collectives: 12,
      individuals: 10,
      names: [],
    });
  });
  it("arrest and seizure with the suspect and the items", () => {
    const a = extract(
      "Ngày 10/7/2017, Công an tỉnh bắt quả tang đối tượng Lò Văn Tâm đang vận chuyển ma túy, thu giữ 30 kg hồng phiến.",
    );
    const types = a.events.map((e) => e.type);
    expect(types).toEqual(["arrest", "seizure"]);
    const seizure = a.events[1];
    expect(seizure?.date).toBe("2017-07-10");
    expect(seizure?.type === "seizure" && seizure.items[0]?.quantity?.value).toBe(30);
  });
  // negative table: fields of work and prevention are not happenings
  it.each([
    "Công an tỉnh đẩy mạnh công tác phòng cháy, chữa cháy tại các chợ.",
    "Lực lượng chức năng tăng cường kéo giảm tai nạn giao thông trên địa bàn.",
    "Đơn vị tiếp tục làm tốt công tác phòng, chống tội phạm ma túy.",
    "Ông Nguyễn Văn An tặng 40 suất quà cho các gia đình chính sách.",
  ])("no event in %s", (text) => {
    expect(extract(text).events).toEqual([]);
  });
});

describe("extract: documents issued and laws cited", () => {
  const text =
    "Ngày 5/3/2021, UBND tỉnh ban hành Kế hoạch số 333/KH-UBND. Công an huyện đã khởi tố Nguyễn Văn An về tội trộm cắp tài sản theo Điều 173 Bộ luật Hình sự năm 2015, không áp dụng Luật CAND 2018.";
  const a = extract(text);
  it("documents holds the issued document, legalReferences the code article and the law", () => {
    expect(a.documents.map((d) => [d.number, d.kind])).toEqual([["333/KH-UBND", "document"]]);
    expect(a.legalReferences.map((d) => [d.text, d.kind])).toEqual([
      ["Điều 173 Bộ luật Hình sự năm 2015", "law_article"],
      ["Luật CAND 2018", "law"],
    ]);
  });
  it("a cited article's number is no count", () => {
    expect(a.numbers.map((n) => n.value)).not.toContain(173);
  });
});

describe("extract: options", () => {
  it.each([
    [{ publishedAt: "21/01/2022" }, "options.publishedAt"],
    [{ publishedAt: "2022-13-01" }, "options.publishedAt"],
    [{ publishedAt: new Date(Number.NaN) }, "options.publishedAt"],
    [{ publishedAt: 20220121 }, "options.publishedAt"],
    [{ abbreviations: ["CATP"] }, "options.abbreviations"],
    [{ abbreviations: { CATP: 1 } }, "options.abbreviations.CATP"],
    ["2022-01-21", "options"],
  ])("%j throws a TypeError naming %s", (options, name) => {
    expect(() => extract("văn bản", options as never)).toThrow(TypeError);
    expect(() => extract("văn bản", options as never)).toThrow(name);
  });
  it("a Date is read in Vietnam time", () => {
    expect(extract("x", { publishedAt: new Date("2022-01-20T17:00:00Z") }).publishedAt).toBe("2022-01-21");
  });
});

describe("extract: never throws on text", () => {
  it.each([
    ["empty", ""],
    ["spaces", " ".repeat(10_000)],
    ["lone surrogates", "\ud800abc\udfff"],
    ["binary", String.fromCharCode(...Array.from({ length: 512 }, (_, i) => i % 256))],
    ["NFD", POLICE_SITE.normalize("NFD")],
    ["CRLF", POLICE_SITE.replace(/\n/g, "\r\n")],
    ["entities", POLICE_SITE.replace(/ /g, "&nbsp;")],
  ])("%s", (_, text) => {
    expectValid(text, extract(text));
  });
  it("property: any string gives a valid article with sliced spans", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        expectValid(text, extract(text));
      }),
      { numRuns: 150 },
    );
  });
  it("a non-string is a TypeError, not an article about its string form", () => {
    expect(() => extract(undefined as never)).toThrow(TypeError);
    expect(() => extract(42 as never)).toThrow("text must be a string, got a number");
  });
});

describe("articleJsonSchema", () => {
  it("describes Article with the event union", () => {
    const schema = articleJsonSchema() as { type: string; properties: Record<string, unknown> };
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties)).toContain("events");
    expect(JSON.stringify(schema)).toContain('"prosecution"');
  });
});

// The shared corpus lives beside the repository (../shared) and is not part of the package.
const corpusDir = fileURLToPath(new URL("../../shared/corpus", import.meta.url));
const files = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith(".txt")) : [];

describe.skipIf(files.length === 0)("every corpus article through extract and ArticleSchema", () => {
  it.each(files)("%s", (file) => {
    const text = readFileSync(`${corpusDir}/${file}`, "utf8");
    for (const input of [text, text.normalize("NFD")]) expectValid(input, extract(input));
  });
  // The same article in NFD, or with CRLF line ends, must say the same things: only offsets move.
  const gist = (a: Article) =>
    JSON.stringify([
      a.title !== null,
      a.publishedAt,
      a.persons.map((p) => [p.id, p.name.normalize("NFC"), p.rank?.id ?? null, p.mentions.length]),
      a.abbreviations.map((x) => [x.abbr.normalize("NFC"), x.expansion.normalize("NFC")]),
      a.dates.map((d) => d.value),
      a.numbers.map((n) => [n.value, n.unit?.normalize("NFC") ?? null]),
      a.documents.map((d) => d.number.normalize("NFC")),
      a.events.map((e) => [e.type, e.date, e.persons.length]),
    ]);
  // The organisations, places and persons stages keep bounded memos across articles (names seen
  // before): they are caches, so a record must not depend on what was read before it.
  it("an article's record does not depend on the articles read before it", () => {
    const texts = files.slice(0, 16).map((f) => readFileSync(`${corpusDir}/${f}`, "utf8"));
    const forward = texts.map((t) => JSON.stringify(extract(t)));
    const backward = [...texts].reverse().map((t) => JSON.stringify(extract(t)));
    expect(backward.reverse()).toEqual(forward);
  });
  it.each(files)("%s says the same in NFD and with CRLF", (file) => {
    const text = readFileSync(`${corpusDir}/${file}`, "utf8");
    const expected = gist(extract(text));
    expect(gist(extract(text.normalize("NFD")))).toBe(expected);
    expect(gist(extract(text.replace(/\n/g, "\r\n")))).toBe(expected);
  });
});

describe("extract: event cues", () => {
  it("a directive names a campaign that has not happened", () => {
    expect(
      extract("Đơn vị cần phát động mạnh mẽ phong trào toàn dân bảo vệ an ninh Tổ quốc.").events,
    ).toEqual([]);
  });
  it("attendees named in their own sentence join the meeting", () => {
    const a = extract(
      "Chiều 23/11, Công an tỉnh tổ chức hội nghị tổng kết. Dự hội nghị có đồng chí Trần Văn Úc - Chủ tịch UBND thị xã.",
    );
    const meeting = a.events.find((e) => e.type === "meeting");
    const uc = a.persons.find((p) => p.name === "Trần Văn Úc");
    expect(meeting?.persons.map((r) => r.personId)).toContain(uc?.id);
  });
  it("a date before a reporting verb dates the report, not the arrest", () => {
    const a = extract(
      "Ngày 13/7/2017, Công an tỉnh tổ chức họp báo, công bố đã bắt giữ đối tượng Lò Văn Tâm. Trước đó, ngày 10/7/2017, trinh sát phát hiện đối tượng. Đối tượng Lò Văn Tâm bị bắt giữ khi đang vận chuyển ma túy.",
    );
    expect(a.events.find((e) => e.type === "meeting")?.date).toBe("2017-07-13");
    expect(a.events.find((e) => e.type === "arrest")?.date).toBe("2017-07-10");
  });
  it("a witness quoted is no speech; an official's words are one at a meeting, not to the press", () => {
    expect(extract("“Tôi rất sợ”, anh Nguyễn Văn Hưng nói.").events).toEqual([]);
    // the annotation guide: plain statements to the press are no speech
    expect(extract("“Chúng tôi sẽ làm rõ”, Đại tá Nguyễn Văn Hưng nói.").events).toEqual([]);
    const atMeeting = extract(
      "Sáng 3/5, Công an tỉnh tổ chức hội nghị sơ kết. “Chúng tôi sẽ làm rõ”, Đại tá Nguyễn Văn Hưng nói.",
    );
    expect(atMeeting.events.map((e) => e.type)).toEqual(["meeting", "speech"]);
  });
  it("linear time in the length of the text", () => {
    const unit = `${POLICE_SITE.split("\n").slice(4, 8).join("\n")}\n`;
    expectLinear(extract, (n) => unit.repeat(n), 25);
  });
});

describe("extract: events at a meeting", () => {
  it("a speech and an award told 'at the meeting' take the meeting's day", () => {
    const a = extract(
      "Chiều 19-1, Công an quận tổ chức hội nghị tổng kết. Phát biểu tại hội nghị, Đại tá Nguyễn Văn An biểu dương đơn vị. Tại hội nghị, 12 tập thể được nhận Giấy khen.",
      { publishedAt: "2022-01-21" },
    );
    expect(a.events.map((e) => [e.type, e.date])).toEqual([
      ["meeting", "2022-01-19"],
      ["speech", "2022-01-19"],
      ["award", "2022-01-19"],
    ]);
  });
});

describe("extract: crime steps", () => {
  it("'thu' names a seizure only with a count after it", () => {
    expect(extract("Cảnh sát tiến hành thu 8 xe ô tô của các đối tượng.").events.map((e) => e.type)).toEqual([
      "seizure",
    ]);
    expect(extract("Đơn vị tăng cường thu thập tài liệu về đối tượng.").events).toEqual([]);
  });
  it("prosecutions of different numbers of suspects are two steps", () => {
    const a = extract(
      "Ngày 25/8/2016, Công an tỉnh đã khởi tố 9 bị can. Đến nay, Công an tỉnh đã khởi tố tất cả 20 bị can.",
    );
    expect(
      a.events
        .filter((e) => e.type === "prosecution")
        .map((e) => (e.type === "prosecution" ? e.suspects : 0)),
    ).toEqual([9, 20]);
  });
});

describe("extract: a lead sentence that starts with 'Ngày' is body, not header", () => {
  const text =
    "Một phụ nữ bị bắt vì lừa đảo\n\nNgày 6.5, Công an huyện Tân Lập đã tạm giữ bà Nguyễn Thị Hạnh (40 tuổi, ngụ xã An Bình) để điều tra.\nTheo đó, bà Hạnh đã nhận tiền của nhiều người.";
  it.each([
    ["NFC", text],
    ["NFD", text.normalize("NFD")],
  ])("%s", (_form, input) => {
    const a = extract(input);
    expect(a.body.text.normalize("NFC").startsWith("Ngày 6.5")).toBe(true);
    expect(a.persons.map((p) => p.name.normalize("NFC"))).toContain("Nguyễn Thị Hạnh");
  });
});

describe("extract: a short headline before a dated lead", () => {
  it.each([
    ["NFC", "Nhân sự mới\nSáng nay (6-2), ông Lê Văn An đã công bố quyết định bổ nhiệm.\nTheo đó, …"],
    [
      "NFD",
      "Nhân sự mới\nSáng nay (6-2), ông Lê Văn An đã công bố quyết định bổ nhiệm.\nTheo đó, …".normalize(
        "NFD",
      ),
    ],
  ])("%s: the headline stays the title", (_form, input) => {
    expect(extract(input).title?.normalize("NFC")).toBe("Nhân sự mới");
  });
});

describe("extract: a caption run into its paragraph splits the same in NFD", () => {
  const text =
    "Công ty bị phạt vì xả thải ra môi trường Ngày 5-2, UBND tỉnh cho biết đã quyết định xử phạt công ty.";
  it.each([
    ["NFC", text],
    ["NFD", text.normalize("NFD")],
  ])("%s", (_form, input) => {
    expect(
      extract(input, { publishedAt: "2017-02-06" }).sentences.map((s) => s.text.normalize("NFC")),
    ).toEqual([
      "Công ty bị phạt vì xả thải ra môi trường",
      "Ngày 5-2, UBND tỉnh cho biết đã quyết định xử phạt công ty.",
    ]);
  });
});

describe("extract: entities and invisible spaces read as spaces in the article structure", () => {
  const page =
    "Công an tỉnh tổng kết công tác năm 2021\n\nChiều 19-1, Công an tỉnh tổ chức hội nghị tổng kết.\nĐại tá Lê Văn An phát biểu chỉ đạo.\n\nMinh Thu";
  it.each([
    ["plain", page],
    ["&nbsp;", page.replace("Minh Thu", "Minh&nbsp;Thu").replace("Chiều 19-1,", "Chiều&nbsp;19-1,")],
    ["zero-width", page.replace("Minh Thu", "Minh \u200bThu")],
    ["NBSP and CRLF", page.replace(/\n/g, "\r\n").replace("Minh Thu", "Minh\u00a0Thu")],
  ])("%s", (_form, input) => {
    const a = extract(input);
    expect(a.title).toBe("Công an tỉnh tổng kết công tác năm 2021");
    expect(a.author?.replace(/&nbsp;|[\u00a0\u200b ]+/g, " ")).toBe("Minh Thu");
    expect(a.sentences).toHaveLength(2);
    expectValid(input, a);
  });
});
