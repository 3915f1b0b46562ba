/**
 * The Office.js adapter's cost to generate the summary, on the documented model of Excel (syncs,
 * request and response bytes, and the largest single sync, for 20, 200 and 2,000 units), and the pane's JavaScript from the production build:
 * what taskpane.html loads at once (gzipped) and what is loaded later, when needed.
 *
 * Run: npx tsx bench/office.bench.ts (after `npx webpack --mode production` for the pane figures).
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { gzipSync } from "zlib";
import { OfficeWorkbook } from "../src/adapters/office/office-workbook";
import { sampleUnitName } from "../src/messages/vi/documents";
import { sampleUnits } from "../src/taskpane/browser-actions";
import { createClusterWorkbook, generateSummary } from "../src/workbook/usecases";
import { FakeWorkbook } from "../test/support/excel-fake";

const RUNS = 3;
const NOW = { year: 2024, month: 12, day: 20 };
const DIST = path.resolve(__dirname, "..", "dist");

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function session(fake: FakeWorkbook): OfficeWorkbook {
  return new OfficeWorkbook(fake.context() as unknown as Excel.RequestContext, {
    capabilities: { mergedAreas: true },
  });
}

async function summaryCost(
  units: number,
): Promise<{ syncs: number; kilobytes: number; responseKilobytes: number; largest: number }> {
  const fake = new FakeWorkbook();
  await createClusterWorkbook(session(fake), {
    presetId: "kon-tum",
    year: NOW.year,
    units: sampleUnits(units, sampleUnitName),
    head: "DV01",
    deputy: "DV02",
    sampleScores: true,
  });
  const syncs: number[] = [];
  const bytes: number[] = [];
  const responses: number[] = [];
  const largest: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const before = fake.syncCount;
    await generateSummary(session(fake), { now: NOW });
    const made = fake.syncs.slice(before);
    syncs.push(made.length);
    bytes.push(made.reduce((sum, s) => sum + s.bytes, 0));
    responses.push(made.reduce((sum, s) => sum + s.responseBytes, 0));
    largest.push(Math.max(...made.map((s) => Math.max(s.bytes, s.responseBytes))));
  }
  return {
    syncs: median(syncs),
    kilobytes: median(bytes) / 1024,
    responseKilobytes: median(responses) / 1024,
    largest: median(largest) / 1024,
  };
}

function gzipKilobytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

/** The scripts taskpane.html loads itself (Office.js aside: it comes from Microsoft or its own copy). */
function initialScripts(): string[] {
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
    .map((match) => match[1] ?? "")
    .filter((src) => !/^https?:/.test(src) && !src.startsWith("office-js/"))
    .map((src) => path.join(DIST, src));
}

async function main(): Promise<void> {
  for (const units of [20, 200, 2000]) {
    const cost = await summaryCost(units);
    console.log(`BENCH office.summary.syncs.${units} ${cost.syncs} syncs`);
    console.log(`BENCH office.summary.bytes.${units} ${cost.kilobytes.toFixed(1)} KB`);
    console.log(`BENCH office.summary.response.${units} ${cost.responseKilobytes.toFixed(1)} KB`);
    // Excel on the web refuses a request or a response above 5 MB (5,000,000 bytes here).
    console.log(`BENCH office.summary.largest_sync.${units} ${cost.largest.toFixed(1)} KB`);
  }

  if (!existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error(
      "dist/taskpane.html không có: chạy `npx webpack --mode production` trước để đo kích thước ngăn.",
    );
  }
  const initial = initialScripts();
  const chunks = existsSync(path.join(DIST, "chunks"))
    ? readdirSync(path.join(DIST, "chunks"))
        .filter((file) => file.endsWith(".js"))
        .map((file) => path.join(DIST, "chunks", file))
    : [];
  const sum = (files: readonly string[]): number =>
    files.reduce((total, file) => total + gzipKilobytes(file), 0);
  console.log(`BENCH pane.initial_js_gz ${sum(initial).toFixed(1)} KB`);
  console.log(`BENCH pane.lazy_js_gz ${sum(chunks).toFixed(1)} KB`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
