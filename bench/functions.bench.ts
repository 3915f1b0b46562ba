/**
 * THIDUA.XEPHANG over 10,000 totals: one spilled call against 10,000 single-value calls (the
 * RANK.EQ-per-row pattern, where every row reads and ranks the whole column again). Medians over
 * several runs; prints `BENCH <name> <value> <unit>` lines.
 */
import { ranks } from "../src/functions/functions";

const UNITS = 10_000;

/** Totals as Excel passes a column: one [value] per row, two decimals, many ties, a few blanks. */
function column(): unknown[][] {
  let seed = 20241020;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return Array.from({ length: UNITS }, (_, i) => [i % 97 === 0 ? "" : Math.round(next() * 10000) / 100]);
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const totals = column();
let sink = 0;

const spill = (): void => {
  sink += ranks(totals).length;
};
const single = (): void => {
  for (const row of totals) sink += ranks([row], totals).length;
};

spill(); // warm-up: let the JIT compile the path before timing
const spillMs = median(Array.from({ length: 21 }, () => time(spill)));
single();
const singleMs = median(Array.from({ length: 5 }, () => time(single)));

if (sink === 0) throw new Error("nothing was ranked");
console.log(`BENCH functions.xephang.spill.${UNITS} ${spillMs.toFixed(2)} ms`);
console.log(`BENCH functions.xephang.single.${UNITS} ${singleMs.toFixed(0)} ms`);
console.log(`BENCH functions.xephang.speedup ${(singleMs / spillMs).toFixed(0)} ratio`);
