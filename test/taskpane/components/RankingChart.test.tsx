/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { RankingChart } from "../../../src/taskpane/components/RankingChart";
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
