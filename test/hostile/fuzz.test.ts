/**
 * Fuzzing the command with mutated workbooks, on every run: a fixed seed, 60 cases, each in a worker
 * thread with a time bound (a hang is ended, not waited for). Half the cases change random bytes of
 * a valid .xlsx, half put random values in random cells. Every case must end within the bound with
 * exit 0, 1 or 2 and sentences for the user — never an uncaught exception or a stack trace — and,
 * when it succeeds, with a result that holds together.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import type { JsonReport } from "../../src/cli/report";
import { SHEET } from "../../src/workbook/sheet-names";
import { sampleBytes } from "../workbook/sample";
import { sha256, showsCrash, type Run } from "./support";

/** FUZZ_SEED=n replays or widens the search; every run of the suite uses the fixed one. */
const SEED = Number(process.env.FUZZ_SEED ?? 20230105);
const BYTE_CASES = 30;
const CELL_CASES = 30;
/** Per case: a valid workbook of this size takes well under a second. */
const CASE_TIMEOUT_MS = 15_000;

jest.setTimeout(240_000);

/** mulberry32: a small deterministic generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (rnd: Random, n: number): number => Math.floor(rnd() * n);
const pick = <T>(rnd: Random, items: readonly T[]): T => items[int(rnd, items.length)] as T;

/** Random edits of a byte array: changed bytes, a run deleted, a run repeated, junk inserted. */
function editBytes(bytes: Uint8Array, rnd: Random, edits: number): Uint8Array {
  let out: Uint8Array = new Uint8Array(bytes);
  for (let i = 0; i < edits && out.length > 0; i++) {
    const kind = rnd();
    const at = int(rnd, out.length);
    const length = 1 + int(rnd, 64);
    if (kind < 0.6) {
      out[at] = int(rnd, 256);
    } else if (kind < 0.75) {
      out = new Uint8Array([...out.subarray(0, at), ...out.subarray(at + length)]);
    } else if (kind < 0.9) {
      out = new Uint8Array([
        ...out.subarray(0, at + length),
        ...out.subarray(at, at + length),
        ...out.subarray(at + length),
      ]);
    } else {
      const junk = new TextEncoder().encode(
        pick(rnd, ["<", ">", "&", '"', "\u0000", '<c r="ZZZ9">', "</row>", "9".repeat(400)]),
      );
      out = new Uint8Array([...out.subarray(0, at), ...junk, ...out.subarray(at)]);
    }
  }
  return out;
}

/**
 * Random bytes in the zip: now the file's own bytes (a flipped byte in a header or in deflated data,
 * a cut), now the bytes of one part inside a whole zip (broken XML for exceljs to meet).
 */
