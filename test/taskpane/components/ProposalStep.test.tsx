/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { pointsFromNumber } from "../../../src/core/decimal";
import { unitCode, type BlockSummary } from "../../../src/core/model";
import type { PaneActions } from "../../../src/taskpane/actions";
import { ProposalStep } from "../../../src/taskpane/components/ProposalStep";
import { workKeeper } from "../../../src/taskpane/storage/keeper";
import { memoryWorkStore } from "../../../src/taskpane/storage/memory";
import { appraisedNote, blockSummary, clusterResult, fakeActions, renderWith } from "../support";

const tie = {
  award: "excellent" as const,
  places: 1,
  units: [unitCode("B"), unitCode("C")],
  total: pointsFromNumber(88.5),
  settled: false,
};
const tied = blockSummary([
  clusterResult(
    "Cụm số 1",
    [
      { code: "A", name: "Công đoàn A", total: 95, award: "leading" },
      { code: "B", name: "Công đoàn B", total: 88.5 },
      { code: "C", name: "Công đoàn C", total: 88.5 },
    ],
    [tie],
  ),
  clusterResult("Cụm số 2", [
    { code: "D", name: "Công đoàn D", total: 91, award: "leading" },
    { code: "E", name: "Công đoàn E", total: 90, award: "excellent" },
  ]),
]);
const settled = blockSummary([
  clusterResult(
    "Cụm số 1",
    [
      { code: "A", name: "Công đoàn A", total: 95, award: "leading" },
      { code: "B", name: "Công đoàn B", total: 88.5, award: "excellent" },
      { code: "C", name: "Công đoàn C", total: 88.5 },
    ],
    [{ ...tie, settled: true }],
  ),
]);

/** DV03 and DV04 share 89,25 points across the leading place; the appraised score put DV03 first. */
const chainDecided = blockSummary([
  clusterResult(
    "Cụm số 3",
    [
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
      {
        code: "DV04",
        name: "Công đoàn Sở Xây dựng",
        total: 89.25,
        award: "excellent",
        tieBreakNotes: [
          appraisedNote({
            award: "leading",
            ahead: false,
            total: 89.25,
            other: "DV03",
            value: 77.75,
            otherValue: 80.25,
          }),
        ],
      },
      { code: "DV02", name: "Công đoàn Sở Y tế", total: 89 },
    ],
    [],
    { leading: 1, excellent: 1 },
    [
      {
        award: "leading",
        units: [unitCode("DV03"), unitCode("DV04")],
        ahead: 1,
        total: pointsFromNumber(89.25),
        decidedBy: "appraisedTotal",
        values: [pointsFromNumber(80.25), pointsFromNumber(77.75)],
      },
    ],
  ),
]);

/** The step as App uses it: the summary lives above and comes back through onSummary. */
function Harness({ initial }: { initial: BlockSummary | null }): JSX.Element {
  const [summary, setSummary] = useState(initial);
  return <ProposalStep summary={summary} onSummary={setSummary} />;
}

