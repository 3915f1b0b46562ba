import { holidaySet, vietnamPublicHolidays } from "../../src/core/calendar";
import type { EligibilityFacts } from "../../src/core/eligibility";
import { eligibilityOf } from "../../src/core/eligibility";
import type { CalendarDate, Deadlines, DisciplineLevel } from "../../src/core/model";
import { reason } from "../support/say";

const date = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });

/** Công đoàn Vietcombank Kon Tum, 2025: registered, signed, both reports on time, no discipline. */
const vietcombank: EligibilityFacts = {
  registered: true,
  pactSigned: true,
  midReport: date(2025, 6, 20),
  endReport: date(2025, 11, 28),
  discipline: "none",
};
const deadlines2025: Deadlines = { midReport: date(2025, 6, 30), endReport: date(2025, 12, 1) };

describe("eligibilityOf: who is considered", () => {
  it("considers a unit that registered, signed the pact, sent both reports and has no disciplined leader", () => {
    const result = eligibilityOf(vietcombank, deadlines2025, []);
    expect(result).toEqual({ considered: true, exclusions: [], late: [], pending: [] });
  });
});

describe("rule 1: a key leader disciplined at reprimand or above", () => {
  it.each<[DisciplineLevel, string]>([
    ["reprimand", "khiển trách"],
    ["warning", "cảnh cáo"],
    ["demotion", "hạ bậc lương"],
    ["dismissal", "cách chức"],
    ["expulsion", "khai trừ"],
  ])("excludes a unit whose leader was disciplined (%s) and names the form", (discipline, named) => {
    const result = eligibilityOf({ ...vietcombank, discipline }, deadlines2025, []);
    expect(result.considered).toBe(false);
    expect(result.exclusions).toHaveLength(1);
    expect(result.exclusions[0]!.rule).toBe("discipline");
    expect(reason(result.exclusions[0])).toContain(named);
    expect(reason(result.exclusions[0])).toContain("Lãnh đạo chủ chốt");
  });
});

describe("rule 2: did not register and sign the pact", () => {
  it("excludes a unit that registered but did not sign the pact", () => {
    const result = eligibilityOf({ ...vietcombank, pactSigned: false }, deadlines2025, []);
    expect(result.considered).toBe(false);
    expect(result.exclusions).toEqual([{ rule: "not-registered", registered: true, pactSigned: false }]);
    expect(reason(result.exclusions[0])).not.toContain("không đăng ký thi đua");
  });

  it("excludes a unit that signed the pact but did not register", () => {
    const result = eligibilityOf({ ...vietcombank, registered: false }, deadlines2025, []);
    expect(result.considered).toBe(false);
    expect(reason(result.exclusions[0])).toContain("không đăng ký thi đua");
    expect(reason(result.exclusions[0])).not.toContain("không ký giao ước");
  });

  it("gives one exclusion naming both when neither was done", () => {
    const result = eligibilityOf({ ...vietcombank, registered: false, pactSigned: false }, deadlines2025, []);
    expect(result.exclusions).toHaveLength(1);
    expect(reason(result.exclusions[0])).toContain("không đăng ký thi đua");
    expect(reason(result.exclusions[0])).toContain("không ký giao ước thi đua");
  });

  it("treats an empty cell as not done and says the cell is empty", () => {
    const result = eligibilityOf({ ...vietcombank, registered: null }, deadlines2025, []);
    expect(result.considered).toBe(false);
    expect(result.exclusions[0]!.rule).toBe("not-registered");
    expect(reason(result.exclusions[0])).toContain("ô để trống");
    expect(reason(result.exclusions[0])).toContain("coi như chưa đăng ký");

    const pact = eligibilityOf({ ...vietcombank, pactSigned: null }, deadlines2025, []);
    expect(reason(pact.exclusions[0])).toContain("coi như chưa ký");
  });
});

describe("rule 3: did not send the mid- or end-of-period report", () => {
  it("excludes a unit with no date for the mid-period report", () => {
    const result = eligibilityOf({ ...vietcombank, midReport: null }, deadlines2025, []);
    expect(result.considered).toBe(false);
    expect(result.exclusions).toEqual([{ rule: "no-report", mid: true, end: false }]);
    expect(reason(result.exclusions[0])).not.toContain("tổng kết");
  });

  it("excludes a unit with no date for the end-of-period report", () => {
    const result = eligibilityOf({ ...vietcombank, endReport: null }, deadlines2025, []);
    expect(result.exclusions).toEqual([{ rule: "no-report", mid: false, end: true }]);
  });

  it("names both reports in one exclusion when neither was sent", () => {
    const result = eligibilityOf({ ...vietcombank, midReport: null, endReport: null }, deadlines2025, []);
    expect(result.exclusions).toHaveLength(1);
    expect(reason(result.exclusions[0])).toContain("báo cáo sơ kết và báo cáo tổng kết");
  });

  it("still excludes when the workbook sets no deadlines at all", () => {
    expect(eligibilityOf({ ...vietcombank, endReport: null }, {}, []).considered).toBe(false);
  });
});

