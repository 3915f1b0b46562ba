/**
 * What the input sheets share: the template's source, the place of every table (title, note,
 * header on row 3), its Excel name, the closed yes/no list, and the small helpers that write a table.
 */
import { toExcelSerial } from "../../core/calendar";
import { problemOf } from "../../core/diagnostics";
import type {
  CalendarDate,
  Problem,
  Sourced,
  ClusterDefinition,
  CriterionKind,
  Deadlines,
  Period,
  ScoringConfig,
  UnitType,
} from "../../core/model";
import { parseScore } from "../../core/numbers";
import type { ResolvedPlanTask } from "../../core/plan";
import { rangeAddress } from "../grid/address";
import type { ColumnSpec } from "../grid/header";
import type { BlockWrite } from "../port";
import { NOTE, TITLE } from "../styles";

/** What the template is made from: a preset's data, with the cluster's own choices applied. */
export interface TemplateSource {
  readonly blockName: string;
  readonly parentBody: string;
  readonly issuingBody: string;
  readonly place: string;
  readonly period: Period;
  readonly config: ScoringConfig;
  readonly clusters: readonly (ClusterDefinition & { readonly head?: string; readonly deputy?: string })[];
  readonly criteria: readonly {
    readonly code: string;
    readonly text: string;
    readonly max: number;
    readonly kind: CriterionKind;
  }[];
  readonly departments: readonly {
    readonly code: string;
    readonly name: string;
    readonly direct: number;
    readonly coordinating: number;
    readonly isBonus?: boolean;
  }[];
  readonly deadlines: Deadlines;
  readonly holidays: readonly CalendarDate[];
  /** The name written beside a holiday, by "year-month-day" (the user's own days, carried by Năm mới). */
  readonly holidayNames?: ReadonlyMap<string, string>;
  readonly recipients?: readonly string[];
  /** "Kính gửi" of the tờ trình and the report: the body that grants the awards. */
  readonly addressee?: string;
  /** The award each kind of place is proposed for ("Bằng khen", "Cờ thi đua …"). */
  readonly awardKinds?: { readonly leading: string; readonly excellent: string };
  readonly signer?: string;
  /** The preset's plan for the year chosen ("Kế hoạch"); no plan sheet without it. */
  readonly plan?: readonly ResolvedPlanTask[];
}

export interface TemplateUnit {
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  /** The cluster's name as written in the units sheet. */
  readonly cluster: string;
}

/** Row (0-based) of every table's header in the template: title, note, header. */
export const TEMPLATE_HEADER_ROW = 2;
export const FIRST_DATA_ROW = TEMPLATE_HEADER_ROW + 1;

/** Excel table names: letters, digits and underscores, unique in the workbook. */
export const TABLE_NAMES = {
  criteria: "TieuChi",
  units: "DonVi",
  departments: "PhanBoBan",
  departmentPoints: "DiemCacBan",
  votes: "BoPhieu",
  clusters: "CumThiDua",
  bands: "XepLoai",
  holidays: "NgayNghi",
  recipients: "NoiNhan",
  scores: (index: number): string => `Diem_${index + 1}`,
} as const;

/** The closed yes/no list of the units' and departments' columns. */
export const YES = "Có";
export const NO = "Không";

export function serial(date: CalendarDate | undefined): number | null {
  return date ? toExcelSerial(date) : null;
}

export function headers(columns: Record<string, ColumnSpec>): string[] {
  return Object.values(columns).map((c) => c.header);
}

export function widths(columns: Record<string, ColumnSpec>): number[] {
  return Object.values(columns).map((c) => c.width);
}

export function titleBlocks(title: string, note: string): BlockWrite[] {
  return [
    { at: "A1", cells: [[title]], style: TITLE },
    { at: "A2", cells: [[note]], style: NOTE },
  ];
}

/** A table column's position among `columns`. */
export function columnOf(columns: Record<string, ColumnSpec>, key: string): number {
  return Object.keys(columns).indexOf(key);
}

export function columnRange(col: number, firstRow: number, lastRow: number): string {
  return rangeAddress(firstRow, col, Math.max(firstRow, lastRow), col);
}

/**
 * The one rule for points typed as text, on a unit's sheet and on the departments' sheet alike: the
 * core reads text such as "10" or "8,5" as the number it shows (core/numbers.ts, parseScore), and
 * the reader warns, naming the cell, that it is stored as text. Text that is no number is the core's
 * problem (SCORE_NOT_A_NUMBER, DEPARTMENT_POINTS_NOT_A_NUMBER), never 0 silently.
 */
export function warnNumberAsText(cell: Sourced, problems: Problem[]): void {
  if (
    typeof cell.value === "string" &&
    cell.value.trim() !== "" &&
    parseScore(cell.value).kind === "number"
  ) {
    problems.push(problemOf("WB_NUMBER_AS_TEXT", { shown: cell.value.trim() }, cell.at));
  }
}
