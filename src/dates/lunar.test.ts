import { describe, expect, it } from "vitest";
import { leapMonthOf, lunarToSolar, solarToLunar, tet } from "./lunar.js";

const iso = (d: readonly [number, number, number] | null) =>
  d ? `${d[0]}-${String(d[1]).padStart(2, "0")}-${String(d[2]).padStart(2, "0")}` : null;

describe("Tết Nguyên đán (lunar 1/1), Vietnam, UTC+7", () => {
  // Published Vietnamese Tết dates. 1968, 1985 and 2007 differ from the Chinese calendar
  // (China: 1968-01-30, 1985-02-20, 2007-02-18) because Vietnam reckons at UTC+7.
  it.each([
    [1968, "1968-01-29"],
    [1985, "1985-01-21"],
    [2007, "2007-02-17"],
    [2000, "2000-02-05"],
    [2017, "2017-01-28"],
    [2020, "2020-01-25"],
    [2021, "2021-02-12"],
    [2022, "2022-02-01"],
    [2023, "2023-01-22"],
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
  ])("Tết %i is %s", (year, expected) => {
    expect(iso(tet(year))).toBe(expected);
  });

  it("the Chinese dates of 1985 and 2007 are NOT Vietnam's Tết", () => {
    expect(iso(tet(1985))).not.toBe("1985-02-20");
    expect(iso(tet(2007))).not.toBe("2007-02-18");
  });

  it("every Tết from 1900 to 2100 falls between 19 January and 21 February", () => {
    for (let year = 1900; year <= 2100; year++) {
      const [y, m, d] = tet(year);
      expect(y).toBe(year);
      expect(m * 100 + d).toBeGreaterThanOrEqual(119);
      expect(m * 100 + d).toBeLessThanOrEqual(221);
    }
  });
});

describe("leap months", () => {
  it.each([
    [2012, 4],
    [2014, 9],
    [2017, 6],
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
  ])("lunar year %i has leap month %i", (year, month) => {
    expect(leapMonthOf(year)).toBe(month);
  });
  it.each([2019, 2021, 2022, 2024, 2026])("lunar year %i has no leap month", (year) => {
    expect(leapMonthOf(year)).toBeNull();
  });
  it("a leap month the year does not have is null", () => {
    expect(lunarToSolar(2023, 3, 1, true)).toBeNull();
    expect(lunarToSolar(2024, 2, 1, true)).toBeNull();
  });
  it("leap month 2/2023 starts on 2023-03-22", () => {
    expect(iso(lunarToSolar(2023, 2, 1, true))).toBe("2023-03-22");
    expect(solarToLunar(2023, 3, 22)).toEqual({ year: 2023, month: 2, day: 1, leap: true });
  });
});

describe("conversions", () => {
  it.each([
    [2022, 1, 15, "2022-02-15"], // rằm tháng Giêng
    [2022, 7, 15, "2022-08-12"], // rằm tháng Bảy
    [2024, 12, 29, "2025-01-28"], // giao thừa Ất Tỵ: tháng Chạp had 29 days
  ])("lunar %i/%i/%i is %s", (y, m, d, expected) => {
    expect(iso(lunarToSolar(y, m, d))).toBe(expected);
  });
  it("rejects impossible lunar dates", () => {
    expect(lunarToSolar(2022, 13, 1)).toBeNull();
    expect(lunarToSolar(2022, 1, 31)).toBeNull();
    expect(lunarToSolar(2022, 0, 1)).toBeNull();
    expect(lunarToSolar(2024, 12, 30)).toBeNull();
  });
  it("day before Tết belongs to the previous lunar year", () => {
    expect(solarToLunar(2024, 2, 9)).toEqual({ year: 2023, month: 12, day: 30, leap: false });
  });
  it("solar → lunar → solar round-trips every day of 1900–2100", () => {
    let failures = 0;
    for (let y = 1900; y <= 2100; y++) {
      for (let m = 1; m <= 12; m++) {
        for (const d of [1, 8, 15, 22, 28]) {
          const l = solarToLunar(y, m, d);
          const back = lunarToSolar(l.year, l.month, l.day, l.leap);
          if (!back || back[0] !== y || back[1] !== m || back[2] !== d) failures++;
        }
      }
    }
    expect(failures).toBe(0);
  });
});
