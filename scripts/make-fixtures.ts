/**
 * Generates the hostile-input fixtures — generated, do not edit; change this script and run it again:
 *
 *   npx tsx scripts/make-fixtures.ts
 *
 * test/fixtures/bad/    workbooks the product must refuse: a clear Vietnamese message naming the
 *                       sheet and cell where there is one, a non-zero exit, no output, the input unchanged;
 * test/fixtures/tricky/ workbooks it must accept and get right: formula-like names written back as
 *                       text, numbers typed as text, NFD and legacy-encoded names, hidden and blank rows,
 *                       very long names, a file saved by LibreOffice …
 *
 * Each <name>.xlsx has <name>.expected.json beside it (see `Expected`). Every file but the
 * LibreOffice one is byte-for-byte the same on every run (fixed dates, fixed zip timestamps), and
 * test/hostile/regenerate.test.ts checks the committed files against a fresh run. The LibreOffice one
 * needs `soffice` (Debian's libreoffice-calc-nogui): without it the script fails rather than skip it.
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { XlsxWorkbook } from "../src/adapters/xlsx/xlsx-workbook";
import { sampleUnits } from "../src/cli/main";
import { numberFromPoints } from "../src/core/decimal";
import { FILE_LIMITS, WORKBOOK_LIMITS } from "../src/workbook/limits";
import { SHEET } from "../src/workbook/sheet-names";
import { createClusterWorkbook, validateWorkbook } from "../src/workbook/usecases";
import { encodeTcvn3, encodeVni } from "../test/core/text/legacy-encoder";

const root = path.resolve(__dirname, "..");
export const FIXTURE_DIRS = {
  bad: path.join(root, "test", "fixtures", "bad"),
  tricky: path.join(root, "test", "fixtures", "tricky"),
} as const;

/** Fixed dates: in the documents' properties and in every zip entry's header. */
const FIXED_DATE = new Date(Date.UTC(2023, 0, 5, 9, 30));

/** A unit's figures as `thidua kiem-tra --json` prints them. */
export interface ExpectedUnit {
  readonly code: string;
  readonly name: string;
  readonly total: number;
  readonly rank: number;
  readonly award: "leading" | "excellent" | null;
}

/** What a fixture must give; the tests in test/hostile read it. */
export interface Expected {
  /** What the file is, in a line. */
  readonly about: string;
  readonly accepted: boolean;
  /** Exit codes of `thidua kiem-tra` and `thidua tong-hop`. */
  readonly exit: { readonly kiemTra: number; readonly tongHop: number };
  /** Refused: the code of the refusal (file) or of the problems (workbook) that must be among them. */
  readonly codes?: readonly string[];
  /** Refused: a fragment of the Vietnamese message the user sees. */
  readonly message?: string;
  /** Refused: where the problem is. */
  readonly at?: { readonly sheet: string; readonly cell: string };
  /** Accepted: warning codes that must be among the problems (no errors are allowed). */
  readonly warnings?: readonly string[];
  /** Accepted: units that must come out with these figures (others may follow). */
  readonly units?: readonly ExpectedUnit[];
  /** Accepted: texts that must be in these output sheets as plain text cells, never formulas. */
  readonly textCells?: readonly { readonly sheet: string; readonly text: string }[];
  /** Accepted: the sheet `tong-hop` writes the summary to, when not the usual one. */
  readonly summarySheet?: string;
  /** Accepted: the file was written by this program (docProps/app.xml). */
  readonly application?: string;
}

export interface Fixture {
  readonly folder: "bad" | "tricky";
  readonly name: string;
  readonly expected: Expected;
  /** True when the bytes differ from run to run (LibreOffice stamps its own dates). */
  readonly unstable?: boolean;
  readonly bytes: () => Promise<Uint8Array>;
}

// ── Zip and compound-file bytes ─────────────────────────────────────────────

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** DOS time and date of FIXED_DATE. */
const DOS_TIME = (9 << 11) | (30 << 5);
const DOS_DATE = ((2023 - 1980) << 9) | (1 << 5) | 5;

interface CraftedEntry {
  readonly name: string;
  readonly data: Uint8Array | string;
  /** Deflate (default) or store. */
  readonly store?: boolean;
  /** The uncompressed size the headers claim, when it is a lie. */
  readonly declaredSize?: number;
}

/** A zip written byte by byte, so a fixture can declare sizes that are not true. */
function craftZip(entries: readonly CraftedEntry[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = typeof entry.data === "string" ? Buffer.from(entry.data, "utf8") : Buffer.from(entry.data);
    const body = entry.store ? raw : deflateRawSync(raw, { level: 9 });
    const name = Buffer.from(entry.name, "utf8");
    const size = entry.declaredSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(entry.store ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(0x0800, 8);
    head.writeUInt16LE(entry.store ? 0 : 8, 10);
    head.writeUInt16LE(DOS_TIME, 12);
    head.writeUInt16LE(DOS_DATE, 14);
    head.writeUInt32LE(crc32(raw), 16);
    head.writeUInt32LE(body.length, 20);
    head.writeUInt32LE(size, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(head, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, directory, end]));
}

/** Sets every zip entry's timestamp to FIXED_DATE, so exceljs's output is the same on every run. */
function stableZip(bytes: Uint8Array): Uint8Array {
  const out = Buffer.from(bytes);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && i + 14 <= out.length) {
      out.writeUInt16LE(DOS_TIME, i + 10);
      out.writeUInt16LE(DOS_DATE, i + 12);
    } else if (sig === 0x02014b50 && i + 16 <= out.length) {
      out.writeUInt16LE(DOS_TIME, i + 12);
      out.writeUInt16LE(DOS_DATE, i + 14);
    }
  }
  return new Uint8Array(out);
}

/** A compound file (OLE/CFB, version 3) with empty streams of these names under the root. */
function compoundFile(streams: readonly string[]): Uint8Array {
  const SECTOR = 512;
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const NONE = 0xffffffff;
  const header = Buffer.alloc(SECTOR, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // the directory starts at sector 1
  header.writeUInt32LE(0x1000, 56);
  header.writeUInt32LE(END, 60);
  header.writeUInt32LE(END, 68);
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREE, 76 + i * 4);
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0 holds the FAT
  fat.writeUInt32LE(END, 4); // the directory is one sector
  const names = ["Root Entry", ...streams];
  const directory = Buffer.alloc(SECTOR * Math.ceil((names.length * 128) / SECTOR), 0);
  names.forEach((name, i) => {
    const at = i * 128;
    const utf16 = Buffer.from(`${name}\u0000`, "utf16le");
    utf16.copy(directory, at);
    directory.writeUInt16LE(utf16.length, at + 64);
    directory.writeUInt8(i === 0 ? 5 : 2, at + 66); // root storage, then streams
    directory.writeUInt8(1, at + 67); // black
    directory.writeUInt32LE(NONE, at + 68);
    // Streams hang off the root as a chain of right siblings.
    directory.writeUInt32LE(i > 0 && i < names.length - 1 ? i + 1 : NONE, at + 72);
    directory.writeUInt32LE(i === 0 && names.length > 1 ? 1 : NONE, at + 76);
    directory.writeUInt32LE(END, at + 116);
  });
  return new Uint8Array(Buffer.concat([header, fat, directory]));
}

