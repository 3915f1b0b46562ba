/**
 * «Thẩm định» in a plain browser (Debian's chromium, its real IndexedDB): open the sample, appraise
 * two criteria with reasons, reload, continue, generate the summary — the downloaded workbook holds
 * the appraised scores, their reasons, the «Nhật ký» rows and a summary made from them. The step
 * passes axe at 320 px.
 */
import { readFileSync } from "fs";
import path from "path";
import { expect, test, type Page } from "@playwright/test";
import { XlsxWorkbook } from "../src/adapters/xlsx/xlsx-workbook";
import { readAppraisal } from "../src/workbook/appraisal";
import { readUnitEntry } from "../src/workbook/unit-entry";
import { SHEET } from "../src/workbook/sheet-names";
import { isSummaryStale } from "../src/workbook/usecases";
import { ROOT, expectAccessible, openPane, openStep } from "./support";

const SAMPLE = path.join(ROOT, "assets", "samples", "kon-tum.xlsx");
const ASOF = { year: 2024, month: 12, day: 20 };

async function download(page: Page): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải xuống", exact: true }).first().click(),
  ]);
  return readFileSync(await file.path());
}

test("appraising two criteria and entering a department's points survive a reload and reach the summary, with a «Nhật ký» row per change", async ({
  page,
}) => {
  page.on("dialog", (dialog) => void dialog.accept());
  // Two criteria of the sample's first unit whose self score is above 0,25: appraising them to 0,25 changes them.
  const sample = await readAppraisal(await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE)));
  const chosen = sample.rows
    .filter((r) => r.leaf && r.kind === "scored" && r.self !== null && r.self > 25)
    .slice(0, 2);
  expect(chosen).toHaveLength(2);
  const points = await readUnitEntry(
    await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE)),
    sample.unit.code,
    ASOF,
  );
  const department = points.departments.find((d) => d.cap >= 50 && d.shown !== "0,5" && d.cell !== null)!;
  expect(department).toBeDefined();

  await openPane(page);
  await page.getByRole("button", { name: "Mở tệp mẫu" }).click();
  await expect(page.getByText("Tệp đang làm: «kon-tum.xlsx»")).toBeVisible();
  await openStep(page, /4\. Thẩm định/);
  await expect(page.getByRole("combobox", { name: "Đơn vị", exact: true })).toHaveValue(sample.unit.code);
  await expectAccessible(page);
  // Asked once: the name «Nhật ký» records as who made the changes.
  await page.getByRole("textbox", { name: "Tên người ghi nhật ký" }).fill("Cán bộ thử");
  await page.getByRole("button", { name: "Lưu tên" }).click();
  await expect(page.getByText("Nhật ký ghi tên: Cán bộ thử.")).toBeVisible();

  for (const [i, row] of chosen.entries()) {
    await page.getByRole("textbox", { name: `Điểm thẩm định ${row.code}`, exact: true }).fill("0,25");
    await page
      .getByRole("textbox", { name: new RegExp(`^Lý do điều chỉnh ${row.code.replace(/\./g, "\\.")}`) })
      .fill(`Lý do ${i + 1}`);
  }
  await expect(page.getByText("Chênh lệch −", { exact: false }).first()).toBeVisible();
  await page.getByRole("button", { name: "Ghi thẩm định" }).click();
  await expect(page.getByText(/^Đã ghi 4 thay đổi vào trang của đơn vị và trang «Nhật ký»\.$/)).toBeVisible();
  await expectAccessible(page);

  // A department's points for the same unit, under the appraisal (the cap beside the field).
  await page.getByRole("combobox", { name: "Đơn vị cần nhập" }).selectOption(sample.unit.code);
  const pointsField = page.getByRole("textbox", { name: `Điểm ${department.name} chấm`, exact: true });
  await pointsField.fill("0,5");
  await page.getByRole("button", { name: "Ghi điểm các ban" }).click();
  await expect(page.getByText("Đã ghi 1 thay đổi và trang «Nhật ký».")).toBeVisible();

  await page.reload();
  await page.getByRole("button", { name: "Làm tiếp" }).click();
  await expect(page.getByText("Tệp đang làm: «kon-tum.xlsx»")).toBeVisible();
  await openStep(page, /6\. Tổng hợp/);
  await page.getByRole("button", { name: "Tạo bảng tổng hợp" }).click();
  await expect(page.getByText(`Đã ghi trang «${SHEET.summary}».`)).toBeVisible();

  const workbook = await XlsxWorkbook.fromBuffer(await download(page));
  const after = await readAppraisal(workbook, sample.unit.code);
  for (const [i, row] of chosen.entries()) {
    expect(after.rows.find((r) => r.code === row.code)).toMatchObject({
      appraised: 25,
      reason: `Lý do ${i + 1}`,
    });
  }
  const [log] = await workbook.readSheets([SHEET.changeLog]);
  const reasons = (log?.values ?? []).map((r) => r[6]);
  expect(reasons).toEqual(expect.arrayContaining(["Lý do 1", "Lý do 2"]));
  const entered = await readUnitEntry(workbook, sample.unit.code, ASOF);
  expect(entered.departments.find((d) => d.code === department.code)?.shown).toBe("0,5");
  expect((log?.values ?? []).map((r) => [r[1], r[2], r[3], r[5]])).toContainEqual([
    "Cán bộ thử",
    SHEET.departmentPoints,
    department.cell,
    0.5,
  ]);
  // The summary was made after the appraisal, from the appraised scores: it is not stale.
  expect(await isSummaryStale(workbook)).toBe(false);
});

test("a report's day entered in the pane is a new «Đăng ký và nộp» row, shown with the row that decides it", async ({
  page,
}) => {
  page.on("dialog", (dialog) => void dialog.accept());
  await openPane(page);
  await page.getByRole("button", { name: "Mở tệp mẫu" }).click();
  await expect(page.getByText("Tệp đang làm: «kon-tum.xlsx»")).toBeVisible();
  await openStep(page, /4\. Thẩm định/);
  await page.getByRole("button", { name: "Không ghi tên" }).click();
  const field = page.getByRole("textbox", { name: "Ngày gửi báo cáo tổng kết" });
  await field.fill("03/12/2024");
  await page.getByRole("button", { name: "Ghi thông tin xét thi đua" }).click();
  await expect(page.getByText(/theo «Đăng ký và nộp», dòng \d+/)).toBeVisible();
  await expect(field).toHaveValue("03/12/2024");

  const workbook = await XlsxWorkbook.fromBuffer(await download(page));
  const unit = (await readUnitEntry(workbook, undefined, ASOF)).unit.code;
  const [rows] = await workbook.readSheets([SHEET.submissions]);
  const appended = rows!.values.filter((r) => r[0] === unit && r[6] === "nhập ở ngăn tác vụ");
  expect(appended).toHaveLength(1);
  expect(appended[0]!.slice(2, 5)).toEqual([
    "Báo cáo tổng kết",
    { year: 2024, month: 12, day: 3 },
    "Đã nhận",
  ]);
  const entry = await readUnitEntry(workbook, unit, ASOF);
  expect(entry.facts.endReport).toBe("03/12/2024");
  expect(entry.from.endReport?.sheet).toBe(SHEET.submissions);
});
