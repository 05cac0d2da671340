import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayDifference, dayNumber, dayOfNumber, daysInMonth, isValidDay, shiftDays } from "./calendar.js";

// The calendar arithmetic must agree with Date (proleptic Gregorian, UTC), which it replaced.
const utcDay = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(2000, 0, 1, 12));
  date.setUTCFullYear(y, m - 1, d);
  return date;
};
const DAY_MS = 86_400_000;
const civil = fc.record({
  y: fc.integer({ min: -1000, max: 10_000 }),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 31 }),
});

describe("calendar arithmetic", () => {
  it("dayNumber counts the days Date counts, a day past a month's end included (property)", () => {
    fc.assert(
      fc.property(civil, ({ y, m, d }) => {
        const expected = Math.floor(utcDay(y, m, d).getTime() / DAY_MS);
        return dayNumber(y, m, d) === expected;
      }),
      { numRuns: 5000 },
    );
  });
  it("dayOfNumber is its inverse on every day of 1600–2400", () => {
    const wrong: number[] = [];
    for (let n = dayNumber(1600, 1, 1); n <= dayNumber(2400, 12, 31); n++) {
      const v = dayOfNumber(n);
      const date = new Date(n * DAY_MS);
      if (v.y !== date.getUTCFullYear() || v.m !== date.getUTCMonth() + 1 || v.d !== date.getUTCDate())
        wrong.push(n);
    }
    expect(wrong).toEqual([]);
  });
  it("daysInMonth, isValidDay, shiftDays and dayDifference agree with Date (property)", () => {
    fc.assert(
      fc.property(civil, fc.integer({ min: -4000, max: 4000 }), ({ y, m, d }, shift) => {
        const monthDays = utcDay(y, m + 1, 0).getUTCDate();
        if (daysInMonth(y, m) !== monthDays || isValidDay(y, m, d) !== d <= monthDays) return false;
        if (d > monthDays) return true;
        const moved = utcDay(y, m, d + shift);
        const s = shiftDays({ y, m, d }, shift);
        return (
          s.y === moved.getUTCFullYear() &&
          s.m === moved.getUTCMonth() + 1 &&
          s.d === moved.getUTCDate() &&
          dayDifference(s, { y, m, d }) === shift
        );
      }),
      { numRuns: 5000 },
    );
  });
  it("knows the leap years of the Gregorian rule", () => {
    expect([1900, 2000, 2023, 2024, 2100].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29, 28]);
    expect(isValidDay(null, 2, 29)).toBe(true);
    expect(isValidDay(2023, 2, 29)).toBe(false);
  });
});
