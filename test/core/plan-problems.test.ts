import type { CellRef, UnitCode } from "../../src/core/model";
import { planTaskId } from "../../src/core/plan";
import { PLAN_PROBLEM_SEVERITY, planProblem } from "../../src/core/plan-problems";
import { cellAt } from "../support/cells";

const id = planTaskId;
const cell = (address: string): CellRef => cellAt("Kế hoạch", address);

describe("plan problems as data", () => {
  it("gives every code a severity, and an error to everything that leaves a task out", () => {
    expect(PLAN_PROBLEM_SEVERITY.PLAN_OWNER_MISSING).toBe("warning");
    expect(PLAN_PROBLEM_SEVERITY.PLAN_DELIVERY_NOT_OWED).toBe("warning");
    const errors = Object.entries(PLAN_PROBLEM_SEVERITY)
      .filter(([, severity]) => severity === "error")
      .map(([code]) => code)
      .sort();
    expect(errors).toEqual(
      [
        "PLAN_CELL_INVALID",
        "PLAN_DEADLINE_MISSING",
        "PLAN_DATE_INVALID",
        "PLAN_DELIVERY_TASK_UNKNOWN",
        "PLAN_END_BEFORE_START",
        "PLAN_OFFSET_INVALID",
        "PLAN_REFERENCE_CYCLE",
        "PLAN_REFERENCE_MISSING",
        "PLAN_REFERENCE_UNRESOLVED",
        "PLAN_TASK_DUPLICATE",
        "PLAN_YEAR_INVALID",
      ].sort(),
    );
  });

  it("holds no text: only the code, the severity, the params and the cell", () => {
    const problem = planProblem(
      "PLAN_DELIVERY_NOT_OWED",
      { task: id("3"), unit: "LC" as UnitCode },
      cell("B2"),
    );
    expect(Object.keys(problem).sort()).toEqual(["at", "code", "params", "severity"]);
    expect(Object.keys(planProblem("PLAN_TASK_DUPLICATE", { task: id("3") })).sort()).toEqual([
      "code",
      "params",
      "severity",
    ]);
  });
});
