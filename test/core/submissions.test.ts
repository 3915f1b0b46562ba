import fc from "fast-check";
import { holidaySet } from "../../src/core/calendar";
import type { BlockInput, CalendarDate, UnitCode } from "../../src/core/model";
import { lateSubmissions, submissionFacts, type SubmissionEntry } from "../../src/core/submissions";
import { summarizeBlock } from "../../src/core/summary";
import { normalizeKey } from "../../src/core/text/normalize";
import { UNITS, konTumBlock } from "./fixtures/kon-tum-cum-3";

const d = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });
const A = "GD" as UnitCode;
const entry = (
  item: SubmissionEntry["item"],
  on: CalendarDate,
  outcome: SubmissionEntry["outcome"] = "received",
  unit: UnitCode = A,
): SubmissionEntry => ({ unit, item, on, outcome });

describe("a unit's entries in «Đăng ký và nộp» as facts", () => {
  it("keeps the first delivery's day when the unit sends a supplement later", () => {
    const facts = submissionFacts([
      entry("year-report", d(2024, 12, 12)),
      entry("year-report", d(2024, 12, 5)),
    ]);
    expect(facts.get(normalizeKey(A))?.["year-report"]).toEqual({ delivered: true, on: d(2024, 12, 5) });
  });

  it("undoes a delivery the cluster sent back, and counts again from the next one", () => {
    const returned = submissionFacts([
      entry("mid-report", d(2024, 6, 20)),
      entry("mid-report", d(2024, 6, 25), "returned"),
    ]);
    expect(returned.get(normalizeKey(A))?.["mid-report"]).toEqual({ delivered: false });
    const resent = submissionFacts([
      entry("mid-report", d(2024, 6, 20)),
      entry("mid-report", d(2024, 6, 25), "returned"),
      entry("mid-report", d(2024, 7, 2)),
    ]);
    expect(resent.get(normalizeKey(A))?.["mid-report"]).toEqual({ delivered: true, on: d(2024, 7, 2) });
  });

  it("finds a unit's entries whatever the case or spacing of its code", () => {
    const facts = submissionFacts([entry("pact", d(2024, 3, 1), "received", " gd " as UnitCode)]);
    expect(facts.get(normalizeKey("GD"))?.pact).toEqual({ delivered: true, on: d(2024, 3, 1) });
  });

  it("reports a registration after its deadline, and none on the deadline moved off a weekend", () => {
    const off = holidaySet([]);
    // 16/3/2024 is a Saturday: the deadline moves to Monday 18/3.
    const deadlines = { registration: d(2024, 3, 16), endReport: d(2024, 12, 10) };
    const onTime = submissionFacts([entry("registration", d(2024, 3, 18))]);
    expect(lateSubmissions(onTime.get("gd"), deadlines, off)).toEqual([]);
    const late = submissionFacts([
      entry("registration", d(2024, 3, 21)),
      entry("self-score", d(2024, 12, 11)),
    ]);
    expect(lateSubmissions(late.get("gd"), deadlines, off)).toEqual([
      { item: "registration", on: d(2024, 3, 21), deadline: d(2024, 3, 18), daysLate: 3 },
      { item: "self-score", on: d(2024, 12, 11), deadline: d(2024, 12, 10), daysLate: 1 },
    ]);
  });
});

