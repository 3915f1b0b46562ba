/**
 * The federation's roll-up (seed 001 §IV.4–5): many cluster workbooks side by side, per block and
 * cluster, each cluster's own results and proposals within its own quota, and the combined list of
 * proposed units. Clusters are compared only within themselves (their criteria tables may differ).
 * Whatever does not fit — another period, a cluster or a unit met twice, a cluster in no block, a
 * quota other than the block's, a workbook with errors or an out-of-date or missing summary — is
 * named as data (`RollupProblem`) and refuses the roll-up; a place awaiting a vote is carried as
 * unresolved. Nothing is merged silently.
 */
import type { Award, CellRef, ClusterDefinition, ClusterResult, Period, Quota, UnitResult } from "./model";
import { normalizeKey } from "./text/normalize";

/** A block as the federation defines it: its name and its clusters with their quotas. */
export interface BlockDefinition {
  readonly name: string;
  readonly clusters: readonly ClusterDefinition[];
}

/** One cluster workbook as the roll-up takes it (the workbook layer reads it; the core computed `clusters`). */
export interface RollupSource {
  /** The file as the user named it. */
  readonly file: string;
  /** «Tên khối / cụm thi đua» of «Cấu hình»: the block when no definition is given. */
  readonly block: string;
  readonly period: Period | null;
  readonly periodAt?: CellRef;
  /** The core's results, cluster by cluster (empty when the workbook has errors). */
  readonly clusters: readonly ClusterResult[];
  /** Where each cluster's row of «Cấu hình» is, by cluster code key. */
  readonly clusterCells: ReadonlyMap<string, CellRef>;
  /** Where each unit's code is in «Đơn vị», by unit code key. */
  readonly unitCells: ReadonlyMap<string, CellRef>;
  /** The generated summary against the inputs. */
  readonly summary: "fresh" | "stale" | "missing";
  /** The summary sheet's name (where there is one). */
  readonly summarySheet: string;
  /** Errors in the workbook (kiem-tra's count): it cannot be summed up. */
  readonly errors: number;
  /** The cell of its first error (kiem-tra's order), where that error has one. */
  readonly firstErrorAt?: CellRef;
  /** It has none of the cluster workbook's sheets: another file altogether. */
  readonly notCluster?: boolean;
}

export interface RollupProblemParams {
  readonly ROLLUP_NOT_CLUSTER_WORKBOOK: Record<string, never>;
  /** `first`: the problem's cell is the workbook's first error's. */
  readonly ROLLUP_WORKBOOK_ERRORS: { readonly errors: number; readonly first: boolean };
  readonly ROLLUP_SUMMARY_MISSING: { readonly sheet: string };
  readonly ROLLUP_SUMMARY_STALE: { readonly sheet: string };
  readonly ROLLUP_PERIOD_MISSING: Record<string, never>;
  readonly ROLLUP_PERIOD_DIFFERS: {
    readonly period: string;
    readonly expected: string;
    readonly expectedFile: string;
  };
  readonly ROLLUP_CLUSTER_TWICE: { readonly cluster: string; readonly otherFile: string };
  readonly ROLLUP_UNIT_TWICE: {
    readonly unit: string;
    readonly name: string;
    readonly cluster: string;
    readonly otherFile: string;
    readonly otherCluster: string;
  };
  readonly ROLLUP_UNKNOWN_BLOCK: { readonly cluster: string; readonly known: readonly string[] };
  readonly ROLLUP_QUOTA_DIFFERS: {
    readonly cluster: string;
    readonly found: Quota;
    readonly expected: Quota;
  };
  readonly ROLLUP_AWAITING_VOTE: {
    readonly cluster: string;
    readonly award: Award;
    readonly places: number;
    readonly units: readonly string[];
  };
}

export type RollupProblemCode = keyof RollupProblemParams;

