/** The `thidua` command, run in-process: exit codes, messages, files written (or not). */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { runCli, type CliIO } from "../../src/cli/main";
import { numberFromPoints } from "../../src/core/decimal";
import { SHEET } from "../../src/workbook/sheet-names";
import { validateWorkbook } from "../../src/workbook/usecases";
import { editXlsx } from "../workbook/sample";

jest.setTimeout(60_000);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-cli-"));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function thidua(...argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    now: () => new Date(2023, 0, 5, 9, 30),
    cwd: dir,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const file = (name: string): string => path.join(dir, name);

async function sample(name = "cum.xlsx", ...extra: string[]): Promise<string> {
  const run = await thidua("mau", name, "--units", "7", "--nam", "2022", ...extra);
  expect(run).toMatchObject({ code: 0, stderr: "" });
  return file(name);
}

/** Runs tong-hop on a broken file and checks: one clear Vietnamese line, the exit code, no output, input unchanged. */
async function expectRefused(bytes: Uint8Array, exitCode: number, message: RegExp): Promise<Run> {
  writeFileSync(file("hong.xlsx"), bytes);
  const before = readFileSync(file("hong.xlsx"));
  const run = await thidua("tong-hop", "hong.xlsx");
  expect(run.code).toBe(exitCode);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/at .*\.(ts|js):\d+/); // no stack trace
  expect(existsSync(file("hong-tong-hop.xlsx"))).toBe(false);
  expect(readFileSync(file("hong.xlsx")).equals(before)).toBe(true);
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  return run;
}

