/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { appraisalTotals } from "../../../src/core/appraisal";
import type { Points } from "../../../src/core/model";
import type { AppraisalActions } from "../../../src/taskpane/actions";
import { AppraisalStep } from "../../../src/taskpane/components/AppraisalStep";
import type { AppraisalEntry, AppraisalRow, UnitAppraisal } from "../../../src/workbook/appraisal";
import { fakeActions, renderWith } from "../support";

const p = (n: number) => n as Points;

function row(code: string, max: number, self: number | null, more: Partial<AppraisalRow> = {}): AppraisalRow {
  return {
    code,
    text: `Tiêu chí ${code}`,
    kind: "scored",
    max: p(max),
    leaf: true,
    self: self === null ? null : p(self),
    selfShown: self === null ? "" : String(self / 100).replace(".", ","),
    appraised: null,
    appraisedShown: "",
    difference: null,
    reason: "",
    evidence: "",
    explanation: "",
    cell: "F5",
    ...more,
  };
}

const UNIT: UnitAppraisal = (() => {
  const rows = [
    row("I", 2000, null, { leaf: false, text: "Công tác tổ chức" }),
    row("I.1", 1000, 800),
    row("I.2", 1000, 900),
  ];
  return {
    units: [
      { code: "DV01", name: "Công đoàn Sở Y tế" },
      { code: "DV02", name: "Công đoàn Kho bạc" },
    ],
    unit: { code: "DV01", name: "Công đoàn Sở Y tế" },
    sheet: "DV01",
    rows,
    totals: appraisalTotals(rows.filter((r) => r.leaf)),
    locked: false,
  };
})();

function setup(startLocked = false) {
  const saves: { unit: string; entries: readonly AppraisalEntry[] }[] = [];
  const reads: (string | undefined)[] = [];
  const locks: ({ lock: true } | { unlock: string })[] = [];
  let locked = startLocked;
  const appraisal: AppraisalActions = {
    read: (unit) => {
      reads.push(unit);
      const read = unit === "DV02" ? { ...UNIT, unit: UNIT.units[1]!, sheet: "DV02" } : UNIT;
      return Promise.resolve({ ...read, locked });
    },
    save: (unit, entries) => {
      saves.push({ unit, entries });
      return Promise.resolve({ changes: entries.length * 2, appraisal: UNIT });
    },
    lock: () => {
      locks.push({ lock: true });
      locked = true;
      return Promise.resolve({ sheets: ["DV01", "DV02"], state: { locked: ["DV01", "DV02"], open: [] } });
    },
    unlock: (reason) => {
      locks.push({ unlock: reason });
      locked = false;
      return Promise.resolve({ sheets: ["DV01", "DV02"], state: { locked: [], open: ["DV01", "DV02"] } });
    },
  };
  renderWith(<AppraisalStep appraisal={appraisal} />, fakeActions({ appraisal }));
  return { saves, reads, locks };
}

