/**
 * `thidua nam-moi` and `thidua tong-hop-khoi` on files: two years on every preset (the scores of
 * the second year typed in by openpyxl, another program), the Kon Tum block split into one workbook
 * per cluster and rolled up, and each inconsistency refused with its file, sheet and cell. The
 * workbooks are made here (our writer, openpyxl, xlsxwriter, LibreOffice); nothing of another
 * project is committed.
 */
import { execFileSync } from "node:child_process";
import { existsSync, linkSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { effectiveDeadlines } from "../../src/core/deadlines";
import { presetPlanForYear } from "../../src/core/plan-presets";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { sampleUnits } from "../../src/cli/main";
import type { JsonReport } from "../../src/cli/report";
import { deadlinesNextYear, nextPeriod } from "../../src/core/new-year";
import { PRESETS, presetById, type PresetId } from "../../src/core/presets";
import { findSheet, SHEET } from "../../src/workbook/sheet-names";
import { createClusterWorkbook, readCluster, type NewUnit } from "../../src/workbook/usecases";
import { Grid } from "../../src/workbook/grid/grid";
import { readHistorySheet } from "../../src/workbook/sheets/history";
import { convertWithLibreOffice, makeProfile } from "../support/libreoffice";
import { sha256, thidua } from "../hostile/support";

/** tong-hop wrote both sheets: 0, or 3 when places await a vote (no preset decides ties by a chain). */
const WRITTEN = [0, 3];

jest.setTimeout(600_000);

const PYTHON = path.resolve(__dirname, "..", "..", ".venv", "bin", "python");
const FILL = path.join(__dirname, "year-fill.py");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-year-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string): string => path.join(dir, name);
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(file(name)));

async function makeWorkbook(
  name: string,
  options: {
    presetId: PresetId;
    year: number;
    units: NewUnit[];
    head?: string;
    deputy?: string;
    seed?: number;
  },
): Promise<void> {
  const wb = XlsxWorkbook.empty();
  await createClusterWorkbook(wb, { ...options, sampleScores: true });
  writeFileSync(file(name), await wb.toBuffer());
}

/** Runs a Python snippet over the test folder with openpyxl at hand. */
function python(code: string): void {
  execFileSync(PYTHON, ["-c", `import openpyxl, os\nos.chdir(${JSON.stringify(dir)})\n${code}`], {
    stdio: "pipe",
  });
}

async function officersOf(name: string): Promise<string[][]> {
  const wb = await XlsxWorkbook.fromBuffer(bytesOf(name));
  const [config] = await wb.readSheets([SHEET.config]);
  const rows = (config?.values ?? []).map((r) => r.map((v) => (typeof v === "string" ? v : "")));
  const header = rows.findIndex((r) => r[0] === "Mã cụm");
  return rows
    .slice(header + 1)
    .filter((r) => r[0] !== "" && r[1] !== "")
    .slice(0, 1)
    .map((r) => [r[4] ?? "", r[5] ?? ""]);
}

async function historyOf(name: string) {
  const wb = await XlsxWorkbook.fromBuffer(bytesOf(name));
  const [sheet] = await wb.readSheets([SHEET.history]);
  return sheet ? readHistorySheet(new Grid(sheet)) : [];
}

