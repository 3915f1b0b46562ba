/** Cells as the tests name them ("E12") and as the product keeps them (0-based row and column). */
import type { CellRef } from "../../src/core/model";
import { cellAddress, parseCellAddress } from "../../src/workbook/grid/address";

/** The cell "E12" of a sheet, as a CellRef: cellAt("DV01", "E12") is { sheet: "DV01", row: 11, col: 4 }. */
export function cellAt(sheet: string, address: string): CellRef {
  const at = parseCellAddress(address);
  if (at === null) throw new Error(`not a cell: ${address}`);
  return { sheet, row: at.row, col: at.col };
}

/** "E12" for a CellRef at row 11, column 4; undefined without one. */
export function addressOf(at: CellRef | undefined): string | undefined {
  return at === undefined ? undefined : cellAddress(at.row, at.col);
}
