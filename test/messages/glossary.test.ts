/**
 * The pane speaks with one word per concept: the words the glossary sets aside never appear in the
 * text the pane shows (its own text, the collect steps' and the diagnostics it renders), in either
 * language; and the sentences that name a button name it as the button says.
 */
import { readFileSync } from "fs";
import path from "path";
import { glossaryFor, type Concept } from "../../src/messages/glossary";
import { EN_NEVER } from "../../src/messages/en/glossary";
import { VI_NEVER } from "../../src/messages/vi/glossary";
import { paneTextFor } from "../../src/messages/pane";

const MESSAGES = path.join(__dirname, "..", "..", "src", "messages");

/** The string literals and template texts of a source file, comments left out. */
function literalsOf(file: string): string[] {
  const source = readFileSync(path.join(MESSAGES, file), "utf8")
    .replace(/\/\*[\s\S]*?\*\//gu, "")
    .replace(/^\s*\/\/.*$/gmu, "");
  return [...source.matchAll(/"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/gu)]
    .map((m) => m[1] ?? m[2] ?? "")
    .map((text) => text.replace(/\$\{[^}]*\}/gu, "…"));
}

describe.each([
  // help.ts, self-test.ts and excel-host.ts hold both languages: each language's words are looked for in both.
  [
    "vi",
    ["vi/pane.ts", "vi/collect-pane.ts", "vi/diagnostics.ts", "help.ts", "self-test.ts", "excel-host.ts"],
    VI_NEVER,
  ],
  [
    "en",
    ["en/pane.ts", "en/collect-pane.ts", "en/diagnostics.ts", "help.ts", "self-test.ts", "excel-host.ts"],
    EN_NEVER,
  ],
] as const)("the pane's %s text", (language, files, never) => {
  const glossary = glossaryFor(language);
  const literals = files.flatMap((file) => literalsOf(file).map((text) => ({ file, text })));

  it("has text to check", () => {
    expect(literals.length).toBeGreaterThan(200);
  });

  it.each(Object.keys(glossary) as Concept[])("never calls «%s» by another word", (concept) => {
    const found = literals.filter(({ text }) => glossary[concept].avoid.some((word) => word.test(text)));
    expect(found).toEqual([]);
  });

  it("has no colloquial wording and no command-line flag", () => {
    expect(literals.filter(({ text }) => never.some((word) => word.test(text)))).toEqual([]);
  });
});

describe("the Vietnamese pane names its buttons as they are labelled", () => {
  const text = paneTextFor("vi");
  it("says «Tải xuống» where the download button is meant", () => {
    expect(text.browser.download).toBe("Tải xuống");
    for (const sentence of [
      text.setup.createdBrowser,
      text.convert.appliedBrowser,
      text.keep.failure("quota", ""),
    ])
      expect(sentence).toContain(`«${text.browser.download}»`);
  });

  it("says «Mở tệp mẫu» and the proposal button as they are labelled", () => {
    expect(text.errors.noWorkbook).toContain(`«${text.browser.openSample}»`);
    expect(text.proposal.needResult).toContain(`«${text.proposal.compute}»`);
  });
});
