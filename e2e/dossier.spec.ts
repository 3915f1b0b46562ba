/**
 * The award dossier in a real chromium, outside Office, on the production build: a workbook with
 * two units tied for the leading place is opened, the download is refused naming the place awaiting
 * a vote, the tie is settled by vote in step 4, the meeting recorded, and «Tải hồ sơ» downloads a
 * .zip whose four Word files carry the vote (read back from the .docx XML).
 */
import { readFileSync } from "fs";
import { unzipSync, strFromU8 } from "fflate";
import { expect, test } from "@playwright/test";
import { SHEET } from "../src/workbook/sheet-names";
import { editXlsx, sampleBytes } from "../test/workbook/sample";
import { openPane, openStep } from "./support";

/** Thủ Đức's sample with DV02 scored exactly as DV01 and the others at 0 on the self score: a tie at the top. */
async function tiedWorkbook(): Promise<Buffer> {
  const bytes = await sampleBytes({ preset: "thu-duc-1", units: 5 });
  return Buffer.from(
    await editXlsx(bytes, (wb) => {
      const first = wb.getWorksheet("DV01")!;
      const second = wb.getWorksheet("DV02")!;
      // Every cell of the criteria rows (self and appraised scores), as the unit-level test does.
      first.eachRow((row, r) => {
        if (r > 3)
          row.eachCell({ includeEmpty: true }, (cell, c) => (second.getCell(r, c).value = cell.value));
      });
      for (const name of ["DV03", "DV04", "DV05"]) {
        wb.getWorksheet(name)!.eachRow((row, r) => {
          if (r > 3 && typeof row.getCell(5).value === "number") row.getCell(5).value = 0;
        });
      }
      const config = wb.getWorksheet(SHEET.config)!;
      config.eachRow((row) => {
        if (row.getCell(1).value === "Người ký") row.getCell(2).value = "Nguyễn Văn An";
      });
    }),
  );
}

test("the dossier is refused while the leading place awaits a vote, then downloaded after the tie is settled", async ({
  page,
}) => {
  await openPane(page);
  await page.getByTestId("file-input").setInputFiles({
    name: "cum-1.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await tiedWorkbook(),
  });
  await expect(page.getByText("Tệp đang làm: «cum-1.xlsx»")).toBeVisible();

  await openStep(page, /6\. Tổng hợp/);
  await page.getByRole("button", { name: "Tạo bảng tổng hợp" }).click();
  await expect(page.getByText(`Đã ghi trang «${SHEET.summary}».`)).toBeVisible();

  await openStep(page, /^7\. Đề nghị$/);
  await page.getByRole("button", { name: "Xem danh sách đề nghị khen thưởng" }).click();
  const voteFields = page.getByLabel(/^Số phiếu cho /);
  // The tied tier awaits the leading place and the excellent place its units surely take: two forms.
  await expect(voteFields).toHaveCount(4);

  await test.step("refused while the place awaits the vote, naming it", async () => {
    await page.getByRole("button", { name: "Tải hồ sơ" }).click();
    const refusal = page.getByText(/Chưa lập được hồ sơ khen thưởng/);
    await expect(refusal).toBeVisible();
    await expect(refusal).toContainText(/còn 1 suất đơn vị dẫn đầu chờ bỏ phiếu giữa/);
  });

  await test.step("the vote settles the tie; the meeting is recorded; the summary made again", async () => {
    await voteFields.nth(0).fill("4");
    await voteFields.nth(1).fill("1");
    await page.getByRole("button", { name: "Ghi số phiếu" }).first().click();
    await expect(page.getByText("Đã phân định bằng số phiếu.")).toBeVisible();
    await page.getByLabel("Ngày họp").fill("05/01/2023");
    await page.getByLabel("Giờ bắt đầu").fill("14 giờ 00");
    await page.getByLabel("Địa điểm họp").fill("Hội trường Cụm trưởng");
    await page.getByLabel("Chủ trì").fill("Trần Văn Bình");
    await page.getByLabel("Thư ký").fill("Lê Thị Thu Hà");
    for (const label of ["Số đơn vị có mặt", "Số phiếu phát ra", "Số phiếu thu về", "Số phiếu hợp lệ"]) {
      await page.getByLabel(label).fill("5");
    }
    await page.getByRole("button", { name: "Ghi thông tin cuộc họp" }).click();
    await expect(page.getByText("Đã ghi vào trang «Họp bình xét».")).toBeVisible();
    await openStep(page, /6\. Tổng hợp/);
    // The votes changed the data after the summary: the step offers to make it again.
    await page.getByRole("button", { name: "Tạo lại bảng tổng hợp" }).click();
    await expect(page.getByText(`Đã ghi trang «${SHEET.summary}».`)).toBeVisible();
    await openStep(page, /^7\. Đề nghị$/);
  });

  await test.step("«Tải hồ sơ» downloads the four Word files, the minutes carrying the vote", async () => {
    await page.getByRole("button", { name: "Kiểm tra hồ sơ" }).click();
    await expect(page.getByRole("list", { name: "Danh mục hồ sơ" }).getByText(/sẵn sàng/)).toHaveCount(4);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tải hồ sơ" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("ho-so-khen-thuong.zip");
    const entries = unzipSync(new Uint8Array(readFileSync(await download.path())));
    expect(Object.keys(entries).sort()).toEqual([
      "1-to-trinh.docx",
      "2-danh-sach.docx",
      "3-bien-ban-hop-binh-xet.docx",
      "4-bao-cao-tong-ket.docx",
    ]);
    const textOf = (name: string): string => {
      const xml = strFromU8(unzipSync(entries[name]!)["word/document.xml"]!);
      return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(" ");
    };
    const minutes = textOf("3-bien-ban-hop-binh-xet.docx");
    expect(minutes).toContain("/BB-CTĐ");
    expect(minutes).toMatch(/Có mặt: 5\/5/);
    expect(minutes).toMatch(/\b4\b[^]*\b80\b/); // 4 votes, 80 % of the 5 members
    expect(textOf("1-to-trinh.docx")).toContain("TTr-CTĐ");
    expect(textOf("1-to-trinh.docx")).toContain("Ban Thường vụ Liên đoàn Lao động thành phố Thủ Đức");
  });
});