describe("eligibility from «Đăng ký và nộp» and from the unit list's columns", () => {
  const day = fc
    .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
    .map(({ month, day: dd }) => d(2024, month, dd));
  const facts = fc.record({
    registered: fc.boolean(),
    pactSigned: fc.boolean(),
    mid: fc.option(day, { nil: null }),
    end: fc.option(day, { nil: null }),
    // Which facts go to the new sheet (the others stay in «Đơn vị», as in an upgraded workbook).
    inSheet: fc.record({
      registered: fc.boolean(),
      pactSigned: fc.boolean(),
      mid: fc.boolean(),
      end: fc.boolean(),
    }),
  });
  const shown = (date: CalendarDate): string =>
    `${String(date.day).padStart(2, "0")}/${String(date.month).padStart(2, "0")}/${date.year}`;

  /** What the summary says about each unit's standing: considered, exclusions, lateness. */
  const standing = (input: BlockInput) => {
    const summary = summarizeBlock(input);
    const units = summary.clusters.flatMap((c) =>
      c.units.map((u) => ({ code: u.code, considered: u.considered, exclusions: u.exclusions })),
    );
    const late = summary.problems
      .filter((p) => p.code === "REPORT_LATE" || p.code === "REPORT_NOT_DUE")
      .map((p) => ({ code: p.code, params: p.params }));
    return { units, late };
  };

  it("gives the same eligibility for the same facts, wherever each is recorded", () => {
    fc.assert(
      fc.property(fc.array(facts, { minLength: UNITS.length, maxLength: UNITS.length }), (all) => {
        const yes = (b: boolean): string => (b ? "Có" : "Không");
        const oldUnits = UNITS.map((u, i) => {
          const f = all[i]!;
          return {
            ...u,
            registered: yes(f.registered),
            pactSigned: yes(f.pactSigned),
            mid: f.mid ? shown(f.mid) : "Không",
            end: f.end ? shown(f.end) : "Không",
          };
        });
        const entries: SubmissionEntry[] = [];
        const newUnits = UNITS.map((u, i) => {
          const f = all[i]!;
          const code = u.code as UnitCode;
          // The fixture fills a missing cell with "Có": an empty cell is "".
          const put = (item: SubmissionEntry["item"], on: CalendarDate | null): string => {
            if (on) entries.push(entry(item, on, "received", code));
            return "";
          };
          return {
            ...u,
            // A fact in the sheet leaves its cell empty: no entry there means "not delivered".
            registered: f.inSheet.registered
              ? put("registration", f.registered ? d(2024, 2, 1) : null)
              : yes(f.registered),
            pactSigned: f.inSheet.pactSigned
              ? put("pact", f.pactSigned ? d(2024, 2, 2) : null)
              : yes(f.pactSigned),
            mid: f.inSheet.mid ? put("mid-report", f.mid) : f.mid ? shown(f.mid) : "Không",
            end: f.inSheet.end ? put("year-report", f.end) : f.end ? shown(f.end) : "Không",
          };
        });
        const before = standing(konTumBlock({ units: oldUnits }));
        const after = standing(konTumBlock({ units: newUnits, extra: { submissions: entries } }));
        expect(after).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it("reads an older workbook without the sheet exactly as before", () => {
    const without = summarizeBlock(konTumBlock());
    const withEmpty = summarizeBlock(konTumBlock({ extra: { submissions: [] } }));
    expect(withEmpty.clusters).toEqual(without.clusters);
    expect(withEmpty.problems).toEqual(without.problems);
  });

  it("names the entry's cell when a report recorded in the sheet is late", () => {
    const at = { sheet: "Đăng ký và nộp", row: 7, col: 3 };
    const summary = summarizeBlock(
      konTumBlock({
        units: UNITS.map((u) => (u.code === "GD" ? { ...u, end: null } : u)),
        extra: { submissions: [{ ...entry("year-report", d(2024, 12, 13)), at }] },
      }),
    );
    const late = summary.problems.filter((p) => p.code === "REPORT_LATE" && p.at?.sheet === at.sheet);
    expect(late).toHaveLength(1);
    expect(late[0]!.at).toEqual(at);
    expect(late[0]!.params).toMatchObject({ unit: { code: "GD" }, report: "end", days: 3 });
  });

  it("lists an entry naming a unit the list lacks as an unknown unit of the sheet", () => {
    const summary = summarizeBlock(
      konTumBlock({ extra: { submissions: [entry("pact", d(2024, 3, 1), "received", "XYZ" as UnitCode)] } }),
    );
    expect(summary.problems.filter((p) => p.code === "UNIT_UNKNOWN").map((p) => p.params)).toEqual([
      { unit: { code: "XYZ" }, source: "submissions", rows: 1 },
    ]);
  });
});
