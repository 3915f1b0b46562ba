import {
  criteriaFingerprint,
  criteriaLookup,
  criteriaTable,
  tidyCriterionCode,
} from "../../src/core/criteria";
import type { CriterionRow, Points } from "../../src/core/model";
import { cell, criteriaRows, type CriterionSpec } from "./fixtures/rows";
import { flat, say } from "../support/say";
import { addressOf } from "../support/cells";

const config90 = { selfScoreMax: 9000 as Points };

/** A small Kon Tum style table: 90 scored points, a bonus and a deduction section. */
const KON_TUM_TABLE: readonly CriterionSpec[] = [
  ["I", "Công tác tuyên truyền, giáo dục", 30],
  ["I.1", "Tuyên truyền chủ trương, chính sách, pháp luật", 10],
  ["I.2", "Phong trào thi đua", 20],
  ["I.2.a", "Phát động thi đua", "10"],
  ["I.2.b", "Khen thưởng", "10,0"],
  ["II", "Đại diện, bảo vệ quyền lợi đoàn viên", null],
  ["II.1", "Chăm lo đời sống đoàn viên", 25],
  ["II.2", "Thỏa ước lao động tập thể", 15],
  ["III", "Xây dựng tổ chức công đoàn", 20],
  ["IV", "Điểm thưởng", 5, "bonus"],
  ["IV.1", "Mô hình mới, cách làm hay", 5, "bonus"],
  ["V", "Điểm trừ", 3, "deduction"],
  ["V.1", "Gửi báo cáo chậm", 3, "deduction"],
];

const codes = (problems: readonly { code: string }[]): string[] => problems.map((p) => p.code);

