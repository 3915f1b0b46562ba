/**
 * Properties of summarizeBlock over random clusters (1,000 runs each): totals equal the sum of
 * their parts, row order changes nothing, ranks follow totals, awards stay within quota and never
 * go to an excluded or incomplete unit. These go through Core B's ranking, eligibility and awards.
 */
import fc from "fast-check";
import { DEFAULT_ALLOCATION } from "../../src/core/allocation";
import { DEFAULT_BANDS } from "../../src/core/classification";
import { formatPoints } from "../../src/core/decimal";
import type {
  BlockInput,
  CellValue,
  ClusterDefinition,
  CriterionKind,
  Points,
  ScoreRow,
  TieBreakKey,
  UnitResult,
} from "../../src/core/model";
import { clusterCode } from "../../src/core/model";
import { summarizeBlock } from "../../src/core/summary";
import { cell, criteriaRows, unitRows, type CriterionSpec, type UnitSpec } from "./fixtures/rows";

const RUNS = { numRuns: 1000 };

// ── A random cluster, as plain data ─────────────────────────────────────────

/** A score as a share of the maximum: coarse quarters (so totals often tie) or any value. */
type Share = { readonly quarter: number } | { readonly fine: number };
const share: fc.Arbitrary<Share> = fc.oneof(
  { weight: 7, arbitrary: fc.integer({ min: 0, max: 4 }).map((quarter) => ({ quarter })) },
  { weight: 3, arbitrary: fc.nat({ max: 100_000 }).map((fine) => ({ fine })) },
);
const pointsOf = (s: Share, max: number): number =>
  "quarter" in s ? Math.floor((max * s.quarter) / 4) : s.fine % (max + 1);

interface LeafModel {
  readonly max: number;
  readonly kind: CriterionKind;
}

interface CellModel {
  readonly self: Share | null;
  readonly appraised: Share | null;
  /** How the cell is typed: a number, text with a decimal comma, text with no-break spaces. */
  readonly style: 0 | 1 | 2;
  /** For deductions: typed with a minus sign. */
  readonly negative: boolean;
}

interface UnitModel {
  readonly cluster: number;
  readonly coordinating: boolean;
  readonly registered: string;
  readonly discipline: string | null;
  readonly midSent: boolean;
  readonly cells: readonly CellModel[];
  readonly departments: readonly Share[];
  readonly votes: number | null;
}

interface Model {
  readonly sections: readonly { readonly kind: CriterionKind; readonly leaves: readonly number[] }[];
  readonly clusters: readonly { readonly leading: number; readonly excellent: number }[];
  readonly withDepartments: boolean;
  readonly units: readonly UnitModel[];
  readonly tieBreak: readonly TieBreakKey[];
}

const maxArb = fc.integer({ min: 1, max: 40 }).map((n) => n * 50);
const sectionArb = (kind: CriterionKind) =>
  fc.array(maxArb, { minLength: 1, maxLength: 4 }).map((leaves) => ({ kind, leaves }));

