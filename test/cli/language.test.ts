/**
 * The command speaks the user's language: `--lang` wherever it stands, else the environment
 * (THIDUA_LANG, then LC_ALL, LC_MESSAGES, LANG as POSIX orders them); Vietnamese otherwise. The
 * sheets it writes stay Vietnamese.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { runCli, type CliIO } from "../../src/cli/main";
import { cliLanguage } from "../../src/messages/cli";
import { SHEET } from "../../src/workbook/sheet-names";
import { editXlsx } from "../workbook/sample";
import { vietnameseIn } from "../messages/vietnamese";
import { readFileSync, writeFileSync } from "node:fs";

jest.setTimeout(60_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-lang-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function thidua(
  env: Record<string, string>,
  ...argv: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    now: () => new Date(2023, 0, 5, 9, 30),
    cwd: dir,
    env,
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}

describe("choosing the language", () => {
  it("takes --lang first, then THIDUA_LANG, LC_ALL, LC_MESSAGES and LANG; Vietnamese otherwise", () => {
    expect(cliLanguage("en", { LANG: "vi_VN.UTF-8" })).toBe("en");
    expect(cliLanguage(undefined, { THIDUA_LANG: "vi", LANG: "en_US.UTF-8" })).toBe("vi");
    expect(cliLanguage(undefined, { LC_ALL: "en_GB.UTF-8", LANG: "vi_VN" })).toBe("en");
    expect(cliLanguage(undefined, { LANG: "en_US.UTF-8" })).toBe("en");
    expect(cliLanguage(undefined, { LANG: "C.UTF-8" })).toBe("vi");
    expect(cliLanguage(undefined, {})).toBe("vi");
  });
});

describe("thidua in English", () => {
  it("prints its help and its usage errors in English, with --lang anywhere on the line", async () => {
    const help = await thidua({}, "--help", "--lang", "en");
    expect(help.out).toContain("Usage:");
    expect(vietnameseIn(help.out.replace(/Thi Đua/gu, ""))).toBe("");
    const wrong = await thidua({}, "kiem-tra", "--lang=en");
    expect(wrong).toMatchObject({ code: 2, err: "A file name is missing. See: thidua kiem-tra --help\n" });
  });

  it("refuses a language it does not speak, in the environment's language", async () => {
    const run = await thidua({ LANG: "en_US.UTF-8" }, "--lang", "fr", "--help");
    expect(run).toMatchObject({ code: 2, err: "There is no language «fr»: use --lang vi or --lang en.\n" });
    const vi = await thidua({}, "--lang");
    expect(vi).toMatchObject({ code: 2, err: "Tùy chọn --lang cần một giá trị.\n" });
  });

  it("checks a workbook in English from LANG, while the sheets it writes stay Vietnamese", async () => {
    expect((await thidua({}, "mau", "cum.xlsx", "--units", "4", "--nam", "2022")).code).toBe(0);
    const broken = await editXlsx(new Uint8Array(readFileSync(path.join(dir, "cum.xlsx"))), (wb) => {
      wb.getWorksheet("DV02")!.getCell("E6").value = "tám";
    });
    writeFileSync(path.join(dir, "hong.xlsx"), broken);
    const check = await thidua({ LANG: "en_US.UTF-8" }, "kiem-tra", "hong.xlsx");
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/^«hong\.xlsx»: 1 error, \d+ warnings?\./u);
    expect(check.out).toContain("reads «tám», which is not a number");
    expect(check.out).toContain("(cell E6, sheet «DV02»)");

    const json = await thidua({}, "kiem-tra", "hong.xlsx", "--json", "--lang", "en");
    const report = JSON.parse(json.out) as { problems: { code: string; message: string }[] };
    const notANumber = report.problems.find((p) => p.code === "SCORE_NOT_A_NUMBER");
    expect(notANumber?.message).toContain("which is not a number");

    const summary = await thidua({ LANG: "en_US.UTF-8" }, "tong-hop", "cum.xlsx", "-o", "ra.xlsx");
    expect(summary.code).toBe(0);
    expect(summary.out).toMatch(/^Wrote «ra\.xlsx» \(sheets «Bảng tổng hợp» and «Đề nghị khen thưởng»\)\./u);
    const written = await XlsxWorkbook.fromBuffer(new Uint8Array(readFileSync(path.join(dir, "ra.xlsx"))));
    const [sheet] = await written.readSheets([SHEET.summary]);
    expect(sheet?.values[0]?.[0]).toBe("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA");
  });
});
