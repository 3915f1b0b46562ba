/**
 * The Word writer in a real browser: the writer and the model, bundled by webpack for the web as
 * the pane would load them, run in Debian's chromium (no Node built-ins there); the bytes it gives
 * back are a .docx that reads like the one Node writes.
 */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { documentToDocx } from "../../../src/adapters/docx/docx-writer";
import { buildAdministrativeDocument } from "../../../src/workbook/generated/documents";
import { bundleDocxWriter, readBundle } from "../../support/docx-bundle";
import { RECOMMENDATION_SAMPLES } from "../../support/document-samples";
import { openDocx } from "./ooxml";

jest.setTimeout(180_000);

const CHROMIUM = process.env.THIDUA_CHROMIUM ?? "/usr/bin/chromium";

describe("the Word writer in a browser", () => {
  it("writes in chromium the same document.xml as in Node", async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is missing at ${CHROMIUM}: apt-get install -y chromium (scripts/setup.sh does it).`,
      );
    }
    const script = readBundle(await bundleDocxWriter());
    const input = RECOMMENDATION_SAMPLES["001"].input;
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--no-first-run",
      ],
    });
    let bytes: number[];
    try {
      const page = await browser.newPage();
      await page.setContent("<!doctype html><title>docx</title>");
      await page.addScriptTag({ content: script });
      const hasNode = await page.evaluate(
        () => typeof (globalThis as { process?: unknown }).process !== "undefined",
      );
      expect(hasNode).toBe(false);
      bytes = await page.evaluate((given) => window.thiduaWriteDocx!(given), input);
    } finally {
      await browser.close();
    }
    const inBrowser = await openDocx(new Uint8Array(bytes));
    const inNode = await openDocx(await documentToDocx(buildAdministrativeDocument(input)));
    expect(await inBrowser.part("word/document.xml")).toBe(await inNode.part("word/document.xml"));
    expect(await inBrowser.part("docProps/core.xml")).toContain("2022-12-20T00:00:00Z");
  });
});
