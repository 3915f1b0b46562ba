/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { eligibilityOf } from "../../../src/core/eligibility";
import type { Points } from "../../../src/core/model";
import { vi as diagnostics } from "../../../src/messages/vi/diagnostics";
import type { UnitEntryActions } from "../../../src/taskpane/actions";
import { UnitEntryStep } from "../../../src/taskpane/components/UnitEntryStep";
import type { DepartmentPointsTyped, UnitEntryRead, UnitFact } from "../../../src/workbook/unit-entry";
import { fakeActions, renderWith } from "../support";

const p = (n: number) => n as Points;
const asOf = { year: 2024, month: 12, day: 20 };
const deadlines = {
  midReport: { year: 2024, month: 6, day: 15 },
  endReport: { year: 2024, month: 11, day: 30 },
};

const ENTRY: UnitEntryRead = {
  units: [
    { code: "DV01", name: "Công đoàn Sở Y tế" },
    { code: "DV02", name: "Công đoàn Kho bạc" },
  ],
  unit: { code: "DV02", name: "Công đoàn Kho bạc", type: "coordinating" },
  departments: [
    { code: "TC", name: "Ban Tổ chức", cap: p(150), shown: "1", cell: "C5" },
    { code: "TAICHINH", name: "Ban Tài chính", cap: p(0), shown: "", cell: "D5" },
  ],
  facts: {
    registered: "Có",
    pactSigned: "Có",
    midReport: "10/06/2024",
    endReport: "25/11/2024",
    discipline: "Không",
  },
  eligibility: { considered: true, exclusions: [], late: [], pending: [] },
  deadlines,
  holidays: [],
  asOf,
  choices: { yesNo: ["Có", "Không"], discipline: ["Không", "Khiển trách", "Cảnh cáo"] },
  from: {},
  savesTo: "units",
};

function setup() {
  const points: { unit: string; typed: readonly DepartmentPointsTyped[]; reason: string }[] = [];
  const facts: { unit: string; typed: Partial<Record<UnitFact, string>> }[] = [];
  const entry: UnitEntryActions = {
    read: () => Promise.resolve(ENTRY),
    savePoints: (unit, typed, reason) => {
      points.push({ unit, typed, reason });
      return Promise.resolve({ changes: typed.length, entry: ENTRY });
    },
    saveFacts: (unit, typed) => {
      facts.push({ unit, typed });
      return Promise.resolve({ changes: Object.keys(typed).length, entry: ENTRY });
    },
  };
  renderWith(<UnitEntryStep entry={entry} />, fakeActions({ unitEntry: entry }));
  return { points, facts };
}

const field = (name: string) => screen.getByRole("textbox", { name });

describe("departments' points in the pane", () => {
  it("shows each department's cap for the unit's type next to its field; an empty field is «Chưa có», not 0", async () => {
    setup();
    expect(await screen.findByText("Tối đa 1,5 (đơn vị phối hợp)")).toBeInTheDocument();
    expect(screen.getByText("Tối đa 0 (đơn vị phối hợp) · Chưa có")).toBeInTheDocument();
    expect(field("Điểm Ban Tổ chức chấm")).toHaveValue("1");
    expect(field("Điểm Ban Tài chính chấm")).toHaveValue("");
  });

  it("refuses a value above the cap with the core's message, and saves nothing", async () => {
    const user = userEvent.setup();
    const { points } = setup();
    const input = await screen.findByRole("textbox", { name: "Điểm Ban Tổ chức chấm" });
    await user.clear(input);
    await user.type(input, "2");
    expect(
      screen.getByText(
        "Điểm Ban Tổ chức chấm cho «Công đoàn Kho bạc» (DV02) là 2, cao hơn mức phân bổ 1,5 cho đơn vị phối hợp.",
        { exact: false },
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Ghi điểm các ban" }));
    expect(screen.getByText("Còn 1 ô cần sửa trước khi ghi.")).toBeInTheDocument();
    expect(points).toEqual([]);
  });

  it("refuses text that is not a number", async () => {
    const user = userEvent.setup();
    const { points } = setup();
    await user.type(await screen.findByRole("textbox", { name: "Điểm Ban Tài chính chấm" }), "mười");
    expect(screen.getByText(/«mười»/u)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Ghi điểm các ban" }));
    expect(points).toEqual([]);
  });

  it("saves only what changed, an emptied field as empty (not 0), by keyboard alone", async () => {
    const user = userEvent.setup();
    const { points } = setup();
    const input = await screen.findByRole("textbox", { name: "Điểm Ban Tổ chức chấm" });
    // Tab from the unit list to the first department, clear it, tab to the reason, type, Enter submits.
    await user.click(screen.getByRole("combobox", { name: "Đơn vị cần nhập" }));
    await user.tab();
    expect(input).toHaveFocus();
    await user.keyboard("{Control>}a{/Control}{Backspace}");
    await user.tab();
    await user.tab();
    const pointsForm = screen.getByRole("form", { name: "Điểm các ban" });
    expect(
      within(pointsForm).getByRole("textbox", { name: "Lý do thay đổi (không bắt buộc)" }),
    ).toHaveFocus();
    await user.keyboard("Ban rút điểm{Enter}");
    await waitFor(() => expect(points).toHaveLength(1));
    expect(points[0]).toEqual({
      unit: "DV02",
      typed: [{ department: "TC", points: "" }],
      reason: "Ban rút điểm",
    });
    expect(await screen.findByText("Đã ghi 1 thay đổi và trang «Nhật ký».")).toBeInTheDocument();
  });
});

describe("units' facts in the pane", () => {
  it("says the core's consequence next to the fact as it is chosen", async () => {
    const user = userEvent.setup();
    const { facts } = setup();
    expect(await screen.findByText("Được xét thi đua.")).toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: /^Ký giao ước thi đua/u }), "Không");
    const exclusion = eligibilityOf(
      {
        registered: true,
        pactSigned: false,
        midReport: { year: 2024, month: 6, day: 10 },
        endReport: { year: 2024, month: 11, day: 25 },
        discipline: "none",
      },
      deadlines,
      [],
    ).exclusions[0]!;
    const reason = diagnostics.exclusionShort(exclusion);
    expect(screen.getByText(`Không được xét vì ${reason}.`)).toBeInTheDocument();
    expect(screen.getByText(`Không xét thi đua vì ${reason}.`)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Ghi thông tin xét thi đua" }));
    await waitFor(() => expect(facts).toEqual([{ unit: "DV02", typed: { pactSigned: "Không" } }]));
  });

  it("an emptied report date excludes the unit, and a date that is not a date is refused", async () => {
    const user = userEvent.setup();
    const { facts } = setup();
    const end = await screen.findByRole("textbox", { name: /^Ngày gửi báo cáo tổng kết/u });
    await user.clear(end);
    expect(screen.getByText(/^Không được xét vì không gửi báo cáo tổng kết/u)).toBeInTheDocument();
    await user.type(end, "31/02/2024");
    expect(screen.getByText(/31\/02\/2024/u)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Ghi thông tin xét thi đua" }));
    expect(screen.getByText("Còn 1 ô cần sửa trước khi ghi.")).toBeInTheDocument();
    expect(facts).toEqual([]);
  });
});
