/**
 * Locking the appraisal in a plain browser (Debian's chromium): open the sample, lock, see the unit
 * shown as locked with no save offered, pass axe at 320 px in that state, try to unlock without a
 * reason (refused), unlock with one. The downloaded workbooks say the same: the scoring sheets
 * protected after the lock and not after the unlock, and «Nhật ký» has a row for each sheet each
 * time, the unlock's with its reason.
 */
import { readFileSync } from "fs";
import path from "path";
import { expect, test, type Page } from "@playwright/test";
import { XlsxWorkbook } from "../src/adapters/xlsx/xlsx-workbook";
import { readLockState } from "../src/workbook/appraisal-lock";
import { SHEET } from "../src/workbook/sheet-names";
import { SCREENSHOTS, expectAccessible, openPane, openStep } from "./support";

async function download(page: Page): Promise<XlsxWorkbook> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải xuống", exact: true }).first().click(),
  ]);
  return XlsxWorkbook.fromBuffer(readFileSync(await file.path()));
}

async function logReasons(workbook: XlsxWorkbook): Promise<unknown[][]> {
  const [log] = await workbook.readSheets([SHEET.changeLog]);
  return (log?.values ?? []).map((row) => [row[2], row[5], row[6]]);
}

test("locking the appraisal shows the unit locked, and unlocking needs a reason; both are in «Nhật ký» and in the file's protection", async ({
  page,
}) => {
  page.on("dialog", (dialog) => void dialog.accept());
  await openPane(page);
  await page.getByRole("button", { name: "Mở tệp mẫu" }).click();
  await expect(page.getByText("Tệp đang làm: «kon-tum.xlsx»")).toBeVisible();
  await openStep(page, /^4\. Thẩm định$/);
  const lockSection = page.getByRole("region", { name: "Khóa kết quả thẩm định" });
  await lockSection.getByRole("button", { name: "Khóa kết quả thẩm định" }).click();
  await expect(page.getByText(/^Đã khóa \d+ trang chấm điểm và ghi vào trang «Nhật ký»\.$/)).toBeVisible();
  await expect(page.getByText(/^Kết quả thẩm định đã khóa: trang «DV01» không sửa được điểm/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Ghi thẩm định" })).toHaveCount(0);
  await expectAccessible(page);
  await lockSection.screenshot({
    path: path.join(SCREENSHOTS, "pane-tham-dinh-khoa.png"),
    animations: "disabled",
  });

  const locked = await download(page);
  const state = await readLockState(locked);
  expect(state.open).toEqual([]);
  expect(state.locked.length).toBeGreaterThan(1);
  const lockRows = (await logReasons(locked)).filter((row) => row[1] === "Đã khóa");
  expect(lockRows.map((row) => row[0])).toEqual(state.locked);

  const unlock = lockSection.getByRole("button", { name: "Mở khóa" });
  await unlock.click();
  await expect(page.getByText("Cần ghi lý do mở khóa.")).toBeVisible();
  await lockSection
    .getByRole("textbox", { name: /^Lý do mở khóa/ })
    .fill("Đơn vị DV01 khiếu nại tiêu chí I.1");
  await unlock.click();
  await expect(
    page.getByText(/^Đã mở khóa \d+ trang chấm điểm và ghi lý do vào trang «Nhật ký»\.$/),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Ghi thẩm định" })).toBeVisible();

  const open = await download(page);
  expect((await readLockState(open)).locked).toEqual([]);
  const unlockRows = (await logReasons(open)).filter(
    (row) => row[2] === "Đơn vị DV01 khiếu nại tiêu chí I.1",
  );
  expect(unlockRows.map((row) => row[0])).toEqual(state.locked);
});
