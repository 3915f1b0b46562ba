/**
 * The .xlsx package layer read against the dialects of other producers and against hostile parts.
 * Each package is written here part by part (fflate's zip), as the producer named writes it:
 * ECMA-376 Part 1 §18 (SpreadsheetML) and Part 2 (OPC: part names, relationships) allow all of it.
 */
import { createHash } from "node:crypto";
import { strToU8, unzipSync, zipSync } from "fflate";
import { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "../../../src/adapters/xlsx/guard";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

interface Options {
  readonly workbookPart?: string;
  readonly workbookExtra?: string;
  readonly relsPrefix?: boolean;
  readonly sharedStrings?: string;
  readonly styles?: string;
  readonly extra?: Record<string, Uint8Array>;
}

/** A package with one sheet «S» whose worksheet part is `sheet`. */
function pkg(sheet: string | Uint8Array, o: Options = {}): Uint8Array {
  const wbPart = o.workbookPart ?? "xl/workbook.xml";
  const dir = wbPart.slice(0, wbPart.lastIndexOf("/"));
  const file = wbPart.slice(wbPart.lastIndexOf("/") + 1);
  const p = o.relsPrefix ? "pr:" : "";
  const rels = (items: string): string =>
    `<?xml version="1.0"?><${p}Relationships xmlns${o.relsPrefix ? ":pr" : ""}="${PKG}">${items}</${p}Relationships>`;
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/${wbPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      rels(`<${p}Relationship Id="rId1" Type="${REL}/officeDocument" Target="/${wbPart}"/>`),
    ),
    [wbPart]: strToU8(
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${o.workbookExtra ?? ""}<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    [`${dir}/_rels/${file}.rels`]: strToU8(
      rels(
        `<${p}Relationship Id="rId1" Type="${REL}/worksheet" Target="sheets/one.xml"/>` +
          (o.sharedStrings
            ? `<${p}Relationship Id="rId2" Type="${REL}/sharedStrings" Target="/${dir}/strings.xml"/>`
            : "") +
          (o.styles ? `<${p}Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>` : ""),
      ),
    ),
    [`${dir}/sheets/one.xml`]: typeof sheet === "string" ? strToU8(sheet) : sheet,
    ...(o.sharedStrings ? { [`${dir}/strings.xml`]: strToU8(o.sharedStrings) } : {}),
    ...(o.styles ? { [`${dir}/styles.xml`]: strToU8(o.styles) } : {}),
    ...(o.extra ?? {}),
  };
  return zipSync(files);
}

const ws = (body: string, prefix = ""): string =>
  `<?xml version="1.0"?><${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ""}="${MAIN}" xmlns:r="${REL}">${body}</${prefix}worksheet>`;

async function read(bytes: Uint8Array, options = {}, limits?: XlsxLimits) {
  const wb = await XlsxWorkbook.fromBuffer(bytes, limits);
  const [sheet] = await wb.readSheets(["S"], options);
  return { wb, sheet: sheet! };
}

describe("reading every producer's dialect", () => {
  it("reads inline strings, rich text, booleans, errors, cells and rows without references, and no dimension", async () => {
    const { sheet } = await read(
      pkg(
        ws(
          '<sheetData><row><c t="inlineStr"><is><t>một</t></is></c><c t="inlineStr"><is><r><rPr><b/></rPr><t>hai </t></r><r><t>ba</t></r></is></c></row>' +
            '<row><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c><v>2.5</v></c></row></sheetData>',
        ),
      ),
    );
    expect(sheet.values).toEqual([
      ["một", "hai ba"],
      [true, { error: "#N/A" }, 2.5],
    ]);
  });

  it("reads shared strings with runs and phonetic guides, lower-case references and a namespace prefix", async () => {
    const { sheet } = await read(
      pkg(ws('<x:sheetData><x:row r="2"><x:c r="b2" t="s"><x:v>1</x:v></x:c></x:row></x:sheetData>', "x:"), {
        sharedStrings: `<sst xmlns="${MAIN}"><si><t>không</t></si><si><r><t>Đơn </t></r><r><t>vị</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si></sst>`,
      }),
    );
    expect(sheet.values).toEqual([[], [null, "Đơn vị"]]);
  });

  it("reads a cell's reference, type and style written with a prefix, the plain name winning over a prefixed one", async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><name val="Arial"/></font></fonts><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0"/></cellXfs></styleSheet>`;
    const { sheet } = await read(
      pkg(
        ws(
          '<x:sheetData><x:row x:r="1"><x:c x:r="C1" x:t="inlineStr"><x:is><x:t xml:space="preserve">ba</x:t></x:is></x:c>' +
            '<x:c x:r="Z9" r="D1" x:t="b" t="n"><x:v>1</x:v></x:c><x:c x:r="E1" x:s="1"><x:v>45566</x:v></x:c>' +
            '<x:c xmlns:q="urn:q" q:r="F1" y:r="G1" xmlns:y="urn:y"><x:v>7</x:v></x:c></x:row></x:sheetData>',
          "x:",
        ),
        { styles },
      ),
    );
    expect(sheet.values).toEqual([[null, null, "ba", 1, { year: 2024, month: 10, day: 1 }, 7]]);
  });

  it("gives each cell of a shared formula its own formula, shifted from the first", async () => {
    const { sheet } = await read(
      pkg(
        ws(
          '<sheetData><row r="1"><c r="C1"><f t="shared" ref="C1:C3" si="0">A1+$B$1</f><v>3</v></c></row>' +
            '<row r="2"><c r="C2"><f t="shared" si="0"/><v>4</v></c></row><row r="3"><c r="C3"><f t="shared" si="0"/><v>5</v></c></row></sheetData>',
        ),
      ),
      { formulas: true },
    );
    expect(sheet.formulas?.map((r) => r[2])).toEqual(["=A1+$B$1", "=A2+$B$1", "=A3+$B$1"]);
    expect(sheet.values.map((r) => r[2])).toEqual([3, 4, 5]);
  });

  it("reads dates in the 1904 system and ISO dates, by the cell's number format", async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><name val="Arial"/></font></fonts><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0"/></cellXfs></styleSheet>`;
    const body =
      '<sheetData><row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" t="d"><v>2024-10-01T00:00:00</v></c><c r="C1"><v>7</v></c></row></sheetData>';
    const in1904 = await read(pkg(ws(body), { styles, workbookExtra: '<workbookPr date1904="1"/>' }));
    expect(in1904.sheet.values[0]).toEqual([
      { year: 1904, month: 1, day: 1 },
      { year: 2024, month: 10, day: 1 },
      7,
    ]);
    const in1900 = await read(pkg(ws(body.replace("<v>0</v>", "<v>45566</v>")), { styles }));
    expect(in1900.sheet.values[0]?.[0]).toEqual({ year: 2024, month: 10, day: 1 });
  });

  it("finds a workbook part that is not at xl/workbook.xml, through relationships with a prefix", async () => {
    const { sheet } = await read(
      pkg(ws('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'), {
        workbookPart: "book/main.xml",
        relsPrefix: true,
      }),
    );
    expect(sheet.values).toEqual([[1]]);
  });

  it("reads a UTF-16 worksheet part", async () => {
    const xml = ws(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Cụm</t></is></c></row></sheetData>',
    ).replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(xml, "utf16le")]);
    const { sheet } = await read(pkg(utf16));
    expect(sheet.values).toEqual([["Cụm"]]);
  });

  it("passes over x14 and mc extensions it does not read", async () => {
    const { sheet } = await read(
      pkg(
        ws(
          '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x14"><x14:thing xmlns:x14="urn:x14"/></mc:Choice></mc:AlternateContent>' +
            '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"><x14:conditionalFormattings xmlns:x14="urn:x14"/></ext></extLst>',
        ),
      ),
    );
    expect(sheet.values).toEqual([[1]]);
  });
});

