/**
 * Speed of the core's block summary (validate, total, classify, rank, exclusions, awards) on a
 * block of 5,000 units × 200 leaf criteria — a million score rows — and on ten times that.
 * Prints `BENCH <name> <value> <unit>` lines; medians over 7 timed runs after a warm-up.
 *
 * Inputs are real BlockInputs built by a seeded PRNG here (never in the core). To fit 10 million
 * rows in Node's default heap, rows share what a codec could share (a unit's code cell, a
 * criterion's code cell, the empty appraised cell); each row and its self-score cell are its own
 * objects, and the score values mix numbers with text typed with a decimal comma.
 */
import { performance } from "node:perf_hooks";
import { DEFAULT_BANDS } from "../src/core/classification";
import type {
  BlockInput,
  CellValue,
  ClusterDefinition,
  CriterionRow,
  DepartmentPointsRow,
  Points,
  ScoreRow,
  Sourced,
  UnitRow,
} from "../src/core/model";
import { clusterCode } from "../src/core/model";
import { presetById } from "../src/core/presets";
import { summarizeBlock } from "../src/core/summary";
import { fullCollection } from "./floor";

const LEAVES = 200;
const UNITS_PER_CLUSTER = 20;
const RUNS = 7;

/** mulberry32: small, fast, seeded. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 9 scored sections × 20 leaves of 0,5 points (= 90), a bonus and a deduction section of 10 leaves. */
function criteria(): {
  rows: CriterionRow[];
  leaves: { code: string; kind: "scored" | "bonus" | "deduction" }[];
} {
  const rows: CriterionRow[] = [];
  const leaves: { code: string; kind: "scored" | "bonus" | "deduction" }[] = [];
  const section = (code: string, kind: "scored" | "bonus" | "deduction", count: number): void => {
    rows.push({ code: { value: code }, text: `Mục ${code}`, max: { value: null }, kind });
    for (let i = 1; i <= count; i++) {
      const leaf = `${code}.${i}`;
      rows.push({ code: { value: leaf }, text: `Tiêu chí ${leaf}`, max: { value: 0.5 }, kind });
      leaves.push({ code: leaf, kind });
    }
  };
  const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"];
  for (let s = 0; s < 9; s++) section(roman[s]!, "scored", 20);
  section(roman[9]!, "bonus", 10);
  section(roman[10]!, "deduction", 10);
  return { rows, leaves };
}

function block(unitCount: number, seed: number): BlockInput {
  const random = prng(seed);
  const preset = presetById("kon-tum")!;
  const period = preset.periodFor(2024);
  const { rows: criteriaRows, leaves } = criteria();
  if (leaves.length !== LEAVES) throw new Error(`expected ${LEAVES} leaves`);

  const clusters: ClusterDefinition[] = [];
  for (let c = 0; c < Math.ceil(unitCount / UNITS_PER_CLUSTER); c++) {
    clusters.push({
      code: clusterCode(`C${c + 1}`),
      name: `Cụm thi đua số ${c + 1}`,
      quota: { leading: 1, excellent: c % 10 === 0 ? 2 : 1 },
    });
  }

  const criterionCells: Sourced<string>[] = leaves.map((l) => ({ value: l.code }));
  const empty: Sourced = { value: null };
  const units: UnitRow[] = [];
  const scores: ScoreRow[] = new Array<ScoreRow>(unitCount * LEAVES);
  const departmentPoints: DepartmentPointsRow[] = [];
  const departments = preset.departments;
  let n = 0;
  for (let u = 0; u < unitCount; u++) {
    const code = `DV${String(u + 1).padStart(6, "0")}`;
    const coordinating = u % 7 === 0;
    const late = random() < 0.02;
    units.push({
      code: { value: code },
      name: { value: `Công đoàn cơ sở số ${u + 1}` },
      cluster: { value: `C${Math.floor(u / UNITS_PER_CLUSTER) + 1}` },
      type: { value: coordinating ? "phối hợp" : "trực tiếp" },
      registered: { value: random() < 0.97 ? "Có" : "Không" },
      pactSigned: { value: "Có" },
      midReportDate: { value: "20/06/2024" },
      endReportDate: { value: late ? "16/12/2024" : "05/12/2024" },
      leaderDiscipline: { value: random() < 0.01 ? "Khiển trách" : null },
    });
    const unitCell: Sourced<string> = { value: code };
    // Most units are strong; a quarter of their cells get the maximum, so totals often tie.
    const strength = 0.6 + random() * 0.4;
    for (let c = 0; c < LEAVES; c++) {
      const leaf = leaves[c]!;
      let self: CellValue;
      if (leaf.kind === "scored") {
        const cents = random() < 0.25 ? 50 : Math.round(50 * strength * random() * 2) % 51;
        self = random() < 0.03 ? `0,${String(cents).padStart(2, "0")}` : cents / 100;
      } else {
        self = random() < 0.1 ? 0.5 : null;
      }
      const appraised: Sourced = random() < 0.05 ? { value: 0.25 } : empty;
      scores[n++] = { unit: unitCell, criterion: criterionCells[c]!, self: { value: self }, appraised };
    }
    for (const d of departments) {
      const max = coordinating ? d.coordinating : d.direct;
      departmentPoints.push({
        unit: unitCell,
        department: { value: d.code },
        points: { value: Math.round(max * 2 * random()) / 2 },
      });
    }
  }

  return {
    name: `Khối thi đua thử ${unitCount} đơn vị`,
    period,
    config: { ...preset.config, selfScoreMax: 9000 as Points, bands: DEFAULT_BANDS },
    clusters,
    criteria: criteriaRows,
    units,
    scores,
    departments: [],
    departmentPoints,
    deadlines: {
      midReport: { year: 2024, month: 6, day: 28 },
      endReport: { year: 2024, month: 12, day: 10 },
      summaryMeeting: { year: 2024, month: 12, day: 25 },
      draftWorkingDaysBeforeMeeting: 10,
    },
    holidays: preset.holidaysFor(period),
    votes: [],
  };
}

const gc = fullCollection;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function measure(input: BlockInput, warmups: number): number {
  gc();
  for (let i = 0; i < warmups; i++) summarizeBlock(input);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const summary = summarizeBlock(input);
    times.push(performance.now() - start);
    if (i === 0) describe(input, summary);
  }
  process.stderr.write(`# runs (ms): ${times.map((t) => t.toFixed(0)).join(" ")}\n`);
  return median(times);
}

function describe(input: BlockInput, summary: ReturnType<typeof summarizeBlock>): void {
  const units = summary.clusters.reduce((n, c) => n + c.units.length, 0);
  const awarded = summary.clusters.reduce((n, c) => n + c.units.filter((u) => u.award !== null).length, 0);
  const ties = summary.clusters.reduce((n, c) => n + c.ties.length, 0);
  process.stderr.write(
    `# ${input.scores.length} score rows, ${units} units in ${summary.clusters.length} clusters: ` +
      `${summary.problems.length} problems (blocked: ${summary.blocked}), ${awarded} awards, ${ties} ties\n`,
  );
}

const small = block(5_000, 20241225);
const smallMs = measure(small, 3);
console.log(`BENCH core.summarize.5000x200 ${smallMs.toFixed(1)} ms`);

const large = block(50_000, 20241226);
const largeMs = measure(large, 1);
console.log(`BENCH core.summarize.50000x200 ${largeMs.toFixed(1)} ms`);
console.log(`BENCH core.scaling.10x ${(largeMs / smallMs).toFixed(2)} ratio`);
