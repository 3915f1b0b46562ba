/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { unitCode } from "../../../src/core/model";
import type { ProgressListener, SummaryOutcome } from "../../../src/taskpane/actions";
import { SummaryStep, type SummaryStepProps } from "../../../src/taskpane/components/SummaryStep";
import { WorkbookError } from "../../../src/workbook/errors";
import { pointsFromNumber } from "../../../src/core/decimal";
import { blockSummary, clusterResult, deferred, fakeActions, renderWith } from "../support";

const cluster = clusterResult(
  "Cụm các Ngân hàng",
  [
    { code: "NH1", name: "Công đoàn Vietcombank", total: 96.5, award: "leading" },
    { code: "NH2", name: "Công đoàn Agribank", total: 92, award: "excellent" },
    { code: "NH3", name: "Công đoàn BIDV", total: 88 },
    { code: "NH4", name: "Công đoàn VietinBank", total: 88 },
    { code: "NH5", name: "Công đoàn Sacombank", total: 97, considered: false },
  ],
  [
    {
      award: "excellent",
      places: 1,
      units: [unitCode("NH3"), unitCode("NH4")],
      total: pointsFromNumber(88),
      settled: false,
    },
  ],
  { leading: 1, excellent: 2 },
);
const outcome: SummaryOutcome = {
  summary: blockSummary([cluster]),
  sheetName: "Bảng tổng hợp",
  renamedBecauseTaken: false,
};

const props = (overrides: Partial<SummaryStepProps> = {}): SummaryStepProps => ({
  summary: null,
  onSummary: jest.fn(),
  remoteChanged: false,
  onGenerated: jest.fn(),
  active: true,
  hasWorkbook: true,
  ...overrides,
});

