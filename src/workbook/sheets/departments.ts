/**
 * "Phân bổ điểm ban": the departments (code, name) and the points each gives a direct and a
 * coordinating unit at most, a department's points counted as bonus when so marked. Needed only
 * where the departments score. Written by the template; read into the core's department rows.
 */
import { parseYesNo } from "../../core/numbers";
import type { DepartmentRow, Problem } from "../../core/model";
import { templateText as T } from "../../messages/vi/documents";
import { rangeAddress } from "../grid/address";
import { reportErrors, type Grid } from "../grid/grid";
import { column, readHeader } from "../grid/header";
import type { BlockWrite, SheetWrite } from "../port";
import { SHEET } from "../sheet-names";
import { HEADER, INPUT } from "../styles";
import {
  FIRST_DATA_ROW,
  NO,
  TABLE_NAMES,
  TEMPLATE_HEADER_ROW,
  YES,
  columnRange,
  headers,
  titleBlocks,
  widths,
  type TemplateSource,
} from "./table";

export const DEPARTMENT_COLUMNS = {
  code: column("Mã ban", 12, true, ["Mã"]),
  name: column("Tên ban", 40, true, ["Ban"]),
  direct: column("Đơn vị trực tiếp", 14, true, ["Trực tiếp"]),
  coordinating: column("Đơn vị phối hợp", 14, true, ["Phối hợp"]),
  isBonus: column("Là điểm thưởng", 12, false, ["Điểm thưởng"]),
} as const;

export function departmentsSheet(source: TemplateSource): SheetWrite {
  const blocks: BlockWrite[] = [
    ...titleBlocks(T.departmentsTitle, T.departmentsNote),
    { at: "A3", cells: [headers(DEPARTMENT_COLUMNS)], style: HEADER },
  ];
  const rows = source.departments.length > 0 ? source.departments : [null];
  rows.forEach((d, i) => {
    blocks.push({
      at: `A${FIRST_DATA_ROW + i + 1}`,
      cells: [
        [
          d?.code ?? null,
          d?.name ?? null,
          d?.direct ?? null,
          d?.coordinating ?? null,
          d ? (d.isBonus ? YES : NO) : null,
        ],
      ],
      style: INPUT,
    });
  });
  const last = FIRST_DATA_ROW + rows.length - 1;
  return {
    name: SHEET.departments,
    generated: false,
    blocks,
    columnWidths: widths(DEPARTMENT_COLUMNS),
    tables: [
      {
        name: TABLE_NAMES.departments,
        range: rangeAddress(TEMPLATE_HEADER_ROW, 0, last, 4),
        headerRow: true,
      },
    ],
    validations: [
      {
        range: rangeAddress(FIRST_DATA_ROW, 2, last, 3),
        kind: "decimal",
        min: 0,
        errorMessage: T.validation.max,
      },
      {
        range: columnRange(4, FIRST_DATA_ROW, last),
        kind: "list",
        list: [YES, NO],
        errorMessage: T.validation.yesNo,
      },
    ],
  };
}

/** Reads "Phân bổ điểm ban": one department per row. */
export function readDepartmentsSheet(grid: Grid, problems: Problem[]): DepartmentRow[] {
  const header = readHeader(grid, DEPARTMENT_COLUMNS, problems);
  if (!header) return [];
  const col = header.columns;
  const rows = grid.dataRows(header.row);
  reportErrors(grid, rows, [col.code, col.name, col.isBonus], problems);
  return rows.map((row) => ({
    code: grid.sourcedText(row, col.code),
    name: grid.text(row, col.name),
    direct: grid.sourced(row, col.direct),
    coordinating: grid.sourced(row, col.coordinating),
    isBonus: col.isBonus !== null && parseYesNo(grid.value(row, col.isBonus)) === true,
  }));
}
