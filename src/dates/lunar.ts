/**
 * The Vietnamese lunisolar calendar (âm lịch), computed from astronomy for UTC+7.
 *
 * Rules of the calendar (the same as the Chinese one, but reckoned at the meridian of UTC+7,
 * which is why both differ in some years, e.g. Tết 1985 and 2007):
 * - a month begins on the local day that contains the astronomical new moon;
 * - month 11 is the month that contains the winter solstice (sun's apparent longitude 270°);
 * - when 13 new moons begin between two month-11s, the first month of that span that contains no
 *   principal solar term (sun longitude a multiple of 30°) is a leap month, repeating the number of
 *   the month before it.
 *
 * New moons: Meeus, "Astronomical Algorithms" (2nd ed.), ch. 49, with the main periodic terms
 * (error well under a minute over 1900–2100). Sun longitude: Meeus ch. 25 low-precision series
 * (about 0.01°, i.e. about 15 minutes of time). Dynamical time is converted to universal time with
 * the Espenak–Meeus ΔT polynomials.
 *
 * Day numbers are Julian Day Numbers (integer, the civil day at UTC+7).
 */

const RAD = Math.PI / 180;
const SYNODIC_MONTH = 29.530588861;
/** Julian Ephemeris Day of the mean new moon of 2000-01-06 (Meeus k = 0). */
const NEW_MOON_EPOCH = 2451550.09766;
/** Vietnam's time zone, in days. */
const ZONE = 7 / 24;

export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/** Julian Day Number of a Gregorian calendar day. */
export function julianDayNumber(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/** Gregorian [year, month, day] of a Julian Day Number. */
export function fromJulianDayNumber(jdn: number): [number, number, number] {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = 100 * b + d - 4800 + Math.floor(m / 10);
  return [year, month, day];
}

/** ΔT = TT − UT in seconds (Espenak & Meeus polynomials, NASA eclipse site). */
function deltaTSeconds(year: number): number {
  // outside 1860–2150 the fitted polynomials explode (their fifth powers reach days, and the
  // new-moon search would walk that far); the long-term parabola stays within minutes of the truth
  // near those bounds and sane for any year a reference may hold
  if (year < 1860 || year >= 2150) {
    const u = (year - 1820) / 100;
    return -20 + 32 * u * u;
  }
  if (year < 1900) {
    const t = year - 1860;
    return (
      7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174
    );
  }
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    );
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (year - 1820) / 100;
  return -20 + 32 * u * u - 0.5628 * (2150 - year);
}

/** Approximate Gregorian year of a Julian Day (only used to pick the ΔT polynomial). */
const yearOfJulianDay = (jd: number): number => 2000 + (jd - 2451545) / 365.25;

/** Julian Day (UT) of the true new moon number k (k = 0: 2000-01-06; negative before). */
export function newMoonJulianDay(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const jde = NEW_MOON_EPOCH + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3) * RAD; // sun's mean anomaly
  const mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * RAD; // moon's
  const f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * RAD; // argument of latitude
  const om = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * RAD; // ascending node
  const s = Math.sin;
  const correction =
    -0.4072 * s(mp) +
    0.17241 * e * s(m) +
    0.01608 * s(2 * mp) +
    0.01039 * s(2 * f) +
    0.00739 * e * s(mp - m) -
    0.00514 * e * s(mp + m) +
    0.00208 * e * e * s(2 * m) -
    0.00111 * s(mp - 2 * f) -
    0.00057 * s(mp + 2 * f) +
    0.00056 * e * s(2 * mp + m) -
    0.00042 * s(3 * mp) +
    0.00042 * e * s(m + 2 * f) +
    0.00038 * e * s(m - 2 * f) -
    0.00024 * e * s(2 * mp - m) -
    0.00017 * s(om) -
    0.00007 * s(mp + 2 * m) +
    0.00004 * s(2 * mp - 2 * f) +
    0.00004 * s(3 * m) +
    0.00003 * s(mp + m - 2 * f) +
    0.00003 * s(2 * mp + 2 * f) -
    0.00003 * s(mp + m + 2 * f) +
    0.00003 * s(mp - m + 2 * f) -
    0.00002 * s(mp - m - 2 * f) -
    0.00002 * s(3 * mp + m) +
    0.00002 * s(4 * mp);
  const jdeTrue = jde + correction;
  return jdeTrue - deltaTSeconds(yearOfJulianDay(jdeTrue)) / 86400;
}

/** The local (UTC+7) day number on which new moon k falls. */
export function newMoonDay(k: number): number {
  return Math.floor(newMoonJulianDay(k) + 0.5 + ZONE);
}

/** Apparent geocentric longitude of the sun, degrees in [0, 360), at a Julian Day (UT). */
export function sunLongitude(jdUt: number): number {
  const jde = jdUt + deltaTSeconds(yearOfJulianDay(jdUt)) / 86400;
  const t = (jde - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * RAD;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * m) +
    0.000289 * Math.sin(3 * m);
  const omega = (125.04 - 1934.136 * t) * RAD;
  const apparent = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
  return ((apparent % 360) + 360) % 360;
}

