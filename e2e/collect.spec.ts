/**
 * Collecting the self-scores in a real chromium, outside Office, on the production build: the units'
 * files come down as one .zip, a returned file is previewed (refused as a second sending, then taken
 * with overwrite), and the progress table lists every unit; each step passes axe.
 */
import { readFileSync } from "fs";
import JSZip from "jszip";
import { expect, test } from "@playwright/test";
import { XlsxWorkbook } from "../src/adapters/xlsx/xlsx-workbook";
import { readReturnedFile } from "../src/workbook/collect/usecases";
import { readCluster } from "../src/workbook/usecases";
import { fillScores } from "../test/workbook/collect-support";
import { expectAccessible, openPane, openStep, ROOT, screenshot } from "./support";

/** How many units the shipped sample lists, and the criteria of DV01 its head already appraised. */
async function sample(): Promise<{ units: number; appraised: Set<string> }> {
  const bytes = readFileSync(`${ROOT}/assets/samples/kon-tum.xlsx`);
  const { input } = await readCluster(await XlsxWorkbook.fromBuffer(bytes));
  const appraised = (input?.scores ?? [])
    .filter((s) => s.unit.value === "DV01" && s.appraised.value !== null && s.appraised.value !== "")
    .map((s) => s.criterion.value);
  return { units: input?.units.length ?? 0, appraised: new Set(appraised) };
}

test("the units' files go out as one .zip, a returned file is previewed before anything is written", async ({
  page,
}) => {
  const { units, appraised } = await sample();
  expect(units).toBeGreaterThan(1);
  await openPane(page);
  await page.getByRole("button", { name: "Mở tệp mẫu" }).click();
  await expect(page.getByText("Tệp đang làm: «kon-tum.xlsx»")).toBeVisible();

  await openStep(page, /^2\. Thu thập$/);
  await expect(page.getByRole("heading", { level: 2, name: "Thu thập điểm tự chấm" })).toBeVisible();

  let returned: { name: string; buffer: Buffer } | null = null;
  await test.step("Tạo các tệp tự chấm: one .zip, one unit file per unit", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tạo các tệp tự chấm (.zip)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("tep-tu-cham-diem.zip");
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const names = Object.keys(zip.files).sort();
    expect(names).toHaveLength(units);
    expect(names[0]).toMatch(/^DV01 - .+\.xlsx$/);
    const first = await zip.file(names[0]!)!.async("uint8array");
    const read = await readReturnedFile(await XlsxWorkbook.fromBuffer(first));
    expect(read.ok && read.file.identity.unitCode).toBe("DV01");
    // The unit halves every score the head has not appraised yet (an appraised one may not change).
    const prefilled = new Map(read.ok ? read.file.rows.map((r) => [r.code, r.self]) : []);
    // … and writes the day it scored in «Ngày chấm điểm».
    const filled = await fillScores(
      first,
      (row) => {
        const kept = prefilled.get(row.code);
        return appraised.has(row.code) && typeof kept === "number" ? kept : row.max / 2;
      },
      undefined,
      { year: 2022, month: 10, day: 14 },
    );
    returned = { name: names[0]!, buffer: Buffer.from(filled) };
    await expect(page.getByText(`Đã tạo ${units} tệp tự chấm trong «tep-tu-cham-diem.zip».`)).toBeVisible();
  });

  await test.step("a returned file: the sample records no arrival, so DV01's file is taken, dated by the unit", async () => {
    await page.getByTestId("collect-file-input").setInputFiles({
      name: returned!.name,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: returned!.buffer,
    });
    await expect(page.getByRole("heading", { name: "Mỗi tệp mang lại gì" })).toBeVisible();
    await expect(page.getByText("Sẽ nhận", { exact: true })).toBeVisible();
    await expect(page.getByText("Không nhận", { exact: true })).toHaveCount(0);
    await expect(
      page.getByText(/ngày nhận 14\/10\/2022 \(ngày đơn vị ghi ở ô «Ngày chấm điểm» trong tệp\)/),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Gộp điểm của 1 đơn vị" })).toBeEnabled();
    await expect(page.getByText("Chưa ghi gì vào sổ làm việc.")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await screenshot(page, "thu-thap-xem-truoc");
  });

  await test.step("Tiến độ: every unit with its criteria scored and whether its scores are in", async () => {
    await openStep(page, /^3\. Tiến độ$/);
    await page.getByRole("button", { name: "Xem tiến độ" }).click();
    const table = page.getByRole("table", { name: "Tiến độ chấm điểm theo đơn vị" });
    await expect(table).toBeVisible();
    await expect(table.getByRole("row")).toHaveCount(units + 1);
    // The sample records no arrival (its scores were typed in), and nothing was merged yet.
    await expect(table.getByText(/^Đã nhận/)).toHaveCount(0);
    await expect(
      // Kon Tum's guidance sets no deadline for the self-scores: units are "in", not "on time".
      page.getByText(new RegExp(`^\\d+/${units} đơn vị đã chấm đủ; 0 đơn vị đã nộp điểm\\.$`)),
    ).toBeVisible();
    await expectAccessible(page);
  });
});
