/** @jest-environment jsdom */
/**
 * «Tổng hợp khối» in the pane: several files picked at once, the roll-up's problems each said with
 * its file, sheet and cell (worded as the command words them), the combined list shown once it is
 * downloaded, and the Word files on request. The roll-up itself is the core's (rollUpBlocks).
 */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { rollUpBlocks, type RollupSource } from "../../../src/core/block-rollup";
import type { PickedFile } from "../../../src/taskpane/actions";
import { App } from "../../../src/taskpane/components/App";
import type { RollupActions, RollupOutcome } from "../../../src/taskpane/rollup-actions";
import { clusterResult, fakeActions, renderWith } from "../support";

jest.setTimeout(60_000);

const PERIOD = {
  label: "Năm 2025",
  kind: "calendar-year" as const,
  start: { year: 2025, month: 1, day: 1 },
  end: { year: 2025, month: 12, day: 31 },
};

function source(
  file: string,
  cluster: string,
  units: { code: string; name: string; total: number; award?: "leading" | "excellent" }[],
): RollupSource {
  return {
    file,
    block: "Khối CĐCS trực thuộc tỉnh và ngành Trung ương",
    period: PERIOD,
    clusters: [clusterResult(cluster, units)],
    clusterCells: new Map([[cluster.toLowerCase(), { sheet: "Cấu hình", row: 30, col: 0 }]]),
    unitCells: new Map(units.map((u, i) => [u.code.toLowerCase(), { sheet: "Đơn vị", row: 3 + i, col: 0 }])),
    summary: "fresh",
    summarySheet: "Bảng tổng hợp",
    errors: 0,
  };
}

const A = source("cum-a.xlsx", "Cụm CĐCS trực thuộc tỉnh", [
  { code: "A1", name: "Công đoàn Sở Y tế", total: 95, award: "leading" },
  { code: "A2", name: "Công đoàn Sở Tài chính", total: 91.5, award: "excellent" },
]);
const B = source("cum-b.xlsx", "Cụm các Ngân hàng", [
  { code: "B1", name: "Công đoàn Ngân hàng Chính sách xã hội", total: 97, award: "leading" },
  { code: "A2", name: "Công đoàn Sở Tài chính", total: 80 },
]);

function actions(outcome: (files: readonly PickedFile[]) => RollupOutcome) {
  const asked: string[][] = [];
  const documents: number[] = [];
  const rollup: RollupActions = {
    rollUp: (files) => {
      asked.push(files.map((f) => f.name));
      return Promise.resolve(outcome(files));
    },
    downloadDocuments: () => {
      documents.push(1);
      return Promise.resolve(["to-trinh-tong-hop-khoi.docx", "danh-sach-tong-hop-khoi.docx"]);
    },
  };
  return { rollup, asked, documents };
}

/**
 * The pane given the core's roll-up of the files named: the tab opened, the files picked, rolled up;
 * written and downloaded unless the core refused it.
 */
async function rollUpInPane(
  result: ReturnType<typeof rollUpBlocks>,
  names: readonly string[] = ["cum-a.xlsx", "cum-b.xlsx"],
): Promise<void> {
  const written = !result.refused;
  const { rollup } = actions((files) => ({
    rollup: { ...result, written, issuer: { parentBody: "", place: "" } },
    files: files.map((f) => f.name),
    downloaded: written ? "tong-hop-khoi.xlsx" : null,
  }));
  renderWith(<App defaultYear={2025} />, fakeActions({ host: "browser", rollup }));
  await userEvent.click(screen.getByRole("tab", { name: "Tổng hợp khối" }));
  await userEvent.upload(await screen.findByTestId("rollup-file-input"), names.map(file));
  await userEvent.click(screen.getByRole("button", { name: `Tổng hợp ${names.length} tệp` }));
}

const file = (name: string) => new File([new Uint8Array([80, 75])], name);

