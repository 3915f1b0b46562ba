/**
 * The year's end in a real chromium, outside Office, on the production build: «Năm mới» on the
 * shipped sample with a deputy chosen per cluster — the downloaded workbook opens and its heads are
 * last year's deputies, its deputies the ones chosen; and «Tổng hợp khối» on three clusters'
 * workbooks picked at once — the downloaded roll-up lists the combined proposals, and the tờ trình
 * and list come as Word files.
 */
import { readFileSync } from "fs";
import path from "path";
import { strFromU8, unzipSync } from "fflate";
import { expect, test, type Page } from "@playwright/test";
import { XlsxWorkbook } from "../src/adapters/xlsx/xlsx-workbook";
import { rollUpWorkbooks } from "../src/workbook/block-rollup";
import { SHEET } from "../src/workbook/sheet-names";
import { readCluster } from "../src/workbook/usecases";
import { rollupWorkbooks } from "../test/workbook/rollup-sample";
import { expectAccessible, openPane, openStep, ROOT, screenshot } from "./support";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** Each cluster's head and deputy as «Cấu hình» of a workbook holds them. */
async function officers(bytes: Uint8Array): Promise<{ cluster: string; head: string; deputy: string }[]> {
  const wb = await XlsxWorkbook.fromBuffer(bytes);
  const [config] = await wb.readSheets([SHEET.config]);
  const rows = (config?.values ?? []).map((r) => r.map((v) => (typeof v === "string" ? v : "")));
  const header = rows.findIndex((r) => r[0] === "Mã cụm");
  const col = (name: string) => rows[header]!.indexOf(name);
  return rows
    .slice(header + 1)
    .filter((r) => r[0] !== "" && (r[col("Cụm trưởng")] ?? "") !== "")
    .map((r) => ({ cluster: r[1] ?? "", head: r[col("Cụm trưởng")] ?? "", deputy: r[col("Cụm phó")] ?? "" }));
}

test("Năm mới on the sample: the new workbook is downloaded with last year's deputies as heads and the deputies chosen", async ({
  page,
}) => {
  await openPane(page);
  await page.getByRole("button", { name: "Mở tệp mẫu" }).click();
  await expect(page.getByText("Tệp đang làm: «kon-tum.xlsx»")).toBeVisible();
  // The sample the pane opened: the build ships assets/samples/kon-tum.xlsx.
  const sample = { bytes: readFileSync(path.join(ROOT, "dist", "assets", "samples", "kon-tum.xlsx")) };
  const before = await officers(sample.bytes);
  expect(before.length).toBe(2);

  await openStep(page, /^Năm mới$/);
  await page.getByRole("button", { name: "Xem những gì mang sang năm mới" }).click();
  await expect(page.getByText(/^Năm 2022 → Năm 2023/u)).toBeVisible();
  const deputies = page.getByRole("combobox", { name: /^Cụm phó mới của / });
  await expect(deputies).toHaveCount(2);
  // The third unit offered in each cluster (the head is not offered).
  const chosen: string[] = [];
  for (let i = 0; i < 2; i++) {
    const options = await deputies
      .nth(i)
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).not.toContain(before[i]!.deputy);
    chosen.push(options[3]!);
    await deputies.nth(i).selectOption(options[3]!);
  }
  await expectAccessible(page);
  await screenshot(page, "nam-moi");

  const next = await downloaded(page, () =>
    page.getByRole("button", { name: "Lập bảng tính năm mới" }).click(),
  );
  expect(next.name).toBe("kon-tum-2023.xlsx");
  await expect(page.getByText(/^Đã tải về «kon-tum-2023\.xlsx»: Năm 2023, 12 đơn vị\./u)).toBeVisible();
  expect(await officers(next.bytes)).toEqual(
    before.map((o, i) => ({ cluster: o.cluster, head: o.deputy, deputy: chosen[i] })),
  );
  const opened = await readCluster(await XlsxWorkbook.fromBuffer(next.bytes));
  expect(opened.input?.period.label).toBe("Năm 2023");
  expect(opened.input?.units.length).toBe(12);
});

test("Tổng hợp khối in the browser: three clusters' workbooks picked at once, the combined list downloaded", async ({
  page,
}) => {
  const workbooks = await rollupWorkbooks();
  const direct = await rollUpWorkbooks(
    await Promise.all(
      workbooks.map(async (w) => ({ file: w.name, port: await XlsxWorkbook.fromBuffer(w.bytes) })),
    ),
    XlsxWorkbook.empty(),
  );
  await openPane(page);
  await openStep(page, /^Tổng hợp khối$/);
  await page
    .getByTestId("rollup-file-input")
    .setInputFiles(workbooks.map((w) => ({ name: w.name, mimeType: XLSX, buffer: Buffer.from(w.bytes) })));
  await expect(page.getByText(/^Đã chọn 3 tệp:/u)).toBeVisible();
  const rollup = await downloaded(page, () => page.getByRole("button", { name: "Tổng hợp 3 tệp" }).click());
  expect(rollup.name).toBe("tong-hop-khoi.xlsx");
  await expect(page.getByText(/^Đã tải về «tong-hop-khoi\.xlsx»: 3 tệp, 3 cụm,/u)).toBeVisible();

  const wb = await XlsxWorkbook.fromBuffer(rollup.bytes);
  const [list] = await wb.readSheets(["Danh sách đề nghị"]);
  const codes = (list?.values ?? [])
    .slice(4)
    .map((r) => r[3])
    .filter((c) => typeof c === "string" && c !== "");
  expect(codes).toEqual(direct.proposals.map((p) => p.unit.code));
  expect(codes.length).toBeGreaterThan(0);
  const table = page.getByRole("table", { name: "Danh sách chung các đơn vị đề nghị khen thưởng" });
  await expect(table.getByRole("row")).toHaveCount(direct.proposals.length + 1);
  await expectAccessible(page);
  await screenshot(page, "tong-hop-khoi");

  const zip = await downloaded(page, () =>
    page.getByRole("button", { name: "Tải tờ trình và danh sách (Word)" }).click(),
  );
  const files = unzipSync(new Uint8Array(zip.bytes));
  const list2 = strFromU8(unzipSync(files["danh-sach-tong-hop-khoi.docx"]!)["word/document.xml"]!);
  for (const p of direct.proposals) expect(list2).toContain(p.unit.name);
  expect(strFromU8(unzipSync(files["to-trinh-tong-hop-khoi.docx"]!)["word/document.xml"]!)).toContain(
    "TTr-CSPL",
  );
});
