/**
 * One home for each deadline (core/deadlines.ts, docs/ARCHITECTURE.md): a Thủ Đức workbook made by
 * `thidua mau` for 2024 (year report due 20/10/2024, a Sunday, so Monday 21/10), edited through our
 * own .xlsx writer as a user edits it in Excel. The year-report deadline moved in «Kế hoạch» alone,
 * in «Cấu hình» alone on a workbook without the plan, and in both to different days: the
 * eligibility check (REPORT_LATE) and what is due (`workDue`, `thidua viec-can-lam`) follow the
 * same day. A workbook without «Kế hoạch» keeps its data stamp.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { runCli, type CliIO } from "../../src/cli/main";
import type { Problem } from "../../src/core/model";
import { summarizeBlock } from "../../src/core/summary";
import { problemText } from "../../src/messages/diagnostics";
import { en } from "../../src/messages/en/diagnostics";
import { vi } from "../../src/messages/vi/diagnostics";
import { decodeWorkbook } from "../../src/workbook/decode";
import { inputFingerprint } from "../../src/workbook/fingerprint";
import { Grid } from "../../src/workbook/grid/grid";
import { workDue } from "../../src/workbook/plan-usecases";
import { readUnitEntry } from "../../src/workbook/unit-entry";
import type { WorkbookPort } from "../../src/workbook/port";
import { SHEET, findSheet, sameSheetName } from "../../src/workbook/sheet-names";
import { CONFIG_KEYS, readConfigSheet } from "../../src/workbook/sheets/config";
import { readWorkbook } from "../../src/workbook/usecases";

jest.setTimeout(120_000);

let sample: Uint8Array;
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-deadlines-"));
  try {
    const io: CliIO = {
      stdout: { write: () => undefined },
      stderr: { write: () => undefined },
      now: () => new Date(2024, 11, 2, 9, 0),
      cwd: dir,
      env: {},
    };
    expect(await runCli(["mau", "cum.xlsx", "--preset", "thu-duc-1", "--nam", "2024"], io)).toBe(0);
    sample = new Uint8Array(readFileSync(path.join(dir, "cum.xlsx")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const address = (row: number, col: number): string => `${String.fromCharCode(65 + col)}${row + 1}`;

/** The cell of a sheet's row whose column `keyCol` reads `key`, in column `col`. */
async function cellOf(
  port: WorkbookPort,
  sheet: string,
  keyCol: number,
  key: string,
  col: number,
): Promise<string> {
  const [snapshot] = await port.readSheets([sheet]);
  const grid = new Grid(snapshot!);
  for (let row = 0; row < grid.rowCount; row++) {
    if (grid.text(row, keyCol) === key) return address(row, col);
  }
  throw new Error(`No row «${key}» in «${sheet}».`);
}

/** The year report's end in «Kế hoạch» (column G of task «bao-cao-nam»). */
const planCell = (port: WorkbookPort): Promise<string> => cellOf(port, SHEET.plan, 1, "bao-cao-nam", 6);
/** «Cấu hình»'s «Hạn gửi báo cáo tổng kết». */
const configCell = (port: WorkbookPort): Promise<string> =>
  cellOf(port, SHEET.config, 0, CONFIG_KEYS.endReport, 1);

/** The sample with DV02's year report sent on 24/10/2024 (column H of row 5), and the edits. */
async function workbook(
  edits?: (port: WorkbookPort) => Promise<{ sheet: string; at: string; value: string }[]>,
): Promise<XlsxWorkbook> {
  const wb = await XlsxWorkbook.fromBuffer(sample);
  const more = edits ? await edits(wb) : [];
  await wb.updateCells(
    [{ sheet: SHEET.units, at: "H5", value: "24/10/2024" }, ...more].map((u) => ({
      sheet: u.sheet,
      at: u.at,
      cells: [[u.value]],
    })),
  );
  return wb;
}

/** The workbook as a program that never made «Kế hoạch» shows it. */
function withoutPlan(port: WorkbookPort): WorkbookPort {
  const kept = (name: string): boolean => !sameSheetName(name, SHEET.plan);
  return {
    listSheets: async () => (await port.listSheets()).filter((s) => kept(s.name)),
    readSheets: (names, options) => port.readSheets(names.filter(kept), options),
    writeSheets: (sheets) => port.writeSheets(sheets),
  };
}

async function decoded(port: WorkbookPort): Promise<ReturnType<typeof decodeWorkbook>> {
  return decodeWorkbook((await readWorkbook(port)).sheets);
}

