/** The .xlsx package layer: the pane lazy-loads this module in a plain browser; the command uses it in Node. */
export { XlsxWorkbook } from "./xlsx-workbook";
export { DEFAULT_XLSX_LIMITS, PackageError, XLSX_FAULT_CODES, type XlsxLimits } from "./guard";
