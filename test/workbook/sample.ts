/** Sample cluster workbooks for the tests, made through the product's own use case (seeded, so stable). */
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import type { PresetId } from "../../src/core/presets";
import { sampleUnits } from "../../src/cli/main";
import { createClusterWorkbook, type NewUnit } from "../../src/workbook/usecases";
import { MemoryPort } from "./memory-port";

export interface SampleOptions {
  readonly preset?: PresetId;
  readonly units?: number | readonly NewUnit[];
  readonly seed?: number;
  readonly year?: number;
}

function unitsOf(options: SampleOptions): readonly NewUnit[] {
  const preset = options.preset ?? "kon-tum";
  return typeof options.units === "object" ? options.units : sampleUnits(preset, options.units ?? 8, true);
}

export async function sampleXlsx(options: SampleOptions = {}): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.empty();
  await createClusterWorkbook(wb, {
    presetId: options.preset ?? "kon-tum",
    year: options.year ?? 2022,
    units: unitsOf(options),
    sampleScores: true,
    seed: options.seed ?? 1,
  });
  return wb;
}

export async function sampleBytes(options: SampleOptions = {}): Promise<Uint8Array> {
  return (await sampleXlsx(options)).toBuffer();
}

export async function sampleMemory(options: SampleOptions = {}): Promise<MemoryPort> {
  const port = new MemoryPort();
  await createClusterWorkbook(port, {
    presetId: options.preset ?? "kon-tum",
    year: options.year ?? 2022,
    units: unitsOf(options),
    sampleScores: true,
    seed: options.seed ?? 1,
  });
  port.reads = 0;
  port.writes = 0;
  return port;
}

/** Edits an .xlsx with exceljs directly, as a user in Excel would. */
export async function editXlsx(bytes: Uint8Array, edit: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