describe("thidua mau", () => {
  it("creates a template with sample units for each preset", async () => {
    for (const preset of ["kon-tum", "thu-duc-1", "thanh-hoa-5", "bien-gioi-phia-bac"]) {
      const run = await thidua("mau", `${preset}.xlsx`, "--preset", preset, "--units", "5");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("5 đơn vị");
      const wb = await XlsxWorkbook.fromBuffer(readFileSync(file(`${preset}.xlsx`)));
      const { problems } = await validateWorkbook(wb);
      expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    }
  });

  it("creates six blank units without --units", async () => {
    await thidua("mau", "trong.xlsx");
    const wb = await XlsxWorkbook.fromBuffer(readFileSync(file("trong.xlsx")));
    const names = (await wb.listSheets()).map((s) => s.name);
    expect(names.filter((n) => /^DV\d+$/.test(n))).toHaveLength(6);
  });

  it("will not overwrite a file unless asked", async () => {
    await sample();
    const run = await thidua("mau", "cum.xlsx");
    expect(run).toMatchObject({ code: 2, stderr: "Tệp «cum.xlsx» đã có. Thêm --ghi-de để ghi đè.\n" });
    expect((await thidua("mau", "cum.xlsx", "--ghi-de")).code).toBe(0);
  });

  it.each([
    [["mau"], "Thiếu tên tệp"],
    [["mau", "a.csv"], "phải có đuôi .xlsx"],
    [["mau", "a.xlsx", "--units", "abc"], "phải là số nguyên dương"],
    [["mau", "a.xlsx", "--units"], "cần một giá trị"],
    [["mau", "a.xlsx", "--preset", "ha-noi"], "Không có bộ cấu hình mẫu «ha-noi»"],
    [["mau", "a.xlsx", "--mau-sac"], "Tùy chọn «--mau-sac» không dùng được với lệnh mau"],
  ])("refuses %j with exit code 2", async (argv, message) => {
    const run = await thidua(...argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("thidua kiem-tra", () => {
  it("tells a readable workbook that is not a cluster workbook so in one sentence, not sheet by sheet", async () => {
    const other = XlsxWorkbook.empty();
    await other.writeSheets([
      { name: "Sheet1", generated: false, blocks: [{ at: "A1", cells: [["Danh sách lớp"], ["An"]] }] },
    ]);
    writeFileSync(path.join(dir, "khac.xlsx"), await other.toBuffer());
    const sentence =
      "Tệp không phải sổ làm việc của cụm thi đua — tạo sổ bằng lệnh «thidua mau» hoặc nút tạo sổ mẫu trong ngăn Thi Đua, hoặc chọn đúng tệp.";
    const check = await thidua("kiem-tra", "khac.xlsx");
    expect(check.code).toBe(1);
    expect(check.stdout.split(sentence).length - 1).toBe(1);
    expect(check.stdout).not.toMatch(/Cấu hình|Tiêu chí|Đơn vị/u);
    // The wrong file, like a missing one, is a file error (exit 2), and nothing is written.
    // Named with the file, as a refusal of the file itself is (a missing or broken one).
    for (const argv of [
      ["tong-hop", "khac.xlsx"],
      ["ho-so", "khac.xlsx"],
      ["viec-can-lam", "khac.xlsx"],
    ])
      expect(await thidua(...argv)).toMatchObject({
        code: 2,
        stdout: "",
        stderr: `khac.xlsx: ${sentence}\n`,
      });
    expect(existsSync(path.join(dir, "khac-tong-hop.xlsx"))).toBe(false);
  });

  it("exits 0 on a valid workbook and lists warnings", async () => {
    await sample();
    const run = await thidua("kiem-tra", "cum.xlsx");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^«cum.xlsx»: /);
  });

  it("exits 1 and names sheet and cell of each error", async () => {
    const input = await sample();
    writeFileSync(
      input,
      await editXlsx(readFileSync(input), (wb) => (wb.getWorksheet("DV03")!.getCell("E5").value = 42)),
    );
    const run = await thidua("kiem-tra", "cum.xlsx");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("1 lỗi");
    expect(run.stdout).toMatch(/Lỗi: .*ô E5, trang «DV03»/);
  });

  it("prints one JSON document with every unit's figures and every problem's place", async () => {
    const input = await sample();
    writeFileSync(
      input,
      await editXlsx(readFileSync(input), (wb) => (wb.getWorksheet("DV02")!.getCell("F6").value = "tám")),
    );
    const run = await thidua("kiem-tra", "cum.xlsx", "--json");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ file: "cum.xlsx", ok: false, errors: 1 });
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        code: "SCORE_NOT_A_NUMBER",
        severity: "error",
        sheet: "DV02",
        cell: "F6",
        unit: "DV02",
      }),
    );
    const unit = report.clusters[0].units[0];
    expect(Object.keys(unit)).toEqual(
      expect.arrayContaining([
        "self",
        "appraised",
        "total",
        "rank",
        "classification",
        "considered",
        "exclusions",
        "award",
      ]),
    );
  });
});

describe("thidua kiem-tra lists problems under their unit", () => {
  it("lists a problem found on a unit's scoring sheet under that unit, not under «Chung», in text and --json", async () => {
    const input = await sample();
    writeFileSync(
      input,
      await editXlsx(readFileSync(input), (wb) => {
        const ws = wb.getWorksheet("DV02")!;
        ws.eachRow((row) => {
          if (row.getCell(1).value === "I.1") row.getCell(4).value = 7; // the sheet's maximum edited
        });
      }),
    );
    const run = await thidua("kiem-tra", "cum.xlsx");
    const lines = run.stdout.split("\n");
    const heading = lines.indexOf(" Đơn vị DV02:");
    expect(heading).toBeGreaterThan(0);
    expect(lines[heading + 1]).toMatch(/^ {2}(Lỗi|Cảnh báo): .*I\.1/u);
    expect(run.stdout).not.toContain("Chung (không thuộc riêng đơn vị nào):\n  Cảnh báo: Điểm tối đa");
    const json = JSON.parse((await thidua("kiem-tra", "cum.xlsx", "--json")).stdout) as {
      problems: { code: string; unit: string | null; sheet: string | null }[];
    };
    const onSheet = json.problems.filter((p) => p.sheet === "DV02");
    expect(onSheet.length).toBeGreaterThan(0);
    for (const p of onSheet) expect(p.unit).toBe("DV02");
  });
});

