/**
 * The Vietnamese lunisolar calendar (âm lịch), computed rather than tabulated.
 *
 * Method (the usual one for the Chinese-family calendars, e.g. Meeus, "Astronomical Algorithms",
 * ch. 25 for the sun and ch. 49 for new moons):
 * - a lunar month begins on the civil day, in Vietnam's time zone (UTC+7), that holds a new moon;
 * - month 11 is the month holding the winter solstice (the sun at longitude 270°);
 * - when 13 months separate two months 11, the first of them after month 11 that holds no major
 *   solar term (the sun crossing a multiple of 30°) is a leap month, numbered like the month before.
 * The time zone is why Vietnam's Tết sometimes differs from China's (1985-01-21 vs 1985-02-20).
 *
 * Days are counted as Julian day numbers (JDN: an integer per civil day, 2451545 = 2000-01-01);
 * the calendar module builds its day arithmetic on the same count.
 */
import type { CalendarDate } from "./model";

/** A date of the lunar calendar. `leap` marks a leap month (tháng nhuận). */
export interface LunarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–30 */
  readonly day: number;
  readonly leap: boolean;
}

/** A lunar date to convert; `leap` defaults to false. */
export interface LunarDateInput {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap?: boolean;
}

/** Vietnam's offset from UTC, in days (UTC+7 since 1968 in the North, 1975 nationwide). */
const VIETNAM_UTC_OFFSET = 7 / 24;
const SYNODIC_MONTH = 29.530588861;
/** Meeus' lunation 0: the new moon of 2000-01-06 (JDE). */
const LUNATION_ZERO = 2451550.09766;
const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * The Julian day number of a proleptic Gregorian date.
 *
 * @example julianDayNumber({ year: 2000, month: 1, day: 1 }) === 2451545
 */
export function julianDayNumber(date: CalendarDate): number {
  // Count from March so the leap day falls at the end of the counting year.
  const fromMarch = date.month <= 2 ? 1 : 0;
  const year = date.year + 4800 - fromMarch;
  const month = date.month + 12 * fromMarch - 3;
  return (
    date.day +
    Math.floor((153 * month + 2) / 5) +
    365 * year +
    Math.floor(year / 4) -
    Math.floor(year / 100) +
    Math.floor(year / 400) -
    32045
  );
}

/**
 * The proleptic Gregorian date of a Julian day number.
 *
 * @example dateOfJulianDayNumber(2451545) // { year: 2000, month: 1, day: 1 }
 */
export function dateOfJulianDayNumber(jdn: number): CalendarDate {
  const shifted = jdn + 32044;
  const centuries = Math.floor((4 * shifted + 3) / 146097);
  const inCentury = shifted - Math.floor((146097 * centuries) / 4);
  const years = Math.floor((4 * inCentury + 3) / 1461);
  const inYear = inCentury - Math.floor((1461 * years) / 4);
  const month = Math.floor((5 * inYear + 2) / 153);
  return {
    year: 100 * centuries + years - 4800 + Math.floor(month / 10),
    month: month + 3 - 12 * Math.floor(month / 10),
    day: inYear - Math.floor((153 * month + 2) / 5) + 1,
  };
}

/**
 * The lunar date of a civil date, in Vietnam's calendar.
 *
 * @example solarToLunar({ year: 2024, month: 2, day: 10 }) // { year: 2024, month: 1, day: 1, leap: false }
 */
export function solarToLunar(date: CalendarDate): LunarDate {
  const day = julianDayNumber(date);
  const lunation = lunationOfDay(day);
  const elevenThisYear = month11Lunation(date.year);
  const yearStart = lunation >= elevenThisYear ? elevenThisYear : month11Lunation(date.year - 1);
  const yearEnd = lunation >= elevenThisYear ? month11Lunation(date.year + 1) : elevenThisYear;
  const baseYear = lunation >= elevenThisYear ? date.year : date.year - 1;
  const offset = lunation - yearStart;
  const leapOffset = leapMonthOffset(yearStart, yearEnd);
  const afterLeap = leapOffset !== null && offset >= leapOffset;
  const monthIndex = afterLeap ? offset - 1 : offset;
  return {
    // Months 11 and 12 (and a leap 11 or 12) still belong to the lunar year that began before them.
    year: monthIndex >= 2 ? baseYear + 1 : baseYear,
    month: monthNumberAt(monthIndex),
    day: day - newMoonDay(lunation) + 1,
    leap: offset === leapOffset,
  };
}

/**
 * The civil date of a lunar date, in Vietnam's calendar. Throws a RangeError for a date that
 * does not exist (month outside 1–12, a day past the month's 29 or 30, a leap month the year lacks).
 *
 * @example lunarToSolar({ year: 2024, month: 3, day: 10 }) // { year: 2024, month: 4, day: 18 } (Giỗ Tổ)
 */