const modelArb: fc.Arbitrary<Model> = fc
  .record({
    scored: fc.array(sectionArb("scored"), { minLength: 1, maxLength: 4 }),
    bonus: fc.option(sectionArb("bonus"), { nil: undefined }),
    deduction: fc.option(sectionArb("deduction"), { nil: undefined }),
    clusters: fc.array(
      fc.record({ leading: fc.integer({ min: 0, max: 2 }), excellent: fc.integer({ min: 0, max: 3 }) }),
      { minLength: 1, maxLength: 3 },
    ),
    withDepartments: fc.boolean(),
  })
  .chain(({ scored, bonus, deduction, clusters, withDepartments }) => {
    const sections = [...scored, ...(bonus ? [bonus] : []), ...(deduction ? [deduction] : [])];
    const leafCount = sections.reduce((n, s) => n + s.leaves.length, 0);
    const cellArb: fc.Arbitrary<CellModel> = fc.record({
      self: fc.option(share, { freq: 12, nil: null }),
      appraised: fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: share }),
      style: fc.constantFrom(0 as const, 1 as const, 2 as const),
      negative: fc.boolean(),
    });
    const unitArb: fc.Arbitrary<UnitModel> = fc.record({
      cluster: fc.nat({ max: clusters.length - 1 }),
      coordinating: fc.boolean(),
      registered: fc.constantFrom("Có", "Có", "Có", "Có", "x", "Không", ""),
      discipline: fc.constantFrom(null, null, null, null, null, null, "Khiển trách", "Cảnh cáo"),
      midSent: fc.constantFrom(true, true, true, true, true, true, false),
      cells: fc.array(cellArb, { minLength: leafCount, maxLength: leafCount }),
      departments: fc.array(share, {
        minLength: DEFAULT_ALLOCATION.entries.length,
        maxLength: DEFAULT_ALLOCATION.entries.length,
      }),
      votes: fc.option(fc.nat({ max: 40 }), { freq: 3, nil: null }),
    });
    return fc
      .record({
        units: fc.array(unitArb, { minLength: 1, maxLength: 14 }),
        // Twins score exactly alike, so ties reach the tie-break chain and the vote.
        twins: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
        tieBreak: fc.constantFrom<readonly TieBreakKey[]>(
          [],
          ["appraisedTotal"],
          ["appraisedTotal", "mainSection", "fewerDeductions"],
        ),
      })
      .map(({ units, twins, tieBreak }) => {
        const out = [...units];
        for (const [a, b] of twins) {
          const from = out[a % out.length]!;
          const to = b % out.length;
          out[to] = {
            ...out[to]!,
            cells: from.cells,
            departments: from.departments,
            coordinating: from.coordinating,
          };
        }
        return { sections, clusters, withDepartments, units: out, tieBreak };
      });
  });

// ── The model as the workbook codec would hand it over ──────────────────────

const leavesOf = (m: Model): { code: string; leaf: LeafModel }[] =>
  m.sections.flatMap((s, i) =>
    s.leaves.map((max, j) => ({ code: `${roman(i + 1)}.${j + 1}`, leaf: { max, kind: s.kind } })),
  );

const roman = (n: number): string => ["I", "II", "III", "IV", "V", "VI"][n - 1] ?? String(n);

function typed(points: number, style: 0 | 1 | 2): CellValue {
  if (style === 0) return points / 100;
  const text = formatPoints(points as Points);
  return style === 1 ? text : `\u00a0${text}\u202f`;
}

