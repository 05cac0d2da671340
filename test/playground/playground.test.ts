// The playground end to end in real Chromium: the built page, opened from file://, an article pasted
// into it, and the marks, tables, event cards and JSON it shows. Leaves a screenshot in test-results/.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlayground } from "../../scripts/build-playground.mjs";
import { chromiumMissing, launchChromium } from "../../scripts/lib/chromium.mjs";
import { ensureDist, root } from "../support/dist.js";

// Invented article (no corpus text): a rank and name, a title with its organisation, abbreviations,
// a date, numbers, a document and an arrest.
const ARTICLE = [
  "Công an tỉnh Hà Giang triệt phá đường dây buôn bán ma túy",
  "",
  "Ngày 14/11/2024, Phòng PC04 Công an tỉnh Hà Giang bắt giữ 3 đối tượng, thu giữ 2,4 kg ma túy đá.",
  "Đại tá Hoàng Văn Lâm - Phó Giám đốc Công an tỉnh Hà Giang trực tiếp chỉ đạo chuyên án.",
  "Vụ việc được xử lý theo Quyết định số 318/QĐ-CAT ngày 2/11/2024 của Giám đốc CAT.",
].join("\n");

const missing = await chromiumMissing();
// .ci/run installs Chromium and sets this, so there the test must run, never skip.
const required = process.env.CAND_NLP_REQUIRE_CHROMIUM === "1";

describe.skipIf(missing !== null && !required)(
  `playground in Chromium${missing ? ` (skipped: ${missing})` : ""}`,
  () => {
    let browser: Awaited<ReturnType<typeof launchChromium>>;
    let page: Page;
    beforeAll(async () => {
      if (missing) throw new Error(`CAND_NLP_REQUIRE_CHROMIUM=1 but ${missing}`);
      await ensureDist();
      const { file } = await buildPlayground();
      browser = await launchChromium();
      page = browser.page;
      page.on("pageerror", (e) => {
        throw e;
      });
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector("body[data-rendered]"); // the first example, rendered on load
    }, 600_000);
    afterAll(async () => {
      await browser?.close();
    });

    it("opens from file:// with the examples and renders the first one in the worker", async () => {
      expect(await page.locator("#example option").count()).toBeGreaterThan(2);
      expect(await page.locator("#marked mark").count()).toBeGreaterThan(10);
    });

    it("a pasted article: marks with their values, table rows, event cards, JSON", async () => {
      const before = await page.evaluate(() => document.body.dataset.rendered);
      await page.evaluate((text) => {
        const area = document.getElementById("text") as HTMLTextAreaElement;
        area.value = text;
        area.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
      }, ARTICLE);
      await page.waitForFunction((b) => document.body.dataset.rendered !== b, before);
      expect(await page.evaluate(() => document.body.dataset.pasteToMarksMs)).toMatch(/^\d+(\.\d+)?$/);

      const mark = (kind: string, text: string) =>
        page.locator(`#marked mark[data-kind="${kind}"]`, { hasText: text }).first().getAttribute("title");
      expect(await mark("person", "Hoàng Văn Lâm")).toContain("Đại tá (rank id dai_ta)");
      expect(await mark("rank", "Đại tá")).toContain("rank id dai_ta");
      expect(await mark("title", "Phó Giám đốc")).toContain("organisation: Công an tỉnh Hà Giang");
      expect(await mark("abbreviation", "PC04")).toContain("Phòng Cảnh sát điều tra tội phạm về ma túy");
      expect(await mark("date", "14/11/2024")).toMatch(/^2024-11-14\b/);
      expect(await mark("document", "318/QĐ-CAT")).toContain("2024-11-02");
      expect(await mark("number", "2,4")).toContain("2.4 kg");
      expect(await page.locator('#marked mark[data-kind="event"]').count()).toBeGreaterThan(0);

      // each kind's table is its own section: "PC04" is also written in the organisations table
      const cells = (text: string, kind: string) =>
        page
          .locator(`#tables section[data-kind="${kind}"] tr`, { hasText: text })
          .first()
          .locator("td")
          .allTextContents();
      expect(await cells("Hoàng Văn Lâm", "person")).toEqual(
        expect.arrayContaining(["Hoàng Văn Lâm", "Đại tá", "dai_ta", "Phó Giám đốc (Công an tỉnh Hà Giang)"]),
      );
      expect(await cells("PC04", "abbreviation")).toEqual(
        expect.arrayContaining(["PC04", "Phòng Cảnh sát điều tra tội phạm về ma túy"]),
      );
      expect(await cells("318/QĐ-CAT", "document")).toEqual(
        expect.arrayContaining(["Quyết định", "318/QĐ-CAT", "2024-11-02"]),
      );
      expect(await page.locator('#events .card[data-type="arrest"] dd').allTextContents()).toContain(
        "2024-11-14",
      );

      const json = JSON.parse((await page.locator("#json").textContent()) ?? "");
      expect(json.persons.map((p: { name: string }) => p.name)).toContain("Hoàng Văn Lâm");

      mkdirSync(join(root, "test-results"), { recursive: true });
      await page.screenshot({ path: join(root, "test-results", "playground.png"), fullPage: true });
    });

    it("draws lists it does not know (organisations, places, newer fields) without breaking", async () => {
      // The page's own renderer on a hand-made result with entity lists this version does not produce.
      const drawn = await page.evaluate(() => {
        type Renderer = {
          collectSpans(article: unknown, ranks: unknown[], titles: unknown[]): unknown[];
          markText(text: string, spans: unknown[]): { html: string; count: number };
          tables(article: unknown, ranks: unknown[], titles: unknown[]): string;
        };
        const { collectSpans, markText, tables } = globalThis as unknown as Renderer;
        const text = "Công an xã Tân Lập, huyện Mường Tè";
        const article = {
          persons: [],
          organizations: [
            { name: "Công an xã Tân Lập", mentions: [{ start: 0, end: 18, text: "Công an xã Tân Lập" }] },
          ],
          places: [{ name: "Mường Tè", level: "district", start: 26, end: 34, text: "Mường Tè" }],
          vehicles: [{ plate: "24A-123.45", start: 20, end: 25, text: "huyện" }],
        };
        const spans = collectSpans(article, [], []);
        return { spans, marks: markText(text, spans), tables: tables(article, [], []) };
      });
      expect(drawn.spans).toEqual([
        { start: 0, end: 18, kind: "organization", label: "name: Công an xã Tân Lập" },
        { start: 26, end: 34, kind: "place", label: "name: Mường Tè · level: district" },
        { start: 20, end: 25, kind: "other", label: "vehicles: huyện" },
      ]);
      expect(drawn.marks.count).toBe(3);
      expect(drawn.marks.html).toContain(
        '<mark class="k-place" data-kind="place" title="name: Mường Tè · level: district">Mường Tè</mark>',
      );
      expect(drawn.tables).toContain("Organisations (1)");
      expect(drawn.tables).toContain("<td>district</td>");
      expect(drawn.tables).toContain("<td>24A-123.45</td>");
    });
  },
);
