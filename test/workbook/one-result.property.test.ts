/**
 * Issue 12's property: whatever the cluster — ties at every quota boundary, departments' scores
 * missing, scores typed as text, votes valid and not, two clusters or one, units that sent nothing —
 * the documents are one result:
 * - per cluster and award kind, the recommendation never lists more units than places;
 * - every unit's figures in the summary sheet, as written, are the core's;
 * - the recommendation's units and figures are the summary's;
 * - both carry the same stamp, the input's; the command's JSON says the same.
 * A LibreOffice leg recalculates a handful of generated files and finds every figure unchanged.
 */
import fc from "fast-check";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { jsonReport, type JsonReport } from "../../src/cli/report";
import { numberFromPoints } from "../../src/core/decimal";
import type { BlockSummary, CellValue, ClusterResult } from "../../src/core/model";
import { openPlaces } from "../../src/core/places";
import { sampleUnits } from "../../src/cli/main";
import { cliTextFor } from "../../src/messages/cli";
import { recommendationText as R, summaryText as S } from "../../src/messages/vi/documents";
import { dossierText as D } from "../../src/messages/vi/dossier";
import { fingerprintOfSheet } from "../../src/workbook/generated/summary";
import type { SheetWrite } from "../../src/workbook/port";
import { SHEET } from "../../src/workbook/sheet-names";
import {
  createClusterWorkbook,
  generateResults,
  resultsStatus,
  validateWorkbook,
} from "../../src/workbook/usecases";
import { convertWithLibreOffice, makeProfile } from "../support/libreoffice";
import { MemoryPort } from "./memory-port";

jest.setTimeout(600_000);

const now = { year: 2023, month: 1, day: 5 };
const CLUSTERS = ["Cụm các Ngân hàng", "Cụm CĐCS trực thuộc tỉnh"];

/** What a generated unit's scores look like: a level (equal levels tie), text, blanks. */
interface UnitPlan {
  readonly level: number;
  readonly asText: boolean;
  readonly missingScore: boolean;
  readonly nothingSent: boolean;
  readonly departmentsMissing: boolean;
  /** Votes typed for the unit: none, a count (maybe above the voters), or text that is no number. */
  readonly votes: null | number | string;
}

interface ClusterPlan {
  readonly units: readonly UnitPlan[];
  readonly twoClusters: boolean;
}

const unitPlan: fc.Arbitrary<UnitPlan> = fc.record({
  level: fc.integer({ min: 0, max: 2 }),
  asText: fc.boolean(),
  missingScore: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
  nothingSent: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  departmentsMissing: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  // Mostly none or a count within the voters; now and then one no cluster could have (then the
  // workbook has an error and nothing is made).
  votes: fc.oneof(
    { weight: 12, arbitrary: fc.constant(null) },
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom<number | string>("bảy", "-1", "3,5", 99) },
  ),
});

const clusterPlan: fc.Arbitrary<ClusterPlan> = fc.record({
  units: fc.array(unitPlan, { minLength: 4, maxLength: 9 }),
  twoClusters: fc.boolean(),
});

/** A Kon Tum block from the plan: the product's own template, then the grids edited as users do. */
async function workbookOf(plan: ClusterPlan): Promise<MemoryPort> {
  const port = new MemoryPort();
  const units = sampleUnits("kon-tum", plan.units.length, true).map((u, i) => ({
    ...u,
    ...(plan.twoClusters ? { cluster: CLUSTERS[i % 2] } : {}),
  }));
  await createClusterWorkbook(port, { presetId: "kon-tum", year: 2022, units, sampleScores: true, seed: 3 });
  const sheet = (name: string): CellValue[][] => port.sheets.find((s) => s.name === name)!.values;
  plan.units.forEach((u, i) => {
    const code = units[i]!.code;
    const grid = sheet(code);
    let leaf = 0;
    for (let r = 3; r < grid.length; r++) {
      const row = grid[r]!;
      // A unit that sent nothing has no bonus or deduction either: the sample's are cleared too.
      if (u.nothingSent && (row[2] === "Điểm thưởng" || row[2] === "Điểm trừ")) row[4] = row[5] = null;
      if (row[2] !== "Chấm điểm" || typeof row[3] !== "number") continue;
      leaf++;
      const max = row[3];
      // Equal levels give equal tables: ties straddle the quota wherever the levels fall.
      const value = u.nothingSent ? null : Math.max(0, max - u.level * 0.5);
      const typed = value === null ? null : u.asText && leaf === 1 ? String(value).replace(".", ",") : value;
      row[4] = u.missingScore && leaf === 2 ? null : typed;
      row[5] = null; // no appraisal: the self score counts
    }
  });
  const points = sheet(SHEET.departmentPoints);
  const header = points.findIndex((r) => r[0] === "Mã đơn vị");
  plan.units.forEach((u, i) => {
    const row = points.findIndex((r, k) => k > header && r[0] === units[i]!.code);
    if (row < 0) return;
    // The same departments' points (none) for every unit, so ties survive; one left blank where planned.
    for (let c = 2; c < points[header]!.length; c++)
      points[row]![c] = u.departmentsMissing && c === 2 ? null : 0;
  });
  const votes = sheet(SHEET.votes);
  plan.units.forEach((u, i) => {
    if (u.votes !== null) votes.push([units[i]!.code, "", u.votes]);
  });
  return port;
}

