/** @jest-environment jsdom */
import "../../support/jsdom-text-codec";
import "@testing-library/jest-dom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { BrowserDocument } from "../../../src/taskpane/actions";
import { App } from "../../../src/taskpane/components/App";
import { readFileSync } from "fs";
import path from "path";
import * as xlsx from "../../../src/adapters/xlsx/xlsx-workbook";
import { browserActions, type XlsxModule } from "../../../src/taskpane/browser-actions";
import { NotXlsxError } from "../../../src/taskpane/errors";
import { workKeeper } from "../../../src/taskpane/storage/keeper";
import { memoryWorkStore } from "../../../src/taskpane/storage/memory";
import { StorageError, type WorkStore } from "../../../src/taskpane/storage/port";

const SAMPLE = readFileSync(path.join(__dirname, "..", "..", "..", "assets", "samples", "kon-tum.xlsx"));
import type { PaneActions } from "../../../src/taskpane/actions";
import { blockSummary, clusterResult, fakeActions, renderWith } from "../support";

/** Renders the pane and waits for the Set up step's lazily loaded form (mounted even when hidden). */
async function renderApp(ui: JSX.Element, actions: PaneActions): Promise<void> {
  renderWith(ui, actions);
  await screen.findByRole("combobox", { name: "Hệ thống thi đua", hidden: true });
}

type FakeDocument = BrowserDocument & { name: string | null };

function fakeDocument(overrides: Partial<BrowserDocument> = {}): FakeDocument {
  const doc: FakeDocument = {
    name: null,
    current: (): string | null => doc.name,
    open: (_file: Blob, name: string): Promise<void> => {
      doc.name = name;
      return Promise.resolve();
    },
    openSample: (): Promise<boolean> => {
      doc.name = "kon-tum.xlsx";
      return Promise.resolve(true);
    },
    saved: () => Promise.resolve(null),
    continueSaved: () => Promise.resolve(false),
    discardSaved: () => Promise.resolve(),
    ...overrides,
  };
  return doc;
}

