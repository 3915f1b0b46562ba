/** @jest-environment jsdom */
/** «Việc cần làm»: the tab shows where the mode binds it; it words the core's PlanDue in the pane's language. */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/components/App";
import type { CalendarDate } from "../../../src/core/model";
import { workDue } from "../../../src/workbook/plan-usecases";
import { createClusterWorkbook } from "../../../src/workbook/usecases";
import { MemoryPort } from "../../workbook/memory-port";
import { fakeActions, renderWith } from "../support";

jest.setTimeout(60_000);

async function thuDuc(asOf: CalendarDate | null) {
  const port = new MemoryPort();
  await createClusterWorkbook(port, {
    presetId: "thu-duc-1",
    year: 2024,
    units: ["DV01", "DV02", "DV03"].map((code) => ({
      code,
      name: `Công đoàn ${code}`,
      type: "direct" as const,
    })),
  });
  return workDue(port, asOf ?? { year: 2024, month: 10, day: 22 });
}

describe("the «Việc cần làm» tab", () => {
  it("is not there where the mode binds no plan", () => {
    renderWith(<App defaultYear={2024} />, fakeActions());
    expect(screen.queryByRole("tab", { name: "Việc cần làm" })).not.toBeInTheDocument();
  });

  it("lists the late and due tasks with who owes them, on the day typed", async () => {
    const asked: (CalendarDate | null)[] = [];
    const actions = fakeActions({
      whatIsDue: (asOf) => {
        asked.push(asOf);
        return thuDuc(asOf);
      },
    });
    renderWith(<App defaultYear={2024} />, actions);
    await userEvent.click(screen.getByRole("tab", { name: "Việc cần làm" }));
    await userEvent.type(await screen.findByRole("textbox", { name: "Ngày xem" }), "22/10/2024");
    await userEvent.click(screen.getByRole("button", { name: "Xem việc cần làm" }));
    expect(
      await screen.findByRole("heading", { name: /Việc cần làm ngày 22\/10\/2024/ }),
    ).toBeInTheDocument();
    expect(asked).toEqual([{ year: 2024, month: 10, day: 22 }]);
    const late = screen.getByRole("region", { name: "Quá hạn" });
    const report = within(late)
      .getByText(/^5\. Gửi báo cáo chấm điểm/)
      .closest("li")!;
    expect(report).toHaveTextContent("hạn 21/10/2024 (kế hoạch ghi 20/10/2024");
    expect(report).toHaveTextContent("quá hạn 1 ngày");
    expect(report).toHaveTextContent("Còn nợ: DV01");
  });

  it("speaks English in an English pane, and refuses a day that does not exist", async () => {
    renderWith(<App defaultYear={2024} />, fakeActions({ whatIsDue: (asOf) => thuDuc(asOf) }), "en-US");
    await userEvent.click(screen.getByRole("tab", { name: "What is due" }));
    const box = await screen.findByRole("textbox", { name: "As of" });
    await userEvent.type(box, "31/02/2024");
    expect(screen.getByText(/«31\/02\/2024» is not a real day/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Show what is due" })).toBeDisabled();
    await userEvent.clear(box);
    await userEvent.click(screen.getByRole("button", { name: "Show what is due" }));
    expect(await screen.findByRole("heading", { name: /What is due on 22\/10\/2024/ })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Overdue" })).toHaveTextContent("1 day late");
  });

  it("opens the pane on «Việc cần làm» in Excel, where the workbook is open from the start", async () => {
    renderWith(<App defaultYear={2024} />, fakeActions({ whatIsDue: (asOf) => thuDuc(asOf) }));
    expect(screen.getByRole("tab", { name: "Việc cần làm" })).toHaveAttribute("aria-selected", "true");
    expect(await screen.findByRole("textbox", { name: "Ngày xem" })).toBeInTheDocument();
  });

  it("opens on «1. Thiết lập» in a browser, where no file is open yet", () => {
    renderWith(
      <App defaultYear={2024} />,
      fakeActions({ host: "browser", whatIsDue: (asOf) => thuDuc(asOf) }),
    );
    expect(screen.getByRole("tab", { name: "1. Thiết lập" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tab", { name: "Việc cần làm" })).toHaveAttribute("aria-selected", "false");
  });
});
