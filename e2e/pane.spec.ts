/**
 * The pane in a real chromium, outside Office, on the production build: load the sample, check it,
 * generate the summary and the recommendation, download, and hold the downloaded workbook's figures
 * to the core's own computation.
 */
import { readFileSync } from "fs";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { XlsxWorkbook } from "../src/adapters/xlsx/xlsx-workbook";
import { numberFromPoints } from "../src/core/decimal";
import { summarizeBlock } from "../src/core/summary";
import type { BlockSummary } from "../src/core/model";
import { vi } from "../src/messages/vi/diagnostics";
import { summaryText } from "../src/messages/vi/documents";
import { SHEET } from "../src/workbook/sheet-names";
import { readCluster } from "../src/workbook/usecases";
import { expectAccessible, openPane, openStep, screenshot } from "./support";

async function downloadWorkbook(page: Page, button: RegExp): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).first().click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = await download.path();
  return readFileSync(file);
}

/** What the core computes from the workbook's inputs (not from the sheets the pane wrote). */
async function coreSummary(bytes: Buffer): Promise<BlockSummary> {
  const { input } = await readCluster(await XlsxWorkbook.fromBuffer(bytes));
  if (input === null) throw new Error("the downloaded workbook lost its input sheets");
  return summarizeBlock(input);
}

interface SheetRow {
  readonly code: string;
  readonly total: number | null;
  readonly rank: number | null;
  readonly award: string;
}

/** The summary sheet's unit rows as Excel would show them (formulas' cached results). */
async function summaryRows(bytes: Buffer): Promise<SheetRow[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = book.getWorksheet(SHEET.summary);
  if (sheet === undefined) throw new Error(`no sheet ${SHEET.summary}`);
  const shown = (value: ExcelJS.CellValue): unknown =>
    value !== null && typeof value === "object" && "result" in value ? value.result : value;
  let header: Map<string, number> | null = null;
  const rows: SheetRow[] = [];
  sheet.eachRow((row) => {
    // row.values is sparse (index 0 and blank cells are holes): Array.from fills them.
    const cells = Array.from(row.values as ExcelJS.CellValue[], shown);
    if (header === null) {
      if (cells.includes(summaryText.headers[1]) && cells.includes("Tổng điểm")) {
        header = new Map(cells.map((cell, column) => [String(cell), column]));
      }
      return;
    }
    const at = (name: string): unknown => cells[header?.get(name) ?? -1];
    const code = at("Mã");
    const total = at("Tổng điểm");
    if (typeof code !== "string" || code === "" || typeof total !== "number") return;
    const rank = at("Xếp hạng");
    rows.push({
      code,
      total,
      rank: typeof rank === "number" ? rank : null,
      award: typeof at("Đề nghị khen thưởng") === "string" ? String(at("Đề nghị khen thưởng")) : "",
    });
  });
  return rows;
}