describe("thidua nam-moi", () => {
  it.each(PRESETS.map((p) => p.id))(
    "carries %s over two years: head, deputy, units, criteria, period and «Lịch sử»",
    async (presetId) => {
      const preset = presetById(presetId)!;
      const units = sampleUnits(presetId, 6, true);
      const y0 = `${presetId}-2025.xlsx`;
      await makeWorkbook(y0, { presetId, year: 2025, units, head: "DV01", deputy: "DV02" });
      expect(WRITTEN).toContain((await thidua(dir, "tong-hop", y0, "-o", `${presetId}-2025-th.xlsx`)).code);
      const before = sha256(bytesOf(`${presetId}-2025-th.xlsx`));

      const y1 = `${presetId}-2026.xlsx`;
      const run = await thidua(dir, "nam-moi", `${presetId}-2025-th.xlsx`, "-o", y1, "--pho-cum", "DV03");
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(sha256(bytesOf(`${presetId}-2025-th.xlsx`))).toBe(before);

      const old = (await readCluster(await XlsxWorkbook.fromBuffer(bytesOf(y0)))).input!;
      const next = await readCluster(await XlsxWorkbook.fromBuffer(bytesOf(y1)));
      expect(next.problems.filter((p) => p.severity === "error")).toEqual([]);
      const input = next.input!;
      expect(input.period).toEqual(nextPeriod(old.period));
      expect(input.deadlines).toEqual(deadlinesNextYear(old.deadlines));
      // Every deadline «Cấu hình» writes (the results' to the federation included), with the
      // plan's where it has a task of the kind (core/deadlines.ts): the carried plan agrees.
      const written = preset.deadlinesFor(2026);
      expect(input.deadlines).toMatchObject(written);
      expect(input.deadlines).toEqual(
        effectiveDeadlines(presetPlanForYear(presetId, 2026).tasks, written).deadlines,
      );
      expect(input.period.start.year).toBe(preset.periodFor(2026).start.year);
      expect(input.units.map((u) => u.code.value)).toEqual(units.map((u) => u.code));
      expect(input.criteria.map((c) => [c.code.value, c.max.value, c.kind])).toEqual(
        old.criteria.map((c) => [c.code.value, c.max.value, c.kind]),
      );
      expect(input.scores.filter((s) => s.self.value !== null)).toEqual([]);
      expect(input.votes).toEqual([]);
      expect(await officersOf(y1)).toEqual([["DV02", "DV03"]]);
      const wb1 = await XlsxWorkbook.fromBuffer(bytesOf(y1));
      const names = (await wb1.listSheets()).map((s) => s.name);
      expect(
        findSheet(
          names.map((name) => ({ name })),
          SHEET.summary,
        ),
      ).toBeUndefined();
      const history1 = await historyOf(y1);
      expect(history1.map((h) => [h.period, h.code])).toEqual(
        expect.arrayContaining(units.map((u) => [preset.periodFor(2025).label, u.code])),
      );
      expect(history1).toHaveLength(6);

      // Year two: the scores typed in another program, summed up, and on to the third year.
      python(
        `import subprocess, sys\nsubprocess.run([sys.executable, ${JSON.stringify(FILL)}, "${y1}", "${presetId}-2026-filled.xlsx"], check=True)`,
      );
      const summed = await thidua(
        dir,
        "tong-hop",
        `${presetId}-2026-filled.xlsx`,
        "-o",
        `${presetId}-2026-th.xlsx`,
        "--json",
      );
      expect(WRITTEN).toContain(summed.code);
      const report = JSON.parse(summed.stdout) as JsonReport;
      const y2 = `${presetId}-2027.xlsx`;
      expect(
        (await thidua(dir, "nam-moi", `${presetId}-2026-th.xlsx`, "-o", y2, "--pho-cum", "DV04")).code,
      ).toBe(0);
      expect(await officersOf(y2)).toEqual([["DV03", "DV04"]]);
      const history2 = await historyOf(y2);
      expect(history2).toHaveLength(12);
      const second = history2.filter((h) => h.period === preset.periodFor(2026).label);
      expect(second.map((h) => [h.code, h.total === null ? null : h.total / 100, h.rank, h.award])).toEqual(
        [...report.clusters[0]!.units]
          .sort((a, b) => a.rank - b.rank)
          .map((u) => [u.code, u.total, u.rank, u.award]),
      );
    },
  );

  it("keeps a renamed and a merged unit's history through a mapping file made by xlsxwriter", async () => {
    const units = sampleUnits("kon-tum", 6, true);
    await makeWorkbook("map-2025.xlsx", {
      presetId: "kon-tum",
      year: 2025,
      units,
      head: "DV01",
      deputy: "DV02",
    });
    await thidua(dir, "tong-hop", "map-2025.xlsx", "-o", "map-2025-th.xlsx");
    python(`import xlsxwriter
b = xlsxwriter.Workbook("doi-ma.xlsx"); s = b.add_worksheet("Đổi mã đơn vị")
for r, row in enumerate([["Mã cũ", "Mã mới", "Tên mới"], ["DV01", "QN01", "LĐLĐ xã Đăk Hà"], ["DV04", "DV03", None]]):
    for c, v in enumerate(row):
        if v is not None: s.write(r, c, v)
b.close()`);
    const run = await thidua(
      dir,
      "nam-moi",
      "map-2025-th.xlsx",
      "-o",
      "map-2026.xlsx",
      "--doi-ma",
      "doi-ma.xlsx",
      "--json",
    );
    expect(run.code).toBe(0);
    const next = (await readCluster(await XlsxWorkbook.fromBuffer(bytesOf("map-2026.xlsx")))).input!;
    expect(next.units.map((u) => [u.code.value, u.name.value])).toEqual([
      ["QN01", "LĐLĐ xã Đăk Hà"],
      ["DV02", units[1]!.name],
      ["DV03", units[2]!.name],
      ["DV05", units[4]!.name],
      ["DV06", units[5]!.name],
    ]);
    const history = await historyOf("map-2026.xlsx");
    expect(
      history
        .filter((h) => h.code === "DV03")
        .map((h) => h.codeThen)
        .sort(),
    ).toEqual(["DV03", "DV04"]);
    expect(history.find((h) => h.codeThen === "DV01")?.code).toBe("QN01");
  });

  it("refuses an inconsistent mapping, naming the file's sheet and cell, and writes nothing", async () => {
    python(`wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Đổi mã đơn vị"
ws.append(["Mã cũ", "Mã mới"]); ws.append(["DV01", "A"]); ws.append(["DV01", "B"]); ws.append(["DV99", "C"])
wb.save("doi-ma-sai.xlsx")`);
    const run = await thidua(
      dir,
      "nam-moi",
      "map-2025-th.xlsx",
      "-o",
      "sai.xlsx",
      "--doi-ma",
      "doi-ma-sai.xlsx",
      "--lang",
      "en",
    );
    expect(run.code).toBe(1);
    // Two files at hand: each line names the mapping file its sheet and cell are in.
    expect(run.stderr).toContain(
      "Error: file doi-ma-sai.xlsx: old code «DV01» is mapped twice: to «A» and to «B» (sheet «Đổi mã đơn vị», cell B3)",
    );
    expect(run.stderr).toContain(
      "old code «DV99» is no unit of last year nor in «Lịch sử» (sheet «Đổi mã đơn vị», cell A4)",
    );
    expect(existsSync(file("sai.xlsx"))).toBe(false);
    const json = await thidua(
      dir,
      "nam-moi",
      "map-2025-th.xlsx",
      "-o",
      "sai.xlsx",
      "--doi-ma",
      "doi-ma-sai.xlsx",
      "--json",
    );
    const problems = (JSON.parse(json.stdout) as { problems: { code: string; file: string }[] }).problems;
    expect(problems.filter((p) => p.code.startsWith("YEAR_MAP_")).map((p) => p.file)).toEqual(
      expect.arrayContaining(["doi-ma-sai.xlsx"]),
    );
    expect(new Set(problems.filter((p) => p.code.startsWith("YEAR_MAP_")).map((p) => p.file))).toEqual(
      new Set(["doi-ma-sai.xlsx"]),
    );
    expect(
      problems.filter((p) => !p.code.startsWith("YEAR_MAP_")).every((p) => p.file === "map-2025-th.xlsx"),
    ).toBe(true);
  });

  it("names the file that is no cluster workbook, in both languages", async () => {
    python(`wb = openpyxl.Workbook(); wb.active["A1"] = "Danh sách"; wb.save("not-a-cluster.xlsx")`);
    const vi = await thidua(dir, "nam-moi", "not-a-cluster.xlsx", "-o", "nc.xlsx");
    expect(vi.code).toBe(2);
    expect(vi.stderr.split("\n")[0]).toMatch(
      /^not-a-cluster\.xlsx: Tệp không phải sổ làm việc của cụm thi đua/u,
    );
    const en = await thidua(dir, "nam-moi", "not-a-cluster.xlsx", "-o", "nc.xlsx", "--lang", "en");
    expect(en.stderr.split("\n")[0]).toMatch(/^not-a-cluster\.xlsx: This is not a cluster workbook/u);
    expect(existsSync(file("nc.xlsx"))).toBe(false);
  });

  it("refuses last year without a deputy, an existing output without --ghi-de, and the input as output", async () => {
    await makeWorkbook("no-deputy.xlsx", {
      presetId: "thu-duc-1",
      year: 2025,
      units: sampleUnits("thu-duc-1", 6, true),
    });
    await thidua(dir, "tong-hop", "no-deputy.xlsx", "-o", "no-deputy-th.xlsx");
    const run = await thidua(dir, "nam-moi", "no-deputy-th.xlsx", "-o", "x.xlsx");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/năm trước chưa ghi cụm phó.*\(trang «Cấu hình», ô F\d+\)/u);
    writeFileSync(file("taken.xlsx"), "keep");
    const taken = await thidua(dir, "nam-moi", "map-2025-th.xlsx", "-o", "taken.xlsx");
    expect(taken.code).toBe(2);
    expect(readFileSync(file("taken.xlsx"), "utf8")).toBe("keep");
    expect((await thidua(dir, "nam-moi", "map-2025-th.xlsx", "-o", "taken.xlsx", "--ghi-de")).code).toBe(0);
    expect(
      (await thidua(dir, "nam-moi", "map-2025-th.xlsx", "-o", "map-2025-th.xlsx", "--ghi-de")).code,
    ).toBe(2);
    expect((await thidua(dir, "nam-moi", "map-2025-th.xlsx")).code).toBe(2);
    const macro = await thidua(dir, "nam-moi", "map-2025-th.xlsx", "-o", "new.xlsm", "--lang", "en");
    expect(macro.code).toBe(2);
    expect(existsSync(file("new.xlsm"))).toBe(false);
  });
});

