/**
 * A real Excel 97–2003 workbook (.xls), as LibreOffice saves one, given to every command that reads a
 * workbook: each says it is an old Excel file and how to save it as .xlsx — the same message whether
 * the file is named .xls or was renamed .xlsx — exits 2 and writes nothing. An .xls is a Compound File
 * (BIFF8 in a CFB container): its first bytes are the CFB header signature D0 CF 11 E0 A1 B1 1A E1
 * ([MS-CFB] §2.2 "Compound File Header", Header Signature; [MS-XLS] §2.1.1 names the CFB container).
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { runCli } from "../../src/cli/main";
import { convertWithLibreOffice } from "../support/libreoffice";

jest.setTimeout(180_000);

let dir: string;
let xls: Uint8Array;

const file = (name: string): string => path.join(dir, name);

async function thidua(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: "", stderr: "" };
  const code = await runCli(argv, {
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: { write: (t: string) => (out.stderr += t) },
    now: () => new Date(2024, 9, 1, 9, 0),
    cwd: dir,
  });
  return { code, ...out };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-xls-"));
  expect(await thidua("mau", "cum.xlsx", "--units", "4", "--nam", "2024")).toMatchObject({ code: 0 });
  xls = await convertWithLibreOffice(new Uint8Array(readFileSync(file("cum.xlsx"))), { to: "xls" });
  // LibreOffice wrote a real compound file, not a zip.
  expect([...xls.slice(0, 8)]).toEqual([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const VI =
  "Tệp ở định dạng Excel cũ (.xls). Hãy mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).";

describe("a real .xls given to the commands", () => {
  it.each([
    ["kiem-tra", (f: string) => ["kiem-tra", f]],
    ["tong-hop", (f: string) => ["tong-hop", f]],
    ["tong-hop -o", (f: string) => ["tong-hop", f, "-o", "ra.xlsx"]],
    ["chuyen-ma", (f: string) => ["chuyen-ma", f]],
    ["tach", (f: string) => ["tach", f, "don-vi"]],
    ["gop", (f: string) => ["gop", f, "cum.xlsx"]],
  ])(
    "%s says it is an old Excel file, named .xls or renamed .xlsx alike, and writes nothing",
    async (_, argv) => {
      writeFileSync(file("so.xls"), xls);
      copyFileSync(file("so.xls"), file("doi-ten.xlsx"));
      const before = readdirSync(dir).sort();
      const named = await thidua(...argv("so.xls"));
      const renamed = await thidua(...argv("doi-ten.xlsx"));
      expect(named).toEqual({ code: 2, stdout: "", stderr: `so.xls: ${VI}\n` });
      expect(renamed).toEqual({ code: 2, stdout: "", stderr: `doi-ten.xlsx: ${VI}\n` });
      expect(readdirSync(dir).sort()).toEqual(before);
    },
  );

  it("is said in English too", async () => {
    writeFileSync(file("so.xls"), xls);
    const run = await thidua("kiem-tra", "so.xls", "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^so\.xls: .*old Excel format \(\.xls\)/u);
  });

  it("is refused among the returned files of gop like any other bad file, by the same words", async () => {
    writeFileSync(file("so.xls"), xls);
    const run = await thidua("gop", "cum.xlsx", "so.xls", "--xem-truoc");
    expect(run.stdout).toContain(`«so.xls»\n  ✗ KHÔNG NHẬN: Không mở được tệp: ${VI}`);
  });

  it("keeps the name message for a file that is not there", async () => {
    expect(await thidua("kiem-tra", "khong-co.xls")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("phải có đuôi .xlsx"),
    });
  });
});