test("a cluster head's year in a plain browser: sample, check, summary, proposal, download", async ({
  page,
}) => {
  await test.step("the pane opens offline at 320 px on the Office.js copy it serves", async () => {
    await openPane(page);
    expect(
      await page.evaluate(
        () => (window as unknown as { __thiduaOfficeSource?: string }).__thiduaOfficeSource,
      ),
    ).toBe("local");
    await expect(page.getByText("Chưa mở tệp nào.")).toBeVisible();
    // No sideways scrolling in a 320-px pane.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  await test.step("the sample opens with one click and the pane moves on to the check", async () => {
    await page.getByRole("button", { name: "Mở tệp mẫu" }).click();
    await expect(page.getByText("Tệp đang làm: «kon-tum.xlsx»")).toBeVisible();
    await expect(page.getByRole("tab", { name: "5. Kiểm tra" })).toHaveAttribute("aria-selected", "true");
  });

  await test.step("Kiểm tra: the sample has no errors", async () => {
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await expect(page.getByText("0 lỗi", { exact: false })).toBeVisible();
  });

  let summaryBytes: Buffer = Buffer.alloc(0);
  await test.step("Tổng hợp: generates the sheet and draws the ranking", async () => {
    await openStep(page, /6\. Tổng hợp/);
    await page.getByRole("button", { name: "Tạo bảng tổng hợp" }).click();
    await expect(page.getByText(`Đã ghi trang «${SHEET.summary}».`)).toBeVisible();
    await expect(page.getByRole("heading", { name: /Xếp hạng — Cụm các Ngân hàng/ })).toBeVisible();
    summaryBytes = await downloadWorkbook(page, /^Tải xuống$/);
  });

  await test.step("the downloaded summary's figures are the core's", async () => {
    const expected = await coreSummary(summaryBytes);
    const rows = await summaryRows(summaryBytes);
    const units = expected.clusters.flatMap((c) => c.units);
    expect(units.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.code).sort()).toEqual(units.map((u) => u.code).sort());
    // A unit in a tie still awaiting the vote reads «Chờ bỏ phiếu» (the sample's ties go to the vote).
    const awaiting = new Set(
      expected.clusters.flatMap((c) => c.ties.filter((t) => !t.settled).flatMap((t) => t.units)),
    );
    for (const unit of units) {
      const row = rows.find((r) => r.code === unit.code);
      expect(row?.total, `tổng điểm của ${unit.code}`).toBeCloseTo(numberFromPoints(unit.total), 2);
      expect(row?.rank, `xếp hạng của ${unit.code}`).toBe(unit.rank);
      const award =
        unit.award !== null
          ? summaryText.award[unit.award]
          : awaiting.has(unit.code)
            ? summaryText.awaitingVote
            : "";
      expect(row?.award ?? "", `đề nghị của ${unit.code}`).toBe(award);
    }
    // And the pane drew the same: one bar per unit, named with its rank and total.
    for (const unit of units) {
      await expect(
        page.getByRole("listitem", { name: new RegExp(`^Hạng ${unit.rank}: ${unit.name},`) }),
      ).toHaveCount(1);
    }
  });

  await test.step("Đề nghị khen thưởng: the proposal within quota and the printable sheet", async () => {
    await openStep(page, /^7\. Đề nghị$/);
    await expect(page.getByText("Chỉ tiêu: 1 dẫn đầu, 2 xuất sắc")).toBeVisible();
    await page.getByRole("button", { name: "Tạo tờ trình đề nghị khen thưởng" }).click();
    await expect(page.getByText(/sẵn sàng để in/)).toBeVisible();
    const bytes = await downloadWorkbook(page, /^Tải xuống$/);
    // Read with the package layer: exceljs 4.4 throws reading the text of this sheet's merged cells.
    const [sheet] = await (await XlsxWorkbook.fromBuffer(bytes)).readSheets([SHEET.recommendation]);
    expect(sheet, "the recommendation sheet is in the download").toBeDefined();
    const leading = (await coreSummary(bytes)).clusters
      .flatMap((c) => c.units)
      .filter((u) => u.award === "leading");
    const text = (sheet?.values ?? []).flat().map(String).join("\n");
    for (const unit of leading) expect(text).toContain(unit.name);
  });
});

test("the steps are tabs the keyboard reaches and moves between", async ({ page }) => {
  // Wide enough for every tab in the row (narrower, the last ones go to «bước khác»).
  await page.setViewportSize({ width: 1280, height: 900 });
  await openPane(page);
  const first = page.getByRole("tab", { name: "1. Thiết lập" });
  await first.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "2. Thu thập" })).toBeFocused();
  // Thu thập, Tiến độ, Thẩm định, then Kiểm tra: the tabs in the order of the year's work.
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "5. Kiểm tra" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("tab", { name: "5. Kiểm tra" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("heading", { level: 2, name: "Kiểm tra sổ làm việc" })).toBeVisible();
  // Tab leaves the tab list into the step's own controls.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Kiểm tra", exact: true })).toBeFocused();
});

