import type { CalendarDate, UnitCode, UnitRow } from "../../src/core/model";
import { presetPlanForYear } from "../../src/core/plan-presets";
import { deliveriesFromFacts, planFactsOfRow } from "../../src/core/plan-facts";
import { eligibilityOf } from "../../src/core/eligibility";

const date = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });
const A = "CB" as UnitCode;
const B = "LC" as UnitCode;

function row(
  cells: Partial<Record<"registered" | "pactSigned" | "midReportDate" | "endReportDate", unknown>>,
): UnitRow {
  const s = (v: unknown) => ({ value: (v ?? null) as UnitRow["registered"]["value"] });
  return {
    code: { value: "X" },
    name: { value: "X" },
    cluster: { value: "" },
    type: s(null),
    registered: s(cells.registered),
    pactSigned: s(cells.pactSigned),
    midReportDate: s(cells.midReportDate),
    endReportDate: s(cells.endReportDate),
    leaderDiscipline: s("Không"),
  };
}

describe("the unit list's facts as the plan's deliveries", () => {
  it("reads the cells as the eligibility check does: yes/no, a day or 'sent'", () => {
    const facts = planFactsOfRow(
      row({ registered: "Có", pactSigned: "Không", midReportDate: "Đã gửi", endReportDate: "18/12/2015" }),
    );
    expect(facts).toEqual({
      registered: true,
      pactSigned: false,
      midReport: "sent",
      endReport: date(2015, 12, 18),
    });
    // The same facts give the eligibility check's verdict: not registered for the pact.
    const verdict = eligibilityOf({ ...facts, discipline: "none" }, {}, []);
    expect(verdict.exclusions.map((e) => e.rule)).toEqual(["not-registered"]);
  });

  it("takes an unreadable cell as not delivered", () => {
    expect(planFactsOfRow(row({ registered: "có lẽ", endReportDate: "sắp gửi" }))).toMatchObject({
      registered: null,
      endReport: null,
    });
  });

  it("ticks off the members' registration and reports, not the head's own registration with the federation (seed 003 rows 3, 4, 6, 9)", () => {
    const plan = presetPlanForYear("bien-gioi-phia-bac", 2015);
    const deliveries = deliveriesFromFacts(plan, [
      {
        unit: A,
        facts: { registered: true, pactSigned: true, midReport: date(2015, 6, 10), endReport: null },
      },
      {
        unit: B,
        facts: { registered: false, pactSigned: null, midReport: "sent", endReport: date(2015, 12, 20) },
      },
    ]);
    const byTask = (task: string) =>
      deliveries.filter((d) => d.task === task).map((d) => [d.unit, d.on ?? null]);
    // Row 3: members register with the head in January; row 4, the head with TLĐ, is not a unit's fact.
    expect(byTask("3")).toEqual([[A, null]]);
    expect(byTask("4")).toEqual([]);
    // Row 6: the members' mid-year report (6a); the head's draft (6b) is not ticked off by the units.
    expect(byTask("6a")).toEqual([
      [A, date(2015, 6, 10)],
      [B, null],
    ]);
    expect(byTask("6b")).toEqual([]);
    expect(byTask("9a")).toEqual([[B, date(2015, 12, 20)]]);
  });
});
