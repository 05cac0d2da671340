import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../tokenize/index.js";
import {
  boundedMemo,
  KeyFilter,
  keysOf,
  PhraseTrie,
  phraseKeys,
  placeAt,
  rankTrie,
  titleTrie,
} from "./index.js";

describe("PhraseTrie: longest match over tokens", () => {
  const trie = new PhraseTrie<string>();
  trie.add(phraseKeys("Phó Chủ tịch"), "short");
  trie.add(phraseKeys("Phó Chủ tịch Thường trực"), "long");
  const at = (text: string) => {
    const tokens = tokenize(text);
    return trie.longestAt(keysOf(tokens), tokens, text, 0)?.values[0] ?? null;
  };
  it.each([
    ["Phó Chủ tịch Thường trực UBND", "long"],
    ["Phó Chủ tịch UBND", "short"],
    ["PHÓ CHỦ TỊCH", "short"],
    ["Phó Chủ tịch\nThường trực", "short"],
    ["Phó Chủ", null],
  ])("%s → %s", (text, want) => {
    expect(at(text)).toBe(want);
  });
});

describe("compiled tables", () => {
  it("a bare rank label belongs to the main ladder; suffixed forms to cmkt/qncn", () => {
    const rank = (text: string) => {
      const tokens = tokenize(text);
      return rankTrie()
        .longestAt(keysOf(tokens), tokens, text, 0)
        ?.values.map((v) => v.row.id);
    };
    expect(rank("Thượng tá")).toEqual(["thuong_ta"]);
    expect(rank("Thượng tá QNCN")).toEqual(["thuong_ta_qncn"]);
    expect(rank("Đại uý chuyên môn kỹ thuật")).toEqual(["dai_uy_cmkt"]);
  });
  it("old tone placement and case meet the same title", () => {
    for (const text of ["Chính uỷ", "chính ủy", "CHÍNH ỦY"]) {
      const tokens = tokenize(text);
      expect(titleTrie().longestAt(keysOf(tokens), tokens, text, 0)?.values[0]?.row.id).toBe("chinh_uy");
    }
  });
  it("places: a district names its city, 'Hồ Chí Minh' the city", () => {
    const place = (text: string) => {
      const tokens = tokenize(text);
      return placeAt(tokens, keysOf(tokens), text, 0)?.places.map((p) => p.province);
    };
    expect(place("Kiến An")).toContain("Hải Phòng");
    expect(place("Hồ Chí Minh")).toContain("Thành phố Hồ Chí Minh");
    expect(place("Quyết thắng")).toBeUndefined();
  });
});

describe("KeyFilter", () => {
  it("never turns away a key it holds (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 8 }), { maxLength: 50 }), (words) => {
        const filter = new KeyFilter();
        for (const w of words) filter.add(w);
        return words.every((w) => filter.mayHave(w));
      }),
    );
  });
  it("turns away keys of another shape", () => {
    const filter = new KeyFilter();
    filter.add("quyết");
    expect(filter.mayHave("quyết")).toBe(true);
    expect(filter.mayHave("của")).toBe(false);
    expect(filter.mayHave("")).toBe(false);
  });
});

describe("boundedMemo", () => {
  it("computes a key once, and empties itself when full instead of growing", () => {
    const calls: string[] = [];
    const upper = boundedMemo(2, (k) => {
      calls.push(k);
      return k.toUpperCase();
    });
    expect([upper("a"), upper("a"), upper("b")]).toEqual(["A", "A", "B"]);
    expect(calls).toEqual(["a", "b"]);
    upper("c"); // full: emptied, then holds "c"
    upper("a"); // computed again: it was emptied
    upper("c"); // still held
    expect(calls).toEqual(["a", "b", "c", "a"]);
  });
  it("remembers null answers too", () => {
    let n = 0;
    const none = boundedMemo(4, () => {
      n++;
      return null;
    });
    none("x");
    none("x");
    expect(n).toBe(1);
  });
});