describe("a report marked sent without a date", () => {
  it("counts as sent: the unit is not excluded for it", () => {
    const result = eligibilityOf({ ...vietcombank, midReport: "sent", endReport: "sent" }, deadlines2025, []);
    expect(result).toEqual({ considered: true, exclusions: [], late: [], pending: [] });
  });

  it("is never called late, since nobody knows when it went", () => {
    const result = eligibilityOf(
      { ...vietcombank, midReport: "sent", endReport: date(2025, 12, 4) },
      deadlines2025,
      [],
    );
    expect(result.considered).toBe(true);
    expect(result.late.map((l) => l.report)).toEqual(["end"]);
  });

  it("does not stand in for a report that was not sent", () => {
    const result = eligibilityOf({ ...vietcombank, midReport: "sent", endReport: null }, deadlines2025, []);
    expect(result.exclusions).toEqual([{ rule: "no-report", mid: false, end: true }]);
    expect(reason(result.exclusions[0])).not.toContain("sơ kết");
  });
});

describe("a summary drawn up before a report is due (asOf)", () => {
  const unsent: EligibilityFacts = { ...vietcombank, endReport: null };

  it("does not exclude for a report whose deadline is still ahead, and says it is pending", () => {
    const result = eligibilityOf(unsent, deadlines2025, [], { asOf: date(2025, 11, 20) });
    expect(result.considered).toBe(true);
    expect(result.exclusions).toEqual([]);
    expect(result.pending).toEqual([
      {
        report: "end",
        deadline: date(2025, 12, 1),
        statedDeadline: date(2025, 12, 1),
      },
    ]);
  });

  it("counts the deadline day itself as not yet overdue", () => {
    const result = eligibilityOf(unsent, deadlines2025, [], { asOf: date(2025, 12, 1) });
    expect(result.considered).toBe(true);
    expect(result.pending.map((p) => p.report)).toEqual(["end"]);
  });

  it("excludes as before once the deadline has passed", () => {
    const result = eligibilityOf(unsent, deadlines2025, [], { asOf: date(2025, 12, 2) });
    expect(result.considered).toBe(false);
    expect(result.exclusions.map((e) => e.rule)).toEqual(["no-report"]);
    expect(result.pending).toEqual([]);
  });

  it("moves a deadline on a day off to the next working day before comparing", () => {
    // 30/11/2025 is a Sunday: due Monday 01/12, so a summary on 01/12 still waits for it.
    const sunday = { ...deadlines2025, endReport: date(2025, 11, 30) };
    const result = eligibilityOf(unsent, sunday, [], { asOf: date(2025, 12, 1) });
    expect(result.considered).toBe(true);
    expect(result.pending[0]).toMatchObject({
      deadline: date(2025, 12, 1),
      statedDeadline: date(2025, 11, 30),
    });
  });

  it("still excludes for a report already overdue, naming only that one", () => {
    const result = eligibilityOf({ ...unsent, midReport: null }, deadlines2025, [], {
      asOf: date(2025, 9, 1),
    });
    expect(result.exclusions).toHaveLength(1);
    expect(reason(result.exclusions[0])).toContain("báo cáo sơ kết");
    expect(reason(result.exclusions[0])).not.toContain("tổng kết");
    expect(result.pending.map((p) => p.report)).toEqual(["end"]);
  });

  it("cannot call a report pending when the workbook states no deadline for it", () => {
    const result = eligibilityOf(unsent, { midReport: date(2025, 6, 30) }, [], { asOf: date(2025, 7, 1) });
    expect(result.considered).toBe(false);
    expect(result.pending).toEqual([]);
  });

  it("changes nothing without asOf, nor for reports that were sent", () => {
    expect(eligibilityOf(unsent, deadlines2025, [], {})).toEqual(eligibilityOf(unsent, deadlines2025, []));
    const sent = eligibilityOf(vietcombank, deadlines2025, [], { asOf: date(2025, 1, 1) });
    expect(sent).toEqual(eligibilityOf(vietcombank, deadlines2025, []));
  });
});

