/**
 * The Office.js adapter's cost to generate the summary, on the documented model of Excel (syncs,
 * request and response bytes, and the largest single sync, for 20, 200 and 2,000 units), and the pane's JavaScript from the production build:
 * what taskpane.html loads at once (gzipped) and what is loaded later, when needed: `pane.lazy_js_gz`
 * is what opening a workbook in a plain browser and writing it loads (the .xlsx layer and the use
 * cases, with the chunks they share), `pane.lazy_create_js_gz`, `pane.lazy_plan_js_gz`,
 * `pane.lazy_appraisal_js_gz` and `pane.lazy_unit_entry_js_gz` what making a new workbook,
 * «Việc cần làm», «Thẩm định» and the unit entry add to it, `pane.lazy_docx_js_gz` what the Word writer
 * adds when a document is made, `pane.lazy_all_js_gz` every lazy file of the build.
 *
 * Run: npx tsx bench/office.bench.ts (after `npx webpack --mode production` for the pane figures).
 */
import { existsSync, readFileSync } from "fs";
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
/** The import() groups the pane loads to open an .xlsx in a plain browser and write it back. */
const OPEN_AND_WRITE = ["xlsx", "usecases"] as const;

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
  const sum = (files: Iterable<string>): number =>
    [...files].reduce((total, file) => total + gzipKilobytes(path.join(DIST, file)), 0);
  console.log(`BENCH pane.initial_js_gz ${sum(initial.map((f) => path.relative(DIST, f))).toFixed(1)} KB`);

  // Which files each import() loads, from the build itself (scripts/chunk-groups-plugin.js).
  const manifest = path.join(DIST, "chunk-groups.json");
  if (!existsSync(manifest))
    throw new Error("dist/chunk-groups.json không có: dựng lại bằng `npx webpack --mode production`.");
  const { groups, packages } = JSON.parse(readFileSync(manifest, "utf8")) as {
    groups: Record<string, string[]>;
    packages: Record<string, string[]>;
  };
  const filesOf = (names: readonly string[]): Set<string> => {
    const files = new Set<string>();
    for (const name of names) {
      const group = groups[name];
      if (!group) throw new Error(`chunk-groups.json: không có nhóm «${name}»`);
      for (const file of group) files.add(file);
    }
    return files;
  };
  // Opening a workbook in a plain browser and writing it back: the .xlsx layer and the use cases.
  const open = filesOf(OPEN_AND_WRITE);
  console.log(`BENCH pane.lazy_js_gz ${sum(open).toFixed(1)} KB`);
  for (const file of [...open].sort())
    console.log(
      `# ${file} ${gzipKilobytes(path.join(DIST, file)).toFixed(1)} KB gz: ${(packages[file] ?? []).join(", ") || "our code"}`,
    );
  // Making a new workbook (the presets, their plans, the template), «Việc cần làm» (the year's
  // plan), «Thẩm định» and the pane's unit entry load their own chunks when used: what each adds
  // to opening a workbook.
  for (const [line, group] of [
    ["pane.lazy_create_js_gz", "create"],
    ["pane.lazy_plan_js_gz", "plan"],
    ["pane.lazy_appraisal_js_gz", "appraisal"],
    ["pane.lazy_unit_entry_js_gz", "unit-entry"],
  ] as const) {
    const added = [...filesOf([group])].filter((file) => !open.has(file));
    console.log(`BENCH ${line} ${sum(added).toFixed(1)} KB`);
  }
  // The Word writer, loaded only when a document is made: what it adds to the above.
  const docxFiles = Object.keys(packages).filter((file) => packages[file]?.includes("docx"));
  const docx = new Set(
    Object.values(groups)
      .filter((files) => files.some((f) => docxFiles.includes(f)))
      .flat()
      .filter((file) => !open.has(file)),
  );
  if (docxFiles.length === 0) console.log("# no import() of this build loads the Word writer (docx)");
  console.log(`BENCH pane.lazy_docx_js_gz ${sum(docx).toFixed(1)} KB`);
  // Every lazy file of the build, whatever loads it (what pane.lazy_js_gz summed before).
  console.log(`BENCH pane.lazy_all_js_gz ${sum(Object.keys(packages)).toFixed(1)} KB`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
