/** Shared steps of the end-to-end tests: open the pane offline, check accessibility, save screenshots. */
import { mkdirSync } from "fs";
import path from "path";
import { expect, type Page } from "@playwright/test";

export const ROOT = path.resolve(__dirname, "..");
export const SCREENSHOTS = path.join(ROOT, "docs", "img");

/**
 * Opens the pane as a plain browser would, with Microsoft's CDN unreachable (as in the tests'
 * closed network): the page must fall back to the Office.js copy served from dist/office-js/.
 */
export async function openPane(page: Page, query = ""): Promise<void> {
  // Nothing but the local server answers: Microsoft's CDN and Office.js's telemetry are out of reach.
  await page.route(
    (url) => url.hostname !== "localhost",
    (route) => route.abort("internetdisconnected"),
  );
  const failures: string[] = [];
  page.on("pageerror", (error) => failures.push(error.message));
  await page.goto(`/taskpane.html${query}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(failures).toEqual([]);
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** axe-core in the page; serious and critical violations fail the test, with what and where. */
export async function expectAccessible(page: Page): Promise<void> {
  // Judge the resting state: no hover, and Fluent's colour transitions (at most 200 ms) finished.
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
  await page.addScriptTag({ path: path.join(ROOT, "node_modules", "axe-core", "axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    // Tabster's focus sentinels (<i data-tabster-dummy tabindex=0 aria-hidden>) around Fluent's TabList
    // are flagged by aria-hidden-focus; they hand focus on at once and are Fluent's documented design.
    const result = await axe.run(
      { include: [document.body], exclude: [["[data-tabster-dummy]"]] } as unknown as Document,
      { resultTypes: ["violations"] },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
}

/** The step's picture for the user guide (docs/huong-dan.md). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // No hover or running-state leftovers in the user guide's pictures; from the top, or the file bar
  // (sticky) is drawn where the page was scrolled to.
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await page.screenshot({
    path: path.join(SCREENSHOTS, `pane-${name}.png`),
    fullPage: true,
    animations: "disabled",
  });
}

/** Selects a step's tab; in a pane too narrow for every tab, through the «+n» menu of the others. */
export async function openStep(page: Page, name: RegExp): Promise<void> {
  const tab = page.getByRole("tab", { name });
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByRole("tab", { name: /bước khác$/ }).click();
    await page.getByRole("menuitem", { name }).click();
  }
  await expect(tab).toBeVisible();
  await expect(tab).toHaveAttribute("aria-selected", "true");
}
