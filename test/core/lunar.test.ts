import {
  dateOfJulianDayNumber,
  julianDayNumber,
  leapMonthOf,
  lunarToSolar,
  solarToLunar,
} from "../../src/core/lunar";
import type { CalendarDate } from "../../src/core/model";

const date = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });

describe("julian day numbers", () => {
  it("counts 2000-01-01 as day 2451545 and 1900-01-01 as day 2415021", () => {
    expect(julianDayNumber(date(2000, 1, 1))).toBe(2451545);
    expect(julianDayNumber(date(1900, 1, 1))).toBe(2415021);
  });

  it("turns a day number back into the same date across leap days and century years", () => {
    for (const d of [
      date(2000, 2, 29),
      date(1900, 2, 28),
      date(1900, 3, 1),
      date(2024, 12, 31),
      date(2100, 3, 1),
    ]) {
      expect(dateOfJulianDayNumber(julianDayNumber(d))).toEqual(d);
    }
  });

  it("puts consecutive days one number apart over a leap February", () => {
    expect(julianDayNumber(date(2024, 3, 1)) - julianDayNumber(date(2024, 2, 28))).toBe(2);
    expect(julianDayNumber(date(2023, 3, 1)) - julianDayNumber(date(2023, 2, 28))).toBe(1);
  });
});

describe("lunarToSolar", () => {
  it.each([
    [2020, date(2020, 1, 25)],
    [2021, date(2021, 2, 12)],
    [2022, date(2022, 2, 1)],
    [2023, date(2023, 1, 22)],
    [2024, date(2024, 2, 10)],
    [2025, date(2025, 1, 29)],
    [2026, date(2026, 2, 17)],
  ])("puts mùng 1 Tết of lunar year %i on %o", (year, expected) => {
    expect(lunarToSolar({ year, month: 1, day: 1 })).toEqual(expected);
  });

  it.each([
    [2022, date(2022, 4, 10)],
    [2023, date(2023, 4, 29)],
    [2024, date(2024, 4, 18)],
    [2025, date(2025, 4, 7)],
  ])("puts Giỗ Tổ Hùng Vương (10/3 âm lịch) of %i on %o", (year, expected) => {
    expect(lunarToSolar({ year, month: 3, day: 10 })).toEqual(expected);
  });

  it("uses Vietnam's time zone: Tết 1985 fell on 21 January, a month before China's", () => {
    expect(lunarToSolar({ year: 1985, month: 1, day: 1 })).toEqual(date(1985, 1, 21));
  });

  it("uses Vietnam's time zone: Tết 2007 fell on 17 February, a day before China's", () => {
    expect(lunarToSolar({ year: 2007, month: 1, day: 1 })).toEqual(date(2007, 2, 17));
  });

  it("places the mid-autumn festival (15/8) of 2024 on 17 September", () => {
    expect(lunarToSolar({ year: 2024, month: 8, day: 15 })).toEqual(date(2024, 9, 17));
  });

  it("finds the leap month after the regular month of the same number", () => {
    expect(lunarToSolar({ year: 2023, month: 2, day: 1 })).toEqual(date(2023, 2, 20));
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toEqual(date(2023, 3, 22));
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true })).toEqual(date(2025, 7, 25));
  });

  it("rejects a leap month the year does not have", () => {
    expect(() => lunarToSolar({ year: 2024, month: 4, day: 1, leap: true })).toThrow(RangeError);
    expect(() => lunarToSolar({ year: 2023, month: 3, day: 1, leap: true })).toThrow(RangeError);
  });

  it("rejects day 30 of a 29-day month and months outside 1–12", () => {
    // Giáp Thìn's last month had 29 days: Tết Ất Tỵ 2025 came without a "30 Tết".
    expect(solarToLunar(date(2025, 1, 28)).day).toBe(29);
    expect(() => lunarToSolar({ year: 2024, month: 12, day: 30 })).toThrow(RangeError);
    expect(lunarToSolar({ year: 2023, month: 12, day: 30 })).toEqual(date(2024, 2, 9));
    expect(() => lunarToSolar({ year: 2024, month: 13, day: 1 })).toThrow(RangeError);
    expect(() => lunarToSolar({ year: 2024, month: 1, day: 0 })).toThrow(RangeError);
  });
});

describe("solarToLunar", () => {
  it("reads Tết Giáp Thìn as the first day of the first month of 2024", () => {
    expect(solarToLunar(date(2024, 2, 10))).toEqual({ year: 2024, month: 1, day: 1, leap: false });
  });

  it("keeps months 11 and 12 in the lunar year that began before them", () => {
    expect(solarToLunar(date(2025, 1, 28))).toEqual({ year: 2024, month: 12, day: 29, leap: false });
    expect(solarToLunar(date(2024, 12, 31)).year).toBe(2024);
  });

  it("marks days of a leap month as leap", () => {
    expect(solarToLunar(date(2020, 6, 1))).toEqual({ year: 2020, month: 4, day: 10, leap: true });
    expect(solarToLunar(date(2025, 8, 1))).toEqual({ year: 2025, month: 6, day: 8, leap: true });
  });

  it("handles the leap 11th month of 2033 that older algorithms got wrong", () => {
    expect(solarToLunar(date(2033, 12, 22))).toEqual({ year: 2033, month: 11, day: 1, leap: true });
    expect(lunarToSolar({ year: 2034, month: 1, day: 1 })).toEqual(date(2034, 2, 19));
  });

  it("round-trips every day of 2019–2034 and advances one lunar day at a time", () => {
    const broken: string[] = [];
    let previous = solarToLunar(date(2018, 12, 31));
    for (let day = julianDayNumber(date(2019, 1, 1)); day <= julianDayNumber(date(2034, 12, 31)); day++) {
      const solar = dateOfJulianDayNumber(day);
      const lunar = solarToLunar(solar);
      const back = lunarToSolar(lunar);
      const nextDay =
        lunar.day === previous.day + 1 && lunar.month === previous.month && lunar.leap === previous.leap;
      const newMonth = lunar.day === 1 && previous.day >= 29;
      if (julianDayNumber(back) !== day || !(nextDay || newMonth))
        broken.push(JSON.stringify({ solar, lunar }));
      previous = lunar;
    }
    expect(broken).toEqual([]);
  });
});

describe("leapMonthOf", () => {
  it("names the leap month of each year and none for common years", () => {
    expect(leapMonthOf(2020)).toBe(4);
    expect(leapMonthOf(2023)).toBe(2);
    expect(leapMonthOf(2025)).toBe(6);
    expect(leapMonthOf(2033)).toBe(11);
    expect(leapMonthOf(2024)).toBeNull();
    expect(leapMonthOf(2026)).toBeNull();
  });
});
