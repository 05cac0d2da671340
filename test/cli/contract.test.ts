// The contract of `cand-nlp extract` at its edges, as a pipeline relies on it: every line it writes
// (articles and every kind of error) validates against what `cand-nlp schema` prints, checked by a
// real JSON Schema validator; inputs in UTF-16, empty, oversize and invalid UTF-8; ids that name
// their file; the exit status; what --published-at means in both modes.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toRows } from "../../src/rows/index.js";
import { ensureDist } from "../support/dist.js";
import { runCli } from "./built.js";

// Invented texts (no corpus sentences).
const DATED = [
  "Công an huyện tổng kết năm",
  "",
  "09:52 21/01/2022",
  "",
  "Chiều 19-1, Công an huyện tổ chức hội nghị.",
].join("\n");
const UNDATED = "Chiều 19-1, Công an huyện tổ chức hội nghị tổng kết công tác năm.";
const ARREST = "Ngày 10/7/2017, Công an huyện bắt quả tang đối tượng Lò Văn Tâm đang vận chuyển ma túy.";

const utf16 = (text: string, endian: "le" | "be") => {
  const le = Buffer.from(text, "utf16le");
  if (endian === "be") le.swap16();
  return Buffer.concat([Buffer.from(endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
};
const INVALID_UTF8 = Buffer.from([0x43, 0xc3, 0x28, 0x20, 0xe1, 0xbb]); // "C", a broken pair, a cut sequence

let dir = "";
/** Every line written in full format, and in compact format, by the runs of this file. */
const fullLines: unknown[] = [];
const compactLines: unknown[] = [];

function run(args: string[], input?: string | Buffer) {
  const r = runCli(dir, args, input);
  const target = args.includes("compact") ? compactLines : fullLines;
  if (args[0] === "extract") {
    if (args.includes("--pretty")) target.push(JSON.parse(r.stdout));
    else target.push(...r.records);
  }
  return r;
}

beforeAll(async () => {
  await ensureDist();
  dir = mkdtempSync(join(tmpdir(), "cand-nlp-contract-"));
  const files: Record<string, string | Buffer> = {
    "dated.txt": DATED,
    "undated.txt": UNDATED,
    "utf16le.txt": utf16(DATED, "le"),
    "utf16be.txt": utf16(ARREST, "be"),
    "utf8bom.txt": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARREST)]),
    "crlf.txt": DATED.replace(/\n/g, "\r\n"),
    "empty.txt": "",
    "blank.txt": " \n\t\r\n\u00a0\u200b\n",
    "invalid-utf8.txt": INVALID_UTF8,
    "invalid-utf16.txt": Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41]),
    "binary.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
    "long.txt": `${ARREST} `.repeat(40),
    "huge.txt": "a".repeat(1_200_000),
    "a.jsonl": [
      JSON.stringify({ id: "own-date", text: UNDATED, publishedAt: "2020-05-05" }),
      "{not json",
      "",
      "   ",
      JSON.stringify({ text: ARREST }),
      "[1, 2]",
      JSON.stringify({ id: "no-text", body: ARREST }),
      JSON.stringify({ id: "bad-date", text: ARREST, publishedAt: "hôm qua" }),
      JSON.stringify({ id: "empty", text: " \n " }),
      JSON.stringify({ id: "too-long", text: "x".repeat(5000) }),
      JSON.stringify({ id: "undated", text: UNDATED }),
      JSON.stringify({ id: "dated", text: DATED }),
    ].join("\r\n"),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  writeFileSync(
    join(dir, "b.jsonl"),
    Buffer.concat([
      Buffer.from(`${JSON.stringify({ id: "b1", text: ARREST })}\n{"id":"b2","text":"`),
      INVALID_UTF8,
      Buffer.from(`"}\n\n{broken\n`),
    ]),
  );
}, 600_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON lines
const byId = (records: any[]): Record<string, any> => Object.fromEntries(records.map((r) => [r.id, r]));

