/**
 * `thidua tong-hop` on a 500-unit × 150-criterion workbook, against LibreOffice headless opening
 * and recalculating the file tong-hop writes (the same summary formulas over the same unit
 * sheets). Run: npx tsx bench/cli.bench.ts
 *
 * Prints `BENCH cli.tonghop.500x150 <s> s`, `BENCH libreoffice.recalc.500x150 <s> s` and
 * `BENCH cli.vs_libreoffice <ratio> ratio` (ours ÷ LibreOffice's; below 1 means ours is faster).
 *
 * The floor: `BENCH raw.read.500x150`, a bare unzip (fflate) and one streaming XML pass (saxes, no
 * handler work) over every XML part of the same file. `cli.tonghop_vs_raw` and `cli.kiemtra_vs_raw`
 * divide the commands' times by it (the issue's targets: ≤ 1.5 and ≤ 1.2). The peak memory of
 * `thidua tong-hop` is read from its own process (`BENCH cli.tonghop.peak_rss_mb.500x150`, ≤ 250).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { XlsxWorkbook } from "../src/adapters/xlsx/xlsx-workbook";
import { runCli } from "../src/cli/main";
import { median, rawRead } from "./floor";
import type { CriterionKind } from "../src/core/model";
import { templateSheets } from "../src/workbook/template";
import { templateSourceFor } from "../src/workbook/usecases";
import { convertWithLibreOffice, makeProfile } from "../test/support/libreoffice";

const UNITS = 500;
const OUR_RUNS = 5;
const RAW_RUNS = 5;

/** Runs the built command in a process of its own and returns its peak resident memory in MB. */
function peakRssMb(args: readonly string[], cwd: string): number {
  const script =
    "process.on('exit', () => process.stderr.write('RSS ' + process.resourceUsage().maxRSS + '\\n'));" +
    `process.argv = [process.argv[0], 'thidua', ...${JSON.stringify(args)}];` +
    `require(${JSON.stringify(path.resolve(__dirname, "..", "bin", "thidua.js"))});`;
  const run = spawnSync(process.execPath, ["-e", script], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  const kb = Number(/RSS (\d+)/u.exec(run.stderr)?.[1]);
  // 0 written; 3 written with places awaiting a vote.
  if ((run.status !== 0 && run.status !== 3) || !Number.isFinite(kb))
    throw new Error(`thidua ${args.join(" ")}: ${run.stderr}`);
  return kb / 1024;
}
const LIBREOFFICE_RUNS = 3;

/** 150 rows: 10 scored sections of 12 × 0,75 (= 90), a bonus section of 10 × 0,5, deductions 8 × 0,5. */
function criteria(): { code: string; text: string; max: number; kind: CriterionKind }[] {
  const rows: { code: string; text: string; max: number; kind: CriterionKind }[] = [];
  const section = (code: string, count: number, max: number, kind: CriterionKind): void => {
    rows.push({ code, text: `Mục ${code}`, max: count * max, kind });
    for (let i = 1; i <= count; i++)
      rows.push({ code: `${code}.${i}`, text: `Tiêu chí ${code}.${i}`, max, kind });
  };
  for (let s = 1; s <= 10; s++) section(`S${s}`, 12, 0.75, "scored");
  section("T", 10, 0.5, "bonus");
  section("D", 8, 0.5, "deduction");
  return rows;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-bench-"));
  const profile = makeProfile();
  try {
    const units = Array.from({ length: UNITS }, (_, i) => ({
      code: `DV${String(i + 1).padStart(3, "0")}`,
      name: `Công đoàn cơ sở số ${i + 1}`,
      type: i % 5 === 4 ? ("coordinating" as const) : ("direct" as const),
    }));
    const { source, units: templateUnits } = templateSourceFor({ presetId: "kon-tum", year: 2022, units });
    const rows = criteria();
    if (rows.length !== 150) throw new Error(`expected 150 criteria, got ${rows.length}`);
    const workbook = XlsxWorkbook.empty();
    await workbook.writeSheets(
      templateSheets({ ...source, criteria: rows }, templateUnits, { sampleSeed: 500 }),
    );
    const input = path.join(dir, "cum-500x150.xlsx");
    writeFileSync(input, await workbook.toBuffer());

    const io = {
      stdout: { write: () => true },
      stderr: { write: (t: string) => process.stderr.write(t) },
      now: () => new Date(2023, 0, 5),
      cwd: dir,
    };
    const ours: number[] = [];
    for (let run = 0; run < OUR_RUNS; run++) {
      const started = process.hrtime.bigint();
      // Each run writes over the last run's output (--ghi-de); 3 is "written, places await a vote".
      const code = await runCli(["tong-hop", input, "-o", path.join(dir, "ra.xlsx"), "--ghi-de"], io);
      ours.push(Number(process.hrtime.bigint() - started) / 1e9);
      if (code !== 0 && code !== 3) throw new Error(`thidua tong-hop exited ${code}`);
    }

    const inputBytes = new Uint8Array(readFileSync(input));
    const raw: number[] = [];
    for (let run = 0; run < RAW_RUNS; run++) {
      const started = process.hrtime.bigint();
      rawRead(inputBytes);
      raw.push(Number(process.hrtime.bigint() - started) / 1e9);
    }
    const checks: number[] = [];
    for (let run = 0; run < OUR_RUNS; run++) {
      const started = process.hrtime.bigint();
      const code = await runCli(["kiem-tra", input], io);
      checks.push(Number(process.hrtime.bigint() - started) / 1e9);
      if (code !== 0) throw new Error(`thidua kiem-tra exited ${code}`);
    }
    const rss = peakRssMb(["tong-hop", input, "-o", path.join(dir, "ra-rss.xlsx"), "--ghi-de"], dir);
    const floor = median(raw);
    console.log(`BENCH raw.read.500x150 ${floor.toFixed(3)} s`);
    console.log(`BENCH cli.kiemtra.500x150 ${median(checks).toFixed(3)} s`);
    console.log(`BENCH cli.tonghop_vs_raw.500x150 ${(median(ours) / floor).toFixed(2)} ratio`);
    console.log(`BENCH cli.kiemtra_vs_raw.500x150 ${(median(checks) / floor).toFixed(2)} ratio`);
    console.log(`BENCH cli.tonghop.peak_rss_mb.500x150 ${rss.toFixed(0)} MB`);

    const output = readFileSync(path.join(dir, "ra.xlsx"));
    const theirs: number[] = [];
    for (let run = 0; run < LIBREOFFICE_RUNS; run++) {
      const started = process.hrtime.bigint();
      await convertWithLibreOffice(output, { profile, timeoutMs: 1_800_000 });
      theirs.push(Number(process.hrtime.bigint() - started) / 1e9);
    }

    const a = median(ours);
    const b = median(theirs);
    console.log(`BENCH cli.tonghop.500x150 ${a.toFixed(2)} s`);
    console.log(`BENCH libreoffice.recalc.500x150 ${b.toFixed(2)} s`);
    console.log(`BENCH cli.vs_libreoffice ${(a / b).toFixed(3)} ratio`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
