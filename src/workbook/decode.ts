/**
 * Reads the cluster workbook's grids into the core's BlockInput, keeping the cell of every value so
 * a problem can name its sheet and cell: each sheet by its own module's reader (sheets/), then the
 * limits and the legacy-text warnings of the whole. Only the workbook's structure is judged here
 * (missing sheets, renamed headers, merged score cells, error values); what the values mean is the
 * core's. Headers and configuration labels are found by name, so moved columns and inserted rows
 * still read.
 */
import { ZERO } from "../core/decimal";
import { problemOf, problemSubject } from "../core/diagnostics";
import type {
  BlockInput,
  CalendarDate,
  CellRef,
  Deadlines,
  Period,
  Problem,
  ScoreRow,
  ScoringConfig,
  UnitCode,
} from "../core/model";
import { effectiveDeadlines, type DeadlineKey } from "../core/deadlines";
import { planForYear, planHolidays, type ResolvedPlan } from "../core/plan";
import { unitCode } from "../core/model";
import { Grid, keyOf } from "./grid/grid";
import { legacyCellsOf } from "./legacy-text";
import { WORKBOOK_LIMITS } from "./limits";
import type { SheetSnapshot } from "./port";
import { SHEET, existingGeneratedSheet, findSheet } from "./sheet-names";
import { readConfigSheet, type DocumentSettings } from "./sheets/config";
import { readCriteriaSheet } from "./sheets/criteria";
import { readDepartmentPointsSheet, type DepartmentPointsLayout } from "./sheets/department-points";
import { readDepartmentsSheet } from "./sheets/departments";
import { readScoreSheet, type ScoreSheetLayout } from "./sheets/unit-scores";
import { readUnitsSheet } from "./sheets/units";
import { readVotesSheet } from "./sheets/votes";
import { readPlanSheet } from "./sheets/plan";
import { readSubmissionsSheet } from "./sheets/submissions";
import { MEETING_KEYS, readMeetingSheet } from "./sheets/meeting";

/** Stable codes of the structural problems (JSON output and tests rely on them). */
export const DECODE_PROBLEM = {
  SHEET_MISSING: "WB_SHEET_MISSING",
  UNIT_SHEET_MISSING: "WB_UNIT_SHEET_MISSING",
  HEADER_ROW_MISSING: "WB_HEADER_ROW_MISSING",
  HEADER_MISSING: "WB_HEADER_MISSING",
  CONFIG_MISSING: "WB_CONFIG_MISSING",
  CONFIG_INVALID: "WB_CONFIG_INVALID",
  KIND_INVALID: "WB_KIND_INVALID",
  MERGED_SCORE_CELLS: "WB_MERGED_SCORE_CELLS",
  FORMULA_ERROR: "WB_FORMULA_ERROR",
  NUMBER_AS_TEXT: "WB_NUMBER_AS_TEXT",
  UNIT_SHEET_MAX_MISMATCH: "WB_UNIT_SHEET_MAX_MISMATCH",
  LEGACY_FONT: "WB_LEGACY_FONT",
  LEGACY_TEXT: "WB_LEGACY_TEXT",
  TOO_MANY_ROWS: "WB_TOO_MANY_ROWS",
  TOO_MANY_UNITS: "WB_TOO_MANY_UNITS",
  TOO_MANY_CRITERIA: "WB_TOO_MANY_CRITERIA",
  TEXT_TOO_LONG: "WB_TEXT_TOO_LONG",
} as const;

/** Problems that stop the reading: past a limit (src/workbook/limits.ts), nothing is computed. */
export const LIMIT_PROBLEMS: ReadonlySet<string> = new Set([
  DECODE_PROBLEM.TOO_MANY_ROWS,
  DECODE_PROBLEM.TOO_MANY_UNITS,
  DECODE_PROBLEM.TOO_MANY_CRITERIA,
  DECODE_PROBLEM.TEXT_TOO_LONG,
]);

/**
 * The sheets whose text the reader takes as it looks on screen, converting cells shown in a legacy
 * font (.Vn…, VNI-…): their fonts are read. The unit sheets hold codes and numbers and are not.
 */
export const FONT_SHEETS: readonly string[] = [
  SHEET.config,
  SHEET.criteria,
  SHEET.units,
  SHEET.departments,
  SHEET.departmentPoints,
  SHEET.votes,
];

