/**
 * `thidua tong-hop-khoi` reads its files on worker threads (src/cli/rollup-read.ts). Node's
 * worker_threads run the compiled worker (build/cli/rollup-worker.js, made by `npm run build:cli`,
 * which `npm test` runs before jest), and a message between threads is a structured clone
 * (https://nodejs.org/api/worker_threads.html#portpostmessagevalue-transferlist: "value may be any
 * value compatible with the HTML structured clone algorithm"; prototypes are not kept). So every
 * test here compares what the workers give with what this thread gives on its own, on the same files:
 * the reads must be the same data, the failures the same, the command's output the same.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { runCli, type CliIO } from "../../src/cli/main";
import { readRollupInputs, workerCount, type RollupInput } from "../../src/cli/rollup-read";
import { createClusterWorkbook, generateSummary } from "../../src/workbook/usecases";
import { rollupUnits, rollupWorkbooks } from "../workbook/rollup-sample";

const ROOT = path.join(__dirname, "..", "..");
const WORKER = path.join(ROOT, "build", "cli", "rollup-worker.js");
const BIN = path.join(ROOT, "bin", "thidua.js");

let dir: string;
let inputs: RollupInput[];

beforeAll(async () => {
  if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run npm run build:cli first`);
  dir = mkdtempSync(path.join(tmpdir(), "thidua-rollup-read-"));
  const good = await rollupWorkbooks();
  // A workbook with no summary yet, one that is not a cluster workbook, and bytes that are no .xlsx.
  const noSummary = XlsxWorkbook.empty();
  await createClusterWorkbook(noSummary, { presetId: "kon-tum", year: 2025, units: rollupUnits("LDLD-1") });
  const other = XlsxWorkbook.empty();
  await other.writeSheets([
    {
      name: "Sheet1",
      generated: false,
      blocks: [
        {
          at: "A1",
          cells: [
            ["Họ tên", "Điểm"],
            ["An", 5],
          ],
        },
      ],
    },
  ]);
  inputs = [
    ...good.map((g) => ({ file: g.name, bytes: g.bytes })),
    { file: "chua-tong-hop.xlsx", bytes: await noSummary.toBuffer() },
    { file: "khac.xlsx", bytes: await other.toBuffer() },
    { file: "hong.xlsx", bytes: new TextEncoder().encode("không phải tệp xlsx") },
    ...good.map((g) => ({ file: `ban-sao-${g.name}`, bytes: g.bytes })),
  ];
  for (const input of inputs) writeFileSync(path.join(dir, input.file), input.bytes);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("reading the roll-up's files on worker threads", () => {
  it("gives the same reads and the same failures as this thread alone, file by file", async () => {
    const alone = await readRollupInputs(inputs, { threads: 1, workerFile: WORKER });
    const spread = await readRollupInputs(inputs, { threads: 3, workerFile: WORKER });
    expect(alone.readByWorkers).toBe(0);
    expect(spread.readByWorkers).toBeGreaterThan(0);
    expect(spread.outcomes).toEqual(alone.outcomes);
    // What the files are, so the comparison is not of nine equal failures.
    const kinds = alone.outcomes.map((o) =>
      o.ok ? o.read.source.summary : o.failure.kind === "workbook" && o.failure.code,
    );
    expect(kinds).toEqual([
      "fresh",
      "fresh",
      "fresh",
      "missing",
      "missing",
      "XLSX_NOT_XLSX",
      "fresh",
      "fresh",
      "fresh",
    ]);
    expect(alone.outcomes[4]!.ok && alone.outcomes[4]!.read.source.notCluster).toBe(true);
  }, 60_000);

  it("reads a worker's file here when the worker cannot start", async () => {
    const broken = path.join(dir, "broken-worker.js");
    writeFileSync(broken, "throw new Error('cannot start');\n");
    const alone = await readRollupInputs(inputs, { threads: 1 });
    const spread = await readRollupInputs(inputs, { threads: 3, workerFile: broken });
    expect(spread.readByWorkers).toBe(0);
    expect(spread.outcomes).toEqual(alone.outcomes);
  }, 60_000);

  it("reads a file again here when its worker stops in the middle of it", async () => {
    const dying = path.join(dir, "dying-worker.js");
    writeFileSync(dying, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
    const alone = await readRollupInputs(inputs, { threads: 1 });
    const spread = await readRollupInputs(inputs, { threads: 3, workerFile: dying });
    expect(spread.readByWorkers).toBe(0);
    expect(spread.outcomes).toEqual(alone.outcomes);
  }, 60_000);

  it("starts no thread for a few files, and one fewer than the threads allowed (this one works too)", () => {
    expect(workerCount(8, 3)).toBe(0);
    expect(workerCount(1, 40)).toBe(0);
    expect(workerCount(2, 40)).toBe(1);
    expect(workerCount(8, 9)).toBe(2);
    expect(workerCount(8, 400)).toBe(7);
  });
});

describe("thidua tong-hop-khoi, as installed, on the machine's threads", () => {
  const good = () => inputs.filter((i) => /^cum-/u.test(i.file)).map((i) => i.file);
  /** Eight clusters of five units, each in its own file (and a copy of each under another name). */
  const clusters: string[] = [];

  beforeAll(async () => {
    for (let c = 1; c <= 8; c++) {
      const wb = XlsxWorkbook.empty();
      await createClusterWorkbook(wb, {
        presetId: "kon-tum",
        year: 2025,
        sampleScores: true,
        seed: c,
        units: Array.from({ length: 5 }, (_, i) => ({
          code: `C${c}-${i + 1}`,
          name: `Công đoàn cơ sở ${i + 1} cụm ${c}`,
          type: "direct" as const,
          cluster: `Cụm thi đua số ${c}`,
        })),
      });
      const saved = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
      await generateSummary(saved, { now: { year: 2025, month: 12, day: 20 } });
      const bytes = await saved.toBuffer();
      clusters.push(`cum-so-${c}.xlsx`);
      writeFileSync(path.join(dir, `cum-so-${c}.xlsx`), bytes);
      writeFileSync(path.join(dir, `ban-sao-cum-so-${c}.xlsx`), bytes);
    }
  }, 60_000);

  async function inProcess(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = "";
    let stderr = "";
    const io: CliIO = {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      now: () => new Date(),
      cwd: dir,
      threads: 1,
    };
    return { code: await runCli(argv, io), stdout, stderr };
  }

  function installed(argv: string[]): { code: number; stdout: string; stderr: string } {
    try {
      const stdout = execFileSync(process.execPath, [BIN, ...argv], {
        cwd: dir,
        encoding: "utf8",
        stdio: "pipe",
      });
      return { code: 0, stdout, stderr: "" };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it("writes the same roll-up as one thread does, from eight clusters' files", async () => {
    const files = clusters;
    const one = await inProcess(["tong-hop-khoi", ...files, "-o", "mot.xlsx", "--json", "--khong-word"]);
    const many = installed(["tong-hop-khoi", ...files, "-o", "nhieu.xlsx", "--json", "--khong-word"]);
    expect(one.code).toBe(0);
    expect(many.code).toBe(0);
    const json = (run: { stdout: string }) => ({ ...(JSON.parse(run.stdout) as object), output: null });
    expect(json(many)).toEqual(json(one));
    expect((JSON.parse(one.stdout) as { proposals: unknown[] }).proposals.length).toBeGreaterThanOrEqual(8);
    const sheets = async (name: string) => {
      const wb = await XlsxWorkbook.fromBuffer(new Uint8Array(readFileSync(path.join(dir, name))));
      const names = (await wb.listSheets()).map((s) => s.name);
      return (await wb.readSheets(names)).map((s) => ({ name: s.name, values: s.values }));
    };
    expect(await sheets("nhieu.xlsx")).toEqual(await sheets("mot.xlsx"));
  }, 120_000);

  it("refuses the same clusters twice as one thread does, and writes nothing", async () => {
    const files = [...clusters, ...clusters.map((f) => `ban-sao-${f}`)];
    const one = await inProcess(["tong-hop-khoi", ...files, "-o", "hai.xlsx", "--json", "--khong-word"]);
    const many = installed(["tong-hop-khoi", ...files, "-o", "hai.xlsx", "--json", "--khong-word"]);
    expect(one.code).toBe(1);
    expect(many.code).toBe(1);
    expect(JSON.parse(many.stdout)).toEqual(JSON.parse(one.stdout));
    expect(existsSync(path.join(dir, "hai.xlsx"))).toBe(false);
  }, 120_000);

  it("names the first file that cannot be read, in the order given, whichever thread read it", async () => {
    const files = [...good(), "hong.xlsx", "khong-co.xlsx", ...good().map((f) => `ban-sao-${f}`)];
    const one = await inProcess(["tong-hop-khoi", ...files, "-o", "k.xlsx"]);
    const many = installed(["tong-hop-khoi", ...files, "-o", "k.xlsx"]);
    expect(one.code).toBe(2);
    expect(many.code).toBe(2);
    expect(one.stderr).toContain("hong.xlsx");
    expect(one.stderr).not.toContain("khong-co.xlsx");
    expect(many.stderr).toBe(one.stderr);
    // The missing file comes first: it is named, and the broken one after it is not.
    const swapped = ["khong-co.xlsx", "hong.xlsx", ...good()];
    const missing = installed(["tong-hop-khoi", ...swapped, "-o", "k.xlsx"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("khong-co.xlsx");
    expect(missing.stderr).not.toContain("hong.xlsx");
    expect(readFileSync(path.join(dir, "hong.xlsx"), "utf8")).toBe("không phải tệp xlsx");
  }, 120_000);
});
