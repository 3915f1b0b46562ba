/**
 * «Tự kiểm tra» in the built pane, hosted by the documented model of Excel (e2e/documented-office.ts)
 * instead of Microsoft's office.js: the pane runs in Excel mode, the functions bundle registers the
 * THIDUA.* functions with the model, and the self-test runs every adapter operation on scratch sheets,
 * lists every check and leaves the workbook as it was. On Windows the model passes blank cells to the
 * functions as 0, on the web as null (office-js #4702).
 */
import { expect, test, type Page } from "@playwright/test";
import { helpText } from "../src/messages/help";
import { selfTestText } from "../src/messages/self-test";
import { excelHostText } from "../src/messages/excel-host";
import { SELF_TEST_CHECKS } from "../src/workbook/self-test";
import { openPaneInDocumentedExcel } from "./documented-office";
import { expectAccessible, openStep } from "./support";

const text = { ...selfTestText("vi"), ...helpText("vi") };

async function sheetsOf(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __documentedExcel: { sheets: { name: string }[] } }).__documentedExcel.sheets.map(
      (sheet) => sheet.name,
    ),
  );
}

for (const [platform, shown] of [
  ["windows", "PC"],
  ["web", "OfficeOnline"],
] as const) {
  test(`Tự kiểm tra in Excel (${platform}, the documented model): every check listed and passed, nothing left behind`, async ({
    page,
  }) => {
    await openPaneInDocumentedExcel(page, platform);
    // Excel mode: no file bar, the Excel-only steps are there.
    await openStep(page, /^Chuyển mã$/);
    const before = await sheetsOf(page);

    await page.getByText(text.help, { exact: true }).click();
    await page.getByRole("button", { name: text.run }).click();
    const list = page.getByRole("list", { name: text.run });
    await expect(list.getByRole("listitem")).toHaveCount(SELF_TEST_CHECKS.length, { timeout: 60_000 });
    for (const id of SELF_TEST_CHECKS) {
      await expect(list.getByRole("listitem").filter({ hasText: text.checks[id] })).toContainText(
        `[${text.status.ok}]`,
      );
    }
    const report = await page.getByLabel(text.reportLabel).inputValue();
    expect(report).toContain(`Nền tảng: ${shown}`);
    expect(report).toMatch(/Bộ API: ExcelApi 1\.20 · SharedRuntime 1\.1 · CustomFunctionsRuntime 1\.4/);
    expect(report).toContain(`Kết quả: ${SELF_TEST_CHECKS.length} đạt, 0 lỗi, 0 bỏ qua.`);
    expect(await sheetsOf(page)).toEqual(before);
    await expectAccessible(page);
  });
}

test("in Excel the steps that replace sheets say first that Excel cannot undo them", async ({ page }) => {
  await openPaneInDocumentedExcel(page, "mac");
  await openStep(page, /Tổng hợp/);
  await expect(page.locator("#panel-summary").getByText(excelHostText("vi").cannotUndo)).toBeVisible();
});
