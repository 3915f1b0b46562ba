/**
 * Issue 12, as a new user meets it on the command line: one evaluation makes both sheets with one
 * stamp; a tie nobody voted on leaves its places open and `tong-hop` says so with exit code 3;
 * recorded votes settle the summary and the recommendation together; `kiem-tra` says when the
 * sheets in a file are out of date.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { EXIT_AWAITING_VOTE, EXIT_OK, runCli, type CliIO } from "../../src/cli/main";
import type { JsonReport } from "../../src/cli/report";
import type { CellValue } from "../../src/core/model";
import { fingerprintOfSheet } from "../../src/workbook/generated/summary";
import { SHEET } from "../../src/workbook/sheet-names";
import { generateResults, recordVotes } from "../../src/workbook/usecases";
import { editXlsx, sampleBytes } from "../workbook/sample";

jest.setTimeout(120_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-one-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function thidua(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    now: () => new Date(2023, 0, 5, 9, 30),
    cwd: dir,
    env: {},
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/**
 * Thủ Đức's cluster (1 leading + 1 excellent), five units: DV02 scored exactly as DV01, the others
 * far below — DV01 and DV02 tie at the top and nobody has voted.
 */
async function tiedAtTheTop(): Promise<Uint8Array> {
  const bytes = await sampleBytes({ preset: "thu-duc-1", units: 5 });
  return editXlsx(bytes, (wb: ExcelJS.Workbook) => {
    const source = wb.getWorksheet("DV01")!;
    const copy = wb.getWorksheet("DV02")!;
    source.eachRow((row, r) => {
      if (r <= 3) return;
      for (const c of [5, 6]) copy.getCell(r, c).value = row.getCell(c).value;
    });
    for (const name of ["DV03", "DV04", "DV05"]) {
      const sheet = wb.getWorksheet(name)!;
      sheet.eachRow((row, r) => {
        if (r > 3 && typeof row.getCell(5).value === "number") row.getCell(5).value = 0;
      });
    }
  });
}

async function sheetValues(file: string, name: string): Promise<CellValue[][]> {
  const wb = await XlsxWorkbook.fromBuffer(new Uint8Array(readFileSync(path.join(dir, file))));
  const [sheet] = await wb.readSheets([name]);
  return sheet!.values as CellValue[][];
}

const strings = (values: CellValue[][]): string[] =>
  values.flat().filter((v): v is string => typeof v === "string");

describe("a tie at the last place with no votes yet", () => {
  it("leaves the places open in the recommendation, names the tied units under it and exits with code 3", async () => {
    writeFileSync(path.join(dir, "cum.xlsx"), await tiedAtTheTop());
    const run = await thidua("tong-hop", "cum.xlsx", "--lang", "vi");
    expect(run.code).toBe(EXIT_AWAITING_VOTE);
    expect(EXIT_AWAITING_VOTE).toBe(3);
    expect(run.stdout).toMatch(/Còn 2 suất chờ bỏ phiếu/);

    const recommendation = await sheetValues("cum-tong-hop.xlsx", SHEET.recommendation);
    const units = ["DV01", "DV02", "DV03", "DV04", "DV05"];
    const summary = await sheetValues("cum-tong-hop.xlsx", SHEET.summary);
    const names = summary.filter((r) => units.includes(r[1] as string)).map((r) => r[2] as string);
    // No unit is named in the table: both places are open rows.
    const tableRows = recommendation.filter((r) => typeof r[0] === "number");
    expect(tableRows.map((r) => r[1])).toEqual(["(Suất còn để trống)", "(Suất còn để trống)"]);
    // The tied units are named under the table.
    const notes = strings(recommendation).filter((t) => t.startsWith("Chờ bỏ phiếu:"));
    expect(notes).toHaveLength(2);
    for (const note of notes) expect(note).toContain(`${names[0]}, ${names[1]}`);
    // The summary says the same: both tied units await the vote.
    const awards = summary.filter((r) => units.includes(r[1] as string)).map((r) => r[14]);
    expect(awards.slice(0, 2)).toEqual(["Chờ bỏ phiếu", "Chờ bỏ phiếu"]);
  });

  it("says the exit code in --help", async () => {
    const help = await thidua("tong-hop", "--help", "--lang", "en");
    expect(help.stdout).toMatch(/3 written, but places await a vote/);
    const main = await thidua("--help", "--lang", "vi");
    expect(main.stdout).toMatch(/3 \(tong-hop\) đã lập nhưng còn suất chờ bỏ phiếu/);
  });

  it("says in --json how many places await a vote, with the same stamp both sheets carry", async () => {
    writeFileSync(path.join(dir, "cum.xlsx"), await tiedAtTheTop());
    const run = await thidua("tong-hop", "cum.xlsx", "--json");
    expect(run.code).toBe(EXIT_AWAITING_VOTE);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.placesAwaitingVote).toBe(2);
    expect(report.stamp).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintOfSheet(await sheetValues("cum-tong-hop.xlsx", SHEET.summary))).toBe(report.stamp);
    expect(fingerprintOfSheet(await sheetValues("cum-tong-hop.xlsx", SHEET.recommendation))).toBe(
      report.stamp,
    );
  });
});