function inputOf(m: Model): BlockInput {
  const leaves = leavesOf(m);
  const spec: CriterionSpec[] = m.sections.flatMap((s, i) => [
    [roman(i + 1), `Mục ${roman(i + 1)}`, null, s.kind] as const,
    ...s.leaves.map(
      (max, j) => [`${roman(i + 1)}.${j + 1}`, `Tiêu chí ${j + 1}`, max / 100, s.kind] as const,
    ),
  ]);
  const selfScoreMax = leaves.filter((l) => l.leaf.kind === "scored").reduce((n, l) => n + l.leaf.max, 0);
  const clusters: ClusterDefinition[] = m.clusters.map((q, i) => ({
    code: clusterCode(`C${i + 1}`),
    name: `Cụm thi đua số ${i + 1}`,
    quota: q,
  }));
  const memberCount = m.clusters.map((_, c) => m.units.filter((u) => u.cluster === c).length);
  const units: UnitSpec[] = m.units.map((u, i) => ({
    code: `U${i + 1}`,
    name: `Công đoàn cơ sở số ${i + 1}`,
    cluster: `C${u.cluster + 1}`,
    type: u.coordinating ? "phối hợp" : "trực tiếp",
    registered: u.registered,
    discipline: u.discipline,
    // Some reports arrive after the 28/06 deadline (a warning), some never (an exclusion).
    mid: u.midSent ? (i % 3 === 0 ? "02/07/2024" : "20/06/2024") : null,
  }));
  const scores: ScoreRow[] = [];
  m.units.forEach((u, i) => {
    leaves.forEach(({ code, leaf }, c) => {
      const cellModel = u.cells[c]!;
      const value = (s: Share | null): CellValue => {
        if (s === null) return null;
        const p = pointsOf(s, leaf.max);
        return typed(leaf.kind === "deduction" && cellModel.negative ? -p : p, cellModel.style);
      };
      scores.push({
        unit: { value: `U${i + 1}`, at: cell("Bảng điểm", `A${scores.length + 2}`) },
        criterion: { value: code, at: cell("Bảng điểm", `B${scores.length + 2}`) },
        self: { value: value(cellModel.self), at: cell("Bảng điểm", `D${scores.length + 2}`) },
        appraised: { value: value(cellModel.appraised), at: cell("Bảng điểm", `E${scores.length + 2}`) },
      });
    });
  });
  const departmentPoints = m.withDepartments
    ? m.units.flatMap((u, i) =>
        DEFAULT_ALLOCATION.entries.map((e, d) => ({
          unit: { value: `U${i + 1}` },
          department: { value: d % 2 === 0 ? e.code : e.name },
          points: { value: pointsOf(u.departments[d]!, u.coordinating ? e.coordinating : e.direct) / 100 },
        })),
      )
    : [];
  const votes = m.units.flatMap((u, i) =>
    u.votes === null
      ? []
      : [{ unit: { value: `U${i + 1}` }, votes: { value: u.votes % (memberCount[u.cluster]! + 1) } }],
  );
  return {
    name: "Khối thi đua ngẫu nhiên",
    period: {
      label: "Năm 2024",
      kind: "calendar-year",
      start: { year: 2024, month: 1, day: 1 },
      end: { year: 2024, month: 12, day: 31 },
    },
    config: {
      selfScoreMax: selfScoreMax as Points,
      departmentsMax: (m.withDepartments ? 1000 : 0) as Points,
      bands: DEFAULT_BANDS,
      tieBreak: m.tieBreak,
      voteRule: { passShare: 0.5 },
    },
    clusters,
    criteria: criteriaRows(spec),
    units: unitRows(units),
    scores,
    departments: [],
    departmentPoints,
    deadlines: {
      midReport: { year: 2024, month: 6, day: 28 },
      endReport: { year: 2024, month: 12, day: 10 },
    },
    holidays: [],
    votes,
  };
}

/** The totals worked out from the model alone, without the core. */
function expectedTotals(m: Model, u: UnitModel) {
  const leaves = leavesOf(m);
  let self = 0;
  let table = 0;
  let bonus = 0;
  let deductions = 0;
  let complete = true;
  leaves.forEach(({ leaf }, c) => {
    const cellModel = u.cells[c]!;
    const selfPoints = cellModel.self === null ? null : pointsOf(cellModel.self, leaf.max);
    const counted = cellModel.appraised !== null ? pointsOf(cellModel.appraised, leaf.max) : selfPoints;
    if (leaf.kind === "scored") {
      if (counted === null) complete = false;
      self += selfPoints ?? 0;
      table += counted ?? 0;
    } else if (leaf.kind === "bonus") bonus += counted ?? 0;
    else deductions += counted ?? 0;
  });
  const departments = m.withDepartments
    ? DEFAULT_ALLOCATION.entries.reduce(
        (n, e, d) => n + pointsOf(u.departments[d]!, u.coordinating ? e.coordinating : e.direct),
        0,
      )
    : 0;
  return {
    self,
    table,
    bonus,
    deductions,
    departments,
    complete,
    total: Math.max(0, table + bonus - deductions) + departments,
  };
}

