import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBase64, decodeWeights } from "./model.js";

describe("decodeBase64", () => {
  it("agrees with the platform's atob on any bytes (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = btoa(String.fromCharCode(...bytes));
        expect(Array.from(decodeBase64(text))).toEqual(Array.from(atob(text), (ch) => ch.charCodeAt(0)));
      }),
      { numRuns: 300 },
    );
  });

  it("decodes weights the same from a byte string or from bytes", () => {
    const bytes = Uint8Array.from([3, 4, 1, 5, 200, 1, 7]);
    const asString = String.fromCharCode(...bytes);
    expect(Array.from(decodeWeights(bytes, 8))).toEqual(Array.from(decodeWeights(asString, 8)));
    const weights = decodeWeights(bytes, 8);
    expect(weights[2]).toBe(2); // gap 3 from slot -1, zig-zag 4 → +2
    expect(weights[3]).toBe(-3); // gap 1, zig-zag 5 → -3
  });
});
