import {
  addDays,
  addWorkingDays,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  fromExcelSerial,
  holidaySet,
  isValidDate,
  isWorkingDay,
  lunarToSolar,
  nextWorkingDay,
  solarToLunar,
  toExcelSerial,
  vietnamHolidays,
  vietnamPublicHolidays,
  workingDaysBefore,
} from "../../src/core/calendar";
import type { CalendarDate } from "../../src/core/model";

const date = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });
const shown = (d: CalendarDate): string => `${d.day}/${d.month}/${d.year}`;

describe("dates as day counts", () => {
  it("names the weekday: 0 is Sunday, 6 is Saturday", () => {
    expect(dayOfWeek(date(2024, 2, 10))).toBe(6); // mùng 1 Tết Giáp Thìn
    expect(dayOfWeek(date(2022, 10, 20))).toBe(4);
    expect(dayOfWeek(date(2025, 12, 21))).toBe(0);
  });

  it("orders dates by year, then month, then day", () => {
    const sorted = [date(2022, 11, 1), date(2021, 12, 10), date(2022, 10, 20)].sort(compareDates);
    expect(sorted.map(shown)).toEqual(["10/12/2021", "20/10/2022", "1/11/2022"]);
    expect(compareDates(date(2022, 5, 31), date(2022, 5, 31))).toBe(0);
  });

  it("counts days from the first date to the second, negative when the second is earlier", () => {
    expect(daysBetween(date(2022, 10, 20), date(2022, 11, 1))).toBe(12);
    expect(daysBetween(date(2022, 5, 31), date(2021, 12, 10))).toBe(-172);
    expect(daysBetween(date(2023, 12, 31), date(2024, 12, 31))).toBe(366);
  });

  it("adds calendar days across month and leap-year ends", () => {
    expect(addDays(date(2024, 2, 28), 2)).toEqual(date(2024, 3, 1));
    expect(addDays(date(2023, 2, 28), 1)).toEqual(date(2023, 3, 1));
    expect(addDays(date(2025, 1, 1), -1)).toEqual(date(2024, 12, 31));
  });

  it("knows which dates exist", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(isValidDate(date(2023, 2, 29))).toBe(false);
    expect(isValidDate(date(2022, 4, 31))).toBe(false);
    expect(isValidDate(date(2022, 13, 1))).toBe(false);
    expect(isValidDate(date(2022, 12, 31))).toBe(true);
  });
});

describe("working days", () => {
  it("skips the weekend when counting forward and backward", () => {
    expect(addWorkingDays(date(2025, 12, 19), 1, [])).toEqual(date(2025, 12, 22)); // Friday → Monday
    expect(addWorkingDays(date(2025, 12, 22), -1, [])).toEqual(date(2025, 12, 19));
    expect(addWorkingDays(date(2025, 12, 20), 0, [])).toEqual(date(2025, 12, 20));
  });

  it("skips the holidays in the list", () => {
    const holidays = [date(2025, 9, 1), date(2025, 9, 2)];
    expect(addWorkingDays(date(2025, 8, 29), 1, holidays)).toEqual(date(2025, 9, 3));
    expect(addWorkingDays(date(2025, 9, 3), -1, holidays)).toEqual(date(2025, 8, 29));
  });

  it("puts the deadline for the draft 10 working days before a summary meeting on 25/12/2025 at 11/12", () => {
    const deadline = workingDaysBefore(date(2025, 12, 25), 10, vietnamPublicHolidays(2025));
    expect(deadline).toEqual(date(2025, 12, 11));
    let working = 0;
    for (let d = deadline; compareDates(d, date(2025, 12, 25)) < 0; d = addDays(d, 1)) {
      if (isWorkingDay(d, [])) working++;
    }
    expect(working).toBe(10);
  });

  it("moves the deadline earlier across the Tết holidays", () => {
    // A meeting on Monday 17/2/2025: Tết 28/1–1/2 and the day given back on 3/2 are not working days.
    const holidays = vietnamPublicHolidays(2025);
    expect(workingDaysBefore(date(2025, 2, 17), 10, holidays)).toEqual(date(2025, 1, 27));
    expect(workingDaysBefore(date(2025, 2, 17), 10, [])).toEqual(date(2025, 2, 3));
  });

  it("refuses a fractional count of working days", () => {
    expect(() => addWorkingDays(date(2025, 1, 1), 1.5, [])).toThrow(RangeError);
  });

  it("rolls a deadline on a day off to the next working day", () => {
    expect(nextWorkingDay(date(2024, 10, 20), [])).toEqual(date(2024, 10, 21)); // Sunday
    expect(nextWorkingDay(date(2025, 4, 30), vietnamPublicHolidays(2025))).toEqual(date(2025, 5, 2));
    expect(nextWorkingDay(date(2022, 10, 20), [])).toEqual(date(2022, 10, 20));
  });
});

describe("a holiday set built once", () => {
  const holidays = vietnamPublicHolidays(2025);
  const off = holidaySet(holidays);

  it("gives every working-day count the same answer as the list it was built from", () => {
    for (let d = date(2025, 1, 1); compareDates(d, date(2026, 1, 1)) < 0; d = addDays(d, 1)) {
      expect(isWorkingDay(d, off)).toBe(isWorkingDay(d, holidays));
      expect(nextWorkingDay(d, off)).toEqual(nextWorkingDay(d, holidays));
    }
    expect(addWorkingDays(date(2025, 1, 20), 10, off)).toEqual(
      addWorkingDays(date(2025, 1, 20), 10, holidays),
    );
    expect(workingDaysBefore(date(2025, 2, 17), 10, off)).toEqual(date(2025, 1, 27));
  });

  it("is passed through as it is when given a set", () => {
    expect(holidaySet(off)).toBe(off);
    expect(off.dayNumbers.size).toBe(new Set(holidays.map(shown)).size);
  });
});