/** Captures the sheets a use case writes, as written (for the LibreOffice leg). */
class RecordingPort extends MemoryPort {
  readonly written: SheetWrite[] = [];
  override async writeSheets(sheets: readonly SheetWrite[]): Promise<void> {
    this.written.push(...sheets);
    return super.writeSheets(sheets);
  }
}

const UNIT_CODE = /^DV\d+$/;
const num = (v: CellValue | undefined): number | null => (typeof v === "number" ? v : null);

/** The summary's unit rows by code: the figure columns (self … rank) and the award label. */
function summaryRows(values: readonly (readonly CellValue[])[]): Map<string, readonly CellValue[]> {
  return new Map(
    values.filter((r) => typeof r[1] === "string" && UNIT_CODE.test(r[1])).map((r) => [r[1] as string, r]),
  );
}

/** The recommendation's table rows per cluster (a row of a cluster's name starts its part). */
function recommendationRows(
  values: readonly (readonly CellValue[])[],
  summary: BlockSummary,
): Map<string, (readonly CellValue[])[]> {
  const byCluster = new Map<string, (readonly CellValue[])[]>();
  const several = summary.clusters.length > 1;
  let current = several ? null : summary.clusters[0]!.cluster.name;
  const headerRow = values.findIndex((r) => r[0] === R.headers[0] && r[1] === R.headers[1]);
  for (const row of values.slice(headerRow + 1)) {
    if (typeof row[0] === "string" && summary.clusters.some((c) => c.cluster.name === row[0])) {
      current = row[0];
      continue;
    }
    if (typeof row[0] !== "number" || current === null) continue;
    byCluster.set(current, [...(byCluster.get(current) ?? []), row]);
  }
  return byCluster;
}

function expectOneResult(port: MemoryPort, summary: BlockSummary, stamp: string): void {
  const summaryValues = port.sheets.find((s) => s.name === SHEET.summary)!.values;
  const recommendationValues = port.sheets.find((s) => s.name === SHEET.recommendation)!.values;
  // Both carry the input's stamp.
  expect(fingerprintOfSheet(summaryValues)).toBe(stamp);
  expect(fingerprintOfSheet(recommendationValues)).toBe(stamp);

  const rows = summaryRows(summaryValues);
  const units = summary.clusters.flatMap((c) => c.units);
  expect(rows.size).toBe(units.length);
  for (const u of units) {
    const row = rows.get(u.code)!;
    expect(num(row[3])).toBe(numberFromPoints(u.self));
    expect(row[4]).toBe(u.appraised === null ? "" : numberFromPoints(u.appraised));
    expect(num(row[6])).toBe(numberFromPoints(u.departments));
    expect(num(row[7])).toBe(numberFromPoints(u.bonus));
    expect(num(row[8])).toBe(numberFromPoints(u.deductions));
    expect(num(row[9])).toBe(numberFromPoints(u.total));
    expect(num(row[10])).toBe(u.rank);
    if (u.award !== null) expect(row[14]).toBe(S.award[u.award]);
  }

  const table = recommendationRows(recommendationValues, summary);
  for (const cluster of summary.clusters) {
    const rowsOf = table.get(cluster.cluster.name) ?? [];
    const open = openPlaces(cluster);
    for (const award of ["leading", "excellent"] as const) {
      // The award's words end the same whatever kind the workbook names ("Bằng khen", "Cờ thi đua").
      const form = D.awardFor("", award);
      const mine = rowsOf.filter((r) => typeof r[4] === "string" && r[4].endsWith(form));
      const named = mine.filter((r) => r[1] !== R.openPlace);
      // Never more units than places, and open places are places.
      expect(mine.length).toBeLessThanOrEqual(cluster.cluster.quota[award]);
      expect(named.length + open[award]).toBe(mine.length);
      // The recommendation's units and figures are the summary's.
      const proposed = cluster.units.filter((u) => u.award === award);
      expect(named.map((r) => r[1])).toEqual(proposed.map((u) => u.name));
      for (const r of named) {
        const unit = proposed.find((u) => u.name === r[1])!;
        expect(r[2]).toBe(num(rows.get(unit.code)![9]));
      }
    }
  }
}

/**
 * The JSON's fields about missing data and the vote, against what the plan made (not the core's
 * own flags): a unit that sent nothing is `noScores`, never zero; a missing score or department
 * leaves the unit incomplete and its cluster provisional; the votes needed pass the threshold.
 */
