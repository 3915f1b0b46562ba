/** @jest-environment jsdom */
/**
 * «Năm mới» in the pane: the tab shows where the mode binds it; the step shows what is carried and
 * each cluster's head (last year's deputy), offers the cluster's units as the new deputy, helps fill
 * the mapping of codes (checked by the core, as the command checks it), and makes the new workbook
 * through the same use case — a thin shell over the actions (year-actions.ts) on a workbook in memory.
 */
import "../../support/jsdom-text-codec";
import "@testing-library/jest-dom";
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/components/App";
import type { XlsxModule, XlsxPort } from "../../../src/taskpane/browser-actions";
import { newYearActions } from "../../../src/taskpane/year-actions";
import { SHEET } from "../../../src/workbook/sheet-names";
import { MemoryPort } from "../../workbook/memory-port";
import { createClusterWorkbook } from "../../../src/workbook/usecases";
import { fakeActions, renderWith } from "../support";
import { officeSupport } from "../../../src/adapters/office/excel-host";
import { officeActions } from "../../../src/taskpane/office-actions";
import { installDocumentedOffice } from "../../support/documented-office";

jest.setTimeout(60_000);

/** The .xlsx adapter's place taken by memory: the new workbook is the port the use case wrote. */
function memoryXlsx(made: MemoryPort[]): XlsxModule {
  const empty = (): XlsxPort => {
    const port = Object.assign(new MemoryPort(), { toBuffer: () => Promise.resolve(new Uint8Array([1])) });
    made.push(port);
    return port;
  };
  return { XlsxWorkbook: { empty, fromBuffer: () => Promise.reject(new Error("not used")) } };
}

async function setup(language = "vi-VN") {
  // Thủ Đức's cluster of 6 units, DV01 head and DV02 deputy of the year.
  const port = new MemoryPort();
  await createClusterWorkbook(port, {
    presetId: "thu-duc-1",
    year: 2024,
    units: ["DV01", "DV02", "DV03", "DV04", "DV05", "DV06"].map((code) => ({
      code,
      name: `Công đoàn ${code}`,
      type: "direct" as const,
    })),
    head: "DV01",
    deputy: "DV02",
    sampleScores: true,
    seed: 1,
  });
  const made: MemoryPort[] = [];
  const delivered: string[] = [];
  const newYear = newYearActions({
    withPort: (_signal, use) => use(port),
    loadXlsx: () => Promise.resolve(memoryXlsx(made)),
    currentName: () => "cum-1-2024.xlsx",
    delivery: "download",
    deliver: (_bytes, name) => {
      delivered.push(name);
      return Promise.resolve("download");
    },
  });
  renderWith(<App defaultYear={2024} />, fakeActions({ host: "browser", newYear }), language);
  return { port, made, delivered };
}

function officersOf(port: MemoryPort): string[] {
  const config = port.sheets.find((s) => s.name === SHEET.config)!;
  const header = config.values.findIndex((r) => r[0] === "Mã cụm");
  const col = config.values[header]!.indexOf("Cụm trưởng");
  const row = config.values[header + 1]!;
  return [row[col], row[col + 1]].map((v) => (typeof v === "string" ? v : ""));
}