describe("Excel serial numbers", () => {
  it("reads serials of the 1900 system", () => {
    expect(fromExcelSerial(44854)).toEqual(date(2022, 10, 20));
    expect(fromExcelSerial(1)).toEqual(date(1900, 1, 1));
    expect(fromExcelSerial(61)).toEqual(date(1900, 3, 1));
  });

  it("drops the time of day", () => {
    expect(fromExcelSerial(44854.75)).toEqual(date(2022, 10, 20));
  });

  it("reads Excel's phantom 29/2/1900 (serial 60) as 28/2 and keeps real dates on their serial", () => {
    expect(fromExcelSerial(60)).toEqual(date(1900, 2, 28));
    expect(fromExcelSerial(59)).toEqual(date(1900, 2, 28));
    expect(toExcelSerial(date(1900, 2, 28))).toBe(59);
    expect(toExcelSerial(date(1900, 3, 1))).toBe(61);
  });

  it("round-trips serials both ways", () => {
    for (const serial of [1, 59, 61, 36526, 44562, 45657, 73050]) {
      expect(toExcelSerial(fromExcelSerial(serial))).toBe(serial);
    }
  });

  it("reads the 1904 system of old Mac workbooks", () => {
    expect(fromExcelSerial(0, true)).toEqual(date(1904, 1, 1));
    expect(fromExcelSerial(43392, true)).toEqual(date(2022, 10, 20));
    expect(toExcelSerial(date(2022, 10, 20), true)).toBe(43392);
  });

  it("refuses a serial that is not a number", () => {
    expect(() => fromExcelSerial(Number.NaN)).toThrow(RangeError);
    expect(() => fromExcelSerial(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("Vietnam's public holidays", () => {
  const daysOf = (year: number, kind: string): string[] =>
    vietnamHolidays(year)
      .filter((h) => h.kind === kind)
      .map((h) => shown(h.date));

  it("gives Tết five days: the last day of the old year and mùng 1–4", () => {
    expect(daysOf(2024, "tet")).toEqual(["9/2/2024", "10/2/2024", "11/2/2024", "12/2/2024", "13/2/2024"]);
    expect(daysOf(2026, "tet")).toEqual(["16/2/2026", "17/2/2026", "18/2/2026", "19/2/2026", "20/2/2026"]);
  });

  it("puts Giỗ Tổ Hùng Vương on 10/3 of the lunar calendar", () => {
    expect(daysOf(2022, "hung-kings")).toEqual(["10/4/2022"]);
    expect(daysOf(2023, "hung-kings")).toEqual(["29/4/2023"]);
    expect(daysOf(2024, "hung-kings")).toEqual(["18/4/2024"]);
    expect(shown(lunarToSolar({ year: 2024, month: 3, day: 10 }))).toBe("18/4/2024");
  });

  it("adds the day next to 2/9 that joins it to a weekend from 2021 on", () => {
    expect(daysOf(2024, "national-day")).toEqual(["2/9/2024", "3/9/2024"]); // Monday + Tuesday
    expect(daysOf(2025, "national-day")).toEqual(["1/9/2025", "2/9/2025"]); // Monday + Tuesday
    expect(daysOf(2021, "national-day")).toEqual(["2/9/2021", "3/9/2021"]); // Thursday + Friday
    expect(daysOf(2022, "national-day")).toEqual(["1/9/2022", "2/9/2022"]); // Thursday + Friday
    expect(daysOf(2020, "national-day")).toEqual(["2/9/2020"]); // before the Labour Code 2019
  });

  it("gives a day back on the next working day for a holiday on a weekend", () => {
    // 2022: Giỗ Tổ on Sunday 10/4; 30/4 on Saturday and 1/5 on Sunday.
    expect(daysOf(2022, "compensatory")).toEqual(["3/1/2022", "11/4/2022", "2/5/2022", "3/5/2022"]);
    // 2023: 2/9 on a Saturday, given back on Monday 4/9.
    expect(daysOf(2023, "compensatory")).toContain("4/9/2023");
  });

  it("lists each day once, in date order, with the fixed holidays of the year", () => {
    for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) {
      const days = vietnamPublicHolidays(year);
      const sorted = [...days].sort(compareDates);
      expect(days).toEqual(sorted);
      expect(new Set(days.map(shown)).size).toBe(days.length);
      for (const fixed of [date(year, 1, 1), date(year, 4, 30), date(year, 5, 1), date(year, 9, 2)]) {
        expect(days).toContainEqual(fixed);
      }
      // Eleven statutory days; every one that fell on a weekend comes back as a working day off.
      const onWeekdays = days.filter((d) => dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6);
      expect(onWeekdays.length).toBe(11);
    }
  });

  it("agrees with the lunar calendar: the day before Tết is the last of the old lunar year", () => {
    const eve = vietnamHolidays(2025).find((h) => h.kind === "tet")!.date;
    const lunar = solarToLunar(eve);
    expect(lunar.month).toBe(12);
    expect(solarToLunar(addDays(eve, 1))).toEqual({ year: 2025, month: 1, day: 1, leap: false });
  });
});
