/** What a cluster workbook may hold: each limit accepted at its number, refused one past it, with the place. */
import type { CellValue } from "../../src/core/model";
import { DECODE_PROBLEM, decodeWorkbook } from "../../src/workbook/decode";
import { SHEET } from "../../src/workbook/sheet-names";
import { WORKBOOK_LIMITS } from "../../src/workbook/limits";
import type { SheetSnapshot } from "../../src/workbook/port";
import { generateSummary, validateWorkbook } from "../../src/workbook/usecases";
import { MemoryPort } from "./memory-port";
import { sampleMemory } from "./sample";
import { refusalOf } from "../support/say";
import { cellAt } from "../support/cells";

async function snapshots(port: MemoryPort): Promise<readonly SheetSnapshot[]> {
  return port.readSheets((await port.listSheets()).map((s) => s.name));
}

function limitCodes(sheets: readonly SheetSnapshot[]): string[] {
  return decodeWorkbook(sheets)
    .problems.filter((p) => p.code.startsWith("WB_TOO") || p.code === DECODE_PROBLEM.TEXT_TOO_LONG)
    .map((p) => p.code);
}

function withRows(sheets: readonly SheetSnapshot[], name: string, rows: CellValue[][]): SheetSnapshot[] {
  return sheets.map((s) => (s.name === name ? { ...s, values: [...s.values, ...rows] } : s));
}

describe("the workbook's limits", () => {
  it("reads a sheet up to its row limit, and refuses one that uses a row more, naming the first row past it", async () => {
    const sheets = await snapshots(await sampleMemory({ units: 2 }));
    const used = sheets.find((s) => s.name === SHEET.units)!.values.length;
    const pad = (total: number): CellValue[][] =>
      Array.from({ length: total - used }, (_, i) => (i === total - used - 1 ? ["ghi chú"] : []));
    expect(limitCodes(withRows(sheets, SHEET.units, pad(WORKBOOK_LIMITS.rowsPerSheet)))).toEqual([]);
    const past = decodeWorkbook(withRows(sheets, SHEET.units, pad(WORKBOOK_LIMITS.rowsPerSheet + 1)));
    expect(past.exceedsLimits).toBe(true);
    expect(past.problems).toContainEqual(
      expect.objectContaining({
        code: DECODE_PROBLEM.TOO_MANY_ROWS,
        severity: "error",
        at: cellAt(SHEET.units, `A${WORKBOOK_LIMITS.rowsPerSheet + 1}`),
      }),
    );
  });

  it("does not count a tail of empty rows (Office.js reads formatted cells too)", async () => {
    const sheets = await snapshots(await sampleMemory({ units: 2 }));
    const blank = Array.from({ length: WORKBOOK_LIMITS.rowsPerSheet + 10 }, (): CellValue[] => [null, "  "]);
    expect(limitCodes(withRows(sheets, "DV01", blank))).toEqual([]);
  });

  it("takes as many units as the limit, and refuses one more at its code's cell", async () => {
    const sheets = await snapshots(await sampleMemory({ units: 2 }));
    const unitRows = (count: number): CellValue[][] =>
      Array.from({ length: count - 2 }, (_, i) => [`X${i + 3}`, `Đơn vị ${i + 3}`]);
    expect(limitCodes(withRows(sheets, SHEET.units, unitRows(WORKBOOK_LIMITS.units)))).toEqual([]);
    const past = decodeWorkbook(withRows(sheets, SHEET.units, unitRows(WORKBOOK_LIMITS.units + 1)));
    expect(past.problems).toContainEqual(
      expect.objectContaining({
        code: DECODE_PROBLEM.TOO_MANY_UNITS,
        at: cellAt(SHEET.units, `A${WORKBOOK_LIMITS.units + 1 + 3}`),
      }),
    );
    // Past the limit, the scoring sheets are not looked for: one refusal, not two thousand.
    expect(past.problems.filter((p) => p.code === DECODE_PROBLEM.UNIT_SHEET_MISSING)).toEqual([]);
  });

  it("takes as many criteria as the limit, and refuses one more", async () => {
    const sheets = await snapshots(await sampleMemory({ units: 2 }));
    const criteria = sheets.find((s) => s.name === SHEET.criteria)!.values.length - 3;
    const rows = (count: number): CellValue[][] =>
      Array.from({ length: count - criteria }, (_, i) => [`X.${i}`, "Thêm", 0]);
    expect(limitCodes(withRows(sheets, SHEET.criteria, rows(WORKBOOK_LIMITS.criteria)))).toEqual([]);
    expect(limitCodes(withRows(sheets, SHEET.criteria, rows(WORKBOOK_LIMITS.criteria + 1)))).toEqual([
      DECODE_PROBLEM.TOO_MANY_CRITERIA,
    ]);
  });

  it("takes a cell of Excel's longest text, and refuses a longer one at its cell", async () => {
    const port = await sampleMemory({ units: 2 });
    port.set(SHEET.units, "B4", "a".repeat(WORKBOOK_LIMITS.cellText));
    expect(limitCodes(await snapshots(port))).toEqual([]);
    port.set(SHEET.units, "B4", "a".repeat(WORKBOOK_LIMITS.cellText + 1));
    expect(decodeWorkbook(await snapshots(port)).problems).toContainEqual(
      expect.objectContaining({
        code: DECODE_PROBLEM.TEXT_TOO_LONG,
        at: cellAt(SHEET.units, "B4"),
      }),
    );
  });

  it("computes nothing past a limit: validation gives only the reading's problems, generation refuses", async () => {
    const port = await sampleMemory({ units: 2 });
    port.set(SHEET.units, "B4", "a".repeat(WORKBOOK_LIMITS.cellText + 1));
    const { summary, problems } = await validateWorkbook(port);
    expect(summary).toBeNull();
    expect(problems.map((p) => p.code)).toEqual([DECODE_PROBLEM.TEXT_TOO_LONG]);
    await expect(generateSummary(port, { now: { year: 2023, month: 1, day: 5 } })).rejects.toMatchObject({
      code: "WORKBOOK_TOO_LARGE",
      problems: [expect.objectContaining({ code: DECODE_PROBLEM.TEXT_TOO_LONG })],
    });
    expect(port.writes).toBe(0);
  });

  it("refuses a workbook with more sheets than the limit, whatever the adapter", async () => {
    const port = new MemoryPort();
    await port.writeSheets(
      Array.from({ length: WORKBOOK_LIMITS.sheets + 1 }, (_, i) => ({
        name: `T${i}`,
        generated: false,
        blocks: [],
      })),
    );
    await expect(validateWorkbook(port)).rejects.toMatchObject({ code: "WORKBOOK_TOO_MANY_SHEETS" });
    expect(await refusalOf(validateWorkbook(port))).toContain("2.101 trang");
  });
});