describe("criteriaTable", () => {
  it("builds the tree: sections, their leaves, and parent maxima summed from children", () => {
    const { table, problems } = criteriaTable(criteriaRows(KON_TUM_TABLE), config90);
    expect(problems).toEqual([]);
    expect(table.leaves.map((l) => l.code)).toEqual([
      "I.1",
      "I.2.a",
      "I.2.b",
      "II.1",
      "II.2",
      "III",
      "IV.1",
      "V.1",
    ]);
    expect(table.sections.map((s) => [s.code, s.max, s.kind])).toEqual([
      ["I", 3000, "scored"],
      ["II", 4000, "scored"],
      ["III", 2000, "scored"],
      ["IV", 500, "bonus"],
      ["V", 300, "deduction"],
    ]);
    expect(table.scoredMax).toBe(9000);
    expect(table.bonusMax).toBe(500);
    expect(table.deductionMax).toBe(300);
    const i2 = table.nodes.find((n) => n.code === "I.2");
    expect(i2).toMatchObject({ max: 2000, parent: "I", depth: 1, leafIndex: -1 });
    expect(table.leaves[2]).toMatchObject({ code: "I.2.b", max: 1000, section: "I", sectionIndex: 0 });
  });

  it("keeps a section that has no children as its own leaf", () => {
    const { table } = criteriaTable(criteriaRows(KON_TUM_TABLE), config90);
    const iii = table.leaves.find((l) => l.code === "III");
    expect(iii).toMatchObject({ section: "III", max: 2000 });
    expect(table.sections[2]?.leaves).toEqual([5]);
  });

  it("reads codes as people type them: trailing dots, spaces, a) and decomposed letters", () => {
    expect(tidyCriterionCode(" I. 1 .a. ")).toBe("I.1.a");
    expect(tidyCriterionCode("b)")).toBe("b");
    const rows = criteriaRows([
      ["I.", "Mục I", 100],
      ["I. 1", "Tiêu chí 1", 60],
      ["i.2", "Tiêu chí 2", 40],
    ]);
    const { table, problems } = criteriaTable(rows, { selfScoreMax: 10000 as Points });
    expect(problems).toEqual([]);
    expect(table.leaves.map((l) => l.code)).toEqual(["I.1", "i.2"]);
    const find = criteriaLookup(table);
    expect(find("I.2")?.code).toBe("i.2");
    expect(find(" i.1. ")?.code).toBe("I.1");
    expect(find("I.3")).toBeUndefined();
  });

  it("reports a parent whose typed maximum is not the sum of its children, naming it and its cell", () => {
    const rows = criteriaRows([
      ["I", "Mục I", 30],
      ["I.1", "a", 10],
      ["I.2", "b", 15],
      ["II", "Mục II", 65],
    ]);
    const { problems } = criteriaTable(rows, { selfScoreMax: 9000 as Points });
    expect(problems).toHaveLength(1);
    expect(flat(problems[0])).toMatchObject({
      code: "CRITERION_PARENT_MAX_MISMATCH",
      severity: "error",
      criterion: "I",
      at: cell("Tiêu chí", "C2"),
    });
    expect(say(problems[0])).toContain("30");
    expect(say(problems[0])).toContain("25");
  });

  it("reports scored maxima that do not add up to the self-score maximum, naming each section", () => {
    const rows = criteriaRows([
      ["I", "Mục I", 30],
      ["II", "Mục II", 58],
      ["III", "Điểm thưởng", 5, "bonus"],
    ]);
    const { problems } = criteriaTable(rows, config90);
    expect(codes(problems)).toEqual(["SCORED_MAX_MISMATCH"]);
    expect(say(problems[0])).toContain("88");
    expect(say(problems[0])).toContain("90");
    expect(say(problems[0])).toContain("mục I: 30");
    expect(say(problems[0])).toContain("mục II: 58");
    expect(say(problems[0])).not.toContain("mục III");
  });

  it("names the section itself when the table has only one", () => {
    const { problems } = criteriaTable(criteriaRows([["I", "Mục I", 80]]), config90);
    expect(flat(problems[0])).toMatchObject({ code: "SCORED_MAX_MISMATCH", criterion: "I" });
  });

  it("checks the sum against the configured maximum: 100 elsewhere", () => {
    const rows = criteriaRows([
      ["I", "Mục I", 60],
      ["II", "Mục II", 40],
    ]);
    expect(criteriaTable(rows, { selfScoreMax: 10000 as Points }).problems).toEqual([]);
    expect(codes(criteriaTable(rows, config90).problems)).toEqual(["SCORED_MAX_MISMATCH"]);
  });

  it("reports a missing or unreadable leaf maximum, never reading it as 0", () => {
    const rows = criteriaRows([
      ["I", "Mục I", null],
      ["I.1", "a", null],
      ["I.2", "b", "mười"],
      ["I.3", "c", -5],
      ["I.4", "d", 90],
    ]);
    const { problems } = criteriaTable(rows, config90);
    expect(problems.map((p) => [p.code, flat(p)!.criterion])).toEqual([
      ["CRITERION_MAX_MISSING", "I.1"],
      ["CRITERION_MAX_INVALID", "I.2"],
      ["CRITERION_MAX_INVALID", "I.3"],
    ]);
    expect(say(problems[1])).toContain("mười");
    expect(say(problems[2])).toContain("-5");
  });

  it("reports missing, malformed and duplicate codes and orphans", () => {
    const rows = criteriaRows([
      ["I", "Mục I", 90],
      ["", "Tiêu chí không mã", 5],
      ["I..1", "Mã hỏng", 5],
      ["i", "Trùng mã", 5],
      ["II.1", "Không có mục II", 5],
    ]);
    const { problems } = criteriaTable(rows, config90);
    expect(problems.map((p) => [p.code, addressOf(p.at)])).toEqual([
      ["CRITERION_CODE_MISSING", "A3"],
      ["CRITERION_CODE_INVALID", "A4"],
      ["CRITERION_DUPLICATE", "A5"],
      ["CRITERION_PARENT_MISSING", "A6"],
    ]);
    expect(say(problems[0])).toContain("Tiêu chí không mã");
    expect(say(problems[3])).toContain("II");
  });

  it("accepts bonus and deduction rows inside a scored section, whose maximum is its scored children's", () => {
    const rows = criteriaRows([
      ["I", "Mục I", 90],
      ["I.1", "a", 60],
      ["I.2", "b", 30],
      ["I.3", "Điểm thưởng trong mục I", 5, "bonus"],
      ["I.4", "Điểm trừ trong mục I", 2, "deduction"],
      ["I.4.a", "Báo cáo chậm", 2, "deduction"],
    ]);
    const { table, problems } = criteriaTable(rows, config90);
    expect(problems).toEqual([]);
    expect(table.sections.map((s) => [s.code, s.max])).toEqual([["I", 9000]]);
    expect(table.scoredMax).toBe(9000);
    expect(table.bonusMax).toBe(500);
    expect(table.deductionMax).toBe(200);
    expect(table.leaves.map((l) => [l.code, l.kind, l.section])).toEqual([
      ["I.1", "scored", "I"],
      ["I.2", "scored", "I"],
      ["I.3", "bonus", "I"],
      ["I.4.a", "deduction", "I"],
    ]);
  });

  it("says a scored section's maximum leaves out the bonus rows inside it when the typed maximum counts them", () => {
    const rows = criteriaRows([
      ["I", "Mục I", 95],
      ["I.1", "a", 90],
      ["I.2", "Điểm thưởng", 5, "bonus"],
    ]);
    const { problems } = criteriaTable(rows, config90);
    expect(problems[0]).toMatchObject({
      code: "CRITERION_PARENT_MAX_MISMATCH",
      params: { criterion: "I", typed: 9500, sum: 9000, outside: 500 },
    });
    expect(say(problems[0])).toContain("không tính vào điểm tối đa");
  });

  it("refuses a scored row inside a bonus section, and a bonus inside a deduction section", () => {
    const rows = criteriaRows([
      ["I", "Mục I", 90],
      ["I.1", "a", 90],
      ["II", "Điểm thưởng", 5, "bonus"],
      ["II.1", "Chấm điểm lạc vào mục thưởng", 5],
      ["III", "Điểm trừ", 2, "deduction"],
      ["III.1", "Thưởng lạc vào mục trừ", 2, "bonus"],
    ]);
    const { problems } = criteriaTable(rows, config90);
    expect(problems.filter((p) => p.code === "CRITERION_KIND_MIXED").map((p) => p.params)).toEqual([
      { criterion: "II.1", kind: "scored", parent: "II", parentKind: "bonus" },
      { criterion: "III.1", kind: "bonus", parent: "III", parentKind: "deduction" },
    ]);
  });

  it("reports an empty table", () => {
    expect(codes(criteriaTable([], config90).problems)).toEqual(["CRITERIA_EMPTY"]);
  });

  it("does not depend on the order of rows for the tree, only for the order of siblings", () => {
    const rows = criteriaRows(KON_TUM_TABLE);
    const reversedChildren: CriterionRow[] = [...rows].reverse();
    const { table, problems } = criteriaTable(reversedChildren, config90);
    expect(problems).toEqual([]);
    expect(table.scoredMax).toBe(9000);
    expect(table.sections.map((s) => s.code)).toEqual(["V", "IV", "III", "II", "I"]);
  });
});

