/** @jest-environment jsdom */
/**
 * The pane in English (Office's display language "en-US"), fed every problem code, exclusion,
 * tie-break note, refusal and remark the product can show: every step it opens reads without a
 * Vietnamese word outside the workbook's own quoted names («Cấu hình», «Có» …) and the product's
 * name. The data here is plain ASCII, so whatever Vietnamese the test finds is the pane's wording.
 */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { pointsFromNumber } from "../../src/core/decimal";
import { unitCode, type BlockSummary } from "../../src/core/model";
import type { CollectActions } from "../../src/taskpane/actions";
import { App } from "../../src/taskpane/components/App";
import { WorkbookError } from "../../src/workbook/errors";
import type { FilePlan } from "../../src/workbook/collect/merge-plan";
import type { ProgressReport } from "../../src/workbook/collect/progress";
import type { Refusal, RefusalCode } from "../../src/workbook/collect/refusals";
import type { MergePreview } from "../../src/workbook/collect/usecases";
import {
  DETAIL_SAMPLES,
  NOTE_SAMPLES,
  REFUSAL_SAMPLES,
  REMARK_SAMPLES,
  everyProblem,
} from "../messages/samples";
import { vietnameseIn } from "../messages/vietnamese";
import { blockSummary, clusterResult, fakeActions, renderWith } from "./support";

const DAY = { year: 2024, month: 10, day: 18 };
const none = { new: 0, changed: 0, cleared: 0, notes: 0, same: 0 };

/** A cluster with an excluded unit, notes from the tie-break chain, a decided tie and one awaiting a vote. */
function summary(): BlockSummary {
  const cluster = clusterResult(
    "Cluster One",
    [
      { code: "U01", name: "Union A", total: 93, considered: false },
      { code: "U02", name: "Union B", total: 89.25, award: "leading", tieBreakNotes: [NOTE_SAMPLES[0]!] },
      { code: "U03", name: "Union C", total: 89.25, tieBreakNotes: [NOTE_SAMPLES[1]!, NOTE_SAMPLES[2]!] },
      { code: "U04", name: "Union D", total: 80 },
      { code: "U05", name: "Union E", total: 80 },
    ],
    [
      {
        award: "excellent",
        places: 1,
        units: [unitCode("U04"), unitCode("U05")],
        total: pointsFromNumber(80),
        settled: false,
      },
    ],
    { leading: 1, excellent: 1 },
    [
      {
        award: "leading",
        units: [unitCode("U02"), unitCode("U03")],
        ahead: 1,
        total: pointsFromNumber(89.25),
        decidedBy: "appraisedTotal",
        values: [pointsFromNumber(80.25), pointsFromNumber(77.75)],
      },
    ],
  );
  return blockSummary([cluster], everyProblem());
}

function filePlan(name: string, overrides: Partial<FilePlan>): FilePlan {
  return {
    file: name,
    outcome: "refused",
    unit: { code: "U01", name: "Union A" },
    changes: [],
    counts: none,
    receivedOn: DAY,
    receivedFrom: "file",
    dateNotices: [],
    previouslyReceived: null,
    refusal: null,
    remark: null,
    ...overrides,
  };
}

/** One file per refusal code (each with every detail line), one per remark, one merged. */
function preview(): MergePreview {
  const refused = (Object.keys(REFUSAL_SAMPLES) as RefusalCode[]).map((code, i) =>
    filePlan(`file-${i}.xlsx`, {
      refusal: { code, params: REFUSAL_SAMPLES[code], details: DETAIL_SAMPLES } as Refusal,
    }),
  );
  const remarked = REMARK_SAMPLES.map((remark, i) =>
    filePlan(`again-${i}.xlsx`, {
      outcome: remark.kind === "superseded" ? "superseded" : "unchanged",
      remark,
    }),
  );
  const merged = filePlan("U02.xlsx", {
    outcome: "merge",
    unit: { code: "U02", name: "Union B" },
    counts: { new: 3, changed: 1, cleared: 1, notes: 2, same: 0 },
    changes: [
      {
        criterion: "I.1",
        kind: "changed",
        before: pointsFromNumber(2),
        after: pointsFromNumber(2.5),
        beforeShown: "2",
      },
      { criterion: "I.2", kind: "cleared", before: pointsFromNumber(1), after: null, beforeShown: "1" },
    ],
  });
  const files = [...refused, ...remarked, merged];
  return {
    plan: { files, updates: [], merged: 1, refused: refused.length, signature: "x" },
    files: [],
    options: { overwrite: false },
  };
}

