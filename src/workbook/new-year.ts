/**
 * «Năm mới»: from last year's cluster workbook, next year's. One read of the old workbook (which is
 * never written), one write of the new one. The rules — the period, the officers, the mapping of
 * codes, the history — are the core's (core/new-year.ts); this module only reads and writes sheets.
 */
import { vietnamPublicHolidays } from "../core/calendar";
import { numberFromPoints } from "../core/decimal";
import type { CalendarDate, Period, Sourced, UnitType } from "../core/model";
import {
  codeMappingFrom,
  deadlinesNextYear,
  historyForward,
  nextPeriod,
  officersForNewYear,
  unitsForNewYear,
  type ClusterOfficers,
  type CodeMappingRow,
  type NewOfficers,
  type YearProblem,
  type YearUnit,
} from "../core/new-year";
import { parseScore } from "../core/numbers";
import { normalizeKey } from "../core/text/normalize";
import { Grid, keyOf } from "./grid/grid";
import { findHeader } from "./grid/header";
import type { SheetSnapshot, WorkbookPort } from "./port";
import { findSheet, SHEET } from "./sheet-names";
import { CODE_MAPPING_COLUMNS, codeMappingSheet, readCodeMappingSheet } from "./sheets/code-mapping";
import { CLUSTER_TABLE } from "./sheets/config-tables";
import { historySheet, readHistorySheet } from "./sheets/history";
import type { TemplateSource, TemplateUnit } from "./sheets/table";
import { templateSheets } from "./template";
import { planCarriedForward } from "./plan-usecases";

/** «Kế hoạch» carried into the new year, when last year had one. */
const withPlan = <T>(plan: T | undefined): { plan?: T } => (plan === undefined ? {} : { plan });
import { checkUnits, evaluate, readWorkbook, summaryOrRefuse } from "./usecases";

export interface NewYearOptions {
  /** The new deputy (unit code or name of the new year), elected at the year-end meeting. */
  readonly deputy?: string;
  /**
   * The sheets of a separate mapping file (its sheet «Đổi mã đơn vị», else the first sheet with the
   * mapping's header); without it the old workbook's own «Đổi mã đơn vị» is used where there is one.
   */
  readonly mappingSheets?: readonly SheetSnapshot[];
}

export interface NewYearResult {
  /** Nothing was written when one of these is an error. */
  readonly problems: readonly YearProblem[];
  readonly written: boolean;
  readonly period: Period;
  readonly units: number;
  readonly historyRows: number;
  readonly officers: readonly NewOfficers[];
}

/** The mapping's sheet: the named one, else the first whose header is the mapping's. */
function mappingSheetOf(sheets: readonly SheetSnapshot[]): SheetSnapshot | undefined {
  return (
    findSheet(sheets, SHEET.codeMapping) ??
    sheets.find((s) => findHeader(new Grid(s), CODE_MAPPING_COLUMNS) !== null)
  );
}

/** Each cluster's head and deputy as typed in «Cấu hình», with the deputy's cell. */
function lastOfficers(
  config: SheetSnapshot | undefined,
  clusters: readonly { code: string; name: string }[],
): ClusterOfficers[] {
  const grid = config ? new Grid(config) : null;
  const header = grid ? findHeader(grid, CLUSTER_TABLE.columns, 0, grid.rowCount) : null;
  return clusters.map((c): ClusterOfficers => {
    let head: Sourced<string> = { value: "" };
    let deputy: Sourced<string> = { value: "" };
    if (grid && header) {
      const col = header.columns;
      const row = grid
        .dataRows(header.row)
        .find((r) => keyOf(grid.text(r, col.code) || grid.text(r, col.name)) === keyOf(c.code));
      if (row !== undefined) {
        head = grid.sourcedText(row, col.head);
        deputy = grid.sourcedText(row, col.deputy);
      }
    }
    return { cluster: c.name, head, deputy };
  });
}

function holidaysFor(period: Period): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let y = period.start.year - 1; y <= period.end.year; y++) days.push(...vietnamPublicHolidays(y));
  return days;
}

/**
 * Writes next year's workbook into `target` (an empty workbook) from last year's `source`: the
 * settings, criteria table, departments' allocation and units carried (units under their new codes),
 * the period and deadlines a year on, the officers rotated, «Lịch sử» grown by last year's results,
 * and an empty «Đổi mã đơn vị» for the year after. Scores, votes and generated sheets stay behind.
 * Refuses (WorkbookError with the problems) when last year's workbook cannot be summed up; returns
 * the problems without writing when the mapping or the officers are inconsistent.
 */