export interface WorkbookLayout {
  /** By normalised unit code. */
  readonly scoreSheets: ReadonlyMap<string, ScoreSheetLayout>;
  readonly departmentPoints: DepartmentPointsLayout | null;
}

export interface DecodedWorkbook {
  readonly input: BlockInput;
  readonly problems: Problem[];
  /** A sheet, the units, the criteria or a cell's text is past its limit: the input is partial, nothing may be computed. */
  readonly exceedsLimits: boolean;
  readonly document: DocumentSettings;
  readonly layout: WorkbookLayout;
}

// ── Limits and legacy text ─────────────────────────────────────────────────────

/** A sheet the product reads: rows and each cell's text within WORKBOOK_LIMITS, else a problem. */
function sheetWithinLimits(grid: Grid, problems: Problem[]): boolean {
  const rows = grid.usedRows();
  if (rows > WORKBOOK_LIMITS.rowsPerSheet) {
    problems.push(
      problemOf(
        "WB_TOO_MANY_ROWS",
        { sheet: grid.name, rows, limit: WORKBOOK_LIMITS.rowsPerSheet },
        grid.at(WORKBOOK_LIMITS.rowsPerSheet, 0),
      ),
    );
    return false;
  }
  let ok = true;
  for (let row = 0; row < rows; row++) {
    const cells = grid.sheet.values[row] ?? [];
    for (let col = 0; col < cells.length; col++) {
      const v = cells[col];
      if (typeof v === "string" && v.length > WORKBOOK_LIMITS.cellText) {
        problems.push(
          problemOf(
            "WB_TEXT_TOO_LONG",
            { length: v.length, limit: WORKBOOK_LIMITS.cellText },
            grid.at(row, col),
          ),
        );
        ok = false;
      }
    }
  }
  return ok;
}

/**
 * One warning per sheet with legacy text: cells in a legacy font (read as shown, but only machines
 * with that font show them right), and cells whose text looks legacy without the font (read as
 * stored). Both point at the first such cell and suggest "Chuyển mã".
 */
function legacyTextWarnings(sheets: readonly SheetSnapshot[]): Problem[] {
  const warnings: Problem[] = [];
  for (const name of FONT_SHEETS) {
    const snapshot = findSheet(sheets, name);
    if (!snapshot) continue;
    const cells = legacyCellsOf(snapshot);
    const byFont = cells.filter((c) => c.font !== null);
    const detected = cells.filter((c) => c.font === null);
    const first = byFont[0];
    if (first) {
      warnings.push(
        problemOf(
          "WB_LEGACY_FONT",
          { sheet: snapshot.name, cells: byFont.length, encoding: first.encoding, font: first.font ?? "" },
          { sheet: snapshot.name, row: first.row, col: first.col },
        ),
      );
    }
    const guess = detected[0];
    if (guess) {
      warnings.push(
        problemOf(
          "WB_LEGACY_TEXT",
          {
            sheet: snapshot.name,
            cells: detected.length,
            encoding: guess.encoding,
            before: guess.before,
            after: guess.after,
          },
          { sheet: snapshot.name, row: guess.row, col: guess.col },
        ),
      );
    }
  }
  return warnings;
}

// ── The whole workbook ───────────────────────────────────────────────────────

/**
 * Decodes the workbook's sheets, each by its sheet's reader (sheets/). Missing parts become
 * problems and empty parts of the input, so the core can still report everything else it finds.
 */