describe("holidays given as a list or as a set built once", () => {
  it("gives the same result either way", () => {
    const holidays = vietnamPublicHolidays(2025);
    const facts = { ...vietcombank, midReport: date(2025, 9, 3), endReport: null };
    // Due on 2/9 (a holiday, with 1/9): moved to 3/9, so the mid report is on time.
    const deadlines = { midReport: date(2025, 9, 2), endReport: date(2025, 12, 1) };
    const fromList = eligibilityOf(facts, deadlines, holidays, { asOf: date(2025, 11, 1) });
    expect(eligibilityOf(facts, deadlines, holidaySet(holidays), { asOf: date(2025, 11, 1) })).toEqual(
      fromList,
    );
    expect(fromList.late).toEqual([]);
    expect(fromList.pending.map((p) => p.report)).toEqual(["end"]);
  });
});

describe("several rules at once", () => {
  it("lists every exclusion that applies, in rule order", () => {
    // Công đoàn Ngân hàng Nông nghiệp chi nhánh Kon Tum, a bad year.
    const agribank: EligibilityFacts = {
      registered: true,
      pactSigned: null,
      midReport: null,
      endReport: date(2025, 12, 5),
      discipline: "warning",
    };
    const result = eligibilityOf(agribank, deadlines2025, []);
    expect(result.considered).toBe(false);
    expect(result.exclusions.map((e) => e.rule)).toEqual(["discipline", "not-registered", "no-report"]);
    // The end report came late too: a warning beside the exclusions.
    expect(result.late.map((l) => [l.report, l.daysLate])).toEqual([["end", 4]]);
  });
});

describe("late reports: a warning, not an exclusion", () => {
  it("counts the days after the deadline and keeps the unit considered", () => {
    // Thanh Hóa cụm số 5: semester-I report due 10/12/2021, sent 13/12.
    const result = eligibilityOf(
      { ...vietcombank, midReport: date(2021, 12, 13), endReport: date(2022, 5, 31) },
      { midReport: date(2021, 12, 10), endReport: date(2022, 5, 31) },
      [],
    );
    expect(result.considered).toBe(true);
    expect(result.exclusions).toEqual([]);
    expect(result.late).toHaveLength(1);
    expect(result.late[0]).toMatchObject({ report: "mid", daysLate: 3, deadline: date(2021, 12, 10) });
  });

  it("counts a report sent on the deadline day as on time", () => {
    const result = eligibilityOf(
      { ...vietcombank, midReport: date(2025, 6, 30), endReport: date(2025, 12, 1) },
      deadlines2025,
      [],
    );
    expect(result.late).toEqual([]);
  });

  it("reports both reports when both are late", () => {
    const result = eligibilityOf(
      { ...vietcombank, midReport: date(2025, 7, 2), endReport: date(2025, 12, 11) },
      deadlines2025,
      [],
    );
    expect(result.late.map((l) => [l.report, l.daysLate])).toEqual([
      ["mid", 2],
      ["end", 10],
    ]);
  });

  it("moves a deadline that falls on a Sunday to Monday", () => {
    // Thủ Đức: self-score report due 20/10/2024, a Sunday.
    const onMonday = eligibilityOf(
      { ...vietcombank, endReport: date(2024, 10, 21), midReport: date(2024, 6, 1) },
      { endReport: date(2024, 10, 20) },
      [],
    );
    expect(onMonday.late).toEqual([]);

    const onTuesday = eligibilityOf(
      { ...vietcombank, endReport: date(2024, 10, 22), midReport: date(2024, 6, 1) },
      { endReport: date(2024, 10, 20) },
      [],
    );
    expect(onTuesday.late).toHaveLength(1);
    expect(onTuesday.late[0]).toMatchObject({
      daysLate: 1,
      deadline: date(2024, 10, 21),
      statedDeadline: date(2024, 10, 20),
    });
  });

  it("moves a deadline past the public holidays in the list", () => {
    // Due 30/4/2025: 30/4 and 1/5 are holidays, so the report is due Friday 2/5.
    const facts = { ...vietcombank, midReport: date(2025, 5, 2) };
    expect(eligibilityOf(facts, { midReport: date(2025, 4, 30) }, vietnamPublicHolidays(2025)).late).toEqual(
      [],
    );
    expect(eligibilityOf(facts, { midReport: date(2025, 4, 30) }, []).late[0]?.daysLate).toBe(2);
  });

  it("gives no lateness for a report without a deadline or without a date", () => {
    expect(eligibilityOf({ ...vietcombank, endReport: date(2026, 3, 1) }, {}, []).late).toEqual([]);
    expect(eligibilityOf({ ...vietcombank, endReport: null }, deadlines2025, []).late).toEqual([]);
  });
});