// ── Workbooks ─────────────────────────────────────────────────────────────────

const UNITS = 6;

/** The workbook every fixture starts from: the Kon Tum preset, six units, seeded sample scores. */
async function baseXlsx(): Promise<XlsxWorkbook> {
  const workbook = XlsxWorkbook.empty();
  await createClusterWorkbook(workbook, {
    presetId: "kon-tum",
    year: 2022,
    units: sampleUnits("kon-tum", UNITS, true),
    sampleScores: true,
    seed: 1,
  });
  workbook.setProperties({ created: FIXED_DATE, modified: FIXED_DATE });
  return workbook;
}

let baseCache: Promise<Uint8Array> | null = null;

async function base(): Promise<Uint8Array> {
  baseCache ??= baseXlsx().then(async (wb) => stableZip(await wb.toBuffer()));
  return baseCache;
}

/** The base edited with exceljs, as a user in Excel would, then saved with fixed dates. */
async function edited(edit: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await base()) as unknown as ExcelJS.Buffer);
  edit(wb);
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return stableZip(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/**
 * The base with one sheet's XML edited as text: for what a spreadsheet program writes in a few bytes
 * but no library here writes that way (a validation over a whole sheet, 100,000 merges).
 */
async function withSheetXml(sheetName: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const files = unzipSync(await base());
  const workbook = strFromU8(files["xl/workbook.xml"]!);
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]!);
  const id = new RegExp(
    `<sheet name="${sheetName}" sheetId="\\d+"(?: state="\\w+")? r:id="(\\w+)"`,
    "u",
  ).exec(workbook)?.[1];
  const target = new RegExp(`Id="${id}" Type="[^"]*" Target="([^"]+)"`, "u").exec(rels)?.[1];
  if (!id || !target) throw new Error(`no sheet ${sheetName} in the base`);
  const part = `xl/${target}`;
  files[part] = strToU8(edit(strFromU8(files[part]!)));
  return stableZip(zipSync(files, { level: 6, mtime: FIXED_DATE }));
}

/** Replaces a sheet's data validations with `rules` (placed where the schema puts them). */
function replaceValidations(xml: string, rules: string): string {
  const without = xml.replace(/<dataValidations\b[\s\S]*?<\/dataValidations>/u, "");
  const count = (rules.match(/<dataValidation\b/gu) ?? []).length;
  return without.replace(
    /(<pageMargins\b|<\/worksheet>)/u,
    `<dataValidations count="${count}">${rules}</dataValidations>$1`,
  );
}

/** A workbook made from nothing with exceljs. */
async function fresh(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return stableZip(new Uint8Array(await wb.xlsx.writeBuffer()));
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`the base workbook has no sheet ${name}`);
  return ws;
}

/** Sets a cell's value, and its font where given (a fresh style: exceljs shares them between cells). */
function put(ws: ExcelJS.Worksheet, address: string, value: ExcelJS.CellValue, font?: string): void {
  ws.getCell(address).value = value;
  if (font !== undefined)
    ws.getCell(address).style = { ...ws.getCell(address).style, font: { name: font, size: 13 } };
}

/** A date in a cell, shown as one (the format on this cell only: exceljs shares styles between cells). */
function putDate(ws: ExcelJS.Worksheet, address: string, date: Date): void {
  ws.getCell(address).value = date;
  ws.getCell(address).style = { ...ws.getCell(address).style, numFmt: "dd/mm/yyyy" };
}

/** Every numeric score cell (Tự chấm E, Thẩm định F) of a unit sheet, from row 4. */
function scoreCells(ws: ExcelJS.Worksheet): { address: string; value: number }[] {
  const cells: { address: string; value: number }[] = [];
  ws.eachRow((row, r) => {
    if (r < 4) return;
    for (const col of ["E", "F"]) {
      const value = row.getCell(col).value;
      if (typeof value === "number") cells.push({ address: `${col}${r}`, value });
    }
  });
  return cells;
}

/** The base's figures, as `kiem-tra --json` prints them: what an accepted twin must give too. */
async function baseFigures(): Promise<ExpectedUnit[]> {
  const { summary } = await validateWorkbook(await XlsxWorkbook.fromBuffer(await base()));
  if (!summary || summary.problems.some((p) => p.severity === "error")) {
    throw new Error("the base workbook must validate without errors");
  }
  return summary.clusters.flatMap((c) =>
    c.units.map((u) => ({
      code: u.code,
      name: u.name,
      total: numberFromPoints(u.total),
      rank: u.rank,
      award: u.award,
    })),
  );
}

function renamed(units: readonly ExpectedUnit[], names: Readonly<Record<string, string>>): ExpectedUnit[] {
  return units.map((u) => ({ ...u, name: names[u.code] ?? u.name }));
}

const UNIT_ROW: Readonly<Record<string, number>> = { DV01: 4, DV02: 5, DV03: 6, DV04: 7, DV05: 8, DV06: 9 };
const CLUSTER_NAME = "Cụm LĐLĐ huyện, thành phố số 1";

// ── Refused ─────────────────────────────────────────────────────────────────

const fileRefusal = (about: string, code: string, message: string): Expected => ({
  about,
  accepted: false,
  exit: { kiemTra: 2, tongHop: 2 },
  codes: [code],
  message,
});

const workbookRefusal = (
  about: string,
  codes: readonly string[],
  message: string,
  at?: { sheet: string; cell: string },
): Expected => ({
  about,
  accepted: false,
  exit: { kiemTra: 1, tongHop: 1 },
  codes,
  message,
  ...(at ? { at } : {}),
});

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';
const WORKBOOK_XML =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<sheets><sheet name="Trang 1" sheetId="1"/></sheets></workbook>';
/**
 * A whole package (content types, relationships, workbook) around one sheet named «Cấu hình», the
 * first sheet every command reads: the sheet's XML is parsed, so its limits and lies are met.
 */