export const ROLLUP_PROBLEM_SEVERITY: { readonly [C in RollupProblemCode]: "error" | "warning" } = {
  ROLLUP_NOT_CLUSTER_WORKBOOK: "error",
  ROLLUP_WORKBOOK_ERRORS: "error",
  ROLLUP_SUMMARY_MISSING: "error",
  ROLLUP_SUMMARY_STALE: "error",
  ROLLUP_PERIOD_MISSING: "error",
  ROLLUP_PERIOD_DIFFERS: "error",
  ROLLUP_CLUSTER_TWICE: "error",
  ROLLUP_UNIT_TWICE: "error",
  ROLLUP_UNKNOWN_BLOCK: "error",
  ROLLUP_QUOTA_DIFFERS: "error",
  ROLLUP_AWAITING_VOTE: "warning",
};

/** A problem of one file: its code, typed parameters, and the sheet and cell where there is one. */
export type RollupProblem = {
  readonly [C in RollupProblemCode]: {
    readonly code: C;
    readonly severity: "error" | "warning";
    readonly file: string;
    readonly params: RollupProblemParams[C];
    readonly at?: CellRef;
  };
}[RollupProblemCode];

function problem<C extends RollupProblemCode>(
  code: C,
  file: string,
  params: RollupProblemParams[C],
  at?: CellRef,
): RollupProblem {
  return {
    code,
    severity: ROLLUP_PROBLEM_SEVERITY[code],
    file,
    params,
    ...(at ? { at } : {}),
  } as RollupProblem;
}

/** A place of a cluster's quota still awaiting its vote. */
export interface OpenPlace {
  readonly award: Award;
  readonly places: number;
  readonly units: readonly UnitResult[];
}

export interface RollupCluster {
  readonly file: string;
  readonly result: ClusterResult;
  /** The units proposed, leading first, in their award rank. */
  readonly proposals: readonly UnitResult[];
  readonly open: readonly OpenPlace[];
}

export interface RollupBlock {
  /**
   * The block's name; null when the workbook names no block apart from its cluster (its «Tên khối /
   * cụm thi đua» is the cluster's own name, or blank): such a cluster stands alone, and every output
   * names it once, as its cluster.
   */
  readonly name: string | null;
  readonly clusters: readonly RollupCluster[];
}

/** One line of the combined list of proposed units. */
export interface RollupProposal {
  /** Its block's name; null when the cluster has no block apart from itself (`RollupBlock.name`). */
  readonly block: string | null;
  readonly cluster: string;
  readonly file: string;
  readonly unit: UnitResult;
  readonly award: Award;
}

export interface BlockRollup {
  readonly period: Period | null;
  readonly blocks: readonly RollupBlock[];
  readonly proposals: readonly RollupProposal[];
  readonly problems: readonly RollupProblem[];
  /** True when any problem is an error: nothing may be written. */
  readonly refused: boolean;
}

function samePeriod(a: Period, b: Period): boolean {
  const same = (x: Period["start"], y: Period["start"]): boolean =>
    x.year === y.year && x.month === y.month && x.day === y.day;
  return a.kind === b.kind && same(a.start, b.start) && same(a.end, b.end);
}

const AWARD_ORDER: Readonly<Record<Award, number>> = { leading: 0, excellent: 1 };

function proposalsOf(result: ClusterResult): UnitResult[] {
  return result.units
    .filter((u) => u.award !== null)
    .sort(
      (a, b) =>
        AWARD_ORDER[a.award as Award] - AWARD_ORDER[b.award as Award] ||
        (a.awardRank ?? a.rank) - (b.awardRank ?? b.rank),
    );
}

function openPlacesOf(result: ClusterResult): OpenPlace[] {
  return result.ties
    .filter((t) => !t.settled)
    .map((t) => ({
      award: t.award,
      places: t.places,
      units: t.units.flatMap((code) => result.units.filter((u) => u.code === code)),
    }));
}

/**
 * The problems as a reader meets them: file by file in the order given, within a file those of the
 * whole file first, then by sheet, row and column; problems of the same place keep their order.
 */
