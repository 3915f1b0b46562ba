/**
 * Helpers for the collect tests: a memory port that can write into existing cells (the operation a
 * merge needs), unit files written as real .xlsx bytes, and a unit filling its file in "Excel"
 * (exceljs, as a user would, protection notwithstanding).
 */
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import type { CalendarDate, CellValue } from "../../src/core/model";
import type { PresetId } from "../../src/core/presets";
import { sampleUnits } from "../../src/cli/main";
import {
  unreadableReason,
  type ReturnedFile,
  type UnitFileToWrite,
} from "../../src/workbook/collect/usecases";
import type { SheetWrite } from "../../src/workbook/port";
import { findSheet } from "../../src/workbook/sheet-names";
import { createClusterWorkbook, type NewUnit } from "../../src/workbook/usecases";
import { MemoryPort } from "./memory-port";

/** The memory port with a row reader for the collect tests. */
export class CellMemoryPort extends MemoryPort {
  row(sheet: string, row: number): readonly CellValue[] {
    return findSheet(this.sheets, sheet)?.values[row] ?? [];
  }
}

export interface ClusterOptions {
  readonly preset?: PresetId;
  readonly units?: number | readonly NewUnit[];
  readonly year?: number;
  readonly clusterName?: string;
  readonly sampleScores?: boolean;
}

export async function clusterMemory(options: ClusterOptions = {}): Promise<CellMemoryPort> {
  const preset = options.preset ?? "kon-tum";
  const port = new CellMemoryPort();
  await createClusterWorkbook(port, {
    presetId: preset,
    year: options.year ?? 2024,
    units: typeof options.units === "object" ? options.units : sampleUnits(preset, options.units ?? 4, true),
    sampleScores: options.sampleScores ?? false,
    seed: 7,
    ...(options.clusterName ? { clusterName: options.clusterName } : {}),
  });
  port.reads = 0;
  port.writes = 0;
  return port;
}

/** The sheets of one unit file, written into a new .xlsx as the command does. */
export async function xlsxOf(sheets: readonly SheetWrite[]): Promise<Uint8Array> {
  const wb = XlsxWorkbook.empty();
  await wb.writeSheets(sheets);
  return wb.toBuffer();
}

export async function unitFileBytes(file: UnitFileToWrite): Promise<Uint8Array> {
  return xlsxOf(file.sheets);
}

/** A criterion row of a unit file as exceljs sees it (1-based row). */
export interface FileRow {
  readonly row: number;
  readonly code: string;
  readonly section: boolean;
  readonly kind: string;
  readonly max: number;
}

const HEADER_ROW = 6;

export function fileRows(ws: ExcelJS.Worksheet): FileRow[] {
  const rows: FileRow[] = [];
  for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const code = ws.getCell(r, 1).value;
    if (typeof code !== "string" || code === "") continue;
    const kindValue = ws.getCell(r, 3).value;
    const kind = typeof kindValue === "string" ? kindValue : "";
    rows.push({ row: r, code, section: kind === "Mục", kind, max: Number(ws.getCell(r, 4).value) });
  }
  return rows;
}

/** Opens a unit file in "Excel", lets `edit` change it, saves it. */
export async function editUnitFile(
  bytes: Uint8Array,
  edit: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets.find((s) => s.name !== "Thông tin tệp");
  if (!ws) throw new Error("no score sheet");
  edit(ws, wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** «Ngày chấm điểm» of a unit file (1-based row, column): the cell right of its label, above the header. */
export const FILLED_CELL = { row: 4, col: 5 } as const;

/** Types `on` into «Ngày chấm điểm» as Excel stores a date typed there. */
export function setFilledDate(ws: ExcelJS.Worksheet, on: CalendarDate | string): void {
  ws.getCell(FILLED_CELL.row, FILLED_CELL.col).value =
    typeof on === "string" ? on : new Date(Date.UTC(on.year, on.month - 1, on.day));
}

/**
 * Fills every scored row with `scoreOf(row)` (null leaves the cell empty) and an optional note; with
 * `filledOn`, types the day the unit scored into «Ngày chấm điểm».
 */
export function fillScores(
  bytes: Uint8Array,
  scoreOf: (row: FileRow) => number | string | null,
  noteOf: (row: FileRow) => string | null = () => null,
  filledOn: CalendarDate | null = null,
): Promise<Uint8Array> {
  return editUnitFile(bytes, (ws) => {
    if (filledOn !== null) setFilledDate(ws, filledOn);
    for (const row of fileRows(ws)) {
      if (row.section) continue;
      ws.getCell(row.row, 5).value = scoreOf(row);
      ws.getCell(row.row, 6).value = noteOf(row);
    }
  });
}

export const TODAY: CalendarDate = { year: 2024, month: 10, day: 18 };

/** A returned file as the command or the pane hands it to the use case. */
export async function returned(
  name: string,
  bytes: Uint8Array,
  receivedAt = 0,
  mergedOn: CalendarDate = TODAY,
): Promise<ReturnedFile> {
  try {
    return { name, receivedAt, mergedOn, workbook: await XlsxWorkbook.fromBuffer(bytes) };
  } catch (error) {
    return { name, receivedAt, mergedOn, workbook: { unreadable: unreadableReason(error) } };
  }
}
