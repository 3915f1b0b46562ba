/** What the command prints: one JSON document for --json, Vietnamese lines otherwise. */
import { formatPoints, numberFromPoints } from "../core/decimal";
import type { BlockSummary, Points, Problem, TieBreakDecision, TieBreakKey, UnitResult } from "../core/model";
import { tieBreakRuleText } from "../messages/awards";
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
  /** How the tie-break chain placed the unit against units with the same total; null otherwise. */
  readonly awardNote: string | null;
}

/** Equal totals at a quota boundary that the cluster's tie-break chain decided (no vote). */
export interface JsonTieBreak {
  readonly cluster: string;
  readonly award: "leading" | "excellent";
  /** In the order the chain put them; the first `ahead` were placed above the others. */
  readonly units: readonly string[];
  readonly ahead: number;
  readonly total: number;
  readonly decidedBy: TieBreakKey;
  /** Each unit's figure for that rule, in the order of `units` (fewerDeductions: points deducted). */
  readonly values: readonly number[];
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
    readonly tieBreaks: readonly JsonTieBreak[];
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
    awardNote: u.awardNote ?? null,
  };
}

function tieBreakJson(d: TieBreakDecision): JsonTieBreak {
  return {
    cluster: d.cluster,
    award: d.award,
    units: d.units,
    ahead: d.ahead,
    total: n(d.total),
    decidedBy: d.decidedBy,
    values: d.values.map(n),
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
      tieBreaks: (c.tieBreaks ?? []).map(tieBreakJson),
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

/** Longest reason shown on a unit's line; the summary sheet and --json keep the full text. */
const REASON_MAX = 60;

/**
 * A reason for a one-line listing: its head, before an explanation in brackets or after a colon,
 * lower-cased to follow a dash, cut at a word past REASON_MAX.
 *
 * @example shortReason("Lãnh đạo chủ chốt bị kỷ luật hình thức khiển trách (từ khiển trách …).")
 *   === "lãnh đạo chủ chốt bị kỷ luật hình thức khiển trách"
 */
export function shortReason(reason: string): string {
  const head = reason.split(/ \(|: /)[0]?.trim() ?? "";
  let text = (head === "" ? reason.trim() : head).replace(/[\s.;,]+$/, "");
  if (text.length > REASON_MAX) {
    const cut = text.lastIndexOf(" ", REASON_MAX);
    text = `${text.slice(0, cut > 0 ? cut : REASON_MAX).replace(/[\s,;:]+$/, "")}…`;
  }
  // "Lãnh đạo" follows the dash in lower case; an acronym ("LĐLĐ …") stays as written.
  const [first = "", second = ""] = [...text];
  const secondIsLower = second !== second.toUpperCase() && second === second.toLowerCase();
  return secondIsLower ? first.toLowerCase() + text.slice(first.length) : text;
}

/** Why a unit gets no award, appended to its line; "" when it has one or nothing stands in its way. */
function noAwardSuffix(u: UnitResult): string {
  if (u.award !== null) return "";
  const [first] = u.exclusions;
  if (!u.considered && first !== undefined)
    return T.notConsidered(shortReason(first.reason), u.exclusions.length - 1);
  return u.complete ? "" : T.incomplete;
}

function tieBreakLine(d: TieBreakDecision): string {
  return T.tieBreakLine({
    units: d.units.join(", "),
    total: formatPoints(d.total),
    award: summaryText.awardWord[d.award],
    ahead: d.units.slice(0, d.ahead).join(", "),
    behind: d.units.slice(d.ahead).join(", "),
    rule: tieBreakRuleText(d.decidedBy),
    values: d.units.map((code, i) => `${code}: ${formatPoints(d.values[i] ?? (0 as Points))}`).join("; "),
  });
}

/**
 * The ranking in words, per cluster: each unit with its total and award (or why it has none), the
 * note where the tie-break chain placed it, then the ties awaiting a vote and those the chain decided.
 */
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
        ) + noAwardSuffix(u),
      );
      if (u.awardNote !== undefined && u.awardNote !== "") lines.push(T.awardNoteLine(u.awardNote));
    }
    for (const t of c.ties.filter((x) => !x.settled)) {
      lines.push(
        T.tieLine(t.units.join(", "), formatPoints(t.total), t.places, summaryText.awardWord[t.award]),
      );
    }
    for (const d of c.tieBreaks ?? []) lines.push(tieBreakLine(d));
  }
  return lines;
}
