/** `thidua tach` and `thidua gop`, run in-process on real files: what they write, print and exit with. */
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { mergedOutput } from "../../src/cli/collect";
import { PRESETS } from "../../src/core/presets";
import { runCli, type CliIO } from "../../src/cli/main";
import { SHEET } from "../../src/workbook/sheet-names";
import { editUnitFile, fillScores, setFilledDate, type FileRow } from "../workbook/collect-support";
import { editXlsx } from "../workbook/sample";

jest.setTimeout(60_000);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-collect-"));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const file = (name: string): string => path.join(dir, name);

function io(out: { stdout: string; stderr: string }): CliIO {
  return {
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: { write: (t: string) => (out.stderr += t) },
    now: () => new Date(2024, 9, 1, 9, 0),
    cwd: dir,
  };
}

async function thidua(...argv: string[]): Promise<Run> {
  const out = { stdout: "", stderr: "" };
  const code = await runCli(argv, io(out));
  return { code, ...out };
}

/** A Thủ Đức cluster with six units and no scores yet, split into a folder. */
async function splitCluster(): Promise<string[]> {
  expect(await thidua("mau", "cum.xlsx", "--preset", "thu-duc-1", "--nam", "2024")).toMatchObject({
    code: 0,
  });
  const run = await thidua("tach", "cum.xlsx", "don-vi");
  expect(run).toMatchObject({ code: 0, stderr: "" });
  return readdirSync(file("don-vi")).sort();
}

/**
 * A unit fills its file, writing `day` of October 2024 as «Ngày chấm điểm». The head saves it on
 * 28 November (its modification time on the head's computer), which the merge must not record.
 */
async function fill(name: string, score: (max: number, code: string) => number | string | null, day: number) {
  const full = file(path.join("don-vi", name));
  const on = { year: 2024, month: 10, day };
  writeFileSync(full, await fillScores(readFileSync(full), (row) => score(row.max, row.code), undefined, on));
  const saved = new Date(2024, 10, 28, 15, 0);
  utimesSync(full, saved, saved);
  return path.join("don-vi", name);
}

async function unitSheet(bytes: Uint8Array, unit: string) {
  const wb = await XlsxWorkbook.fromBuffer(bytes);
  const [sheet, units] = await wb.readSheets([unit, SHEET.units]);
  return { scores: sheet!.values, units: units!.values };
}

describe("thidua tach", () => {
  it("writes one self-scoring file per unit, named by code and name, and leaves the cluster workbook alone", async () => {
    expect(await thidua("mau", "cum.xlsx", "--preset", "thu-duc-1", "--nam", "2024")).toMatchObject({
      code: 0,
    });
    const before = readFileSync(file("cum.xlsx"));
    const run = await thidua("tach", "cum.xlsx", "don-vi");
    expect(run.code).toBe(0);
    const names = readdirSync(file("don-vi")).sort();
    expect(names).toEqual([
      "DV01 - Đơn vị 1.xlsx",
      "DV02 - Đơn vị 2.xlsx",
      "DV03 - Đơn vị 3.xlsx",
      "DV04 - Đơn vị 4.xlsx",
      "DV05 - Đơn vị 5.xlsx",
      "DV06 - Đơn vị 6.xlsx",
    ]);
    expect(run.stdout).toContain("Đã tách 6 tệp tự chấm vào «don-vi»:");
    expect(run.stdout).toContain("  DV03 - Đơn vị 3.xlsx  (DV03 — Đơn vị 3)");
    expect(readFileSync(file("cum.xlsx")).equals(before)).toBe(true);
    const wb = await XlsxWorkbook.fromBuffer(readFileSync(file(path.join("don-vi", names[0]!))));
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(["DV01", "Thông tin tệp"]);
  });

  it("refuses to overwrite files already in the folder unless asked, and splits only the units named", async () => {
    await splitCluster();
    const again = await thidua("tach", "cum.xlsx", "don-vi");
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^Tệp «don-vi.DV01 - Đơn vị 1\.xlsx» đã có\. Thêm --ghi-de để ghi đè\.\n$/);
    const some = await thidua("tach", "cum.xlsx", "mot-phan", "--don-vi", "DV02,dv05");
    expect(some.code).toBe(0);
    expect(readdirSync(file("mot-phan")).sort()).toEqual(["DV02 - Đơn vị 2.xlsx", "DV05 - Đơn vị 5.xlsx"]);
    expect((await thidua("tach", "cum.xlsx", "don-vi", "--ghi-de")).code).toBe(0);
  });

  it("makes no file while the cluster workbook has errors, and lists them (exit 1)", async () => {
    expect(await thidua("mau", "cum.xlsx", "--nam", "2024")).toMatchObject({ code: 0 });
    const bytes = readFileSync(file("cum.xlsx"));
    const wb = await XlsxWorkbook.fromBuffer(bytes);
    const [criteria] = await wb.readSheets([SHEET.criteria]);
    const row = criteria!.values.findIndex((r) => r[0] === "I.1");
    writeFileSync(
      file("hong.xlsx"),
      await editXlsx(bytes, (x) => (x.getWorksheet(SHEET.criteria)!.getCell(row + 1, 3).value = null)),
    );
    const run = await thidua("tach", "hong.xlsx", "ra");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^Sổ làm việc của cụm còn \d+ lỗi ở cấu hình, bảng tiêu chí hoặc danh sách đơn vị/,
    );
    expect(run.stderr).toContain("I.1");
    expect(existsSync(file("ra"))).toBe(false);
  });

  it("explains itself with --help", async () => {
    const run = await thidua("tach", "--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^thidua tach <sổ-cụm\.xlsx> <thư-mục>/);
    expect(run.stdout).toContain('\\ / : * ? " < > |');
  });
});