const lateReports = (problems: readonly Problem[]): string[] =>
  problems.flatMap((p) => (p.code === "REPORT_LATE" ? [`${p.params.unit.code} ${p.params.days}`] : []));

async function yearReportDue(
  port: WorkbookPort,
  day: number,
): Promise<{ deadline: string; late: boolean }[]> {
  const due = await workDue(port, { year: 2024, month: 10, day });
  const iso = (d: { year: number; month: number; day: number }): string =>
    `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
  return [
    ...due.due.due
      .filter((i) => i.kind === "year-report")
      .map((i) => ({ deadline: iso(i.deadline), late: false })),
    ...due.due.late
      .filter((i) => i.kind === "year-report")
      .map((i) => ({ deadline: iso(i.deadline), late: true })),
  ];
}

describe("the year-report deadline in one place", () => {
  it("as made: a report sent 24/10 is 3 days late on Monday 21/10, and is late in what is due on 22/10", async () => {
    const wb = await workbook();
    const read = await decoded(wb);
    expect(read.problems.filter((p) => p.code === "PLAN_DEADLINE_DIFFERS")).toEqual([]);
    expect(lateReports(summarizeBlock(read.input).problems)).toEqual(["DV02 3"]);
    expect(await yearReportDue(wb, 22)).toEqual([{ deadline: "2024-10-21", late: true }]);
  });

  it("moved only in «Kế hoạch» to 25/10: the eligibility check and what is due both follow", async () => {
    const wb = await workbook(async (port) => [
      { sheet: SHEET.plan, at: await planCell(port), value: "25/10/2024" },
    ]);
    const read = await decoded(wb);
    expect(read.input.deadlines.endReport).toEqual({ year: 2024, month: 10, day: 25 });
    expect(lateReports(summarizeBlock(read.input).problems)).toEqual([]);
    // «Cấu hình» still says 20/10: the plan wins, and the warning says so.
    expect(read.problems.filter((p) => p.code === "PLAN_DEADLINE_DIFFERS")).toHaveLength(1);
    expect(await yearReportDue(wb, 22)).toEqual([{ deadline: "2024-10-25", late: false }]);
  });

  it("moved only in «Kế hoạch»: the pane's unit entry («Thẩm định») checks the report against the same day", async () => {
    const asOf = { year: 2024, month: 12, day: 2 };
    const before = await readUnitEntry(await workbook(), "DV02", asOf);
    expect(before.eligibility.late.map((l) => [l.report, l.daysLate])).toEqual([["end", 3]]);
    const wb = await workbook(async (port) => [
      { sheet: SHEET.plan, at: await planCell(port), value: "25/10/2024" },
    ]);
    const moved = await readUnitEntry(wb, "DV02", asOf);
    expect(moved.deadlines.endReport).toEqual({ year: 2024, month: 10, day: 25 });
    expect(moved.eligibility.late).toEqual([]);
  });

  it("moved only in «Cấu hình» on a workbook without the plan: both follow «Cấu hình»", async () => {
    const before = withoutPlan(await workbook());
    expect(lateReports(summarizeBlock((await decoded(before)).input).problems)).toEqual(["DV02 3"]);
    expect(await yearReportDue(before, 22)).toEqual([{ deadline: "2024-10-21", late: true }]);

    const wb = withoutPlan(
      await workbook(async (port) => [
        { sheet: SHEET.config, at: await configCell(port), value: "25/10/2024" },
      ]),
    );
    const read = await decoded(wb);
    expect(read.input.deadlines.endReport).toEqual({ year: 2024, month: 10, day: 25 });
    expect(lateReports(summarizeBlock(read.input).problems)).toEqual([]);
    expect(read.problems.filter((p) => p.code === "PLAN_DEADLINE_DIFFERS")).toEqual([]);
    expect(await yearReportDue(wb, 22)).toEqual([{ deadline: "2024-10-25", late: false }]);
  });

  it("moved in both to different days: the plan's is used, and one warning names both cells (vi and en)", async () => {
    let cells = { plan: "", config: "" };
    const wb = await workbook(async (port) => {
      cells = { plan: await planCell(port), config: await configCell(port) };
      return [
        { sheet: SHEET.plan, at: cells.plan, value: "25/10/2024" },
        { sheet: SHEET.config, at: cells.config, value: "30/10/2024" },
      ];
    });
    const read = await decoded(wb);
    expect(read.input.deadlines.endReport).toEqual({ year: 2024, month: 10, day: 25 });
    const warnings = read.problems.filter((p) => p.code === "PLAN_DEADLINE_DIFFERS");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.severity).toBe("warning");
    expect(problemText(vi, warnings[0]!)).toContain(
      `«Kế hoạch» ${cells.plan} ghi 25/10/2024, «Cấu hình» ${cells.config} ghi 30/10/2024: Thi Đua dùng ngày trong kế hoạch`,
    );
    expect(problemText(en, warnings[0]!)).toContain(
      `«Kế hoạch» ${cells.plan} says 25/10/2024, «Cấu hình» ${cells.config} says 30/10/2024: Thi Đua uses the plan's date`,
    );
    expect(await yearReportDue(wb, 22)).toEqual([{ deadline: "2024-10-25", late: false }]);
    // Said once: what is due says it too, but once.
    const due = await workDue(wb, { year: 2024, month: 10, day: 22 });
    expect(due.problems.filter((p) => p.code === "PLAN_DEADLINE_DIFFERS")).toHaveLength(1);
  });
});

