import JSZip from "jszip";
import { checkXlsxBytes, DEFAULT_XLSX_LIMITS } from "../../../src/adapters/xlsx/guard";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import { WorkbookError } from "../../../src/workbook/errors";
import { refusalOf } from "../../support/say";

async function realXlsx(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.empty();
  await wb.writeSheets([
    { name: "Trang 1", generated: false, blocks: [{ at: "A1", cells: [["xin chào", 1]] }] },
  ]);
  return wb.toBuffer();
}

function codeOf(run: () => void): string {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkbookError) return error.code;
    throw error;
  }
  return "accepted";
}

function utf16(text: string): number[] {
  return [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe("checking a file before opening it", () => {
  it("refuses an empty file", () => {
    expect(codeOf(() => checkXlsxBytes(new Uint8Array(0)))).toBe("XLSX_EMPTY");
  });

  it("accepts a whole workbook", async () => {
    const bytes = await realXlsx();
    expect(codeOf(() => checkXlsxBytes(bytes))).toBe("accepted");
  });

  it("tells a CSV (whatever its name) from a PDF or a web page, which are not spreadsheets", () => {
    expect(codeOf(() => checkXlsxBytes(new TextEncoder().encode("Mã;Tên\nDV01;Sở Y tế")))).toBe(
      "XLSX_OTHER_FORMAT",
    );
    expect(codeOf(() => checkXlsxBytes(new TextEncoder().encode("%PDF-1.7")))).toBe("XLSX_NOT_XLSX");
    expect(codeOf(() => checkXlsxBytes(new TextEncoder().encode("<html><table></table></html>")))).toBe(
      "XLSX_NOT_XLSX",
    );
  });

  it("tells a password-protected workbook from an old .xls (both are compound files)", () => {
    const encrypted = new Uint8Array([...CFB, ...new Array(100).fill(0), ...utf16("EncryptionInfo"), 0, 0]);
    const legacy = new Uint8Array([...CFB, ...new Array(100).fill(0), ...utf16("Workbook"), 0, 0]);
    expect(codeOf(() => checkXlsxBytes(encrypted))).toBe("XLSX_ENCRYPTED");
    expect(codeOf(() => checkXlsxBytes(legacy))).toBe("XLSX_LEGACY_XLS");
  });

  it("refuses a zip that is not a workbook (a Word file, say)", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", "<w:document/>");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(XlsxWorkbook.fromBuffer(bytes)).rejects.toMatchObject({ code: "XLSX_NOT_WORKBOOK" });
  });

  it("refuses a file cut short, wherever the cut is", async () => {
    const bytes = await realXlsx();
    for (const keep of [0.3, 0.6, 0.95]) {
      expect(codeOf(() => checkXlsxBytes(bytes.slice(0, Math.floor(bytes.length * keep))))).toBe(
        "XLSX_TRUNCATED",
      );
    }
  });

  it("refuses from the declared sizes, before inflating, a zip that would inflate past the limit", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/workbook.xml", "<workbook/>");
    zip.file("xl/worksheets/sheet1.xml", "0".repeat(2_000_000));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bytes.length).toBeLessThan(100_000);
    const limits = { ...DEFAULT_XLSX_LIMITS, maxUncompressedBytes: 1_000_000 };
    expect(codeOf(() => checkXlsxBytes(bytes, limits))).toBe("XLSX_TOO_LARGE");
    expect(codeOf(() => checkXlsxBytes(bytes))).toBe("accepted");
  });

  it("gives each refusal a code the user's language words", async () => {
    expect(await refusalOf(XlsxWorkbook.fromBuffer(new TextEncoder().encode("hello")))).toBe(
      "Tệp không phải là bảng tính Excel (.xlsx).",
    );
    const encrypted = new Uint8Array([...CFB, ...utf16("EncryptedPackage")]);
    expect(await refusalOf(XlsxWorkbook.fromBuffer(encrypted))).toMatch(/mật khẩu/);
  });

  it("refuses a workbook whose parts are corrupt even though the zip is whole", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/workbook.xml", "this is not xml <<<");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(XlsxWorkbook.fromBuffer(bytes)).rejects.toMatchObject({ code: "XLSX_UNREADABLE" });
  });
});
