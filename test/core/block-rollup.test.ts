import { blocksOf, rollUpBlocks, type RollupSource } from "../../src/core/block-rollup";
import { pointsFromNumber } from "../../src/core/decimal";
import type { Award, ClusterResult, Period, Tie, UnitResult } from "../../src/core/model";
import { clusterCode, unitCode } from "../../src/core/model";
import { presetById } from "../../src/core/presets";

const YEAR: Period = {
  label: "Năm 2025",
  kind: "calendar-year",
  start: { year: 2025, month: 1, day: 1 },
  end: { year: 2025, month: 12, day: 31 },
};

function unit(code: string, rank: number, award: Award | null): UnitResult {
  return {
    code: unitCode(code),
    name: `Đơn vị ${code}`,
    total: pointsFromNumber(95 - rank),
    rank,
    awardRank: rank,
    award,
    considered: true,
    classification: "Hoàn thành xuất sắc nhiệm vụ",
  } as unknown as UnitResult;
}

function cluster(
  code: string,
  name: string,
  units: UnitResult[],
  quota = { leading: 1, excellent: 1 },
  ties: Tie[] = [],
): ClusterResult {
  return { cluster: { code: clusterCode(code), name, quota }, units, ties, tieBreaks: [] };
}

function source(file: string, clusters: ClusterResult[], extra: Partial<RollupSource> = {}): RollupSource {
  return {
    file,
    block: "Khối thử",
    period: YEAR,
    periodAt: { sheet: "Cấu hình", row: 6, col: 1 },
    clusters,
    clusterCells: new Map(
      clusters.map((c, i) => [c.cluster.code.toLowerCase(), { sheet: "Cấu hình", row: 30 + i, col: 0 }]),
    ),
    unitCells: new Map(
      clusters.flatMap((c) =>
        c.units.map((u, i) => [u.code.toLowerCase(), { sheet: "Đơn vị", row: 3 + i, col: 0 }]),
      ),
    ),
    summary: "fresh",
    summarySheet: "Bảng tổng hợp",
    errors: 0,
    ...extra,
  };
}

const kontum = presetById("kon-tum")!;
const blocks = blocksOf(kontum.clusters);

describe("blocksOf", () => {
  it("groups the Kon Tum clusters into its three blocks, the Banks cluster with 1 + 2 (seed 001 §IV.5)", () => {
    expect(blocks.map((b) => [b.name, b.clusters.length])).toEqual([
      ["Khối LĐLĐ huyện, thành phố", 2],
      ["Khối Công đoàn ngành và CĐVC", 1],
      ["Khối CĐCS trực thuộc tỉnh và ngành Trung ương", 4],
    ]);
    expect(blocks[2]?.clusters.find((c) => c.code === "NGAN-HANG")?.quota).toEqual({
      leading: 1,
      excellent: 2,
    });
  });
});

