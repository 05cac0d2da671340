// The command line, run as users run it: the BUILT dist/node/cli.js in a child process.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticleSchema } from "../../src/schema.js";
import { ensureDist } from "../support/dist.js";
import { cli, root, runCli } from "./built.js";

// Invented articles (no corpus text): a meeting report with a dateline, a short arrest report.
const MEETING = [
  "Hội nghị tổng kết công tác năm 2021",
  "",
  "09:52 21/01/2022",
  "",
  "Chiều 19-1, Phòng Tham mưu CATP tổ chức hội nghị tổng kết công tác năm 2021. Đại tá Nguyễn Văn An - Phó Giám đốc CATP chủ trì hội nghị.",
].join("\n");
const ARREST = "Ngày 10/7/2017, Công an huyện bắt quả tang đối tượng Lò Văn Tâm đang vận chuyển ma túy.";

let dir = "";
beforeAll(async () => {
  await ensureDist(); // builds dist/ once for every test file that runs the built package
  dir = mkdtempSync(join(tmpdir(), "cand-nlp-cli-"));
  writeFileSync(join(dir, "a.txt"), MEETING);
  writeFileSync(join(dir, "b.txt"), ARREST);
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]));
  writeFileSync(join(dir, "notes.md"), "not an article");
  mkdirSync(join(dir, "sub"));
  writeFileSync(join(dir, "sub", "c.txt"), ARREST);
}, 600_000); // may wait for another test file's build of dist/
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const run = (args: string[], input?: string) => runCli(dir, args, input);

const isArticle = (rec: Record<string, unknown>) => {
  const { id, ...article } = rec;
  ArticleSchema.parse(article);
  return typeof id === "string";
};

