// The browser part of `npm run bench`: the gzipped size of the package's browser bundle (the same
// minified script the playground and the Chromium smoke test use), and the playground's time from a
// paste to its rendered marks on a 100 KB article, in Chromium. Skips, saying why, without Chromium.

import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { buildPlayground } from "../scripts/build-playground.mjs";
import { browserBundle } from "../scripts/lib/browser-bundle.mjs";
import { chromiumMissing, launchChromium } from "../scripts/lib/chromium.mjs";

/** One article of about `size` characters: whole paragraphs of the bench articles, in order. */
export function articleOfSize(articles, size) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < size && i < articles.length * 10; i++) {
    const a = articles[i % articles.length];
    parts.push(a);
    length += a.length + 1;
  }
  return parts.join("\n");
}

export async function benchBrowser(articles, { runs = 5 } = {}) {
  const bundle = await browserBundle();
  const gz = gzipSync(Buffer.from(bundle), { level: 9 }).length;
  console.log(
    `\nbrowser bundle (esbuild, minified IIFE of dist/index.js): ${(Buffer.byteLength(bundle) / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(0)} KB gzipped`,
  );
  const missing = await chromiumMissing();
  if (missing) {
    console.log(`playground paste → marks: skipped (${missing})`);
    return;
  }
  const article = articleOfSize(articles, 100_000);
  const { file } = await buildPlayground();
  const browser = await launchChromium();
  try {
    const { page } = browser;
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector("body[data-rendered]");
    const totals = [];
    const extracts = [];
    let marks = 0;
    for (let r = 0; r <= runs; r++) {
      // a different last character each time, so every paste is new text
      const text = `${article}${r % 2 ? " " : ""}`;
      const before = await page.evaluate(() => document.body.dataset.rendered);
      await page.evaluate((t) => {
        const area = document.getElementById("text");
        area.value = t;
        area.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
      }, text);
      await page.waitForFunction((b) => document.body.dataset.rendered !== b, before, { timeout: 120_000 });
      const got = await page.evaluate(() => ({
        total: Number(document.body.dataset.pasteToMarksMs),
        status: document.getElementById("status").textContent,
        marks: document.querySelectorAll("#marked mark").length,
      }));
      if (r === 0) continue; // warm-up
      totals.push(got.total);
      extracts.push(Number(/extract (\d+) ms/.exec(got.status)?.[1]));
      marks = got.marks;
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(
      `playground paste → marks, ${(article.length / 1000).toFixed(0)} K chars article (${marks} marks), ${browser.version}: ` +
        `${median(totals).toFixed(0)} ms median of ${runs} (extract in the worker ${median(extracts).toFixed(0)} ms)`,
    );
  } finally {
    await browser.close();
  }
}