describe("criteria fingerprint", () => {
  const fingerprint = (spec: readonly CriterionSpec[]): string =>
    criteriaTable(criteriaRows(spec), config90).table.fingerprint;

  it("is the same for the same shape, whatever the wording, case or cell", () => {
    const reworded = KON_TUM_TABLE.map(
      ([code, , max, kind]) => [code.toLowerCase(), "khác", max, kind] as const,
    );
    expect(fingerprint(reworded)).toBe(fingerprint(KON_TUM_TABLE));
    expect(fingerprint(KON_TUM_TABLE)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("changes with a maximum, a kind, a code or the order", () => {
    const base = fingerprint(KON_TUM_TABLE);
    const withMax = KON_TUM_TABLE.map((r) => (r[0] === "V.1" ? (["V.1", r[1], 2, "deduction"] as const) : r));
    const withKind = KON_TUM_TABLE.map((r) => (r[0] === "V.1" ? (["V.1", r[1], 3, "bonus"] as const) : r));
    const withCode = KON_TUM_TABLE.map((r) =>
      r[0] === "V.1" ? (["V.2", r[1], 3, "deduction"] as const) : r,
    );
    for (const other of [withMax, withKind, withCode]) expect(fingerprint(other)).not.toBe(base);
    expect(criteriaFingerprint([{ key: "a", max: 1 as Points, kind: "scored" }])).not.toBe(
      criteriaFingerprint([{ key: "a", max: 2 as Points, kind: "scored" }]),
    );
    const reordered = criteriaTable(
      criteriaRows([
        ["I", "", 50],
        ["II", "", 40],
      ]),
      config90,
    ).table.fingerprint;
    const original = criteriaTable(
      criteriaRows([
        ["II", "", 40],
        ["I", "", 50],
      ]),
      config90,
    ).table.fingerprint;
    expect(reordered).not.toBe(original);
  });
});
