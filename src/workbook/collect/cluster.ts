/**
 * The cluster workbook as the split, the merge and the progress view need it: the checked criteria
 * table and its fingerprint (the core's), the units with their rows, arrival dates and scoring
 * sheets, the unit list's place, and the self-scores' deadline.
 */
import { nextWorkingDay } from "../../core/calendar";
import { criteriaTable } from "../../core/criteria";
import { problemOf } from "../../core/diagnostics";
import type { CalendarDate, CriterionKind, Points, Problem } from "../../core/model";
import { parseDate } from "../../core/numbers";
import { decodeWorkbook, type DecodedWorkbook } from "../decode";
import { Grid, keyOf } from "../grid/grid";
import { findHeader } from "../grid/header";
import type { SheetSnapshot } from "../port";
import { SHEET, findSheet } from "../sheet-names";
import { UNIT_COLUMNS, type UnitListPlace } from "../sheets/units";
import { readSubmissionsSheet, type SubmissionsPlace } from "../sheets/submissions";

/** One row of the checked criteria table, in table order. */
export interface CriterionLine {
  readonly code: string;
  readonly key: string;
  readonly text: string;
  readonly max: Points;
  readonly kind: CriterionKind;
  /** Scored directly (no sub-criteria). */
  readonly leaf: boolean;
}

/** A unit's scoring sheet in the cluster workbook. */
export interface UnitSheet {
  readonly name: string;
  readonly selfCol: number;
  readonly appraisedCol: number;
  readonly noteCol: number | null;
  /** Row (0-based) of each criterion, by criterion key. */
  readonly rowOf: ReadonlyMap<string, number>;
  readonly grid: Grid;
}

export interface ClusterUnit {
  readonly code: string;
  readonly key: string;
  readonly name: string;
  readonly cluster: string;
  /** Row (0-based) of the unit in "Đơn vị". */
  readonly row: number | null;
  /** When its scores arrived ("Ngày nhận điểm"), null when not recorded. */
  readonly received: CalendarDate | null;
  readonly sheet: UnitSheet | null;
}

export interface ClusterState {
  readonly blockName: string;
  readonly period: string;
  /** The self-scores' deadline: the end-of-period report's (seed 000: report and self-score table together). */
  readonly deadline: CalendarDate | null;
  /** The deadline moved to the next working day when it falls on a day off (as the core does for reports). */
  readonly dueBy: CalendarDate | null;
  readonly lines: readonly CriterionLine[];
  readonly fingerprint: string;
  readonly units: readonly ClusterUnit[];
  readonly unitList: UnitListPlace | null;
  /** Where «Đăng ký và nộp» takes new rows; null in a workbook without the sheet. */
  readonly submissions: SubmissionsPlace | null;
  /** Errors that stop a split or a merge: missing sheets, an unreadable unit list, a broken criteria table. */
  readonly blocking: readonly Problem[];
  readonly decoded: DecodedWorkbook;
}

/** The cluster workbook read for collecting. */
export function clusterState(sheets: readonly SheetSnapshot[]): ClusterState {
  const decoded = decodeWorkbook(sheets);
  const { input } = decoded;
  const blocking: Problem[] = [];
  for (const name of [SHEET.config, SHEET.criteria, SHEET.units]) {
    if (!findSheet(sheets, name)) blocking.push(problemOf("COLLECT_SHEET_MISSING", { sheet: name }));
  }
  if (findSheet(sheets, SHEET.config) && input.period.label === "") {
    blocking.push(problemOf("COLLECT_PERIOD_MISSING", {}));
  }
  const { table, problems } = criteriaTable(input.criteria, input.config);
  if (findSheet(sheets, SHEET.criteria)) blocking.push(...problems.filter((p) => p.severity === "error"));

  const unitsSnapshot = findSheet(sheets, SHEET.units);
  const unitsGrid = unitsSnapshot ? new Grid(unitsSnapshot) : null;
  const unitHeader = unitsGrid ? findHeader(unitsGrid, UNIT_COLUMNS) : null;
  if (unitsGrid && unitHeader === null) {
    blocking.push(problemOf("COLLECT_UNIT_LIST_UNREADABLE", {}));
  }
  const receivedCol = unitHeader?.columns.received ?? null;

  const units: ClusterUnit[] = [];
  for (const unit of input.units) {
    const code = unit.code.value;
    if (code === "") continue;
    const row = unit.code.at?.row ?? null;
    const received = parseDate(unitsGrid && row !== null ? unitsGrid.value(row, receivedCol) : null);
    const layout = decoded.layout.scoreSheets.get(keyOf(code));
    const snapshot = layout ? findSheet(sheets, layout.sheet) : undefined;
    const sheet: UnitSheet | null =
      layout && snapshot
        ? {
            name: layout.sheet,
            selfCol: layout.selfCol,
            appraisedCol: layout.appraisedCol,
            noteCol: layout.noteCol,
            rowOf: layout.rowOfCriterion,
            grid: new Grid(snapshot),
          }
        : null;
    units.push({
      code,
      key: keyOf(code),
      name: unit.name.value || code,
      cluster: unit.cluster.value,
      row,
      received: received === "invalid" ? null : received,
      sheet,
    });
  }

  const deadline = input.deadlines.endReport ?? null;
  return {
    blockName: input.name,
    period: input.period.label,
    deadline,
    dueBy: deadline ? nextWorkingDay(deadline, input.holidays) : null,
    lines: table.nodes.map((n) => ({
      code: n.code,
      key: n.key,
      text: n.text,
      max: n.max,
      kind: n.kind,
      leaf: n.leafIndex >= 0,
    })),
    fingerprint: table.fingerprint,
    units,
    unitList:
      unitsGrid && unitHeader
        ? { sheet: unitsGrid.name, headerRow: unitHeader.row, receivedCol, freeCol: unitHeader.free }
        : null,
    submissions: submissionsPlace(sheets),
    blocking,
    decoded,
  };
}

/** Where «Đăng ký và nộp» takes new rows, if the workbook has it and its header can be found. */
function submissionsPlace(sheets: readonly SheetSnapshot[]): SubmissionsPlace | null {
  const snapshot = findSheet(sheets, SHEET.submissions);
  return snapshot ? readSubmissionsSheet(new Grid(snapshot), []).place : null;
}
