/**
 * Calendar arithmetic for deadlines: day counts, weekdays, working days, Excel serial numbers and
 * Vietnam's public holidays. Dates are counted as Julian day numbers, never `Date` objects, so
 * the result does not depend on the machine's time zone or clock.
 */
import { dateOfJulianDayNumber, julianDayNumber, lunarToSolar } from "./lunar";
import type { CalendarDate } from "./model";

export { lunarToSolar, solarToLunar, leapMonthOf } from "./lunar";
export type { LunarDate, LunarDateInput } from "./lunar";

/** 0 = Sunday (Chủ nhật), 1 = Monday (thứ Hai) … 6 = Saturday (thứ Bảy). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Days in a month of the Gregorian calendar.
 *
 * @example daysInMonth(2024, 2) === 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether the three numbers name a real day (no 31/4, no 29/2 outside leap years).
 *
 * @example isValidDate({ year: 2023, month: 2, day: 29 }) === false
 */
export function isValidDate(date: CalendarDate): boolean {
  return (
    Number.isInteger(date.year) &&
    Number.isInteger(date.month) &&
    Number.isInteger(date.day) &&
    date.month >= 1 &&
    date.month <= 12 &&
    date.day >= 1 &&
    date.day <= daysInMonth(date.year, date.month)
  );
}

/**
 * The day of the week, 0 = Sunday … 6 = Saturday.
 *
 * @example dayOfWeek({ year: 2024, month: 2, day: 10 }) === 6 // mùng 1 Tết Giáp Thìn was a Saturday
 */
export function dayOfWeek(date: CalendarDate): Weekday {
  // JDN 0 was a Monday.
  return ((julianDayNumber(date) + 1) % 7) as Weekday;
}

/**
 * Orders two dates: negative when a is earlier, 0 when the same day, positive when later.
 *
 * @example [d3, d1, d2].sort(compareDates)
 */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Days from a to b (positive when b is later).
 *
 * @example daysBetween({ year: 2022, month: 10, day: 20 }, { year: 2022, month: 11, day: 1 }) === 12
 */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return julianDayNumber(b) - julianDayNumber(a);
}

/**
 * The date n calendar days later (earlier for negative n).
 *
 * @example addDays({ year: 2024, month: 2, day: 28 }, 2) // { year: 2024, month: 3, day: 1 }
 */
export function addDays(date: CalendarDate, n: number): CalendarDate {
  return dateOfJulianDayNumber(julianDayNumber(date) + n);
}

/** Days off, looked up by day number. Build it once with holidaySet where one list serves many calls. */
export interface HolidaySet {
  readonly dayNumbers: ReadonlySet<number>;
}

/** A holiday list as given (the workbook's, a preset's), or one already built into a set. */
export type Holidays = readonly CalendarDate[] | HolidaySet;

/**
 * The holidays as a set, for callers that count working days many times with the same list (a
 * summary checks every unit's reports); a set passed in is returned as it is.
 *
 * @example const off = holidaySet(vietnamPublicHolidays(2025)); nextWorkingDay(d1, off); nextWorkingDay(d2, off)
 */
export function holidaySet(holidays: Holidays): HolidaySet {
  return isHolidayList(holidays) ? { dayNumbers: new Set(holidays.map(julianDayNumber)) } : holidays;
}

function isHolidayList(holidays: Holidays): holidays is readonly CalendarDate[] {
  return Array.isArray(holidays);
}

