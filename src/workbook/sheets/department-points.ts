/**
 * "Điểm các ban": one row per unit, then one column per department (headed by its name or code)
 * holding the points it gave the unit. Written by the template (sample points when asked); read
 * into the core's department points, with where they are so the summary's formulas can add them.
 */
import { isBlankCell } from "../../core/cell-text";
import type { DepartmentPointsRow, Problem } from "../../core/model";
import { templateText as T } from "../../messages/vi/documents";
import { rangeAddress } from "../grid/address";
import { keyOf, reportErrors, type Grid } from "../grid/grid";
import { column, readHeader } from "../grid/header";
import type { BlockWrite, CellWrite, DataValidationRule, SheetWrite } from "../port";
import { sampleScore } from "../sample-data";
import { SHEET } from "../sheet-names";
import { BODY, HEADER, INPUT } from "../styles";
import {
  FIRST_DATA_ROW,
  TABLE_NAMES,
  TEMPLATE_HEADER_ROW,
  columnRange,
  headers,
  titleBlocks,
  warnNumberAsText,
  widths,
  type TemplateSource,
  type TemplateUnit,
} from "./table";

/** The unit's columns; every other headed column is a department. */
export const DEPARTMENT_POINTS_COLUMNS = {
  unit: column("Mã đơn vị", 10, true, ["Mã"]),
  name: column("Tên đơn vị", 36, false, ["Đơn vị"]),
} as const;

export function departmentPointsSheet(
  source: TemplateSource,
  units: readonly TemplateUnit[],
  random: (() => number) | null,
): SheetWrite {
  const departments = source.departments;
  const headerCells = [...headers(DEPARTMENT_POINTS_COLUMNS), ...departments.map((d) => d.name)];
  const blocks: BlockWrite[] = [
    ...titleBlocks(T.departmentPointsTitle, T.departmentPointsNote),
    { at: "A3", cells: [headerCells], style: HEADER },
  ];
  const rows = units.length > 0 ? units : [null];
  rows.forEach((u, i) => {
    const points = departments.map((d): CellWrite => {
      if (!u || !random) return null;
      const max = u.type === "direct" ? d.direct : d.coordinating;
      return sampleScore(random, max);
    });
    blocks.push({
      at: `A${FIRST_DATA_ROW + i + 1}`,
      cells: [[u?.code ?? null, u?.name ?? null]],
      style: BODY,
    });
    if (departments.length > 0)
      blocks.push({ at: `C${FIRST_DATA_ROW + i + 1}`, cells: [points], style: INPUT });
  });
  const last = FIRST_DATA_ROW + rows.length - 1;
  const validations: DataValidationRule[] = departments.map((d, j) => ({
    range: columnRange(2 + j, FIRST_DATA_ROW, last),
    kind: "decimal" as const,
    min: 0,
    max: Math.max(d.direct, d.coordinating),
    errorMessage: T.validation.departmentPoints,
  }));
  return {
    name: SHEET.departmentPoints,
    generated: false,
    blocks,
    columnWidths: [...widths(DEPARTMENT_POINTS_COLUMNS), ...departments.map(() => 14)],
    tables: [
      {
        name: TABLE_NAMES.departmentPoints,
        range: rangeAddress(TEMPLATE_HEADER_ROW, 0, last, headerCells.length - 1),
        headerRow: true,
      },
    ],
    validations,
    freeze: { rows: FIRST_DATA_ROW, columns: 2 },
  };
}

/** Where the departments' points are: one row per unit, one column per department. */
export interface DepartmentPointsLayout {
  readonly sheet: string;
  readonly columns: readonly number[];
  /** Row (0-based) by normalised unit code. */
  readonly rowOfUnit: ReadonlyMap<string, number>;
}

/** Reads "Điểm các ban": a row per (unit, department) with points; empty cells are no points. */
export function readDepartmentPointsSheet(
  grid: Grid,
  problems: Problem[],
): { readonly points: DepartmentPointsRow[]; readonly layout: DepartmentPointsLayout | null } {
  const points: DepartmentPointsRow[] = [];
  const header = readHeader(grid, DEPARTMENT_POINTS_COLUMNS, problems);
  if (!header || header.columns.unit === null) return { points, layout: null };
  const unitCol = header.columns.unit;
  // A column the user added for a row total is not a department.
  const columns = header.others.filter((o) => !/^(tổng|cộng)/u.test(keyOf(o.header)));
  const rowOfUnit = new Map<string, number>();
  const rows = grid.dataRows(header.row);
  reportErrors(grid, rows, [unitCol, ...columns.map((o) => o.col)], problems);
  for (const row of rows) {
    const unit = grid.sourcedText(row, unitCol);
    if (unit.value === "") continue;
    if (!rowOfUnit.has(keyOf(unit.value))) rowOfUnit.set(keyOf(unit.value), row);
    for (const other of columns) {
      const cell = grid.sourced(row, other.col);
      if (isBlankCell(cell.value)) continue;
      warnNumberAsText(cell, problems);
      points.push({
        unit,
        department: { value: other.header, at: grid.at(header.row, other.col) },
        points: cell,
      });
    }
  }
  return { points, layout: { sheet: grid.name, columns: columns.map((o) => o.col), rowOfUnit } };
}
