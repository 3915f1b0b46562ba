/** «Thử lại» only where trying the same again can succeed. */
import { OfficeAdapterError } from "../../src/adapters/office/errors";
import { isRetryable, NoWorkbookError, NotXlsxError } from "../../src/taskpane/errors";
import { WorkbookError } from "../../src/workbook/errors";

describe("whether a failure is worth trying again", () => {
  it("is not, with no file open or a file that is not a readable workbook", () => {
    expect(isRetryable(new NoWorkbookError())).toBe(false);
    expect(isRetryable(new NotXlsxError("ghi-chu.txt"))).toBe(false);
    expect(isRetryable(new WorkbookError("XLSX_NOT_XLSX", {}))).toBe(false);
    expect(isRetryable(new WorkbookError("XLSX_ENCRYPTED", {}))).toBe(false);
  });

  it("is not when the form's own input was refused", () => {
    expect(isRetryable(new WorkbookError("UNIT_CODE_DUPLICATE", { code: "DV01" }))).toBe(false);
    expect(isRetryable(new WorkbookError("YEAR_INVALID", { year: 1900 }))).toBe(false);
  });

  it("is, when Excel was busy or the workbook may change in the meantime", () => {
    expect(isRetryable(new OfficeAdapterError({ kind: "timeout", seconds: 30 }))).toBe(true);
    expect(isRetryable(new OfficeAdapterError({ kind: "cell-edit" }))).toBe(true);
    expect(isRetryable(new WorkbookError("TEMPLATE_SHEETS_TAKEN", { names: ["Đơn vị"] }))).toBe(true);
    expect(isRetryable(new WorkbookError("SUMMARY_BLOCKED", { errors: 2 }))).toBe(true);
    expect(isRetryable(new Error("network"))).toBe(true);
  });
});
