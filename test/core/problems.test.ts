/**
 * Every problem code the core reports, triggered through the public API. The table is typed as a
 * Record over CoreProblemCode, so adding a code without a test here does not compile.
 */
import { DEFAULT_ALLOCATION, allocationTableFrom, departmentPointsFor } from "../../src/core/allocation";
import { bandsFrom } from "../../src/core/classification";
import { criteriaTable } from "../../src/core/criteria";
import type { BlockInput, DepartmentRow, Points, Problem, UnitCode } from "../../src/core/model";
import { clusterCode } from "../../src/core/model";
import {
  CORE_PROBLEM_CODES,
  PROBLEM_CODES,
  PROBLEM_SEVERITY,
  hasErrors,
  type CoreProblemCode,
} from "../../src/core/diagnostics";
import { summarizeBlock } from "../../src/core/summary";
import { tableTotal } from "../../src/core/totals";
import { CLUSTERS, UNITS, konTumBlock } from "./fixtures/kon-tum-cum-3";
import { cell, criteriaRows, voteRows, type CriterionSpec } from "./fixtures/rows";
import { say } from "../support/say";

const cfg = { selfScoreMax: 9000 as Points };
const criteria = (spec: readonly CriterionSpec[]): readonly Problem[] =>
  criteriaTable(criteriaRows(spec), cfg).problems;
const summary = (input: BlockInput): readonly Problem[] => summarizeBlock(input).problems;
const withUnit = (change: Partial<(typeof UNITS)[number]>): readonly Problem[] =>
  summary(konTumBlock({ units: UNITS.map((u) => (u.code === "GD" ? { ...u, ...change } : u)) }));
const tableProblem = (score: unknown): readonly Problem[] => {
  const result = tableTotal([{ score: score as string, max: 10, kind: "scored", label: "I.1" }]);
  return result.ok ? [] : [result.problem];
};
const dakHa = { code: "DH" as UnitCode, name: "LĐLĐ huyện Đắk Hà" };
const departments = (entries: { department: string; points: unknown }[]): readonly Problem[] =>
  departmentPointsFor(
    DEFAULT_ALLOCATION,
    entries.map((e) => ({
      department: e.department,
      points: e.points as string,
      at: cell("Điểm các ban", "C5"),
    })),
    "direct",
    dakHa,
  ).problems;
const departmentRow = (
  code: string,
  name: string,
  direct: unknown,
  coordinating: unknown,
): DepartmentRow => ({
  code: { value: code },
  name,
  direct: { value: direct as string },
  coordinating: { value: coordinating as string },
});
const withScores = (edit: (input: BlockInput) => BlockInput["scores"]): readonly Problem[] => {
  const input = konTumBlock();
  return summary({ ...input, scores: edit(input) });
};
const tiedScores = { DH: ["9,5", 9, 8.5, 24, 14, 19, 2, null] };

