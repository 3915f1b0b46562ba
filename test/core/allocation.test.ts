import {
  DEFAULT_ALLOCATION,
  allocationFor,
  allocationTableFrom,
  allocationTotals,
  departmentKey,
  departmentPointsFor,
} from "../../src/core/allocation";
import type { DepartmentRow, UnitCode } from "../../src/core/model";
import { cell } from "./fixtures/rows";
import { flat, say } from "../support/say";
import { addressOf } from "../support/cells";

const dakHa = { code: "DH" as UnitCode, name: "LĐLĐ huyện Đắk Hà" };

describe("DEFAULT_ALLOCATION (seed 001 §III.2)", () => {
  it("gives 10 points to both kinds of unit", () => {
    expect(allocationTotals(DEFAULT_ALLOCATION)).toEqual({ direct: 1000, coordinating: 1000 });
  });

  it.each([
    ["TC", 100, 150],
    ["TAICHINH", 150, 0],
    ["TGNC", 100, 200],
    ["CSPL", 150, 250],
    ["UBKT", 100, 0],
    ["VP", 100, 100],
    ["TT", 300, 300],
  ])("allocates %s: %p direct, %p coordinating", (code, direct, coordinating) => {
    expect(allocationFor(DEFAULT_ALLOCATION, code, "direct")).toBe(direct);
    expect(allocationFor(DEFAULT_ALLOCATION, code, "coordinating")).toBe(coordinating);
  });

  it("marks the standing committee's share as a bonus", () => {
    expect(DEFAULT_ALLOCATION.entries.filter((e) => e.isBonus).map((e) => e.code)).toEqual(["TT"]);
  });

  it("finds a department by code, name or the seed's short names, whatever the case, dash or tone placement", () => {
    expect(allocationFor(DEFAULT_ALLOCATION, "Ban CSPL", "coordinating")).toBe(250);
    expect(allocationFor(DEFAULT_ALLOCATION, "ban chính sách - pháp luật", "direct")).toBe(150);
    expect(allocationFor(DEFAULT_ALLOCATION, " Ủy Ban kiểm tra ", "direct")).toBe(100);
    expect(allocationFor(DEFAULT_ALLOCATION, "Uỷ ban Kiểm tra", "direct")).toBe(100);
    expect(allocationFor(DEFAULT_ALLOCATION, "Thường trực LĐLĐ tỉnh (Điểm thưởng)", "direct")).toBe(300);
    expect(allocationFor(DEFAULT_ALLOCATION, "tgnc", "coordinating")).toBe(200);
    expect(allocationFor(DEFAULT_ALLOCATION, "Ban Dân vận", "direct")).toBeNull();
  });

  it("folds dashes and the spaces around them", () => {
    expect(departmentKey("Ban Tuyên giáo – Nữ công")).toBe(departmentKey("ban tuyên giáo-nữ công"));
  });
});

describe("allocationTableFrom", () => {
  const row = (
    code: string,
    name: string,
    direct: unknown,
    coordinating: unknown,
    n: number,
  ): DepartmentRow => ({
    code: { value: code, at: cell("Phân bổ", `A${n}`) },
    name,
    direct: { value: direct as string, at: cell("Phân bổ", `C${n}`) },
    coordinating: { value: coordinating as string, at: cell("Phân bổ", `D${n}`) },
  });

  it("replaces the default with the workbook's own table", () => {
    const { table, problems } = allocationTableFrom([
      row("TC", "Ban Tổ chức", "2", "1,5", 2),
      { ...row("TT", "Thường trực", 3, 3, 3), isBonus: true },
    ]);
    expect(problems).toEqual([]);
    expect(allocationFor(table, "Ban Tổ chức", "direct")).toBe(200);
    expect(allocationFor(table, "tc", "coordinating")).toBe(150);
    expect(allocationFor(table, "CSPL", "direct")).toBeNull();
    expect(table.entries[1]?.isBonus).toBe(true);
    expect(allocationTotals(table)).toEqual({ direct: 500, coordinating: 450 });
  });

  it("reports unreadable, negative and empty allocations with their cells", () => {
    const { problems } = allocationTableFrom([
      row("TC", "Ban Tổ chức", "một", -1, 2),
      row("VP", "Văn phòng", null, 1, 3),
    ]);
    expect(problems.map((p) => [p.code, flat(p)!.department, addressOf(p.at)])).toEqual([
      ["ALLOCATION_INVALID", "TC", "C2"],
      ["ALLOCATION_INVALID", "TC", "D2"],
      ["ALLOCATION_INVALID", "VP", "C3"],
    ]);
    expect(say(problems[0])).toContain("một");
    expect(say(problems[2])).toContain("ghi 0");
  });

  it("reports a department without a code and one listed twice", () => {
    const { table, problems } = allocationTableFrom([
      row("", "Ban Dân vận", 1, 1, 2),
      row("TC", "Ban Tổ chức", 1, 1, 3),
      row("tc ", "Ban Tổ chức (trùng)", 1, 1, 4),
    ]);
    expect(problems.map((p) => p.code)).toEqual(["DEPARTMENT_CODE_MISSING", "DEPARTMENT_DUPLICATE"]);
    expect(say(problems[0])).toContain("Ban Dân vận");
    expect(table.entries).toHaveLength(1);
  });
});