async function mutateBytes(bytes: Uint8Array, rnd: Random): Promise<Uint8Array> {
  const where = rnd();
  if (where < 0.3) return editBytes(bytes, rnd, 1 + int(rnd, 4));
  if (where < 0.4) return bytes.slice(0, int(rnd, bytes.length));
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((name) => /^xl\/.+\.xml$/u.test(name));
  const part = pick(rnd, parts);
  const content = await zip.file(part)!.async("uint8array");
  zip.file(part, editBytes(content, rnd, 1 + int(rnd, 6)));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const TEXTS = [
  "",
  "   ",
  "tám",
  "8,5",
  "\u00a07,25\u00a0",
  "=1/0",
  '=HYPERLINK("http://x","y")',
  "@SUM(A1)",
  "-1+1",
  "C«ng ®oµn",
  "Công đoàn".normalize("NFD"),
  "#REF!",
  "Có",
  "Không",
  "Trực tiếp",
  "x".repeat(5000),
  "\u0000\u0007",
  "DV01",
  "I.1",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🙂",
];

function randomValue(rnd: Random): ExcelJS.CellValue {
  switch (int(rnd, 7)) {
    case 0:
      return pick(rnd, [0, -1, 1e308, -0.5, 0.1 + 0.2, 99, 1e-9, 7.125, 100000]);
    case 1:
      return pick(rnd, TEXTS);
    case 2:
      return new Date(Date.UTC(1900 + int(rnd, 200), int(rnd, 12), 1 + int(rnd, 28)));
    case 3:
      return rnd() < 0.5;
    case 4:
      return {
        error: pick(rnd, ["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?"]),
      };
    case 5:
      return { formula: "1/0", result: { error: "#DIV/0!" } };
    default:
      return null;
  }
}

/** Random values in random cells of the sheets the product reads. */
async function mutateCells(bytes: Uint8Array, rnd: Random): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheets = [
    SHEET.config,
    SHEET.criteria,
    SHEET.units,
    SHEET.departments,
    SHEET.departmentPoints,
    "DV01",
    "DV02",
  ];
  const edits = 1 + int(rnd, 6);
  for (let i = 0; i < edits; i++) {
    const ws = wb.getWorksheet(pick(rnd, sheets));
    if (!ws) continue;
    // Mostly inside the tables (rows 1–40, columns A–J), now and then far away.
    const far = rnd() < 0.1;
    const row = far ? 1 + int(rnd, 3000) : 1 + int(rnd, 40);
    const col = far ? 1 + int(rnd, 200) : 1 + int(rnd, 10);
    ws.getCell(row, col).value = randomValue(rnd);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** One worker running the command from the TypeScript sources; replaced when a case hangs. */
class CommandWorker {
  private worker: Worker | null = null;
  private next = 0;

  private start(): Worker {
    const code = `
      const { parentPort } = require("node:worker_threads");
      require("tsx/cjs/api").register();
      const { runCli } = require(${JSON.stringify(path.resolve(__dirname, "../../src/cli/main.ts"))});
      process.on("unhandledRejection", (error) => parentPort.postMessage({ crash: String(error && error.stack) }));
      parentPort.on("message", ({ id, argv, cwd }) => {
        let stdout = "";
        let stderr = "";
        const io = {
          stdout: { write: (t) => (stdout += t) },
          stderr: { write: (t) => (stderr += t) },
          now: () => new Date(2023, 0, 5, 9, 30),
          cwd,
        };
        runCli(argv, io).then(
          (code) => parentPort.postMessage({ id, code, stdout, stderr }),
          (error) => parentPort.postMessage({ id, code: -1, stdout, stderr: stderr + String(error && error.stack) }),
        );
      });`;
    const worker = new Worker(code, { eval: true });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  run(cwd: string, argv: readonly string[]): Promise<Run | "timeout"> {
    const worker = this.worker ?? this.start();
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        void worker.terminate();
        this.worker = null;
        resolve("timeout");
      }, CASE_TIMEOUT_MS);
      const onMessage = (message: {
        id?: number;
        crash?: string;
        code?: number;
        stdout?: string;
        stderr?: string;
      }) => {
        if (message.crash !== undefined) {
          cleanup();
          resolve({ code: -1, stdout: "", stderr: message.crash });
        } else if (message.id === id) {
          cleanup();
          resolve({ code: message.code ?? -1, stdout: message.stdout ?? "", stderr: message.stderr ?? "" });
        }
      };
      const onError = (error: Error) => {
        cleanup();
        this.worker = null;
        reject(error);
      };
      const cleanup = () => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.postMessage({ id, argv, cwd });
    });
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

interface Case {
  readonly index: number;
  readonly kind: "bytes" | "cells";
  readonly bytes: Uint8Array;
  readonly command: "kiem-tra" | "tong-hop";
}

let base: Uint8Array;
let dir: string;
const worker = new CommandWorker();
const cases: Case[] = [];

beforeAll(async () => {
  base = await sampleBytes({ units: 4 });
  dir = mkdtempSync(path.join(tmpdir(), "thidua-fuzz-"));
  const rnd = random(SEED);
  for (let i = 0; i < BYTE_CASES + CELL_CASES; i++) {
    const kind = i < BYTE_CASES ? "bytes" : "cells";
    const bytes = kind === "bytes" ? await mutateBytes(base, rnd) : await mutateCells(base, rnd);
    cases.push({ index: i, kind, bytes, command: i % 2 === 0 ? "kiem-tra" : "tong-hop" });
  }
});

afterAll(async () => {
  await worker.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A failing case, as the test says it. */
function describeCase(c: Case, run: Run | "timeout"): string {
  const shown =
    run === "timeout"
      ? "timeout"
      : `exit ${run.code}\n${run.stdout.slice(0, 800)}\n${run.stderr.slice(0, 800)}`;
  return `case ${c.index} (${c.kind}, ${c.command}, seed ${SEED}): ${shown}`;
}

it(`ends every one of ${BYTE_CASES + CELL_CASES} mutated workbooks within its time bound, with a result or a clear refusal`, async () => {
  const failures: string[] = [];
  let accepted = 0;
  for (const c of cases) {
    const input = path.join(dir, `ca-${c.index}.xlsx`);
    const output = path.join(dir, `ra-${c.index}.xlsx`);
    writeFileSync(input, c.bytes);
    const before = sha256(c.bytes);
    const argv =
      c.command === "kiem-tra"
        ? ["kiem-tra", path.basename(input), "--json"]
        : ["tong-hop", path.basename(input), "-o", path.basename(output)];
    const run = await worker.run(dir, argv);
    process.stderr.write(
      `${c.index} ${c.kind} ${c.command} ${run === "timeout" ? "T" : run.code} ${run === "timeout" ? "" : (run.stderr + run.stdout).slice(0, 100).replace(/\n/g, " ")}\n`,
    );
    const fail = (why: string): void => {
      failures.push(`${why} — ${describeCase(c, run)}`);
    };
    if (run === "timeout") {
      fail("no answer within the time bound");
      continue;
    }
    if (![0, 1, 2].includes(run.code)) fail("exit code outside 0–2");
    if (showsCrash(run)) fail("a crash shown to the user");
    if (sha256(readFileSync(input)) !== before) fail("the input changed");
    if (run.code === 2 && run.stderr.trim() === "") fail("a refusal without a message");
    if (c.command === "kiem-tra" && run.code !== 2) {
      const report = JSON.parse(run.stdout) as JsonReport;
      if (report.ok !== (run.code === 0)) fail("exit code and report disagree");
      if (report.problems.some((p) => p.message.trim() === "")) fail("a problem without a message");
      const figures = report.clusters.flatMap((cl) => cl.units.map((u) => u.total));
      if (figures.some((t) => !Number.isFinite(t))) fail("a figure that is not a number");
      if (run.code === 0) accepted += 1;
    }
    if (c.command === "tong-hop") {
      if (run.code === 0) {
        accepted += 1;
        // What it wrote opens again.
        await XlsxWorkbook.fromBuffer(new Uint8Array(readFileSync(output))).catch((error: unknown) =>
          fail(`the output does not open: ${String(error)}`),
        );
      } else if (existsSync(output)) fail("an output written despite the refusal");
    }
  }
  expect(failures).toEqual([]);
  // The mutations leave some workbooks valid: the fuzz exercises the success path too.
  expect(accepted).toBeGreaterThan(0);
});
