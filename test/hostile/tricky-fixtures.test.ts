/**
 * Every workbook in test/fixtures/tricky/ is accepted and comes out right and safe: the figures and
 * names expected, text that looks like a formula written back as text, the input unchanged.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { JsonReport } from "../../src/cli/report";
import { SHEET } from "../../src/workbook/sheet-names";
import { fixtureFiles, sha256, showsCrash, thidua } from "./support";

jest.setTimeout(120_000);

const tricky = fixtureFiles("tricky");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-tricky-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("has at least 10 workbooks to accept, each with its expected outcome", () => {
  expect(tricky.length).toBeGreaterThanOrEqual(10);
  for (const { expected } of tricky) {
    expect(expected.accepted).toBe(true);
    expect(expected.units?.length).toBeGreaterThan(0);
  }
});

/** Every cell of a sheet holding exactly `text`, with its type. */
function cellsHolding(ws: ExcelJS.Worksheet, text: string): ExcelJS.ValueType[] {
  const types: ExcelJS.ValueType[] = [];
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (c.value === text) types.push(c.type);
    }),
  );
  return types;
}

function formulasOf(ws: ExcelJS.Worksheet): string[] {
  const formulas: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (c.type === ExcelJS.ValueType.Formula) formulas.push(c.formula);
    }),
  );
  return formulas;
}

describe.each(tricky.map((f) => [f.name, f] as const))("%s", (_name, fixture) => {
  it("is accepted with the expected figures, and the summary it writes keeps text as text", async () => {
    const { expected } = fixture;
    const input = path.join(dir, "so.xlsx");
    copyFileSync(fixture.file, input);
    const before = sha256(readFileSync(input));

    const check = await thidua(dir, "kiem-tra", "so.xlsx", "--json");
    expect(showsCrash(check)).toBe(false);
    expect(check.code).toBe(expected.exit.kiemTra);
    const report = JSON.parse(check.stdout) as JsonReport;
    expect(report.problems.filter((p) => p.severity === "error")).toEqual([]);
    const warnings = report.problems.map((p) => p.code);
    for (const code of expected.warnings ?? []) expect(warnings).toContain(code);
    const units = report.clusters.flatMap((c) => c.units);
    for (const unit of expected.units ?? []) {
      expect(units.find((u) => u.code === unit.code)).toMatchObject({
        name: unit.name,
        total: unit.total,
        rank: unit.rank,
        award: unit.award,
      });
    }

    const run = await thidua(dir, "tong-hop", "so.xlsx", "-o", "ra.xlsx", "--json");
    expect(showsCrash(run)).toBe(false);
    expect(run.code).toBe(expected.exit.tongHop);
    const written = JSON.parse(run.stdout) as JsonReport;
    expect(written.summarySheet).toBe(expected.summarySheet ?? SHEET.summary);
    expect(existsSync(path.join(dir, "ra.xlsx"))).toBe(true);
    expect(sha256(readFileSync(input))).toBe(before);

    const output = new ExcelJS.Workbook();
    await output.xlsx.load(readFileSync(path.join(dir, "ra.xlsx")) as unknown as ExcelJS.Buffer);
    for (const { sheet, text } of expected.textCells ?? []) {
      const ws = output.getWorksheet(sheet)!;
      const types = cellsHolding(ws, text);
      expect(types.length).toBeGreaterThan(0);
      expect(new Set(types)).toEqual(new Set([ExcelJS.ValueType.String]));
      // Nothing the user typed became part of a formula.
      for (const formula of formulasOf(ws)) expect(formula).not.toContain(text.replace(/^[=+@-]/u, ""));
    }

    if (expected.application) {
      const zip = await JSZip.loadAsync(readFileSync(fixture.file));
      expect(await zip.file("docProps/app.xml")?.async("string")).toContain(expected.application);
    }
  });
});
