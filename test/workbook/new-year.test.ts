/**
 * «Năm mới» as a use case on a workbook in memory: what the pane's preview shows is what the
 * command writes, and the holidays the user typed by hand in «Cấu hình» are carried into the new
 * year beside the calendar's (the user's own rows kept, with their names).
 */
import { toExcelSerial, vietnamPublicHolidays } from "../../src/core/calendar";
import { newYearWorkbook, previewNewYear } from "../../src/workbook/new-year";
import { SHEET } from "../../src/workbook/sheet-names";
import { MemoryPort } from "./memory-port";
import { sampleMemory } from "./sample";

jest.setTimeout(60_000);

/** The holiday table's rows of «Cấu hình»: [date serial, name]. */
function holidayRows(port: MemoryPort): { rows: unknown[][]; header: number } {
  const config = port.sheets.find((s) => s.name === SHEET.config)!;
  const header = config.values.findIndex((r) => r[0] === "Ngày nghỉ");
  const rows: unknown[][] = [];
  for (
    let r = header + 1;
    r < config.values.length && config.values[r]!.some((v) => v !== null && v !== "");
    r++
  )
    rows.push([...config.values[r]!]);
  return { rows, header };
}

async function withOfficers(): Promise<MemoryPort> {
  const port = await sampleMemory({ preset: "thu-duc-1", units: 5, year: 2025 });
  const config = port.sheets.find((s) => s.name === SHEET.config)!;
  const header = config.values.findIndex((r) => r[0] === "Mã cụm");
  const col = config.values[header]!.indexOf("Cụm trưởng");
  config.values[header + 1]![col] = "DV01";
  config.values[header + 1]![col + 1] = "DV02";
  return port;
}

describe("newYearWorkbook", () => {
  it("carries the holidays typed by hand a year on, beside the new year's public holidays", async () => {
    const port = await withOfficers();
    const config = port.sheets.find((s) => s.name === SHEET.config)!;
    const { rows, header } = holidayRows(port);
    // The user types two rows of their own at the end of the table.
    const at = header + 1 + rows.length;
    config.values.splice(
      at,
      0,
      [toExcelSerial({ year: 2025, month: 3, day: 24 }), "Ngày giải phóng tỉnh"],
      [toExcelSerial({ year: 2025, month: 11, day: 20 }), "Nghỉ theo quyết định của tỉnh"],
    );
    const target = new MemoryPort();
    const result = await newYearWorkbook(port, target, { deputy: "DV03" });
    expect(result.written).toBe(true);
    const written = holidayRows(target).rows;
    const serial = (year: number, month: number, day: number) => toExcelSerial({ year, month, day });
    expect(written).toContainEqual([serial(2026, 3, 24), "Ngày giải phóng tỉnh"]);
    expect(written).toContainEqual([serial(2026, 11, 20), "Nghỉ theo quyết định của tỉnh"]);
    // The calendar's days of the new period are there, unnamed; last year's own days are not kept twice.
    for (const day of vietnamPublicHolidays(2026))
      expect(written.map((r) => r[0])).toContain(serial(day.year, day.month, day.day));
    expect(written.map((r) => r[0])).not.toContain(serial(2025, 3, 24));
  });

  it("writes what the preview showed: the period, the units, the officers", async () => {
    const port = await withOfficers();
    const preview = await previewNewYear(port, { deputy: "DV04" });
    const result = await newYearWorkbook(port, new MemoryPort(), { deputy: "DV04" });
    expect(result).toEqual({
      problems: preview.problems,
      written: preview.written,
      period: preview.period,
      units: preview.units,
      historyRows: preview.historyRows,
      officers: preview.officers,
    });
    expect(preview.clusters).toEqual([
      expect.objectContaining({ head: "DV02", deputy: "DV04", members: expect.any(Array) }),
    ]);
  });
});
