/** @jest-environment jsdom */
/**
 * The notice at the top of the pane: after each change it asks whether the summary and the
 * recommendation still carry the data's stamp, offers one action that makes both again, and in
 * Excel can do it by itself.
 */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { SummaryOutcome } from "../../../src/taskpane/actions";
import { ResultsFreshness } from "../../../src/taskpane/components/ResultsFreshness";
import { blockSummary, fakeActions, renderWith } from "../support";

const outcome: SummaryOutcome = {
  summary: blockSummary([]),
  sheetName: "Bảng tổng hợp",
  renamedBecauseTaken: false,
};
const STALE = /Dữ liệu đã thay đổi sau lần tạo bảng tổng hợp và tờ trình đề nghị khen thưởng gần nhất/;

describe("ResultsFreshness", () => {
  // The switch is remembered in localStorage: each test starts from a pane never used.
  beforeEach(() => localStorage.clear());

  it("says both sheets are out of date after a change, and makes both again with one button", async () => {
    const user = userEvent.setup();
    let stale = true;
    const generateSummary = jest.fn(() => {
      stale = false;
      return Promise.resolve(outcome);
    });
    const actions = fakeActions({ isSummaryStale: () => Promise.resolve(stale), generateSummary });
    const onSummary = jest.fn();
    renderWith(<ResultsFreshness changes={1} hasWorkbook onSummary={onSummary} debounceMs={0} />, actions);
    expect(await screen.findByText(STALE)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Tạo lại cả hai" }));
    expect(generateSummary).toHaveBeenCalledTimes(1);
    expect(onSummary).toHaveBeenCalledWith(outcome.summary);
    expect(await screen.findByText(/Đã tạo lại bảng tổng hợp và tờ trình/)).toBeInTheDocument();
    expect(screen.queryByText(STALE)).not.toBeInTheDocument();
  });

  it("checks again on each change, once the changes settle", async () => {
    const isSummaryStale = jest.fn(() => Promise.resolve(false));
    const actions = fakeActions({ isSummaryStale });
    const onSummary = jest.fn();
    const view = renderWith(
      <ResultsFreshness changes={0} hasWorkbook onSummary={onSummary} debounceMs={0} />,
      actions,
    );
    await waitFor(() => expect(isSummaryStale).toHaveBeenCalledTimes(1));
    view.rerender(<ResultsFreshness changes={1} hasWorkbook onSummary={onSummary} debounceMs={0} />);
    await waitFor(() => expect(isSummaryStale).toHaveBeenCalledTimes(2));
    expect(screen.queryByText(STALE)).not.toBeInTheDocument();
  });

  it("in Excel, makes both again by itself when the switch is on and a change made them stale", async () => {
    const user = userEvent.setup();
    let stale = false;
    const generateSummary = jest.fn(() => {
      stale = false;
      return Promise.resolve(outcome);
    });
    const actions = fakeActions({
      host: "excel",
      onWorkbookChange: () => () => undefined,
      isSummaryStale: () => Promise.resolve(stale),
      generateSummary,
    });
    const onSummary = jest.fn();
    const view = renderWith(
      <ResultsFreshness changes={0} hasWorkbook onSummary={onSummary} debounceMs={0} />,
      actions,
    );
    await user.click(screen.getByRole("switch", { name: "Tự tạo lại khi dữ liệu thay đổi" }));
    expect(generateSummary).not.toHaveBeenCalled();
    stale = true; // a co-author changed a score
    view.rerender(<ResultsFreshness changes={1} hasWorkbook onSummary={onSummary} debounceMs={0} />);
    await waitFor(() => expect(generateSummary).toHaveBeenCalledTimes(1));
  });

  it("remembers the switch on this computer: the pane opened again starts with it on, and off once turned off", async () => {
    const user = userEvent.setup();
    const actions = fakeActions({
      host: "excel",
      onWorkbookChange: () => () => undefined,
      isSummaryStale: () => Promise.resolve(false),
    });
    const pane = () => <ResultsFreshness changes={0} hasWorkbook onSummary={jest.fn()} debounceMs={0} />;
    const name = { name: "Tự tạo lại khi dữ liệu thay đổi" };
    const first = renderWith(pane(), actions);
    expect(screen.getByRole("switch", name)).not.toBeChecked();
    await user.click(screen.getByRole("switch", name));
    first.unmount();

    const second = renderWith(pane(), actions);
    expect(screen.getByRole("switch", name)).toBeChecked();
    await user.click(screen.getByRole("switch", name));
    second.unmount();
    renderWith(pane(), actions);
    expect(screen.getByRole("switch", name)).not.toBeChecked();
  });

  it("offers no switch in a plain browser (the pane makes every write there) and asks nothing without a file", () => {
    const isSummaryStale = jest.fn(() => Promise.resolve(true));
    renderWith(
      <ResultsFreshness changes={1} hasWorkbook={false} onSummary={jest.fn()} debounceMs={0} />,
      fakeActions({ host: "browser", isSummaryStale }),
    );
    expect(screen.queryByRole("switch")).not.toBeInTheDocument();
    expect(isSummaryStale).not.toHaveBeenCalled();
  });
});