describe("thidua tach → units fill → thidua gop, on every preset", () => {
  /** Full marks for DV01, half (to the hundredth) for DV02; deductions none. */
  const scoreFor = (unit: string, row: FileRow): number =>
    row.kind === "Điểm trừ" ? 0 : unit === "DV01" ? row.max : Math.floor(row.max * 50) / 100;
  const noteFor = (unit: string, row: FileRow, first: string): string | null =>
    unit === "DV02" && row.code === first ? "=1+1 (giải trình)" : null;

  it.each(PRESETS.map((p) => p.id))(
    "%s: the copy holds what the units filled, the appraisals as they were, and each file's date",
    async (preset) => {
      expect(await thidua("mau", "cum.xlsx", "--preset", preset, "--nam", "2024")).toMatchObject({ code: 0 });
      // The cluster already appraised DV01's first scored criterion (self score 1, appraised 0.5).
      const blank = readFileSync(file("cum.xlsx"));
      let appraisedCode = "";
      const cluster = await editXlsx(blank, (x) => {
        const ws = x.getWorksheet("DV01")!;
        for (let r = 1; r <= ws.rowCount && appraisedCode === ""; r++) {
          const code = ws.getCell(r, 1).value;
          if (ws.getCell(r, 3).value !== "Chấm điểm" || typeof code !== "string") continue;
          appraisedCode = code;
          ws.getCell(r, 5).value = 1;
          ws.getCell(r, 6).value = 0.5;
        }
      });
      writeFileSync(file("cum.xlsx"), cluster);
      expect(appraisedCode).not.toBe("");
      expect((await thidua("tach", "cum.xlsx", "don-vi")).code).toBe(0);
      const names = readdirSync(file("don-vi")).sort();

      const filled = new Map<string, Map<string, { self: number; note: string | null }>>();
      const sent: string[] = [];
      for (const [i, unit] of ["DV01", "DV02"].entries()) {
        const name = path.join("don-vi", names[i]!);
        const bytes = readFileSync(file(name));
        const scored = new Map<string, { self: number; note: string | null }>();
        let first = ""; // the file's first scored criterion, where DV02 writes a formula-like note
        const out = await fillScores(
          bytes,
          (row) => {
            if (first === "" && row.kind === "Chấm điểm") first = row.code;
            const self = unit === "DV01" && row.code === appraisedCode ? 1 : scoreFor(unit, row);
            scored.set(row.code, { self, note: noteFor(unit, row, first) });
            return self;
          },
          (row) => noteFor(unit, row, first),
          { year: 2024, month: 10, day: 10 + i },
        );
        writeFileSync(file(name), out);
        // Saved on the head's computer a month later: the date recorded is the one the unit wrote.
        utimesSync(file(name), new Date(2024, 10, 20 + i, 15), new Date(2024, 10, 20 + i, 15));
        filled.set(unit, scored);
        sent.push(name);
      }

      const run = await thidua("gop", "cum.xlsx", ...sent);
      expect(run).toMatchObject({ code: 0, stderr: "" });
      const wb = await XlsxWorkbook.fromBuffer(readFileSync(file("cum-gop.xlsx")));
      const [dv01, dv02, dv03, units] = await wb.readSheets(["DV01", "DV02", "DV03", SHEET.units], {
        formulas: true,
      });
      for (const [unit, sheet] of [
        ["DV01", dv01],
        ["DV02", dv02],
      ] as const) {
        const scored = filled.get(unit)!;
        expect(scored.size).toBeGreaterThan(0);
        for (const [code, { self, note }] of scored) {
          const r = sheet!.values.findIndex((row) => row[0] === code);
          const row = sheet!.values[r]!;
          expect([code, row[4], row[6] ?? null]).toEqual([code, self, note]);
          expect(sheet!.formulas?.[r]?.[6] ?? null).toBeNull();
          const appraised = unit === "DV01" && code === appraisedCode ? 0.5 : null;
          expect([code, row[5] ?? null]).toEqual([code, appraised]);
        }
      }
      expect(dv03!.values.filter((row) => typeof row[4] === "number")).toEqual([]);
      const arrival = (code: string) => units!.values.find((r) => r[0] === code)?.[9] ?? null;
      expect([arrival("DV01"), arrival("DV02"), arrival("DV03")]).toEqual([
        { year: 2024, month: 10, day: 10 },
        { year: 2024, month: 10, day: 11 },
        null,
      ]);
    },
  );
});