export function lunarToSolar(lunar: LunarDateInput): CalendarDate {
  const { year, month, day } = lunar;
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`No lunar month ${month} in year ${year}.`);
  }
  if (!Number.isInteger(day) || day < 1 || day > 30) {
    throw new RangeError(`No lunar day ${day}.`);
  }
  const monthIndex = (month + 1) % 12; // 11 → 0, 12 → 1, 1 → 2 …
  const solarYearOfEleven = monthIndex <= 1 ? year : year - 1;
  const yearStart = month11Lunation(solarYearOfEleven);
  const leapOffset = leapMonthOffset(yearStart, month11Lunation(solarYearOfEleven + 1));
  let offset: number;
  if (lunar.leap === true) {
    if (leapOffset === null || leapOffset - 1 !== monthIndex) {
      throw new RangeError(`Lunar year ${year} has no leap month ${month}.`);
    }
    offset = leapOffset;
  } else {
    offset = leapOffset !== null && monthIndex >= leapOffset ? monthIndex + 1 : monthIndex;
  }
  const start = newMoonDay(yearStart + offset);
  const length = newMoonDay(yearStart + offset + 1) - start;
  if (day > length) {
    throw new RangeError(`Lunar month ${month}/${year} has ${length} days, not ${day}.`);
  }
  return dateOfJulianDayNumber(start + day - 1);
}

/**
 * The leap month of a lunar year, or null when the year has none.
 *
 * @example leapMonthOf(2023) === 2 // tháng 2 nhuận năm Quý Mão
 */
export function leapMonthOf(year: number): number | null {
  // Months 1–10 of `year` lie between the months 11 of the two solar years before;
  // a leap 11 or 12 lies after `year`'s own month 11.
  const early = leapMonthOffset(month11Lunation(year - 1), month11Lunation(year));
  if (early !== null && early >= 3) return monthNumberAt(early - 1);
  const late = leapMonthOffset(month11Lunation(year), month11Lunation(year + 1));
  if (late !== null && late <= 2) return monthNumberAt(late - 1);
  return null;
}

/** The month number at a count of regular months after month 11 (0 → 11, 1 → 12, 2 → 1 …). */
function monthNumberAt(index: number): number {
  return ((10 + index) % 12) + 1;
}

/**
 * The offset (in months after month 11) of the leap month between two months 11, or null when
 * they are 12 months apart.
 */
function leapMonthOffset(yearStart: number, yearEnd: number): number | null {
  if (yearEnd - yearStart !== 13) return null;
  let termAtStart = majorTermIndex(newMoonDay(yearStart + 1));
  for (let offset = 1; offset <= 12; offset++) {
    const termAtNext = majorTermIndex(newMoonDay(yearStart + offset + 1));
    // The same 30° sector at both ends: the sun crossed no multiple of 30° during the month.
    if (termAtNext === termAtStart) return offset;
    termAtStart = termAtNext;
  }
  // Twelve major terms cannot fill thirteen months; unreachable with sane astronomy.
  throw new RangeError("No month without a major solar term in a 13-month year.");
}

/** The lunation (Meeus' k) holding month 11 of the lunar year, i.e. the winter solstice of `solarYear`. */
function month11Lunation(solarYear: number): number {
  const lunation = lunationOfDay(julianDayNumber({ year: solarYear, month: 12, day: 31 }));
  // If the sun had already passed 270° when that month began, the solstice was in the month before.
  return sunLongitudeAtDayStart(newMoonDay(lunation)) >= 270 ? lunation - 1 : lunation;
}

/** The lunation whose month holds the day: newMoonDay(k) ≤ day < newMoonDay(k + 1). */
function lunationOfDay(day: number): number {
  let lunation = Math.floor((day - LUNATION_ZERO) / SYNODIC_MONTH);
  while (newMoonDay(lunation + 1) <= day) lunation++;
  while (newMoonDay(lunation) > day) lunation--;
  return lunation;
}

/** The sector (0–11) of 30° the sun is in at the start of the day. */
function majorTermIndex(day: number): number {
  return Math.floor(sunLongitudeAtDayStart(day) / 30);
}

/** The civil day (JDN, Vietnam time) of the new moon of lunation k. */
function newMoonDay(lunation: number): number {
  const universal = newMoonEphemeris(lunation) - deltaT(newMoonEphemeris(lunation));
  return Math.floor(universal + 0.5 + VIETNAM_UTC_OFFSET);
}