describe("a workbook without «Kế hoạch» reads as before", () => {
  it("its deadlines are «Cấu hình»'s, so its data stamp is unchanged", async () => {
    const { sheets } = await readWorkbook(withoutPlan(await workbook()));
    const read = decodeWorkbook(sheets);
    const typed = readConfigSheet(new Grid(findSheet(sheets, SHEET.config)!), []).deadlines;
    expect(read.input.deadlines).toEqual(typed);
    expect(inputFingerprint(read.input)).toBe(inputFingerprint({ ...read.input, deadlines: typed }));
  });

  it("a fresh sample's plan agrees with «Cấu hình» and adds only the deadlines it has no row for", async () => {
    const { sheets } = await readWorkbook(await workbook());
    const read = decodeWorkbook(sheets);
    const typed = readConfigSheet(new Grid(findSheet(sheets, SHEET.config)!), []).deadlines;
    expect(read.input.deadlines).toEqual({
      ...typed,
      summaryMeeting: { year: 2024, month: 11, day: 30 },
      resultsToFederation: { year: 2024, month: 11, day: 1 },
    });
  });

  it("a changed plan date changes the stamp of a workbook with the plan (the deadline is data)", async () => {
    const plain = await decoded(await workbook());
    const moved = await decoded(
      await workbook(async (port) => [{ sheet: SHEET.plan, at: await planCell(port), value: "25/10/2024" }]),
    );
    expect(inputFingerprint(moved.input)).not.toBe(inputFingerprint(plain.input));
  });
});

describe("the results' deadline to the federation", () => {
  const resultsCell = (port: WorkbookPort): Promise<string> =>
    cellOf(port, SHEET.config, 0, CONFIG_KEYS.resultsToFederation, 1);

  it("is the plan's «Kết quả về cấp trên» task where the plan has one, moved there alone", async () => {
    const wb = await workbook(async (port) => [
      { sheet: SHEET.plan, at: await cellOf(port, SHEET.plan, 1, "ket-qua", 6), value: "05/11/2024" },
    ]);
    const read = await decoded(wb);
    expect(read.input.deadlines.resultsToFederation).toEqual({ year: 2024, month: 11, day: 5 });
    expect(
      read.problems.filter((p) => p.code === "PLAN_DEADLINE_DIFFERS").map((p) => p.params),
    ).toMatchObject([{ deadline: "resultsToFederation", plan: { day: 5 }, config: { day: 1 } }]);
  });

  it("is «Cấu hình»'s row on a workbook without the plan, and what is due lists it for the head", async () => {
    const wb = withoutPlan(
      await workbook(async (port) => [
        { sheet: SHEET.config, at: await resultsCell(port), value: "08/11/2024" },
      ]),
    );
    expect((await decoded(wb)).input.deadlines.resultsToFederation).toEqual({
      year: 2024,
      month: 11,
      day: 8,
    });
    const due = await workDue(wb, { year: 2024, month: 11, day: 1 });
    expect(due.due.due.filter((i) => i.kind === "results").map((i) => [i.task, i.owners])).toEqual([
      ["cau-hinh-resultsToFederation", [{ role: "head" }]],
    ]);
  });

  it("is absent, as before, from a workbook whose «Cấu hình» has no such row and no plan", async () => {
    const wb = withoutPlan(
      await workbook(async (port) => [
        { sheet: SHEET.config, at: (await resultsCell(port)).replace("B", "A"), value: "" },
        { sheet: SHEET.config, at: await resultsCell(port), value: "" },
      ]),
    );
    const read = await decoded(wb);
    expect(read.input.deadlines.resultsToFederation).toBeUndefined();
    expect(read.problems.filter((p) => p.severity === "error")).toEqual([]);
  });
});