function inReadingOrder(
  problems: readonly RollupProblem[],
  sources: readonly RollupSource[],
): RollupProblem[] {
  const fileOrder = new Map<string, number>();
  sources.forEach((s, i) => {
    if (!fileOrder.has(s.file)) fileOrder.set(s.file, i);
  });
  const sheetKey = (p: RollupProblem): string => (p.at ? normalizeKey(p.at.sheet) : "");
  return [...problems].sort((a, b) => {
    const byFile = (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0);
    if (byFile !== 0) return byFile;
    if (!a.at || !b.at) return (a.at ? 1 : 0) - (b.at ? 1 : 0);
    const sa = sheetKey(a);
    const sb = sheetKey(b);
    if (sa !== sb) return sa < sb ? -1 : 1;
    return a.at.row - b.at.row || a.at.col - b.at.col;
  });
}

/**
 * Puts the cluster workbooks side by side. `blocks`, where given, is the federation's definition:
 * every cluster must be one of its clusters (by code or name) with the same quota, and the blocks
 * come in its order; without it a cluster's block is its workbook's «Tên khối / cụm thi đua», or
 * none (`name` null) when that is the cluster's own name. Problems come in reading order.
 *
 * @example rollUpBlocks(sources, presetBlocks(presetById("kon-tum")!)).proposals
 */