const TRIGGERS: Record<CoreProblemCode, () => readonly Problem[]> = {
  CRITERIA_EMPTY: () => criteria([]),
  CRITERION_CODE_MISSING: () => criteria([["", "Tiêu chí chưa có mã", 90]]),
  CRITERION_CODE_INVALID: () => criteria([["I..1", "Mã hỏng", 90]]),
  CRITERION_DUPLICATE: () =>
    criteria([
      ["I", "Mục I", 90],
      ["i", "Mục I lặp", 0],
    ]),
  CRITERION_PARENT_MISSING: () =>
    criteria([
      ["I", "Mục I", 90],
      ["II.1", "Mồ côi", 5],
    ]),
  CRITERION_MAX_MISSING: () => criteria([["I", "Mục I", null]]),
  CRITERION_MAX_INVALID: () => criteria([["I", "Mục I", "chín mươi"]]),
  CRITERION_PARENT_MAX_MISMATCH: () =>
    criteria([
      ["I", "Mục I", 80],
      ["I.1", "a", 90],
    ]),
  CRITERION_KIND_MIXED: () =>
    criteria([
      ["I", "Mục I", 90],
      ["I.1", "a", 90],
      ["II", "Thưởng", 5, "bonus"],
      ["II.1", "Chấm điểm trong mục thưởng", 5],
    ]),
  SCORED_MAX_MISMATCH: () => criteria([["I", "Mục I", 85]]),
  DEPARTMENT_CODE_MISSING: () => allocationTableFrom([departmentRow("", "Ban Dân vận", 1, 1)]).problems,
  DEPARTMENT_DUPLICATE: () =>
    allocationTableFrom([departmentRow("TC", "Ban Tổ chức", 1, 1), departmentRow("TC", "Ban Tổ chức", 1, 1)])
      .problems,
  ALLOCATION_INVALID: () => allocationTableFrom([departmentRow("TC", "Ban Tổ chức", "một", 1)]).problems,
  ALLOCATION_TOTAL_MISMATCH: () =>
    summary(
      konTumBlock({
        extra: { departments: [departmentRow("TC", "Ban Tổ chức", 9, 10)], departmentPoints: [] },
      }),
    ),
  BAND_LABEL_MISSING: () => bandsFrom([{ label: "", min: 90 }]).problems,
  BAND_MIN_INVALID: () => bandsFrom([{ label: "Tốt", min: "bảy mươi" }]).problems,
  BAND_SHARE_INVALID: () => bandsFrom([{ label: "Tốt", min: 0, minSectionShare: "hai phần ba" }]).problems,
  BAND_DUPLICATE: () =>
    bandsFrom([
      { label: "Tốt", min: 0 },
      { label: "Tốt", min: 50 },
    ]).problems,
  BANDS_NO_FLOOR: () => bandsFrom([{ label: "Tốt", min: 70 }]).problems,
  CLUSTERS_EMPTY: () => summary(konTumBlock({ extra: { clusters: [] } })),
  CLUSTER_DUPLICATE: () => summary(konTumBlock({ extra: { clusters: [...CLUSTERS, CLUSTERS[0]!] } })),
  CLUSTER_EMPTY: () =>
    summary(
      konTumBlock({
        extra: {
          clusters: [
            ...CLUSTERS,
            {
              code: clusterCode("TW-2"),
              name: "Cụm CĐCS ngành Trung ương số 2",
              quota: { leading: 1, excellent: 1 },
            },
          ],
        },
      }),
    ),
  UNIT_CODE_MISSING: () => withUnit({ code: "" }),
  UNIT_DUPLICATE: () => summary(konTumBlock({ units: [...UNITS, UNITS[0]!] })),
  UNIT_CLUSTER_MISSING: () => withUnit({ cluster: "" }),
  UNIT_CLUSTER_UNKNOWN: () => withUnit({ cluster: "Cụm thi đua số 9" }),
  UNIT_TYPE_INVALID: () => withUnit({ type: "hỗn hợp" }),
  UNIT_TYPE_MISSING: () => withUnit({ type: "" }),
  UNIT_YES_NO_INVALID: () => withUnit({ registered: "có lẽ" }),
  UNIT_FACT_MISSING: () => withUnit({ pactSigned: "" }),
  UNIT_DATE_INVALID: () => withUnit({ mid: "31/02/2024" }),
  UNIT_DISCIPLINE_INVALID: () => withUnit({ discipline: "phạt tiền" }),
  UNIT_INCOMPLETE: () => summary(konTumBlock()),
  REPORT_LATE: () => summary(konTumBlock()),
  REPORT_NOT_DUE: () =>
    summary(
      konTumBlock({
        units: UNITS.map((u) => (u.code === "GD" ? { ...u, end: null } : u)),
        extra: { asOf: { year: 2024, month: 11, day: 20 } },
      }),
    ),
  SUBMISSION_LATE: () =>
    summary(
      konTumBlock({
        extra: {
          deadlines: { ...konTumBlock().deadlines, registration: { year: 2024, month: 3, day: 15 } },
          submissions: [
            {
              unit: "GD" as UnitCode,
              item: "registration",
              on: { year: 2024, month: 3, day: 20 },
              outcome: "received",
            },
          ],
        },
      }),
    ),
  ROW_UNIT_MISSING: () => withScores((i) => [...i.scores, { ...i.scores[0]!, unit: { value: "  " } }]),
  UNIT_UNKNOWN: () => withScores((i) => [...i.scores, { ...i.scores[0]!, unit: { value: "Đắk Glei" } }]),
  SCORE_CRITERION_MISSING: () =>
    withScores((i) => [...i.scores, { ...i.scores[0]!, criterion: { value: "" } }]),
  CRITERION_UNKNOWN: () =>
    withScores((i) => [...i.scores, { ...i.scores[0]!, criterion: { value: "IX.9" } }]),
  SCORE_ON_PARENT: () => withScores((i) => [...i.scores, { ...i.scores[0]!, criterion: { value: "II" } }]),
  SCORE_DUPLICATE: () => withScores((i) => [...i.scores, i.scores[0]!]),
  SCORE_NOT_A_NUMBER: () => tableProblem("tám"),
  SCORE_NEGATIVE: () => tableProblem(-2),
  SCORE_ABOVE_MAX: () => tableProblem("10,5"),
  DEPARTMENT_UNKNOWN: () => departments([{ department: "Ban Dân vận", points: 1 }]),
  DEPARTMENT_POINTS_NOT_A_NUMBER: () => departments([{ department: "TC", points: "#VALUE!" }]),
  DEPARTMENT_POINTS_NEGATIVE: () => departments([{ department: "TC", points: -1 }]),
  DEPARTMENT_ABOVE_ALLOCATION: () => departments([{ department: "TC", points: 1.5 }]),
  DEPARTMENT_POINTS_DUPLICATE: () =>
    departments([
      { department: "TC", points: 1 },
      { department: "Ban Tổ chức", points: 1 },
    ]),
  DEPARTMENT_POINTS_MISSING: () => summary(konTumBlock({ extra: { departmentPoints: [] } })),
  UNIT_NO_SCORES: () => summary(konTumBlock({ extra: { scores: [] } })),
  CLUSTER_NO_SCORES: () => summary(konTumBlock({ extra: { scores: [] } })),
  AWARD_BAND_UNKNOWN: () => {
    const input = konTumBlock();
    return summary({ ...input, config: { ...input.config, awardMinBand: { leading: "Xuất sắc lắm" } } });
  },
  AWARD_CLASSIFICATION_BELOW: () => {
    // The top band asks for 95 points: GD and DH (96) lead and excel; nobody else may, so DT is passed over.
    const input = konTumBlock({ scores: { DH: [9, "9,5", " 9 ", 19, 14, 19, 5, null] } });
    const bands = input.config.bands.map((b, i) => (i === 0 ? { ...b, minTotal: 9500 as Points } : b));
    return summary({ ...input, config: { ...input.config, bands } });
  },
  VOTE_INVALID: () => summary(konTumBlock({ extra: { votes: voteRows({ GD: "nhiều" }) } })),
  VOTE_DUPLICATE: () =>
    summary(konTumBlock({ extra: { votes: [...voteRows({ GD: 3 }), ...voteRows({ gd: 2 })] } })),
  TIE_NEEDS_VOTE: () => summary(konTumBlock({ scores: tiedScores })),
  TIE_BROKEN_BY_RULE: () => summary(konTumBlock()),
};

