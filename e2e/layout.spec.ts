/**
 * Every tab of the pane at 320 and 350 px (Excel's task pane, narrowest and usual) and at 1280 px
 * (the browser mode in a window), each with its results on screen: no text is cut off or pushed out
 * of the window, and the tabs stay in one row. Each tab's picture goes to docs/img for the guide.
 */
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, openPane, openStep, screenshot } from "./support";

const WIDTHS = [320, 350, 1280] as const;

const TABS = [
  { name: /^Việc cần làm$/, picture: "viec-can-lam" },
  { name: /^1\. Thiết lập$/, picture: "thiet-lap" },
  { name: /^2\. Thu thập$/, picture: "thu-thap" },
  { name: /^3\. Tiến độ$/, picture: "tien-do" },
  { name: /^4\. Thẩm định$/, picture: "tham-dinh" },
  { name: /^5\. Kiểm tra$/, picture: "kiem-tra" },
  { name: /^6\. Tổng hợp$/, picture: "tong-hop" },
  { name: /^7\. Đề nghị$/, picture: "de-nghi" },
  { name: /^Chuyển mã$/, picture: "chuyen-ma" },
] as const;

/** A tab by its picture's name. */
const tab = (picture: (typeof TABS)[number]["picture"]): RegExp =>
  TABS.find((t) => t.picture === picture)!.name;

interface LayoutFault {
  readonly what: string;
  readonly text: string;
}

/**
 * What the eye would see wrong: text wider than a box that clips it (scrollWidth > clientWidth with
 * overflow other than visible, or an ellipsis), anything with text outside the window, a page wider
 * than the window, and tabs on more than one row.
 */
async function layoutFaults(page: Page): Promise<LayoutFault[]> {
  return page.evaluate(() => {
    const faults: { what: string; text: string }[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1)
      faults.push({
        what: "page wider than the window",
        text: `${document.documentElement.scrollWidth} > ${width}`,
      });
    const shown = (el: Element): boolean =>
      el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
      el.getBoundingClientRect().width > 0 &&
      el.closest("[aria-hidden='true'], [hidden]") === null;
    const ownText = (el: Element): string =>
      [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? "")
        .join("")
        .trim();
    for (const el of document.querySelectorAll("body *")) {
      if (!(el instanceof HTMLElement) || !shown(el)) continue;
      const text = (el.innerText || "").trim();
      if (text === "") continue;
      const style = getComputedStyle(el);
      const clips = style.overflowX !== "visible" || style.textOverflow === "ellipsis";
      if (clips && el.scrollWidth > el.clientWidth + 1 && style.overflowX !== "auto")
        faults.push({ what: `cut off (${el.scrollWidth} > ${el.clientWidth})`, text: text.slice(0, 80) });
      if (ownText(el) !== "") {
        const rect = el.getBoundingClientRect();
        if (rect.left < -1 || rect.right > width + 1)
          faults.push({
            what: `outside the window (${Math.round(rect.left)}…${Math.round(rect.right)})`,
            text: text.slice(0, 80),
          });
      }
    }
    const list = document.querySelector("[role='tablist']");
    if (list !== null) {
      const rows = new Set(
        [...list.querySelectorAll("[role='tab'], button")]
          .filter((t) => shown(t))
          .map((t) => Math.round(t.getBoundingClientRect().top)),
      );
      if (rows.size > 1) faults.push({ what: `tabs on ${rows.size} rows`, text: list.textContent ?? "" });
    }
    return faults;
  });
}

/** Gives every tab its results: the sample opened, checked, summed up, its proposal and progress shown. */
async function fillTabs(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Mở tệp mẫu" }).click();
  await expect(page.getByText("Tệp đang làm: «kon-tum.xlsx»")).toBeVisible();
  await openStep(page, tab("kiem-tra"));
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await expect(page.getByText(/\d+ lỗi, \d+ cảnh báo/)).toBeVisible();
  await openStep(page, tab("tong-hop"));
  await page.getByRole("button", { name: "Tạo bảng tổng hợp" }).click();
  await expect(page.getByText("Đã ghi trang «Bảng tổng hợp».")).toBeVisible();
  await openStep(page, tab("de-nghi"));
  await page.getByRole("button", { name: "Xem danh sách đề nghị khen thưởng" }).click();
  await expect(page.getByText(/^Chỉ tiêu:/).first()).toBeVisible();
  await openStep(page, tab("tien-do"));
  await page.getByRole("button", { name: "Xem tiến độ" }).click();
  await expect(page.getByRole("table", { name: "Tiến độ chấm điểm theo đơn vị" })).toBeVisible();
  await openStep(page, tab("tham-dinh"));
  await expect(page.getByRole("combobox", { name: "Đơn vị", exact: true })).toBeVisible();
  await openStep(page, tab("chuyen-ma"));
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByText(/Không có ô nào gõ bằng bảng mã cũ|ô sẽ được chuyển/).first()).toBeVisible();
  // What is due in the sample's year, on the day the draft to Ban CSPL is due (a stable picture).
  await openStep(page, tab("viec-can-lam"));
  await page.getByRole("textbox", { name: "Ngày xem" }).fill("12/12/2022");
  await page.getByRole("button", { name: "Xem việc cần làm" }).click();
  await expect(page.getByRole("heading", { name: /^Việc cần làm ngày 12\/12\/2022/ })).toBeVisible();
}

for (const width of WIDTHS) {
  test(`at ${width} px every tab shows all its text, in one row of tabs`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openPane(page);
    await test.step("before a file is open", async () => {
      expect(await layoutFaults(page)).toEqual([]);
    });
    await fillTabs(page);
    for (const tab of TABS) {
      await test.step(tab.picture, async () => {
        await openStep(page, tab.name);
        await page.evaluate(() => window.scrollTo(0, 0));
        expect(await layoutFaults(page), `${tab.picture} at ${width} px`).toEqual([]);
        await screenshot(page, `${tab.picture}-${width}`);
      });
    }
    if (width === 320) await expectAccessible(page);
    if (width === 1280) {
      // A wide window: the pane is a centred column, not one stuck to the left.
      const box = await page.locator("#root > div > div").first().boundingBox();
      expect(box).not.toBeNull();
      const left = box?.x ?? 0;
      const right = width - left - (box?.width ?? 0);
      expect(Math.abs(left - right)).toBeLessThanOrEqual(20);
      expect(left).toBeGreaterThan(100);
    }
  });
}

test("the pane's guide link opens the user guide, with its pictures", async ({ page }) => {
  await openPane(page);
  const [guide] = await Promise.all([
    page.context().waitForEvent("page"),
    page.getByRole("link", { name: "Hướng dẫn sử dụng" }).first().click(),
  ]);
  await guide.waitForLoadState();
  await expect(guide.getByRole("heading", { level: 1 })).toHaveText("Hướng dẫn sử dụng Thi Đua");
  const images = guide.locator("img");
  expect(await images.count()).toBeGreaterThan(5);
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
  }
});