function jsonSaysWhatIsMissing(report: JsonReport, plan: ClusterPlan, seen: Set<string>): void {
  const codes = sampleUnits("kon-tum", plan.units.length, true).map((u) => u.code);
  const planOf = new Map(codes.map((code, i) => [code, plan.units[i]!]));
  for (const c of report.clusters) {
    for (const u of c.units) {
      const p = planOf.get(u.code)!;
      expect(u.noScores).toBe(p.nothingSent);
      if (u.missingDepartments.length > 0) {
        expect(p.departmentsMissing).toBe(true);
        seen.add("missingDepartments");
      }
      if (u.noScores) seen.add("noScores");
      const missing = p.nothingSent || p.missingScore || u.missingDepartments.length > 0;
      expect(u.complete).toBe(!missing);
    }
    expect(c.provisional).toBe(c.units.some((u) => !u.complete));
    seen.add(c.provisional ? "provisional" : "final");
    if (c.voting !== null) {
      expect(c.voting.voters).toBe(c.units.length);
      // The fewest votes strictly above the share of the voters, counted up from zero.
      let needed = 0;
      while (!(needed > c.voting.passShare * c.voting.voters)) needed++;
      expect(c.voting.needed).toBe(needed);
      seen.add("voting");
    }
  }
}

function jsonAgrees(summary: BlockSummary, stamp: string, port: MemoryPort): JsonReport {
  const report = jsonReport(cliTextFor("vi"), "cum.xlsx", summary.problems, summary, null, {
    stamp,
    status: null,
  });
  expect(report.stamp).toBe(stamp);
  const rows = summaryRows(port.sheets.find((s) => s.name === SHEET.summary)!.values);
  for (const c of report.clusters)
    for (const u of c.units) {
      const row = rows.get(u.code)!;
      expect(u.total).toBe(row[9]);
      expect(u.rank).toBe(row[10]);
      expect(u.award === null ? null : S.award[u.award]).toBe(u.award === null ? null : row[14]);
    }
  expect(report.placesAwaitingVote).toBe(
    summary.clusters.reduce(
      (n: number, c: ClusterResult) => n + openPlaces(c).leading + openPlaces(c).excellent,
      0,
    ),
  );
  return report;
}

describe("one result in every document (property)", () => {
  it("holds for generated clusters: places, figures, units, stamp and JSON agree", async () => {
    let generated = 0;
    let blocked = 0;
    let open = 0;
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(clusterPlan, async (plan) => {
        const port = await workbookOf(plan);
        const { summary: checked } = await validateWorkbook(port);
        if (checked === null || checked.blocked) {
          // Errors: nothing is made, neither sheet (never one without the other).
          await expect(generateResults(port, { now })).rejects.toMatchObject({ code: "SUMMARY_BLOCKED" });
          expect(port.sheets.some((s) => s.name === SHEET.summary || s.name === SHEET.recommendation)).toBe(
            false,
          );
          blocked++;
          return;
        }
        const results = await generateResults(port, { now });
        generated++;
        if (results.placesAwaitingVote > 0) open++;
        expectOneResult(port, results.summary, results.stamp);
        jsonSaysWhatIsMissing(jsonAgrees(results.summary, results.stamp, port), plan, seen);
        const status = await resultsStatus(port);
        expect(status).toMatchObject({
          stamp: results.stamp,
          summary: "current",
          recommendation: "current",
          stale: false,
        });
      }),
      { numRuns: 30, seed: 20261206 },
    );
    // The generator reaches every case the property is about.
    expect(generated).toBeGreaterThan(5);
    expect(open).toBeGreaterThan(0);
    expect([...seen].sort()).toEqual(["final", "missingDepartments", "noScores", "provisional", "voting"]);
    expect(blocked + generated).toBe(30);
  });
});

describe("the LibreOffice leg: a handful of generated files recalculated", () => {
  it("keeps every figure of the summary and the recommendation as the core wrote it", async () => {
    const profile = makeProfile();
    const plans = fc.sample(clusterPlan, { numRuns: 12, seed: 7 });
    let checked = 0;
    for (const plan of plans) {
      if (checked === 3) break;
      const port = new RecordingPort();
      const source = await workbookOf(plan);
      for (const s of source.sheets) port.sheets.push(s);
      const { summary } = await validateWorkbook(port);
      if (summary === null || summary.blocked) continue;
      const results = await generateResults(port, { now });
      const xlsx = XlsxWorkbook.empty();
      await xlsx.writeSheets(port.written);
      const recalculated = await XlsxWorkbook.fromBuffer(
        await convertWithLibreOffice(await xlsx.toBuffer(), { profile }),
      );
      const [sum, rec] = await recalculated.readSheets([SHEET.summary, SHEET.recommendation]);
      const written = port.sheets.find((s) => s.name === SHEET.summary)!.values;
      const rows = summaryRows(sum!.values);
      for (const [code, row] of summaryRows(written)) {
        for (let c = 3; c <= 10; c++)
          expect([code, c, rows.get(code)![c] ?? ""]).toEqual([code, c, row[c] ?? ""]);
      }
      expect(fingerprintOfSheet(sum!.values)).toBe(results.stamp);
      expect(fingerprintOfSheet(rec!.values)).toBe(results.stamp);
      checked++;
    }
    expect(checked).toBe(3);
  });
});
