/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { pointsFromNumber } from "../../src/core/decimal";
import { problemOf } from "../../src/core/diagnostics";
import { criterionCode, unitCode } from "../../src/core/model";
import type { FilePlan, MergePlan } from "../../src/workbook/collect/merge-plan";
import type { ProgressReport, UnitProgress } from "../../src/workbook/collect/progress";
import type { MergePreview } from "../../src/workbook/collect/usecases";
import type { CollectActions } from "../../src/taskpane/actions";
import { App } from "../../src/taskpane/components/App";
import { CollectStep } from "../../src/taskpane/components/CollectStep";
import { ProgressStep } from "../../src/taskpane/components/ProgressStep";
import { fakeActions, renderWith } from "./support";
import { cellAt } from "../support/cells";

const DAY = { year: 2024, month: 10, day: 18 };
const none = { new: 0, changed: 0, cleared: 0, notes: 0, same: 0 };

function filePlan(overrides: Partial<FilePlan> & Pick<FilePlan, "file" | "outcome">): FilePlan {
  return {
    unit: null,
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

function preview(files: FilePlan[], overwrite = false): MergePreview {
  const merged = files.filter((f) => f.outcome === "merge").length;
  const plan: MergePlan = {
    files,
    updates: merged > 0 ? [{ sheet: "DV01", at: "E5", cells: [[1]] }] : [],
    merged,
    refused: files.filter((f) => f.outcome === "refused").length,
    signature: JSON.stringify(files),
  };
  return { plan, files: [], options: { overwrite } };
}

const good = filePlan({
  file: "DV01 - Công đoàn A.xlsx",
  outcome: "merge",
  unit: { code: "DV01", name: "Công đoàn A" },
  counts: { new: 20, changed: 1, cleared: 0, notes: 2, same: 3 },
  changes: [
    {
      criterion: "I.1",
      kind: "changed",
      before: pointsFromNumber(2),
      after: pointsFromNumber(2.5),
      beforeShown: "2",
    },
    { criterion: "I.2", kind: "new", before: null, after: pointsFromNumber(3), beforeShown: "" },
  ],
});
const bad = filePlan({
  file: "cum-khac.xlsx",
  outcome: "refused",
  refusal: { code: "COLLECT_CRITERIA_EDITED", params: {}, details: [{ kind: "rowRemoved", code: "I.2" }] },
});

function fakeCollect(overrides: Partial<CollectActions> = {}): CollectActions {
  const never = (): Promise<never> => Promise.reject(new Error("not expected in this test"));
  return {
    splitForUnits: never,
    previewMerge: never,
    merge: never,
    progress: never,
    recordArrivals: never,
    ...overrides,
  };
}

function xlsx(name: string): File {
  return new File(["x"], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    lastModified: 1_700_000_000_000,
  });
}

describe("Collect step (Thu thập điểm)", () => {
  it("shows what each returned file brings before anything is written, then merges in one go", async () => {
    const user = userEvent.setup();
    const previewMerge = jest.fn(() => Promise.resolve(preview([good, bad])));
    const merge = jest.fn((p: MergePreview) => Promise.resolve({ applied: true, preview: p }));
    renderWith(<CollectStep collect={fakeCollect({ previewMerge, merge })} />, fakeActions());

    await user.upload(screen.getByTestId("collect-file-input"), [
      xlsx("DV01 - Công đoàn A.xlsx"),
      xlsx("cum-khac.xlsx"),
    ]);

    expect(await screen.findByRole("heading", { name: "Mỗi tệp mang lại gì" })).toBeInTheDocument();
    expect(previewMerge).toHaveBeenCalledWith(
      [
        expect.objectContaining({ name: "DV01 - Công đoàn A.xlsx" }),
        expect.objectContaining({ name: "cum-khac.xlsx" }),
      ],
      { overwrite: false },
      expect.any(AbortSignal),
    );
    expect(merge).not.toHaveBeenCalled();
    expect(screen.getByText("Chưa ghi gì vào sổ làm việc.")).toBeInTheDocument();
    const [first, second] = screen
      .getAllByRole("listitem")
      .filter((li) => li.parentElement?.tagName === "UL" && li.querySelector(".fui-Badge"));
    expect(first).toHaveTextContent("Sẽ nhận");
    expect(first).toHaveTextContent("Công đoàn A (DV01)");
    expect(first).toHaveTextContent("20 điểm mới, 1 điểm sửa, 2 ghi chú; ngày nhận 18/10/2024");
    expect(
      within(first!).getByRole("list", { name: "Các điểm sửa trong tệp DV01 - Công đoàn A.xlsx" }),
    ).toHaveTextContent("I.1: 2 → 2,5");
    expect(second).toHaveTextContent("Không nhận");
    expect(second).toHaveTextContent("Bảng tiêu chí trong tệp đã bị sửa so với bảng của cụm:");
    expect(second).toHaveTextContent("thiếu dòng «I.2»");

    await user.click(screen.getByRole("button", { name: "Gộp điểm của 1 đơn vị" }));
    expect(await screen.findByText("Đã gộp điểm của 1 đơn vị vào sổ làm việc.")).toBeInTheDocument();
    expect(merge).toHaveBeenCalledTimes(1);
    expect(merge.mock.calls[0]![0].plan.files).toEqual([good, bad]);
    expect(screen.queryByRole("button", { name: /^Gộp điểm/ })).not.toBeInTheDocument();
  });

  it("says where each received date comes from, and warns of a date outside the period", async () => {
    const user = userEvent.setup();
    const fromMerge = filePlan({
      file: "DV02.xlsx",
      outcome: "merge",
      unit: { code: "DV02", name: "Công đoàn B" },
      receivedFrom: "merge",
    });
    const lastYear = filePlan({
      file: "DV03.xlsx",
      outcome: "merge",
      unit: { code: "DV03", name: "Công đoàn C" },
      receivedOn: { year: 2023, month: 10, day: 10 },
      dateNotices: [
        {
          kind: "outsidePeriod",
          date: { year: 2023, month: 10, day: 10 },
          start: { year: 2024, month: 1, day: 1 },
          end: { year: 2024, month: 12, day: 31 },
        },
      ],
    });
    const previewMerge = jest.fn(() => Promise.resolve(preview([good, fromMerge, lastYear])));
    renderWith(<CollectStep collect={fakeCollect({ previewMerge })} />, fakeActions());
    await user.upload(screen.getByTestId("collect-file-input"), [xlsx("a.xlsx")]);
    await screen.findByRole("heading", { name: "Mỗi tệp mang lại gì" });
    const [a, b, c] = screen
      .getAllByRole("listitem")
      .filter((li) => li.parentElement?.tagName === "UL" && li.querySelector(".fui-Badge"));
    expect(a).toHaveTextContent("ngày nhận 18/10/2024 (ngày đơn vị ghi ở ô «Ngày chấm điểm» trong tệp)");
    expect(b).toHaveTextContent("ngày nhận 18/10/2024 (ngày gộp, vì tệp không ghi «Ngày chấm điểm»)");
    expect(within(c!).getByRole("note")).toHaveTextContent(
      "Ngày nhận 10/10/2023 nằm ngoài kỳ thi đua (01/01/2024 – 31/12/2024)",
    );
  });

  it("asks again with the later files taken when overwrite is chosen", async () => {
    const user = userEvent.setup();
    const previewMerge = jest.fn((_files: unknown, options: { overwrite: boolean }) =>
      Promise.resolve(preview([good], options.overwrite)),
    );
    renderWith(<CollectStep collect={fakeCollect({ previewMerge })} />, fakeActions());
    await user.upload(screen.getByTestId("collect-file-input"), [xlsx("a.xlsx")]);
    await screen.findByRole("heading", { name: "Mỗi tệp mang lại gì" });
    await user.click(
      screen.getByRole("checkbox", { name: "Lấy tệp gửi sau khi đơn vị gửi hai lần (ghi đè)" }),
    );
    await waitFor(() => expect(previewMerge).toHaveBeenCalledTimes(2));
    expect(previewMerge.mock.calls[1]![1]).toEqual({ overwrite: true });
  });

  it("writes nothing when the workbook changed since the preview, and shows the new preview", async () => {
    const user = userEvent.setup();
    const refusedNow = filePlan({
      ...good,
      outcome: "refused",
      refusal: { code: "COLLECT_APPRAISED", params: { count: 1 }, details: [] },
    });
    const merge = jest.fn(() => Promise.resolve({ applied: false, preview: preview([refusedNow]) }));
    renderWith(
      <CollectStep collect={fakeCollect({ previewMerge: () => Promise.resolve(preview([good])), merge })} />,
      fakeActions(),
    );
    await user.upload(screen.getByTestId("collect-file-input"), [xlsx("a.xlsx")]);
    await user.click(await screen.findByRole("button", { name: "Gộp điểm của 1 đơn vị" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Sổ làm việc vừa thay đổi");
    expect(screen.getByText(/^Tệp sửa điểm tự chấm của 1 tiêu chí đã được thẩm định\./)).toBeInTheDocument();
    expect(screen.getByText("Không có tệp nào để gộp.")).toBeInTheDocument();
  });

  it("takes dropped files too, and says when a file cannot be read at all", async () => {
    const previewMerge = jest.fn(() => Promise.reject(new Error("hỏng")));
    renderWith(<CollectStep collect={fakeCollect({ previewMerge })} />, fakeActions());
    const zone = screen.getByRole("group", { name: "Vùng thả các tệp tự chấm" });
    const files = [xlsx("a.xlsx")];
    await act(async () => {
      zone.dispatchEvent(Object.assign(new Event("drop", { bubbles: true }), { dataTransfer: { files } }));
      await Promise.resolve();
    });
    expect(await screen.findByRole("alert")).toHaveTextContent("Có lỗi không mong đợi: hỏng");
    expect(previewMerge).toHaveBeenCalledWith(files, { overwrite: false }, expect.any(AbortSignal));
  });

  it("makes the units' self-scoring files as one .zip", async () => {
    const user = userEvent.setup();
    const splitForUnits = jest.fn(() => Promise.resolve({ files: 6, zipName: "tep-tu-cham-diem.zip" }));
    renderWith(<CollectStep collect={fakeCollect({ splitForUnits })} />, fakeActions());
    await user.click(screen.getByRole("button", { name: "Tạo các tệp tự chấm (.zip)" }));
    expect(await screen.findByText("Đã tạo 6 tệp tự chấm trong «tep-tu-cham-diem.zip».")).toBeInTheDocument();
  });
});

function unit(overrides: Partial<UnitProgress> & Pick<UnitProgress, "code" | "status">): UnitProgress {
  return {
    name: `Công đoàn ${overrides.code}`,
    cluster: "Cụm 1",
    sheet: overrides.code,
    scored: 10,
    total: 10,
    errors: [],
    received: null,
    daysLate: 0,
    ...overrides,
  };
}

const REPORT: ProgressReport = {
  asOf: DAY,
  deadline: { year: 2024, month: 10, day: 20 },
  dueBy: { year: 2024, month: 10, day: 21 },
  criteria: 10,
  units: [
    unit({ code: "DV01", status: "on-time", received: { year: 2024, month: 10, day: 15 } }),
    unit({
      code: "DV02",
      status: "waiting",
      scored: 4,
      errors: [
        problemOf(
          "SCORE_NOT_A_NUMBER",
          {
            unit: { code: unitCode("DV02") },
            criterion: criterionCode("I.3"),
            column: "self",
            shown: "tám",
            reason: "text",
          },
          cellAt("DV02", "E9"),
        ),
      ],
    }),
    unit({ code: "DV03", status: "complete" }),
    unit({ code: "DV04", status: "late", received: { year: 2024, month: 10, day: 25 }, daysLate: 4 }),
  ],
};

/** The progress step with a stand-in for the App's count of co-authors' changes. */
function CoAuthored({ collect }: { collect: CollectActions }): JSX.Element {
  const [changes, setChanges] = useState(0);
  return (
    <>
      <button onClick={() => setChanges((n) => n + 1)}>co-author edits</button>
      <ProgressStep collect={collect} remoteChanges={changes} />
    </>
  );
}

describe("Progress step (Tiến độ)", () => {
  it("lists each unit with criteria scored, errors and whether its scores are in on time", async () => {
    const user = userEvent.setup();
    const opened: string[] = [];
    renderWith(
      <ProgressStep
        collect={fakeCollect({ progress: () => Promise.resolve(REPORT) })}
        remoteChanges={0}
        openSheet={(name) => {
          opened.push(name);
          return Promise.resolve();
        }}
      />,
      fakeActions(),
    );
    await user.click(screen.getByRole("button", { name: "Xem tiến độ" }));
    const table = await screen.findByRole("table", { name: "Tiến độ chấm điểm theo đơn vị" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ["10/10", "Không", "Đúng hạn (15/10/2024)"],
      [
        "4/10",
        "1 lỗiĐiểm tự chấm của DV02, tiêu chí I.3, ghi «tám», không phải là số. Hãy ghi số, ví dụ 8,5. (ô E9, trang «DV02»)",
        "Đang chấm",
      ],
      ["10/10", "Không", "Đủ điểm, trong hạn"],
      ["10/10", "Không", "Muộn 4 ngày (25/10/2024)"],
    ]);
    expect(screen.getByText("Hạn gửi điểm (báo cáo tổng kết): 20/10/2024")).toBeInTheDocument();
    expect(screen.getByText("3/4 đơn vị đã chấm đủ; 1 đơn vị nộp đúng hạn.")).toBeInTheDocument();
    await user.click(within(rows[1]!).getByRole("button", { name: "DV02" }));
    expect(opened).toEqual(["DV02"]);
  });

  it("refreshes when a co-author changes the workbook, once a table is shown", async () => {
    const user = userEvent.setup();
    const progress = jest.fn(() => Promise.resolve(REPORT));
    renderWith(<CoAuthored collect={fakeCollect({ progress })} />, fakeActions());
    await user.click(screen.getByRole("button", { name: "Xem tiến độ" }));
    await screen.findByRole("table");
    await user.click(screen.getByRole("button", { name: "co-author edits" }));
    await waitFor(() => expect(progress).toHaveBeenCalledTimes(2), { timeout: 4000 });
    expect(
      await screen.findByText("Người cùng sửa vừa thay đổi sổ làm việc: bảng đã được cập nhật."),
    ).toBeInTheDocument();
  });

  it("does not read the workbook on a co-author's change before the user asked for the table", async () => {
    const user = userEvent.setup();
    const progress = jest.fn(() => Promise.resolve(REPORT));
    renderWith(<CoAuthored collect={fakeCollect({ progress })} />, fakeActions());
    await user.click(screen.getByRole("button", { name: "co-author edits" }));
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(progress).not.toHaveBeenCalled();
  });

  it("records today as the arrival date of the complete units, then shows the table again", async () => {
    const user = userEvent.setup();
    const recordArrivals = jest.fn(() => Promise.resolve(1));
    const progress = jest.fn(() => Promise.resolve(REPORT));
    renderWith(
      <ProgressStep collect={fakeCollect({ progress, recordArrivals })} remoteChanges={0} />,
      fakeActions(),
    );
    await user.click(screen.getByRole("button", { name: "Xem tiến độ" }));
    await user.click(
      await screen.findByRole("button", { name: "Ghi ngày nhận điểm hôm nay cho 1 đơn vị đã chấm đủ" }),
    );
    expect(await screen.findByText("Đã ghi ngày nhận điểm cho 1 đơn vị.")).toBeInTheDocument();
    expect(recordArrivals).toHaveBeenCalledTimes(1);
    expect(progress).toHaveBeenCalledTimes(2);
  });
});

describe("the pane with collecting bound", () => {
  it("puts the Thu thập điểm and Tiến độ steps after Thiết lập, in the order of the year's work", async () => {
    renderWith(<App defaultYear={2024} />, fakeActions({ collect: fakeCollect() }));
    const tabs = await screen.findAllByRole("tab");
    const names = ["1. Thiết lập", "2. Thu thập", "3. Tiến độ", "5. Kiểm tra", "6. Tổng hợp", "7. Đề nghị"];
    expect(tabs).toHaveLength(6);
    names.forEach((name, i) => expect(tabs[i]).toHaveAccessibleName(name));
    await userEvent.setup().click(screen.getByRole("tab", { name: "2. Thu thập" }));
    expect(screen.getByRole("heading", { level: 2, name: "Thu thập điểm tự chấm" })).toBeVisible();
  });
});