/** Which 30° sector (0–11) the sun is in at the START (local midnight) of a day number. */
function sunSectorAtDayStart(dayNumber: number): number {
  return Math.floor(sunLongitude(dayNumber - 0.5 - ZONE) / 30);
}

/** Index k of the last new moon that begins on or before a local day number. */
function newMoonIndexOnOrBefore(dayNumber: number): number {
  let k = Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  while (newMoonDay(k + 1) <= dayNumber) k += 1;
  while (newMoonDay(k) > dayNumber) k -= 1;
  return k;
}

/** New-moon index of the start of lunar month 11 (the month holding the winter solstice) of a year. */
function month11Index(year: number): number {
  const k = newMoonIndexOnOrBefore(julianDayNumber(year, 12, 31));
  // If the sun is already past 270° when this month starts, the solstice fell in the month before.
  return sunSectorAtDayStart(newMoonDay(k)) >= 9 ? k - 1 : k;
}

/**
 * In a 13-month span starting at month-11 index k11: the offset (1-based, from month 11) of the
 * leap month, i.e. the first month during which the sun enters no new 30° sector.
 */
function leapMonthOffset(k11: number): number {
  let previous = sunSectorAtDayStart(newMoonDay(k11 + 1));
  for (let i = 1; i <= 13; i++) {
    const next = sunSectorAtDayStart(newMoonDay(k11 + i + 1));
    if (next === previous) return i;
    previous = next;
  }
  return 13;
}

/**
 * Converts a Gregorian date (Vietnam civil day) to the Vietnamese lunar date.
 * @example
 * solarToLunar(2025, 1, 29); // { year: 2025, month: 1, day: 1, leap: false }
 */
export function solarToLunar(year: number, month: number, day: number): LunarDate {
  const dayNumber = julianDayNumber(year, month, day);
  const k = newMoonIndexOnOrBefore(dayNumber);
  const monthStart = newMoonDay(k);
  let a11 = month11Index(year);
  let b11: number;
  let lunarYear: number;
  if (a11 >= k) {
    // in or before this Gregorian year's month 11: the lunar year is still `year`
    lunarYear = year;
    b11 = a11;
    a11 = month11Index(year - 1);
  } else {
    lunarYear = year + 1;
    b11 = month11Index(year + 1);
  }
  const diff = k - a11; // months since month 11
  let lunarMonth = diff + 11;
  let leap = false;
  if (b11 - a11 === 13) {
    const leapOffset = leapMonthOffset(a11);
    if (diff >= leapOffset) {
      lunarMonth = diff + 10;
      if (diff === leapOffset) leap = true;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { year: lunarYear, month: lunarMonth, day: dayNumber - monthStart + 1, leap };
}

/**
 * Converts a Vietnamese lunar date to the Gregorian [year, month, day], or null when the date does
 * not exist (a leap month that year does not have, day 30 of a 29-day month, out-of-range values).
 * @example
 * lunarToSolar(2025, 1, 1); // [2025, 1, 29] (Tết)
 * lunarToSolar(2023, 2, 15, true); // [2023, 4, 5] (15th of the leap 2nd month)
 */
export function lunarToSolar(
  lunarYear: number,
  lunarMonth: number,
  lunarDay: number,
  leap = false,
): [number, number, number] | null {
  if (!Number.isInteger(lunarYear) || !Number.isInteger(lunarMonth) || !Number.isInteger(lunarDay))
    return null;
  if (lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30) return null;
  if (lunarYear < 1 || lunarYear > 9999) return null;
  const a11 = lunarMonth < 11 ? month11Index(lunarYear - 1) : month11Index(lunarYear);
  const b11 = lunarMonth < 11 ? month11Index(lunarYear) : month11Index(lunarYear + 1);
  let offset = lunarMonth - 11;
  if (offset < 0) offset += 12;
  if (b11 - a11 === 13) {
    const leapOffset = leapMonthOffset(a11);
    // the leap month repeats the number of the month before it
    let leapMonth = leapOffset + 10;
    if (leapMonth > 12) leapMonth -= 12;
    if (leap && lunarMonth !== leapMonth) return null;
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    return null;
  }
  const start = newMoonDay(a11 + offset);
  const length = newMoonDay(a11 + offset + 1) - start;
  if (lunarDay > length) return null;
  return fromJulianDayNumber(start + lunarDay - 1);
}

/**
 * The leap month number of a lunar year (1–12), or null when the year has none.
 * @example
 * leapMonthOf(2023); // 2 (the year had a leap second month)
 * leapMonthOf(2024); // null
 */
export function leapMonthOf(lunarYear: number): number | null {
  for (let month = 1; month <= 12; month++) {
    if (lunarToSolar(lunarYear, month, 1, true)) return month;
  }
  return null;
}

/**
 * Tết Nguyên đán (lunar 1/1) of a lunar year, as a Gregorian [year, month, day].
 * @example
 * tet(2025); // [2025, 1, 29]
 */
export function tet(lunarYear: number): [number, number, number] {
  // Month 1 always exists and day 1 always fits, so this cannot be null.
  return lunarToSolar(lunarYear, 1, 1) as [number, number, number];
}