describe("the «Tổng hợp khối» step", () => {
  it("rolls the picked files up and shows the combined list, then downloads the Word files", async () => {
    const ok = rollUpBlocks([
      A,
      source("cum-b.xlsx", "Cụm các Ngân hàng", [
        { code: "B1", name: "Công đoàn Ngân hàng Chính sách xã hội", total: 97, award: "leading" },
      ]),
    ]);
    const { rollup, asked, documents } = actions((files) => ({
      rollup: { ...ok, written: true, issuer: { parentBody: "", place: "" } },
      files: files.map((f) => f.name),
      downloaded: "tong-hop-khoi.xlsx",
    }));
    renderWith(<App defaultYear={2025} />, fakeActions({ host: "browser", rollup }));
    await userEvent.click(screen.getByRole("tab", { name: "Tổng hợp khối" }));
    await userEvent.upload(await screen.findByTestId("rollup-file-input"), [
      file("cum-a.xlsx"),
      file("cum-b.xlsx"),
    ]);
    expect(screen.getByText("Đã chọn 2 tệp: cum-a.xlsx, cum-b.xlsx.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Tổng hợp 2 tệp" }));
    expect(
      await screen.findByText("Đã tải về «tong-hop-khoi.xlsx»: 2 tệp, 2 cụm, 3 đơn vị đề nghị khen thưởng."),
    ).toBeInTheDocument();
    expect(asked).toEqual([["cum-a.xlsx", "cum-b.xlsx"]]);
    const table = screen.getByRole("table", { name: "Danh sách chung các đơn vị đề nghị khen thưởng" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getAllByRole("cell")[2]!.textContent)).toEqual(
      ok.proposals.map((p) => `${p.unit.code} — ${p.unit.name}`),
    );
    expect(within(rows[0]!).getAllByRole("cell")[3]).toHaveTextContent(/^95$/u);
    // Points in the pane's decimal comma.
    expect(within(rows[1]!).getAllByRole("cell")[3]).toHaveTextContent(/^91,5$/u);
    await userEvent.click(screen.getByRole("button", { name: "Tải tờ trình và danh sách (Word)" }));
    expect(
      await screen.findByText(/^Đã tải về «to-trinh-danh-sach-tong-hop-khoi\.zip»/u),
    ).toBeInTheDocument();
    expect(documents).toEqual([1]);
  });

  it("says each refusal with its file, sheet and cell, and that nothing was downloaded", async () => {
    const refused = rollUpBlocks([A, B]);
    await rollUpInPane(refused);
    expect(
      await screen.findByText(
        "Lỗi: tệp cum-b.xlsx: đơn vị A2 (Công đoàn Sở Tài chính) ở «Cụm các Ngân hàng» đã có ở «Cụm CĐCS trực thuộc tỉnh» (tệp cum-a.xlsx) (trang «Đơn vị», ô A5)",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Chưa tổng hợp: 1 lỗi ở các tệp trên. Không tải gì về.",
    );
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("names a cluster once when its workbook names no block apart from it: no «Khối» column", async () => {
    const own = (s: RollupSource): RollupSource => ({ ...s, block: s.clusters[0]!.cluster.name });
    const ok = rollUpBlocks([own(A)]);
    expect(ok.proposals.map((p) => p.block)).toEqual([null, null]);
    await rollUpInPane(ok, ["cum-a.xlsx"]);
    const table = await screen.findByRole("table", {
      name: "Danh sách chung các đơn vị đề nghị khen thưởng",
    });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Cụm", "Đơn vị", "Tổng điểm", "Hình thức"]);
    const rows = within(table).getAllByRole("row").slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent)
          .slice(0, 2),
      ),
    ).toEqual(ok.proposals.map((p) => [p.cluster, `${p.unit.code} — ${p.unit.name}`]));
    expect(table).not.toHaveTextContent("Cụm CĐCS trực thuộc tỉnhCụm CĐCS trực thuộc tỉnh");
  });

  it("keeps the «Khối» column where a cluster is in a real block", async () => {
    const ok = rollUpBlocks([A]);
    await rollUpInPane(ok, ["cum-a.xlsx"]);
    const table = await screen.findByRole("table", {
      name: "Danh sách chung các đơn vị đề nghị khen thưởng",
    });
    expect(within(table).getAllByRole("columnheader")[0]).toHaveTextContent("Khối");
    const first = within(table).getAllByRole("row")[1]!;
    expect(within(first).getAllByRole("cell")[0]).toHaveTextContent(
      "Khối CĐCS trực thuộc tỉnh và ngành Trung ương",
    );
  });

  it("lists the problems in reading order: file by file, the file's own first, then by sheet, row and column", async () => {
    // Units of B met in rank order, their rows in «Đơn vị» in another order: the list follows the rows.
    const units = [
      { code: "A1", name: "Công đoàn Sở Y tế", total: 99 },
      { code: "A2", name: "Công đoàn Sở Tài chính", total: 98 },
      { code: "B3", name: "Công đoàn Ngân hàng Nhà nước", total: 97 },
    ];
    const rows = [7, 5, 3];
    const b: RollupSource = {
      ...source("cum-b.xlsx", "Cụm các Ngân hàng", units),
      unitCells: new Map(
        units.map((u, i) => [u.code.toLowerCase(), { sheet: "Đơn vị", row: rows[i]!, col: 0 }]),
      ),
      summary: "stale",
    };
    const refused = rollUpBlocks([A, b]);
    await rollUpInPane(refused);
    await screen.findByRole("alert");
    const items = screen.getAllByRole("listitem").map((li) => li.textContent ?? "");
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/^Lỗi: tệp cum-b\.xlsx: .*«Bảng tổng hợp»/u);
    expect(items.slice(1).map((t) => /ô (A\d+)\)$/u.exec(t)?.[1])).toEqual(["A6", "A8"]);
    expect(items.slice(1).map((t) => /đơn vị (\w+)/u.exec(t)?.[1])).toEqual(["A2", "A1"]);
  });

  it("waits for files before it can run", async () => {
    const { rollup } = actions(() => {
      throw new Error("not expected");
    });
    renderWith(<App defaultYear={2025} />, fakeActions({ host: "browser", rollup }));
    await userEvent.click(screen.getByRole("tab", { name: "Tổng hợp khối" }));
    expect(await screen.findByRole("button", { name: "Tổng hợp 0 tệp" })).toBeDisabled();
  });
});
