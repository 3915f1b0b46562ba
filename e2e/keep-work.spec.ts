/**
 * The browser keeps the work, in Debian's chromium with its real IndexedDB: open the sample, change
 * it, reload (the browser asks first), continue — the change is there; nothing pending, nothing asked;
 * and a browser that refuses storage is told to the user.
 */
import { readFileSync } from "fs";
import { expect, test, type Page } from "@playwright/test";
import { XlsxWorkbook } from "../src/adapters/xlsx/xlsx-workbook";
import { SHEET } from "../src/workbook/sheet-names";
import { openPane, openStep } from "./support";

async function download(page: Page): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải xuống", exact: true }).first().click(),
  ]);
  return readFileSync(await file.path());
}

test("a reload keeps the open workbook and its changes, and asks before leaving with changes not downloaded", async ({
  page,
}) => {
  const asked: string[] = [];
  page.on("dialog", (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await openPane(page);
  await page.getByRole("button", { name: "Mở tệp mẫu" }).click();
  await expect(page.getByText("Tệp đang làm: «kon-tum.xlsx»")).toBeVisible();
  await expect(page.getByTestId("not-downloaded")).toContainText("Không có thay đổi nào chưa tải xuống.");

  await openStep(page, /6\. Tổng hợp/);
  await page.getByRole("button", { name: "Tạo bảng tổng hợp" }).click();
  await expect(page.getByText(`Đã ghi trang «${SHEET.summary}».`)).toBeVisible();
  await expect(page.getByTestId("not-downloaded")).toContainText(
    // «Tạo bảng tổng hợp» makes both sheets from one result (the summary and the recommendation).
    `Chưa tải xuống: thay đổi ở trang «${SHEET.summary}», «${SHEET.recommendation}».`,
  );
  await expect(page.getByTestId("not-downloaded")).toContainText("Đã lưu trong bộ nhớ của trình duyệt lúc");

  await page.reload();
  expect(asked).toEqual(["beforeunload"]);
  const offer = page.getByTestId("continue-offer");
  await expect(offer).toContainText("Có việc đang làm dở từ lần trước");
  await expect(offer).toContainText(`«kon-tum.xlsx», lưu lúc`);
  await expect(offer).toContainText(
    `Chưa tải xuống: thay đổi ở trang «${SHEET.summary}», «${SHEET.recommendation}».`,
  );
  await page.getByRole("button", { name: "Làm tiếp" }).click();
  await expect(page.getByText("Tệp đang làm: «kon-tum.xlsx»")).toBeVisible();
  await expect(page.getByTestId("not-downloaded")).toContainText(`thay đổi ở trang «${SHEET.summary}»`);

  // The change is in the workbook the page continued: the summary sheet, made before the reload.
  const bytes = await download(page);
  const sheets = await (await XlsxWorkbook.fromBuffer(bytes)).listSheets();
  expect(sheets.find((s) => s.name === SHEET.summary)?.generated).toBe(true);
  await expect(page.getByTestId("not-downloaded")).toContainText("Không có thay đổi nào chưa tải xuống.");

  // Nothing pending: leaving asks nothing, and the page still offers the kept (downloaded) work.
  await page.reload();
  expect(asked).toEqual(["beforeunload"]);
  await expect(page.getByTestId("continue-offer")).toContainText("Không có thay đổi nào chưa tải xuống.");
});

test("a browser that refuses storage is said to refuse it, and the pane still works", async ({ page }) => {
  // What a locked-down browser does: reading window.indexedDB throws (Chromium with site data blocked).
  await page.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", {
      configurable: true,
      get() {
        throw new DOMException("The user denied permission to access the database.", "SecurityError");
      },
    });
  });
  await openPane(page);
  await expect(page.getByText(/Trình duyệt không cho lưu việc đang làm/).first()).toBeVisible();
  await page.getByRole("button", { name: "Mở tệp mẫu" }).click();
  await expect(page.getByText("Tệp đang làm: «kon-tum.xlsx»")).toBeVisible();
  await expect(page.getByTestId("not-downloaded")).toContainText("Chưa lưu trong bộ nhớ của trình duyệt.");
});