describe("Award proposal step (Đề nghị khen thưởng)", () => {
  it("lists each cluster's leading and excellent units within its quota", () => {
    renderWith(<Harness initial={tied} />, fakeActions());
    const clusters = screen.getAllByRole("region");
    expect(
      within(clusters[0] as HTMLElement).getByText("Chỉ tiêu: 1 dẫn đầu, 1 xuất sắc"),
    ).toBeInTheDocument();
    expect(within(clusters[0] as HTMLElement).getByText("Công đoàn A — 95 điểm")).toBeInTheDocument();
    expect(within(clusters[1] as HTMLElement).getByText("Công đoàn E — 90 điểm")).toBeInTheDocument();
    expect(screen.getByText(/Còn 1 chỗ bằng điểm chưa phân định/)).toBeInTheDocument();
  });

  it("asks for the vote counts of a tie at the quota, records them and shows the settled proposal", async () => {
    const user = userEvent.setup();
    const recorded: [string, number][][] = [];
    const actions: PaneActions = fakeActions({
      recordVotes: (votes) => {
        recorded.push([...votes.entries()]);
        return Promise.resolve(null);
      },
      validate: () => Promise.resolve({ problems: [], summary: settled }),
    });
    renderWith(<Harness initial={tied} />, actions);

    expect(screen.getByText("Bằng điểm ở ranh giới chỉ tiêu: 1 suất Xuất sắc")).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: /Số phiếu cho Công đoàn B/ }), "7");
    await user.type(screen.getByRole("textbox", { name: /Số phiếu cho Công đoàn C/ }), "2");
    await user.click(screen.getByRole("button", { name: "Ghi số phiếu" }));

    expect(await screen.findByText("Đã phân định bằng số phiếu.")).toBeInTheDocument();
    expect(recorded).toEqual([
      [
        ["B", 7],
        ["C", 2],
      ],
    ]);
    expect(screen.getByText("Công đoàn B — 88,5 điểm")).toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: /Số phiếu/ })).not.toBeInTheDocument();
  });

  it("refuses vote counts that are not whole numbers, next to the field", async () => {
    const user = userEvent.setup();
    const recordVotes = jest.fn(() => Promise.resolve(null));
    renderWith(<Harness initial={tied} />, fakeActions({ recordVotes }));
    await user.type(screen.getByRole("textbox", { name: /Số phiếu cho Công đoàn B/ }), "bảy");
    await user.click(screen.getByRole("button", { name: "Ghi số phiếu" }));
    expect(screen.getAllByText("Số phiếu phải là một số nguyên.")).toHaveLength(2);
    expect(recordVotes).not.toHaveBeenCalled();
  });

  it("refuses 50 and 40 votes in a 12-member cluster, saying a count cannot exceed its 12 voters", async () => {
    const user = userEvent.setup();
    const recordVotes = jest.fn(() => Promise.resolve(null));
    renderWith(<Harness initial={tied} />, fakeActions({ recordVotes }));
    await user.type(screen.getByRole("textbox", { name: /Số phiếu cho Công đoàn B/ }), "50");
    await user.type(screen.getByRole("textbox", { name: /Số phiếu cho Công đoàn C/ }), "40");
    await user.click(screen.getByRole("button", { name: "Ghi số phiếu" }));
    expect(
      screen.getAllByText("Số phiếu không thể nhiều hơn số người bỏ phiếu (12 đơn vị thành viên của cụm)."),
    ).toHaveLength(2);
    expect(recordVotes).not.toHaveBeenCalled();
  });

  it("refuses a negative and a fractional count, each with its reason", async () => {
    const user = userEvent.setup();
    const recordVotes = jest.fn(() => Promise.resolve(null));
    renderWith(<Harness initial={tied} />, fakeActions({ recordVotes }));
    await user.type(screen.getByRole("textbox", { name: /Số phiếu cho Công đoàn B/ }), "-3");
    await user.type(screen.getByRole("textbox", { name: /Số phiếu cho Công đoàn C/ }), "6,5");
    await user.click(screen.getByRole("button", { name: "Ghi số phiếu" }));
    expect(screen.getByText("Số phiếu không được âm.")).toBeInTheDocument();
    expect(screen.getByText("Số phiếu phải là số nguyên, không có phần lẻ.")).toBeInTheDocument();
    expect(recordVotes).not.toHaveBeenCalled();
  });

  it("shows beside the vote entry how many votes a unit needs under the cluster's threshold", () => {
    renderWith(<Harness initial={tied} />, fakeActions({}));
    expect(
      screen.getByText(
        /Cụm có 12 đơn vị thành viên bỏ phiếu; đơn vị được chọn cần hơn 50 % số phiếu, tức ít nhất 7\/12 phiếu\./,
      ),
    ).toBeInTheDocument();
  });

  it("says when the votes did not settle the tie", async () => {
    const user = userEvent.setup();
    renderWith(
      <Harness initial={tied} />,
      fakeActions({
        recordVotes: () => Promise.resolve(null),
        validate: () => Promise.resolve({ problems: [], summary: tied }),
      }),
    );
    await user.type(screen.getByRole("textbox", { name: /Số phiếu cho Công đoàn B/ }), "4");
    await user.type(screen.getByRole("textbox", { name: /Số phiếu cho Công đoàn C/ }), "4");
    await user.click(screen.getByRole("button", { name: "Ghi số phiếu" }));
    expect(await screen.findByText(/Số phiếu này chưa phân định được/)).toBeInTheDocument();
  });

  it("works the proposal out from the workbook when there is no result yet", async () => {
    const user = userEvent.setup();
    renderWith(
      <Harness initial={null} />,
      fakeActions({ validate: () => Promise.resolve({ problems: [], summary: settled }) }),
    );
    expect(screen.getByText(/Chưa có kết quả/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Xem danh sách đề nghị khen thưởng" }));
    expect(await screen.findByText("Công đoàn B — 88,5 điểm")).toBeInTheDocument();
  });

  it("generates the printable recommendation and opens it", async () => {
    const user = userEvent.setup();
    const opened: string[] = [];
    renderWith(
      <Harness initial={settled} />,
      fakeActions({
        generateRecommendation: () =>
          Promise.resolve({ sheetName: "Đề nghị khen thưởng", renamedBecauseTaken: false }),
        openSheet: (name) => {
          opened.push(name);
          return Promise.resolve();
        },
      }),
    );
    await user.click(
      screen.getByRole("button", { name: "Tạo tờ trình đề nghị khen thưởng (cùng bảng tổng hợp)" }),
    );
    expect(
      await screen.findByText("Đã ghi trang «Đề nghị khen thưởng», sẵn sàng để in."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Mở tờ trình" }));
    expect(opened).toEqual(["Đề nghị khen thưởng"]);
  });

  it("shows beside each award how the tie-break order placed the unit", () => {
    renderWith(<Harness initial={chainDecided} />, fakeActions());
    const leading = screen.getByText("Công đoàn Sở Tài chính — 89,25 điểm");
    expect(leading).toHaveTextContent(/được xếp trên theo điểm thẩm định \(80,25 so với 77,75\)/);
    const excellent = screen.getByText("Công đoàn Sở Xây dựng — 89,25 điểm");
    expect(excellent).toHaveTextContent(/xếp dưới theo điểm thẩm định/);
    expect(screen.queryByText(/Công đoàn Sở Y tế/)).not.toBeInTheDocument();
  });

  it("lists the ties the tie-break order decided, with the names, the rule and the figures", () => {
    renderWith(<Harness initial={chainDecided} />, fakeActions());
    const heading = screen.getByRole("heading", {
      name: "Đã phân định theo thứ tự xét khi bằng điểm",
    });
    const list = heading.nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Công đoàn Sở Tài chính, Công đoàn Sở Xây dựng cùng 89,25 điểm, tranh suất dẫn đầu: " +
        "Công đoàn Sở Tài chính được xếp trên theo điểm thẩm định (80,25 so với 77,75).",
    ]);
    expect(screen.queryByRole("textbox", { name: /Số phiếu/ })).not.toBeInTheDocument();
  });

  it("words the decided ties in English for an English Office", () => {
    renderWith(<Harness initial={chainDecided} />, fakeActions(), "en-US");
    expect(
      screen.getByText(
        "Công đoàn Sở Tài chính, Công đoàn Sở Xây dựng tied on 89.25 points for the leading place: " +
          "Công đoàn Sở Tài chính placed above by the appraised score (80.25 against 77.75).",
      ),
    ).toBeInTheDocument();
  });

  it("has no decided-ties heading where the cluster's tie-break order decided nothing", () => {
    renderWith(<Harness initial={tied} />, fakeActions());
    expect(screen.queryByRole("heading", { name: /đã phân định theo thứ tự/ })).not.toBeInTheDocument();
  });

  it("says which unit its classification kept from an award, and who takes the place", () => {
    const passed = blockSummary([
      clusterResult("Cụm số 1", [
        { code: "A", name: "Công đoàn A", total: 96, award: "leading" },
        {
          code: "B",
          name: "Công đoàn B",
          total: 94.5,
          passedOver: [
            {
              award: "excellent",
              classification: "Hoàn thành tốt nhiệm vụ",
              required: "Hoàn thành xuất sắc nhiệm vụ",
              takenBy: [unitCode("C")],
              unconfirmed: true,
            },
          ],
        },
        { code: "C", name: "Công đoàn C", total: 91, award: "excellent" },
      ]),
    ]);
    renderWith(<Harness initial={passed} />, fakeActions({}));
    expect(screen.getByRole("heading", { name: "Không đề nghị vì xếp loại chưa đạt" })).toBeInTheDocument();
    expect(
      screen.getByText(
        "Công đoàn B — Không đề nghị đơn vị xuất sắc: xếp loại «Hoàn thành tốt nhiệm vụ», cần «Hoàn thành xuất sắc nhiệm vụ»; suất này dành cho C (mức mặc định, kiểm tra lại).",
      ),
    ).toBeInTheDocument();
  });

  it("does not generate a recommendation from a workbook with errors", () => {
    const blocked = { ...settled, blocked: true };
    renderWith(<Harness initial={blocked} />, fakeActions());
    expect(screen.getByText(/Sổ làm việc còn lỗi nên chưa đề nghị được/)).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "Tạo tờ trình đề nghị khen thưởng (cùng bảng tổng hợp)" }),
    ).toBeDisabled();
  });

  it("keeps vote counts being typed across a reload of the browser pane, until they are recorded", async () => {
    const user = userEvent.setup();
    const keeper = workKeeper(memoryWorkStore(), () => 0);
    const actions = fakeActions({
      keeping: keeper,
      recordVotes: () => Promise.resolve(null),
      validate: () => Promise.resolve({ problems: [], summary: settled }),
    });
    const first = renderWith(<Harness initial={tied} />, actions);
    await user.type(screen.getByRole("textbox", { name: /Số phiếu cho Công đoàn B/ }), "7");
    first.unmount();

    // The pane again (a reload continues the kept work with its drafts).
    renderWith(<Harness initial={tied} />, actions);
    expect(screen.getByRole("textbox", { name: /Số phiếu cho Công đoàn B/ })).toHaveValue("7");
    await user.type(screen.getByRole("textbox", { name: /Số phiếu cho Công đoàn C/ }), "2");
    await user.click(screen.getByRole("button", { name: "Ghi số phiếu" }));
    await screen.findByText("Đã phân định bằng số phiếu.");
    expect(keeper.drafts().votes).toEqual({});
  });
});