describe("votes recorded", () => {
  it("settles the summary and the recommendation together: both name the winner, with one stamp", async () => {
    const wb = await XlsxWorkbook.fromBuffer(await tiedAtTheTop());
    await generateResults(wb, { now: { year: 2023, month: 1, day: 5 } });
    const results = await recordVotes(
      wb,
      new Map([
        ["DV02", 4],
        ["DV01", 1],
      ]),
      { regenerate: { now: { year: 2023, month: 1, day: 6 } } },
    );
    expect(results).not.toBeNull();
    expect(results!.placesAwaitingVote).toBe(0);
    const [summary, recommendation] = await wb.readSheets([SHEET.summary, SHEET.recommendation]);
    const row = (code: string): readonly unknown[] => summary!.values.find((r) => r[1] === code)!;
    expect(row("DV02")[14]).toBe("Dẫn đầu");
    expect(row("DV01")[14]).toBe("Xuất sắc");
    expect(strings(summary!.values as CellValue[][])).not.toContain("Chờ bỏ phiếu");
    const table = recommendation!.values.filter((r) => typeof r[0] === "number");
    expect(table.map((r) => [r[1], r[4]])).toEqual([
      [row("DV02")[2], "Bằng khen (đơn vị dẫn đầu)"],
      [row("DV01")[2], "Bằng khen (đơn vị xuất sắc)"],
    ]);
    expect(fingerprintOfSheet(summary!.values)).toBe(results!.stamp);
    expect(fingerprintOfSheet(recommendation!.values)).toBe(results!.stamp);
  });
});

describe("thidua kiem-tra and the generated sheets' stamp", () => {
  it("says nothing of staleness right after tong-hop, and says it once a score changed", async () => {
    writeFileSync(path.join(dir, "cum.xlsx"), await sampleBytes({ units: 4 }));
    expect((await thidua("tong-hop", "cum.xlsx")).code).toBe(EXIT_OK);
    const fresh = await thidua("kiem-tra", "cum-tong-hop.xlsx", "--json");
    const freshReport = JSON.parse(fresh.stdout) as JsonReport;
    expect(freshReport.generatedSheets).toEqual({
      summary: "current",
      recommendation: "current",
      stale: false,
    });

    const changed = await editXlsx(
      new Uint8Array(readFileSync(path.join(dir, "cum-tong-hop.xlsx"))),
      (wb) => {
        const sheet = wb.getWorksheet("DV01")!;
        sheet.eachRow((row, r) => {
          if (r > 3 && typeof row.getCell(5).value === "number" && row.getCell(5).value !== 0)
            row.getCell(5).value = 0;
        });
      },
    );
    writeFileSync(path.join(dir, "doi.xlsx"), changed);
    const stale = await thidua("kiem-tra", "doi.xlsx", "--lang", "vi");
    expect(stale.stdout).toMatch(/«Bảng tổng hợp» và «Đề nghị khen thưởng» trong sổ đã cũ/);
    const report = JSON.parse((await thidua("kiem-tra", "doi.xlsx", "--json")).stdout) as JsonReport;
    expect(report.generatedSheets).toEqual({ summary: "stale", recommendation: "stale", stale: true });
    expect(report.stamp).not.toBe(freshReport.stamp);
  });
});
