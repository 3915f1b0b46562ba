/**
 * The document model stays pure like the rest of src/workbook: the Word library, Node and the
 * clock belong to the adapter (src/adapters/docx). Lints probe text as if it were a model file.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

jest.setTimeout(60_000);

const root = path.resolve(__dirname, "..", "..", "..", "..");

function lintErrors(file: string, code: string): string[] {
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
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; severity: number }[] }[];
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? "");
}

describe("the document model's purity", () => {
  it("fails lint when the model imports the Word library or Node, or reads the clock", () => {
    const errors = lintErrors(
      "src/workbook/generated/documents/model.ts",
      'import type { Document } from "docx";\nimport { readFileSync } from "node:fs";\n' +
        "export type Probe = [Document, typeof readFileSync];\nexport const now = (): unknown => new Date();\n",
    );
    expect(errors.filter((e) => e === "no-restricted-imports")).toHaveLength(2);
    expect(errors).toContain("no-restricted-globals");
  });

  it("lets the Word adapter import the Word library", () => {
    expect(
      lintErrors(
        "src/adapters/docx/docx-writer.ts",
        'import type { Document } from "docx";\nexport type Probe = Document;\n',
      ),
    ).not.toContain("no-restricted-imports");
  });
});
