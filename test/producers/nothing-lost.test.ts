/**
 * Nothing is lost: a cluster workbook carrying what units' workbooks carry beyond the product's
 * sheets — a chart, a picture, a comment, conditional formatting, the user's defined names, a hidden
 * sheet, a sheet of the user's named like the product's summary and a macro project — goes through
 * `tong-hop`, `gop` and `chuyen-ma`. Every zip entry the product does not own comes out
 * byte-identical (hashed here), the .xlsm keeps its macros and its extension, no validations
 * overlap, and each output opens in openpyxl (every warning an error) and in LibreOffice.
 *
 * The files are made here by the programs users have: `thidua mau`, then openpyxl adds the rest
 * (test/producers/decorate.py); the macro project is LibreOffice's own VBA export of a Basic module.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { unzipSync } from "fflate";
import { convertWithLibreOffice, makeProfile } from "../support/libreoffice";
import { overlappingValidations, validationCount } from "../support/validations";
import { thidua } from "../hostile/support";

jest.setTimeout(600_000);

const PYTHON = path.resolve(__dirname, "..", "..", ".venv", "bin", "python");
const DECORATE = path.join(__dirname, "decorate.py");
const MACRO_CONTENT_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

let dir: string;
let profile: string;

function file(name: string): string {
  return path.join(dir, name);
}

function python(...args: string[]): string {
  return execFileSync(PYTHON, [DECORATE, ...args], { cwd: dir, encoding: "utf8", stdio: "pipe" });
}

/** Every entry's SHA-256, read with fflate (not the product's reader). */
function hashes(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(unzipSync(bytes)))
    out.set(name, createHash("sha256").update(data).digest("hex"));
  return out;
}

/**
 * A part's XML with character references resolved: openpyxl 3.0 writes «ả» as `&#7843;`, 3.1 as
 * the character, and XML 1.0 §4.1 makes the two the same text.
 */