/** The sun's apparent longitude (degrees) at local midnight opening the day. */
function sunLongitudeAtDayStart(day: number): number {
  const universal = day - 0.5 - VIETNAM_UTC_OFFSET;
  return sunApparentLongitude(universal + deltaT(universal));
}

function sinDegrees(degrees: number): number {
  return Math.sin(degrees * RADIANS_PER_DEGREE);
}

/** The true new moon of lunation k, as a Julian ephemeris date (Meeus ch. 49, with all periodic terms). */
function newMoonEphemeris(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const mean = LUNATION_ZERO + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const sun = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const moon = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const latitude = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const node = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
  const periodic =
    -0.4072 * sinDegrees(moon) +
    0.17241 * e * sinDegrees(sun) +
    0.01608 * sinDegrees(2 * moon) +
    0.01039 * sinDegrees(2 * latitude) +
    0.00739 * e * sinDegrees(moon - sun) -
    0.00514 * e * sinDegrees(moon + sun) +
    0.00208 * e * e * sinDegrees(2 * sun) -
    0.00111 * sinDegrees(moon - 2 * latitude) -
    0.00057 * sinDegrees(moon + 2 * latitude) +
    0.00056 * e * sinDegrees(2 * moon + sun) -
    0.00042 * sinDegrees(3 * moon) +
    0.00042 * e * sinDegrees(sun + 2 * latitude) +
    0.00038 * e * sinDegrees(sun - 2 * latitude) -
    0.00024 * e * sinDegrees(2 * moon - sun) -
    0.00017 * sinDegrees(node) -
    0.00007 * sinDegrees(moon + 2 * sun) +
    0.00004 * sinDegrees(2 * moon - 2 * latitude) +
    0.00004 * sinDegrees(3 * sun) +
    0.00003 * sinDegrees(moon + sun - 2 * latitude) +
    0.00003 * sinDegrees(2 * moon + 2 * latitude) -
    0.00003 * sinDegrees(moon + sun + 2 * latitude) +
    0.00003 * sinDegrees(moon - sun + 2 * latitude) -
    0.00002 * sinDegrees(moon - sun - 2 * latitude) -
    0.00002 * sinDegrees(3 * moon + sun) +
    0.00002 * sinDegrees(4 * moon);
  const planetary = PLANETARY_TERMS.reduce(
    (sum, [coefficient, base, rate, square]) => sum + coefficient * sinDegrees(base + rate * k + square * t2),
    0,
  );
  return mean + periodic + planetary;
}

/** Meeus' additional corrections for new moons: [coefficient, A₀, rate per lunation, T² term]. */
const PLANETARY_TERMS: readonly (readonly [number, number, number, number])[] = [
  [0.000325, 299.77, 0.107408, -0.009173],
  [0.000165, 251.88, 0.016321, 0],
  [0.000164, 251.83, 26.651886, 0],
  [0.000126, 349.42, 36.412478, 0],
  [0.00011, 84.66, 18.206239, 0],
  [0.000062, 141.74, 53.303771, 0],
  [0.00006, 207.14, 2.453732, 0],
  [0.000056, 154.84, 7.30686, 0],
  [0.000047, 34.52, 27.261239, 0],
  [0.000042, 207.19, 0.121824, 0],
  [0.00004, 291.34, 1.844379, 0],
  [0.000037, 161.72, 24.198154, 0],
  [0.000035, 239.56, 25.513099, 0],
  [0.000023, 331.55, 3.592518, 0],
];

/** The sun's apparent longitude in degrees [0, 360) at a Julian ephemeris date (Meeus ch. 25, ~0.01°). */
function sunApparentLongitude(ephemeris: number): number {
  const t = (ephemeris - 2451545) / 36525;
  const meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const anomaly = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
  const centre =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * sinDegrees(anomaly) +
    (0.019993 - 0.000101 * t) * sinDegrees(2 * anomaly) +
    0.000289 * sinDegrees(3 * anomaly);
  const node = 125.04 - 1934.136 * t;
  const apparent = meanLongitude + centre - 0.00569 - 0.00478 * sinDegrees(node);
  return ((apparent % 360) + 360) % 360;
}

/**
 * ΔT = TT − UT in days: about a minute today. A close polynomial for 2005–2050, the long-term
 * parabola elsewhere (Espenak & Meeus); errors of seconds only matter for a new moon within
 * seconds of midnight.
 */
function deltaT(julianDate: number): number {
  const year = 2000 + (julianDate - 2451545) / 365.25;
  let seconds: number;
  if (year >= 2005 && year < 2050) {
    const t = year - 2000;
    seconds = 62.92 + 0.32217 * t + 0.005589 * t * t;
  } else {
    const u = (year - 1820) / 100;
    seconds = -20 + 32 * u * u;
  }
  return seconds / 86400;
}
