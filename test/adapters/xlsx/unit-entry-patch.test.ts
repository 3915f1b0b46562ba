/**
 * Saving the departments' points in a plain browser is one patch of the file: the .xlsx adapter
 * splices the cells into the sheet's XML, and every other part of the package keeps its bytes.
 */
import { readFileSync } from "fs";
import path from "path";
import { unzipSync } from "fflate";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import { SHEET } from "../../../src/workbook/sheet-names";
import { readUnitEntry, saveDepartmentPoints } from "../../../src/workbook/unit-entry";

const SAMPLE = path.join(__dirname, "..", "..", "..", "assets", "samples", "kon-tum.xlsx");
const asOf = { year: 2024, month: 12, day: 20 };
const author = { when: "06/12/2026 09:15", who: "" };

/** The parts whose bytes differ between two packages, and those only one has. */
function changedParts(a: Uint8Array, b: Uint8Array): string[] {
  const before = unzipSync(a);
  const after = unzipSync(b);
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((name) => {
      const x = before[name];
      const y = after[name];
      return !x || !y || Buffer.compare(Buffer.from(x), Buffer.from(y)) !== 0;
    })
    .sort();
}

/** The part of a sheet, by its name, from the workbook's XML and its relationships. */
function sheetPart(file: Uint8Array, sheet: string): string {
  const parts = unzipSync(file);
  const workbook = Buffer.from(parts["xl/workbook.xml"]!).toString("utf8");
  const rels = Buffer.from(parts["xl/_rels/workbook.xml.rels"]!).toString("utf8");
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`, "u").exec(workbook)?.[1];
  const target =
    new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, "u").exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`, "u").exec(rels)?.[1];
  return `xl/${target!.replace(/^\/?xl\//u, "")}`;
}

describe("entering departments' points in a file (.xlsx package layer)", () => {
  it("changes the points sheet's part and the log's, every other part byte-identical", async () => {
    const workbook = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE));
    // «Nhật ký» made by a first save: the second is the one measured.
    const entry = await readUnitEntry(workbook, undefined, asOf);
    const [a, b] = entry.departments.filter((d) => d.cap >= 50 && d.cell !== null);
    await saveDepartmentPoints(
      workbook,
      entry.unit.code,
      [{ department: a!.code, points: "0,5" }],
      author,
      asOf,
    );
    const before = await workbook.toBuffer();
    await saveDepartmentPoints(
      workbook,
      entry.unit.code,
      [
        { department: a!.code, points: "0,25" },
        { department: b!.code, points: "" },
      ],
      author,
      asOf,
    );
    const after = await workbook.toBuffer();
    const expected = [sheetPart(after, SHEET.departmentPoints), sheetPart(after, SHEET.changeLog)];
    const changed = changedParts(before, after);
    // The log's new rows carry text: the shared strings may grow with them, nothing else.
    expect(changed.filter((p) => p !== "xl/sharedStrings.xml").sort()).toEqual(expected.sort());
    const reopened = await XlsxWorkbook.fromBuffer(after);
    const again = await readUnitEntry(reopened, entry.unit.code, asOf);
    expect(again.departments.find((d) => d.code === a!.code)?.shown).toBe("0,25");
    expect(again.departments.find((d) => d.code === b!.code)?.shown).toBe("");
  });
});