describe("Thẩm định step", () => {
  it("shows each criterion's maximum and self score, and the difference as the appraised score is typed", async () => {
    const user = userEvent.setup();
    setup();
    expect(await screen.findByText("Tối đa 10 · Tự chấm 8")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "I. Công tác tổ chức" })).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: "Điểm thẩm định I.1" }), "7,5");
    expect(screen.getByText("Chênh lệch −0,5")).toBeInTheDocument();
    expect(
      screen.getByText(/^Tổng điểm tự chấm 17 · sau thẩm định 16,5 · chênh lệch −0,5 \(1 tiêu chí/),
    ).toBeInTheDocument();
  });

  it("refuses to save a changed score without a reason, and says so next to the criterion", async () => {
    const user = userEvent.setup();
    const { saves } = setup();
    await user.type(await screen.findByRole("textbox", { name: "Điểm thẩm định I.1" }), "7");
    await user.click(screen.getByRole("button", { name: "Ghi thẩm định" }));
    expect(screen.getByText("Điểm thẩm định khác điểm tự chấm: cần ghi lý do.")).toBeInTheDocument();
    expect(screen.getByText("Còn 1 tiêu chí cần sửa trước khi ghi.")).toBeInTheDocument();
    expect(saves).toEqual([]);
  });

  it("refuses a score above the criterion's maximum, whatever the reason", async () => {
    const user = userEvent.setup();
    const { saves } = setup();
    await user.type(await screen.findByRole("textbox", { name: "Điểm thẩm định I.2" }), "12");
    expect(screen.getByText("Vượt điểm tối đa 10.")).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: "Lý do điều chỉnh I.2" }), "x");
    await user.click(screen.getByRole("button", { name: "Ghi thẩm định" }));
    expect(saves).toEqual([]);
  });

  it("is used with the keyboard alone: fields in order, Enter saves only the criteria changed", async () => {
    const user = userEvent.setup();
    const { saves } = setup();
    const unit = await screen.findByRole("combobox", { name: "Đơn vị" });
    unit.focus();
    await user.tab();
    expect(screen.getByRole("textbox", { name: "Điểm thẩm định I.1" })).toHaveFocus();
    await user.keyboard("7");
    await user.tab();
    expect(screen.getByRole("textbox", { name: /^Lý do điều chỉnh I.1/ })).toHaveFocus();
    await user.keyboard("Thiếu biên bản");
    await user.tab();
    await user.keyboard("Biên bản số 3");
    await user.tab();
    await user.keyboard("Đơn vị nhận{Enter}");
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]).toEqual({
      unit: "DV01",
      entries: [
        {
          criterion: "I.1",
          appraised: "7",
          reason: "Thiếu biên bản",
          evidence: "Biên bản số 3",
          explanation: "Đơn vị nhận",
        },
      ],
    });
    expect(
      await screen.findByText("Đã ghi 2 thay đổi vào trang của đơn vị và trang «Nhật ký»."),
    ).toBeInTheDocument();
  });

  it("reads another unit when one is chosen", async () => {
    const user = userEvent.setup();
    const { reads } = setup();
    await user.selectOptions(await screen.findByRole("combobox", { name: "Đơn vị" }), "DV02");
    await waitFor(() => expect(reads).toEqual([undefined, "DV02"]));
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Đơn vị" })).toHaveValue("DV02"));
  });

  it("locks the appraisal: then says it is locked, offers no save, and the fields cannot be typed into", async () => {
    const user = userEvent.setup();
    const { locks, saves } = setup();
    await user.click(await screen.findByRole("button", { name: "Khóa kết quả thẩm định" }));
    expect(await screen.findByText(/^Đã khóa 2 trang chấm điểm/)).toBeInTheDocument();
    expect(locks).toEqual([{ lock: true }]);
    expect(await screen.findByText(/^Kết quả thẩm định đã khóa: trang «DV01»/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Ghi thẩm định" })).toBeNull();
    const score = screen.getByRole("textbox", { name: "Điểm thẩm định I.1" });
    await user.type(score, "5");
    expect(score).toHaveValue("");
    expect(saves).toEqual([]);
  });

  it("refuses to unlock without a reason, then unlocks with the reason typed", async () => {
    const user = userEvent.setup();
    const { locks } = setup(true);
    const unlock = await screen.findByRole("button", { name: "Mở khóa" });
    await user.click(unlock);
    expect(screen.getByText("Cần ghi lý do mở khóa.")).toBeInTheDocument();
    expect(locks).toEqual([]);
    await user.type(screen.getByRole("textbox", { name: /^Lý do mở khóa/ }), "Đơn vị khiếu nại tiêu chí I.1");
    await user.click(unlock);
    expect(await screen.findByText(/^Đã mở khóa 2 trang chấm điểm/)).toBeInTheDocument();
    expect(locks).toEqual([{ unlock: "Đơn vị khiếu nại tiêu chí I.1" }]);
    expect(await screen.findByRole("button", { name: "Ghi thẩm định" })).toBeInTheDocument();
  });
});