function craftedPackage(sheet: Omit<CraftedEntry, "name">, workbookXml = CRAFTED_WORKBOOK): CraftedEntry[] {
  return [
    { name: "[Content_Types].xml", data: CRAFTED_TYPES },
    { name: "_rels/.rels", data: CRAFTED_ROOT_RELS },
    { name: "xl/workbook.xml", data: workbookXml },
    { name: "xl/_rels/workbook.xml.rels", data: CRAFTED_WORKBOOK_RELS },
    { name: "xl/worksheets/sheet1.xml", ...sheet },
  ];
}
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CRAFTED_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const CRAFTED_ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const CRAFTED_WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
const craftedWorkbookXml = (sheets: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
  `<sheets>${sheets}</sheets></workbook>`;
const CRAFTED_WORKBOOK = craftedWorkbookXml('<sheet name="Cấu hình" sheetId="1" r:id="rId1"/>');
const worksheetXml = (rows: string): string =>
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `<sheetData>${rows}</sheetData></worksheet>`;

function badFixtures(): Fixture[] {
  const bad = (name: string, expected: Expected, bytes: () => Promise<Uint8Array>): Fixture => ({
    folder: "bad",
    name,
    expected,
    bytes,
  });
  const text = (s: string) => (): Promise<Uint8Array> =>
    Promise.resolve(new Uint8Array(Buffer.from(s, "utf8")));
  return [
    // The file itself
    bad("tep-rong", fileRefusal("An empty file.", "XLSX_EMPTY", "Tệp rỗng"), () =>
      Promise.resolve(new Uint8Array(0)),
    ),
    bad(
      "csv-doi-duoi",
      fileRefusal(
        "A CSV export renamed to .xlsx: told it is CSV and how to save it as .xlsx.",
        "XLSX_OTHER_FORMAT",
        "văn bản CSV (.csv), không phải .xlsx. Hãy mở bằng Excel hoặc LibreOffice và lưu thành .xlsx",
      ),
      text("Mã,Tên đơn vị,Tự chấm\nDV01,Công đoàn Sở Y tế,85\n"),
    ),
    bad(
      "ods-doi-duoi",
      fileRefusal(
        "An OpenDocument spreadsheet (LibreOffice's own format) renamed to .xlsx.",
        "XLSX_OTHER_FORMAT",
        "OpenDocument (.ods), không phải .xlsx. Hãy mở bằng Excel hoặc LibreOffice và lưu thành .xlsx",
      ),
      () =>
        Promise.resolve(
          craftZip([
            { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", store: true },
            { name: "content.xml", data: "<office:document-content/>" },
            { name: "META-INF/manifest.xml", data: "<manifest:manifest/>" },
          ]),
        ),
    ),
    bad(
      "xlsb-doi-duoi",
      fileRefusal(
        "An Excel binary workbook (.xlsb) renamed to .xlsx: a zip whose workbook part is binary.",
        "XLSX_OTHER_FORMAT",
        "Excel nhị phân (.xlsb), không phải .xlsx. Hãy mở bằng Excel hoặc LibreOffice và lưu thành .xlsx",
      ),
      () =>
        Promise.resolve(
          craftZip([
            { name: "[Content_Types].xml", data: CONTENT_TYPES },
            { name: "xl/workbook.bin", data: new Uint8Array([0x83, 0x01, 0x00]) },
          ]),
        ),
    ),
    bad(
      "numbers-doi-duoi",
      fileRefusal(
        "An Apple Numbers document renamed to .xlsx.",
        "XLSX_OTHER_FORMAT",
        "Apple Numbers (.numbers), không phải .xlsx. Hãy mở bằng Excel hoặc LibreOffice và lưu thành .xlsx",
      ),
      () =>
        Promise.resolve(
          craftZip([
            { name: "Index/Document.iwa", data: new Uint8Array([0, 1, 2, 3]) },
            { name: "Metadata/Properties.plist", data: "<plist/>" },
          ]),
        ),
    ),
    bad(
      "html-doi-duoi",
      fileRefusal(
        "An HTML table a web application exports as «Excel».",
        "XLSX_NOT_XLSX",
        "không phải là bảng tính Excel (.xlsx)",
      ),
      text("<html><body><table><tr><td>DV01</td><td>85</td></tr></table></body></html>"),
    ),
    bad(
      "pdf-doi-duoi",
      fileRefusal("A PDF renamed to .xlsx.", "XLSX_NOT_XLSX", "không phải là bảng tính Excel (.xlsx)"),
      text("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"),
    ),
    bad(
      "zip-van-ban-word",
      fileRefusal(
        "A zip holding a Word document, not a workbook.",
        "XLSX_NOT_WORKBOOK",
        "không phải là sổ làm việc Excel",
      ),
      () =>
        Promise.resolve(
          craftZip([
            { name: "[Content_Types].xml", data: CONTENT_TYPES },
            { name: "word/document.xml", data: "<w:document/>" },
          ]),
        ),
    ),
    bad(
      "bi-cat-nua",
      fileRefusal(
        "The first half of a workbook (a download cut short).",
        "XLSX_TRUNCATED",
        "chưa tải xuống hết",
      ),
      async () => (await base()).slice(0, Math.floor((await base()).length / 2)),
    ),
    bad(
      "bi-cat-duoi",
      fileRefusal("A workbook missing its last 100 bytes.", "XLSX_TRUNCATED", "chưa tải xuống hết"),
      async () => (await base()).slice(0, (await base()).length - 100),
    ),
    bad(
      "noi-dung-hong",
      fileRefusal("A whole zip whose worksheet is not XML.", "XLSX_UNREADABLE", "nội dung bên trong bị hỏng"),
      () =>
        Promise.resolve(
          craftZip([
            { name: "[Content_Types].xml", data: CONTENT_TYPES },
            { name: "_rels/.rels", data: "<Relationships>" },
            { name: "xl/workbook.xml", data: "\u0000\u0001 không phải XML <<<" },
          ]),
        ),
    ),
    bad(
      "dat-mat-khau",
      fileRefusal(
        "A password-protected workbook: a compound file with EncryptionInfo and EncryptedPackage.",
        "XLSX_ENCRYPTED",
        "được đặt mật khẩu",
      ),
      () => Promise.resolve(compoundFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"])),
    ),
    bad(
      "excel-97",
      fileRefusal(
        "An Excel 97–2003 .xls (a compound file with a Workbook stream).",
        "XLSX_LEGACY_XLS",
        "định dạng Excel cũ (.xls)",
      ),
      () => Promise.resolve(compoundFile(["Workbook", "\u0005SummaryInformation"])),
    ),
    bad(
      "bom-zip-khai-lon",
      fileRefusal(
        `A zip whose headers declare a part of 300 MB, past the ${FILE_LIMITS.entryBytes / 1048576} MB a part may inflate to.`,
        "XLSX_TOO_LARGE",
        "quá lớn để mở an toàn",
      ),
      () =>
        Promise.resolve(
          craftZip([
            { name: "[Content_Types].xml", data: CONTENT_TYPES },
            { name: "xl/workbook.xml", data: WORKBOOK_XML },
            { name: "xl/worksheets/sheet1.xml", data: worksheetXml(""), declaredSize: 300 * 1024 * 1024 },
          ]),
        ),
    ),
    bad(
      "bom-zip-khai-gian",
      fileRefusal(
        "A zip bomb that lies: a part declared as 2 KB inflates to 20 MB (stopped at the first chunk past its declared size: a corrupt part, not a large one).",
        "XLSX_UNREADABLE",
        "nội dung bên trong bị hỏng",
      ),
      () =>
        Promise.resolve(
          craftZip(craftedPackage({ data: worksheetXml(" ".repeat(20 * 1024 * 1024)), declaredSize: 2048 })),
        ),
    ),
    bad(
      "qua-nhieu-trang",
      fileRefusal(
        `${WORKBOOK_LIMITS.sheets + 1} worksheets, past the limit of ${WORKBOOK_LIMITS.sheets}.`,
        "XLSX_TOO_MANY_SHEETS",
        "quá nhiều trang",
      ),
      () =>
        Promise.resolve(
          craftZip(
            craftedPackage(
              { data: worksheetXml("") },
              craftedWorkbookXml(
                Array.from(
                  { length: WORKBOOK_LIMITS.sheets + 1 },
                  (_, i) => `<sheet name="Trang ${i + 1}" sheetId="${i + 1}" r:id="rId1"/>`,
                ).join(""),
              ),
            ),
          ),
        ),
    ),
    bad(
      "qua-nhieu-o-xml",
      fileRefusal(
        `A sheet whose XML holds ${FILE_LIMITS.cells + 1} cells (14 MB inflated, 14 KB on disk).`,
        "XLSX_TOO_MANY_CELLS",
        "quá nhiều ô để mở an toàn",
      ),
      () =>
        Promise.resolve(
          craftZip(
            craftedPackage({
              data: worksheetXml(`<row r="1">${"<c/>".repeat(FILE_LIMITS.cells + 1)}</row>`),
            }),
          ),
        ),
    ),
    bad(
      "qua-nhieu-hang-xml",
      fileRefusal(
        `A sheet whose XML holds ${FILE_LIMITS.rows + 1} empty rows.`,
        "XLSX_TOO_MANY_ROWS",
        "quá nhiều hàng để mở an toàn",
      ),
      () =>
        Promise.resolve(
          craftZip(craftedPackage({ data: worksheetXml("<row/>".repeat(FILE_LIMITS.rows + 1)) })),
        ),
    ),
    bad(
      "xml-khai-bao-dtd",
      fileRefusal(
        "A sheet whose XML declares a DOCTYPE with an external entity (XXE): refused before anything in it is used.",
        "XLSX_UNREADABLE",
        "nội dung bên trong bị hỏng",
      ),
      () =>
        Promise.resolve(
          craftZip(
            craftedPackage({
              data:
                '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>' +
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
                '<row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>',
            }),
          ),
        ),
    ),
    bad(
      "xml-bom-thuc-the",
      fileRefusal(
        "The workbook part declares nested entities that would expand a billion times (a «billion laughs» DTD).",
        "XLSX_UNREADABLE",
        "nội dung bên trong bị hỏng",
      ),
      () =>
        Promise.resolve(
          craftZip(
            craftedPackage(
              { data: worksheetXml("") },
              '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE workbook [<!ENTITY a "hahahahahahahahahaha">' +
                Array.from(
                  { length: 9 },
                  (_, i) =>
                    `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`,
                ).join("") +
                `]><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
                '<sheets><sheet name="&j;" sheetId="1" r:id="rId1"/></sheets></workbook>',
            ),
          ),
        ),
    ),
    bad(
      "o-xa-ben-phai",
      fileRefusal(
        "A scratch sheet with 5,000 rows, each with a value in the last column (XFD): laid out, past the grid limit.",
        "XLSX_TOO_MANY_CELLS",
        "quá nhiều ô để mở an toàn",
      ),
      () =>
        edited((wb) => {
          const ws = wb.addWorksheet("Nháp");
          for (let r = 1; r <= 5000; r++) ws.getCell(`XFD${r}`).value = r;
        }),
    ),

    // The workbook's structure
    bad(
      "so-lam-viec-rong",
      {
        ...workbookRefusal(
          "A workbook with one empty sheet: not a cluster workbook, said in one sentence.",
          ["WB_NOT_CLUSTER_WORKBOOK"],
          "không phải sổ làm việc của cụm thi đua",
        ),
        // tong-hop refuses the wrong file as a file error, like a missing one.
        exit: { kiemTra: 1, tongHop: 2 },
      },
      () => fresh((wb) => wb.addWorksheet("Sheet1")),
    ),
    bad(
      "thieu-trang-tieu-chi",
      workbookRefusal("The criteria sheet deleted.", ["WB_SHEET_MISSING"], "Không tìm thấy trang «Tiêu chí»"),
      () => edited((wb) => wb.removeWorksheet(sheet(wb, SHEET.criteria).id)),
    ),
    bad(
      "doi-ten-trang-don-vi",
      workbookRefusal(
        "The units sheet renamed «Don vi (cu)».",
        ["WB_SHEET_MISSING"],
        "Không tìm thấy trang «Đơn vị»",
      ),
      () => edited((wb) => (sheet(wb, SHEET.units).name = "Don vi (cu)")),
    ),
    bad(
      "thieu-trang-cham-diem",
      workbookRefusal(
        "The scoring sheet of DV03 deleted.",
        ["WB_UNIT_SHEET_MISSING"],
        "Không tìm thấy trang chấm điểm của đơn vị",
        { sheet: SHEET.units, cell: "A6" },
      ),
      () => edited((wb) => wb.removeWorksheet(sheet(wb, "DV03").id)),
    ),
    bad(
      "doi-ten-cot-tham-dinh",
      workbookRefusal(
        "DV04's «Thẩm định» header renamed «Điểm của cụm».",
        ["WB_HEADER_MISSING"],
        "Trang «DV04» thiếu cột «Thẩm định» ở hàng tiêu đề 3",
        { sheet: "DV04", cell: "A3" },
      ),
      () => edited((wb) => put(sheet(wb, "DV04"), "F3", "Điểm của cụm")),
    ),
    bad(
      "mat-hang-tieu-de-tieu-chi",
      workbookRefusal(
        "The criteria table's header row overwritten.",
        ["WB_HEADER_ROW_MISSING"],
        "Trang «Tiêu chí» không có hàng tiêu đề của bảng",
      ),
      () =>
        edited((wb) => {
          const ws = sheet(wb, SHEET.criteria);
          for (const [address, value] of [
            ["A3", "Số"],
            ["B3", "Việc"],
            ["C3", "Mức"],
            ["D3", "Kiểu"],
          ] as const)
            put(ws, address, value);
        }),
    ),
    bad(
      "gop-o-qua-hang-diem",
      workbookRefusal(
        "DV02's self scores merged across three criteria (E5:E7).",
        ["WB_MERGED_SCORE_CELLS"],
        "Vùng E5:E7 đang gộp ô",
        { sheet: "DV02", cell: "E5" },
      ),
      () => edited((wb) => sheet(wb, "DV02").mergeCells("E5:E7")),
    ),
    bad(
      "gop-o-ma-tieu-chi",
      workbookRefusal(
        "DV05's criterion codes merged across two rows (A10:A11).",
        ["WB_MERGED_SCORE_CELLS"],
        "Vùng A10:A11 đang gộp ô",
        { sheet: "DV05", cell: "A10" },
      ),
      () => edited((wb) => sheet(wb, "DV05").mergeCells("A10:A11")),
    ),
    bad(
      "ma-trung-nfc-nfd",
      workbookRefusal(
        "Two units coded «HÀ01», one typed in NFC and one in NFD (decomposed), which look the same.",
        ["UNIT_DUPLICATE"],
        "HÀ01",
        { sheet: SHEET.units, cell: "A6" },
      ),
      () =>
        edited((wb) => {
          const units = sheet(wb, SHEET.units);
          put(units, "A5", "HÀ01".normalize("NFC"));
          put(units, "A6", "HÀ01".normalize("NFD"));
          sheet(wb, "DV02").name = "HÀ01";
          put(sheet(wb, SHEET.departmentPoints), "A5", "HÀ01");
        }),
    ),
    bad(
      "ngay-trong-o-diem",
      workbookRefusal(
        "A date typed in DV01's self-score cell E5.",
        ["SCORE_NOT_A_NUMBER"],
        "ô E5, trang «DV01»",
        { sheet: "DV01", cell: "E5" },
      ),
      () => edited((wb) => putDate(sheet(wb, "DV01"), "E5", new Date(Date.UTC(2022, 4, 15)))),
    ),
    bad(
      "ngay-trong-diem-toi-da",
      workbookRefusal(
        "A date in «Điểm tối đa bảng tự chấm» (Cấu hình B11).",
        ["WB_CONFIG_INVALID"],
        "Điểm tối đa bảng tự chấm",
        { sheet: SHEET.config, cell: "B11" },
      ),
      () => edited((wb) => putDate(sheet(wb, SHEET.config), "B11", new Date(Date.UTC(2022, 11, 31)))),
    ),
    bad(
      "loi-ref-o-tham-dinh",
      workbookRefusal(
        "A formula giving #REF! in DV01's appraised score F12.",
        ["WB_FORMULA_ERROR"],
        "đang báo lỗi #REF!",
        { sheet: "DV01", cell: "F12" },
      ),
      () =>
        edited((wb) => put(sheet(wb, "DV01"), "F12", { formula: "SUM(#REF!)", result: { error: "#REF!" } })),
    ),
    bad(
      "loi-div0-o-tu-cham",
      workbookRefusal(
        "A formula giving #DIV/0! in DV05's self score E6.",
        ["WB_FORMULA_ERROR"],
        "đang báo lỗi #DIV/0!",
        { sheet: "DV05", cell: "E6" },
      ),
      () => edited((wb) => put(sheet(wb, "DV05"), "E6", { formula: "4/0", result: { error: "#DIV/0!" } })),
    ),
    bad(
      "loi-na-trong-don-vi",
      workbookRefusal("A lookup giving #N/A as a unit's name.", ["WB_FORMULA_ERROR"], "đang báo lỗi #N/A", {
        sheet: SHEET.units,
        cell: "B7",
      }),
      () =>
        edited((wb) =>
          put(sheet(wb, SHEET.units), "B7", { formula: 'VLOOKUP("x",A1:B2,2,0)', result: { error: "#N/A" } }),
        ),
    ),
    bad(
      "diem-vuot-toi-da",
      workbookRefusal(
        "99 points self-scored on a 5-point criterion (DV01 E5).",
        ["SCORE_ABOVE_MAX"],
        "ô E5, trang «DV01»",
        { sheet: "DV01", cell: "E5" },
      ),
      () => edited((wb) => put(sheet(wb, "DV01"), "E5", 99)),
    ),
    bad(
      "diem-am",
      workbookRefusal("A negative appraised score (DV03 F15).", ["SCORE_NEGATIVE"], "ô F15, trang «DV03»", {
        sheet: "DV03",
        cell: "F15",
      }),
      () => edited((wb) => put(sheet(wb, "DV03"), "F15", -2)),
    ),
    bad(
      "chu-trong-o-diem",
      workbookRefusal("«tám» typed as DV02's score (E6).", ["SCORE_NOT_A_NUMBER"], "ô E6, trang «DV02»", {
        sheet: "DV02",
        cell: "E6",
      }),
      () => edited((wb) => put(sheet(wb, "DV02"), "E6", "tám")),
    ),
    bad(
      "tieu-chi-lech-tong-muc",
      workbookRefusal(
        "Section I's maximum (16) is not the sum of its criteria (15).",
        ["CRITERION_PARENT_MAX_MISMATCH"],
        "ô C4, trang «Tiêu chí»",
        { sheet: SHEET.criteria, cell: "C4" },
      ),
      () => edited((wb) => put(sheet(wb, SHEET.criteria), "C4", 16)),
    ),
    bad(
      "tieu-chi-lech-tong-bang",
      workbookRefusal(
        "The scored criteria add up to 91, but «Điểm tối đa bảng tự chấm» is 90.",
        ["SCORED_MAX_MISMATCH"],
        "91",
      ),
      () =>
        edited((wb) => {
          put(sheet(wb, SHEET.criteria), "C4", 16);
          put(sheet(wb, SHEET.criteria), "C5", 6);
        }),
    ),
    bad(
      "phan-bo-ban-lech-tong",
      workbookRefusal(
        "The departments' allocation for direct units adds up to 11, not 10.",
        ["ALLOCATION_TOTAL_MISMATCH"],
        "10",
      ),
      () => edited((wb) => put(sheet(wb, SHEET.departments), "C4", 2)),
    ),
    bad(
      "loai-tieu-chi-la",
      workbookRefusal(
        "A criterion's kind «Điểm cộng thêm», which is none of the three.",
        ["WB_KIND_INVALID"],
        "Loại «Điểm cộng thêm» của tiêu chí VI.1 không hợp lệ",
        { sheet: SHEET.criteria, cell: "D25" },
      ),
      () => edited((wb) => put(sheet(wb, SHEET.criteria), "D25", "Điểm cộng thêm")),
    ),
    bad(
      "thieu-tu-ngay",
      workbookRefusal("The period's start date emptied.", ["WB_CONFIG_MISSING"], "thiếu dòng «Từ ngày»", {
        sheet: SHEET.config,
        cell: "B9",
      }),
      () => edited((wb) => put(sheet(wb, SHEET.config), "B9", null)),
    ),
    bad(
      "cum-khong-co",
      workbookRefusal(
        "A unit placed in a cluster «Cụm số 9» that Cấu hình does not declare.",
        ["UNIT_CLUSTER_UNKNOWN"],
        "Cụm số 9",
        { sheet: SHEET.units, cell: "C8" },
      ),
      () => edited((wb) => put(sheet(wb, SHEET.units), "C8", "Cụm số 9")),
    ),

    // Past the workbook's limits
    bad(
      "qua-nhieu-hang",
      workbookRefusal(
        `A note typed at row 5,100 of «Đơn vị», past the ${WORKBOOK_LIMITS.rowsPerSheet} rows a sheet may use.`,
        ["WB_TOO_MANY_ROWS"],
        "quá giới hạn 5.000 hàng",
        { sheet: SHEET.units, cell: `A${WORKBOOK_LIMITS.rowsPerSheet + 1}` },
      ),
      () => edited((wb) => put(sheet(wb, SHEET.units), "A5100", "ghi chú cuối trang")),
    ),
    bad(
      "qua-nhieu-don-vi",
      workbookRefusal(
        `${WORKBOOK_LIMITS.units + 1} units in «Đơn vị», past the limit of ${WORKBOOK_LIMITS.units}.`,
        ["WB_TOO_MANY_UNITS"],
        "hơn 2.000 đơn vị",
        { sheet: SHEET.units, cell: `A${WORKBOOK_LIMITS.units + 4}` },
      ),
      () =>
        edited((wb) => {
          const units = sheet(wb, SHEET.units);
          for (let i = UNITS + 1; i <= WORKBOOK_LIMITS.units + 1; i++) {
            const row = units.getRow(i + 3);
            row.getCell(1).value = `DV${String(i).padStart(4, "0")}`;
            row.getCell(2).value = `Công đoàn cơ sở số ${i}`;
            row.getCell(4).value = "Trực tiếp";
          }
        }),
    ),
    bad(
      "qua-nhieu-tieu-chi",
      workbookRefusal(
        `${WORKBOOK_LIMITS.criteria + 1} rows in the criteria table, past the limit of ${WORKBOOK_LIMITS.criteria}.`,
        ["WB_TOO_MANY_CRITERIA"],
        "hơn 500 tiêu chí",
        { sheet: SHEET.criteria, cell: `A${WORKBOOK_LIMITS.criteria + 4}` },
      ),
      () =>
        edited((wb) => {
          const criteria = sheet(wb, SHEET.criteria);
          for (let i = 27; i <= WORKBOOK_LIMITS.criteria + 1; i++) {
            const row = criteria.getRow(i + 3);
            row.getCell(1).value = `VIII.${i}`;
            row.getCell(2).value = `Tiêu chí thêm ${i}`;
            row.getCell(3).value = 0;
          }
        }),
    ),
    bad(
      "o-qua-dai",
      workbookRefusal(
        `A unit name of 40,000 characters, past Excel's ${WORKBOOK_LIMITS.cellText} per cell.`,
        ["WB_TEXT_TOO_LONG"],
        "quá giới hạn 32.767 ký tự",
        { sheet: SHEET.units, cell: "B5" },
      ),
      () => edited((wb) => put(sheet(wb, SHEET.units), "B5", "Công đoàn ".repeat(4000))),
    ),
  ];
}

// ── Accepted ────────────────────────────────────────────────────────────────

async function trickyFixtures(): Promise<Fixture[]> {
  const figures = await baseFigures();
  const tricky = (
    name: string,
    expected: Expected,
    bytes: () => Promise<Uint8Array>,
    unstable = false,
  ): Fixture => ({
    folder: "tricky",
    name,
    expected,
    bytes,
    ...(unstable ? { unstable } : {}),
  });
  const accepted = (about: string, more: Partial<Expected> = {}): Expected => ({
    about,
    accepted: true,
    exit: { kiemTra: 0, tongHop: 0 },
    units: figures,
    ...more,
  });

  const injections: Record<string, string> = {
    DV02: '=HYPERLINK("http://x.example","Bấm vào đây")',
    DV04: "+cmd|' /C calc'!A0",
    DV01: "@SUM(A1)",
    DV03: "-1+1",
    DV05: "=1+1",
  };
  const awarded = figures.filter((u) => u.award !== null).map((u) => u.code);

  const legacyNames: Record<string, string> = {
    DV01: "Công đoàn Sở Giáo dục và Đào tạo",
    DV02: "Công đoàn Sở Y tế",
    DV03: "Công đoàn Sở Tài chính",
  };

  const longName =
    `Công đoàn cơ sở ${"Trường Trung học phổ thông chuyên Nguyễn Tất Thành ".repeat(40)}`.trim();

  return [
    tricky(
      "cong-thuc-trong-ten",
      accepted("Unit names that spreadsheets read as formulas: =HYPERLINK(…), +cmd, @SUM(A1), -1+1, =1+1.", {
        units: renamed(figures, injections),
        textCells: [
          ...Object.values(injections).map((text) => ({ sheet: SHEET.summary, text })),
          ...awarded.map((code) => ({ sheet: SHEET.recommendation, text: injections[code] ?? "" })),
        ],
      }),
      () =>
        edited((wb) => {
          for (const [code, name] of Object.entries(injections))
            put(sheet(wb, SHEET.units), `B${UNIT_ROW[code]}`, name);
        }),
    ),
    tricky(
      "so-dang-chu",
      accepted(
        "DV01's and DV04's scores typed as text: decimal commas, non-breaking spaces around and inside.",
        { warnings: ["WB_NUMBER_AS_TEXT"] },
      ),
      () =>
        edited((wb) => {
          for (const code of ["DV01", "DV04"]) {
            const ws = sheet(wb, code);
            scoreCells(ws).forEach(({ address, value }, i) => {
              const shown = String(value).replace(".", ",");
              put(ws, address, i % 3 === 0 ? `\u00a0${shown}\u00a0` : i % 3 === 1 ? shown : ` ${shown}`);
            });
          }
        }),
    ),
    tricky(
      "ten-va-ma-nfd",
      accepted(
        "Names, codes, a cluster and bonus criterion codes typed in NFD (decomposed, as Macs and some web forms send), matched against NFC elsewhere.",
        {
          units: figures.map((u) => ({
            ...u,
            code: u.code === "DV02" ? "ĐÀ02" : u.code,
            name: u.code === "DV03" ? "Công đoàn Sở Tài chính – Kế hoạch" : u.name,
          })),
        },
      ),
      () =>
        edited((wb) => {
          const units = sheet(wb, SHEET.units);
          const nfd = (s: string): string => s.normalize("NFD");
          for (const r of [4, 5, 6, 7, 8, 9]) {
            const name = units.getCell(`B${r}`).value;
            if (typeof name === "string") put(units, `B${r}`, nfd(name));
            put(units, `C${r}`, nfd(CLUSTER_NAME));
          }
          put(units, "B6", nfd("Công đoàn Sở Tài chính – Kế hoạch"));
          // DV02 becomes ĐÀ02: NFD in «Đơn vị», NFC as the sheet's name and in «Điểm các ban».
          put(units, "A5", nfd("ĐÀ02"));
          sheet(wb, "DV02").name = "ĐÀ02";
          put(sheet(wb, SHEET.departmentPoints), "A5", "ĐÀ02");
          // The bonus section VI becomes THƯỞNG: NFC in «Tiêu chí», NFD in half the unit sheets.
          const criteria = sheet(wb, SHEET.criteria);
          put(criteria, "A24", "THƯỞNG");
          put(criteria, "A25", "THƯỞNG.1");
          put(criteria, "A26", "THƯỞNG.2");
          for (const code of ["DV01", "ĐÀ02", "DV03", "DV04", "DV05", "DV06"]) {
            const ws = sheet(wb, code);
            const form = ["DV01", "DV03", "DV05"].includes(code) ? nfd : (s: string) => s;
            put(ws, "A24", form("THƯỞNG"));
            put(ws, "A25", form("THƯỞNG.1"));
            put(ws, "A26", form("THƯỞNG.2"));
          }
        }),
    ),
    tricky(
      "ten-tcvn3-phong-vntime",
      accepted(
        "Names, a header, the cluster, unit types and yes/no typed in TCVN3 in .VnTime (and a .VnTimeH title).",
        { units: renamed(figures, legacyNames), warnings: ["WB_LEGACY_FONT"] },
      ),
      () =>
        edited((wb) => {
          const units = sheet(wb, SHEET.units);
          put(units, "A1", encodeTcvn3("danh sách đơn vị thành viên"), ".VnTimeH");
          put(units, "B3", encodeTcvn3("Tên đơn vị"), ".VnTime");
          for (const [code, name] of Object.entries(legacyNames)) {
            const r = UNIT_ROW[code] ?? 0;
            put(units, `B${r}`, encodeTcvn3(name), ".VnTime");
            put(units, `C${r}`, encodeTcvn3(CLUSTER_NAME), ".VnTime");
            put(units, `D${r}`, encodeTcvn3("Trực tiếp"), ".VnTime");
            put(units, `E${r}`, encodeTcvn3("Có"), ".VnTime");
          }
        }),
    ),
    tricky(
      "ten-vni-phong-vni-times",
      accepted("Names, the cluster and unit types typed in VNI-Windows in VNI-Times.", {
        units: renamed(figures, legacyNames),
        warnings: ["WB_LEGACY_FONT"],
      }),
      () =>
        edited((wb) => {
          const units = sheet(wb, SHEET.units);
          for (const [code, name] of Object.entries(legacyNames)) {
            const r = UNIT_ROW[code] ?? 0;
            put(units, `B${r}`, encodeVni(name), "VNI-Times");
            put(units, `C${r}`, encodeVni(CLUSTER_NAME), "VNI-Times");
            put(units, `D${r}`, encodeVni("Trực tiếp"), "VNI-Times");
          }
        }),
    ),
    tricky(
      "ten-tcvn3-mat-phong",
      accepted(
        "A name typed in TCVN3 whose font was lost (Arial): read as stored, with a warning that suggests Chuyển mã.",
        {
          units: renamed(figures, { DV06: encodeTcvn3("Công đoàn Sở Công Thương") }),
          warnings: ["WB_LEGACY_TEXT"],
        },
      ),
      () =>
        edited((wb) => put(sheet(wb, SHEET.units), "B9", encodeTcvn3("Công đoàn Sở Công Thương"), "Arial")),
    ),
    tricky(
      "an-hang-an-trang",
      accepted(
        "A unit's row hidden in «Đơn vị», DV02's sheet hidden, and a very hidden sheet of the user's.",
      ),
      () =>
        edited((wb) => {
          sheet(wb, SHEET.units).getRow(6).hidden = true;
          sheet(wb, SHEET.criteria).getRow(10).hidden = true;
          sheet(wb, "DV02").state = "hidden";
          wb.addWorksheet("Ghi chú riêng", { state: "veryHidden" }).getCell("A1").value = "ghi chú";
        }),
    ),
    tricky(
      "hang-trong-giua-bang",
      accepted("Blank rows inside «Đơn vị», «Tiêu chí», «Điểm các ban» and a scoring sheet."),
      () =>
        edited((wb) => {
          sheet(wb, SHEET.units).spliceRows(6, 0, [], []);
          sheet(wb, SHEET.criteria).spliceRows(12, 0, []);
          sheet(wb, SHEET.departmentPoints).spliceRows(7, 0, []);
          sheet(wb, "DV01").spliceRows(8, 0, [], []);
        }),
    ),
    tricky(
      "ten-rat-dai",
      accepted(`A unit name of ${longName.length} characters and a criterion text of 20,000.`, {
        units: renamed(figures, { DV04: longName }),
        textCells: [{ sheet: SHEET.summary, text: longName }],
      }),
      () =>
        edited((wb) => {
          put(sheet(wb, SHEET.units), "B7", longName);
          put(sheet(wb, SHEET.criteria), "B5", "Tuyên truyền ".repeat(1600).trim().slice(0, 20_000));
        }),
    ),
    tricky(
      "cot-doi-cho-hang-chen",
      accepted(
        "Columns of «Đơn vị» moved (Loại đơn vị before Cụm) and three rows inserted above the criteria table.",
      ),
      () =>
        edited((wb) => {
          const units = sheet(wb, SHEET.units);
          for (let r = 3; r <= 9; r++) {
            const c = units.getCell(`C${r}`).value;
            units.getCell(`C${r}`).value = units.getCell(`D${r}`).value;
            units.getCell(`D${r}`).value = c;
          }
          sheet(wb, SHEET.criteria).spliceRows(1, 0, ["Ghi chú của cụm"], [], []);
        }),
    ),
    tricky(
      "diem-la-cong-thuc",
      accepted("DV03's scores typed as formulas (=4+0.75) with their results cached, as Excel saves them."),
      () =>
        edited((wb) => {
          const ws = sheet(wb, "DV03");
          for (const { address, value } of scoreCells(ws))
            put(ws, address, { formula: `${value}+0`, result: value });
        }),
    ),
    tricky(
      "trang-trung-ten-tong-hop",
      accepted(
        "A sheet of the user's already named «Bảng tổng hợp»: the summary goes to «Bảng tổng hợp (2)».",
        {
          summarySheet: `${SHEET.summary} (2)`,
        },
      ),
      () =>
        edited((wb) => (wb.addWorksheet(SHEET.summary).getCell("A1").value = "Bảng của tôi, đừng ghi đè")),
    ),
    tricky(
      "kiem-tra-du-lieu-ca-trang",
      accepted(
        "DV01's sheet with one data validation over the whole sheet (A1:XFD1048576), as Excel Online writes it: read in time linear in the file, not in the area.",
      ),
      () =>
        withSheetXml("DV01", (xml) =>
          replaceValidations(
            xml,
            '<dataValidation type="decimal" operator="between" allowBlank="1" showErrorMessage="1" sqref="A1:XFD1048576"><formula1>0</formula1><formula2>1000</formula2></dataValidation>',
          ),
        ),
    ),
    tricky(
      "kiem-tra-du-lieu-ca-cot",
      accepted(
        "DV02's sheet with data validations over two whole columns (E:E and F:F), an ordinary Excel action.",
        {},
      ),
      () =>
        withSheetXml("DV02", (xml) =>
          replaceValidations(
            xml,
            '<dataValidation type="decimal" operator="between" allowBlank="1" showErrorMessage="1" sqref="E1:E1048576"><formula1>0</formula1><formula2>100</formula2></dataValidation>' +
              '<dataValidation type="decimal" operator="between" allowBlank="1" showErrorMessage="1" sqref="F1:F1048576"><formula1>0</formula1><formula2>100</formula2></dataValidation>',
          ),
        ),
    ),
    tricky(
      "100-nghin-vung-gop",
      accepted(
        "DV03's sheet with 100,000 two-cell merged ranges to the right of its table (AA:AB): linear, not quadratic.",
        {},
      ),
      () =>
        withSheetXml("DV03", (xml) => {
          const merges = Array.from(
            { length: 100_000 },
            (_, i) => `<mergeCell ref="AA${i + 1}:AB${i + 1}"/>`,
          ).join("");
          const existing = /<mergeCells count="(\d+)">([\s\S]*?)<\/mergeCells>/u.exec(xml);
          if (existing)
            return xml.replace(
              existing[0],
              `<mergeCells count="${Number(existing[1]) + 100_000}">${existing[2] ?? ""}${merges}</mergeCells>`,
            );
          return xml.replace(
            /(<dataValidations\b|<pageMargins\b|<\/worksheet>)/u,
            `<mergeCells count="100000">${merges}</mergeCells>$1`,
          );
        }),
    ),
    tricky(
      "luu-bang-libreoffice",
      accepted("The base workbook opened and saved again by LibreOffice Calc.", {
        application: "LibreOffice",
      }),
      async () => savedByLibreOffice(await base()),
      true,
    ),
  ];
}

/** The bytes after LibreOffice opened and saved them as .xlsx; fails loudly when it is not installed. */
function savedByLibreOffice(bytes: Uint8Array): Uint8Array {
  const soffice = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"].find((p) => existsSync(p));
  if (!soffice) {
    throw new Error(
      "LibreOffice (soffice) is needed for the fixture saved by LibreOffice: " +
        "apt-get install -y --no-install-recommends libreoffice-calc-nogui",
    );
  }
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-fixture-lo-"));
  try {
    mkdirSync(path.join(dir, "in"));
    mkdirSync(path.join(dir, "out"));
    writeFileSync(path.join(dir, "in", "so.xlsx"), bytes);
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        path.join(dir, "out"),
        path.join(dir, "in", "so.xlsx"),
      ],
      { stdio: "pipe", timeout: 120_000 },
    );
    return new Uint8Array(readFileSync(path.join(dir, "out", "so.xlsx")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every fixture, bad then tricky. */
export async function fixtures(): Promise<Fixture[]> {
  return [...badFixtures(), ...(await trickyFixtures())];
}

export function expectedJson(expected: Expected): string {
  return `${JSON.stringify(expected, null, 2)}\n`;
}

function readme(folder: "bad" | "tricky", list: readonly Fixture[]): string {
  const intro =
    folder === "bad"
      ? "Workbooks the product must refuse: a clear Vietnamese message (naming the sheet and cell where there is one), a non-zero exit from `thidua kiem-tra` and `thidua tong-hop`, no output file, the input unchanged, no stack trace."
      : "Workbooks the product must accept and get right: the figures of the base workbook, names as typed (or as their legacy font shows them), text that looks like a formula written back as text.";
  const rows = list.map((f) => `| \`${f.name}.xlsx\` | ${f.expected.about.replace(/\|/g, "\\|")} |`);
  return [
    `# test/fixtures/${folder}/ — generated, do not edit`,
    "",
    "Made by `scripts/make-fixtures.ts` (`npx tsx scripts/make-fixtures.ts`); `test/hostile/` checks them and",
    "that a fresh run gives the same files. Each `<name>.xlsx` has its expected outcome in",
    "`<name>.expected.json`.",
    "",
    intro,
    "",
    "| File | What it is |",
    "| ---- | ---------- |",
    ...rows,
    "",
  ].join("\n");
}

/** Writes every fixture, its expected outcome and each folder's README; removes stale files. */
export async function writeFixtures(dirs: { bad: string; tricky: string } = FIXTURE_DIRS): Promise<void> {
  const all = await fixtures();
  for (const folder of ["bad", "tricky"] as const) {
    const dir = dirs[folder];
    mkdirSync(dir, { recursive: true });
    const list = all.filter((f) => f.folder === folder);
    const keep = new Set([
      "README.md",
      ...list.flatMap((f) => [`${f.name}.xlsx`, `${f.name}.expected.json`]),
    ]);
    for (const file of readdirSync(dir)) if (!keep.has(file)) rmSync(path.join(dir, file));
    for (const fixture of list) {
      writeFileSync(path.join(dir, `${fixture.name}.xlsx`), await fixture.bytes());
      writeFileSync(path.join(dir, `${fixture.name}.expected.json`), expectedJson(fixture.expected));
    }
    writeFileSync(path.join(dir, "README.md"), readme(folder, list));
  }
}

if (require.main === module) {
  writeFixtures().then(
    () =>
      process.stdout.write(`Fixtures written to ${path.relative(root, path.dirname(FIXTURE_DIRS.bad))}/\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
