/** What `thidua` prints of a summary: why a unit has no award, how ties were decided, in words and in JSON. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { jsonReport, rankingLines } from "../../src/cli/report";
import { cliTextFor } from "../../src/messages/cli";
import { pointsFromNumber } from "../../src/core/decimal";
import { unitCode, type BlockSummary, type CellValue } from "../../src/core/model";
import { SHEET } from "../../src/workbook/sheet-names";
import { validateWorkbook } from "../../src/workbook/usecases";
import type { MemoryPort } from "../workbook/memory-port";
import { noteOf } from "../support/say";
import { editXlsx, sampleBytes, sampleMemory } from "../workbook/sample";

jest.setTimeout(60_000);

const vi = cliTextFor("vi");
const en = cliTextFor("en");

type Getter = (sheet: string, row: number, col: number) => CellValue;
type Setter = (sheet: string, row: number, col: number, value: CellValue) => void;

/**
 * Grid edits a user would make: DV01's leader is reprimanded; DV03's standing-committee points drop
 * by 1; the cluster sets its tie-break order and the band its awards need.
 */
function edits(get: Getter, set: Setter): void {
  const rowOf = (sheet: string, value: string, from = 0): number => {
    for (let r = from; r < 200; r++) if (get(sheet, r, 0) === value) return r;
    throw new Error(`${value} not found in ${sheet}`);
  };
  const colOf = (sheet: string, row: number, prefix: string): number => {
    for (let c = 0; c < 30; c++) {
      const v = get(sheet, row, c);
      if (typeof v === "string" && v.startsWith(prefix)) return c;
    }
    throw new Error(`${prefix} not found in ${sheet}`);
  };
  const points = SHEET.departmentPoints;
  const header = rowOf(points, "Mã đơn vị");
  const standing = colOf(points, header, "Thường trực");
  const dv03 = rowOf(points, "DV03", header);
  set(points, dv03, standing, (get(points, dv03, standing) as number) - 1);
  const unitsHeader = rowOf(SHEET.units, "Mã");
  const discipline = colOf(SHEET.units, unitsHeader, "Kỷ luật");
  set(SHEET.units, rowOf(SHEET.units, "DV01", unitsHeader), discipline, "Khiển trách");
  // No preset ships a tie-break order (DOMAIN.md): this cluster fills one in «Cấu hình».
  const order = rowOf(SHEET.config, "Thứ tự xét khi bằng điểm");
  set(SHEET.config, order, 1, "Tổng điểm thẩm định; Điểm mục chính; Ít điểm trừ hơn");
  // The sample's leaders score 89,25: this cluster proposes units classified «Hoàn thành tốt» too.
  for (const label of [
    "Xếp loại tối thiểu để đề nghị đơn vị dẫn đầu",
    "Xếp loại tối thiểu để đề nghị đơn vị xuất sắc",
  ]) {
    set(SHEET.config, rowOf(SHEET.config, label), 1, "Hoàn thành tốt nhiệm vụ");
  }
}

/**
 * Four units, quota 1 leading + 1 excellent. DV01 has the highest total but is not considered;
 * DV03 and DV04 then tie for the leading place and the appraised table score puts DV03 first.
 */
async function editedSummary(): Promise<BlockSummary> {
  const port: MemoryPort = await sampleMemory({ units: 4 });
  const sheetOf = (name: string): CellValue[][] => port.sheets.find((s) => s.name === name)!.values;
  edits(
    (sheet, row, col) => sheetOf(sheet)[row]?.[col] ?? null,
    (sheet, row, col, value) => {
      sheetOf(sheet)[row]![col] = value;
    },
  );
  return (await validateWorkbook(port)).summary!;
}

const unitLine = (lines: readonly string[], code: string): string =>
  lines.find((l) => l.includes(`(${code})`))!;

