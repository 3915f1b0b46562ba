/** @jest-environment jsdom */
/** «Trợ giúp»: the guide always; «Tự kiểm tra» where the mode binds it, with each check and a report to copy. */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { helpText } from "../../../src/messages/help";
import { selfTestText } from "../../../src/messages/self-test";
import { App } from "../../../src/taskpane/components/App";
import { HelpSection } from "../../../src/taskpane/components/HelpSection";
import { SummaryStep } from "../../../src/taskpane/components/SummaryStep";
import { excelHostText } from "../../../src/messages/excel-host";
import type { SelfTestActions } from "../../../src/taskpane/actions";
import { SELF_TEST_CHECKS } from "../../../src/workbook/self-test";
import { fakeActions, renderWith } from "../support";

const text = { ...selfTestText("vi"), ...helpText("vi") };

const selfTest: SelfTestActions = {
  host: {
    host: "Excel",
    platform: "PC",
    version: "16.0",
    officeJs: "cdn",
    apiSets: [{ name: "ExcelApi", version: "1.20" }],
  },
  run: () =>
    Promise.resolve(
      SELF_TEST_CHECKS.map((id) =>
        id === "functions"
          ? {
              id,
              status: "failed" as const,
              detail: { kind: "mismatch" as const, sheet: "S", cell: "D3", expected: "∅", got: "2" },
            }
          : { id, status: "ok" as const, detail: { kind: "none" as const } },
      ),
    ),
};

describe("HelpSection", () => {
  it("offers the guide, and no self-test where the mode does not bind one", async () => {
    renderWith(<HelpSection />, fakeActions({ host: "browser" }));
    await userEvent.click(screen.getByText(text.help));
    expect(screen.getByRole("link", { name: text.guide })).toHaveAttribute("href", "assets/help.html");
    expect(screen.queryByRole("button", { name: text.run })).toBeNull();
  });

  it("runs the self-test, lists every check with its outcome, and gives the report to copy", async () => {
    renderWith(<HelpSection selfTest={selfTest} />, fakeActions());
    await userEvent.click(screen.getByText(text.help));
    // The panel loads on first opening (a lazy chunk): allow for a loaded machine.
    const patience = { timeout: 10_000 };
    await userEvent.click(await screen.findByRole("button", { name: text.run }, patience));
    const list = await screen.findByRole("list", { name: text.run }, patience);
    expect(list.querySelectorAll("li")).toHaveLength(SELF_TEST_CHECKS.length);
    expect(list).toHaveTextContent(`[LỖI] ${text.checks.functions} — ô S!D3: cần ∅, Excel cho 2`);
    const report = await screen.findByLabelText<HTMLTextAreaElement>(text.reportLabel, {}, patience);
    expect(report.value).toContain("Nền tảng: PC");
    expect(report.value).toContain("ExcelApi 1.20");
    expect(report.value).toContain("Kết quả: 9 đạt, 1 lỗi, 0 bỏ qua.");
  });

  it("sits in the pane under the steps, in Excel and in a plain browser", async () => {
    renderWith(<App defaultYear={2024} />, fakeActions({ selfTest }));
    await waitFor(() => expect(screen.getByText(text.help)).toBeInTheDocument(), { timeout: 10_000 });
  });
});

describe("saying a step cannot be undone (docs/excel/excel-add-ins-undo-capabilities.md)", () => {
  const props = {
    summary: null,
    onSummary: () => undefined,
    remoteChanged: false,
    onGenerated: () => undefined,
    active: false,
    hasWorkbook: true,
  };

  it("says «Không hoàn tác được» before generating where Excel cannot undo sheet writes", () => {
    renderWith(<SummaryStep {...props} />, fakeActions({ sheetWritesUndoable: false }));
    expect(screen.getByText(excelHostText("vi").cannotUndo)).toBeInTheDocument();
    expect(excelHostText("vi").cannotUndo).toMatch(/^Không hoàn tác được/);
  });

  it("says nothing of the kind in a plain browser, which works on a copy", () => {
    renderWith(<SummaryStep {...props} />, fakeActions({ host: "browser" }));
    expect(screen.queryByText(excelHostText("vi").cannotUndo)).toBeNull();
  });
});
