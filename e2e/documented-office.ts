/**
 * Serves the documented model of Excel (test/support/documented-office.ts) as the page's office.js:
 * the model's TypeScript is transpiled here, each file wrapped as a module, and the globals installed
 * before the pane's bundles run. Microsoft's office.js never loads in these tests.
 */
import { readFileSync } from "fs";
import path from "path";
import ts from "typescript";
import type { Page } from "@playwright/test";
import { ROOT } from "./support";

const MODULES = ["custom-functions-host", "excel-fake", "documented-office"] as const;
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** One script: the model's modules, then `installDocumentedOffice(window, …)`. */
export function documentedOfficeScript(
  platform: "web" | "windows" | "mac",
  displayLanguage = "vi-VN",
): string {
  const modules = MODULES.map((name) => {
    const source = readFileSync(path.join(ROOT, "test", "support", `${name}.ts`), "utf8");
    const js = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    }).outputText;
    return `${JSON.stringify(`./${name}`)}: function (require, module, exports) {\n${js}\n}`;
  });
  const metadata = readFileSync(path.join(ROOT, "dist", "functions.json"), "utf8");
  return `(function () {
  var factories = {${modules.join(",\n")}};
  var cache = {};
  function require(name) {
    if (cache[name]) return cache[name].exports;
    var module = { exports: {} };
    cache[name] = module;
    factories[name](require, module, module.exports);
    return module.exports;
  }
  require("./documented-office").installDocumentedOffice(window, {
    platform: ${JSON.stringify(platform)},
    functions: ${metadata}.functions,
    displayLanguage: ${JSON.stringify(displayLanguage)},
  });
})();`;
}

/**
 * Opens the pane as Excel would host it, on the documented model: Microsoft's CDN answers with the
 * model's script; everything else off this machine stays unreachable.
 */
export async function openPaneInDocumentedExcel(
  page: Page,
  platform: "web" | "windows" | "mac",
): Promise<void> {
  await page.route(
    (url) => url.hostname !== "localhost",
    (route) => route.abort("internetdisconnected"),
  );
  const script = documentedOfficeScript(platform);
  // Registered last, so it answers first.
  await page.route(CDN_OFFICE_JS, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: script }),
  );
  const failures: string[] = [];
  page.on("pageerror", (error) => failures.push(error.message));
  await page.goto("/taskpane.html");
  await page.getByRole("heading", { level: 1 }).waitFor();
  if (failures.length > 0) throw new Error(failures.join("\n"));
}
