/**
 * The custom functions speak Office's display language under a cell's error flag, read at the time
 * of the call: Office.context.displayLanguage, which Microsoft's "Localization for Office Add-ins"
 * (learn.microsoft.com/office/dev/add-ins/develop/localization) gives as the locale of the Office
 * application's user interface ("en-US", "fr-FR"). What they return into a cell stays the
 * workbook's Vietnamese.
 */
import { column, excelError } from "./support";
import { eligibility, proposedAwards, tableTotalOf } from "../../src/functions/functions";

const global = globalThis as { Office?: unknown };

afterEach(() => {
  delete global.Office;
});

function officeIn(displayLanguage: string): void {
  global.Office = { context: { displayLanguage } };
}

describe("the functions' language", () => {
  it("explain an error in English when Office is in English", () => {
    officeIn("en-US");
    const failure = excelError(() => tableTotalOf(column(8, 12), column(10, 10)));
    expect(failure).toEqual({ code: "#VALUE!", message: "Row 2: the score 12 is above the maximum of 10" });
    expect(excelError(() => tableTotalOf(column("tám"), column(10))).message).toBe(
      "«điểm» «tám» is not a number (for example: 8.5)",
    );
  });

  it("explain it in Vietnamese when Office is in Vietnamese, or not there yet", () => {
    officeIn("vi-VN");
    expect(excelError(() => tableTotalOf(column(8, 12), column(10, 10))).message).toBe(
      "Dòng 2: điểm 12 vượt điểm tối đa 10",
    );
    delete global.Office;
    expect(excelError(() => tableTotalOf(column(8, 12), column(10, 10))).message).toBe(
      "Dòng 2: điểm 12 vượt điểm tối đa 10",
    );
  });

  it("return the workbook's Vietnamese values whatever Office's language", () => {
    officeIn("en-US");
    expect(proposedAwards(column(95, 90, 80), column("Có", "Có", "Có"))).toEqual([
      ["Dẫn đầu"],
      ["Xuất sắc"],
      [""],
    ]);
    expect(eligibility("", [["Có"]], ["20/06/2024", "20/12/2024"])).toBe("Đủ điều kiện");
  });
});
