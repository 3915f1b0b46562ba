/**
 * Speed of the Vietnamese text core on workbook-sized inputs: converting every cell of a sheet
 * must stay well under a second. Prints `BENCH <name> <value> <unit>`, medians of 7 runs.
 */
import {
  convertLegacyText,
  decodeTcvn3,
  decodeVni,
  detectLegacyEncoding,
  sortByVietnamese,
} from "../src/core/text";

const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timeMs(work: () => void): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

function report(name: string, value: number, unit: string): void {
  console.log(`BENCH ${name} ${value.toFixed(2)} ${unit}`);
}

const CELLS = 10_000;
const tcvn3Cells = Array.from(
  { length: CELLS },
  (_, i) => `C«ng ®oµn c¬ së tr­êng THCS sè ${i} thµnh phè Kon Tum`,
);
const vniCells = Array.from(
  { length: CELLS },
  (_, i) => `Coâng ñoaøn cô sôû tröôøng THCS soá ${i} thaønh phoá Kon Tum`,
);
const unicodeCells = Array.from(
  { length: CELLS },
  (_, i) => `Công đoàn cơ sở trường THCS số ${i} thành phố Kon Tum`,
);
const latinCells = Array.from(
  { length: CELLS },
  (_, i) => `Société Générale — café crème n° ${i}, Müller GmbH`,
);

report(
  "text.decode_tcvn3_10k_cells",
  timeMs(() => tcvn3Cells.forEach((c) => decodeTcvn3(c))),
  "ms",
);
report(
  "text.decode_vni_10k_cells",
  timeMs(() => vniCells.forEach((c) => decodeVni(c))),
  "ms",
);
report(
  "text.detect_tcvn3_10k_cells",
  timeMs(() => tcvn3Cells.forEach((c) => detectLegacyEncoding(c))),
  "ms",
);
report(
  "text.detect_vni_10k_cells",
  timeMs(() => vniCells.forEach((c) => detectLegacyEncoding(c))),
  "ms",
);
report(
  "text.detect_unicode_10k_cells",
  timeMs(() => unicodeCells.forEach((c) => detectLegacyEncoding(c))),
  "ms",
);
report(
  "text.detect_latin1_10k_cells",
  timeMs(() => latinCells.forEach((c) => detectLegacyEncoding(c))),
  "ms",
);
report(
  "text.convert_by_font_10k_cells",
  timeMs(() => tcvn3Cells.forEach((c) => convertLegacyText(c, { font: ".VnTime" }))),
  "ms",
);
const units = unicodeCells.map((name, i) => ({ name: i % 2 === 0 ? name : name.normalize("NFD"), i }));
report(
  "text.sort_10k_names",
  timeMs(() => sortByVietnamese(units, (u) => u.name)),
  "ms",
);
