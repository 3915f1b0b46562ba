/** What the command prints: one JSON document for --json, Vietnamese lines otherwise. */
import { formatPoints, numberFromPoints } from "../core/decimal";
import type { BlockSummary, Points, Problem, UnitResult } from "../core/model";
import { cliText as T } from "../messages/cli";
import { summaryText } from "../messages/workbook";

export interface JsonProblem {
  readonly code: string;
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly unit: string | null;
  readonly criterion: string | null;
  readonly department: string | null;
}

export interface JsonUnit {
  readonly code: string;
  readonly name: string;
  readonly type: "direct" | "coordinating";
  readonly self: number;
  readonly appraised: number | null;
  readonly appraisalDifference: number;
  readonly departments: number;
  readonly bonus: number;
  readonly deductions: number;
  readonly total: number;
  readonly rank: number;
  readonly awardRank: number | null;
  readonly classification: string | null;
  readonly complete: boolean;
  readonly missing: readonly string[];
  readonly considered: boolean;
  readonly exclusions: readonly { readonly rule: string; readonly reason: string }[];
  readonly award: "leading" | "excellent" | null;
}

export interface JsonTie {
  readonly cluster: string;
  readonly award: "leading" | "excellent";
  readonly places: number;
  readonly units: readonly string[];
  readonly total: number;
}

export interface JsonReport {
  readonly file: string;
  readonly output: string | null;
  readonly summarySheet: string | null;
  readonly recommendationSheet: string | null;
  readonly ok: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly clusters: readonly {
    readonly code: string;
    readonly name: string;
    readonly quota: { readonly leading: number; readonly excellent: number };
    readonly units: readonly JsonUnit[];
  }[];
  readonly tiesAwaitingVote: readonly JsonTie[];
  readonly problems: readonly JsonProblem[];
}

const n = (p: Points): number => numberFromPoints(p);

function unitJson(u: UnitResult): JsonUnit {
  return {
    code: u.code,
    name: u.name,
    type: u.type,
    self: n(u.self),
    appraised: u.appraised === null ? null : n(u.appraised),
    appraisalDifference: n(u.appraisalDifference),
    departments: n(u.departments),
    bonus: n(u.bonus),
    deductions: n(u.deductions),
    total: n(u.total),
    rank: u.rank,
    awardRank: u.awardRank,
    classification: u.classification,
    complete: u.complete,
    missing: u.missing,
    considered: u.considered,
    exclusions: u.exclusions.map((e) => ({ rule: e.rule, reason: e.reason })),
    award: u.award,
  };
}

export function problemJson(p: Problem): JsonProblem {
  return {
    code: p.code,
    severity: p.severity,
    message: p.message,
    sheet: p.at?.sheet ?? null,
    cell: p.at?.address ?? null,
    unit: p.unit ?? null,
    criterion: p.criterion ?? null,
    department: p.department ?? null,
  };
}

export function jsonReport(
  file: string,
  problems: readonly Problem[],
  summary: BlockSummary | null,
  written: { output: string; summarySheet: string; recommendationSheet: string } | null = null,
): JsonReport {
  const errors = problems.filter((p) => p.severity === "error").length;
  return {
    file,
    output: written?.output ?? null,
    summarySheet: written?.summarySheet ?? null,
    recommendationSheet: written?.recommendationSheet ?? null,
    ok: errors === 0,
    errors,
    warnings: problems.length - errors,
    clusters: (summary?.clusters ?? []).map((c) => ({
      code: c.cluster.code,
      name: c.cluster.name,
      quota: { leading: c.cluster.quota.leading, excellent: c.cluster.quota.excellent },
      units: c.units.map(unitJson),
    })),
    tiesAwaitingVote: (summary?.clusters ?? []).flatMap((c) =>
      c.ties
        .filter((t) => !t.settled)
        .map((t) => ({
          cluster: c.cluster.code,
          award: t.award,
          places: t.places,
          units: t.units,
          total: n(t.total),
        })),
    ),
    problems: problems.map(problemJson),
  };
}

/** Most problems listed in human output; --json lists them all. */
const MAX_LISTED = 40;

export function problemLines(problems: readonly Problem[]): string[] {
  const sorted = [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1,
  );
  const lines = sorted
    .slice(0, MAX_LISTED)
    .map((p) => `  ${p.severity === "error" ? T.error : T.warning}: ${p.message}`);
  if (sorted.length > MAX_LISTED) lines.push(T.moreProblems(sorted.length - MAX_LISTED));
  return lines;
}

export function rankingLines(summary: BlockSummary): string[] {
  const lines: string[] = [];
  for (const c of summary.clusters) {
    lines.push(T.clusterLine(c.cluster.name));
    for (const u of c.units) {
      lines.push(
        T.unitLine(
          String(u.rank),
          `${u.name} (${u.code})`,
          formatPoints(u.total),
          u.award ? summaryText.award[u.award] : "",
        ),
      );
    }
    for (const t of c.ties.filter((x) => !x.settled)) {
      lines.push(
        T.tieLine(t.units.join(", "), formatPoints(t.total), t.places, summaryText.awardWord[t.award]),
      );
    }
  }
  return lines;
}