describe("text inputs", () => {
  it("UTF-8 with or without BOM, UTF-16 LE and BE with BOM, CRLF: articles, same as UTF-8", () => {
    const r = run(["extract", "dated.txt", "utf16le.txt", "utf16be.txt", "utf8bom.txt", "crlf.txt"]);
    expect(r.code).toBe(0);
    const [dated, le, be, bom, crlf] = r.records;
    expect(le).toEqual({ ...dated, id: "utf16le.txt" });
    expect(be.persons.map((p: { name: string }) => p.name)).toEqual(["Lò Văn Tâm"]);
    expect(bom.body.text.startsWith("Ngày 10/7/2017")).toBe(true);
    expect(crlf.publishedAt).toBe("2022-01-21T09:52");
  });

  it("empty, blank, invalid UTF-8 or UTF-16, binary, missing, too long: one error line each, the run goes on", () => {
    const files = [
      "empty.txt",
      "blank.txt",
      "invalid-utf8.txt",
      "invalid-utf16.txt",
      "binary.txt",
      "missing.txt",
      "long.txt",
      "undated.txt",
    ];
    const r = run(["extract", "--max-chars", "2000", ...files]);
    expect(r.code).toBe(1);
    expect(r.records.map((x) => x.id)).toEqual(files);
    expect(r.records.slice(0, 7).map((x) => x.error)).toEqual([
      "empty text",
      "empty text",
      "not valid UTF-8 text",
      "not valid UTF-16 text",
      "binary file (NUL bytes), not text",
      "no such file or directory",
      "text longer than 2000 characters (--max-chars)",
    ]);
    expect(r.records[7].events[0].type).toBe("meeting");
    expect(r.stderr).toMatch(/^cand-nlp extract: 1 articles, 7 errors, /);
  });

  it("the default --max-chars (1,000,000) refuses a larger file and extracts the next", () => {
    const r = run(["extract", "huge.txt", "undated.txt"]);
    expect(r.code).toBe(1);
    expect(r.records[0]).toEqual({
      id: "huge.txt",
      error: "text longer than 1000000 characters (--max-chars)",
    });
    expect(r.records[1].id).toBe("undated.txt");
  });

  it("stdin: UTF-16 and invalid UTF-8 are read as files are", () => {
    expect(run(["extract"], utf16(ARREST, "le")).records[0].persons[0].name).toBe("Lò Văn Tâm");
    expect(run(["extract", "-"], INVALID_UTF8).records).toEqual([{ id: "-", error: "not valid UTF-8 text" }]);
    expect(run(["extract", "-"], "  \n").records).toEqual([{ id: "-", error: "empty text" }]);
  });
});