describe("thidua tong-hop-khoi", () => {
  const kontum = presetById("kon-tum")!;
  /** Units per cluster: the Banks cluster has more members (seed 001 §IV.5). */
  const size = (code: string): number => (code === "NGAN-HANG" ? 8 : 5);
  const clusterFile = (code: string): string => `khoi-${code}.xlsx`;
  const summed = (code: string): string => `khoi-${code}-th.xlsx`;
  const reports = new Map<string, JsonReport>();

  beforeAll(async () => {
    for (const [ci, c] of kontum.clusters.entries()) {
      const units: NewUnit[] = Array.from({ length: size(c.code) }, (_, i) => ({
        code: `${c.code}-${i + 1}`,
        name: `Đơn vị ${i + 1} của ${c.name}`,
        type: "direct",
        cluster: c.name,
      }));
      await makeWorkbook(clusterFile(c.code), { presetId: "kon-tum", year: 2025, units, seed: 7 + ci });
      const run = await thidua(dir, "tong-hop", clusterFile(c.code), "-o", summed(c.code), "--json");
      expect(WRITTEN).toContain(run.code);
      reports.set(c.code, JSON.parse(run.stdout) as JsonReport);
    }
  });

  it("rolls up a Kon Tum block split per cluster: each cluster's proposals are its own, the Banks 1 + 2", async () => {
    const files = kontum.clusters.map((c) => summed(c.code));
    const before = files.map((f) => sha256(bytesOf(f)));
    const run = await thidua(
      dir,
      "tong-hop-khoi",
      ...files,
      "-o",
      "khoi.xlsx",
      "--preset",
      "kon-tum",
      "--json",
    );
    expect(run.code).toBe(0);
    expect(files.map((f) => sha256(bytesOf(f)))).toEqual(before);
    // The tờ trình and list beside the roll-up (their contents: test/workbook/generated/rollup-documents.test.ts).
    expect((JSON.parse(run.stdout) as { documents: string[] }).documents).toEqual([
      "khoi-to-trinh.docx",
      "khoi-danh-sach.docx",
    ]);
    for (const word of ["khoi-to-trinh.docx", "khoi-danh-sach.docx"])
      expect(bytesOf(word).subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    // Again without --ghi-de: refused before anything is read, the Word files named; with it, written.
    writeFileSync(file("again-to-trinh.docx"), "mine");
    const again = await thidua(dir, "tong-hop-khoi", ...files, "-o", "again.xlsx", "--preset", "kon-tum");
    expect(again.code).toBe(2);
    expect(existsSync(file("again.xlsx"))).toBe(false);
    expect(readFileSync(file("again-to-trinh.docx"), "utf8")).toBe("mine");
    // --khong-word: the roll-up alone, the Word file of the same name left as it was.
    const alone = await thidua(
      dir,
      "tong-hop-khoi",
      ...files,
      "-o",
      "again.xlsx",
      "--preset",
      "kon-tum",
      "--khong-word",
    );
    expect(alone.code).toBe(0);
    expect(existsSync(file("again.xlsx"))).toBe(true);
    expect(existsSync(file("again-danh-sach.docx"))).toBe(false);
    expect(readFileSync(file("again-to-trinh.docx"), "utf8")).toBe("mine");
    const out = JSON.parse(run.stdout) as {
      blocks: { name: string; clusters: { code: string; proposals: { code: string; award: string }[] }[] }[];
      proposals: { cluster: string; code: string; award: string }[];
    };
    expect(out.blocks.map((b) => b.name)).toEqual([
      "Khối LĐLĐ huyện, thành phố",
      "Khối Công đoàn ngành và CĐVC",
      "Khối CĐCS trực thuộc tỉnh và ngành Trung ương",
    ]);
    for (const c of kontum.clusters) {
      const own = reports.get(c.code)!.clusters[0]!;
      const mine = out.blocks.flatMap((b) => b.clusters).find((x) => x.code === c.code)!;
      const proposed = own.units.filter((u) => u.award !== null);
      expect([...mine.proposals].sort((a, b) => a.code.localeCompare(b.code))).toEqual(
        proposed
          .map((u) => ({ code: u.code, name: u.name, award: u.award }))
          .sort((a, b) => a.code.localeCompare(b.code)),
      );
      expect(mine.proposals.filter((p) => p.award === "excellent").length).toBeLessThanOrEqual(
        c.quota.excellent,
      );
    }
    expect(out.proposals.length).toBe(
      out.blocks.flatMap((b) => b.clusters).reduce((n, c) => n + c.proposals.length, 0),
    );
    const banks = out.blocks.flatMap((b) => b.clusters).find((c) => c.code === "NGAN-HANG")!;
    // Its quota is 1 + 2: the places not given are the ones awaiting its vote (no preset decides ties).
    expect(banks.proposals.length + reports.get("NGAN-HANG")!.placesAwaitingVote).toBe(3);
    // The output opens in openpyxl and lists every proposal.
    python(`wb = openpyxl.load_workbook("khoi.xlsx"); ws = wb["Danh sách đề nghị"]
n = sum(1 for r in ws.iter_rows(min_row=5, values_only=True) if r[3])
open("khoi-count.txt", "w").write(str(n))`);
    expect(Number(readFileSync(file("khoi-count.txt"), "utf8"))).toBe(out.proposals.length);
  });

  it("names a cluster once when its workbook names no block apart from it, and a real block beside it", async () => {
    const one = summed("LDLD-1");
    const name = kontum.clusters.find((c) => c.code === "LDLD-1")!.name;
    const block = kontum.clusters.find((c) => c.code === "LDLD-1")!.block!;
    // Without --preset the block is the workbook's «Tên khối / cụm thi đua», here the cluster's own name.
    const lines = await thidua(dir, "tong-hop-khoi", one, "-o", "once.xlsx", "--khong-word");
    expect(lines.code).toBe(0);
    const proposed = lines.stdout
      .split("\n")
      .filter((l) => l.includes(" — dẫn đầu") || l.includes(" — xuất sắc"));
    expect(proposed.length).toBeGreaterThan(0);
    for (const line of proposed) {
      expect(line.startsWith(`  ${name}: `)).toBe(true);
      expect(line).not.toContain(`${name} / `);
    }
    const json = await thidua(dir, "tong-hop-khoi", one, "-o", "once-json.xlsx", "--khong-word", "--json");
    const out = JSON.parse(json.stdout) as {
      blocks: { name: string | null }[];
      proposals: { block: string | null; cluster: string }[];
    };
    expect(out.blocks.map((b) => b.name)).toEqual([null]);
    expect(out.proposals.length).toBe(proposed.length);
    for (const p of out.proposals) expect([p.block, p.cluster]).toEqual([null, name]);
    // With the guidance, the real block stands before the cluster, as before.
    const guided = await thidua(
      dir,
      "tong-hop-khoi",
      one,
      "-o",
      "guided.xlsx",
      "--khong-word",
      "--preset",
      "kon-tum",
    );
    expect(guided.code).toBe(0);
    const guidedLines = guided.stdout
      .split("\n")
      .filter((l) => l.includes(" — dẫn đầu") || l.includes(" — xuất sắc"));
    expect(guidedLines.length).toBe(proposed.length);
    for (const line of guidedLines) expect(line.startsWith(`  ${block} / ${name}: `)).toBe(true);
  });

  it("reads cluster workbooks re-saved by openpyxl and by LibreOffice", async () => {
    python(`openpyxl.load_workbook("${summed("TW-1")}").save("resaved-openpyxl.xlsx")`);
    writeFileSync(
      file("resaved-lo.xlsx"),
      await convertWithLibreOffice(bytesOf(summed("TW-2")), { profile: makeProfile(), timeoutMs: 120_000 }),
    );
    const run = await thidua(
      dir,
      "tong-hop-khoi",
      summed("TW-1"),
      "resaved-lo.xlsx",
      "-o",
      "resaved.xlsx",
      "--json",
    );
    const openpyxlRun = await thidua(
      dir,
      "tong-hop-khoi",
      "resaved-openpyxl.xlsx",
      summed("TW-2"),
      "-o",
      "resaved2.xlsx",
    );
    expect(openpyxlRun.stderr).toBe("");
    expect(openpyxlRun.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  const refusal = async (files: string[], extra: string[] = []) => {
    const run = await thidua(dir, "tong-hop-khoi", ...files, "-o", "refused.xlsx", "--lang", "en", ...extra);
    expect(run.code).toBe(1);
    expect(existsSync(file("refused.xlsx"))).toBe(false);
    return run.stderr;
  };

  it("refuses workbooks of different periods, naming the period's cell", async () => {
    await makeWorkbook("other-year.xlsx", {
      presetId: "kon-tum",
      year: 2024,
      units: [1, 2, 3, 4].map((i) => ({
        code: `X${i}`,
        name: `X ${i}`,
        type: "direct" as const,
        cluster: "Cụm X",
      })),
    });
    await thidua(dir, "tong-hop", "other-year.xlsx", "-o", "other-year-th.xlsx");
    const said = await refusal([summed("LDLD-1"), "other-year-th.xlsx"]);
    expect(said).toMatch(
      /file other-year-th\.xlsx: period «Năm 2024» differs from «Năm 2025» of khoi-LDLD-1-th\.xlsx \(sheet «Cấu hình», cell B\d+\)/u,
    );
  });

  it("refuses a unit in two clusters, naming its cell in «Đơn vị»", async () => {
    const c2 = kontum.clusters[1]!;
    await makeWorkbook("two-clusters.xlsx", {
      presetId: "kon-tum",
      year: 2025,
      units: ["LDLD-1-1", "B2", "B3", "B4"].map((code) => ({
        code,
        name: `Đơn vị ${code}`,
        type: "direct" as const,
        cluster: c2.name,
      })),
    });
    const fixed = await thidua(dir, "tong-hop", "two-clusters.xlsx", "-o", "two-clusters-th.xlsx");
    expect(WRITTEN).toContain(fixed.code);
    const said = await refusal([summed("LDLD-1"), "two-clusters-th.xlsx"]);
    expect(said).toMatch(
      /unit LDLD-1-1 .* of «Cụm LĐLĐ huyện, thành phố số 2» is also in «Cụm LĐLĐ huyện, thành phố số 1» \(khoi-LDLD-1-th\.xlsx\) \(sheet «Đơn vị», cell A\d+\)/u,
    );
  });

  it("lists a file's problems in reading order, in the lines and in --json", async () => {
    const c2 = kontum.clusters[1]!;
    // Every unit of the first cluster again in another cluster: met in rank order, listed by row.
    await makeWorkbook("all-twice.xlsx", {
      presetId: "kon-tum",
      year: 2025,
      units: Array.from({ length: size("LDLD-1") }, (_, i) => ({
        code: `LDLD-1-${i + 1}`,
        name: `Đơn vị lặp ${i + 1}`,
        type: "direct" as const,
        cluster: c2.name,
      })),
      seed: 3,
    });
    expect(WRITTEN).toContain(
      (await thidua(dir, "tong-hop", "all-twice.xlsx", "-o", "all-twice-th.xlsx")).code,
    );
    const run = await thidua(dir, "tong-hop-khoi", summed("LDLD-1"), "all-twice-th.xlsx", "-o", "order.xlsx");
    expect(run.code).toBe(1);
    const rowsSaid = [...run.stderr.matchAll(/ô A(\d+)\)/gu)].map((m) => Number(m[1]));
    expect(rowsSaid).toHaveLength(size("LDLD-1"));
    expect(rowsSaid).toEqual([...rowsSaid].sort((a, b) => a - b));
    const json = await thidua(
      dir,
      "tong-hop-khoi",
      summed("LDLD-1"),
      "all-twice-th.xlsx",
      "-o",
      "order.xlsx",
      "--json",
    );
    const problems = (
      JSON.parse(json.stdout) as { problems: { file: string; cell?: string; message: string }[] }
    ).problems;
    expect(problems.map((p) => p.cell)).toEqual(rowsSaid.map((r) => `A${r}`));
    expect(problems.every((p) => p.file === "all-twice-th.xlsx")).toBe(true);
  });

  it("refuses two workbooks of the same cluster", async () => {
    writeFileSync(file("copy.xlsx"), bytesOf(summed("NGANH")));
    const said = await refusal([summed("NGANH"), "copy.xlsx"]);
    expect(said).toContain(
      "file copy.xlsx: cluster «Cụm Công đoàn ngành và Công đoàn Viên chức tỉnh» is already in khoi-NGANH-th.xlsx",
    );
  });

  it("refuses one file named twice, by the same name or two paths, before reading anything", async () => {
    const one = summed("NGANH");
    const twice = await thidua(dir, "tong-hop-khoi", one, one, "-o", "twice.xlsx");
    expect(twice.code).toBe(2);
    expect(twice.stderr.trim()).toBe(`Tệp «${one}» được nêu hai lần: mỗi tệp chỉ tổng hợp một lần.`);
    const paths = await thidua(dir, "tong-hop-khoi", one, `./${one}`, "-o", "twice.xlsx", "--lang", "en");
    expect(paths.code).toBe(2);
    expect(paths.stderr.trim()).toBe(
      `«${one}» and «./${one}» are the same file: each file is rolled up once.`,
    );
    // A second name for the same file (a hard link): the same file number on the same disk.
    linkSync(file(one), file("lien-ket.xlsx"));
    const linked = await thidua(
      dir,
      "tong-hop-khoi",
      summed("LDLD-1"),
      one,
      "lien-ket.xlsx",
      "-o",
      "twice.xlsx",
    );
    expect(linked.code).toBe(2);
    expect(linked.stderr).toContain(`«${one}»`);
    expect(linked.stderr).toContain("«lien-ket.xlsx»");
    expect(existsSync(file("twice.xlsx"))).toBe(false);
  });

  it("refuses a cluster in no block of the guidance and a quota other than the block's", async () => {
    expect(await refusal(["other-year-th.xlsx"], ["--preset", "kon-tum"])).toContain(
      "cluster «Cụm X» is in no block",
    );
    python(`wb = openpyxl.load_workbook("${clusterFile("NGAN-HANG")}")
ws = wb["Cấu hình"]
for row in ws.iter_rows():
    if row[0].value == "NGAN-HANG": row[3].value = 3
wb.save("quota.xlsx")`);
    await thidua(dir, "tong-hop", "quota.xlsx", "-o", "quota-th.xlsx");
    expect(await refusal(["quota-th.xlsx"], ["--preset", "kon-tum"])).toMatch(
      /cluster «Cụm các Ngân hàng» gives 1 leading \+ 3 excellent, the guidance 1 \+ 2 \(sheet «Cấu hình», cell A\d+\)/u,
    );
  });

  it("refuses a workbook whose summary is missing or out of date, and one with errors", async () => {
    expect(await refusal([clusterFile("TW-1")])).toContain("no sheet «Bảng tổng hợp» yet");
    python(`wb = openpyxl.load_workbook("${summed("TW-1")}")
ws = wb["TW-1-1"]
for row in ws.iter_rows():
    if row[0].value == "I.1": row[4].value = 0
wb.save("stale.xlsx")`);
    expect(await refusal(["stale.xlsx"])).toContain("sheet «Bảng tổng hợp» is out of date");
    python(`wb = openpyxl.load_workbook("${summed("TW-1")}")
ws = wb["TW-1-1"]
for row in ws.iter_rows():
    if row[0].value == "I.1": row[4].value = 999
wb.save("errors.xlsx")`);
    // The first error's cell, where kiem-tra puts it: the score typed above its maximum.
    expect(await refusal(["errors.xlsx"])).toMatch(
      /file errors\.xlsx: the workbook has 1 error\(s\), the first at the place in brackets — run «thidua kiem-tra» to see and fix them \(sheet «TW-1-1», cell E\d+\)/u,
    );
  });

  it("writes the roll-up with a place awaiting a vote left open and said", async () => {
    const c = kontum.clusters[3]!;
    await makeWorkbook("tie.xlsx", {
      presetId: "kon-tum",
      year: 2025,
      units: ["T1", "T2", "T3", "T4"].map((code) => ({
        code,
        name: `Đơn vị ${code}`,
        type: "direct" as const,
        cluster: c.name,
      })),
    });
    python(
      `import subprocess, sys\nsubprocess.run([sys.executable, ${JSON.stringify(FILL)}, "tie.xlsx", "tie-filled.xlsx", "same"], check=True)`,
    );
    // Equal in everything: no department points (0 typed in each cell), no discipline, no tie-break chain — the vote decides.
    python(`wb = openpyxl.load_workbook("tie-filled.xlsx")
for row in wb["Điểm các ban"].iter_rows(min_row=4, min_col=3):
    for c in row:
        if isinstance(c.value, (int, float)): c.value = 0
units = wb["Đơn vị"]
head = [c.value for c in units[3]]
for row in units.iter_rows(min_row=4):
    row[head.index("Kỷ luật lãnh đạo")].value = "Không"
for row in wb["Cấu hình"].iter_rows():
    if row[0].value == "Thứ tự xét khi bằng điểm": row[1].value = None
wb.save("tie-filled.xlsx")`);
    // Written, the leading place left open for the vote (exit 3).
    expect((await thidua(dir, "tong-hop", "tie-filled.xlsx", "-o", "tie-th.xlsx")).code).toBe(3);
    const run = await thidua(
      dir,
      "tong-hop-khoi",
      "tie-th.xlsx",
      "-o",
      "tie-khoi.xlsx",
      "--preset",
      "kon-tum",
      "--lang",
      "en",
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /Note: file tie-th\.xlsx: cluster «Cụm CĐCS trực thuộc tỉnh»: 1 leading place\(s\) await a vote between T\d(, T\d)+ — left open in the list/u,
    );
    python(`wb = openpyxl.load_workbook("tie-khoi.xlsx"); ws = wb["Danh sách đề nghị"]
open("tie-open.txt", "w").write("\\n".join(str(r[4]) for r in ws.iter_rows(min_row=5, values_only=True) if r[4]))`);
    expect(readFileSync(file("tie-open.txt"), "utf8")).toMatch(
      /Chờ bỏ phiếu: 1 suất giữa Đơn vị T\d(, Đơn vị T\d)+/u,
    );
  });

  it("says a file is no cluster workbook, in one sentence", async () => {
    python(`wb = openpyxl.Workbook(); wb.active["A1"] = "Danh sách"; wb.save("not-cluster.xlsx")`);
    const said = await refusal([summed("LDLD-1"), "not-cluster.xlsx"]);
    expect(said.trim().split("\n")).toEqual([
      "Error: file not-cluster.xlsx: not a cluster workbook (it has none of the sheets «Cấu hình», «Tiêu chí», «Đơn vị»)",
      "Nothing written: 1 error(s) in the files above.",
    ]);
  });

  it("says in Vietnamese by default which file and cell do not fit", async () => {
    const run = await thidua(
      dir,
      "tong-hop-khoi",
      summed("LDLD-1"),
      "other-year-th.xlsx",
      "-o",
      "refused.xlsx",
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /Lỗi: tệp other-year-th\.xlsx: kỳ thi đua «Năm 2024» khác «Năm 2025» của tệp khoi-LDLD-1-th\.xlsx \(trang «Cấu hình», ô B\d+\)/u,
    );
  });
});