describe("problem codes", () => {
  it("lists each code once, with a severity", () => {
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
    expect(Object.keys(TRIGGERS).sort()).toEqual([...CORE_PROBLEM_CODES].sort());
  });

  it.each(CORE_PROBLEM_CODES.map((code) => [code]))(
    "%s is triggered, with its severity and a Vietnamese message",
    (code) => {
      const problems = TRIGGERS[code]();
      const found = problems.find((p) => p.code === code);
      expect(found).toBeDefined();
      expect(found?.severity).toBe(PROBLEM_SEVERITY[code]);
      expect(say(found).length).toBeGreaterThan(20);
      expect(say(found)).toMatch(/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i);
      expect(say(found)).not.toMatch(/undefined|NaN|\[object/);
    },
  );

  it("blocks on errors and not on warnings", () => {
    expect(hasErrors(TRIGGERS.UNIT_INCOMPLETE())).toBe(false);
    expect(hasErrors(TRIGGERS.SCORE_ABOVE_MAX())).toBe(true);
  });

  it("names the cell in the message when the caller gave one", () => {
    const [p] = departments([{ department: "TC", points: 5 }]);
    expect(p?.at).toEqual(cell("Điểm các ban", "C5"));
    expect(say(p)).toContain("ô C5, trang «Điểm các ban»");
  });
});
