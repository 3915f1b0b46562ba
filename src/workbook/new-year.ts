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
  holidaysForNewYear,
  type HolidayRow,
  nextPeriod,
  officersForNewYear,
  unitsForNewYear,
  type ClusterOfficers,
  type CodeMappingRow,
  type NewOfficers,
  type YearProblem,
  type YearUnit,
} from "../core/new-year";
import { parseDate, parseScore } from "../core/numbers";
import { normalizeKey } from "../core/text/normalize";
import { Grid, keyOf } from "./grid/grid";
import { findHeader } from "./grid/header";
import type { SheetSnapshot, WorkbookPort } from "./port";
import { findSheet, SHEET } from "./sheet-names";
import { CODE_MAPPING_COLUMNS, codeMappingSheet, readCodeMappingSheet } from "./sheets/code-mapping";
import { CLUSTER_TABLE, HOLIDAYS_TABLE } from "./sheets/config-tables";
import { historySheet, readHistorySheet } from "./sheets/history";
import type { TemplateSource, TemplateUnit } from "./sheets/table";
import { templateSheets } from "./template";
import { planCarriedForward } from "./plan-usecases";
import { checkUnits, evaluate, readWorkbook, summaryOrRefuse } from "./usecases";

/** «Kế hoạch» carried into the new year, when last year had one. */
const withPlan = <T>(plan: T | undefined): { plan?: T } => (plan === undefined ? {} : { plan });

/** One row of the mapping as the pane's form holds it (old code → new code, the new name if renamed). */
export interface MappingEntry {
  readonly old: string;
  readonly new: string;
  readonly name: string;
}

export interface NewYearOptions {
  /**
   * The new deputy (unit code or name of the new year), elected at the year-end meeting; in a
   * workbook holding a block, one per cluster.
   */
  readonly deputy?: string | readonly string[];
  /**
   * The mapping typed in the pane: replaces the sheets' (the core checks it the same way; its
   * problems name the codes, there being no cells).
   */
  readonly mapping?: readonly MappingEntry[];
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

/** The rows of «Cấu hình»'s holidays table as typed: each readable date with the name beside it. */
function typedHolidays(config: SheetSnapshot | undefined): HolidayRow[] {
  if (!config) return [];
  const grid = new Grid(config);
  const header = findHeader(grid, HOLIDAYS_TABLE.columns, 0, grid.rowCount);
  if (!header) return [];
  const rows: HolidayRow[] = [];
  // The table ends at its first blank row (the next table starts after one).
  for (let row = header.row + 1; row < grid.rowCount && !grid.isBlankRow(row); row++) {
    const date = parseDate(grid.value(row, header.columns.date));
    if (date === null || date === "invalid") continue;
    rows.push({ date, name: header.columns.name === null ? "" : grid.text(row, header.columns.name) });
  }
  return rows;
}

function holidaysFor(period: Period): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let y = period.start.year - 1; y <= period.end.year; y++) days.push(...vietnamPublicHolidays(y));
  return days;
}

/** A cluster of the new year: the head (last year's deputy), the deputy chosen, the units to choose from. */
export interface NewYearCluster {
  readonly name: string;
  /** The head's code ("" when last year's deputy is missing or unknown: a problem says which). */
  readonly head: string;
  readonly headName: string;
  /** The deputy chosen ("" while still to elect). */
  readonly deputy: string;
  /** The cluster's units of the new year, with their names, the head left out. */
  readonly members: readonly { readonly code: string; readonly name: string }[];
}

/** What «Năm mới» will carry and make, as the pane shows it before the new workbook is made. */
export interface NewYearPreview extends NewYearResult {
  /** Last year's period label. */
  readonly from: string;
  readonly criteria: number;
  readonly departments: number;
  readonly clusters: readonly NewYearCluster[];
  /** Last year's units (and codes the history knows), for the mapping's old codes. */
  readonly lastUnits: readonly { readonly code: string; readonly name: string; readonly cluster: string }[];
  /** The mapping rows the workbook's own «Đổi mã đơn vị» holds, to start the pane's form from. */
  readonly mapping: readonly MappingEntry[];
}

