/**
 * End-to-end tests in Debian's chromium (apt: chromium), never a downloaded browser. The pane is
 * served from the production build in dist/ (run `npm run build` first) by e2e/serve.js.
 */
import { existsSync } from "fs";
import { defineConfig } from "@playwright/test";

export const CHROMIUM = process.env.THIDUA_CHROMIUM ?? "/usr/bin/chromium";
/** THIDUA_E2E_PORT lets two checkouts run their end-to-end tests at once (e2e/serve.js reads it too). */
export const E2E_PORT = Number(process.env.THIDUA_E2E_PORT || 3001);
export const PANE_URL = `http://localhost:${E2E_PORT}/taskpane.html`;

if (!existsSync(CHROMIUM)) {
  // Fail, never skip: a missing browser must not pass as green.
  throw new Error(
    `Chromium không có ở ${CHROMIUM}. Cài chromium của Debian: apt-get install -y chromium (scripts/setup.sh làm việc này).`,
  );
}

export default defineConfig({
  testDir: "e2e",
  timeout: 120_000,
  expect: { timeout: 20_000 },
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    // A task pane is narrow: the pane must work at 320 px.
    viewport: { width: 320, height: 900 },
    locale: "vi-VN",
    acceptDownloads: true,
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: "node e2e/serve.js",
    url: PANE_URL,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
