import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "..");
// Type-aware lint needs a file the project knows: lint probe text under the name of a real one.
const coreFile = "src/core/model.ts";
const adapterFile = () => {
  const dir = "src/adapters/xlsx";
  const file = fs.readdirSync(path.join(root, dir)).find((f) => f.endsWith(".ts"));
  if (!file) throw new Error(`${dir} has no .ts file to lint as`);
  return `${dir}/${file}`;
};

interface LintMessage {
  ruleId: string | null;
  message: string;
  severity: number;
}

/** Lints source text as if it were the given file of the project (ESLint's CLI: its config is ESM). */
function lintAs(file: string, code: string): Promise<string[]> {
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, "node_modules", "eslint", "bin", "eslint.js"),
      "--stdin",
      "--stdin-filename",
      file,
      "--format",
      "json",
    ],
    { cwd: root, input: code, encoding: "utf8" },
  );
  const [result] = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  return Promise.resolve(
    (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message),
  );
}

describe("the pure core", () => {
  jest.setTimeout(60_000);

  it("fails lint when the core imports React", async () => {
    expect(
      await lintAs(coreFile, 'import { useState } from "react";\nexport const probe = useState;\n'),
    ).toContain("no-restricted-imports");
  });

  it("fails lint when the core imports Office or exceljs types", async () => {
    const errors = await lintAs(
      coreFile,
      'import type { Workbook } from "exceljs";\nimport type * as Addin from "office-addin-mock";\nexport type Probe = [Workbook, typeof Addin];\n',
    );
    expect(errors.filter((e) => e === "no-restricted-imports")).toHaveLength(2);
  });

  it("fails lint when the core touches a host global or the clock", async () => {
    const errors = await lintAs(
      coreFile,
      "export const probe = (): unknown => [Excel, window, new Date()];\n",
    );
    expect(errors.filter((e) => e === "no-restricted-globals").length).toBe(3);
  });

  it("fails lint when the core reaches into an adapter", async () => {
    expect(await lintAs(coreFile, 'export * from "../adapters/xlsx/xlsx-workbook";\n')).toContain(
      "no-restricted-imports",
    );
  });

  it("lets the adapters import exceljs", async () => {
    expect(
      await lintAs(
        adapterFile(),
        'import type { Workbook } from "exceljs";\nexport type Probe = Workbook;\n',
      ),
    ).not.toContain("no-restricted-imports");
  });
});
