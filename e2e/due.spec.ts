/**
 * «Việc cần làm» in a real chromium, outside Office, on the production build: the shipped Kon Tum
 * sample (2022) on three days around the draft's deadline (10 working days before the summary
 * meeting of 25/12/2022: Monday 12/12) shows what the core says is late and due — the same lists
 * `thidua viec-can-lam` prints (both render workDue) — and a day that does not exist is refused.
 */
import { readFileSync } from "fs";
import { expect, test } from "@playwright/test";
import { XlsxWorkbook } from "../src/adapters/xlsx/xlsx-workbook";
import type { CalendarDate } from "../src/core/model";
import { workDue } from "../src/workbook/plan-usecases";
import { expectAccessible, openPane, openStep, ROOT } from "./support";

async function expected(asOf: CalendarDate) {
  const bytes = readFileSync(`${ROOT}/assets/samples/kon-tum.xlsx`);
  return workDue(await XlsxWorkbook.fromBuffer(bytes), asOf);
}

const DAYS: readonly [string, CalendarDate, string][] = [
  ["01/12/2022", { year: 2022, month: 12, day: 1 }, "còn 11 ngày"],
  ["12/12/2022", { year: 2022, month: 12, day: 12 }, "hôm nay"],
  ["20/12/2022", { year: 2022, month: 12, day: 20 }, "quá hạn 8 ngày"],
];

test("«Việc cần làm» lists what is late and due before, on and after a deadline, as the core says", async ({
  page,
}) => {
  await openPane(page);
  await page.getByRole("button", { name: "Mở tệp mẫu" }).click();
  await expect(page.getByText("Tệp đang làm: «kon-tum.xlsx»")).toBeVisible();
  await openStep(page, /^Việc cần làm$/);
  await expect(page.getByRole("heading", { level: 2, name: "Việc cần làm" })).toBeVisible();
  const panel = page.locator("#panel-due");

  for (const [typed, day, draftWhen] of DAYS) {
    await test.step(`on ${typed}`, async () => {
      const core = await expected(day);
      await panel.getByRole("textbox", { name: "Ngày xem" }).fill(typed);
      await panel.getByRole("button", { name: "Xem việc cần làm" }).click();
      await expect(
        panel.getByRole("heading", { name: `Việc cần làm ngày ${typed} (đến hạn trong 14 ngày tới)` }),
      ).toBeVisible();
      for (const [name, items] of [
        ["Quá hạn", core.due.late],
        ["Đến hạn", core.due.due],
      ] as const) {
        const section = panel.getByRole("region", { name });
        await expect(section.getByRole("heading", { name: `${name} (${items.length})` })).toBeVisible();
        const shown = await section.getByRole("listitem").allTextContents();
        expect(shown).toHaveLength(items.length);
        items.forEach((item, i) => {
          const title = core.plan.tasks.find((t) => t.id === item.task)!.title;
          expect(shown[i]).toContain(`${item.number}. ${title}`);
        });
      }
      // Task 5, the draft to Ban CSPL, is due on 12/12/2022 (10 working days before the meeting).
      await expect(panel.getByText(/^5\. Gửi dự thảo báo cáo tổng kết/)).toContainText(
        `hạn 12/12/2022, ${draftWhen}`,
      );
    });
  }
  await expectAccessible(page);

  await test.step("a day that does not exist is refused before anything is read", async () => {
    await panel.getByRole("textbox", { name: "Ngày xem" }).fill("31/02/2022");
    await expect(
      panel.getByText(
        "Ngày xem «31/02/2022» không phải một ngày có thật; ghi dạng ngày/tháng/năm, ví dụ 21/10/2024.",
      ),
    ).toBeVisible();
    await expect(panel.getByRole("button", { name: "Xem việc cần làm" })).toBeDisabled();
  });
});
