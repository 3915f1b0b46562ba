/**
 * `thidua tong-hop-khoi` over 40 cluster workbooks of 30 units each (the Kon Tum criteria table),
 * against the floor: reading the same 40 files raw — a bare unzip (fflate) and one streaming XML
 * pass (saxes, no handler work) over every XML part of each. Run: npm run bench -- tonghopkhoi
 *
 * Prints `BENCH raw.read.40x30 <s> s`, `BENCH cli.tonghopkhoi.40x30.seconds <s> s` and
 * `BENCH cli.tonghopkhoi.40x30 <ratio> x` (ours ÷ the floor; the target is ≤ 1.5) — the
 * command as users run it, which also writes the tờ trình and the list as two Word files. Then the
 * same run with `--khong-word` (no Word files), timed in the same loop, for the Word files' share:
 * `BENCH cli.tonghopkhoi.40x30.khong_word <ratio> x` and `BENCH cli.tonghopkhoi.40x30.word_share <%> %`.
 *
 * Each run times the floor and then the command back to back, after a full collection, and a ratio
 * is the median of the runs' own ratios: this machine's speed drifts by a third from one second to
 * the next, and a run's two timings share its moment.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { XlsxWorkbook } from "../src/adapters/xlsx/xlsx-workbook";
import { runCli } from "../src/cli/main";
import { fullCollection, median, rawRead } from "./floor";
import { createClusterWorkbook, generateSummary } from "../src/workbook/usecases";

const CLUSTERS = 40;
const UNITS = 30;
const RUNS = 9;

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-bench-khoi-"));
  try {
    const files: string[] = [];
    for (let c = 1; c <= CLUSTERS; c++) {
      const workbook = XlsxWorkbook.empty();
      await createClusterWorkbook(workbook, {
        presetId: "kon-tum",
        year: 2025,
        sampleScores: true,
        seed: c,
        units: Array.from({ length: UNITS }, (_, i) => ({
          code: `C${c}-${i + 1}`,
          name: `Công đoàn cơ sở ${i + 1} cụm ${c}`,
          type: i % 5 === 4 ? ("coordinating" as const) : ("direct" as const),
          cluster: `Cụm thi đua số ${c}`,
        })),
      });
      // Summed up as `thidua tong-hop` does: from the file as saved.
      const saved = await XlsxWorkbook.fromBuffer(await workbook.toBuffer());
      await generateSummary(saved, { now: { year: 2025, month: 12, day: 20 } });
      const file = path.join(dir, `cum-${c}.xlsx`);
      writeFileSync(file, await saved.toBuffer());
      files.push(file);
    }

    const io = {
      stdout: { write: () => true },
      stderr: { write: (t: string) => process.stderr.write(t) },
      now: () => new Date(2025, 11, 20),
      cwd: dir,
    };
    const ours: number[] = [];
    const withoutWord: number[] = [];
    const raw: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      fullCollection();
      let started = process.hrtime.bigint();
      for (const file of files) rawRead(new Uint8Array(readFileSync(file)));
      raw.push(Number(process.hrtime.bigint() - started) / 1e9);
      fullCollection();
      started = process.hrtime.bigint();
      const code = await runCli(
        ["tong-hop-khoi", ...files, "-o", path.join(dir, "khoi.xlsx"), "--ghi-de"],
        io,
      );
      ours.push(Number(process.hrtime.bigint() - started) / 1e9);
      if (code !== 0) throw new Error(`thidua tong-hop-khoi exited ${code}`);
      fullCollection();
      started = process.hrtime.bigint();
      const plain = await runCli(
        ["tong-hop-khoi", ...files, "-o", path.join(dir, "khoi-xlsx.xlsx"), "--ghi-de", "--khong-word"],
        io,
      );
      withoutWord.push(Number(process.hrtime.bigint() - started) / 1e9);
      if (plain !== 0) throw new Error(`thidua tong-hop-khoi --khong-word exited ${plain}`);
    }
    const ratios = (times: readonly number[]) => median(times.map((t, run) => t / raw[run]!));
    console.log(`BENCH raw.read.40x30 ${median(raw).toFixed(3)} s`);
    console.log(`BENCH cli.tonghopkhoi.40x30.seconds ${median(ours).toFixed(3)} s`);
    console.log(`BENCH cli.tonghopkhoi.40x30 ${ratios(ours).toFixed(2)} x`);
    console.log(`BENCH cli.tonghopkhoi.40x30.khong_word ${ratios(withoutWord).toFixed(2)} x`);
    const share = median(ours.map((t, run) => (t - withoutWord[run]!) / t));
    console.log(`BENCH cli.tonghopkhoi.40x30.word_share ${(share * 100).toFixed(0)} %`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