describe("thidua tong-hop", () => {
  it("writes the summary and the recommendation into a copy beside the input, never touching the input", async () => {
    const input = await sample();
    const before = readFileSync(input);
    const mtime = statSync(input).mtimeMs;
    const run = await thidua("tong-hop", "cum.xlsx");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Đã ghi «cum-tong-hop.xlsx»");
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(statSync(input).mtimeMs).toBe(mtime);
    const out = await XlsxWorkbook.fromBuffer(readFileSync(file("cum-tong-hop.xlsx")));
    const sheets = await out.listSheets();
    expect(sheets.slice(0, 2)).toEqual([
      { name: SHEET.summary, visible: true, generated: true },
      { name: SHEET.recommendation, visible: true, generated: true },
    ]);
  });

  it("round trip: every figure read back from the output equals the core's", async () => {
    await sample("cum.xlsx", "--preset", "kon-tum");
    const run = await thidua("tong-hop", "cum.xlsx", "-o", "ra.xlsx", "--json");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      output: "ra.xlsx",
      summarySheet: SHEET.summary,
      recommendationSheet: SHEET.recommendation,
    });
    const back = await XlsxWorkbook.fromBuffer(readFileSync(file("ra.xlsx")));
    const { summary } = await validateWorkbook(back);
    const [sheet] = await back.readSheets([SHEET.summary]);
    for (const unit of summary!.clusters.flatMap((c) => c.units)) {
      const row = sheet!.values.find((r) => r[1] === unit.code)!;
      const json = report.clusters[0].units.find((u: { code: string }) => u.code === unit.code);
      expect(row.slice(3, 11)).toEqual([
        numberFromPoints(unit.self),
        unit.appraised === null ? null : numberFromPoints(unit.appraised),
        unit.appraised === null ? 0 : numberFromPoints(unit.appraisalDifference),
        numberFromPoints(unit.departments),
        numberFromPoints(unit.bonus),
        numberFromPoints(unit.deductions),
        numberFromPoints(unit.total),
        unit.rank,
      ]);
      expect(json.total).toBe(numberFromPoints(unit.total));
      expect(json.award).toBe(unit.award);
    }
  });

  it("writes formula-injection names back as text in the summary and the recommendation", async () => {
    const input = await sample();
    const evil = '=HYPERLINK("http://evil.example","Bấm vào")';
    writeFileSync(
      input,
      await editXlsx(readFileSync(input), (wb) => {
        const units = wb.getWorksheet(SHEET.units)!;
        for (let r = 4; r <= 10; r++) units.getCell(r, 2).value = r === 4 ? evil : `@SUM(1+1) ${r}`;
      }),
    );
    expect((await thidua("tong-hop", "cum.xlsx", "-o", "ra.xlsx")).code).toBe(0);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(readFileSync(file("ra.xlsx")) as unknown as ExcelJS.Buffer);
    const seen: string[] = [];
    for (const name of [SHEET.summary, SHEET.recommendation]) {
      excel.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          if (typeof v === "string" && (v.startsWith("=") || v.startsWith("@"))) {
            expect(cell.type).toBe(ExcelJS.ValueType.String);
            seen.push(`${name}:${v}`);
          }
          if (cell.type === ExcelJS.ValueType.Formula) expect(cell.formula).not.toContain("HYPERLINK");
        }),
      );
    }
    expect(seen).toContain(`${SHEET.summary}:${evil}`);
    expect(seen.some((s) => s.startsWith(`${SHEET.recommendation}:`))).toBe(true);
  });

  it("refuses a workbook with errors: exit 1, the problems, no output", async () => {
    const input = await sample();
    const bytes = await editXlsx(
      readFileSync(input),
      (wb) => (wb.getWorksheet("DV01")!.getCell("E5").value = -3),
    );
    const run = await expectRefused(bytes, 1, /Chưa lập được: sổ làm việc còn 1 lỗi/);
    expect(run.stderr).toContain("Chưa ghi tệp ra");
  });

  it("refuses a CSV named .xlsx, saying what it is and how to save it as .xlsx", async () => {
    await expectRefused(
      new TextEncoder().encode("Mã,Tên\nDV01,Sở Y tế\n"),
      2,
      /^hong\.xlsx: Tệp ở định dạng văn bản CSV \(\.csv\), không phải \.xlsx\. Hãy mở bằng Excel hoặc LibreOffice và lưu thành \.xlsx\.\n$/,
    );
  });

  it("refuses a password-protected workbook", async () => {
    const utf16 = (t: string): number[] => [...t].flatMap((c) => [c.charCodeAt(0), 0]);
    const cfb = new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...new Array(504).fill(0),
      ...utf16("EncryptionInfo"),
      ...utf16("EncryptedPackage"),
    ]);
    await expectRefused(cfb, 2, /được đặt mật khẩu/);
  });

  it("refuses a truncated file", async () => {
    const bytes = readFileSync(await sample());
    await expectRefused(
      bytes.subarray(0, Math.floor(bytes.length / 2)),
      2,
      /bị hỏng hoặc chưa tải xuống hết/,
    );
  });

  it("refuses a workbook with a missing sheet, naming it", async () => {
    const bytes = await editXlsx(readFileSync(await sample()), (wb) =>
      wb.removeWorksheet(wb.getWorksheet(SHEET.criteria)!.id),
    );
    await expectRefused(bytes, 1, /Không tìm thấy trang «Tiêu chí»/);
  });

  it("refuses a renamed header, naming the sheet, the column and the row", async () => {
    const bytes = await editXlsx(
      readFileSync(await sample()),
      (wb) => (wb.getWorksheet("DV04")!.getCell("F3").value = "Điểm của cụm"),
    );
    await expectRefused(bytes, 1, /Trang «DV04» thiếu cột «Thẩm định» ở hàng tiêu đề 3/);
  });

  it("refuses merged cells in the score area", async () => {
    const bytes = await editXlsx(readFileSync(await sample()), (wb) =>
      wb.getWorksheet("DV02")!.mergeCells("E5:E6"),
    );
    await expectRefused(bytes, 1, /Vùng E5:E6 đang gộp ô/);
  });

  it("refuses formulas that evaluate to errors, naming the cell", async () => {
    const bytes = await editXlsx(readFileSync(await sample()), (wb) => {
      wb.getWorksheet("DV05")!.getCell("E5").value = {
        formula: "1/0",
        result: { error: "#DIV/0!" },
      };
    });
    await expectRefused(bytes, 1, /đang báo lỗi #DIV\/0!.*ô E5, trang «DV05»/);
  });

  it("accepts extra blank rows in the tables", async () => {
    const bytes = await editXlsx(readFileSync(await sample()), (wb) => {
      wb.getWorksheet(SHEET.units)!.spliceRows(6, 0, [], []);
      wb.getWorksheet("DV01")!.spliceRows(8, 0, []);
    });
    writeFileSync(file("trang.xlsx"), bytes);
    const run = await thidua("tong-hop", "trang.xlsx");
    expect(run.code).toBe(0);
    expect(existsSync(file("trang-tong-hop.xlsx"))).toBe(true);
  });

  it("refuses to overwrite an existing output file without --ghi-de, as mau and tach do, and overwrites with it", async () => {
    await sample();
    writeFileSync(file("ra.xlsx"), "phiếu bầu đã ghi");
    const run = await thidua("tong-hop", "cum.xlsx", "-o", "ra.xlsx");
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toContain("Tệp «ra.xlsx» đã có. Thêm --ghi-de để ghi đè.");
    expect(readFileSync(file("ra.xlsx"), "utf8")).toBe("phiếu bầu đã ghi");
    // The default output too: a summary copy may hold what was typed since.
    expect((await thidua("tong-hop", "cum.xlsx")).code).toBe(0);
    expect(await thidua("tong-hop", "cum.xlsx", "--lang", "en")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("The file «cum-tong-hop.xlsx» exists. Add --ghi-de to overwrite it."),
    });
    const again = await thidua("tong-hop", "cum.xlsx", "-o", "ra.xlsx", "--ghi-de");
    expect(again.code).toBe(0);
    const sheets = await (await XlsxWorkbook.fromBuffer(readFileSync(file("ra.xlsx")))).listSheets();
    expect(sheets[0]!.name).toBe(SHEET.summary);
  });

  it("never writes over its input", async () => {
    await sample();
    const run = await thidua("tong-hop", "cum.xlsx", "-o", "./cum.xlsx");
    expect(run).toMatchObject({ code: 2, stderr: expect.stringContaining("không bao giờ sửa tệp vào") });
  });

  it("says so when a user's sheet already has the summary's name", async () => {
    const input = await sample();
    writeFileSync(
      input,
      await editXlsx(
        readFileSync(input),
        (wb) => (wb.addWorksheet(SHEET.summary).getCell("A1").value = "ghi chú của tôi"),
      ),
    );
    const run = await thidua("tong-hop", "cum.xlsx");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("kết quả được ghi vào trang «Bảng tổng hợp (2)»");
  });

  it("shows a progress line on a terminal, on stderr, so stdout stays clean", async () => {
    await sample();
    let stderr = "";
    let stdout = "";
    const code = await runCli(["tong-hop", "cum.xlsx", "--json"], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t), isTTY: true },
      now: () => new Date(2023, 0, 5),
      cwd: dir,
    });
    expect(code).toBe(0);
    expect(stderr).toContain("Đang tổng hợp… 5/5");
    expect(() => JSON.parse(stdout) as unknown).not.toThrow();
  });
});