const report: ProgressReport = {
  asOf: DAY,
  deadline: { year: 2024, month: 10, day: 20 },
  dueBy: { year: 2024, month: 10, day: 21 },
  criteria: 10,
  units: (
    [
      "on-time",
      "late",
      "received",
      "complete",
      "complete-undated",
      "waiting",
      "overdue",
      "not-sent",
      "not-sent-overdue",
    ] as const
  ).map((status, i) => ({
    code: `U0${i + 1}`,
    name: `Union ${i + 1}`,
    cluster: "Cluster One",
    sheet: `U0${i + 1}`,
    scored: 4,
    total: 10,
    errors: status === "waiting" ? everyProblem().slice(0, 5) : [],
    received: ["on-time", "late", "received"].includes(status) ? DAY : null,
    status,
    daysLate: status === "late" ? 2 : 0,
  })),
};

function collect(): CollectActions {
  return {
    splitForUnits: () => Promise.resolve({ files: 5, zipName: "units.zip" }),
    previewMerge: () => Promise.resolve(preview()),
    merge: (p) => Promise.resolve({ applied: false, preview: p }),
    progress: () => Promise.resolve(report),
    recordArrivals: () => Promise.resolve(0),
  };
}

/** Everything a user reads in the pane: its text and the names and hints given to assistive tools. */
function shown(): string {
  const attributes = [...document.querySelectorAll("[aria-label], [title], [placeholder]")].flatMap((e) =>
    ["aria-label", "title", "placeholder"].map((a) => e.getAttribute(a) ?? ""),
  );
  return [document.body.textContent ?? "", ...attributes].join("\n");
}

describe("the pane in English", () => {
  jest.setTimeout(60_000);

  it("shows every step, problem, note and refusal with no Vietnamese outside the workbook's quoted words", async () => {
    const user = userEvent.setup();
    const result = summary();
    renderWith(
      <App defaultYear={2024} />,
      fakeActions({
        collect: collect(),
        validate: () => Promise.resolve({ problems: result.problems, summary: result }),
        generateSummary: () => Promise.reject(new WorkbookError("SUMMARY_BLOCKED", { errors: 2 })),
      }),
      "en-US",
    );

    await screen.findByRole("combobox", { name: "Emulation system" });
    await user.click(screen.getByRole("tab", { name: "5. Check" }));
    await user.click(screen.getByRole("button", { name: "Check" }));
    await screen.findByText(/errors?, \d+ warnings?/);

    await user.click(screen.getByRole("tab", { name: "6. Summary" }));
    await user.click(screen.getByRole("button", { name: /Make the summary and the recommendation/ }));
    await screen.findByText(/still has 2 errors/);

    await user.click(screen.getByRole("tab", { name: "7. Proposal" }));
    await user.click(screen.getByRole("tab", { name: "2. Collect" }));
    await user.upload(await screen.findByTestId("collect-file-input"), [
      new File(["x"], "file.xlsx", { lastModified: 1_700_000_000_000 }),
    ]);
    await screen.findByRole("heading", { name: "What each file brings" });

    await user.click(screen.getByRole("tab", { name: "3. Progress" }));
    await user.click(await screen.findByRole("button", { name: "Show progress" }));
    await screen.findByRole("table", { name: "Scoring progress by unit" });

    const text = shown();
    // The pane did show what it was fed (so the check below reads something) …
    expect(text).toContain("above the maximum of 10");
    expect(text).toContain("placed above by the appraised score");
    expect(text).toContain("The file was split from another criteria table");
    expect(text).toContain("row «I.9» added (row 8)");
    // … and none of it is Vietnamese.
    expect(vietnameseIn(text)).toBe("");
  });
});
