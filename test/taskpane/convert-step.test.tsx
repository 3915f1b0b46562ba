/** @jest-environment jsdom */
/** The «Chuyển mã» panel: where, preview before → after with each cell, then one write. */
import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { ConvertStep, PREVIEW_ROWS } from "../../src/taskpane/components/ConvertStep";
import type {
  LegacyTextActions,
  LegacyTextPreviewOutcome,
  LegacyTextRequest,
} from "../../src/taskpane/actions";
import type { LegacyCell } from "../../src/workbook/legacy-text";
import { legacyCounts } from "../../src/workbook/legacy-text";
import { fakeActions, renderWith } from "./support";

function cell(address: string, before: string, after: string, font: string | null = ".VnTime"): LegacyCell {
  return { sheet: "Đơn vị", address, row: 0, col: 0, before, after, encoding: "tcvn3", font };
}

function previewOf(cells: readonly LegacyCell[], selection: string | null = null): LegacyTextPreviewOutcome {
  return { cells, counts: legacyCounts(cells), selection };
}

const TWO = [
  cell("B4", "C«ng ®oµn Së Y tÕ", "Công đoàn Sở Y tế"),
  cell("B6", "thµnh phè", "thành phố", null),
];

function legacyActions(overrides: Partial<LegacyTextActions> = {}) {
  const requests: LegacyTextRequest[] = [];
  const applied: LegacyTextPreviewOutcome[] = [];
  const legacyText: LegacyTextActions = {
    canUseSelection: true,
    preview: (request) => {
      requests.push(request);
      return Promise.resolve(previewOf(TWO, request.scope === "selection" ? "'Đơn vị'!B4:B9" : null));
    },
    apply: (preview) => {
      applied.push(preview as LegacyTextPreviewOutcome);
      return Promise.resolve({ written: preview.cells.length, skipped: 0, font: "Times New Roman" });
    },
    ...overrides,
  };
  return { legacyText, requests, applied };
}

function show(legacyText: LegacyTextActions, needsDownload = false) {
  return renderWith(<ConvertStep legacyText={legacyText} needsDownload={needsDownload} />, fakeActions());
}

describe("the Chuyển mã panel", () => {
  it("previews the selection in the encoding chosen, cell by cell, then writes exactly what it showed", async () => {
    const { legacyText, requests, applied } = legacyActions();
    show(legacyText);
    expect(screen.getByRole("radio", { name: "Vùng đang chọn" })).toBeChecked();
    fireEvent.change(screen.getByRole("combobox", { name: /Bảng mã nguồn/ }), { target: { value: "tcvn3" } });
    fireEvent.click(screen.getByRole("button", { name: "Xem trước" }));

    expect(await screen.findByText("Vùng: 'Đơn vị'!B4:B9")).toBeTruthy();
    expect(requests).toEqual([{ scope: "selection", encoding: "tcvn3" }]);
    expect(screen.getByText("Có 2 ô sẽ được chuyển.")).toBeTruthy();
    expect(screen.getByText("Trang «Đơn vị»: 2 ô từ TCVN3 (ABC)")).toBeTruthy();
    const row = screen.getByRole("rowheader", { name: "Đơn vị!B4" }).closest("tr")!;
    expect(row.textContent).toBe("Đơn vị!B4C«ng ®oµn Së Y tÕCông đoàn Sở Y tế");
    // The cell found by its text alone, without a legacy font, is flagged for a second look.
    expect(screen.getByRole("rowheader", { name: "Đơn vị!B6" }).closest("tr")!.textContent).toContain(
      "nhận ra theo chữ",
    );

    fireEvent.click(screen.getByRole("button", { name: "Chuyển mã 2 ô" }));
    expect(await screen.findByText("Đã chuyển 2 ô sang Unicode, phông Times New Roman.")).toBeTruthy();
    expect(applied).toHaveLength(1);
    expect(applied[0]!.cells).toEqual(TWO);
    // The preview is over once written: nothing left to write twice.
    expect(screen.queryByRole("button", { name: /Chuyển mã \d+ ô/ })).toBeNull();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("converts the whole workbook by fonts and detection, never in a forced encoding", async () => {
    const { legacyText, requests } = legacyActions();
    show(legacyText);
    fireEvent.change(screen.getByRole("combobox", { name: /Bảng mã nguồn/ }), { target: { value: "vni" } });
    fireEvent.click(screen.getByRole("radio", { name: "Cả sổ làm việc" }));
    expect(screen.queryByRole("combobox", { name: /Bảng mã nguồn/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Xem trước" }));
    await screen.findByText("Có 2 ô sẽ được chuyển.");
    expect(requests).toEqual([{ scope: "workbook", encoding: null }]);
  });

  it("in a plain browser, offers the whole workbook only and reminds to download after writing", async () => {
    const { legacyText, requests } = legacyActions({ canUseSelection: false });
    show(legacyText, true);
    expect(screen.queryByRole("radio")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Xem trước" }));
    fireEvent.click(await screen.findByRole("button", { name: "Chuyển mã 2 ô" }));
    expect(await screen.findByText(/Bấm «Tải xuống» để lưu/)).toBeTruthy();
    expect(requests[0]?.scope).toBe("workbook");
  });

  it("says when there is nothing to convert, and offers no write", async () => {
    const { legacyText } = legacyActions({ preview: () => Promise.resolve(previewOf([])) });
    show(legacyText);
    fireEvent.click(screen.getByRole("button", { name: "Xem trước" }));
    expect(await screen.findByText("Không có ô nào gõ bằng bảng mã cũ cần chuyển.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Chuyển mã/ })).toBeNull();
  });

  it("lists the first rows of a long preview and counts the rest, writing them all", async () => {
    const many = Array.from({ length: PREVIEW_ROWS + 5 }, (_, i) => cell(`B${i + 4}`, "Cã", "Có"));
    const { legacyText, applied } = legacyActions({ preview: () => Promise.resolve(previewOf(many)) });
    show(legacyText);
    fireEvent.click(screen.getByRole("button", { name: "Xem trước" }));
    expect(await screen.findByText("… và 5 ô khác.")).toBeTruthy();
    expect(screen.getAllByRole("rowheader")).toHaveLength(PREVIEW_ROWS);
    fireEvent.click(screen.getByRole("button", { name: `Chuyển mã ${PREVIEW_ROWS + 5} ô` }));
    await waitFor(() => expect(applied[0]?.cells).toHaveLength(PREVIEW_ROWS + 5));
  });

  it("says which cells it left alone because they changed after the preview", async () => {
    const { legacyText } = legacyActions({
      apply: () => Promise.resolve({ written: 1, skipped: 1, font: "Times New Roman" }),
    });
    show(legacyText);
    fireEvent.click(screen.getByRole("button", { name: "Xem trước" }));
    fireEvent.click(await screen.findByRole("button", { name: "Chuyển mã 2 ô" }));
    expect(await screen.findByText(/1 ô đã thay đổi sau khi xem trước nên được giữ nguyên/)).toBeTruthy();
  });

  it("shows a failure in words, with a way to try again", async () => {
    const { legacyText } = legacyActions({ preview: () => Promise.reject(new Error("mất kết nối")) });
    show(legacyText);
    fireEvent.click(screen.getByRole("button", { name: "Xem trước" }));
    expect(await screen.findByText(/mất kết nối/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Thử lại" })).toBeTruthy();
  });
});
