/** What the command prints: one JSON document for --json, lines in the user's language otherwise. */
import { numberFromPoints, ZERO } from "../core/decimal";
import { problemSubject, type ProblemParams } from "../core/diagnostics";
import type { BlockSummary, Points, Problem, TieBreakDecision, TieBreakKey, UnitResult } from "../core/model";
import type { CliText } from "../messages/cli";
import { problemText } from "../messages/diagnostics";
import { placesAwaitingVote } from "../core/places";
import { cellAddress } from "../workbook/grid/address";
import type { ResultsStatus, SheetStamp } from "../workbook/usecases";

export interface JsonProblem {
  readonly code: string;
  readonly severity: "error" | "warning";
  /** The problem in the command's language, with its place. */
  readonly message: string;
  /** The problem's parameters as data (points in hundredths), by its code. */
  readonly params: ProblemParams[keyof ProblemParams];
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
  /** True for a unit with no score at all (it sent nothing): missing, never 0. */
  readonly noScores: boolean;
  /** Codes of the departments that owe the unit points and gave none. */
  readonly missingDepartments: readonly string[];
  /** Awards its classification kept it from: the band it has and needs, who took the place. */
  readonly passedOver: readonly {
    readonly award: "leading" | "excellent";
    readonly classification: string;
    readonly required: string;
    readonly takenBy: readonly string[];
    readonly unconfirmed: boolean;
  }[];
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
    /** True while some unit's data is missing: the ranks and the proposal are not final. */
    readonly provisional: boolean;
    /**
     * The cluster's vote: the most votes a unit can have, the votes a unit needs under its threshold
     * (null while the threshold's base, the valid ballots, is not entered), the threshold's share,
     * its basis ("members" or "validVotes"), the member units and the base.
     */
    readonly voting: {
      readonly voters: number;
      readonly needed: number | null;
      readonly passShare: number;
      readonly basis: "members" | "validVotes";
      readonly members: number;
      readonly base: number | null;
    } | null;
    readonly units: readonly JsonUnit[];
    readonly tieBreaks: readonly JsonTieBreak[];
  }[];
  readonly tiesAwaitingVote: readonly JsonTie[];
  /** Places left open while their ties await a vote (core/places.ts); 0 when every place is decided. */
  readonly placesAwaitingVote: number;
  /**
   * The input's fingerprint this result was computed from: the stamp the summary and recommendation
   * written from it carry. Null when the workbook could not be read.
   */
  readonly stamp: string | null;
  /**
   * kiem-tra: the generated sheets the file holds against the input (usecases.ts, resultsStatus);
   * null for tong-hop (it has just made both) and where the workbook could not be read.
   */
  readonly generatedSheets: {
    readonly summary: SheetStamp;
    readonly recommendation: SheetStamp;
    readonly stale: boolean;
  } | null;
  readonly problems: readonly JsonProblem[];
}

const n = (p: Points): number => numberFromPoints(p);

function unitJson(u: UnitResult, text: CliText): JsonUnit {
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
    noScores: u.noScores === true,
    missingDepartments: (u.missingDepartments ?? []).map((d) => d.code),
    passedOver: u.passedOver ?? [],
    considered: u.considered,
    exclusions: u.exclusions.map((e) => ({ rule: e.rule, reason: text.diagnostics.exclusion(e) })),
    award: u.award,
    awardNote: awardNote(u, text),
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

/** A unit's tie-break notes as one text; null where the chain placed it against no one. */
function awardNote(u: UnitResult, text: CliText): string | null {
  return u.tieBreakNotes.length === 0
    ? null
    : u.tieBreakNotes.map((n) => text.diagnostics.tieBreakNote(n)).join(" ");
}

export function problemJson(p: Problem, text: CliText): JsonProblem {
  const subject = problemSubject(p);
  return {
    code: p.code,
    severity: p.severity,
    message: problemText(text.diagnostics, p),
    params: p.params,
    sheet: p.at?.sheet ?? null,
    cell: p.at ? cellAddress(p.at.row, p.at.col) : null,
    unit: subject.unit ?? null,
    criterion: subject.criterion ?? null,
    department: subject.department ?? null,
  };
}

export function jsonReport(
  text: CliText,
  file: string,
  problems: readonly Problem[],
  summary: BlockSummary | null,
  written: { output: string; summarySheet: string; recommendationSheet: string } | null = null,
  results: { stamp: string | null; status: ResultsStatus | null } = { stamp: null, status: null },
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
      provisional: c.provisional === true,
      voting: c.voting ?? null,
      units: c.units.map((u) => unitJson(u, text)),
      tieBreaks: c.tieBreaks.map(tieBreakJson),
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
    placesAwaitingVote: summary === null ? 0 : placesAwaitingVote(summary),
    stamp: results.stamp ?? results.status?.stamp ?? null,
    generatedSheets:
      results.status === null
        ? null
        : {
            summary: results.status.summary,
            recommendation: results.status.recommendation,
            stale: results.status.stale,
          },
    problems: problems.map((p) => problemJson(p, text)),
  };
}