describe("departmentPointsFor", () => {
  it("adds each department's points within its allocation", () => {
    const { points, problems } = departmentPointsFor(
      DEFAULT_ALLOCATION,
      [
        { department: "TC", points: 1 },
        { department: "Ban Tài chính", points: "1,5" },
        { department: "TT", points: "2,75" },
        { department: "VP", points: null },
      ],
      "direct",
      dakHa,
    );
    expect(problems).toEqual([]);
    expect(points).toBe(525);
  });

  it("checks against the allocation of the unit's own type", () => {
    const entries = [{ department: "CSPL", points: 2 }];
    expect(departmentPointsFor(DEFAULT_ALLOCATION, entries, "coordinating").points).toBe(200);
    const direct = departmentPointsFor(DEFAULT_ALLOCATION, entries, "direct", dakHa);
    expect(direct.points).toBe(0);
    expect(flat(direct.problems[0])).toMatchObject({
      code: "DEPARTMENT_ABOVE_ALLOCATION",
      unit: "DH",
      department: "CSPL",
    });
    expect(say(direct.problems[0])).toContain("1,5");
    expect(say(direct.problems[0])).toContain("trực tiếp");
  });

  it("lets a department with allocation 0 give a coordinating unit nothing", () => {
    const ok = departmentPointsFor(
      DEFAULT_ALLOCATION,
      [{ department: "TAICHINH", points: 0 }],
      "coordinating",
    );
    expect(ok).toEqual({ points: 0, problems: [] });
    const over = departmentPointsFor(
      DEFAULT_ALLOCATION,
      [{ department: "TAICHINH", points: 0.5 }],
      "coordinating",
    );
    expect(over.problems.map((p) => p.code)).toEqual(["DEPARTMENT_ABOVE_ALLOCATION"]);
  });

  it("reports unknown departments, unreadable or negative points and a department given twice", () => {
    const at = cell("Điểm các ban", "C9");
    const { points, problems } = departmentPointsFor(
      DEFAULT_ALLOCATION,
      [
        { department: "Ban Dân vận", points: 1 },
        { department: "TC", points: "một", at },
        { department: "VP", points: -1 },
        { department: "TT", points: 2 },
        { department: "Thường trực", points: 1 },
      ],
      "direct",
      dakHa,
    );
    expect(points).toBe(200);
    expect(problems.map((p) => p.code)).toEqual([
      "DEPARTMENT_UNKNOWN",
      "DEPARTMENT_POINTS_NOT_A_NUMBER",
      "DEPARTMENT_POINTS_NEGATIVE",
      "DEPARTMENT_POINTS_DUPLICATE",
    ]);
    expect(say(problems[0])).toContain("Ban Dân vận");
    expect(flat(problems[1])).toMatchObject({ at, unit: "DH", department: "TC" });
    expect(say(problems[1])).toContain("«LĐLĐ huyện Đắk Hà» (DH)");
    // Which entry each came from, so a caller without cells can name the row.
    expect(problems.map((p) => p.index)).toEqual([0, 1, 2, 4]);
  });

  it("names the entry of each problem, a blank or valid entry before it counting too", () => {
    const { problems } = departmentPointsFor(
      DEFAULT_ALLOCATION,
      [
        { department: "TC", points: null },
        { department: "VP", points: 1 },
        { department: "CSPL", points: 5 },
      ],
      "direct",
    );
    expect(problems.map((p) => [p.code, p.index])).toEqual([["DEPARTMENT_ABOVE_ALLOCATION", 2]]);
  });
});
