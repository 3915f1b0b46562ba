/** @jest-environment jsdom */
import "../../support/jsdom-text-codec";
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { RankingChart } from "../../../src/taskpane/components/RankingChart";
import { summarizeBlock } from "../../../src/core/summary";
import { readCluster } from "../../../src/workbook/usecases";
import { sampleMemory } from "../../workbook/sample";
import { appraisedNote, blockSummary, clusterResult, fakeActions, renderWith } from "../support";

const note =
  "Suất dẫn đầu: cùng 89,25 điểm với DV04, được xếp trên theo điểm thẩm định (80,25 so với 77,75).";
const summary = blockSummary([
  clusterResult("Cụm số 3", [
    { code: "DV01", name: "Công đoàn Sở Tư pháp", total: 93, considered: false },
    {
      code: "DV03",
      name: "Công đoàn Sở Tài chính",
      total: 89.25,
      award: "leading",
      tieBreakNotes: [
        appraisedNote({
          award: "leading",
          ahead: true,
          total: 89.25,
          other: "DV04",
          value: 80.25,
          otherValue: 77.75,
        }),
      ],
    },
    { code: "DV02", name: "Công đoàn Sở Y tế", total: 89 },
  ]),
]);

describe("ranking chart", () => {
  it("reads a unit's tie-break note after its rank, total and award", () => {
    renderWith(<RankingChart summary={summary} />, fakeActions());
    expect(screen.getByRole("listitem", { name: /Công đoàn Sở Tài chính/ })).toHaveAccessibleName(
      `Hạng 2: Công đoàn Sở Tài chính, 89,25 điểm, Dẫn đầu. ${note}`,
    );
  });

  it("shows the note on hover, and reads rows without a note as before", () => {
    renderWith(<RankingChart summary={summary} />, fakeActions());
    expect(screen.getByRole("listitem", { name: /Công đoàn Sở Tài chính/ })).toHaveAttribute("title", note);
    const plain = screen.getByRole("listitem", { name: /Công đoàn Sở Y tế/ });
    expect(plain).toHaveAccessibleName("Hạng 3: Công đoàn Sở Y tế, 89 điểm, Không đề nghị");
    expect(plain).not.toHaveAttribute("title");
  });
});

describe("ranking chart while data is missing", () => {
  it("says a cluster's ranking is provisional and marks the unit that sent nothing, from the core's summary", async () => {
    const port = await sampleMemory({ preset: "thu-duc-1", units: 5 });
    // DV03 sends nothing: every self score and appraised score of its sheet is emptied.
    const sheet = port.sheets.find((s) => s.name === "DV03")!.values;
    for (const row of sheet.slice(3)) row[4] = row[5] = null;
    const { input } = await readCluster(port);
    const core = summarizeBlock(input!);
    expect(core.clusters[0]!.provisional).toBe(true);

    renderWith(<RankingChart summary={core} />, fakeActions());
    expect(screen.getByTestId("provisional-ranking")).toHaveTextContent(
      "Xếp hạng tạm thời: 1 đơn vị còn thiếu điểm, nên thứ hạng và đề nghị của cụm chưa phải bản cuối.",
    );
    const name = core.clusters[0]!.units.find((u) => u.code === "DV03")!.name;
    expect(screen.getByRole("listitem", { name: new RegExp(name) })).toHaveTextContent("chưa có điểm");
  });

  it("says nothing of the kind when every unit's data is there", async () => {
    const port = await sampleMemory({ preset: "thu-duc-1", units: 5 });
    const { input } = await readCluster(port);
    const core = summarizeBlock(input!);
    renderWith(<RankingChart summary={core} />, fakeActions());
    expect(screen.queryByTestId("provisional-ranking")).not.toBeInTheDocument();
    expect(screen.queryByText(/chưa có điểm/)).not.toBeInTheDocument();
  });
});
