import {
  ROLLUP_PROBLEM_SEVERITY,
  type RollupProblem,
  type RollupProblemCode,
} from "../../src/core/block-rollup";
import { YEAR_PROBLEM_SEVERITY, type YearProblem, type YearProblemCode } from "../../src/core/new-year";
import { rollupProblemLine, yearProblemLine, yearTextFor } from "../../src/messages/year";

const SAMPLE_YEAR: { [C in YearProblemCode]: YearProblem & { code: C } } = {
  YEAR_MAP_NOT_FOUND: { code: "YEAR_MAP_NOT_FOUND", severity: "error", params: { sheet: "Đổi mã đơn vị" } },
  YEAR_MAP_OLD_UNKNOWN: {
    code: "YEAR_MAP_OLD_UNKNOWN",
    severity: "error",
    params: { old: "DV9" },
    at: { sheet: "Đổi mã đơn vị", row: 3, col: 0 },
  },
  YEAR_MAP_INCOMPLETE: { code: "YEAR_MAP_INCOMPLETE", severity: "error", params: { old: "DV1", new: "" } },
  YEAR_MAP_OLD_TWICE: {
    code: "YEAR_MAP_OLD_TWICE",
    severity: "error",
    params: { old: "DV1", first: "A", second: "B" },
  },
  YEAR_MAP_CHAIN: { code: "YEAR_MAP_CHAIN", severity: "error", params: { code: "B", next: "C" } },
  YEAR_MAP_MERGE_CLUSTERS: {
    code: "YEAR_MAP_MERGE_CLUSTERS",
    severity: "error",
    params: { new: "N1", clusters: ["C1", "C2"] },
  },
  YEAR_MAP_MERGE_TYPES: { code: "YEAR_MAP_MERGE_TYPES", severity: "error", params: { new: "N1" } },
  YEAR_NO_DEPUTY: {
    code: "YEAR_NO_DEPUTY",
    severity: "error",
    params: { cluster: "C1" },
    at: { sheet: "Cấu hình", row: 29, col: 5 },
  },
  YEAR_OFFICER_UNKNOWN: {
    code: "YEAR_OFFICER_UNKNOWN",
    severity: "error",
    params: { cluster: "C1", officer: "X" },
  },
  YEAR_DEPUTY_UNKNOWN: { code: "YEAR_DEPUTY_UNKNOWN", severity: "error", params: { given: "X" } },
  YEAR_DEPUTY_IS_HEAD: {
    code: "YEAR_DEPUTY_IS_HEAD",
    severity: "error",
    params: { unit: "DV2", cluster: "C1" },
  },
  YEAR_DEPUTY_TWICE: {
    code: "YEAR_DEPUTY_TWICE",
    severity: "error",
    params: { cluster: "C1", first: "DV3", second: "DV4" },
  },
  YEAR_DEPUTY_TO_ELECT: {
    code: "YEAR_DEPUTY_TO_ELECT",
    severity: "warning",
    params: { cluster: "C1", head: "DV2" },
  },
};

const SAMPLE_ROLLUP: { [C in RollupProblemCode]: RollupProblem & { code: C } } = {
  ROLLUP_NOT_CLUSTER_WORKBOOK: {
    code: "ROLLUP_NOT_CLUSTER_WORKBOOK",
    severity: "error",
    file: "a.xlsx",
    params: {},
  },
  ROLLUP_WORKBOOK_ERRORS: {
    code: "ROLLUP_WORKBOOK_ERRORS",
    severity: "error",
    file: "a.xlsx",
    params: { errors: 2, first: true },
    at: { sheet: "DV01", row: 4, col: 4 },
  },
  ROLLUP_SUMMARY_MISSING: {
    code: "ROLLUP_SUMMARY_MISSING",
    severity: "error",
    file: "a.xlsx",
    params: { sheet: "Bảng tổng hợp" },
  },
  ROLLUP_SUMMARY_STALE: {
    code: "ROLLUP_SUMMARY_STALE",
    severity: "error",
    file: "a.xlsx",
    params: { sheet: "Bảng tổng hợp" },
  },
  ROLLUP_PERIOD_MISSING: { code: "ROLLUP_PERIOD_MISSING", severity: "error", file: "a.xlsx", params: {} },
  ROLLUP_PERIOD_DIFFERS: {
    code: "ROLLUP_PERIOD_DIFFERS",
    severity: "error",
    file: "a.xlsx",
    params: { period: "Năm 2024", expected: "Năm 2025", expectedFile: "b.xlsx" },
    at: { sheet: "Cấu hình", row: 6, col: 1 },
  },
  ROLLUP_CLUSTER_TWICE: {
    code: "ROLLUP_CLUSTER_TWICE",
    severity: "error",
    file: "a.xlsx",
    params: { cluster: "C1", otherFile: "b.xlsx" },
  },
  ROLLUP_UNIT_TWICE: {
    code: "ROLLUP_UNIT_TWICE",
    severity: "error",
    file: "a.xlsx",
    params: { unit: "U1", name: "Unit", cluster: "C1", otherFile: "b.xlsx", otherCluster: "C2" },
  },
  ROLLUP_UNKNOWN_BLOCK: {
    code: "ROLLUP_UNKNOWN_BLOCK",
    severity: "error",
    file: "a.xlsx",
    params: { cluster: "C9", known: ["C1", "C2"] },
  },
  ROLLUP_QUOTA_DIFFERS: {
    code: "ROLLUP_QUOTA_DIFFERS",
    severity: "error",
    file: "a.xlsx",
    params: { cluster: "C1", found: { leading: 1, excellent: 3 }, expected: { leading: 1, excellent: 2 } },
  },
  ROLLUP_AWAITING_VOTE: {
    code: "ROLLUP_AWAITING_VOTE",
    severity: "warning",
    file: "a.xlsx",
    params: { cluster: "C1", award: "excellent", places: 1, units: ["U1", "U2"] },
  },
};