describe("JSON Lines inputs", () => {
  it("one file: ids line:N; blank lines skipped and counted; every bad record an error line", () => {
    const r = run(["extract", "--input", "jsonl", "--max-chars", "2000", "a.jsonl"]);
    expect(r.code).toBe(1);
    expect(r.records.map((x) => [x.id, x.error ?? "article"])).toEqual([
      ["own-date", "article"],
      ["line:2", "malformed JSON"],
      ["line:5", "article"],
      ["line:6", "not a JSON object"],
      ["no-text", "record has no text"],
      ["bad-date", 'publishedAt must be an ISO date string ("2022-01-21", "2022-01-21T09:52")'],
      ["empty", "empty text"],
      ["too-long", "text longer than 2000 characters (--max-chars)"],
      ["undated", "article"],
      ["dated", "article"],
    ]);
    expect(r.stderr).toMatch(/: 4 articles, 6 errors, 2 blank lines skipped, /);
  });

  it("several files: ids name the file (a.jsonl:line:2); invalid UTF-8 in a line is an error line", () => {
    const r = run(["extract", "--input", "jsonl", "a.jsonl", "b.jsonl"]);
    const ids = r.records.map((x) => x.id);
    expect(ids).toContain("a.jsonl:line:2");
    expect(ids).toContain("a.jsonl:line:6");
    expect(ids).not.toContain("line:2");
    const b = r.records.slice(-3);
    expect(b).toEqual([
      expect.objectContaining({ id: "b1" }),
      { id: "b.jsonl:line:2", error: "not valid UTF-8 text" },
      { id: "b.jsonl:line:4", error: "malformed JSON" },
    ]);
    expect(r.stderr).toMatch(/ 3 blank lines skipped, /);
  });

  it("stdin: invalid UTF-8 in a line is an error line there too, not U+FFFD in an article", () => {
    const input = Buffer.concat([
      Buffer.from('{"id":"x","text":"'),
      INVALID_UTF8,
      Buffer.from(`"}\n${JSON.stringify({ id: "y", text: ARREST })}\n`),
    ]);
    const r = run(["extract", "--input", "jsonl"], input);
    expect(r.code).toBe(1);
    expect(r.records[0]).toEqual({ id: "line:1", error: "not valid UTF-8 text" });
    expect(r.records[1].id).toBe("y");
    expect(r.stdout).not.toContain("\ufffd");
  });

  it("--jobs 2 writes the same lines, errors included", () => {
    const one = run(["extract", "--input", "jsonl", "a.jsonl", "b.jsonl"]);
    const two = run(["extract", "--input", "jsonl", "--jobs", "2", "a.jsonl", "b.jsonl"]);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
  });
});

describe("exit status", () => {
  it("0 when every record was extracted, 1 when any failed (also the last one alone), 2 for usage", () => {
    expect(run(["extract", "dated.txt", "undated.txt"]).code).toBe(0);
    expect(run(["extract", "dated.txt", "empty.txt"]).code).toBe(1);
    expect(run(["extract", "--input", "jsonl"], `${JSON.stringify({ id: "x", text: ARREST })}\n{`).code).toBe(
      1,
    );
    expect(
      run(["extract", "--input", "jsonl"], `\n${JSON.stringify({ id: "x", text: ARREST })}\n\n`).code,
    ).toBe(0);
    expect(run(["extract", "--max-chars", "-3"]).code).toBe(2);
  });
});

describe("--published-at is a default, --override-published-at an override, in both modes", () => {
  it("text: the dateline wins over --published-at; an undated text takes it", () => {
    const r = byId(run(["extract", "--published-at", "2023-03-03", "dated.txt", "undated.txt"]).records);
    expect(r["dated.txt"]).toMatchObject({ publishedAt: "2022-01-21T09:52", publishedAtSource: "dateline" });
    expect(r["undated.txt"]).toMatchObject({ publishedAt: "2023-03-03", publishedAtSource: "option" });
  });
  it("JSON Lines: a record's own publishedAt and a dateline win; other records take it", () => {
    const r = byId(run(["extract", "--input", "jsonl", "--published-at", "2023-03-03", "a.jsonl"]).records);
    expect(r["own-date"].publishedAt).toBe("2020-05-05");
    expect(r.dated.publishedAt).toBe("2022-01-21T09:52");
    expect(r.undated.publishedAt).toBe("2023-03-03");
    expect(r.undated.dates[0].value).toBe("2023-01-19");
  });
  it("--override-published-at dates every input, in both modes", () => {
    const text = run(["extract", "--override-published-at", "2023-03-03", "dated.txt", "undated.txt"]);
    expect(text.records.map((x) => x.publishedAt)).toEqual(["2023-03-03", "2023-03-03"]);
    const jsonl = byId(
      run(["extract", "--input", "jsonl", "--override-published-at", "2023-03-03", "a.jsonl"]).records,
    );
    for (const id of ["own-date", "dated", "undated"]) expect(jsonl[id].publishedAt).toBe("2023-03-03");
  });
});