describe("help and usage", () => {
  it.each([[[]], [["--help"]], [["mau", "--help"]], [["kiem-tra", "-h"]], [["tong-hop", "--help"]]])(
    "prints help for %j",
    async (argv) => {
      const run = await thidua(...argv);
      if (argv.length === 0) {
        expect(run).toMatchObject({ code: 2, stderr: "Thiếu lệnh. Xem: thidua --help\n" });
      } else {
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/^thidua/);
      }
    },
  );

  it("refuses an unknown command in one line", async () => {
    expect(await thidua("xoa")).toMatchObject({
      code: 2,
      stderr: "Không có lệnh «xoa». Xem: thidua --help\n",
    });
  });

  it("reports a missing input file by the name given", async () => {
    expect(await thidua("kiem-tra", "khong-co.xlsx")).toMatchObject({
      code: 2,
      stderr: "Không tìm thấy tệp «khong-co.xlsx».\n",
    });
  });
});

describe("bin/thidua.js", () => {
  it("asks for npm run build:cli, in Vietnamese, when the compiled command is missing", () => {
    const copy = path.join(dir, "bin");
    mkdirSync(copy);
    writeFileSync(
      path.join(copy, "thidua.js"),
      readFileSync(path.join(__dirname, "..", "..", "bin", "thidua.js")),
    );
    let stderr = "";
    let status = 0;
    try {
      execFileSync(process.execPath, [path.join(copy, "thidua.js"), "--help"], { stdio: "pipe" });
    } catch (error) {
      const failed = error as { status: number; stderr: Buffer };
      status = failed.status;
      stderr = failed.stderr.toString();
    }
    expect(status).toBe(2);
    expect(stderr).toBe("Chưa biên dịch lệnh thidua. Hãy chạy: npm run build:cli\n");
  });

  it("stops quietly when the reader of its output is gone (thidua … | head), without a stack trace", () => {
    const bin = path.join(__dirname, "..", "..", "bin", "thidua.js");
    const err = path.join(dir, "epipe.txt");
    // `true` exits without reading, long before node has started: every write meets a closed pipe.
    const status = execFileSync(
      "bash",
      ["-c", `"${process.execPath}" "${bin}" --help 2>"${err}" | true; echo "\${PIPESTATUS[0]}"`],
      { encoding: "utf8" },
    );
    expect(readFileSync(err, "utf8")).toBe("");
    expect(status.trim()).toBe("0");
  });
});