/** Vietnamese letters outside the workbook's own words, which the English text quotes in «…». */
const VIETNAMESE = /[À-ỹĐđ]/u;
const outsideQuotes = (text: string): string => text.replace(/«[^»]*»/gu, "");

describe("the new year's and the roll-up's messages", () => {
  it("word every code in both languages, with its severity, sheet and cell", () => {
    for (const lang of ["vi", "en"] as const) {
      const t = yearTextFor(lang);
      for (const code of Object.keys(YEAR_PROBLEM_SEVERITY) as YearProblemCode[]) {
        const line = yearProblemLine(t, SAMPLE_YEAR[code]);
        expect(line.length).toBeGreaterThan(20);
        expect(line.startsWith(SAMPLE_YEAR[code].severity === "error" ? t.error : t.warning)).toBe(true);
      }
      for (const code of Object.keys(ROLLUP_PROBLEM_SEVERITY) as RollupProblemCode[]) {
        expect(rollupProblemLine(t, SAMPLE_ROLLUP[code])).toContain("a.xlsx");
      }
    }
    expect(yearProblemLine(yearTextFor("en"), SAMPLE_YEAR.YEAR_NO_DEPUTY)).toContain(
      "(sheet «Cấu hình», cell F30)",
    );
    // A workbook with errors: the first one's cell, said as such.
    expect(rollupProblemLine(yearTextFor("vi"), SAMPLE_ROLLUP.ROLLUP_WORKBOOK_ERRORS)).toBe(
      "Lỗi: tệp a.xlsx: bảng tính còn 2 lỗi, lỗi đầu tiên ở chỗ ghi trong ngoặc — chạy «thidua kiem-tra» để xem và sửa (trang «DV01», ô E5)",
    );
    expect(
      rollupProblemLine(yearTextFor("en"), {
        ...SAMPLE_ROLLUP.ROLLUP_WORKBOOK_ERRORS,
        params: { errors: 1, first: false },
        at: undefined,
      }),
    ).toBe("Error: file a.xlsx: the workbook has 1 error(s) — run «thidua kiem-tra» to see and fix them");
    // A new year's problem of one of two files names its file.
    expect(yearProblemLine(yearTextFor("vi"), SAMPLE_YEAR.YEAR_MAP_OLD_UNKNOWN, "doi-ma.xlsx")).toMatch(
      /^Lỗi: tệp doi-ma\.xlsx: .*DV9.*\(trang «Đổi mã đơn vị», ô A4\)$/u,
    );
    expect(rollupProblemLine(yearTextFor("vi"), SAMPLE_ROLLUP.ROLLUP_PERIOD_DIFFERS)).toBe(
      "Lỗi: tệp a.xlsx: kỳ thi đua «Năm 2024» khác «Năm 2025» của tệp b.xlsx (trang «Cấu hình», ô B7)",
    );
  });

  it("say nothing Vietnamese in English outside the workbook's quoted words", () => {
    const t = yearTextFor("en");
    const lines = [
      ...Object.values(SAMPLE_YEAR).map((p) => yearProblemLine(t, p)),
      ...Object.values(SAMPLE_ROLLUP).map((p) => rollupProblemLine(t, p)),
      t.helpNamMoi,
      t.helpTongHopKhoi(["kon-tum"]),
      t.newYearWritten("b.xlsx", "Year 2026", 5, 10),
      t.rollupRefused(2),
    ];
    for (const line of lines)
      expect(outsideQuotes(line).replace(/Ban Chính sách – Pháp luật/u, "")).not.toMatch(VIETNAMESE);
  });
});