export async function newYearWorkbook(
  source: WorkbookPort,
  target: WorkbookPort,
  options: NewYearOptions = {},
): Promise<NewYearResult> {
  const read = await readWorkbook(source);
  const evaluated = evaluate(read);
  const summary = summaryOrRefuse(evaluated);
  const { input, document } = evaluated.decoded;

  const results = new Map(
    summary.clusters.flatMap((c) =>
      c.units.map((u) => [normalizeKey(u.code), { unit: u, cluster: c.cluster.name }]),
    ),
  );
  const lastUnits: YearUnit[] = input.units.flatMap((row) => {
    const found = results.get(normalizeKey(row.code.value));
    return found
      ? [{ code: found.unit.code, name: found.unit.name, type: found.unit.type, cluster: found.cluster }]
      : [];
  });

  const historySnapshot = findSheet(read.sheets, SHEET.history);
  const previous = historySnapshot ? readHistorySheet(new Grid(historySnapshot)) : [];
  const mappingSnapshot = options.mappingSheets
    ? mappingSheetOf(options.mappingSheets)
    : findSheet(read.sheets, SHEET.codeMapping);
  const rows: CodeMappingRow[] = mappingSnapshot
    ? (readCodeMappingSheet(new Grid(mappingSnapshot)) ?? [])
    : [];
  const problems: YearProblem[] = [];
  if (options.mappingSheets && (!mappingSnapshot || readCodeMappingSheet(new Grid(mappingSnapshot)) === null))
    problems.push({ code: "YEAR_MAP_NOT_FOUND", severity: "error", params: { sheet: SHEET.codeMapping } });

  const checked = codeMappingFrom(
    rows,
    lastUnits,
    previous.map((h) => h.code),
  );
  problems.push(...checked.problems);
  const units = unitsForNewYear(lastUnits, checked.mapping);
  problems.push(...units.problems);
  const officers = officersForNewYear(
    lastOfficers(findSheet(read.sheets, SHEET.config), input.clusters),
    lastUnits,
    units.units,
    checked.mapping,
    options.deputy,
  );
  problems.push(...officers.problems);

  const period = nextPeriod(input.period);
  const history = historyForward(previous, summary.clusters, input.period.label, checked.mapping);
  const result = {
    problems,
    period,
    units: units.units.length,
    historyRows: history.length,
    officers: officers.officers,
  };
  if (problems.some((p) => p.severity === "error")) return { ...result, written: false };

  const templateSource: TemplateSource = {
    blockName: input.name,
    parentBody: document.parentBody,
    issuingBody: document.issuingBody,
    place: document.place,
    period,
    config: input.config,
    clusters: input.clusters.map((c) => {
      const o = officers.officers.find((x) => x.cluster === c.name);
      return { ...c, head: o?.head ?? "", deputy: o?.deputy ?? "" };
    }),
    criteria: input.criteria.map((row) => {
      const max = parseScore(row.max.value);
      return {
        code: row.code.value,
        text: row.text,
        max: max.kind === "number" ? numberFromPoints(max.points) : 0,
        kind: row.kind,
      };
    }),
    departments: input.departments.map((d) => {
      const points = (v: typeof d.direct): number => {
        const p = parseScore(v.value);
        return p.kind === "number" ? numberFromPoints(p.points) : 0;
      };
      return {
        code: d.code.value,
        name: d.name,
        direct: points(d.direct),
        coordinating: points(d.coordinating),
        ...(d.isBonus ? { isBonus: true } : {}),
      };
    }),
    deadlines: deadlinesNextYear(input.deadlines),
    holidays: holidaysFor(period),
    ...withPlan(planCarriedForward(read.sheets, input.period, period, holidaysFor(period))),
    recipients: document.recipients,
    // The addressee and the award kinds are the cluster's, not the year's: carried as they were.
    ...(document.addressee ? { addressee: document.addressee } : {}),
    ...(document.leadingAward || document.excellentAward
      ? { awardKinds: { leading: document.leadingAward, excellent: document.excellentAward } }
      : {}),
  };
  const newUnits: TemplateUnit[] = units.units.map((u) => ({
    code: u.code,
    name: u.name,
    type: u.type satisfies UnitType,
    cluster: u.cluster,
  }));
  checkUnits(newUnits);
  await target.writeSheets([
    ...templateSheets(templateSource, newUnits),
    historySheet(SHEET.history, history),
    codeMappingSheet(SHEET.codeMapping),
  ]);
  return { ...result, written: true };
}