describe("cand-nlp extract", () => {
  it("files: one article per line, id = the path as given", () => {
    const r = run(["extract", "a.txt", "b.txt"]);
    expect(r.code).toBe(0);
    expect(r.records.map((x) => x.id)).toEqual(["a.txt", "b.txt"]);
    expect(r.records.every(isArticle)).toBe(true);
    expect(r.records[0].publishedAt).toBe("2022-01-21T09:52");
    expect(r.records[0].events.find((e: { type: string }) => e.type === "meeting").date).toBe("2022-01-19");
  });

  it("directories: walked for *.txt, sorted, recursively", () => {
    const r = run(["extract", "."]);
    expect(r.records.map((x) => x.id)).toEqual(["a.txt", "b.txt", "binary.txt", "empty.txt", "sub/c.txt"]);
  });

  it("stdin: '-' or no input", () => {
    for (const args of [["extract", "-"], ["extract"]]) {
      const r = run(args, ARREST);
      expect(r.code).toBe(0);
      expect(r.records).toHaveLength(1);
      expect(r.records[0].id).toBe("-");
      expect(r.records[0].events[0].type).toBe("arrest");
    }
  });

  it("a missing file, a binary file: one error line each, the run goes on, exit 1", () => {
    const r = run(["extract", "a.txt", "missing.txt", "binary.txt", "b.txt"]);
    expect(r.code).toBe(1);
    expect(r.records.map((x) => x.id)).toEqual(["a.txt", "missing.txt", "binary.txt", "b.txt"]);
    expect(r.records[1].error).toMatch(/no such file/);
    expect(r.records[2].error).toMatch(/binary/);
    expect(isArticle(r.records[3])).toBe(true);
    expect(r.stderr).toMatch(/^cand-nlp extract: 2 articles, 2 errors, [\d.]+ s, [\d.]+ articles\/s\n$/);
  });

  it("an empty file is an error record, not an empty article", () => {
    const r = run(["extract", "empty.txt"]);
    expect(r.code).toBe(1);
    expect(r.records).toEqual([{ id: "empty.txt", error: "empty text" }]);
  });

  it("JSON Lines: a malformed line and a record without text among good ones", () => {
    const input = [
      JSON.stringify({ id: "m", text: MEETING }),
      "{not json",
      JSON.stringify({ id: "no-text" }),
      "",
      JSON.stringify({ id: 7, text: ARREST, publishedAt: "2017-07-12" }),
    ].join("\n");
    const r = run(["extract", "--input", "jsonl"], input);
    expect(r.code).toBe(1);
    expect(r.records.map((x) => x.id)).toEqual(["m", "line:2", "no-text", "7"]);
    expect(r.records[1].error).toMatch(/malformed/);
    expect(r.records[2].error).toMatch(/no text/);
    expect(r.records[3].publishedAt).toBe("2017-07-12");
    expect(r.stderr).toMatch(/2 articles, 2 errors, 1 blank lines skipped, /);
  });

  it("--published-at anchors inputs without a dateline", () => {
    const r = run(["extract", "--published-at", "2017-07-12", "b.txt"]);
    expect(r.records[0].publishedAt).toBe("2017-07-12");
  });

  it("--jobs 2 gives the same lines in the same order as one thread", () => {
    const input = Array.from({ length: 40 }, (_, i) =>
      JSON.stringify({ id: `r${i}`, text: i % 2 ? MEETING : ARREST }),
    ).join("\n");
    const one = run(["extract", "--input", "jsonl"], input);
    const two = run(["extract", "--input", "jsonl", "--jobs", "2"], input);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it("--pretty writes indented JSON", () => {
    const r = spawnSync(process.execPath, [cli, "extract", "--pretty", "b.txt"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(r.stdout).toContain('\n  "id": "b.txt"');
    expect(JSON.parse(r.stdout).id).toBe("b.txt");
  });

  it("no progress on stderr when it is not a terminal: only the summary line", () => {
    const r = run(["extract", "a.txt", "b.txt"]);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toContain("\r");
  });

  it.each([
    [["extract", "--bogus"]],
    [["extract", "--jobs", "0"]],
    [["extract", "--jobs", "two"]],
    [["extract", "--input", "xml"]],
    [["extract", "--published-at", "21/01/2022"]],
    [["extract", "--published-at"]],
    [["extract", "--published-at="]],
    [["extract", "--override-published-at", "yesterday"]],
    [["extract", "--max-chars", "0"]],
    [["extract", "--max-chars", "1e6"]],
    [["extract", "--format", "tiny"]],
    [["extract", "--pretty=yes"]],
    [["extract", "-x"]],
    [["schema", "extra"]],
    [["schema", "--article", "--format", "compact"]],
    [["frobnicate"]],
    [[]],
  ])("usage error %j exits 2", (args) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^cand-nlp: .+\nRun "cand-nlp --help" for usage\.\n$|^cand-nlp —/);
  });
  it.each([
    [["extract", "--bogus"], "unknown option --bogus"],
    [["extract", "--published-at"], "--published-at needs a value"],
    [["extract", "--jobs", "two"], '--jobs must be a whole number from 1 to 256, got "two"'],
    [["extract", "--input", "xml"], '--input must be "text" or "jsonl", got "xml"'],
    [["extract", "--pretty=yes"], "--pretty takes no value"],
  ])("%j says %s", (args, message) => {
    expect(run(args).stderr).toContain(`cand-nlp: ${message}\n`);
  });
});

describe("cand-nlp expand, schema, --help, --version", () => {
  it("expand writes the text with abbreviations expanded", () => {
    const r = run(["expand", "-"], "Đại tá Nguyễn Văn An - Phó Giám đốc CATP.");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Công an thành phố");
    expect(run(["expand", "--style", "append", "-"], "CATP").stdout).toContain("(CATP)");
    expect(run(["expand", "--style", "bad"]).code).toBe(2);
  });
  it("schema prints the JSON Schema of a line: an article with its id, or an error record", () => {
    const r = run(["schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    const [article, error] = schema.anyOf;
    expect(Object.keys(article.properties)).toEqual(expect.arrayContaining(["id", "events", "sentences"]));
    expect(article.required).toContain("id");
    expect(error.required).toEqual(["id", "error"]);
    const bare = JSON.parse(run(["schema", "--article"]).stdout);
    expect(Object.keys(bare.properties)).not.toContain("id");
    const compact = JSON.parse(run(["schema", "--format", "compact"]).stdout);
    expect(Object.keys(compact.anyOf[0].properties)).not.toContain("sentences");
  });
  it.each([
    [
      "extract",
      [
        "input",
        "format",
        "published-at",
        "override-published-at",
        "max-chars",
        "jobs",
        "pretty",
        "quiet",
        "help",
        "version",
      ],
    ],
    ["expand", ["style", "published-at", "help", "version"]],
    ["schema", ["format", "article", "help", "version"]],
  ])("%s --help lists every flag with its default", (command, flags) => {
    const help = run([command, "--help"]).stdout;
    // a flag's entry runs from its name to the next flag's (help wraps long lines)
    const entries = help.split(/\n(?= {2}(?:-\w, | {4})--)/).slice(1);
    expect(entries.map((e) => /--([\w-]+)/.exec(e)?.[1])).toEqual(flags);
    for (const e of entries) expect(e).toMatch(/\(default: [^)]+\)/);
    if (command === "extract") expect(help).toContain("(default: 1000000)");
  });
  it("--help for the program and each command; --version", () => {
    expect(run(["--help"]).stdout).toContain("cand-nlp extract");
    for (const c of ["extract", "expand", "schema"]) {
      const r = run([c, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`cand-nlp ${c}`);
    }
    expect(run(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    for (const c of ["extract", "expand", "schema"])
      expect(run([c, "--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("the builds", () => {
  it("the CommonJS build of the command parses and runs too (no import.meta in it)", () => {
    const cjs = join(root, "dist", "node", "cli.cjs");
    if (!existsSync(cjs)) return;
    const r = spawnSync(process.execPath, [cjs, "--version"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
  it("--jobs runs through a symlinked bin without an extension (node_modules/.bin/cand-nlp)", () => {
    const link = join(dir, "cand-nlp");
    if (!existsSync(link)) symlinkSync(cli, link);
    const r = spawnSync(process.execPath, [link, "extract", "--jobs", "2", "b.txt"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe("b.txt");
  });
});

const hasParallel = spawnSync("parallel", ["--version"], { encoding: "utf8" }).status === 0;
// GNU parallel is a Debian package (.ci/run installs it); without it this test cannot run at all.
describe.skipIf(!hasParallel)("through GNU parallel --pipe (a pure line filter)", () => {
  it("gives the same set of records as a single run", () => {
    const input = `${Array.from({ length: 30 }, (_, i) =>
      JSON.stringify({ id: `doc-${i}`, text: i % 3 ? MEETING : ARREST }),
    ).join("\n")}\n`;
    const single = run(["extract", "--input", "jsonl", "--quiet"], input);
    const piped = spawnSync(
      "parallel",
      [
        "--will-cite",
        "--pipe",
        "-N",
        "4",
        "-j",
        "2",
        process.execPath,
        cli,
        "extract",
        "--input",
        "jsonl",
        "--quiet",
      ],
      { cwd: dir, input, encoding: "utf8" },
    );
    expect(piped.status).toBe(0);
    const sorted = (s: string) =>
      s
        .split("\n")
        .filter((l) => l !== "")
        .sort();
    expect(sorted(piped.stdout)).toEqual(sorted(single.stdout));
    expect(sorted(piped.stdout)).toHaveLength(30);
  });
});
