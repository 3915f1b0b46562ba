/**
 * What the pane's file pickers show. Besides .xlsx: .xlsm (a cluster workbook with macros is read
 * and kept whole), and the files officers have that the product cannot use — .xls, .ods, .csv — so
 * choosing one says why (the adapter names what the file is) instead of the dialog hiding it.
 */
export const WORKBOOK_PICKER_TYPES = [
  ".xlsx",
  ".xlsm",
  ".xls",
  ".ods",
  ".csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.ms-excel.sheet.macroEnabled.12",
].join(",");
