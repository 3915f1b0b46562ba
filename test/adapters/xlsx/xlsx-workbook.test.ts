import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import type { SheetWrite } from "../../../src/workbook/port";

const plainSheet = (
  name: string,
  cells: SheetWrite["blocks"][number]["cells"],
  generated = false,
): SheetWrite => ({
  name,
  generated,
  blocks: [{ at: "A1", cells }],
});

async function reopen(wb: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await wb.toBuffer());
}

async function sheetXml(wb: XlsxWorkbook, sheetName: string): Promise<string> {
  const zip = await JSZip.loadAsync(await wb.toBuffer());
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rid = new RegExp(`name="${sheetName}"[^>]*r:id="(rId\\d+)"`).exec(workbookXml)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1]!.replace(/^\/?xl\//, "");
  return zip.file(`xl/${target}`)!.async("string");
}

describe("XlsxWorkbook", () => {
  it("reads back what it wrote: values, dates as calendar dates, merges, tables, formulas", async () => {
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets([
      {
        name: "Dữ liệu",
        generated: false,
        blocks: [
          { at: "A1", cells: [["Mã", "Điểm", "Ngày"]], style: { bold: true } },
          {
            at: "A2",
            cells: [
              ["DV01", 8.5, 44854],
              ["DV02", 7, null],
            ],
          },
          { at: "B2", cells: [[8.5]] },
          { at: "C2", cells: [[44854]], style: { numberFormat: "dd/mm/yyyy" } },
          { at: "E1", cells: [[{ formula: "=SUM(B2:B3)", result: 15.5 }]] },
        ],
        merges: ["F1:G1"],
        tables: [{ name: "Bang1", range: "A1:C3", headerRow: true }],
      },
    ]);
    const [sheet] = await (await reopen(wb)).readSheets(["dữ liệu"], { formulas: true });
    expect(sheet!.name).toBe("Dữ liệu");
    expect(sheet!.values[1]).toEqual(["DV01", 8.5, { year: 2022, month: 10, day: 20 }]);
    expect(sheet!.values[0]![4]).toBe(15.5);
    expect(sheet!.formulas![0]![4]).toBe("=SUM(B2:B3)");
    expect(sheet!.merges).toEqual(["F1:G1"]);
    expect(sheet!.tables).toEqual([{ name: "Bang1", range: "A1:C3" }]);
  });

  it("reads a date it has just written as a date before saving too, with a format added by a later write", async () => {
    const wb = XlsxWorkbook.empty();
    const write = (name: string, format: string) =>
      wb.writeSheets([
        { name, generated: false, blocks: [{ at: "A1", cells: [[44854]], style: { numberFormat: format } }] },
      ]);
    await write("Một", "dd/mm/yyyy");
    const date = { year: 2022, month: 10, day: 20 };
    // Read before any save: the format lives only in the styles being written.
    expect((await wb.readSheets(["Một"]))[0]!.values[0]).toEqual([date]);
    // A second write adds another format after a read: the read after it sees that one too.
    await write("Hai", "d/m/yyyy");
    expect((await wb.readSheets(["Hai"]))[0]!.values[0]).toEqual([date]);
    const reopened = await reopen(wb);
    expect((await reopened.readSheets(["Một", "Hai"])).map((s) => s.values[0])).toEqual([[date], [date]]);
  });

  it("writes formula-like text as text, with the Text format, never as a formula", async () => {
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets([plainSheet("Tên", [['=HYPERLINK("http://evil","x")', "+1", "Sở Y tế"]])]);
    const xml = await sheetXml(wb, "Tên");
    expect(xml).not.toContain("<f>");
    const [sheet] = await (await reopen(wb)).readSheets(["Tên"], { formulas: true });
    expect(sheet!.values[0]).toEqual(['=HYPERLINK("http://evil","x")', "+1", "Sở Y tế"]);
    expect(sheet!.formulas![0]).toEqual([null, null, null]);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load((await wb.toBuffer()) as unknown as ExcelJS.Buffer);
    expect(excel.getWorksheet("Tên")!.getCell("A1").numFmt).toBe("@");
    expect(excel.getWorksheet("Tên")!.getCell("C1").numFmt).toBeUndefined();
  });

  it("keeps a formula's cached result of 0 or empty text, and asks Excel to recalculate on open", async () => {
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets([
      plainSheet("S", [
        [
          { formula: "=1-1", result: 0 },
          { formula: '=""', result: "" },
          { formula: "=2", result: 2 },
        ],
      ]),
    ]);
    const xml = await sheetXml(wb, "S");
    expect(xml).toContain("<f>1-1</f><v>0</v>");
    const [sheet] = await (await reopen(wb)).readSheets(["S"], { formulas: true });
    expect(sheet!.values[0]).toEqual([0, null, 2]);
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("stores functions newer than Excel 2007 with their _xlfn prefix", async () => {
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets([plainSheet("S", [[1, 2, { formula: "=RANK.EQ(A1,A1:B1)", result: 2 }]])]);
    expect(await sheetXml(wb, "S")).toContain("<f>_xlfn.RANK.EQ(A1,A1:B1)</f>");
  });

  it("marks generated sheets in the workbook itself, so a reopened file still knows them", async () => {
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets([plainSheet("Của người dùng", [["x"]]), plainSheet("Bảng tổng hợp", [["y"]], true)]);
    const sheets = await (await reopen(wb)).listSheets();
    expect(sheets).toEqual([
      { name: "Của người dùng", visible: true, generated: false },
      { name: "Bảng tổng hợp", visible: true, generated: true },
    ]);
  });

  it("refuses to replace a sheet the product did not make", async () => {
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets([plainSheet("Bảng tổng hợp", [["của tôi"]])]);
    await expect(wb.writeSheets([plainSheet("Bảng tổng hợp", [["mới"]], true)])).rejects.toMatchObject({
      code: "WRITE_SHEET_TAKEN",
    });
    const [sheet] = await wb.readSheets(["Bảng tổng hợp"]);
    expect(sheet!.values).toEqual([["của tôi"]]);
  });

  it("replaces its own sheet in place, keeping the sheet order", async () => {
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets([
      plainSheet("A", [[1]]),
      plainSheet("Tổng", [["cũ"]], true),
      plainSheet("B", [[2]]),
    ]);
    await wb.writeSheets([plainSheet("Tổng", [["mới"]], true)]);
    const reopened = await reopen(wb);
    expect((await reopened.listSheets()).map((s) => s.name)).toEqual(["A", "Tổng", "B"]);
    expect((await reopened.readSheets(["Tổng"]))[0]!.values).toEqual([["mới"]]);
  });

  it("places a new sheet before the one named, or at the end", async () => {
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets([plainSheet("A", [[1]]), plainSheet("B", [[2]])]);
    await wb.writeSheets([
      { ...plainSheet("Mới", [[3]], true), before: "B" },
      plainSheet("Cuối", [[4]], true),
    ]);
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(["A", "Mới", "B", "Cuối"]);
  });

  it("leaves the previous generated sheets in place when writing fails midway", async () => {
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets([plainSheet("Tổng", [["cũ"]], true), plainSheet("Đề nghị", [["cũ"]], true)]);
    const broken: SheetWrite = { ...plainSheet("Đề nghị", [["mới"]], true), merges: ["not a range"] };
    await expect(wb.writeSheets([plainSheet("Tổng", [["mới"]], true), broken])).rejects.toMatchObject({
      code: "WRITE_BAD_RANGE",
    });
    const reopened = await reopen(wb);
    expect((await reopened.listSheets()).map((s) => s.name)).toEqual(["Tổng", "Đề nghị"]);
    for (const s of await reopened.readSheets(["Tổng", "Đề nghị"])) expect(s.values).toEqual([["cũ"]]);
  });

  it("writes data validation with each row's own maximum and a Vietnamese message", async () => {
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets([
      {
        ...plainSheet("Điểm", [
          [null, 5],
          [null, 2.5],
        ]),
        validations: [
          {
            range: "A1:A2",
            kind: "decimal",
            min: 0,
            maxFormula: "=$B1",
            errorMessage: "Điểm từ 0 đến tối đa.",
          },
          { range: "C1:C2", kind: "list", list: ["Có", "Không"], errorMessage: "Chọn Có hoặc Không." },
        ],
      },
    ]);
    const xml = await sheetXml(wb, "Điểm");
    expect(xml).toMatch(
      /type="decimal"[^>]*error="Điểm từ 0 đến tối đa."[^>]*sqref="A1:A2"><formula1>0<\/formula1><formula2>\$B1<\/formula2>/,
    );
    expect(xml).toContain("<formula1>&quot;Có,Không&quot;</formula1>");
  });

  it("keeps data validation through opening and saving, formula bounds included (exceljs reads them as NaN)", async () => {
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets([
      {
        ...plainSheet("Điểm", [
          [null, 5],
          [null, 2.5],
          [null, 1],
        ]),
        validations: [
          {
            range: "A1:A3",
            kind: "decimal",
            min: 0,
            maxFormula: "=$B1",
            errorMessage: "Điểm từ 0 đến tối đa.",
          },
          { range: "C1:C3", kind: "decimal", min: 0, max: 10, errorMessage: "Từ 0 đến 10." },
        ],
      },
    ]);
    const again = await reopen(await reopen(wb));
    const xml = await sheetXml(again, "Điểm");
    expect(xml).not.toContain("NaN");
    expect(xml).toMatch(/sqref="A1:A3"><formula1>0<\/formula1><formula2>\$B1<\/formula2>/);
    expect(xml).toMatch(/sqref="C1:C3"><formula1>0<\/formula1><formula2>10<\/formula2>/);
    expect(xml.match(/<dataValidation /g)).toHaveLength(2);
  });

  it("sets up A4 printing with margins in millimetres, title rows and page numbers after the first page", async () => {
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets([
      {
        ...plainSheet("In", [["x"]]),
        pageSetup: {
          orientation: "portrait",
          paper: "A4",
          fitToWidth: true,
          margins: { top: 20, bottom: 20, left: 30, right: 15 },
          printArea: "A1:F30",
          printTitleRows: "5:6",
          pageNumbers: true,
        },
      },
    ]);
    const xml = await sheetXml(wb, "In");
    expect(xml).toContain('left="1.181"');
    expect(xml).toMatch(/paperSize="9"/);
    expect(xml).toMatch(/fitToHeight="0"/);
    expect(xml).toContain('differentFirst="1"');
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toContain("_xlnm.Print_Titles");
    expect(workbookXml).toContain("_xlnm.Print_Area");
  });
});