describe("the «Năm mới» step", () => {
  it("is not there where the mode binds no new year", () => {
    renderWith(<App defaultYear={2024} />, fakeActions());
    expect(screen.queryByRole("tab", { name: "Năm mới" })).not.toBeInTheDocument();
  });

  it("makes last year's deputy the head, offers the other units as deputy, and makes the new year with the one chosen", async () => {
    const { port, made, delivered } = await setup();
    await userEvent.click(screen.getByRole("tab", { name: "Năm mới" }));
    await userEvent.click(await screen.findByRole("button", { name: "Xem những gì mang sang năm mới" }));
    expect(
      await screen.findByText(/^Năm 2024 → Năm 2025 \(từ 01\/01\/2025 đến 31\/12\/2025\)\.$/u),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Cụm trưởng: .* \(DV02\) — cụm phó năm trước\.$/u)).toBeInTheDocument();
    const deputy = screen.getByRole("combobox", { name: /^Cụm phó mới của / });
    const offered = within(deputy)
      .getAllByRole("option")
      .map((o) => (o as HTMLOptionElement).value);
    expect(offered).toEqual(["", "DV01", "DV03", "DV04", "DV05", "DV06"]);
    // Not chosen yet: the warning the command gives, in the pane's words.
    expect(screen.getByText(/cụm phó để trống, chờ các đơn vị bầu/u)).toBeInTheDocument();

    await userEvent.selectOptions(deputy, "DV03");
    await userEvent.click(screen.getByRole("button", { name: "Lập bảng tính năm mới" }));
    expect(
      await screen.findByText(/^Đã tải về «cum-1-2025\.xlsx»: Năm 2025, 6 đơn vị\./u),
    ).toBeInTheDocument();
    expect(screen.getByText(/cụm trưởng DV02; cụm phó DV03\./u)).toBeInTheDocument();
    expect(delivered).toEqual(["cum-1-2025.xlsx"]);
    expect(officersOf(made[0]!)).toEqual(["DV02", "DV03"]);
    // The open workbook keeps last year's officers.
    expect(officersOf(port)).toEqual(["DV01", "DV02"]);
  });

  it("helps fill the mapping, checks it as the command does, and refuses to make the year while it is wrong", async () => {
    const { made } = await setup();
    await userEvent.click(screen.getByRole("tab", { name: "Năm mới" }));
    await userEvent.click(await screen.findByRole("button", { name: "Xem những gì mang sang năm mới" }));
    await userEvent.click(await screen.findByRole("button", { name: "Thêm dòng đổi mã" }));
    const row = screen.getByRole("group", { name: "Dòng đổi mã 1" });
    await userEvent.selectOptions(within(row).getByRole("combobox", { name: "Mã cũ" }), "DV04");
    await userEvent.click(screen.getByRole("button", { name: "Lập bảng tính năm mới" }));
    expect(await screen.findByText(/^Lỗi: mã cũ «DV04» chưa có mã mới$/u)).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("Chưa lập năm mới");
    expect(made).toHaveLength(1);
    expect(made[0]!.sheets).toEqual([]);

    await userEvent.type(within(row).getByRole("textbox", { name: "Mã mới" }), "QN04");
    await userEvent.type(within(row).getByRole("textbox", { name: "Tên mới" }), "Công đoàn phường Mới");
    await userEvent.click(screen.getAllByRole("button", { name: "Kiểm tra lại" })[0]!);
    const deputy = await screen.findByRole("combobox", { name: /^Cụm phó mới của / });
    await within(deputy).findByRole("option", { name: "QN04 — Công đoàn phường Mới" });
    expect(screen.queryByText(/chưa có mã mới/u)).not.toBeInTheDocument();
  });

  it("speaks English in an English pane", async () => {
    await setup("en-US");
    await userEvent.click(screen.getByRole("tab", { name: "New year" }));
    await userEvent.click(await screen.findByRole("button", { name: "See what the new year carries" }));
    expect(await screen.findByText(/^Head: .* \(DV02\) — last year's deputy\.$/u)).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: /^New deputy of / })).toBeInTheDocument();
  });
});

/**
 * The step in Excel, over the documented model of Office (test/support/documented-office.ts): the
 * pane's real Excel actions read the open workbook and hand the new one to `Excel.createWorkbook`
 * (ExcelApi 1.8, a plain Base64 .xlsx: office-js-docs-pr docs/excel/excel-add-ins-workbooks.md,
 * "Create a workbook"), or, where the host answers no to ExcelApi 1.8, offer it as a download.
 */
describe("the «Năm mới» step in Excel", () => {
  const globals = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    // The pane unmounts (its workbook watch removed through Excel.run) before the globals go.
    cleanup();
    for (const name of ["Office", "Excel", "CustomFunctions", "__documentedExcel"]) delete globals[name];
  });

  async function inExcel(requirementSets?: readonly string[]) {
    const fake = installDocumentedOffice(globals, {
      platform: "web",
      functions: [],
      displayLanguage: "vi-VN",
      ...(requirementSets ? { requirementSets } : {}),
    });
    const saved: string[] = [];
    const actions = officeActions({
      support: officeSupport(fake.requirements, "web"),
      today: () => ({ year: 2024, month: 12, day: 20 }),
      runner: fake.runner,
      save: (_bytes, name) => saved.push(name),
      startup: { get: () => Promise.resolve("load"), set: () => Promise.resolve() },
    });
    const signal = new AbortController().signal;
    await actions.createWorkbook(
      {
        presetId: "thu-duc-1",
        year: 2024,
        units: ["DV01", "DV02", "DV03", "DV04"].map((code) => ({
          code,
          name: `Công đoàn ${code}`,
          type: "direct" as const,
        })),
        head: "DV01",
        deputy: "DV02",
        sampleScores: true,
      },
      signal,
    );
    await actions.generateSummary(() => undefined, signal);
    renderWith(<App defaultYear={2024} />, actions);
    await userEvent.click(await screen.findByRole("tab", { name: "Năm mới" }));
    // What the pane says before anything is made: where the new workbook will go.
    const intro = (await screen.findByText(/^Lập bảng tính của năm sau từ bảng tính đang mở\./u)).textContent;
    await userEvent.click(await screen.findByRole("button", { name: "Xem những gì mang sang năm mới" }));
    await userEvent.selectOptions(await screen.findByRole("combobox", { name: /^Cụm phó mới của / }), "DV03");
    await userEvent.click(screen.getByRole("button", { name: "Lập bảng tính năm mới" }));
    return { fake, saved, intro };
  }

  it("opens the new workbook in Excel and says where it is", async () => {
    const { fake, saved, intro } = await inExcel();
    expect(intro).toContain("bảng tính năm mới mở trong một cửa sổ Excel mới");
    expect(
      await screen.findByText(
        /^Đã mở bảng tính năm mới trong Excel: Năm 2025, 4 đơn vị\. Lưu lại, ví dụ với tên «cum-thi-dua-2025\.xlsx»\./u,
        undefined,
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(fake.createdWorkbooks).toHaveLength(1);
    expect(saved).toEqual([]);
  });

  it("offers it as a download where the host answers no to ExcelApi 1.8, and says so", async () => {
    const { fake, saved, intro } = await inExcel([
      ...Array.from({ length: 7 }, (_, i) => `ExcelApi 1.${i + 1}`),
      "SharedRuntime 1.1",
    ]);
    expect(
      await screen.findByText(/^Đã tải về «cum-thi-dua-2025\.xlsx»: Năm 2025, 4 đơn vị\./u, undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    expect(fake.createdWorkbooks).toEqual([]);
    expect(saved).toEqual(["cum-thi-dua-2025.xlsx"]);
    // Said before, too: no new Excel window is promised where the host cannot open one.
    expect(intro).toContain("bảng tính năm mới được tải về");
    expect(intro).not.toContain("cửa sổ Excel");
  });
});