describe("hostile parts", () => {
  it("refuses a document type declaration before any entity is expanded", async () => {
    const bytes = pkg(
      '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' +
        `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>`,
    );
    const wb = await XlsxWorkbook.fromBuffer(bytes);
    await expect(wb.readSheets(["S"])).rejects.toMatchObject({
      code: "XLSX_UNREADABLE",
      packageFault: { kind: "doctype" },
      fault: { params: { doctype: true } },
    });
  });

  it("calls a part that inflates past its declared size corrupt, not large", async () => {
    const bytes = pkg(ws(`<sheetData>${'<row r="1"/>'.repeat(2000)}</sheetData>`));
    // Lower the declared size in the central directory and the local header of the sheet's entry.
    const view = Buffer.from(bytes);
    const name = Buffer.from("xl/sheets/one.xml");
    for (let at = view.indexOf(name); at >= 0; at = view.indexOf(name, at + 1)) {
      if (view.readUInt32LE(at - 46) === 0x02014b50) view.writeUInt32LE(100, at - 46 + 24);
      if (view.readUInt32LE(at - 30) === 0x04034b50) view.writeUInt32LE(100, at - 30 + 22);
    }
    const wb = await XlsxWorkbook.fromBuffer(new Uint8Array(view));
    await expect(wb.readSheets(["S"])).rejects.toMatchObject({ code: "XLSX_UNREADABLE" });
    expect(wb.work.inflatedBytes).toBeLessThanOrEqual(100 + 65536);
  });

  const limits = (more: Partial<XlsxLimits>): XlsxLimits => ({ ...DEFAULT_XLSX_LIMITS, ...more });

  it("stops at each limit of what it walks: rows, cells, merged ranges, cells laid out", async () => {
    const rows = pkg(ws(`<sheetData>${"<row/>".repeat(11)}</sheetData>`));
    await expect(read(rows, {}, limits({ maxRows: 10 }))).rejects.toMatchObject({
      code: "XLSX_TOO_MANY_ROWS",
    });
    await expect(read(rows, {}, limits({ maxRows: 11 }))).resolves.toBeDefined();
    const cells = pkg(ws(`<sheetData><row r="1">${"<c><v>1</v></c>".repeat(11)}</row></sheetData>`));
    await expect(read(cells, {}, limits({ maxCells: 10 }))).rejects.toMatchObject({
      code: "XLSX_TOO_MANY_CELLS",
    });
    const merges = pkg(ws(`<sheetData/><mergeCells>${'<mergeCell ref="A1:B1"/>'.repeat(11)}</mergeCells>`));
    await expect(read(merges, {}, limits({ maxMerges: 10 }))).rejects.toMatchObject({
      code: "XLSX_TOO_MANY_MERGES",
    });
    const far = pkg(ws('<sheetData><row r="1"><c r="XFD1"><v>1</v></c></row></sheetData>'));
    await expect(read(far, {}, limits({ maxGridCells: 1000 }))).rejects.toMatchObject({
      code: "XLSX_TOO_MANY_CELLS",
    });
  });

  it("reads a validation over the whole sheet and 100,000 merges in work linear in the part's size", async () => {
    const whole = ws(
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
        '<dataValidations count="2"><dataValidation type="decimal" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation>' +
        '<dataValidation type="decimal" sqref="E:E F1:F1048576"><formula1>0</formula1></dataValidation></dataValidations>',
    );
    const one = await read(pkg(whole));
    expect(one.sheet.values).toEqual([[1]]);
    // The bytes inflated are the parts read, whatever area the validations cover.
    const parts = unzipSync(pkg(whole));
    const readParts = [
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/sheets/one.xml",
    ];
    expect(one.wb.work.inflatedBytes).toBe(readParts.reduce((n, p) => n + (parts[p]?.length ?? 0), 0));

    const mergeXml = (n: number): string =>
      ws(
        `<sheetData/><mergeCells count="${n}">${Array.from({ length: n }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`).join("")}</mergeCells>`,
      );
    const small = await read(pkg(mergeXml(10_000)));
    const large = await read(pkg(mergeXml(100_000)));
    expect(large.sheet.merges).toHaveLength(100_000);
    expect(large.sheet.merges[99_999]).toBe("A100000:B100000");
    // Ten times the merges, about ten times the bytes, and nothing else grows.
    const ratio = (large.wb.work.inflatedBytes - small.wb.work.inflatedBytes) / small.wb.work.inflatedBytes;
    expect(ratio).toBeLessThan(11);
    expect(large.wb.work.partsParsed).toBe(small.wb.work.partsParsed);
  });
});

describe("reading a part once", () => {
  it("reads an unchanged sheet again without inflating or parsing it, and a written one afresh", async () => {
    const bytes = pkg(ws('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'));
    const wb = await XlsxWorkbook.fromBuffer(bytes);
    const [first] = await wb.readSheets(["S"]);
    const work = { ...wb.work };
    const [again] = await wb.readSheets(["S"]);
    expect(wb.work).toEqual(work);
    expect(again?.values).toEqual(first?.values);
    // Formulas were not read the first time: asking for them reads the part.
    await wb.readSheets(["S"], { formulas: true });
    expect(wb.work.partsParsed).toBe(work.partsParsed + 1);
    await wb.updateCells([{ sheet: "S", at: "A1", cells: [[2]] }]);
    const [written] = await wb.readSheets(["S"]);
    expect(written?.values).toEqual([[2]]);
    expect(wb.work.partsParsed).toBe(work.partsParsed + 2);
  });
});

describe("writing patches the package", () => {
  const sha = (b: Uint8Array): string => createHash("sha256").update(b).digest("hex");

  it("copies every entry it does not own byte for byte, an image and a macro project included", async () => {
    const image = new Uint8Array(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251));
    const vba = new Uint8Array(Array.from({ length: 2000 }, (_, i) => (i * 104729) % 256));
    const bytes = pkg(ws('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'), {
      extra: {
        "xl/media/image1.png": image,
        "xl/vbaProject.bin": vba,
        "customXml/item1.xml": strToU8("<a/>"),
      },
    });
    const wb = await XlsxWorkbook.fromBuffer(bytes);
    await wb.writeSheets([{ name: "Mới", generated: true, blocks: [{ at: "A1", cells: [["x", 2]] }] }]);
    await wb.updateCells([{ sheet: "S", at: "B1", cells: [["chữ"]] }]);
    const out = unzipSync(await wb.toBuffer());
    const before = unzipSync(bytes);
    for (const name of ["xl/media/image1.png", "xl/vbaProject.bin", "customXml/item1.xml", "_rels/.rels"])
      expect([name, sha(out[name]!)]).toEqual([name, sha(before[name]!)]);
    const [s] = await (await XlsxWorkbook.fromBuffer(await wb.toBuffer())).readSheets(["S", "Mới"]);
    expect(s?.values).toEqual([[1, "chữ"]]);
  });

  it("writes nothing new when nothing changed: every entry comes out as it went in", async () => {
    const bytes = pkg(ws('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'));
    const wb = await XlsxWorkbook.fromBuffer(bytes);
    await wb.readSheets(["S"]);
    const before = unzipSync(bytes);
    const after = unzipSync(await wb.toBuffer());
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) expect(sha(after[name]!)).toBe(sha(before[name]!));
  });
});
