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
  type SubmissionRow,
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
  it("is made empty by the template, the sample's facts staying in «Đơn vị»", async () => {
    const port = await sampleMemory({ preset: "kon-tum", units: 4 });
    const read = readSubmissionsSheet(await sheetGrid(port), []);
    expect(read.entries).toEqual([]);
    expect(port.get(SHEET.units, "E4")).toBe("Có");
  });

  it("gives a workbook whose facts moved from «Đơn vị» into rows the same exclusions and late reports", async () => {
    // Thủ Đức's year report has a deadline (20/10), so the sample's late report shows.
    const port = await sampleMemory({ preset: "thu-duc-1", units: 8 });
    const before = evaluate(await readWorkbook(port)).summary!;
    // Move each unit's four facts into rows, as a head who adopts the sheet would, emptying the cells.
    const units = port.sheets.find((s) => s.name === SHEET.units)!.values;
    const rows: SubmissionRow[] = [];
    for (let r = 3; r < units.length; r++) {
      const [code, name, , , reg, pact, mid, end] = units[r]!;
      if (typeof code !== "string" || code === "") continue;
      const unit = { unit: code, name: typeof name === "string" ? name : code };
      if (reg === "Có") rows.push({ ...unit, item: "registration", on: d(2022, 3, 10) });
      if (pact === "Có") rows.push({ ...unit, item: "pact", on: d(2022, 3, 20) });
      if (typeof mid === "number") rows.push({ ...unit, item: "mid-report", on: fromExcelSerial(mid) });
      if (typeof end === "number") rows.push({ ...unit, item: "year-report", on: fromExcelSerial(end) });
      for (const col of [4, 5, 6, 7]) units[r]![col] = null;
    }
    await port.updateCells(submissionAppends(readSubmissionsSheet(await sheetGrid(port), []).place!, rows));
    const after = evaluate(await readWorkbook(port)).summary!;
    const standing = (s: typeof before) =>
      s.clusters.flatMap((c) => c.units.map((u) => [u.code, u.considered, u.exclusions]));
    expect(standing(after)).toEqual(standing(before));
    expect(standing(after).filter(([, considered]) => !considered).length).toBeGreaterThan(0);
    const late = (s: typeof before) => s.problems.filter((p) => p.code === "REPORT_LATE");
    expect(late(after).map((p) => p.params)).toEqual(late(before).map((p) => p.params));
    expect(late(after)).toHaveLength(1);
    // The late report now names its row of «Đăng ký và nộp».
    expect(late(after)[0]!.at?.sheet).toBe(SHEET.submissions);
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
    const place = async () => readSubmissionsSheet(await sheetGrid(port), []).place!;
    // The template's one empty table row (A4) takes the first entry.
    const first = submissionAppends(await place(), [
      { unit: "DV01", name: "Một", item: "registration", on: d(2022, 3, 15), content: "Cờ thi đua" },
    ]);
    expect(new Set(first.map((u) => u.at.replace(/[A-Z]+/, "")))).toEqual(new Set(["4"]));
    await port.updateCells(first);
    const before = port.sheets.find((s) => s.name === SHEET.submissions)!.values.map((r) => [...r]);
    const second = submissionAppends(await place(), [
      { unit: "DV02", name: "Hai", item: "self-score", on: d(2022, 10, 18), content: "DV02 - Hai.xlsx" },
    ]);
    expect(new Set(second.map((u) => u.at.replace(/[A-Z]+/, "")))).toEqual(new Set(["5"]));
    await port.updateCells(second);
    const after = port.sheets.find((s) => s.name === SHEET.submissions)!.values;
    expect(after.slice(0, before.length)).toEqual(before);
    const again = readSubmissionsSheet(await sheetGrid(port), []);
    expect(again.entries.map((e) => [e.unit, e.item, e.on, e.content])).toEqual([
      ["DV01", "registration", d(2022, 3, 15), "Cờ thi đua"],
      ["DV02", "self-score", d(2022, 10, 18), "DV02 - Hai.xlsx"],
    ]);
    // The date is a real date cell, not text.
    const dateCell = after[4]![Object.keys(SUBMISSION_COLUMNS).indexOf("date")];
    expect(fromExcelSerial(dateCell as number)).toEqual(d(2022, 10, 18));
  });
});