function isWorkingDayNumber(day: number, holidays: ReadonlySet<number>): boolean {
  const weekday = (day + 1) % 7;
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

/**
 * Whether the date is a working day: Monday to Friday and not in the holiday list.
 *
 * @example isWorkingDay({ year: 2025, month: 9, day: 2 }, vietnamPublicHolidays(2025)) === false
 */
export function isWorkingDay(date: CalendarDate, holidays: Holidays): boolean {
  return isWorkingDayNumber(julianDayNumber(date), holidaySet(holidays).dayNumbers);
}

/**
 * The date n working days after the given one (before it for negative n), skipping Saturdays,
 * Sundays and the holidays. The starting day itself never counts; n = 0 returns it unchanged.
 *
 * @example addWorkingDays({ year: 2025, month: 12, day: 19 }, 1, []) // Monday 2025-12-22
 */
export function addWorkingDays(date: CalendarDate, n: number, holidays: Holidays): CalendarDate {
  if (!Number.isInteger(n)) throw new RangeError(`A count of working days must be whole, not ${n}.`);
  const off = holidaySet(holidays).dayNumbers;
  const step = n < 0 ? -1 : 1;
  let day = julianDayNumber(date);
  for (let counted = 0; counted < Math.abs(n);) {
    day += step;
    if (isWorkingDayNumber(day, off)) counted++;
  }
  return dateOfJulianDayNumber(day);
}

/**
 * The deadline "n ngày làm việc trước" a date (seed 001 §IV.4: the draft summary goes to Ban CSPL
 * 10 working days before the summary meeting): the n-th working day counted back from the day
 * before the meeting, so n whole working days lie between the deadline and the meeting, the
 * deadline included.
 *
 * @example workingDaysBefore({ year: 2025, month: 12, day: 25 }, 10, []) // 2025-12-11
 */
export function workingDaysBefore(date: CalendarDate, n: number, holidays: Holidays): CalendarDate {
  return addWorkingDays(date, -n, holidays);
}

/**
 * The date itself when it is a working day, else the next working day. A time limit whose last
 * day is a weekend or public holiday ends with the next working day (Bộ luật Dân sự 2015, Điều 148).
 *
 * @example nextWorkingDay({ year: 2024, month: 10, day: 20 }, []) // Sunday → Monday 2024-10-21
 */
export function nextWorkingDay(date: CalendarDate, holidays: Holidays): CalendarDate {
  const off = holidaySet(holidays).dayNumbers;
  let day = julianDayNumber(date);
  while (!isWorkingDayNumber(day, off)) day++;
  return dateOfJulianDayNumber(day);
}

// ── Excel serial numbers ─────────────────────────────────────────────────────

/** JDN of 1899-12-30, the day Excel's 1900 system counts from once past its phantom 29/2/1900. */
const EXCEL_1900_EPOCH = 2415019;
/** JDN of 1904-01-01, serial 0 in the 1904 system (old Mac workbooks). */
const EXCEL_1904_EPOCH = 2416481;

/**
 * The date of an Excel serial number (the time of day, a fraction, is dropped). Excel's 1900
 * system counts 29/2/1900, a day that never was, as serial 60; it is read as 28/2/1900 so every
 * real date keeps its serial. Pass `date1904` for workbooks in the 1904 system.
 *
 * @example fromExcelSerial(44854) // { year: 2022, month: 10, day: 20 }
 */
export function fromExcelSerial(serial: number, date1904 = false): CalendarDate {
  if (!Number.isFinite(serial)) throw new RangeError(`Not an Excel date serial: ${serial}.`);
  const whole = Math.floor(serial);
  if (date1904) return dateOfJulianDayNumber(EXCEL_1904_EPOCH + whole);
  if (whole >= 61) return dateOfJulianDayNumber(EXCEL_1900_EPOCH + whole);
  return dateOfJulianDayNumber(EXCEL_1900_EPOCH + 1 + Math.min(whole, 59));
}

/**
 * The Excel serial number of a date (1900 system unless `date1904`).
 *
 * @example toExcelSerial({ year: 2022, month: 10, day: 20 }) === 44854
 */
export function toExcelSerial(date: CalendarDate, date1904 = false): number {
  const day = julianDayNumber(date);
  if (date1904) return day - EXCEL_1904_EPOCH;
  const serial = day - EXCEL_1900_EPOCH;
  return serial >= 61 ? serial : serial - 1;
}

// ── Vietnam's public holidays ────────────────────────────────────────────────

/** Why a day is off: the statutory holidays, and the day given back when one falls on a weekend. */
export type VietnamHolidayKind =
  "new-year" | "tet" | "hung-kings" | "reunification" | "labour-day" | "national-day" | "compensatory";

export interface VietnamHoliday {
  readonly date: CalendarDate;
  readonly kind: VietnamHolidayKind;
}

/** The day of September paired with 2/9, by 2/9's weekday: the one that touches a weekend. */
const NATIONAL_DAY_PARTNER: Readonly<Record<Weekday, 1 | 3>> = {
  0: 3, // Sunday: Monday 3/9 (Saturday 1/9 is off anyway)
  1: 3, // Monday: Tuesday 3/9 (Sunday 1/9 is off anyway)
  2: 1, // Tuesday: Monday 1/9
  3: 1, // Wednesday: neither touches a weekend; the day before
  4: 3, // Thursday: Friday 3/9
  5: 1, // Friday: Thursday 1/9 (Saturday 3/9 is off anyway)
  6: 1, // Saturday: Friday 1/9
};

/**
 * Vietnam's public holidays in a calendar year, as the Labour Code sets them, with the day off
 * given back (nghỉ bù) on the next working day for a holiday that falls on a Saturday or Sunday:
 * - 1/1 (Tết Dương lịch);
 * - Tết Nguyên đán, 5 days: the last day of the old lunar year and mùng 1–4;
 * - Giỗ Tổ Hùng Vương, 10/3 âm lịch (a holiday since 2007);
 * - 30/4 and 1/5;
 * - Quốc khánh 2/9, and from 2021 (Labour Code 2019, Điều 112) one adjacent day: the one that
 *   joins the holiday to a weekend (1/9 when 2/9 is a Tuesday, Friday or Saturday, 3/9 when it is
 *   a Monday, Thursday or Sunday), 1/9 when neither does (2/9 on a Wednesday).
 * The Prime Minister fixes the Tết and 2/9 days each year and the government often swaps working
 * days to make longer breaks, so this is a default: the holiday list in the workbook wins.
 *
 * @example vietnamHolidays(2024).filter((h) => h.kind === "hung-kings") // [{ date: 2024-04-18, … }]
 */
export function vietnamHolidays(year: number): VietnamHoliday[] {
  const statutory: VietnamHoliday[] = [{ date: { year, month: 1, day: 1 }, kind: "new-year" }];
  const tet = julianDayNumber(lunarToSolar({ year, month: 1, day: 1 }));
  for (let day = tet - 1; day <= tet + 3; day++) {
    statutory.push({ date: dateOfJulianDayNumber(day), kind: "tet" });
  }
  if (year >= 2007) statutory.push({ date: lunarToSolar({ year, month: 3, day: 10 }), kind: "hung-kings" });
  statutory.push({ date: { year, month: 4, day: 30 }, kind: "reunification" });
  statutory.push({ date: { year, month: 5, day: 1 }, kind: "labour-day" });
  const nationalDay: CalendarDate = { year, month: 9, day: 2 };
  statutory.push({ date: nationalDay, kind: "national-day" });
  if (year >= 2021) {
    statutory.push({
      date: { year, month: 9, day: NATIONAL_DAY_PARTNER[dayOfWeek(nationalDay)] },
      kind: "national-day",
    });
  }
  return withCompensatoryDays(statutory);
}

/**
 * The days off of {@link vietnamHolidays}, sorted: the default holiday list for working-day counts.
 *
 * @example vietnamPublicHolidays(2025).length // 11 statutory days, plus any given back
 */
export function vietnamPublicHolidays(year: number): CalendarDate[] {
  return vietnamHolidays(year).map((holiday) => holiday.date);
}

const NO_DAYS: ReadonlySet<number> = new Set();

/** Adds a day back for every statutory day on a weekend, or on a day already off. */
function withCompensatoryDays(statutory: readonly VietnamHoliday[]): VietnamHoliday[] {
  const byDay = new Map<number, VietnamHoliday>();
  const owed: number[] = [];
  for (const holiday of statutory) {
    const day = julianDayNumber(holiday.date);
    const weekday = (day + 1) % 7;
    if (byDay.has(day) || weekday === 0 || weekday === 6) owed.push(day);
    if (!byDay.has(day)) byDay.set(day, holiday);
  }
  for (const from of owed.sort((a, b) => a - b)) {
    let day = from + 1;
    while (byDay.has(day) || !isWorkingDayNumber(day, NO_DAYS)) day++;
    byDay.set(day, { date: dateOfJulianDayNumber(day), kind: "compensatory" });
  }
  return [...byDay.entries()].sort(([a], [b]) => a - b).map(([, holiday]) => holiday);
}
