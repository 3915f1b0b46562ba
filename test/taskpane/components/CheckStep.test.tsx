/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { OfficeAdapterError } from "../../../src/adapters/office/errors";
import { problemOf } from "../../../src/core/diagnostics";
import { criterionCode, pointsFromNumber, unitCode, type CellRef, type Problem } from "../../../src/core";
import { CheckStep } from "../../../src/taskpane/components/CheckStep";
import { blockSummary, clusterResult, fakeActions, renderWith } from "../support";
import { cellAt } from "../../support/cells";

const problems: Problem[] = [
  problemOf(
    "SCORE_ABOVE_MAX",
    {
      unit: { code: unitCode("DV02") },
      criterion: criterionCode("I.1"),
      column: "self",
      value: pointsFromNumber(12),
      max: pointsFromNumber(10),
      kind: "scored",
    },
    cellAt("DV02", "E7"),
  ),
  problemOf(
    "REPORT_LATE",
    {
      unit: { code: unitCode("DV02") },
      report: "end",
      days: 3,
      deadline: { year: 2024, month: 10, day: 20 },
    },
    cellAt("Đơn vị", "H4"),
  ),
  problemOf("BANDS_NO_FLOOR", { lowest: pointsFromNumber(50) }),
  problemOf(
    "UNIT_INCOMPLETE",
    { unit: { code: unitCode("DV01") }, missing: [criterionCode("II.3")] },
    cellAt("DV01", "E12"),
  ),
];
const summary = blockSummary(
  [
    clusterResult("Cụm 1", [
      { code: "DV01", name: "Công đoàn Ngân hàng A", total: 90 },
      { code: "DV02", name: "Công đoàn Điện lực", total: 80 },
    ]),
  ],
  problems,
);

describe("Check step (Kiểm tra)", () => {
  it("counts errors and warnings and groups the problems by unit, general ones first, errors first", async () => {
    const user = userEvent.setup();
    const onResult = jest.fn();
    renderWith(
      <CheckStep onResult={onResult} />,
      fakeActions({ validate: () => Promise.resolve({ problems, summary }) }),
    );

    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));

    expect(await screen.findByText("1 lỗi, 3 cảnh báo")).toBeInTheDocument();
    const groups = screen.getAllByRole("region");
    expect(groups.map((g) => within(g).getByRole("heading").textContent)).toEqual([
      "Chung (không thuộc riêng đơn vị nào)",
      "Công đoàn Điện lực (DV02)",
      "Công đoàn Ngân hàng A (DV01)",
    ]);
    const dv02 = within(groups[1] as HTMLElement).getAllByRole("listitem");
    expect(dv02[0]).toHaveTextContent("Lỗi");
    expect(dv02[0]).toHaveTextContent("cao hơn điểm tối đa 10");
    expect(dv02[1]).toHaveTextContent("Cảnh báo");
    expect(screen.getByText(/Còn lỗi nên chưa tạo được bảng tổng hợp/)).toBeInTheDocument();
    expect(onResult).toHaveBeenCalledWith({ problems, summary });
    expect(screen.getByRole("button", { name: "Kiểm tra lại" })).toBeInTheDocument();
  });

  it("selects the problem's cell in Excel when the user activates it, with the keyboard too", async () => {
    const user = userEvent.setup();
    const selected: CellRef[] = [];
    renderWith(
      <CheckStep onResult={jest.fn()} />,
      fakeActions({
        validate: () => Promise.resolve({ problems, summary }),
        selectCell: (at) => {
          selected.push(at);
          return Promise.resolve();
        },
      }),
    );
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await user.click(await screen.findByRole("button", { name: "Chọn ô DV02!E7" }));
    screen.getByRole("button", { name: "Chọn ô DV01!E12" }).focus();
    await user.keyboard("{Enter}");
    expect(selected).toEqual([cellAt("DV02", "E7"), cellAt("DV01", "E12")]);
  });

  it("in a plain browser shows the cell as text, with nothing to select", async () => {
    const user = userEvent.setup();
    renderWith(
      <CheckStep onResult={jest.fn()} />,
      fakeActions({ host: "browser", validate: () => Promise.resolve({ problems, summary }) }),
    );
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByText("Ô DV02!E7")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Chọn ô/ })).not.toBeInTheDocument();
  });

  it("says so when the workbook is clean", async () => {
    const user = userEvent.setup();
    renderWith(
      <CheckStep onResult={jest.fn()} />,
      fakeActions({ validate: () => Promise.resolve({ problems: [], summary: blockSummary([]) }) }),
    );
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByText("Không có lỗi hay cảnh báo nào.")).toBeInTheDocument();
    expect(screen.getByText("0 lỗi, 0 cảnh báo")).toBeInTheDocument();
  });

  it("turns an Excel timeout into a Vietnamese sentence with Try again", async () => {
    const user = userEvent.setup();
    let calls = 0;
    renderWith(
      <CheckStep onResult={jest.fn()} />,
      fakeActions({
        validate: () => {
          calls++;
          return calls === 1
            ? Promise.reject(new OfficeAdapterError({ kind: "timeout", seconds: 60 }))
            : Promise.resolve({ problems: [], summary: blockSummary([]) });
        },
      }),
    );
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Excel chưa trả lời sau 60 giây");
    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(await screen.findByText("Không có lỗi hay cảnh báo nào.")).toBeInTheDocument();
  });

  it("reports a failed cell selection instead of swallowing it", async () => {
    const user = userEvent.setup();
    renderWith(
      <CheckStep onResult={jest.fn()} />,
      fakeActions({
        validate: () => Promise.resolve({ problems, summary }),
        selectCell: () => Promise.reject(new OfficeAdapterError({ kind: "changed", detail: "ItemNotFound" })),
      }),
    );
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await user.click(await screen.findByRole("button", { name: "Chọn ô DV02!E7" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Sổ làm việc vừa bị thay đổi");
  });

  it("speaks English when Office's display language is English", async () => {
    const user = userEvent.setup();
    renderWith(
      <CheckStep onResult={jest.fn()} />,
      fakeActions({ validate: () => Promise.resolve({ problems, summary }) }),
      "en-US",
    );
    await user.click(screen.getByRole("button", { name: "Check" }));
    expect(await screen.findByText("1 error, 3 warnings")).toBeInTheDocument();
    // The problems themselves, not only the pane's own words.
    expect(
      screen.getByText(/DV02's self-score for criterion I\.1 is 12, above the maximum of 10/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/DV02 sent its end-of-period report 3 days after the deadline of 20\/10\/2024/),
    ).toBeInTheDocument();
  });
});
