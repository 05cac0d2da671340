import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasUpperCase, isLowerLetter, isUpperLetter } from "./chars.js";
import { canonicalTone, foldDiacritics, matchKey, normalizeText, toInputSpan } from "./index.js";

describe("normalizeText", () => {
  const rows: [string, string, string][] = [
    ["NFC stays as it is", "an ninh Tổ quốc", "an ninh Tổ quốc"],
    ["NFD is composed", "y\u00ea\u0301u", "yếu"],
    ["NFD with tone and hat on a capital", "Đa\u0323i ta\u0301", "Đại tá"],
    ["CRLF becomes LF", "a\r\nb\rc", "a\nb\nc"],
    ["non-breaking and thin spaces become spaces", "Đại\u00a0tá\u2009X", "Đại tá X"],
    ["zero-width space separates words", "an\u200bninh", "an ninh"],
    ["joiners, soft hyphens and BOM are dropped", "\ufeffan\u00adninh\u200d", "anninh"],
    ["named entities", "&quot;Vì ANTQ&quot;&nbsp;&amp;", '"Vì ANTQ" &'],
    ["numeric entities", "C&#7897;ng an &#x110;&#7841;i", "Cộng an Đại"],
    ["unknown or broken entities stay", "&foo; &#; &#xZZ; & a", "&foo; &#; &#xZZ; & a"],
  ];
  it.each(rows)("%s", (_name, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it("returns the input itself when nothing needs rewriting", () => {
    const nt = normalizeText("Đại tá Đào Quang Trường");
    expect(nt.starts).toBeNull();
    expect(nt.text).toBe("Đại tá Đào Quang Trường");
  });

  it("maps a normalised range back to the input", () => {
    const input = "Đa\u0323i\u00a0ta\u0301 &quot;X&quot;";
    const nt = normalizeText(input);
    expect(nt.text).toBe('Đại tá "X"');
    const word = toInputSpan(nt, 4, 6);
    expect(word.text).toBe("ta\u0301");
    expect(input.slice(word.start, word.end)).toBe(word.text);
    const quote = toInputSpan(nt, 7, 8);
    expect(quote.text).toBe("&quot;");
  });

  it("maps every range to a slice of the input (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.nat(), fc.nat(), (input, x, y) => {
        const nt = normalizeText(input);
        const a = nt.text.length ? x % (nt.text.length + 1) : 0;
        const b = nt.text.length ? y % (nt.text.length + 1) : 0;
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const span = toInputSpan(nt, lo, hi);
        expect(span.start).toBeLessThanOrEqual(span.end);
        expect(span.text).toBe(input.slice(span.start, span.end));
      }),
      { numRuns: 500 },
    );
  });
});

describe("canonicalTone", () => {
  const rows: [string, string][] = [
    ["hoà", "hòa"],
    ["Hoà", "Hòa"],
    ["HOÀ", "HÒA"],
    ["khoẻ", "khỏe"],
    ["thuý", "thúy"],
    ["Uỷ", "Ủy"],
    ["uỷ", "ủy"],
    ["tuỳ", "tùy"],
  ];
  it.each(rows)("%s → %s", (old, canonical) => expect(canonicalTone(old)).toBe(canonical));
  const unchanged = ["hòa", "hoàn", "toán", "quý", "quỳ", "Quỳnh", "thuyền", "hoa", "a", "", "khuya"];
  it.each(unchanged)("%s stays", (word) => expect(canonicalTone(word)).toBe(word));
});

describe("keys", () => {
  it("folds diacritics and đ only as an extra key", () => {
    expect(foldDiacritics("Đại tá")).toBe("dai ta");
    expect(foldDiacritics("tá")).toBe(foldDiacritics("ta"));
  });
  it("matchKey lower-cases and canonicalises tone per syllable", () => {
    expect(matchKey("Uỷ ban Hoà Bình")).toBe("ủy ban hòa bình");
    expect(matchKey("Đa\u0323i ta\u0301")).toBe("đại tá");
  });
  it("matchKey's shortcuts (one plain word; plain words whose tones stay) give what the general path gives (property)", () => {
    // the general path: NFC, split at the separators, canonical tone per piece, lower case
    const general = (s: string) =>
      s
        .normalize("NFC")
        .split(/([ \-\n\t])/)
        .map((piece, k) => (k % 2 === 1 ? piece : canonicalTone(piece)))
        .join("")
        .toLowerCase();
    const unit = fc.constantFrom(
      ..."aAoOuUyYeEđĐqQhHtTxX ơƯăÂ-\t\nàáảãạòóỏõọÙÚỦŨỤỳýỷỹỵèéẻẽẹ\u0300\u0301\u0323ΩÅ\u212bǅ".split(""),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 8 }), (units) => {
        const s = units.join("");
        return matchKey(s) === general(s);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("letter case by arithmetic", () => {
  // isUpperLetter/isLowerLetter answer most code units by arithmetic (caseOfCode); the answer must
  // be the one the string definition gives, on every code unit of the BMP.
  it("agrees with the toUpperCase/toLowerCase definition everywhere", () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const upper = ch !== ch.toLowerCase() && ch === ch.toUpperCase();
      const lower = ch !== ch.toUpperCase() && ch === ch.toLowerCase();
      if (isUpperLetter(ch) !== upper || isLowerLetter(ch) !== lower) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe("hasUpperCase", () => {
  it("agrees with s !== s.toLowerCase() on every code unit of the BMP, alone, between letters and after Đ", () => {
    let disagreements = 0;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}`, `${ch}b`, `Đ${ch}`])
        if (hasUpperCase(s) !== (s !== s.toLowerCase())) disagreements++;
    }
    expect(disagreements).toBe(0);
  });
});