describe("thidua gop", () => {
  it("merges the returned files into a copy, prints what each brought, dates each unit's scores by its file", async () => {
    const names = await splitCluster();
    const first = await fill(names[0]!, (max) => max / 2, 10);
    const third = await fill(names[2]!, (max) => max, 22);
    const before = readFileSync(file("cum.xlsx"));

    const run = await thidua("gop", "cum.xlsx", first, third);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain(`«${first}»\n  → DV01 Đơn vị 1: `);
    expect(run.stdout).toMatch(
      /→ DV01 Đơn vị 1: \d+ điểm mới, 0 điểm sửa; nhận ngày 10\/10\/2024 \(ngày đơn vị ghi ở ô «Ngày chấm điểm» trong tệp\)/,
    );
    expect(run.stdout).toMatch(/→ DV03 Đơn vị 3: \d+ điểm mới, 0 điểm sửa; nhận ngày 22\/10\/2024 \(/);
    expect(run.stdout).toContain("Đã ghi «cum-gop.xlsx»: nhận điểm của 2 đơn vị.");
    expect(readFileSync(file("cum.xlsx")).equals(before)).toBe(true);

    const out = readFileSync(file("cum-gop.xlsx"));
    const dv01 = await unitSheet(out, "DV01");
    // Thủ Đức's I.1 is worth 10: half of it.
    expect(dv01.scores.find((r) => r[0] === "I.1")?.[4]).toBe(5);
    const arrival = (code: string) => dv01.units.find((r) => r[0] === code)?.[9] ?? null;
    expect([arrival("DV01"), arrival("DV02"), arrival("DV03")]).toEqual([
      { year: 2024, month: 10, day: 10 },
      null,
      { year: 2024, month: 10, day: 22 },
    ]);
  });

  it("merges the good files, refuses the bad one with its reason, and exits 1", async () => {
    const names = await splitCluster();
    const good = await fill(names[0]!, (max) => max, 10);
    const bad = await fill(names[1]!, (max, code) => (code === "I.2" ? max + 5 : max), 11);
    writeFileSync(file("ghi-chu.xlsx"), "không phải bảng tính");
    const run = await thidua("gop", "cum.xlsx", good, bad, "ghi-chu.xlsx", "-o", "ket-qua.xlsx");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `«${bad}»\n  ✗ KHÔNG NHẬN (DV02 Đơn vị 2): Có 1 ô điểm không hợp lệ, nên chưa nhận điểm nào từ tệp này (sửa rồi gửi lại cả tệp):\n      - «I.2»: điểm`,
    );
    expect(run.stdout).toContain(
      "«ghi-chu.xlsx»\n  ✗ KHÔNG NHẬN: Không mở được tệp: Tệp không phải là bảng tính Excel (.xlsx).",
    );
    expect(run.stdout).toContain("Đã ghi «ket-qua.xlsx»: nhận điểm của 1 đơn vị; 2 tệp không được nhận.");
    const out = readFileSync(file("ket-qua.xlsx"));
    expect((await unitSheet(out, "DV02")).scores.find((r) => r[0] === "I.1")?.[4] ?? null).toBeNull();
  });

  it("takes a unit's later file only with --ghi-de, 'later' by the date each file gives, not by modification time", async () => {
    const names = await splitCluster();
    const early = await fill(names[0]!, () => 1, 10);
    const copy = path.join("don-vi", "DV01 - gửi lại.xlsx");
    const resent = { year: 2024, month: 10, day: 12 };
    writeFileSync(file(copy), await fillScores(readFileSync(file(early)), () => 0.5, undefined, resent));
    // Copied on the head's computer before the first file was saved there: its time says nothing.
    utimesSync(file(copy), new Date(2024, 9, 5), new Date(2024, 9, 5));

    const kept = await thidua("gop", "cum.xlsx", copy, early);
    expect(kept.code).toBe(1);
    expect(kept.stdout).toContain(
      `«${copy}»\n  ✗ KHÔNG NHẬN (DV01 Đơn vị 1): DV01 (Đơn vị 1) gửi hai lần: đã nhận tệp «${early}»`,
    );
    expect(
      (await unitSheet(readFileSync(file("cum-gop.xlsx")), "DV01")).scores.find((r) => r[0] === "I.1")?.[4],
    ).toBe(1);

    const replaced = await thidua("gop", "cum.xlsx", copy, early, "--ghi-de", "-o", "lan-2.xlsx");
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain(`  · DV01 Đơn vị 1: Được thay bằng tệp gửi sau «${copy}».`);
    expect(
      (await unitSheet(readFileSync(file("lan-2.xlsx")), "DV01")).scores.find((r) => r[0] === "I.1")?.[4],
    ).toBe(0.5);
  });

  it("records the day of the merge for a file that gives no «Ngày chấm điểm», and says so, never the file's modification day", async () => {
    const names = await splitCluster();
    const full = file(path.join("don-vi", names[0]!));
    writeFileSync(full, await fillScores(readFileSync(full), (row) => row.max));
    utimesSync(full, new Date(2024, 8, 3), new Date(2024, 8, 3));
    const run = await thidua("gop", "cum.xlsx", path.join("don-vi", names[0]!));
    expect(run).toMatchObject({ code: 0, stderr: "" });
    // The command ran on 1 October 2024 (io.now).
    expect(run.stdout).toContain("nhận ngày 01/10/2024 (ngày gộp, vì tệp không ghi «Ngày chấm điểm»)");
    const { units } = await unitSheet(readFileSync(file("cum-gop.xlsx")), "DV01");
    expect(units.find((r) => r[0] === "DV01")?.[9]).toEqual({ year: 2024, month: 10, day: 1 });
  });

  it("warns when the date a file gives is outside the period, and still takes the file", async () => {
    const names = await splitCluster();
    const full = file(path.join("don-vi", names[0]!));
    const typo = { year: 2023, month: 10, day: 10 }; // the unit typed last year
    writeFileSync(full, await fillScores(readFileSync(full), (row) => row.max, undefined, typo));
    const run = await thidua("gop", "cum.xlsx", path.join("don-vi", names[0]!));
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain(
      "nhận ngày 10/10/2023 (ngày đơn vị ghi ở ô «Ngày chấm điểm» trong tệp)\n      ! Ngày nhận 10/10/2023 nằm ngoài kỳ thi đua (01/01/2024 – 31/12/2024)",
    );
    const english = await thidua(
      "gop",
      "cum.xlsx",
      path.join("don-vi", names[0]!),
      "--xem-truoc",
      "--lang",
      "en",
    );
    expect(english.stdout).toContain(
      "received 10/10/2023 (the date the unit wrote in «Ngày chấm điểm» in the file)\n      ! The received date 10/10/2023 is outside the emulation period (01/01/2024 – 31/12/2024)",
    );
  });

  it("records the day of the merge when «Ngày chấm điểm» is not a date, naming the cell", async () => {
    const names = await splitCluster();
    const full = file(path.join("don-vi", names[0]!));
    const bytes = await fillScores(readFileSync(full), (row) => row.max);
    writeFileSync(full, await editUnitFile(bytes, (ws) => setFilledDate(ws, "hôm qua")));
    const run = await thidua("gop", "cum.xlsx", path.join("don-vi", names[0]!));
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain(
      "nhận ngày 01/10/2024 (ngày gộp, vì tệp không ghi «Ngày chấm điểm»)\n      ! Ô «Ngày chấm điểm» ghi «hôm qua», không phải ngày hợp lệ (ô E4, trang «DV01»)",
    );
  });

  it("takes the sample's own returned files: the sample records no arrival, so a unit's file is not a second sending", async () => {
    expect(await thidua("mau", "mau.xlsx", "--units", "6", "--nam", "2024")).toMatchObject({ code: 0 });
    expect(await thidua("tach", "mau.xlsx", "don-vi")).toMatchObject({ code: 0, stderr: "" });
    const names = readdirSync(file("don-vi")).sort();
    const sample = readFileSync(file("mau.xlsx"));
    const sent: string[] = [];
    for (const [i, name] of names.slice(0, 3).entries()) {
      // Each unit raises its self-scores to full marks where the head has not appraised yet (an
      // appraised score is protected, a rule of its own) and dates its file.
      const { scores } = await unitSheet(sample, `DV0${i + 1}`);
      const row = (code: string) => scores.find((r) => r[0] === code) ?? [];
      const full = file(path.join("don-vi", name));
      const filled = await fillScores(
        readFileSync(full),
        (r) => {
          const [self, appraised] = [row(r.code)[4] ?? null, row(r.code)[5] ?? null];
          return appraised === null ? r.max : typeof self === "number" ? self : null;
        },
        undefined,
        { year: 2024, month: 10, day: 15 },
      );
      writeFileSync(full, filled);
      sent.push(path.join("don-vi", name));
    }
    const run = await thidua("gop", "mau.xlsx", ...sent);
    expect(run.stdout).not.toContain("KHÔNG NHẬN");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("nhận điểm của 3 đơn vị.");
  });

  it("never writes over an existing output, even with --ghi-de (which is about a unit's two files), and says what to do", async () => {
    const names = await splitCluster();
    const one = await fill(names[0]!, (max) => max, 10);
    expect((await thidua("gop", "cum.xlsx", one)).code).toBe(0);
    // The head may have appraised in the first merge's output: a second merge must not erase that.
    writeFileSync(file("cum-gop.xlsx"), "the head's work");
    for (const extra of [[], ["--ghi-de"]]) {
      const again = await thidua("gop", "cum.xlsx", one, ...extra);
      expect(again.code).toBe(2);
      expect(again.stderr).toBe(
        "Tệp «cum-gop.xlsx» đã có và có thể chứa phần đã làm trên đó: Thi Đua không ghi đè. Hãy chọn tên khác với -o hoặc tự xoá tệp đó.\n",
      );
      expect(readFileSync(file("cum-gop.xlsx"), "utf8")).toBe("the head's work");
    }
    // A preview writes nothing, so an existing output does not stop it.
    expect((await thidua("gop", "cum.xlsx", one, "--xem-truoc")).code).toBe(0);
    expect((await thidua("gop", "cum.xlsx", one, "-o", "lan-2.xlsx")).code).toBe(0);
    expect(existsSync(file("lan-2.xlsx"))).toBe(true);
  });

  it("only shows what each file would bring with --xem-truoc, writing nothing", async () => {
    const names = await splitCluster();
    const one = await fill(names[0]!, (max) => max, 10);
    const run = await thidua("gop", "cum.xlsx", one, "--xem-truoc");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "Xem trước: sẽ nhận điểm của 1 đơn vị; 0 tệp không được nhận. Chưa ghi tệp ra.",
    );
    expect(existsSync(file("cum-gop.xlsx"))).toBe(false);
  });

  it("refuses a file from another cluster through the command itself, writing nothing", async () => {
    await splitCluster();
    expect(await thidua("mau", "khac.xlsx", "--preset", "kon-tum", "--nam", "2024")).toMatchObject({
      code: 0,
    });
    expect((await thidua("tach", "khac.xlsx", "khac")).code).toBe(0);
    const theirs = path.join("khac", readdirSync(file("khac")).sort()[0]!);
    const run = await thidua("gop", "cum.xlsx", theirs);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✗ KHÔNG NHẬN: Tệp của «.+», không phải của «.+»\./);
    expect(run.stdout).toContain("Không có gì để gộp (1 tệp không được nhận): chưa ghi tệp ra.");
    expect(existsSync(file("cum-gop.xlsx"))).toBe(false);
  });

  it("is used properly or says how (exit 2)", async () => {
    await splitCluster();
    expect(await thidua("gop", "cum.xlsx")).toMatchObject({
      code: 2,
      stderr: "Thiếu tệp đơn vị gửi về. Xem: thidua gop --help\n",
    });
    expect((await thidua("gop", "cum.xlsx", "x.xlsx", "-o", "cum.xlsx")).stderr).toMatch(
      /^Tệp ra trùng với tệp vào/,
    );
    expect((await thidua("gop", "khong-co.xlsx", "x.xlsx")).stderr).toBe(
      "Không tìm thấy tệp «khong-co.xlsx».\n",
    );
    const help = await thidua("gop", "--help");
    expect(help.stdout).toContain("Mã thoát: 0 đã nhận mọi tệp; 1 có tệp không được nhận");
    expect(mergedOutput(path.join("a", "cum.xlsx"))).toBe(path.join("a", "cum-gop.xlsx"));
  });
});
