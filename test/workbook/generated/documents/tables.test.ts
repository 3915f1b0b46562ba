import { RECOMMENDATION_SAMPLES } from "../../../support/document-samples";
import {
  type TableInput,
  orientationForTable,
  rowKeepsWithNext,
  tableBlock,
  tableOverflows,
} from "../../../../src/workbook/generated/documents/tables";
import { textAreaWidthPt } from "../../../../src/workbook/generated/documents/page";

const list = (rows: number): TableInput => ({
  type: "table",
  columns: [{ share: 1, align: "center" }, { share: 6 }, { share: 3, align: "right" }],
  header: [["STT", "Tên đơn vị", "Tổng điểm"]],
  rows: Array.from({ length: rows }, (_, i) => [String(i + 1), `Công đoàn đơn vị số ${i + 1}`, "90,00"]),
});

function rankingTable(): TableInput {
  const section = RECOMMENDATION_SAMPLES["001"].input.sections[1]!;
  const table = section.blocks.find((b) => b.type === "table");
  if (table?.type !== "table") throw new Error("the Kon Tum sample has a ranking table");
  return table;
}

describe("tables", () => {
  it("shares the text width between the columns by their shares", () => {
    const table = tableBlock(list(2), 500);
    expect(table.columns.map((c) => c.widthPt)).toEqual([50, 300, 150]);
    expect(table.columns.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 9);
  });

  it("sets header cells bold and centred and body cells as their column says", () => {
    const table = tableBlock(list(1), 500);
    expect(table.headerRows[0]!.map((c) => [c.bold, c.align])).toEqual([
      [true, "center"],
      [true, "center"],
      [true, "center"],
    ]);
    expect(table.bodyRows[0]!.map((c) => [c.bold, c.align])).toEqual([
      [false, "center"],
      [false, "left"],
      [false, "right"],
    ]);
    expect(table.sizePt).toBe(13);
  });

  it("lays a two-row header with merged cells over the columns", () => {
    const table = tableBlock(rankingTable(), textAreaWidthPt("landscape"));
    expect(table.headerRows.map((r) => r.length)).toEqual([7, 4]);
    expect(table.headerRows[0]![2]).toMatchObject({ text: "Điểm", colSpan: 4, rowSpan: 1 });
    expect(table.headerRows[0]![0]).toMatchObject({ text: "STT", rowSpan: 2 });
  });

  it("refuses a row that does not fill the columns: a defect of the content builder", () => {
    expect(() => tableBlock({ ...list(0), rows: [["1", "A"]] }, 500)).toThrow(/covers 2 of 3 columns/);
    expect(() => tableBlock({ ...list(0), rows: [["1", "A", "B", "C"]] }, 500)).toThrow(/row 1/);
    expect(() => tableBlock({ ...list(0), rows: [[{ text: "1", rowSpan: 2 }, "A", "B"]] }, 500)).toThrow(
      /past the last/,
    );
  });

  it("finds a word too wide for its column at 13 pt, padding included", () => {
    const narrow = tableBlock(
      { type: "table", columns: [{ share: 1 }, { share: 9 }], header: [], rows: [["Xuất sắc", "A"]] },
      200,
    );
    expect(tableOverflows(narrow)).toEqual([
      expect.objectContaining({ row: 0, column: 0, word: "Xuất" }),
      expect.objectContaining({ row: 0, column: 0, word: "sắc" }),
    ]);
    expect(tableOverflows(tableBlock(list(3), 400))).toEqual([]);
  });

  it("counts a merged cell's columns together and skips columns spanned from above", () => {
    const table = tableBlock(rankingTable(), textAreaWidthPt("landscape"));
    expect(tableOverflows(table)).toEqual([]);
  });

  it("turns the 10-column ranking table to landscape and keeps a short list portrait", () => {
    expect(orientationForTable(rankingTable())).toBe("landscape");
    expect(orientationForTable(list(20))).toBe("portrait");
  });

  it("keeps the header with two body rows and never leaves the last row alone", () => {
    const table = tableBlock(list(6), 500);
    // rows: header, 1 … 6
    expect([0, 1, 2, 3, 4, 5, 6].map((r) => rowKeepsWithNext(table, r))).toEqual([
      true,
      true,
      false,
      false,
      false,
      true,
      false,
    ]);
  });

  it("keeps every row but the last with the next in a table kept together (the minutes' ballots)", () => {
    const table = tableBlock({ ...list(6), keepTogether: true }, 500);
    expect([0, 1, 2, 3, 4, 5, 6].map((r) => rowKeepsWithNext(table, r))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it("keeps the last rows with the closing when asked", () => {
    const table = { ...tableBlock(list(6), 500), keepLastRowsWithNext: 2 };
    expect(rowKeepsWithNext(table, 6)).toBe(true);
    expect(rowKeepsWithNext(table, 5)).toBe(true);
    expect(rowKeepsWithNext(table, 4)).toBe(false);
  });

  it("does not tie a one-row table to what follows unless asked", () => {
    expect(rowKeepsWithNext(tableBlock(list(1), 500), 1)).toBe(false);
  });
});
