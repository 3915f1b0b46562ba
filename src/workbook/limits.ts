/**
 * The product's limits, in one place (docs/limits.md explains each one and what happens past it).
 *
 * Two kinds: what a cluster workbook may hold (the reader reports a problem naming the sheet), and
 * the bounds that keep opening a file from exhausting memory (the file is refused before it is
 * parsed). The memory bounds come from measuring exceljs: a parsed row costs about 1 KB and a
 * parsed cell about 0.5 KB, so 600,000 rows and 3,500,000 cells stay near 2.3 GB, under Node's and
 * a browser tab's 4 GB heap. A 2,000-unit × 150-criterion workbook holds 330,000 rows and 2.3
 * million cells.
 */

/** What a cluster workbook may hold. */
export const WORKBOOK_LIMITS = {
  /** Member units in "Đơn vị" (the product is tested up to here). */
  units: 2_000,
  /** Rows of the criteria table. */
  criteria: 500,
  /** Sheets in the workbook: a scoring sheet per unit, the product's sheets and some of the user's. */
  sheets: 2_100,
  /** Rows of a sheet the product reads, up to its last non-blank row. */
  rowsPerSheet: 5_000,
  /** Characters in one cell: Excel's own limit, so a longer text cannot be written back. */
  cellText: 32_767,
} as const;

/** Bounds on the file itself, checked before anything is parsed. */
export const FILE_LIMITS = {
  /** The file's size. */
  fileBytes: 100 * 1024 * 1024,
  /** The parts' total size once inflated (declared, then checked while inflating). */
  uncompressedBytes: 200 * 1024 * 1024,
  /** One part's size once inflated. */
  entryBytes: 100 * 1024 * 1024,
  /** Parts in the zip. */
  entries: 20_000,
  /** Cells in all the sheets' XML, plus the shared strings. */
  cells: 3_500_000,
  /** Rows in all the sheets' XML. */
  rows: 600_000,
  /** Cells an adapter lays out in the grids it hands over, empty ones between values included. */
  gridCells: 20_000_000,
} as const;