test("Thiết lập in a browser: a new workbook from a pasted unit list, downloaded", async ({ page }) => {
  await openPane(page);
  await page.getByRole("textbox", { name: "Tên cụm" }).fill("Cụm thi đua số 3");
  await page
    .getByRole("textbox", { name: /Danh sách đơn vị/ })
    .fill(
      "Mã\tTên đơn vị\tLoại\nDV01\tCông đoàn Điện lực\ttrực tiếp\nDV02\tCông đoàn Ngân hàng\tphối hợp\nDV03\tCông đoàn Y tế\ttrực tiếp",
    );
  await expect(page.getByText(/^3 đơn vị/)).toBeVisible();
  await page.getByRole("combobox", { name: "Cụm trưởng" }).selectOption("DV01");
  await page.getByRole("combobox", { name: "Cụm phó" }).selectOption("DV02");
  // The message sits under the form's last button: in a 350-px pane it is brought into view.
  await page.setViewportSize({ width: 350, height: 600 });
  await page.getByRole("button", { name: "Tạo sổ làm việc" }).click();
  await expect(page.getByText(/Đã tạo sổ làm việc mới/)).toBeInViewport();
  await screenshot(page, "thiet-lap-xong");
  const bytes = await downloadWorkbook(page, /^Tải xuống$/);
  const listed = (await (await XlsxWorkbook.fromBuffer(bytes)).listSheets()).map((s) => s.name);
  expect(listed).toEqual(
    expect.arrayContaining([SHEET.config, SHEET.criteria, SHEET.units, "DV01", "DV02", "DV03"]),
  );
});

test("a file that is not a workbook is refused in Vietnamese", async ({ page }) => {
  await openPane(page);
  await page.getByTestId("file-input").setInputFiles({
    name: "ghi-chu.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from("đây không phải tệp Excel"),
  });
  await expect(page.getByRole("alert")).toContainText(vi.workbookErrors.XLSX_NOT_XLSX({}));
  await expect(page.getByTestId("open-file")).toHaveText(
    "Tệp «ghi-chu.xlsx» không mở được. Chưa mở tệp nào.",
  );
  // Opening the same bytes again cannot help.
  await expect(page.getByRole("button", { name: "Thử lại" })).toHaveCount(0);
});

test("after a failed open the file bar names the failed file and the one still open, with no «Thử lại»", async ({
  page,
}) => {
  await openPane(page);
  await page.getByRole("button", { name: "Mở tệp mẫu" }).click();
  await expect(page.getByText("Tệp đang làm: «kon-tum.xlsx»")).toBeVisible();
  await page.getByTestId("file-input").setInputFiles({
    name: "ghi-chu.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("danh sách đơn vị"),
  });
  await expect(page.getByTestId("open-file")).toHaveText(
    "Tệp «ghi-chu.txt» không mở được; vẫn đang làm trên «kon-tum.xlsx».",
  );
  await expect(page.getByRole("button", { name: "Thử lại" })).toHaveCount(0);
});

test("a step run with no file open says to open one, and offers no «Thử lại»", async ({ page }) => {
  await openPane(page);
  await openStep(page, /^5\. Kiểm tra$/);
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("Chưa mở sổ làm việc nào.");
  await expect(page.getByRole("button", { name: "Thử lại" })).toHaveCount(0);
});

test("every step passes axe with no serious or critical violation", async ({ page }) => {
  await openPane(page);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Mở tệp mẫu" }).click();
  await expect(page.getByText("Tệp đang làm: «kon-tum.xlsx»")).toBeVisible();
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await expect(page.getByText("0 lỗi", { exact: false })).toBeVisible();
  await expectAccessible(page);
  await openStep(page, /6\. Tổng hợp/);
  await page.getByRole("button", { name: "Tạo bảng tổng hợp" }).click();
  await expect(page.getByText(`Đã ghi trang «${SHEET.summary}».`)).toBeVisible();
  await expectAccessible(page);
  await openStep(page, /^7\. Đề nghị$/);
  await expectAccessible(page);
  await openStep(page, /1\. Thiết lập/);
  await expectAccessible(page);
});
