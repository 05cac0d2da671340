import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { expandAbbreviations, findAbbreviations } from "../abbreviations/index.js";
import { findRanks } from "../ranks/index.js";
import { findTitles } from "../titles/index.js";
import { findPersons } from "./index.js";

// The shared corpus lives beside the repository (../shared) and is not part of the package.
const corpusDir = fileURLToPath(new URL("../../../shared/corpus", import.meta.url));
const files = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith(".txt")) : [];

describe.skipIf(files.length === 0)("every corpus article through each stage", () => {
  it.each(files)("%s", (file) => {
    const text = readFileSync(`${corpusDir}/${file}`, "utf8");
    for (const input of [text, text.normalize("NFD")]) {
      const spans = [
        ...findRanks(input),
        ...findTitles(input),
        ...findPersons(input).flatMap((p) => p.mentions),
        ...findAbbreviations(input).flatMap((a) => a.mentions),
      ];
      for (const s of spans) expect(input.slice(s.start, s.end)).toBe(s.text);
      expect(typeof expandAbbreviations(input, { style: "append" })).toBe("string");
    }
  });
});
