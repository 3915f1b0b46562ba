import { fromExcelSerial } from "../../../src/core/calendar";
import type { CalendarDate } from "../../../src/core/model";
import { problemText } from "../../../src/messages/diagnostics";
import { en } from "../../../src/messages/en/diagnostics";
import { vi } from "../../../src/messages/vi/diagnostics";
import { Grid } from "../../../src/workbook/grid/grid";
import { SHEET } from "../../../src/workbook/sheet-names";
import {
  readSubmissionsSheet,
  submissionAppends,
  submissionsSheet,
  SUBMISSION_COLUMNS,
} from "../../../src/workbook/sheets/submissions";
import { evaluate, readWorkbook } from "../../../src/workbook/usecases";
import type { Problem } from "../../../src/core/model";
import { MemoryPort } from "../memory-port";
import { sampleMemory } from "../sample";

const d = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });

/** The sheet as a grid, after the template wrote it into a memory workbook. */
async function sheetGrid(port: MemoryPort): Promise<Grid> {
  const [snapshot] = await port.readSheets([SHEET.submissions]);
  return new Grid(snapshot!);
}

describe("the sheet «Đăng ký và nộp»", () => {
  it("holds the sample's registrations, pacts and reports as rows, and the unit list leaves those cells empty", async () => {
    const port = await sampleMemory({ preset: "kon-tum", units: 8 });
    const problems: Problem[] = [];
    const read = readSubmissionsSheet(await sheetGrid(port), problems);
    expect(problems).toEqual([]);
    // 8 units: each registered, reported twice; the last did not sign the pact.
    const count = (item: string) => read.entries.filter((e) => e.item === item).length;
    expect([count("registration"), count("pact"), count("mid-report"), count("year-report")]).toEqual([
      8, 7, 8, 8,
    ]);
    for (const col of ["E", "F", "G", "H"]) expect(port.get(SHEET.units, `${col}4`)).toBeNull();
  });

  it("gives the sample the same exclusions and late reports as the unit list's columns gave", async () => {
    // Thủ Đức's year report has a deadline (20/10), so the sample's late report shows.
    const port = await sampleMemory({ preset: "thu-duc-1", units: 8 });
    const summary = evaluate(await readWorkbook(port)).summary!;
    const excluded = summary.clusters.flatMap((c) =>
      c.units.filter((u) => !u.considered).map((u) => [u.code, u.exclusions.map((e) => e.rule)]),
    );
    // The last unit did not sign the pact; the one before had a leader reprimanded (units.ts, sampleFacts).
    expect(excluded).toEqual(
      expect.arrayContaining([
        ["DV08", ["not-registered"]],
        ["DV07", ["discipline"]],
      ]),
    );
    const late = summary.problems.filter((p) => p.code === "REPORT_LATE");
    expect(late).toHaveLength(1);
    expect(late[0]!.at?.sheet).toBe(SHEET.submissions);
  });

  it("leaves out a row whose date, item or outcome cannot be read, naming its cell in both languages", async () => {
    const sheet = submissionsSheet([
      { unit: "DV01", name: "Một", item: "registration", on: d(2024, 3, 1) },
      { unit: "DV02", name: "Hai", item: "pact", on: d(2024, 3, 2) },
    ]);
    const port = new MemoryPort();
    void port.writeSheets([sheet]);
    port.set(SHEET.submissions, "D5", "31/02/2024");
    port.set(SHEET.submissions, "A6", "DV03");
    port.set(SHEET.submissions, "C6", "Quà Tết");
    port.set(SHEET.submissions, "D6", "01/03/2024");
    port.set(SHEET.submissions, "A7", "DV04");
    port.set(SHEET.submissions, "C7", "Báo cáo năm");
    port.set(SHEET.submissions, "D7", "05/12/2024");
    port.set(SHEET.submissions, "E7", "Trả lại");
    const problems: Problem[] = [];
    const [snapshot] = await port.readSheets([SHEET.submissions]);
    const grid = new Grid(snapshot!);
    const read = readSubmissionsSheet(grid, problems);
    expect(read.entries.map((e) => [e.unit, e.item, e.outcome])).toEqual([
      ["DV01", "registration", "received"],
      ["DV04", "year-report", "returned"],
    ]);
    expect(problems.map((p) => [p.code, p.params, p.at && `${p.at.row},${p.at.col}`])).toEqual([
      ["WB_SUBMISSION_CELL_INVALID", { field: "date", shown: "31/02/2024" }, "4,3"],
      ["WB_SUBMISSION_CELL_INVALID", { field: "item", shown: "Quà Tết" }, "5,2"],
    ]);
    expect(problemText(vi, problems[0]!)).toContain("Đăng ký và nộp");
    expect(problemText(vi, problems[0]!)).toContain("31/02/2024");
    expect(problemText(en, problems[1]!)).toContain("choose an item from the list");
  });

  it("appends rows after the last one and touches no cell already written", async () => {
    const port = await sampleMemory({ preset: "thu-duc-1", units: 3 });
    const grid = await sheetGrid(port);
    const read = readSubmissionsSheet(grid, []);
    const before = port.sheets.find((s) => s.name === SHEET.submissions)!.values.map((r) => [...r]);
    const updates = submissionAppends(read.place!, [
      { unit: "DV02", name: "Hai", item: "self-score", on: d(2022, 10, 18), content: "DV02 - Hai.xlsx" },
    ]);
    expect(updates.every((u) => Number(u.at.replace(/[A-Z]+/, "")) === before.length + 1)).toBe(true);
    await port.updateCells(updates);
    const after = port.sheets.find((s) => s.name === SHEET.submissions)!.values;
    expect(after.slice(0, before.length)).toEqual(before);
    const again = readSubmissionsSheet(await sheetGrid(port), []);
    const last = again.entries[again.entries.length - 1]!;
    expect([last.unit, last.item, last.on, last.content]).toEqual([
      "DV02",
      "self-score",
      d(2022, 10, 18),
      "DV02 - Hai.xlsx",
    ]);
    // The date is a real date cell, not text.
    const dateCell = after[after.length - 1]![Object.keys(SUBMISSION_COLUMNS).indexOf("date")];
    expect(fromExcelSerial(dateCell as number)).toEqual(d(2022, 10, 18));
  });
});
