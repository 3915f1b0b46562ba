/**
 * Every workbook in test/fixtures/tricky/ is accepted and comes out right and safe: the figures and
 * names expected, text that looks like a formula written back as text, the input unchanged.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
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

    // Read back with the package layer (exceljs would expand a whole-sheet validation cell by cell).
    const output = await XlsxWorkbook.fromBuffer(readFileSync(path.join(dir, "ra.xlsx")));
    for (const { sheet, text } of expected.textCells ?? []) {
      const [ws] = await output.readSheets([sheet], { formulas: true });
      const holding: (string | null)[] = [];
      ws!.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === text) holding.push(ws!.formulas?.[r]?.[c] ?? null);
        }),
      );
      // Text cells, never formulas …
      expect(holding.length).toBeGreaterThan(0);
      expect(holding.every((f) => f === null)).toBe(true);
      // … and nothing the user typed became part of a formula.
      for (const formula of (ws!.formulas ?? []).flat())
        if (formula) expect(formula).not.toContain(text.replace(/^[=+@-]/u, ""));
    }

    if (expected.application) {
      const zip = await JSZip.loadAsync(readFileSync(fixture.file));
      expect(await zip.file("docProps/app.xml")?.async("string")).toContain(expected.application);
    }
  });
});