describe("Summary step (Tổng hợp)", () => {
  it("shows progress while generating, then the ranking with each bar's award in words", async () => {
    const user = userEvent.setup();
    const gate = deferred<SummaryOutcome>();
    let report: ProgressListener = () => undefined;
    const onSummary = jest.fn();
    renderWith(
      <SummaryStep {...props({ onSummary })} />,
      fakeActions({
        generateSummary: (onProgress) => {
          report = onProgress;
          return gate.promise;
        },
      }),
    );

    await user.click(screen.getByRole("button", { name: "Tạo bảng tổng hợp" }));
    act(() => report(0.4));
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0.4");
    expect(screen.getByText("Đã xong 40%")).toBeInTheDocument();
    await act(() => {
      gate.resolve(outcome);
      return gate.promise;
    });

    expect(screen.getByText("Đã ghi trang «Bảng tổng hợp».")).toBeInTheDocument();
    expect(onSummary).toHaveBeenCalledWith(outcome.summary);
    const rows = within(screen.getByRole("list", { name: "" })).getAllByRole("listitem");
    expect(rows.map((row) => row.getAttribute("aria-label"))).toEqual([
      "Hạng 1: Công đoàn Sacombank, 97 điểm, Không xét thi đua: không tham gia đăng ký và ký giao ước thi đua",
      "Hạng 2: Công đoàn Vietcombank, 96,5 điểm, Dẫn đầu",
      "Hạng 3: Công đoàn Agribank, 92 điểm, Xuất sắc",
      "Hạng 4: Công đoàn BIDV, 88 điểm, Bằng điểm, chờ bỏ phiếu",
      "Hạng 4: Công đoàn VietinBank, 88 điểm, Bằng điểm, chờ bỏ phiếu",
    ]);
  });

  it("draws each bar's length in proportion to the unit's total", async () => {
    const user = userEvent.setup();
    renderWith(
      <SummaryStep {...props()} />,
      fakeActions({ generateSummary: () => Promise.resolve(outcome) }),
    );
    await user.click(screen.getByRole("button", { name: "Tạo bảng tổng hợp" }));
    const row = await screen.findByRole("listitem", { name: /Công đoàn BIDV/ });
    const bar = row.querySelector("[aria-hidden='true'] > span") as HTMLElement;
    expect(bar.style.width).toBe(`${((88 / 97) * 100).toFixed(1)}%`);
  });

  it("offers to open the sheet in Excel, and in a plain browser leaves the download to the file bar", async () => {
    const user = userEvent.setup();
    const opened: string[] = [];
    const view = renderWith(
      <SummaryStep {...props()} />,
      fakeActions({
        generateSummary: () =>
          Promise.resolve({ ...outcome, sheetName: "Bảng tổng hợp (2)", renamedBecauseTaken: true }),
        openSheet: (name) => {
          opened.push(name);
          return Promise.resolve();
        },
      }),
    );
    await user.click(screen.getByRole("button", { name: "Tạo bảng tổng hợp" }));
    expect(await screen.findByText(/kết quả được ghi sang «Bảng tổng hợp \(2\)»/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Mở trang tổng hợp" }));
    expect(opened).toEqual(["Bảng tổng hợp (2)"]);
    expect(screen.queryByRole("button", { name: "Tải xuống" })).not.toBeInTheDocument();
    view.unmount();

    const download = jest.fn(() => Promise.resolve());
    renderWith(
      <SummaryStep {...props()} />,
      fakeActions({ host: "browser", generateSummary: () => Promise.resolve(outcome), download }),
    );
    await user.click(screen.getByRole("button", { name: "Tạo bảng tổng hợp" }));
    await screen.findByText("Đã ghi trang «Bảng tổng hợp».");
    // One «Tải xuống» in the pane: the file bar's, always in view (App.test.tsx).
    expect(screen.queryByRole("button", { name: "Tải xuống" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Mở trang tổng hợp" })).not.toBeInTheDocument();
    expect(download).not.toHaveBeenCalled();
  });

  it("shows the blocking errors' message from the workbook layer", async () => {
    const user = userEvent.setup();
    renderWith(
      <SummaryStep {...props()} />,
      fakeActions({
        generateSummary: () => Promise.reject(new WorkbookError("SUMMARY_BLOCKED", { errors: 2 })),
      }),
    );
    await user.click(screen.getByRole("button", { name: "Tạo bảng tổng hợp" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("sổ làm việc còn 2 lỗi");
  });

  it("warns that the summary may be stale after a co-author's edit or when the workbook says so", async () => {
    const view = renderWith(<SummaryStep {...props({ remoteChanged: true })} />, fakeActions());
    expect(screen.getByText(/Người cùng sửa vừa thay đổi sổ làm việc/)).toBeInTheDocument();
    view.unmount();

    const isSummaryStale = jest.fn(() => Promise.resolve(true));
    renderWith(<SummaryStep {...props()} />, fakeActions({ isSummaryStale }));
    expect(await screen.findByText(/Dữ liệu đã thay đổi sau lần tạo bảng tổng hợp/)).toBeInTheDocument();
    expect(isSummaryStale).toHaveBeenCalledTimes(1);
  });

  it("does not ask about staleness while hidden or with no workbook open", () => {
    const isSummaryStale = jest.fn(() => Promise.resolve(true));
    renderWith(<SummaryStep {...props({ active: false })} />, fakeActions({ isSummaryStale }));
    renderWith(<SummaryStep {...props({ hasWorkbook: false })} />, fakeActions({ isSummaryStale }));
    expect(isSummaryStale).not.toHaveBeenCalled();
  });

  it("after votes make the sheet out of date, shows the warning instead of «Đã ghi trang», and the latest ranking", async () => {
    const user = userEvent.setup();
    let stale = false;
    const actions = fakeActions({
      generateSummary: () => Promise.resolve(outcome),
      isSummaryStale: () => Promise.resolve(stale),
    });
    const view = renderWith(<SummaryStep {...props({ summary: outcome.summary })} />, actions);
    await user.click(screen.getByRole("button", { name: "Tạo bảng tổng hợp" }));
    expect(await screen.findByText("Đã ghi trang «Bảng tổng hợp».")).toBeInTheDocument();

    // Votes recorded in the proposal step: the pane's result is newer, the sheet is not.
    stale = true;
    const voted = blockSummary([
      clusterResult("Cụm các Ngân hàng", [
        { code: "NH1", name: "Công đoàn Vietcombank", total: 96.5, award: "leading" },
        { code: "NH3", name: "Công đoàn BIDV", total: 88, award: "excellent" },
        { code: "NH4", name: "Công đoàn VietinBank", total: 88 },
      ]),
    ]);
    view.rerender(<SummaryStep {...props({ summary: voted })} />);
    expect(await screen.findByText(/Dữ liệu đã thay đổi sau lần tạo bảng tổng hợp/)).toBeInTheDocument();
    expect(screen.queryByText("Đã ghi trang «Bảng tổng hợp».")).not.toBeInTheDocument();
    expect(screen.getByText(/Biểu đồ theo dữ liệu mới nhất/)).toBeInTheDocument();
    expect(screen.getByRole("listitem", { name: /Công đoàn BIDV, 88 điểm, Xuất sắc/ })).toBeInTheDocument();
  });
});