function text(bytes: Uint8Array, part: string): string {
  const data = unzipSync(bytes, { filter: (f) => f.name === part })[part];
  if (!data) throw new Error(`no ${part}`);
  return new TextDecoder()
    .decode(data)
    .replace(/&#x([0-9a-f]+);/giu, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);/gu, (_, dec: string) => String.fromCodePoint(Number(dec)));
}

function attr(tag: string, name: string): string {
  return new RegExp(`\\s${name}="([^"]*)"`, "u").exec(tag)?.[1] ?? "";
}

/** Sheet name → worksheet part, from xl/workbook.xml and its relationships. */
function sheetParts(bytes: Uint8Array): Map<string, string> {
  const rels = new Map<string, string>();
  for (const m of text(bytes, "xl/_rels/workbook.xml.rels").matchAll(/<Relationship\b[^>]*>/gu))
    rels.set(attr(m[0], "Id"), path.posix.join("xl", attr(m[0], "Target").replace(/^\/xl\//u, "")));
  const out = new Map<string, string>();
  for (const m of text(bytes, "xl/workbook.xml").matchAll(/<sheet\b[^>]*>/gu))
    out.set(attr(m[0], "name"), rels.get(attr(m[0], "r:id")) ?? "");
  return out;
}

/** Parts the product owns in any write (docs/ARCHITECTURE.md, "The .xlsx package layer"). */
const PACKAGE_PARTS = [
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "docProps/core.xml",
  "xl/calcChain.xml",
];

/** What a user's workbook carries beyond the product's sheets: kept whatever the command. */
const USERS_ENTRIES = [
  "xl/vbaProject.bin",
  "xl/charts/chart1.xml",
  "xl/drawings/drawing1.xml",
  "xl/drawings/_rels/drawing1.xml.rels",
  "xl/media/image1.png",
  "xl/comments/comment1.xml",
  "xl/drawings/commentsDrawing1.vml",
  "xl/theme/theme1.xml",
  "docProps/app.xml",
];

/**
 * Checks the output against the input: every entry of the input is in the output with the same
 * hash, but for the package's own parts and the worksheet parts of `written` sheets.
 */
function expectNothingLost(input: Uint8Array, output: Uint8Array, written: readonly string[]): void {
  const before = hashes(input);
  const after = hashes(output);
  const parts = sheetParts(input);
  const owned = new Set([
    ...PACKAGE_PARTS,
    parts.get("_thidua") ?? "?",
    ...written.map((s) => parts.get(s) ?? "?"),
  ]);
  const changed = [...before].filter(([name, hash]) => !owned.has(name) && after.get(name) !== hash);
  expect(changed.map(([name]) => name)).toEqual([]);
  for (const name of USERS_ENTRIES) {
    expect(before.has(name)).toBe(true);
    expect(after.get(name)).toBe(before.get(name));
  }
  // The user's sheets the command does not write into keep their parts and relationships.
  for (const sheet of ["Biểu đồ", "Ghi chú riêng", "Bảng tổng hợp", "DV01"].filter(
    (s) => !written.includes(s),
  )) {
    const part = parts.get(sheet) ?? "?";
    expect(after.get(part)).toBe(before.get(part));
  }
}

/** What a user sees of the workbook's structure: sheets, their states, the user's names, the kind. */
function expectStructureKept(output: Uint8Array): void {
  const workbook = text(output, "xl/workbook.xml");
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/gu)].map((m) => m[0]);
  const names = sheets.map((s) => attr(s, "name"));
  expect(names).toEqual(expect.arrayContaining(["Biểu đồ", "Ghi chú riêng", "Bảng tổng hợp", "DV01"]));
  expect(attr(sheets[names.indexOf("Ghi chú riêng")] ?? "", "state")).toBe("hidden");
  expect(workbook).toMatch(/<definedName name="DiemCao">'Biểu đồ'!\$B\$2:\$B\$7<\/definedName>/u);
  const local = /<definedName name="DonViBieuDo" localSheetId="(\d+)">/u.exec(workbook);
  expect(names[Number(local?.[1])]).toBe("Biểu đồ");
  expect(text(output, "[Content_Types].xml")).toContain(`ContentType="${MACRO_CONTENT_TYPE}"`);
  expect(overlappingValidations(output)).toEqual({});
  expect(validationCount(output)).toBeGreaterThan(0);
}

/** The output opens in openpyxl without a warning and in LibreOffice with every sheet. */
async function expectOpensElsewhere(name: string): Promise<void> {
  const listed = python("check", name).trim().split("\n");
  expect(listed).toEqual(expect.arrayContaining(["Biểu đồ", "Ghi chú riêng", "Bảng tổng hợp", "DV01"]));
  const converted = await convertWithLibreOffice(new Uint8Array(readFileSync(file(name))), {
    profile,
    from: "xlsm",
    timeoutMs: 180_000,
  });
  const reopened = [...sheetParts(converted).keys()];
  // LibreOffice does not write an imported VBA project back (not even its own): only the sheets count.
  expect(reopened).toEqual(expect.arrayContaining(listed.filter((s) => s !== "_thidua")));
}

let input: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-nothing-lost-"));
  profile = makeProfile();
  python("vba-ods", "macros.ods");
  const macros = await convertWithLibreOffice(new Uint8Array(readFileSync(file("macros.ods"))), {
    profile,
    from: "ods",
    to: "xlsm",
    timeoutMs: 180_000,
  });
  writeFileSync(file("macros.xlsm"), macros);
  expect(
    (await thidua(dir, "mau", "cum.xlsx", "--preset", "kon-tum", "--units", "6", "--seed", "3")).code,
  ).toBe(0);
  python("decorate", "cum.xlsx", "macros.xlsm", "cum.xlsm");
  input = new Uint8Array(readFileSync(file("cum.xlsm")));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

it("starts from a workbook with LibreOffice's macro project and openpyxl's chart, picture and comment", () => {
  const entries = hashes(input);
  for (const name of USERS_ENTRIES) expect(entries.has(name)).toBe(true);
  expect(text(input, "[Content_Types].xml")).toContain(MACRO_CONTENT_TYPE);
  expect(text(input, sheetParts(input).get("DV01") ?? "?")).toMatch(/<conditionalFormatting\b/u);
});

it("tong-hop writes its sheets beside the user's, keeping every other entry, the macros and the extension", async () => {
  const run = await thidua(dir, "tong-hop", "cum.xlsm");
  expect(run).toMatchObject({ code: 0, stderr: "" });
  expect(run.stdout).toContain("«cum-tong-hop.xlsm»");
  expect(run.stdout).toContain("«Bảng tổng hợp (2)»");
  const output = new Uint8Array(readFileSync(file("cum-tong-hop.xlsm")));
  expectNothingLost(input, output, []);
  expectStructureKept(output);
  // The user's sheet named like the summary is theirs, untouched.
  expect(text(output, sheetParts(output).get("Bảng tổng hợp") ?? "?")).toContain("Bảng tổng hợp của tôi");
  await expectOpensElsewhere("cum-tong-hop.xlsm");
});

it("gop writes the returned notes into the unit's sheet and keeps every other entry", async () => {
  expect((await thidua(dir, "tach", "cum.xlsm", "don-vi")).code).toBe(0);
  const unitFile = readdirSync(file("don-vi")).find((f) => f.startsWith("DV02"));
  expect(unitFile).toBeDefined();
  const returned = path.join("don-vi", unitFile ?? "");
  python("fill", returned);
  const run = await thidua(dir, "gop", "cum.xlsm", returned, "--ghi-de");
  expect(run).toMatchObject({ code: 0, stderr: "" });
  expect(run.stdout).toContain("14 ghi chú");
  const output = new Uint8Array(readFileSync(file("cum-gop.xlsm")));
  // The merge writes into the unit's sheet, the date it arrived into the units sheet, and the
  // self-score file's receipt into «Đăng ký và nộp».
  expectNothingLost(input, output, ["DV02", "Đơn vị", "Đăng ký và nộp"]);
  expectStructureKept(output);
  expect(text(output, sheetParts(output).get("DV02") ?? "?")).toContain("Có minh chứng kèm theo");
  await expectOpensElsewhere("cum-gop.xlsm");
});

it("chuyen-ma converts the hidden sheet's TCVN3 cell and keeps every other entry", async () => {
  const run = await thidua(dir, "chuyen-ma", "cum.xlsm");
  expect(run).toMatchObject({ code: 0, stderr: "" });
  expect(run.stdout).toContain("«cum-unicode.xlsm»");
  const output = new Uint8Array(readFileSync(file("cum-unicode.xlsm")));
  expectNothingLost(input, output, ["Ghi chú riêng"]);
  expectStructureKept(output);
  expect(text(output, sheetParts(output).get("Ghi chú riêng") ?? "?")).toContain("Công đoàn cơ sở");
  await expectOpensElsewhere("cum-unicode.xlsm");
});

it("refuses to save a workbook with macros under an .xlsx name, and one without under .xlsm", async () => {
  const macros = await thidua(dir, "tong-hop", "cum.xlsm", "-o", "ra.xlsx");
  expect(macros).toMatchObject({
    code: 2,
    stderr:
      "Sổ có macro (VBA) nên tệp ra «ra.xlsx» phải có đuôi .xlsm: Excel không mở tệp .xlsx chứa macro.\n",
  });
  const plain = await thidua(dir, "chuyen-ma", "cum.xlsx", "-o", "ra.xlsm");
  expect(plain.code).toBe(2);
  expect(plain.stderr).toContain("phải có đuôi .xlsx");
  expect(readdirSync(dir).filter((f) => f.startsWith("ra."))).toEqual([]);
});