/** A seeded permutation (the seed comes from fast-check, so failures replay). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const j = (state >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const allUnits = (results: ReturnType<typeof summarizeBlock>): UnitResult[] =>
  results.clusters.flatMap((c) => c.units);

// ── Properties ──────────────────────────────────────────────────────────────

describe("summarizeBlock over random clusters", () => {
  it("gives totals equal to the sum of their parts, worked out independently", () => {
    fc.assert(
      fc.property(modelArb, (m) => {
        const summary = summarizeBlock(inputOf(m));
        // The one error: a cluster none of whose units has a score is not ranked (missing is never zero).
        const unscored = m.clusters.filter((_, c) => {
          const members = m.units.filter((u) => u.cluster === c);
          return (
            members.length > 0 &&
            members.every((u) => u.cells.every((x) => x.self === null && x.appraised === null))
          );
        });
        expect(summary.problems.filter((p) => p.severity === "error").map((p) => p.code)).toEqual(
          unscored.map(() => "CLUSTER_NO_SCORES"),
        );
        const byCode = new Map(allUnits(summary).map((u) => [u.code, u]));
        expect(byCode.size).toBe(m.units.length);
        m.units.forEach((u, i) => {
          const r = byCode.get(`U${i + 1}` as UnitResult["code"])!;
          const e = expectedTotals(m, u);
          expect([r.self, r.tableScore, r.bonus, r.deductions, r.departments, r.total, r.complete]).toEqual([
            e.self,
            e.table,
            e.bonus,
            e.deductions,
            e.departments,
            e.total,
            e.complete,
          ]);
          expect(r.tableScore).toBe(r.self + r.appraisalDifference);
          expect(r.total).toBe(Math.max(0, r.tableScore + r.bonus - r.deductions) + r.departments);
          expect(Number.isInteger(r.total)).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it("gives the same summary however the rows are ordered", () => {
    fc.assert(
      fc.property(modelArb, fc.integer(), (m, seed) => {
        const input = inputOf(m);
        const reordered: BlockInput = {
          ...input,
          units: shuffled(input.units, seed),
          scores: shuffled(input.scores, seed + 1),
          departmentPoints: shuffled(input.departmentPoints, seed + 2),
          votes: shuffled(input.votes, seed + 3),
        };
        expect(summarizeBlock(reordered)).toEqual(summarizeBlock(input));
      }),
      RUNS,
    );
  });

  it("ranks by total: higher total, better rank; equal totals, equal rank; rank = 1 + units strictly ahead", () => {
    fc.assert(
      fc.property(modelArb, (m) => {
        for (const cluster of summarizeBlock(inputOf(m)).clusters) {
          for (const a of cluster.units) {
            expect(a.rank).toBe(1 + cluster.units.filter((b) => b.total > a.total).length);
            for (const b of cluster.units) {
              if (a.total > b.total) expect(a.rank).toBeLessThan(b.rank);
              if (a.total === b.total) expect(a.rank).toBe(b.rank);
            }
          }
          const listed = cluster.units.map((u) => u.rank);
          expect(listed).toEqual([...listed].sort((x, y) => x - y));
        }
      }),
      RUNS,
    );
  });

  it("never awards more units than the cluster's quota", () => {
    fc.assert(
      fc.property(modelArb, (m) => {
        for (const cluster of summarizeBlock(inputOf(m)).clusters) {
          const leading = cluster.units.filter((u) => u.award === "leading").length;
          const excellent = cluster.units.filter((u) => u.award === "excellent").length;
          expect(leading).toBeLessThanOrEqual(cluster.cluster.quota.leading);
          expect(excellent).toBeLessThanOrEqual(cluster.cluster.quota.excellent);
        }
      }),
      RUNS,
    );
  });

  it("never awards an excluded or incomplete unit, and gives neither an award rank", () => {
    fc.assert(
      fc.property(modelArb, (m) => {
        const units = allUnits(summarizeBlock(inputOf(m)));
        for (const u of units) {
          if (!u.considered || !u.complete) {
            expect(u.award).toBeNull();
            expect(u.awardRank).toBeNull();
          } else {
            expect(u.awardRank).not.toBeNull();
          }
          expect(u.considered).toBe(u.exclusions.length === 0);
        }
      }),
      RUNS,
    );
  });
});