/** Most problems listed in human output; --json lists them all. */
const MAX_LISTED = 40;

export function problemLines(problems: readonly Problem[], text: CliText): string[] {
  // Grouped as the pane groups them: the workbook's own problems, then each unit's (its row, its
  // scoring sheet), in order of first mention; errors first within a group. A heading names each
  // group once there is a unit's.
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = problemSubject(p).unit ?? "";
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === "" ? -1 : b === "" ? 1 : 0));
  const headed = keys.some((k) => k !== "");
  const lines: string[] = [];
  let listed = 0;
  for (const key of keys) {
    const group = [...(groups.get(key) ?? [])].sort((a, b) =>
      a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1,
    );
    if (listed >= MAX_LISTED) break;
    if (headed) lines.push(key === "" ? text.problemsGeneral : text.problemsOfUnit(key));
    for (const p of group.slice(0, MAX_LISTED - listed)) {
      lines.push(
        `  ${p.severity === "error" ? text.error : text.warning}: ${problemText(text.diagnostics, p)}`,
      );
      listed++;
    }
  }
  if (problems.length > MAX_LISTED) lines.push(text.moreProblems(problems.length - MAX_LISTED));
  return lines;
}

/** Why a unit gets no award, appended to its line; "" when it has one or nothing stands in its way. */
function noAwardSuffix(u: UnitResult, text: CliText): string {
  if (u.award !== null) return "";
  const [first] = u.exclusions;
  if (!u.considered && first !== undefined)
    return text.notConsidered(text.diagnostics.exclusionShort(first), u.exclusions.length - 1);
  return u.complete ? "" : text.incomplete;
}

function tieBreakLine(d: TieBreakDecision, text: CliText): string {
  const points = (p: Points): string => text.diagnostics.points(p);
  return text.tieBreakLine({
    units: d.units.join(", "),
    total: points(d.total),
    award: text.awardWord[d.award],
    ahead: d.units.slice(0, d.ahead).join(", "),
    behind: d.units.slice(d.ahead).join(", "),
    rule: text.diagnostics.tieBreakRule(d.decidedBy),
    values: d.units.map((code, i) => `${code}: ${points(d.values[i] ?? ZERO)}`).join("; "),
  });
}

/**
 * The ranking in words, per cluster: each unit with its total and award (or why it has none), the
 * note where the tie-break chain placed it, then the ties awaiting a vote and those the chain decided.
 */
export function rankingLines(summary: BlockSummary, text: CliText): string[] {
  const lines: string[] = [];
  const points = (p: Points): string => text.diagnostics.points(p);
  for (const c of summary.clusters) {
    lines.push(text.clusterLine(c.cluster.name));
    for (const u of c.units) {
      lines.push(
        text.unitLine(
          String(u.rank),
          `${u.name} (${u.code})`,
          points(u.total),
          u.award ? text.diagnostics.awards[u.award] : "",
        ) + noAwardSuffix(u, text),
      );
      const note = awardNote(u, text);
      if (note !== null) lines.push(text.awardNoteLine(note));
    }
    for (const t of c.ties.filter((x) => !x.settled)) {
      lines.push(text.tieLine(t.units.join(", "), points(t.total), t.places, text.awardWord[t.award]));
    }
    for (const d of c.tieBreaks) lines.push(tieBreakLine(d, text));
  }
  return lines;
}