interface Prepared {
  readonly preview: NewYearPreview;
  readonly write: (target: WorkbookPort) => Promise<void>;
}

/** Everything «Năm mới» decides, from one read of last year's workbook; writing is left to the caller. */
async function prepareNewYear(source: WorkbookPort, options: NewYearOptions): Promise<Prepared> {
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
  const ownMapping = findSheet(read.sheets, SHEET.codeMapping);
  const ownRows = ownMapping ? (readCodeMappingSheet(new Grid(ownMapping)) ?? []) : [];
  const mappingSnapshot = options.mappingSheets ? mappingSheetOf(options.mappingSheets) : ownMapping;
  const rows: CodeMappingRow[] = options.mapping
    ? options.mapping.map((m) => ({ old: { value: m.old }, new: { value: m.new }, name: { value: m.name } }))
    : mappingSnapshot
      ? (readCodeMappingSheet(new Grid(mappingSnapshot)) ?? [])
      : [];
  const problems: YearProblem[] = [];
  if (
    !options.mapping &&
    options.mappingSheets &&
    (!mappingSnapshot || readCodeMappingSheet(new Grid(mappingSnapshot)) === null)
  )
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
  const nameOf = (code: string): string =>
    units.units.find((u) => normalizeKey(u.code) === normalizeKey(code))?.name ?? "";
  const written = !problems.some((p) => p.severity === "error");
  const preview: NewYearPreview = {
    problems,
    written,
    period,
    units: units.units.length,
    historyRows: history.length,
    officers: officers.officers,
    from: input.period.label,
    criteria: input.criteria.length,
    departments: input.departments.length,
    // The clusters with units: a preset's other clusters, listed without units, have no officers.
    clusters: officers.officers
      .filter((o) => units.units.some((u) => u.cluster === o.cluster))
      .map((o) => ({
        name: o.cluster,
        head: o.head,
        headName: nameOf(o.head),
        deputy: o.deputy,
        members: units.units
          .filter((u) => u.cluster === o.cluster && normalizeKey(u.code) !== normalizeKey(o.head))
          .map((u) => ({ code: u.code, name: u.name })),
      })),
    lastUnits: lastUnits.map((u) => ({ code: u.code, name: u.name, cluster: u.cluster })),
    mapping: ownRows
      .map((r) => ({ old: r.old.value.trim(), new: r.new.value.trim(), name: r.name.value.trim() }))
      .filter((r) => r.old !== "" || r.new !== ""),
  };
  if (!written) return { preview, write: () => Promise.resolve() };

  // The new period's public holidays from the calendar; the days the user typed by hand carried on.
  const holidays = holidaysForNewYear(
    typedHolidays(findSheet(read.sheets, SHEET.config)),
    holidaysFor(input.period),
    holidaysFor(period),
  );
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
    holidays: holidays.map((h) => h.date),
    holidayNames: new Map(holidays.map((h) => [`${h.date.year}-${h.date.month}-${h.date.day}`, h.name])),
    ...withPlan(
      planCarriedForward(
        read.sheets,
        input.period,
        period,
        holidays.map((h) => h.date),
      ),
    ),
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
  return {
    preview,
    write: (target) =>
      target.writeSheets([
        ...templateSheets(templateSource, newUnits),
        historySheet(SHEET.history, history),
        codeMappingSheet(SHEET.codeMapping),
      ]),
  };
}

/**
 * What «Năm mới» would make, without making it: the new period, what is carried, each cluster's
 * head (last year's deputy) and the units to choose the deputy from, and the problems (the mapping's
 * and the officers'). Refuses (WorkbookError) when last year's workbook cannot be summed up.
 *
 * @example (await previewNewYear(port)).clusters[0].head // last year's deputy
 */
export async function previewNewYear(
  source: WorkbookPort,
  options: NewYearOptions = {},
): Promise<NewYearPreview> {
  return (await prepareNewYear(source, options)).preview;
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
  const prepared = await prepareNewYear(source, options);
  if (prepared.preview.written) await prepared.write(target);
  const { problems, written, period, units, historyRows, officers } = prepared.preview;
  return { problems, written, period, units, historyRows, officers };
}