describe("the ranking in words", () => {
  let summary: BlockSummary;
  beforeAll(async () => {
    summary = await editedSummary();
  });

  it("is built on a block where the top unit is excluded and the chain decides the leading place", () => {
    const units = summary.clusters[0]!.units;
    expect(units[0]).toMatchObject({ code: "DV01", rank: 1, considered: false, award: null });
    expect(summary.clusters[0]!.tieBreaks).toMatchObject([
      { award: "leading", units: ["DV03", "DV04"], decidedBy: "appraisedTotal" },
    ]);
  });

  it("names the short reason beside a high-scoring unit that is not considered", () => {
    const line = unitLine(rankingLines(summary, vi), "DV01");
    expect(line).toMatch(/^ +1\. Công đoàn Sở Giáo dục và Đào tạo \(DV01\) — 94 điểm — không xét: /);
    expect(line).toMatch(/— không xét: lãnh đạo chủ chốt bị kỷ luật hình thức khiển trách$/);
  });

  it("puts each tied unit's note under its line, and no note under the others", () => {
    const lines = rankingLines(summary, vi);
    for (const unit of summary.clusters[0]!.units) {
      const next = lines[lines.indexOf(unitLine(lines, unit.code)) + 1] ?? "";
      const note = noteOf(unit);
      if (note === undefined) expect(next).not.toMatch(/^ {7}Suất/);
      else expect(next).toBe(`       ${note}`);
    }
    expect(lines.filter((l) => /^ {7}Suất dẫn đầu: cùng 89,25 điểm/.test(l))).toHaveLength(2);
  });

  it("lists the tie the chain decided, with the rule and each unit's figure", () => {
    expect(rankingLines(summary, vi)).toContain(
      "  Bằng điểm, đã phân định theo thứ tự xét khi bằng điểm: DV03, DV04 (89,25 điểm, suất dẫn đầu) — " +
        "DV03 được xếp trên DV04 theo điểm thẩm định (DV03: 80,25; DV04: 77,75)",
    );
  });

  it("still lists a tie awaiting a vote", () => {
    const [cluster] = summary.clusters;
    const open: BlockSummary = {
      ...summary,
      clusters: [
        {
          ...cluster!,
          ties: [
            {
              cluster: cluster!.cluster.code,
              award: "leading",
              places: 1,
              units: [unitCode("DV03"), unitCode("DV04")],
              total: pointsFromNumber(89.25),
              settled: false,
            },
          ],
          tieBreaks: [],
        },
      ],
    };
    const lines = rankingLines(open, vi);
    expect(lines).toContain("  Bằng điểm, chờ bỏ phiếu: DV03, DV04 (89,25 điểm) — 1 suất dẫn đầu");
    expect(lines.some((l) => l.includes("đã phân định"))).toBe(false);
  });

  it("says an incomplete unit is not fully scored", () => {
    const [cluster] = summary.clusters;
    const incomplete: BlockSummary = {
      ...summary,
      clusters: [
        {
          ...cluster!,
          units: cluster!.units.map((u) => (u.code === "DV02" ? { ...u, complete: false, award: null } : u)),
        },
      ],
    };
    expect(unitLine(rankingLines(incomplete, vi), "DV02")).toMatch(/điểm — chưa chấm đủ điểm$/);
  });
});

describe("the short reason on a unit's line", () => {
  it("is the head of each exclusion, in lower case after the dash", () => {
    expect(
      vi.diagnostics.exclusionShort({ rule: "not-registered", registered: false, pactSigned: false }),
    ).toBe("không tham gia đăng ký và ký giao ước thi đua");
    expect(vi.diagnostics.exclusionShort({ rule: "no-report", mid: false, end: true })).toBe(
      "không gửi báo cáo tổng kết phong trào thi đua",
    );
    expect(vi.diagnostics.exclusionShort({ rule: "discipline", level: "reprimand" })).toBe(
      "lãnh đạo chủ chốt bị kỷ luật hình thức khiển trách",
    );
  });

  it("is in English where the command speaks English", () => {
    const summary: BlockSummary = { clusters: [], problems: [], blocked: false };
    expect(rankingLines(summary, en)).toEqual([]);
    expect(en.diagnostics.exclusionShort({ rule: "no-report", mid: true, end: true })).toBe(
      "did not send its mid-period report and end-of-period report",
    );
  });
});

describe("--json", () => {
  it("carries each unit's note (null where none) and each cluster's tie-break decisions", async () => {
    const summary = await editedSummary();
    const report = jsonReport(vi, "cum.xlsx", summary.problems, summary);
    const [cluster] = report.clusters;
    const notes = Object.fromEntries(cluster!.units.map((u) => [u.code, u.awardNote]));
    expect(notes).toEqual({
      DV01: null,
      DV03: expect.stringMatching(/^Suất dẫn đầu: cùng 89,25 điểm với DV04, được xếp trên/),
      DV04: expect.stringMatching(/^Suất dẫn đầu: cùng 89,25 điểm với DV03, xếp dưới/),
      DV02: null,
    });
    expect(cluster!.tieBreaks).toEqual([
      {
        cluster: summary.clusters[0]!.cluster.code,
        award: "leading",
        units: ["DV03", "DV04"],
        ahead: 1,
        total: 89.25,
        decidedBy: "appraisedTotal",
        values: [80.25, 77.75],
      },
    ]);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe("thidua tong-hop, human output", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "thidua-report-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("says why the top unit gets no award and how the tie was decided", async () => {
    const bytes = await editXlsx(await sampleBytes({ units: 4 }), (wb: ExcelJS.Workbook) =>
      edits(
        (sheet, row, col) => wb.getWorksheet(sheet)!.getCell(row + 1, col + 1).value as CellValue,
        (sheet, row, col, value) => {
          wb.getWorksheet(sheet)!.getCell(row + 1, col + 1).value = value as ExcelJS.CellValue;
        },
      ),
    );
    writeFileSync(path.join(dir, "cum.xlsx"), bytes);
    let stdout = "";
    const code = await runCli(["tong-hop", "cum.xlsx"], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => undefined },
      now: () => new Date(2023, 0, 5, 9, 30),
      cwd: dir,
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /\(DV01\) — 94 điểm — không xét: lãnh đạo chủ chốt bị kỷ luật hình thức khiển trách\n/,
    );
    expect(stdout).toMatch(/\(DV03\) — 89,25 điểm — Dẫn đầu\n {7}Suất dẫn đầu: cùng 89,25 điểm với DV04/);
    expect(stdout).toContain("DV03 được xếp trên DV04 theo điểm thẩm định");
  });
});