export function decodeWorkbook(sheets: readonly SheetSnapshot[]): DecodedWorkbook {
  const problems: Problem[] = [];
  let exceedsLimits = false;
  const withinLimits = (grid: Grid): boolean => {
    const ok = sheetWithinLimits(grid, problems);
    if (!ok) exceedsLimits = true;
    return ok;
  };
  const sheet = (name: string, required: boolean): Grid | null => {
    const found = findSheet(sheets, name);
    if (!found) {
      if (required) problems.push(problemOf("WB_SHEET_MISSING", { sheet: name }));
      return null;
    }
    const grid = new Grid(found);
    withinLimits(grid);
    return grid;
  };

  const configGrid = sheet(SHEET.config, true);
  const config = configGrid ? readConfigSheet(configGrid, problems) : null;

  const criteriaGrid = sheet(SHEET.criteria, true);
  const criteria = criteriaGrid ? readCriteriaSheet(criteriaGrid, problems) : null;
  if (criteria?.exceedsLimits) exceedsLimits = true;

  const unitsGrid = sheet(SHEET.units, true);
  const units = unitsGrid ? readUnitsSheet(unitsGrid, problems) : null;
  if (units?.exceedsLimits) exceedsLimits = true;

  // The departments' sheets are needed only where the departments score.
  const departmentsNeeded = (config?.departmentsMax ?? 0) > 0;
  const departmentsGrid = sheet(SHEET.departments, departmentsNeeded);
  const departments = departmentsGrid ? readDepartmentsSheet(departmentsGrid, problems) : [];
  const pointsGrid = sheet(SHEET.departmentPoints, departmentsNeeded && departments.length > 0);
  const points = pointsGrid ? readDepartmentPointsSheet(pointsGrid, problems) : null;

  // One scoring sheet per unit, named after its code.
  const scores: ScoreRow[] = [];
  const scoreSheets = new Map<string, ScoreSheetLayout>();
  const sheetByKey = new Map<string, SheetSnapshot>();
  /** Each unit's scoring sheet (by key) → its unit: a problem found there is listed under the unit. */
  const unitOfSheet = new Map<string, UnitCode>();
  for (const s of sheets) if (!sheetByKey.has(keyOf(s.name))) sheetByKey.set(keyOf(s.name), s);
  // Past the units' limit the scoring sheets are not read: the refusal says why, once.
  const scoredUnits = units === null || units.exceedsLimits ? [] : units.units;
  for (const [index, unit] of scoredUnits.entries()) {
    const code = unit.code.value;
    if (code === "") continue;
    // A code typed in a legacy font is read converted; its sheet keeps the name as typed.
    const typed = unitsGrid?.rawText(units?.rows[index] ?? -1, units?.codeCol ?? null) ?? "";
    const found = sheetByKey.get(keyOf(code)) ?? (typed === "" ? undefined : sheetByKey.get(keyOf(typed)));
    if (!found) {
      problems.push(
        problemOf(
          "WB_UNIT_SHEET_MISSING",
          { unit: { code: unitCode(code), name: unit.name.value || code } },
          unit.code.at,
        ),
      );
      continue;
    }
    if (scoreSheets.has(keyOf(code))) continue; // a duplicated unit code: the core reports it
    if (!unitOfSheet.has(keyOf(found.name))) unitOfSheet.set(keyOf(found.name), unitCode(code));
    const grid = new Grid(found);
    if (!withinLimits(grid)) continue;
    const layout = readScoreSheet(grid, unit.code, criteria?.maxByKey ?? new Map(), scores, problems);
    if (layout) scoreSheets.set(keyOf(code), layout);
  }

  // Bỏ phiếu (optional): the product's own votes sheet, or one the user made.
  const votesInfo = existingGeneratedSheet(SHEET.votes, sheets);
  const votesSheet = votesInfo ? findSheet(sheets, votesInfo.name) : undefined;
  const votes = votesSheet ? readVotesSheet(new Grid(votesSheet), problems) : [];

  // Đăng ký và nộp (optional: older workbooks read the facts from «Đơn vị» alone).
  const submissionsGrid = sheet(SHEET.submissions, false);
  const submissions = submissionsGrid ? readSubmissionsSheet(submissionsGrid, problems).entries : undefined;
  // Họp bình xét: its valid ballots are the threshold's base where the cluster votes on them; read
  // only then, so a cluster voting on its members keeps its data stamp when the meeting is recorded.
  const ballotsBasis = config?.voteBasis === "validVotes";
  const validBallots = ballotsBasis ? validBallotsOf(sheets, problems) : null;

  const scoringConfig: ScoringConfig = {
    selfScoreMax: config?.selfScoreMax ?? ZERO,
    departmentsMax: config?.departmentsMax ?? ZERO,
    bands: config?.bands ?? [],
    tieBreak: config?.tieBreak ?? [],
    voteRule: { passShare: config?.passShare ?? 0.5, ...(ballotsBasis && { basis: "validVotes" as const }) },
    ...(config && { awardMinBand: awardMinBandOf(config.awardMinBand) }),
  };
  // The deadlines in force: the plan's where «Kế hoạch» has a task of the kind, else «Cấu hình»'s
  // (core/deadlines.ts). The plan sheet's own problems are «Việc cần làm»'s to show; only a
  // deadline the two sheets give differently is said here.
  const deadlines = config
    ? deadlinesInForce(
        sheets,
        config.period ?? undefined,
        config.holidays,
        config.deadlines,
        config.deadlineCells,
      )
    : { deadlines: {}, problems: [] };
  problems.push(...deadlines.problems);
  const emptyDate: CalendarDate = { year: 1900, month: 1, day: 1 };
  const input: BlockInput = {
    name: config?.name ?? "",
    period: config?.period ?? { label: "", kind: "calendar-year", start: emptyDate, end: emptyDate },
    config: scoringConfig,
    clusters: config?.clusters ?? [],
    criteria: criteria?.criteria ?? [],
    units: units?.units ?? [],
    scores,
    departments,
    departmentPoints: points?.points ?? [],
    deadlines: deadlines.deadlines,
    holidays: config?.holidays ?? [],
    votes,
    ...(submissions && { submissions }),
    ...(ballotsBasis && { validBallots }),
  };
  problems.push(...legacyTextWarnings(sheets));
  return {
    input,
    problems: problems.map((p) => withSheetUnit(p, unitOfSheet)),
    exceedsLimits,
    document: config?.document ?? NO_DOCUMENT,
    layout: { scoreSheets, departmentPoints: points?.layout ?? null },
  };
}

