/**
 * `thidua viec-can-lam` and `thidua ke-hoach`, run in-process on workbooks the command itself made:
 * what is due before, on and after a deadline (Thủ Đức's reports, due 20/10/2024, a Sunday, so
 * Monday 21/10), wrong input, and the plan as a Word file printed by LibreOffice.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { runCli, type CliIO } from "../../src/cli/main";
import { SHEET } from "../../src/workbook/sheet-names";
import { printWithLibreOffice, readPrint } from "../support/print";

jest.setTimeout(300_000);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-plan-cli-"));
  const made = await thidua("mau", "cum.xlsx", "--preset", "thu-duc-1", "--nam", "2024");
  expect(made.code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function thidua(...argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    now: () => new Date(2024, 11, 2, 9, 0),
    cwd: dir,
    env: {},
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const file = (name: string): string => path.join(dir, name);

/** A copy of the sample with cells changed through our own .xlsx writer, as a user's edit in Excel. */
async function edited(
  name: string,
  updates: { sheet: string; at: string; value: string | number }[],
): Promise<string> {
  const workbook = await XlsxWorkbook.fromBuffer(new Uint8Array(readFileSync(file("cum.xlsx"))));
  await workbook.updateCells(updates.map((u) => ({ sheet: u.sheet, at: u.at, cells: [[u.value]] })));
  writeFileSync(file(name), await workbook.toBuffer());
  return name;
}

interface DueJson {
  asOf: string;
  late: {
    task: string;
    daysToDeadline: number;
    deadline: string;
    statedDeadline: string;
    owing: { code: string }[];
  }[];
  due: { task: string; daysToDeadline: number; owing: { code: string }[]; unresolvedRoles: string[] }[];
  byOwner: { owner: string; late: string[]; due: string[] }[];
  problems: { code: string; sheet: string | null; cell: string | null }[];
}

async function dueOn(day: string, workbook = "cum.xlsx"): Promise<DueJson> {
  const run = await thidua("viec-can-lam", workbook, "--ngay", day, "--json");
  expect(run).toMatchObject({ code: 0, stderr: "" });
  return JSON.parse(run.stdout) as DueJson;
}

const SIX = ["DV01", "DV02", "DV03", "DV04", "DV05", "DV06"];

describe("thidua viec-can-lam on three days around the reports' deadline", () => {
  it("before: the year report and the self-scores are due in 11 days, owed by every unit", async () => {
    const json = await dueOn("10/10/2024");
    expect(json.asOf).toBe("2024-10-10");
    const reports = json.due.filter((i) => i.task === "bao-cao-nam" || i.task === "tu-cham");
    expect(reports.map((i) => [i.task, i.daysToDeadline])).toEqual([
      ["bao-cao-nam", 11],
      ["tu-cham", 11],
    ]);
    expect(reports[0]!.owing.map((u) => u.code)).toEqual(SIX);
    // The pact (24/09) is past: the members and the head (no unit named for it yet) owe it.
    expect(json.late.map((i) => i.task)).toEqual(["dang-ky", "so-ket", "giao-uoc"]);
  });

  it("on the deadline: the Sunday's deadline moved to Monday 21/10, due today and not late", async () => {
    const json = await dueOn("21/10/2024");
    expect(json.due.filter((i) => i.task === "tu-cham").map((i) => i.daysToDeadline)).toEqual([0]);
    expect(json.late.map((i) => i.task)).not.toContain("tu-cham");
  });

  it("after: the reports are a day late; a unit whose report date is in «Đơn vị» no longer owes it", async () => {
    // DV02 (row 5) sent its year report on 18/10/2024: column H, «Ngày gửi BC tổng kết».
    const name = await edited("dv02.xlsx", [{ sheet: SHEET.units, at: "H5", value: "18/10/2024" }]);
    const json = await dueOn("2024-10-22", name);
    const report = json.late.find((i) => i.task === "bao-cao-nam")!;
    expect(report).toMatchObject({
      daysToDeadline: -1,
      deadline: "2024-10-21",
      statedDeadline: "2024-10-20",
    });
    expect(report.owing.map((u) => u.code)).toEqual(SIX.filter((c) => c !== "DV02"));
    expect(json.late.find((i) => i.task === "tu-cham")!.owing.map((u) => u.code)).toEqual(SIX);
    expect(json.byOwner.find((o) => o.owner.startsWith("DV02 "))!.late).toEqual(["1", "3", "5"]);
    expect(json.byOwner.find((o) => o.owner.startsWith("DV01 "))!.late).toEqual(["1", "3", "4", "5"]);
  });

  it("prints the same as lines, by task and by owner, in Vietnamese and in English", async () => {
    const vi = await thidua("viec-can-lam", "cum.xlsx", "--ngay", "22/10/2024");
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain("Việc cần làm ngày 22/10/2024");
    expect(vi.stdout).toMatch(
      /5\. Gửi báo cáo chấm điểm .* — hạn 21\/10\/2024 \(kế hoạch ghi 20\/10\/2024.*\), quá hạn 1 ngày/,
    );
    expect(vi.stdout).toContain("Theo đơn vị thực hiện:");
    const en = await thidua("viec-can-lam", "cum.xlsx", "--ngay", "22/10/2024", "--lang", "en");
    expect(en.stdout).toContain("What is due on 22/10/2024");
    expect(en.stdout).toContain("1 day late");
    expect(en.stdout).toContain("cluster head");
  });
});

