/**
 * The architecture's rules fail when broken: probe text that breaks one is linted as if it were a
 * file of the project, and the rule must report it. The layering is eslint.config.mjs's LAYERS
 * table; each row is probed with an import it refuses and one it allows.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "..");

/** A real file of a folder of src/: type-aware lint needs a file the project knows. */
function fileIn(dir: string): string {
  const file = fs.readdirSync(path.join(root, dir)).find((f) => f.endsWith(".ts"));
  if (!file) throw new Error(`${dir} has no .ts file to lint as`);
  return `${dir}/${file}`;
}

const coreFile = "src/core/model.ts";
const export$ = (source: string): string => `export * as probe from "${source}";\n`;

/** Every probe, by name: the text, and the file it is linted as. */
const PROBES: Record<string, { readonly file: string; readonly code: string }> = {
  coreReact: { file: coreFile, code: 'import { useState } from "react";\nexport const probe = useState;\n' },
  coreHostTypes: {
    file: coreFile,
    code: 'import type { Workbook } from "exceljs";\nimport type * as Addin from "office-addin-mock";\nexport type Probe = [Workbook, typeof Addin];\n',
  },
  coreGlobals: { file: coreFile, code: "export const probe = (): unknown => [Excel, window, new Date()];\n" },
  coreAdapter: { file: coreFile, code: 'export * from "../adapters/xlsx/xlsx-workbook";\n' },
  coreMessagesType: {
    file: coreFile,
    code: 'import type { PaneText } from "../messages/pane";\nexport type Probe = PaneText;\n',
  },
  coreMessagesValue: { file: coreFile, code: 'export { vi } from "../messages/vi/diagnostics";\n' },
  adapterExceljs: {
    file: fileIn("src/adapters/xlsx"),
    code: 'import type { Workbook } from "exceljs";\nexport type Probe = Workbook;\n',
  },
  messagesRefusalType: {
    file: fileIn("src/messages"),
    code: 'import type { WorkbookFault } from "../workbook/errors";\nexport type P = WorkbookFault;\n',
  },
  messagesWorkbookValue: {
    file: fileIn("src/messages"),
    code: 'export { WorkbookError } from "../workbook/errors";\n',
  },
  messagesAddress: {
    file: fileIn("src/messages"),
    code: 'export { rangeAddress } from "../workbook/grid/address";\n',
  },
  componentStorage: {
    file: "src/taskpane/components/TaskStatus.tsx",
    code: 'export const probe = (): unknown => [indexedDB.open("x"), Office.context, window.localStorage];\n',
  },
  componentStorageImport: {
    file: "src/taskpane/components/TaskStatus.tsx",
    code: 'export { indexedDbWorkStore } from "../storage/indexeddb";\n',
  },
};

/** Each row of LAYERS: a file of the folder, an import it may not make, and one it may. */
const ROWS: readonly [folder: string, forbidden: string, allowed: string][] = [
  ["src/core", "../workbook/port", "./decimal"],
  ["src/messages", "../workbook/usecases", "../core/decimal"],
  ["src/workbook", "../messages/pane", "../messages/vi/documents"],
  ["src/workbook/grid", "../sheets/units", "../../core/cell-text"],
  ["src/workbook/sheets", "../usecases", "../grid/header"],
  ["src/workbook/generated", "../collect/progress", "../sheets/unit-scores"],
  ["src/workbook/collect", "../generated/summary", "../decode"],
  ["src/adapters/xlsx", "../../taskpane/errors", "../../workbook/errors"],
  ["src/functions", "../workbook/usecases", "../messages/functions"],
  ["src/taskpane", "../cli/main", "../workbook/usecases"],
  ["src/cli", "../taskpane/errors", "../adapters/xlsx/xlsx-workbook"],
];
for (const [folder, forbidden, allowed] of ROWS) {
  PROBES[`${folder} ${forbidden}`] = { file: fileIn(folder), code: export$(forbidden) };
  PROBES[`${folder} ${allowed}`] = { file: fileIn(folder), code: export$(allowed) };
}

/** Lints every probe in one ESLint process (its config is ESM): the error rules each one breaks. */
function lintAll(): Record<string, string[]> {
  const script = `
    const { ESLint } = require(${JSON.stringify(path.join(root, "node_modules", "eslint"))});
    const probes = JSON.parse(require("fs").readFileSync(0, "utf8"));
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(root)} });
      const out = {};
      for (const [name, probe] of Object.entries(probes)) {
        const [result] = await eslint.lintText(probe.code, { filePath: probe.file });
        out[name] = result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { process.stderr.write(String(e && e.stack)); process.exit(1); });
  `;
  const run = spawnSync(process.execPath, ["-e", script], {
    cwd: root,
    input: JSON.stringify(PROBES),
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, string[]>;
}

let errors: Record<string, string[]>;
beforeAll(() => {
  errors = lintAll();
}, 180_000);
const rulesOf = (probe: string): string[] => errors[probe] ?? [];

describe("the pure core", () => {
  it("fails lint when the core imports React", () => {
    expect(rulesOf("coreReact")).toContain("no-restricted-imports");
  });

  it("fails lint when the core imports Office or exceljs types", () => {
    expect(rulesOf("coreHostTypes").filter((e) => e === "no-restricted-imports")).toHaveLength(2);
  });

  it("fails lint when the core touches a host global or the clock", () => {
    expect(rulesOf("coreGlobals").filter((e) => e === "no-restricted-globals").length).toBe(3);
  });

  it("fails lint when the core reaches into an adapter", () => {
    expect(rulesOf("coreAdapter")).toContain("layering/imports");
  });

  it("fails lint when the core imports the messages, even a type", () => {
    expect(rulesOf("coreMessagesType")).toContain("layering/imports");
    expect(rulesOf("coreMessagesValue")).toContain("layering/imports");
  });

  it("lets the adapters import exceljs", () => {
    expect(rulesOf("adapterExceljs")).not.toContain("no-restricted-imports");
  });
});

describe("the pane's components", () => {
  it("fail lint when they touch IndexedDB or Office.js instead of the pane's actions", () => {
    expect(rulesOf("componentStorage").filter((e) => e === "no-restricted-globals")).toHaveLength(2);
    expect(rulesOf("componentStorageImport")).toContain("no-restricted-imports");
  });
});

describe("the layering table (eslint.config.mjs LAYERS)", () => {
  it.each(ROWS)("%s: refuses %s, allows %s", (folder, forbidden, allowed) => {
    expect(rulesOf(`${folder} ${forbidden}`)).toContain("layering/imports");
    expect(rulesOf(`${folder} ${allowed}`)).not.toContain("layering/imports");
  });

  it("lets the messages read the workbook's refusals as types, and no values beyond cell addresses", () => {
    expect(rulesOf("messagesRefusalType")).not.toContain("layering/imports");
    expect(rulesOf("messagesWorkbookValue")).toContain("layering/imports");
    expect(rulesOf("messagesAddress")).not.toContain("layering/imports");
  });
});