describe("The pane (App)", () => {
  // Arrow-key movement between tabs is Tabster's, which needs a real layout: the e2e test checks it in chromium.
  it("offers the four steps as tabs, one panel shown at a time", async () => {
    const user = userEvent.setup();
    await renderApp(<App defaultYear={2024} />, fakeActions());
    const tabs = screen.getAllByRole("tab");
    const names = ["1. Thiết lập", "5. Kiểm tra", "6. Tổng hợp", "7. Đề nghị"];
    expect(tabs).toHaveLength(4);
    names.forEach((name, i) => expect(tabs[i]).toHaveAccessibleName(name));
    expect(screen.getByRole("tabpanel")).toHaveAccessibleName("1. Thiết lập");

    await user.click(screen.getByRole("tab", { name: "5. Kiểm tra" }));
    expect(screen.getByRole("tab", { name: "5. Kiểm tra" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveAccessibleName("5. Kiểm tra");
    expect(screen.getByRole("heading", { level: 2, name: "Kiểm tra sổ làm việc" })).toBeVisible();
  });

  it("orders the browser's tabs as the year's work goes: what is due, set up, collect, follow, appraise, check, sum up, propose, the year's end, then the tool", async () => {
    const actions = browserActions({
      today: () => ({ year: 2024, month: 12, day: 20 }),
      loadXlsx: () => Promise.resolve(xlsx as unknown as XlsxModule),
      fetchSample: () => Promise.resolve(null),
      save: () => undefined,
    });
    await renderApp(<App defaultYear={2024} />, actions);
    const names = [
      "Việc cần làm",
      "1. Thiết lập",
      "2. Thu thập",
      "3. Tiến độ",
      "4. Thẩm định",
      "5. Kiểm tra",
      "6. Tổng hợp",
      "7. Đề nghị",
      "Năm mới",
      "Tổng hợp khối",
      "Chuyển mã",
    ];
    const tabs = screen.getAllByRole("tab");
    expect(tabs).toHaveLength(names.length);
    names.forEach((name, i) => expect(tabs[i]).toHaveAccessibleName(name));
  });

  it("asks the officer's name where votes and the merge record it too, and a name given on one tab is shown on the others", async () => {
    localStorage.clear();
    const user = userEvent.setup();
    const actions = browserActions({
      today: () => ({ year: 2024, month: 12, day: 20 }),
      loadXlsx: () => Promise.resolve(xlsx as unknown as XlsxModule),
      fetchSample: () => Promise.resolve(null),
      save: () => undefined,
    });
    await renderApp(<App defaultYear={2024} />, actions);
    const panel = (name: string) => document.getElementById(`panel-${name}`)!;
    await user.click(screen.getByRole("tab", { name: "7. Đề nghị" }));
    const ask = (id: string) => within(panel(id)).queryByRole("textbox", { name: "Tên người ghi nhật ký" });
    expect(ask("proposal")).not.toBeNull();
    await user.type(ask("proposal")!, "Lê Văn G{Enter}");
    expect(within(panel("proposal")).getByText("Nhật ký ghi tên: Lê Văn G.")).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "2. Thu thập" }));
    expect(within(panel("collect")).getByText("Nhật ký ghi tên: Lê Văn G.")).toBeInTheDocument();
    expect(ask("collect")).toBeNull();
    await user.click(screen.getByRole("tab", { name: "4. Thẩm định" }));
    expect(within(panel("appraise")).getByText("Nhật ký ghi tên: Lê Văn G.")).toBeInTheDocument();
    // Tabs that record no author do not ask.
    expect(ask("check")).toBeNull();
    expect(ask("summary")).toBeNull();
  });

  it("shares the checked result with the proposal step", async () => {
    const user = userEvent.setup();
    const summary = blockSummary([
      clusterResult("Cụm 1", [
        { code: "A", name: "Công đoàn A", total: 95, award: "leading" },
        { code: "B", name: "Công đoàn B", total: 90, award: "excellent" },
      ]),
    ]);
    await renderApp(
      <App defaultYear={2024} />,
      fakeActions({ validate: () => Promise.resolve({ problems: [], summary }) }),
    );
    await user.click(screen.getByRole("tab", { name: "5. Kiểm tra" }));
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("Không có lỗi hay cảnh báo nào.");
    await user.click(screen.getByRole("tab", { name: "7. Đề nghị" }));
    expect(screen.getByText("Công đoàn A — 95 điểm")).toBeVisible();
  });

  it("shows what the host lacks, in words, at the top", async () => {
    await renderApp(
      <App defaultYear={2024} />,
      fakeActions({ notices: ["excel-too-old", "functions-unavailable"] }),
    );
    expect(screen.getByText(/Phiên bản Excel này quá cũ/)).toBeInTheDocument();
    expect(screen.getByText(/Các hàm THIDUA\.\* chưa dùng được/)).toBeInTheDocument();
  });

  it("marks the summary stale when a co-author changes the workbook, without a dialog", async () => {
    let notify: () => void = () => undefined;
    await renderApp(
      <App defaultYear={2024} initialStep="summary" />,
      fakeActions({
        onRemoteChange: (listener) => {
          notify = listener;
          return () => undefined;
        },
      }),
    );
    expect(screen.queryByText(/Người cùng sửa/)).not.toBeInTheDocument();
    act(() => notify());
    expect(screen.getByText(/Người cùng sửa vừa thay đổi sổ làm việc/)).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("says so when it cannot listen for co-authors' changes", async () => {
    await renderApp(
      <App defaultYear={2024} />,
      fakeActions({
        onRemoteChange: (_listener, onError) => {
          onError(new Error("GeneralException"));
          return () => undefined;
        },
      }),
    );
    expect(await screen.findByText(/Có lỗi không mong đợi: GeneralException/)).toBeInTheDocument();
  });

  describe("in a plain browser", () => {
    it("opens a chosen .xlsx file, names it and moves on to the Check step", async () => {
      const user = userEvent.setup();
      const doc = fakeDocument();
      await renderApp(
        <App defaultYear={2024} />,
        fakeActions({ host: "browser", document: doc, download: () => Promise.resolve() }),
      );
      expect(screen.getByText("Chưa mở tệp nào.")).toBeInTheDocument();
      expect(screen.getByRole("button", { name: "Tải xuống" })).toBeDisabled();

      await user.upload(screen.getByLabelText("Chọn tệp .xlsx của cụm"), new File(["x"], "cum-3.xlsx"));

      expect(await screen.findByText("Tệp đang làm: «cum-3.xlsx»")).toBeInTheDocument();
      expect(screen.getByRole("tab", { name: "5. Kiểm tra" })).toHaveAttribute("aria-selected", "true");
      expect(screen.getByRole("button", { name: "Tải xuống" })).toBeEnabled();
    });

    it("opens a file dropped on the drop zone", async () => {
      const doc = fakeDocument();
      await renderApp(<App defaultYear={2024} />, fakeActions({ host: "browser", document: doc }));
      const file = new File(["x"], "tha-vao.xlsx");
      fireEvent.drop(screen.getByRole("group", { name: "Vùng thả tệp .xlsx" }), {
        dataTransfer: { files: [file] },
      });
      expect(await screen.findByText("Tệp đang làm: «tha-vao.xlsx»")).toBeInTheDocument();
    });

    it("loads the sample with one click, and says when it had to make one in the browser", async () => {
      const user = userEvent.setup();
      const doc = fakeDocument({
        openSample: () => {
          doc.name = "kon-tum.xlsx";
          return Promise.resolve(false);
        },
      });
      await renderApp(<App defaultYear={2024} />, fakeActions({ host: "browser", document: doc }));
      await user.click(screen.getByRole("button", { name: "Mở tệp mẫu" }));
      expect(await screen.findByText("Tệp đang làm: «kon-tum.xlsx»")).toBeInTheDocument();
      expect(screen.getByText(/đã tạo một sổ làm việc mẫu ngay trong trình duyệt/)).toBeInTheDocument();
    });

    it("explains a file that is not an .xlsx", async () => {
      const user = userEvent.setup();
      const doc = fakeDocument({ open: (_file, name) => Promise.reject(new NotXlsxError(name)) });
      await renderApp(<App defaultYear={2024} />, fakeActions({ host: "browser", document: doc }));
      await user.upload(screen.getByLabelText("Chọn tệp .xlsx của cụm"), new File(["x"], "ghi-chu.xlsx"));
      await waitFor(() =>
        expect(screen.getByRole("alert")).toHaveTextContent(
          "Tệp «ghi-chu.xlsx» không phải sổ làm việc .xlsx đọc được.",
        ),
      );
      expect(screen.getByTestId("open-file")).toHaveTextContent(
        "Tệp «ghi-chu.xlsx» không mở được. Chưa mở tệp nào.",
      );
      // Opening the same bytes again cannot help: no "Thử lại".
      expect(screen.queryByRole("button", { name: "Thử lại" })).not.toBeInTheDocument();
    });

    it("after a failed open, names the file that failed and the one still open", async () => {
      const user = userEvent.setup({ applyAccept: false });
      const doc = fakeDocument();
      await renderApp(<App defaultYear={2024} />, fakeActions({ host: "browser", document: doc }));
      await user.click(screen.getByRole("button", { name: "Mở tệp mẫu" }));
      await screen.findByText("Tệp đang làm: «kon-tum.xlsx»");
      doc.open = (_file, name) => Promise.reject(new NotXlsxError(name));
      await user.upload(screen.getByLabelText("Chọn tệp .xlsx của cụm"), new File(["x"], "ghi-chu.txt"));
      await waitFor(() =>
        expect(screen.getByTestId("open-file")).toHaveTextContent(
          "Tệp «ghi-chu.txt» không mở được; vẫn đang làm trên «kon-tum.xlsx».",
        ),
      );
      expect(screen.queryByText("Tệp đang làm: «kon-tum.xlsx»")).not.toBeInTheDocument();
    });
  });

  describe("in a plain browser, keeping the work", () => {
    /** The browser mode's actions on the in-memory storage, as index.tsx binds them with IndexedDB. */
    async function browserPane(store: WorkStore, now = 1_734_665_000_000) {
      const saved: string[] = [];
      const keeper = workKeeper(store, () => now);
      const actions = browserActions({
        today: () => ({ year: 2024, month: 12, day: 20 }),
        loadXlsx: () => Promise.resolve(xlsx as unknown as XlsxModule),
        fetchSample: () => Promise.resolve(new Uint8Array(SAMPLE)),
        save: (_bytes, name) => saved.push(name),
        keeper,
      });
      await renderApp(<App defaultYear={2024} />, actions);
      return { actions, saved, keeper };
    }

    it("offers to continue what an earlier visit kept, with its name, time and what is not downloaded", async () => {
      const user = userEvent.setup();
      const store = memoryWorkStore();
      const earlier = workKeeper(store, () => new Date(2024, 11, 20, 10, 42).getTime());
      await earlier.opened("kon-tum.xlsx", new Uint8Array(SAMPLE), false);
      await earlier.written(["Bảng tổng hợp"], new Uint8Array(SAMPLE));

      await browserPane(store);
      const offer = await screen.findByTestId("continue-offer");
      expect(offer).toHaveTextContent("Có việc đang làm dở từ lần trước");
      expect(offer).toHaveTextContent("«kon-tum.xlsx», lưu lúc 10:42 ngày 20/12/2024.");
      expect(offer).toHaveTextContent("Chưa tải xuống: thay đổi ở trang «Bảng tổng hợp».");

      await user.click(screen.getByRole("button", { name: "Làm tiếp" }));
      expect(await screen.findByText("Tệp đang làm: «kon-tum.xlsx»")).toBeInTheDocument();
      expect(screen.getByTestId("not-downloaded")).toHaveTextContent(
        "Chưa tải xuống: thay đổi ở trang «Bảng tổng hợp».",
      );
      expect(screen.queryByTestId("continue-offer")).not.toBeInTheDocument();
    });

    it("lets the picker show .xlsm and the .xls users have, and says what an .xls is and what to do", async () => {
      // user-event applies the input's accept list (applyAccept): a type left out would not be picked.
      const user = userEvent.setup({ applyAccept: true });
      await browserPane(memoryWorkStore());
      const picker = screen.getByLabelText("Chọn tệp .xlsx của cụm");
      expect(picker.getAttribute("accept")!.split(",")).toEqual(
        expect.arrayContaining([".xlsx", ".xlsm", ".xls", ".ods", ".csv"]),
      );
      // An Excel 97–2003 file starts with the compound-file signature (MS-CFB 2.2).
      const cfb = new Uint8Array(512);
      cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      // jsdom's File has no arrayBuffer(); the browser's does, and the pane reads the file with it.
      const fileOf = (bytes: Uint8Array<ArrayBuffer>, name: string): File =>
        Object.defineProperty(new File([bytes], name), "arrayBuffer", {
          value: () => Promise.resolve(bytes.slice().buffer),
        });
      await user.upload(picker, fileOf(cfb, "so-cu.xls"));
      await waitFor(() =>
        expect(screen.getByRole("alert")).toHaveTextContent("Tệp ở định dạng Excel cũ (.xls)."),
      );
      expect(screen.getByTestId("open-file")).toHaveTextContent(
        "Tệp «so-cu.xls» không mở được. Chưa mở tệp nào.",
      );
    });

    it("forgets the kept work when the user discards it", async () => {
      const user = userEvent.setup();
      const store = memoryWorkStore();
      await workKeeper(store, () => 0).opened("kon-tum.xlsx", new Uint8Array(SAMPLE), false);
      await browserPane(store);
      await user.click(await screen.findByRole("button", { name: "Bỏ việc dở" }));
      await waitFor(async () => expect(await store.loadWorkbook()).toBeNull());
      expect(screen.queryByTestId("continue-offer")).not.toBeInTheDocument();
    });

    it("says what is not downloaded, and nothing once downloaded", async () => {
      const user = userEvent.setup();
      const { saved } = await browserPane(memoryWorkStore());
      await user.click(screen.getByRole("button", { name: "Mở tệp mẫu" }));
      expect(await screen.findByTestId("not-downloaded")).toHaveTextContent(
        "Không có thay đổi nào chưa tải xuống.",
      );
      await user.click(screen.getByRole("tab", { name: "6. Tổng hợp" }));
      await user.click(
        screen.getByRole("button", { name: "Tạo bảng tổng hợp và tờ trình đề nghị khen thưởng" }),
      );
      await waitFor(
        () =>
          // Both sheets are made together, from one result.
          expect(screen.getByTestId("not-downloaded")).toHaveTextContent(
            "Chưa tải xuống: thay đổi ở trang «Bảng tổng hợp», «Đề nghị khen thưởng».",
          ),
        { timeout: 10_000 },
      );
      await user.click(screen.getAllByRole("button", { name: "Tải xuống" })[0]!);
      await waitFor(() =>
        expect(screen.getByTestId("not-downloaded")).toHaveTextContent(
          "Không có thay đổi nào chưa tải xuống.",
        ),
      );
      expect(saved).toEqual(["kon-tum.xlsx"]);
    }, 20_000);

    it("says so when the browser's storage is full, and the work goes on", async () => {
      const user = userEvent.setup();
      const store = memoryWorkStore();
      await browserPane({
        ...store,
        saveWorkbook: () => Promise.reject(new StorageError("quota", "QuotaExceededError")),
      });
      await user.click(screen.getByRole("button", { name: "Mở tệp mẫu" }));
      expect(await screen.findByText("Tệp đang làm: «kon-tum.xlsx»")).toBeInTheDocument();
      expect(
        await screen.findByText(/Bộ nhớ của trình duyệt đã đầy nên lần lưu gần nhất không thành/),
      ).toBeInTheDocument();
      expect(screen.getByText(/hãy bấm «Tải xuống» sau mỗi bước/)).toBeInTheDocument();
    });

    it("says so when the browser keeps nothing at all (no IndexedDB, a private window)", async () => {
      await browserPane({
        ...memoryWorkStore(),
        loadWorkbook: () => Promise.reject(new StorageError("unavailable", "no IndexedDB")),
        loadDrafts: () => Promise.reject(new StorageError("unavailable", "no IndexedDB")),
      });
      expect(await screen.findByText(/Trình duyệt không cho lưu việc đang làm/)).toBeInTheDocument();
    });
  });
});