/**
 * «Kế hoạch» resolved for the period's year on the workbook's holidays (the computed ones where the
 * list is empty), as «Việc cần làm» reads it; undefined in a workbook without the sheet. The
 * sheet's problems go to `problems`.
 */
export function resolvedPlanOf(
  sheets: readonly SheetSnapshot[],
  year: number,
  holidays: readonly CalendarDate[],
  problems: Problem[],
): ResolvedPlan | undefined {
  const snapshot = findSheet(sheets, SHEET.plan);
  if (!snapshot) return undefined;
  const tasks = readPlanSheet(new Grid(snapshot), problems).tasks;
  const plan = planForYear(tasks, { year, holidays: holidays.length > 0 ? holidays : planHolidays(year) });
  problems.push(...plan.problems);
  return plan;
}

/** The effective deadlines of a workbook: the plan's over «Cấu hình»'s, with the warnings where they differ. */
export function deadlinesInForce(
  sheets: readonly SheetSnapshot[],
  period: Period | undefined,
  holidays: readonly CalendarDate[],
  typed: Deadlines,
  cells: Partial<Readonly<Record<DeadlineKey, CellRef>>>,
): { deadlines: Deadlines; problems: readonly Problem[] } {
  const plan = period ? resolvedPlanOf(sheets, period.start.year, holidays, []) : undefined;
  const found = effectiveDeadlines(plan?.tasks, typed, cells);
  return { deadlines: found.deadlines, problems: found.problems };
}

/**
 * The valid ballots «Họp bình xét» records (null: no such sheet, or the cell empty), with the
 * problem of that cell only: the meeting's other facts are the dossier's, not the summary's.
 */
function validBallotsOf(sheets: readonly SheetSnapshot[], problems: Problem[]): number | null {
  const info = existingGeneratedSheet(SHEET.meeting, sheets);
  const sheet = info ? findSheet(sheets, info.name) : undefined;
  if (!sheet) return null;
  const found: Problem[] = [];
  const meeting = readMeetingSheet(new Grid(sheet), found);
  problems.push(
    ...found.filter((p) => p.code === "WB_CONFIG_INVALID" && p.params.label === MEETING_KEYS.valid),
  );
  return meeting.valid;
}

/** The documents' settings of a workbook without "Cấu hình". */
const NO_DOCUMENT: DocumentSettings = {
  parentBody: "",
  issuingBody: "",
  place: "",
  addressee: "",
  leadingAward: "",
  excellentAward: "",
  documentNumber: "",
  signerOnBehalf: "",
  signerTitle: "",
  signer: "",
  filingCode: "",
  recipients: [],
  officers: new Map(),
};

/** The award bands as typed, leaving out the awards left to the default (the top band). */
function awardMinBandOf(typed: { readonly leading: string; readonly excellent: string }): {
  leading?: string;
  excellent?: string;
} {
  return {
    ...(typed.leading !== "" && { leading: typed.leading }),
    ...(typed.excellent !== "" && { excellent: typed.excellent }),
  };
}

/** The problem with the unit whose scoring sheet it was found on, where its parameters name none. */
function withSheetUnit(p: Problem, unitOfSheet: ReadonlyMap<string, UnitCode>): Problem {
  if (p.at === undefined || problemSubject(p).unit !== undefined) return p;
  const unit = unitOfSheet.get(keyOf(p.at.sheet));
  return unit === undefined ? p : { ...p, sheetUnit: unit };
}
