/** The one header finder: the reader, the collect and a returned unit file all find tables by it. */
import type { CellValue } from "../../../src/core/model";
import { Grid } from "../../../src/workbook/grid/grid";
import { column, findHeader, readHeader } from "../../../src/workbook/grid/header";
import type { SheetSnapshot } from "../../../src/workbook/port";
import { cellAt } from "../../support/cells";

const SPECS = {
  code: column("Mã", 9, true, ["Mã đơn vị"]),
  name: column("Tên đơn vị", 30, true),
  note: column("Ghi chú", 20, false),
} as const;

function grid(values: CellValue[][], fonts?: (string | null)[][]): Grid {
  const sheet: SheetSnapshot = {
    name: "Đơn vị",
    visible: true,
    generated: false,
    values,
    merges: [],
    tables: [],
    ...(fonts ? { fonts } : {}),
  };
  return new Grid(sheet);
}

describe("finding a table's header", () => {
  it("takes the row naming the most columns, by any accepted spelling, wherever the columns are", () => {
    const g = grid([
      ["Danh sách đơn vị"],
      ["Mã", null, null],
      [null, "  MÃ ĐƠN VỊ ", "Tổng", "tên  đơn vị", null, null],
      ["", "DV01", 5, "Công đoàn A"],
    ]);
    const header = findHeader(g, SPECS);
    expect(header).toEqual({
      row: 2,
      columns: { code: 1, name: 3, note: null },
      others: [{ col: 2, header: "Tổng" }],
      free: 4,
    });
  });

  it("wants two columns at least: one matching name is not a header", () => {
    expect(findHeader(grid([["Mã", "Khác"]]), SPECS)).toBeNull();
  });

  it("reads a header typed in a legacy font as it shows on screen", () => {
    const g = grid([["M·", "Tªn ®¬n vÞ"]], [[".VnTime", ".VnTime"]]);
    expect(findHeader(g, SPECS)?.columns).toEqual({ code: 0, name: 1, note: null });
  });

  it("says which table has no header row, and which required column its header lacks", () => {
    const problems: Parameters<typeof readHeader>[2] = [];
    expect(readHeader(grid([["Khác", "Nữa"]]), SPECS, problems)).toBeNull();
    const found = readHeader(grid([["Mã", "Ghi chú"]]), SPECS, problems);
    expect(found?.columns).toEqual({ code: 0, name: null, note: 1 });
    expect(problems).toEqual([
      {
        code: "WB_HEADER_ROW_MISSING",
        severity: "error",
        params: { sheet: "Đơn vị", expected: ["Mã", "Tên đơn vị"] },
      },
      {
        code: "WB_HEADER_MISSING",
        severity: "error",
        params: { sheet: "Đơn vị", header: "Tên đơn vị", row: 0 },
        at: cellAt("Đơn vị", "A1"),
      },
    ]);
  });
});