describe("--format compact", () => {
  it("drops offsets and sentences, keeps the values", () => {
    const [full] = run(["extract", "dated.txt"]).records;
    const [compact] = run(["extract", "--format", "compact", "dated.txt"]).records;
    expect(compact.sentences).toBeUndefined();
    expect(compact.body).toBe(full.body.text);
    expect(compact.dateline).toBe("09:52 21/01/2022");
    expect(compact.dates.map((d: { value: string }) => d.value)).toEqual(
      full.dates.map((d: { value: string }) => d.value),
    );
    expect(JSON.stringify(compact)).not.toMatch(/"(start|end)":/);
    expect(compact.events[0].trigger).toBe(full.events[0].trigger.text);
  });
  it("compact error records are the same error records", () => {
    expect(run(["extract", "--format", "compact", "empty.txt"]).records).toEqual([
      { id: "empty.txt", error: "empty text" },
    ]);
  });
});

describe("every line written validates against `cand-nlp schema` (Ajv, draft 2020-12)", () => {
  const validator = (args: string[]) => {
    const r = runCli(dir, ["schema", ...args]);
    expect(r.code).toBe(0);
    return new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(r.stdout));
  };
  it("a run with pretty output adds its article", () => {
    run(["extract", "--pretty", "dated.txt"]);
  });
  it("full format: every article and every error line of this file's runs", () => {
    const validate = validator([]);
    expect(fullLines.length).toBeGreaterThan(50);
    for (const line of fullLines) {
      const ok = validate(line);
      expect(
        ok,
        `${JSON.stringify(line).slice(0, 200)}: ${JSON.stringify(validate.errors?.slice(0, 3))}`,
      ).toBe(true);
    }
    const errors = new Set(
      fullLines.flatMap((l) =>
        (l as { error?: string }).error === undefined ? [] : [(l as { error: string }).error],
      ),
    );
    // the kinds this file produced, so the check above covers each of them
    for (const kind of [
      "empty text",
      "not valid UTF-8 text",
      "not valid UTF-16 text",
      "binary file (NUL bytes), not text",
      "no such file or directory",
      "malformed JSON",
      "not a JSON object",
      "record has no text",
    ])
      expect(errors).toContain(kind);
    expect([...errors].some((e) => e.startsWith("text longer than"))).toBe(true);
    expect([...errors].some((e) => e.startsWith("publishedAt must be"))).toBe(true);
  });
  it("compact format: every line against `cand-nlp schema --format compact`", () => {
    run(["extract", "--format", "compact", "dated.txt", "utf16be.txt", "missing.txt"]);
    run(["extract", "--format", "compact", "--input", "jsonl", "a.jsonl", "b.jsonl"]);
    const validate = validator(["--format", "compact"]);
    expect(compactLines.length).toBeGreaterThan(10);
    for (const line of compactLines)
      expect(validate(line), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // a full line is not a compact one, and the other way round
    expect(validate(fullLines.find((l) => !("error" in (l as object))))).toBe(false);
    expect(validator([])(compactLines.find((l) => !("error" in (l as object))))).toBe(false);
  });
  it("the schema rejects what is not a line: an article without id, an error with more, an unknown field", () => {
    const validate = validator([]);
    const article = fullLines.find((l) => !("error" in (l as object))) as Record<string, unknown>;
    const { id: _, ...noId } = article;
    expect(validate(noId)).toBe(false);
    expect(validate({ id: "x", error: "empty text", title: null })).toBe(false);
    expect(validate({ ...article, extra: 1 })).toBe(false);
    expect(validate({ id: 7, error: "x" })).toBe(false);
  });
  it("toRows reads every line: rows carry their article's id, error lines become errors rows", () => {
    const lines = fullLines.filter((l) => l !== null) as Parameters<typeof toRows>[0][];
    const rows = toRows(lines as never);
    const articles = fullLines.filter((l) => !("error" in (l as object))).length;
    expect(rows.articles).toHaveLength(articles);
    expect(rows.errors).toHaveLength(fullLines.length - articles);
    for (const table of Object.values(rows))
      for (const row of table) expect(typeof row.articleId).toBe("string");
  });
});
