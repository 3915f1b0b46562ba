/**
 * «Đổi mã đơn vị»: old unit codes to new, for units renamed or merged between two years (since the
 * 2025 merger of provinces and the end of district-level government). A sheet of last year's
 * workbook, or of a separate file (`thidua nam-moi --doi-ma`); any producer's, the header found by name.
 */
import type { CodeMappingRow } from "../../core/new-year";
import { codeMappingText as M } from "../../messages/vi/year-documents";
import { rangeAddress } from "../grid/address";
import type { Grid } from "../grid/grid";
import { column, findHeader } from "../grid/header";
import type { BlockWrite, SheetWrite } from "../port";
import { HEADER, INPUT } from "../styles";
import { FIRST_DATA_ROW, TEMPLATE_HEADER_ROW, headers, titleBlocks, widths } from "./table";

export const CODE_MAPPING_COLUMNS = {
  old: column("Mã cũ", 14, true, ["Mã đơn vị cũ"]),
  new: column("Mã mới", 14, true, ["Mã đơn vị mới"]),
  name: column("Tên mới", 40, false, ["Tên đơn vị mới"]),
} as const;

/** An empty «Đổi mã đơn vị» sheet for the cluster to fill (ten input rows). */
export function codeMappingSheet(name: string): SheetWrite {
  const rows = 10;
  const blocks: BlockWrite[] = [
    ...titleBlocks(M.title, M.note),
    { at: "A3", cells: [headers(CODE_MAPPING_COLUMNS)], style: HEADER },
    {
      at: `A${FIRST_DATA_ROW + 1}`,
      cells: Array.from({ length: rows }, () => [null, null, null]),
      style: INPUT,
    },
  ];
  return {
    name,
    generated: false,
    blocks,
    columnWidths: widths(CODE_MAPPING_COLUMNS),
    tables: [
      {
        name: "DoiMa",
        range: rangeAddress(TEMPLATE_HEADER_ROW, 0, FIRST_DATA_ROW + rows - 1, 2),
        headerRow: true,
      },
    ],
  };
}

/** The mapping's rows with their cells; null when the sheet has no such header. */
export function readCodeMappingSheet(grid: Grid): CodeMappingRow[] | null {
  const header = findHeader(grid, CODE_MAPPING_COLUMNS);
  if (!header || header.columns.old === null || header.columns.new === null) return null;
  const col = header.columns;
  return grid.dataRows(header.row).map((row) => ({
    old: grid.sourcedText(row, col.old),
    new: grid.sourcedText(row, col.new),
    name: grid.sourcedText(row, col.name),
  }));
}