describe("rollUpBlocks", () => {
  const banks = cluster(
    "NGAN-HANG",
    "Cụm các Ngân hàng",
    [
      unit("NH2", 2, "excellent"),
      unit("NH1", 1, "leading"),
      unit("NH3", 3, "excellent"),
      unit("NH4", 4, null),
    ],
    { leading: 1, excellent: 2 },
  );
  const first = cluster("LDLD-1", "Cụm LĐLĐ huyện, thành phố số 1", [
    unit("A1", 1, "leading"),
    unit("A2", 2, "excellent"),
    unit("A3", 3, null),
  ]);

  it("orders blocks and clusters as the guidance does and lists each cluster's own proposals, leading first", () => {
    const r = rollUpBlocks([source("nh.xlsx", [banks]), source("l1.xlsx", [first])], blocks);
    expect(r.refused).toBe(false);
    expect(r.problems).toEqual([]);
    expect(r.blocks.map((b) => b.name)).toEqual([
      "Khối LĐLĐ huyện, thành phố",
      "Khối CĐCS trực thuộc tỉnh và ngành Trung ương",
    ]);
    expect(r.proposals.map((p) => [p.cluster, p.unit.code, p.award])).toEqual([
      ["Cụm LĐLĐ huyện, thành phố số 1", "A1", "leading"],
      ["Cụm LĐLĐ huyện, thành phố số 1", "A2", "excellent"],
      ["Cụm các Ngân hàng", "NH1", "leading"],
      ["Cụm các Ngân hàng", "NH2", "excellent"],
      ["Cụm các Ngân hàng", "NH3", "excellent"],
    ]);
  });

  it("takes the block from the workbook when no guidance is given", () => {
    const r = rollUpBlocks([source("a.xlsx", [first]), source("b.xlsx", [banks], { block: "Khối khác" })]);
    expect(r.blocks.map((b) => [b.name, b.clusters.map((c) => c.file)])).toEqual([
      ["Khối thử", ["a.xlsx"]],
      ["Khối khác", ["b.xlsx"]],
    ]);
  });

  it("names no block when the workbook's «Tên khối / cụm thi đua» is its cluster's own name or blank", () => {
    const r = rollUpBlocks([
      source("a.xlsx", [first], { block: " cụm lđlđ HUYỆN, thành phố số 1 " }),
      source("b.xlsx", [banks], { block: "" }),
      source("c.xlsx", [cluster("C", "Khối thử", [unit("C1", 1, "leading")])], { block: "Khối khác" }),
    ]);
    expect(r.blocks.map((b) => [b.name, b.clusters.map((c) => c.file)])).toEqual([
      [null, ["a.xlsx"]],
      [null, ["b.xlsx"]],
      ["Khối khác", ["c.xlsx"]],
    ]);
    expect(r.proposals.map((p) => [p.block, p.cluster])).toEqual([
      [null, "Cụm LĐLĐ huyện, thành phố số 1"],
      [null, "Cụm LĐLĐ huyện, thành phố số 1"],
      [null, "Cụm các Ngân hàng"],
      [null, "Cụm các Ngân hàng"],
      [null, "Cụm các Ngân hàng"],
      ["Khối khác", "Khối thử"],
    ]);
  });

  it("keeps a cluster standing alone apart from a real block of the same name", () => {
    const r = rollUpBlocks([
      source("a.xlsx", [cluster("K", "Khối thử", [unit("K1", 1, "leading")])]),
      source("b.xlsx", [cluster("M", "Cụm M", [unit("M1", 1, "leading")])]),
    ]);
    expect(r.blocks.map((b) => [b.name, b.clusters.map((c) => c.file)])).toEqual([
      [null, ["a.xlsx"]],
      ["Khối thử", ["b.xlsx"]],
    ]);
  });

  it("names a guided cluster's real block, whatever its workbook calls it", () => {
    const r = rollUpBlocks([source("l1.xlsx", [first], { block: first.cluster.name })], blocks);
    expect(r.proposals.map((p) => p.block)).toEqual([
      "Khối LĐLĐ huyện, thành phố",
      "Khối LĐLĐ huyện, thành phố",
    ]);
  });

  it("lists problems in reading order: files as given, a file's own first, then sheet, row and column", () => {
    // The second file's units are met in rank order; their rows in «Đơn vị» are in another order.
    const twice = cluster("Z", "Cụm Z", [unit("A3", 1, null), unit("A1", 2, null), unit("A2", 3, null)]);
    const rows = new Map([
      ["a3", { sheet: "Đơn vị", row: 8, col: 0 }],
      ["a1", { sheet: "Đơn vị", row: 5, col: 0 }],
      ["a2", { sheet: "Đơn vị", row: 5, col: 2 }],
    ]);
    const other = { ...YEAR, label: "Năm 2024", start: { year: 2024, month: 1, day: 1 } };
    const r = rollUpBlocks([
      source("l1.xlsx", [first]),
      source("z.xlsx", [twice], { unitCells: rows, summary: "stale", period: other }),
    ]);
    expect(
      r.problems.map((p) => [p.file, p.code, p.at ? `${p.at.sheet}!${p.at.row},${p.at.col}` : ""]),
    ).toEqual([
      ["z.xlsx", "ROLLUP_SUMMARY_STALE", ""],
      ["z.xlsx", "ROLLUP_PERIOD_DIFFERS", "Cấu hình!6,1"],
      ["z.xlsx", "ROLLUP_UNIT_TWICE", "Đơn vị!5,0"],
      ["z.xlsx", "ROLLUP_UNIT_TWICE", "Đơn vị!5,2"],
      ["z.xlsx", "ROLLUP_UNIT_TWICE", "Đơn vị!8,0"],
    ]);
  });

  it("points a workbook with errors at its first error's cell, and says when it cannot", () => {
    const first = { sheet: "DV01", row: 4, col: 4 };
    const r = rollUpBlocks([
      source("bad.xlsx", [], { errors: 2, firstErrorAt: first }),
      source("worse.xlsx", [], { errors: 1 }),
    ]);
    expect(r.problems.map((p) => [p.file, p.code, p.params, p.at])).toEqual([
      ["bad.xlsx", "ROLLUP_WORKBOOK_ERRORS", { errors: 2, first: true }, first],
      ["worse.xlsx", "ROLLUP_WORKBOOK_ERRORS", { errors: 1, first: false }, undefined],
    ]);
  });

  it("carries a place awaiting a vote as unresolved, without refusing", () => {
    const tie: Tie = {
      cluster: clusterCode("X"),
      award: "excellent",
      places: 1,
      units: [unitCode("B2"), unitCode("B3")],
      total: pointsFromNumber(90),
      settled: false,
    };
    const open = cluster(
      "X",
      "Cụm X",
      [unit("B1", 1, "leading"), unit("B2", 2, null), unit("B3", 2, null)],
      undefined,
      [tie],
    );
    const r = rollUpBlocks([source("x.xlsx", [open])]);
    expect(r.refused).toBe(false);
    expect(r.problems).toEqual([
      {
        code: "ROLLUP_AWAITING_VOTE",
        severity: "warning",
        file: "x.xlsx",
        params: { cluster: "Cụm X", award: "excellent", places: 1, units: ["B2", "B3"] },
        at: { sheet: "Cấu hình", row: 30, col: 0 },
      },
    ]);
    expect(r.blocks[0]?.clusters[0]?.open.map((o) => o.units.map((u) => u.code))).toEqual([["B2", "B3"]]);
    expect(r.proposals.map((p) => p.unit.code)).toEqual(["B1"]);
  });

  it("refuses each inconsistency with its file and cell", () => {
    const other = {
      ...YEAR,
      label: "Năm 2024",
      start: { year: 2024, month: 1, day: 1 },
      end: { year: 2024, month: 12, day: 31 },
    };
    const twin = cluster("Z", "Cụm Z", [unit("A1", 1, "leading")]);
    const r = rollUpBlocks([
      source("l1.xlsx", [first]),
      source("old.xlsx", [cluster("Q", "Cụm Q", [unit("Q1", 1, null)])], { period: other }),
      source("copy.xlsx", [first]),
      source("z.xlsx", [twin]),
      source("stale.xlsx", [], { summary: "stale" }),
      source("none.xlsx", [], { summary: "missing" }),
      source("bad.xlsx", [], { errors: 3, summary: "stale", period: null }),
      source("other.xlsx", [], { errors: 1, notCluster: true, period: null }),
    ]);
    expect(r.refused).toBe(true);
    expect(r.problems.map((p) => [p.code, p.file])).toEqual([
      ["ROLLUP_PERIOD_DIFFERS", "old.xlsx"],
      ["ROLLUP_CLUSTER_TWICE", "copy.xlsx"],
      ["ROLLUP_UNIT_TWICE", "z.xlsx"],
      ["ROLLUP_SUMMARY_STALE", "stale.xlsx"],
      ["ROLLUP_SUMMARY_MISSING", "none.xlsx"],
      ["ROLLUP_WORKBOOK_ERRORS", "bad.xlsx"],
      ["ROLLUP_NOT_CLUSTER_WORKBOOK", "other.xlsx"],
    ]);
    expect(r.problems[0]?.at).toEqual({ sheet: "Cấu hình", row: 6, col: 1 });
    expect(r.problems[2]).toMatchObject({
      params: {
        unit: "A1",
        cluster: "Cụm Z",
        otherFile: "l1.xlsx",
        otherCluster: "Cụm LĐLĐ huyện, thành phố số 1",
      },
      at: { sheet: "Đơn vị", row: 3, col: 0 },
    });
  });

  it("refuses a cluster outside the guidance's blocks and a quota other than the guidance's", () => {
    const r = rollUpBlocks(
      [
        source("x.xlsx", [cluster("X", "Cụm X", [unit("X1", 1, null)])]),
        source("nh.xlsx", [{ ...banks, cluster: { ...banks.cluster, quota: { leading: 1, excellent: 3 } } }]),
      ],
      blocks,
    );
    expect(r.problems.map((p) => p.code)).toEqual(["ROLLUP_UNKNOWN_BLOCK", "ROLLUP_QUOTA_DIFFERS"]);
    expect(r.problems[1]?.params).toEqual({
      cluster: "Cụm các Ngân hàng",
      found: { leading: 1, excellent: 3 },
      expected: { leading: 1, excellent: 2 },
    });
  });
});