export function rollUpBlocks(
  sources: readonly RollupSource[],
  blocks?: readonly BlockDefinition[],
): BlockRollup {
  const problems: RollupProblem[] = [];
  const first = sources.find((s) => s.period !== null);
  const period = first?.period ?? null;
  const byBlock = new Map<
    string,
    { name: string | null; order: number; clusters: (RollupCluster & { order: number })[] }
  >();
  const clustersSeen = new Map<string, string>();
  const unitsSeen = new Map<string, { file: string; cluster: string }>();

  sources.forEach((source, sourceIndex) => {
    const { file } = source;
    if (source.notCluster) {
      problems.push(problem("ROLLUP_NOT_CLUSTER_WORKBOOK", file, {}));
      return;
    }
    if (source.errors > 0)
      problems.push(
        problem(
          "ROLLUP_WORKBOOK_ERRORS",
          file,
          { errors: source.errors, first: source.firstErrorAt !== undefined },
          source.firstErrorAt,
        ),
      );
    else if (source.summary === "missing")
      problems.push(problem("ROLLUP_SUMMARY_MISSING", file, { sheet: source.summarySheet }));
    else if (source.summary === "stale")
      problems.push(problem("ROLLUP_SUMMARY_STALE", file, { sheet: source.summarySheet }));
    // An unreadable period is one of the workbook's errors already said above.
    if (source.period === null) {
      if (source.errors === 0) problems.push(problem("ROLLUP_PERIOD_MISSING", file, {}, source.periodAt));
    } else if (period && first && !samePeriod(source.period, period))
      problems.push(
        problem(
          "ROLLUP_PERIOD_DIFFERS",
          file,
          { period: source.period.label, expected: period.label, expectedFile: first.file },
          source.periodAt,
        ),
      );

    source.clusters.forEach((result, clusterIndex) => {
      const def = result.cluster;
      const at = source.clusterCells.get(normalizeKey(def.code));
      const key = normalizeKey(def.name);
      const earlier = clustersSeen.get(key);
      if (earlier !== undefined) {
        // The same cluster again: its units are the same too, said once by this.
        problems.push(problem("ROLLUP_CLUSTER_TWICE", file, { cluster: def.name, otherFile: earlier }, at));
        return;
      }
      clustersSeen.set(key, file);

      for (const unit of result.units) {
        const unitKey = normalizeKey(unit.code);
        const seen = unitsSeen.get(unitKey);
        if (seen && !(seen.file === file && seen.cluster === def.name))
          problems.push(
            problem(
              "ROLLUP_UNIT_TWICE",
              file,
              {
                unit: unit.code,
                name: unit.name,
                cluster: def.name,
                otherFile: seen.file,
                otherCluster: seen.cluster,
              },
              source.unitCells.get(unitKey),
            ),
          );
        else if (!seen) unitsSeen.set(unitKey, { file, cluster: def.name });
      }

      // A workbook's «Tên khối / cụm thi đua» that is its cluster's own name (or blank) is no block:
      // the cluster stands alone, keyed apart so that no real block of the same name takes it in.
      const ownName = source.block.trim() === "" || normalizeKey(source.block) === key;
      let blockName: string | null = ownName ? null : source.block;
      let blockKey = ownName ? `\u0000${key}` : normalizeKey(source.block);
      let order = sourceIndex * 1000 + clusterIndex;
      let blockOrder = sourceIndex;
      if (blocks) {
        const matches = (c: ClusterDefinition): boolean =>
          normalizeKey(c.code) === normalizeKey(def.code) || normalizeKey(c.name) === key;
        const bi = blocks.findIndex((b) => b.clusters.some(matches));
        const block = blocks[bi];
        const known = block?.clusters.find(matches);
        if (!block || !known) {
          problems.push(
            problem(
              "ROLLUP_UNKNOWN_BLOCK",
              file,
              { cluster: def.name, known: blocks.flatMap((b) => b.clusters.map((c) => c.name)) },
              at,
            ),
          );
          return;
        }
        if (known.quota.leading !== def.quota.leading || known.quota.excellent !== def.quota.excellent)
          problems.push(
            problem(
              "ROLLUP_QUOTA_DIFFERS",
              file,
              { cluster: def.name, found: def.quota, expected: known.quota },
              at,
            ),
          );
        blockName = block.name;
        blockKey = normalizeKey(block.name);
        blockOrder = bi;
        order = block.clusters.indexOf(known);
      }
      const open = openPlacesOf(result);
      for (const place of open)
        problems.push(
          problem(
            "ROLLUP_AWAITING_VOTE",
            file,
            {
              cluster: def.name,
              award: place.award,
              places: place.places,
              units: place.units.map((u) => u.code),
            },
            at,
          ),
        );
      const entry = byBlock.get(blockKey) ?? { name: blockName, order: blockOrder, clusters: [] };
      byBlock.set(blockKey, entry);
      entry.clusters.push({ file, result, proposals: proposalsOf(result), open, order });
    });
  });

  const rolled = [...byBlock.values()]
    .sort((a, b) => a.order - b.order)
    .map((b): RollupBlock => ({
      name: b.name,
      clusters: [...b.clusters].sort((x, y) => x.order - y.order).map(({ order: _order, ...c }) => c),
    }));
  const proposals = rolled.flatMap((b) =>
    b.clusters.flatMap((c) =>
      c.proposals.map((unit): RollupProposal => ({
        block: b.name,
        cluster: c.result.cluster.name,
        file: c.file,
        unit,
        award: unit.award as Award,
      })),
    ),
  );
  return {
    period,
    blocks: rolled,
    proposals,
    problems: inReadingOrder(problems, sources),
    refused: problems.some((p) => p.severity === "error"),
  };
}

/**
 * The blocks a set of clusters names (each cluster's `block`), in their first order; clusters
 * without a block are left out.
 *
 * @example blocksOf(presetById("kon-tum")!.clusters).map((b) => b.name) // three blocks of seed 001
 */
export function blocksOf(clusters: readonly ClusterDefinition[]): BlockDefinition[] {
  const out: { name: string; clusters: ClusterDefinition[] }[] = [];
  for (const c of clusters) {
    if (c.block === undefined) continue;
    const found = out.find((b) => normalizeKey(b.name) === normalizeKey(c.block ?? ""));
    if (found) found.clusters.push(c);
    else out.push({ name: c.block, clusters: [c] });
  }
  return out;
}
