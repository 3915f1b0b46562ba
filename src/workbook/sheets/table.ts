/**
 * What the input sheets share: the template's source, the place of every table (title, note,
 * header on row 3), its Excel name, the closed yes/no list, and the small helpers that write a table.
 */
import { toExcelSerial } from "../../core/calendar";
import type {
  CalendarDate,
  ClusterDefinition,
  CriterionKind,
  Deadlines,
  Period,
  ScoringConfig,
  UnitType,
} from "../../core/model";
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
  readonly recipients?: readonly string[];
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
