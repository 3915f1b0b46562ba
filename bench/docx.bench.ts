/**
 * The Word writer: what it adds to the pane when loaded lazily (the writer, the document model and
 * the `docx` package bundled by webpack for the web, minified and gzipped), and how long it takes
 * to write the Kon Tum tờ trình (12 units, a landscape ranking table) and a 200-row list.
 * Prints `BENCH <name> <value> <unit>` lines; times are medians of 7 runs after a warm-up.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { documentToDocx } from "../src/adapters/docx/docx-writer";
import { type DocumentInput, buildAdministrativeDocument } from "../src/workbook/generated/documents";
import { bundleDocxWriter } from "../test/support/docx-bundle";
import { DOCUMENT_SAMPLES, RECOMMENDATION_SAMPLES } from "../test/support/document-samples";

const RUNS = 7;

async function medianMs(work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)]!;
}

function longList(rows: number): DocumentInput {
  const list = DOCUMENT_SAMPLES.find((s) => s.name === "danh-sach-thanh-hoa")!.input;
  return {
    ...list,
    sections: [
      {
        orientation: "auto",
        blocks: [
          {
            type: "table",
            columns: [
              { share: 8, align: "center" },
              { share: 50 },
              { share: 13, align: "right" },
              { share: 11, align: "center" },
              { share: 18 },
            ],
            header: [["STT", "Tên đơn vị", "Tổng điểm", "Xếp hạng", "Hình thức đề nghị"]],
            rows: Array.from({ length: rows }, (_, i) => [
              String(i + 1),
              `Công đoàn cơ sở số ${i + 1} thuộc Cụm thi đua số 5`,
              "90,00",
              String(i + 1),
              "",
            ]),
          },
        ],
      },
    ],
  };
}

async function main(): Promise<void> {
  const bundle = readFileSync(await bundleDocxWriter());
  console.log(`BENCH docx.chunk_js ${(bundle.length / 1024).toFixed(1)} KB`);
  console.log(`BENCH docx.chunk_js_gz ${(gzipSync(bundle, { level: 9 }).length / 1024).toFixed(1)} KB`);

  const konTum = RECOMMENDATION_SAMPLES["001"].input;
  const ms = await medianMs(() => documentToDocx(buildAdministrativeDocument(konTum)));
  console.log(`BENCH docx.write.to_trinh_12_units ${ms.toFixed(1)} ms`);
  const list = longList(200);
  const listMs = await medianMs(() => documentToDocx(buildAdministrativeDocument(list)));
  console.log(`BENCH docx.write.list_200_rows ${listMs.toFixed(1)} ms`);
}

void main();
