/** `thidua chuyen-ma`, run in-process: a workbook to a Unicode copy, a text to stdout. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runCli, type CliIO } from "../../src/cli/main";
import { UNICODE_FONT } from "../../src/core/text/legacy";
import { vi } from "../../src/messages/vi/cli";

const textMessages = vi.legacy;
import { SHEET } from "../../src/workbook/sheet-names";
import { encodeTcvn3, encodeVni } from "../core/text/legacy-encoder";
import { editXlsx, sampleBytes } from "../workbook/sample";

jest.setTimeout(60_000);

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-chuyen-ma-"));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function thidua(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    now: () => new Date(2023, 0, 5),
    cwd: dir,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const file = (name: string): string => path.join(dir, name);

/** A sample whose unit names were typed in .VnTime and VNI-Times, one TCVN3 name without its font. */
async function legacyInput(name = "cu.xlsx"): Promise<string> {
  const bytes = await editXlsx(await sampleBytes({ units: 4 }), (wb) => {
    const units = wb.getWorksheet(SHEET.units)!;
    const put = (address: string, text: string, font?: string): void => {
      units.getCell(address).value = text;
      if (font) units.getCell(address).style = { ...units.getCell(address).style, font: { name: font } };
    };
    put("B4", encodeTcvn3("Công đoàn Sở Y tế"), ".VnTime");
    put("B5", encodeVni("Công đoàn Sở Tư pháp"), "VNI-Times");
    put("B6", "C«ng ®oµn Côc ThuÕ");
  });
  writeFileSync(file(name), bytes);
  return file(name);
}

async function cellsOf(output: string, sheet: string, addresses: readonly string[]) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(output) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(sheet)!;
  return addresses.map((a) => ({ value: ws.getCell(a).value, font: ws.getCell(a).font?.name }));
}

describe("thidua chuyen-ma on a workbook", () => {
  it("converts into a copy, says how many cells per sheet and encoding, and never touches the input", async () => {
    const input = await legacyInput();
    const before = readFileSync(input);
    const run = await thidua("chuyen-ma", "cu.xlsx", "-o", "moi.xlsx");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain(`Đã chuyển 3 ô sang Unicode (phông ${UNICODE_FONT}) và ghi vào «moi.xlsx»`);
    expect(run.stdout).toContain(`Trang «${SHEET.units}»: 2 ô từ TCVN3 (ABC)`);
    expect(run.stdout).toContain(`Trang «${SHEET.units}»: 1 ô từ VNI-Windows`);
    // The one found by its text alone is listed for a second look.
    expect(run.stdout).toContain(`${SHEET.units}!B6: «C«ng ®oµn Côc ThuÕ» → «Công đoàn Cục Thuế»`);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(await cellsOf(file("moi.xlsx"), SHEET.units, ["B4", "B5", "B6"])).toEqual([
      { value: "Công đoàn Sở Y tế", font: UNICODE_FONT },
      { value: "Công đoàn Sở Tư pháp", font: UNICODE_FONT },
      { value: "Công đoàn Cục Thuế", font: UNICODE_FONT },
    ]);
  });

  it("writes beside the input by default, and converting the copy again finds nothing", async () => {
    await legacyInput();
    expect((await thidua("chuyen-ma", "cu.xlsx")).code).toBe(0);
    expect(existsSync(file("cu-unicode.xlsx"))).toBe(true);
    const again = await thidua("chuyen-ma", "cu-unicode.xlsx", "-o", "lan-hai.xlsx");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("không có ô nào gõ bằng bảng mã cũ");
    expect(existsSync(file("lan-hai.xlsx"))).toBe(false);
  });

  it("refuses a forced encoding over a whole workbook, and writing over the input", async () => {
    await legacyInput();
    const forced = await thidua("chuyen-ma", "cu.xlsx", "--tu", "tcvn3");
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain("--tu chỉ dùng với --text");
    const same = await thidua("chuyen-ma", "cu.xlsx", "-o", "./cu.xlsx");
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("Tệp ra trùng với tệp vào");
  });

  it("writes over an existing output only with --ghi-de", async () => {
    await legacyInput();
    writeFileSync(file("cu-unicode.xlsx"), "kept");
    const refused = await thidua("chuyen-ma", "cu.xlsx");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe("Tệp «cu-unicode.xlsx» đã có. Thêm --ghi-de để ghi đè.\n");
    expect(readFileSync(file("cu-unicode.xlsx"), "utf8")).toBe("kept");
    expect((await thidua("chuyen-ma", "cu.xlsx", "--ghi-de")).code).toBe(0);
    expect(readFileSync(file("cu-unicode.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("refuses a file that is not a workbook in one line, writing nothing", async () => {
    writeFileSync(file("hong.xlsx"), "<html><body>Mã Tên</body></html>\n");
    const run = await thidua("chuyen-ma", "hong.xlsx", "-o", "ra.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("hong.xlsx: Tệp không phải là bảng tính Excel (.xlsx).\n");
    expect(existsSync(file("ra.xlsx"))).toBe(false);
  });
});

describe("thidua chuyen-ma --text", () => {
  it("prints the converted text, detecting the encoding", async () => {
    expect(await thidua("chuyen-ma", "--text", "c«ng t¸c thi ®ua")).toEqual({
      code: 0,
      stdout: "công tác thi đua\n",
      stderr: "",
    });
    // All capitals: typed in a ….H font, whose lower-case codes draw capitals (seed 001).
    expect((await thidua("chuyen-ma", "--text", "H¦íNG DÉN")).stdout).toBe("HƯỚNG DẪN\n");
    expect((await thidua("chuyen-ma", "--text", "Coâng ñoaøn cô sôû")).stdout).toBe("Công đoàn cơ sở\n");
  });

  it("leaves alone what it cannot tell, and says why on stderr", async () => {
    const unicode = await thidua("chuyen-ma", "--text", "Công đoàn");
    expect(unicode).toEqual({ code: 0, stdout: "Công đoàn\n", stderr: `${textMessages.alreadyUnicode}\n` });
    const english = await thidua("chuyen-ma", "--text", "Café au lait");
    expect(english).toEqual({ code: 0, stdout: "Café au lait\n", stderr: `${textMessages.notRecognised}\n` });
  });

  it("reads the text in the encoding forced with --tu", async () => {
    expect((await thidua("chuyen-ma", "--text", "côm", "--tu", "tcvn3")).stdout).toBe("cụm\n");
    expect((await thidua("chuyen-ma", "--text=Tröôøng", "--tu=VNI")).stdout).toBe("Trường\n");
    const wrong = await thidua("chuyen-ma", "--text", "x", "--tu", "utf8");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(`${textMessages.unknownEncoding("utf8")}\n`);
  });

  it("has a help page, and refuses a text together with a file", async () => {
    const help = await thidua("chuyen-ma", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^thidua chuyen-ma <tệp\.xlsx> \[-o tệp-ra\.xlsx\]/);
    expect((await thidua("--help")).stdout).toContain("thidua chuyen-ma");
    const both = await thidua("chuyen-ma", "a.xlsx", "--text", "x");
    expect(both.code).toBe(2);
  });
});