describe("thidua viec-can-lam on wrong input", () => {
  it.each([
    ["31/02/2024", /--ngay «31\/02\/2024» không phải một ngày có thật/],
    ["hôm qua", /--ngay «hôm qua» không phải một ngày có thật/],
  ])("refuses --ngay %s with one line and exit code 2", async (day, message) => {
    const run = await thidua("viec-can-lam", "cum.xlsx", "--ngay", day);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stdout).toBe("");
  });

  it("says it in English with --lang en", async () => {
    const run = await thidua("viec-can-lam", "cum.xlsx", "--ngay", "2024-13-01", "--lang", "en");
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toMatch(/--ngay «2024-13-01» is not a real day/);
  });

  it("names the sheet and cell of a range that ends before it starts, lists the rest, exit code 1", async () => {
    // so-ket (row 5 of «Kế hoạch») runs 01/07 – 31/07/2024; end it on 30/06. dang-ky (row 4) loses its owner.
    const name = await edited("bad.xlsx", [
      { sheet: SHEET.plan, at: "G5", value: "30/06/2024" },
      { sheet: SHEET.plan, at: "E4", value: "" },
    ]);
    const before = readFileSync(file(name));
    const run = await thidua("viec-can-lam", name, "--ngay", "22/10/2024");
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /Nhiệm vụ «so-ket» kết thúc ngày 30\/06\/2024, trước ngày bắt đầu 01\/07\/2024\. \(ô G5, trang «Kế hoạch»\)/,
    );
    expect(run.stdout).toMatch(/Nhiệm vụ «dang-ky» chưa ghi đơn vị thực hiện\. \(ô E4, trang «Kế hoạch»\)/);
    expect(run.stdout).toContain("5. Gửi báo cáo chấm điểm");
    expect(readFileSync(file(name)).equals(before)).toBe(true);
    const json = JSON.parse(
      (await thidua("viec-can-lam", name, "--ngay", "22/10/2024", "--json")).stdout,
    ) as DueJson;
    expect(json.problems.map((p) => [p.code, p.sheet, p.cell])).toEqual(
      expect.arrayContaining([
        ["PLAN_END_BEFORE_START", SHEET.plan, "G5"],
        ["PLAN_OWNER_MISSING", SHEET.plan, "E4"],
      ]),
    );
  });
});

describe("thidua ke-hoach", () => {
  it("writes the plan as a KH document that LibreOffice prints with seed 003's table", async () => {
    const run = await thidua("ke-hoach", "cum.xlsx", "-o", "ke-hoach.docx");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("Đã ghi kế hoạch (7 việc) vào ke-hoach.docx.");
    const out = await printWithLibreOffice(
      new Map([["ke-hoach", new Uint8Array(readFileSync(file("ke-hoach.docx")))]]),
    );
    try {
      const printed = readPrint(path.join(out, "ke-hoach.pdf"));
      const text = printed.rawText;
      // The number left blank for the clerk: a space, never a printed "…".
      expect(text).toMatch(/Số:\s+\/KH-CTĐ/u);
      expect(text).not.toContain("…/KH");
      expect(text).toContain("KẾ HOẠCH");
      expect(text).toContain("Hoạt động của Cụm thi đua 1 năm 2024");
      expect(text).toMatch(/TT Nội dung Đơn vị thực hiện Thời gian|TT Nội dung Đơn vị thực hiện Thời gian/);
      // Every row's dates as the plan states them; the reports with their data cut-off (seed 000:57).
      expect(text).toContain("Từ 01/07/2024 đến 31/07/2024");
      expect(text).toMatch(/Trước ngày 20\/10\/2024 \(số liệu tính đến ngày 15\/10\/2024\)/);
      expect(text).toContain("Trước ngày 01/11/2024");
      expect(text).toContain("TM. CỤM THI ĐUA");
      expect(text).toContain("Tp. Thủ Đức, ngày 02 tháng 12 năm 2024");
      expect(printed.pages[0]!.widthPt).toBeCloseTo(595, 0);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("refuses a plan with errors and writes nothing", async () => {
    const name = await edited("bad-kh.xlsx", [{ sheet: SHEET.plan, at: "G6", value: "ba mươi" }]);
    const run = await thidua("ke-hoach", name, "-o", "khong.docx");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/«ba mươi», không đọc được là một ngày.*\(ô G6, trang «Kế hoạch»\)/);
    expect(existsSync(file("khong.docx"))).toBe(false);
  });

  it("refuses an output that is not .docx, and one that exists without --ghi-de", async () => {
    expect((await thidua("ke-hoach", "cum.xlsx", "-o", "kh.xlsx")).stderr).toMatch(/phải là tệp Word \.docx/);
    writeFileSync(file("co-roi.docx"), "x");
    const run = await thidua("ke-hoach", "cum.xlsx", "-o", "co-roi.docx");
    expect(run.code).toBe(2);
    expect(readFileSync(file("co-roi.docx"), "utf8")).toBe("x");
  });
});
