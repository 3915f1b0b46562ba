/**
 * The merge plan: what each returned file brings, what is refused and why, and the cells to write.
 * A file is taken whole or not at all; every score is checked by the core's score rule
 * (core/score.ts), as the summary will read it once merged. Pure: the use case writes the plan.
 */
import { cellText, isBlankCell } from "../../core/cell-text";
import { compareDates } from "../../core/calendar";
import { numberFromPoints } from "../../core/decimal";
import type { CalendarDate, CellRef, Points } from "../../core/model";
import { parseScore } from "../../core/numbers";
import { scoreVerdict } from "../../core/score";
import { normalizeKey } from "../../core/text/normalize";
import { cellAddress } from "../grid/address";
import type { CellUpdate, CellWrite } from "../port";
import { arrivalUpdates } from "../sheets/units";
import { selfScoreTicks } from "../sheets/submissions";
import type { ClusterState, ClusterUnit, UnitSheet } from "./cluster";
import {
  REFUSAL,
  capped,
  refusal,
  typedScore,
  type Refusal,
  type RefusalDetail,
  type RefusalUnit,
  type DateNotice,
  type ReceivedFrom,
  type Remark,
} from "./refusals";
import { criteriaDifferences, parsedPoints, type UnitFileRead } from "./unit-file";

export interface ReturnedUnitFile {
  /** The file's name as the user knows it. */
  readonly name: string;
  /** When it came (its modification time, milliseconds): orders two files of one unit that state the same day. */
  readonly receivedAt: number;
  /** The day of the merge: recorded as the scores' arrival when the file states no date of its own. */
  readonly mergedOn: CalendarDate;
  readonly read: UnitFileRead;
}

/** The day a file's scores are recorded as received, where it comes from, and what to say about it. */
export function arrivalOf(
  file: ReturnedUnitFile,
  period: { readonly start: CalendarDate; readonly end: CalendarDate } | null,
): { readonly on: CalendarDate; readonly from: ReceivedFrom; readonly notices: readonly DateNotice[] } {
  const filled = file.read.ok ? file.read.file.filled : ({ kind: "none" } as const);
  const on = filled.kind === "date" ? filled.on : file.mergedOn;
  const notices: DateNotice[] = [];
  if (filled.kind === "invalid") notices.push({ kind: "unreadableDate", shown: filled.shown, at: filled.at });
  if (period !== null && (compareDates(on, period.start) < 0 || compareDates(on, period.end) > 0)) {
    notices.push({ kind: "outsidePeriod", date: on, start: period.start, end: period.end });
  }
  return { on, from: filled.kind === "date" ? "file" : "merge", notices };
}

export interface MergeOptions {
  /** Take the later file when a unit sent twice (`--ghi-de`). */
  readonly overwrite: boolean;
}

export interface ScoreChange {
  readonly criterion: string;
  readonly kind: "new" | "changed" | "cleared";
  /** The cluster's self-score before; null when empty or unreadable (then its text is `beforeShown`). */
  readonly before: Points | null;
  readonly after: Points | null;
  /** The text of an unreadable previous score; "" otherwise. */
  readonly beforeShown: string;
}

export type FileOutcome = "merge" | "unchanged" | "superseded" | "refused";

export interface FilePlan {
  readonly file: string;
  readonly outcome: FileOutcome;
  readonly unit: { readonly code: string; readonly name: string } | null;
  readonly changes: readonly ScoreChange[];
  readonly counts: {
    readonly new: number;
    readonly changed: number;
    readonly cleared: number;
    readonly notes: number;
    readonly same: number;
  };
  /** The day recorded as the scores' arrival: the file's «Ngày chấm điểm», else the merge's day. */
  readonly receivedOn: CalendarDate;
  readonly receivedFrom: ReceivedFrom;
  /** Warnings about that date (outside the period, unreadable); the file is still taken. */
  readonly dateNotices: readonly DateNotice[];
  /** The arrival date already recorded for the unit, if any. */
  readonly previouslyReceived: CalendarDate | null;
  readonly refusal: Refusal | null;
  /** Why a file that is not refused is not merged either (sent twice, nothing new, replaced). */
  readonly remark: Remark | null;
}

export interface MergePlan {
  readonly files: readonly FilePlan[];
  readonly updates: readonly CellUpdate[];
  /** Units whose scores the merge writes. */
  readonly merged: number;
  readonly refused: number;
  /** Equal for two plans that write the same cells and say the same of every file. */
  readonly signature: string;
}

interface Candidate {
  readonly index: number;
  readonly file: ReturnedUnitFile;
  readonly arrival: ReturnType<typeof arrivalOf>;
  readonly unit: ClusterUnit;
  readonly sheet: UnitSheet;
  /** Each leaf's self-score in the file, by key. */
  readonly scores: ReadonlyMap<string, Points | null>;
  readonly notes: ReadonlyMap<string, string>;
  readonly changes: readonly ScoreChange[];
  readonly notesChanged: number;
  readonly same: number;
  /** The file's scores and notes as one string: two files with the same content send the same. */
  readonly content: string;
}

const NO_COUNTS = { new: 0, changed: 0, cleared: 0, notes: 0, same: 0 };

function received(
  arrival: ReturnType<typeof arrivalOf>,
): Pick<FilePlan, "receivedOn" | "receivedFrom" | "dateNotices"> {
  return { receivedOn: arrival.on, receivedFrom: arrival.from, dateNotices: arrival.notices };
}

function refusedPlan(file: ReturnedUnitFile, unit: ClusterUnit | null, why: Refusal): FilePlan {
  return {
    file: file.name,
    outcome: "refused",
    unit: unit ? { code: unit.code, name: unit.name } : null,
    changes: [],
    counts: NO_COUNTS,
    ...received(arrivalOf(file, null)),
    previouslyReceived: unit?.received ?? null,
    refusal: why,
    remark: null,
  };
}

function candidatePlan(
  c: Candidate,
  outcome: FileOutcome,
  remark: Remark | null,
  why: Refusal | null = null,
): FilePlan {
  const count = (kind: ScoreChange["kind"]): number => c.changes.filter((x) => x.kind === kind).length;
  return {
    file: c.file.name,
    outcome,
    unit: { code: c.unit.code, name: c.unit.name },
    changes: c.changes,
    counts: {
      new: count("new"),
      changed: count("changed"),
      cleared: count("cleared"),
      notes: c.notesChanged,
      same: c.same,
    },
    ...received(c.arrival),
    previouslyReceived: c.unit.received,
    refusal: why,
    remark,
  };
}

/** Checks one file against the cluster; a Candidate when everything in it can be taken. */
function evaluate(state: ClusterState, file: ReturnedUnitFile, index: number): Candidate | FilePlan {
  if (!file.read.ok) return refusedPlan(file, null, file.read.refusal);
  const { identity, rows } = file.read.file;
  const sameText = (a: string, b: string): boolean => normalizeKey(a) === normalizeKey(b);
  if (!sameText(identity.block, state.blockName)) {
    return refusedPlan(
      file,
      null,
      refusal(REFUSAL.OTHER_CLUSTER, { file: identity.block, ours: state.blockName }),
    );
  }
  if (!sameText(identity.period, state.period)) {
    return refusedPlan(
      file,
      null,
      refusal(REFUSAL.OTHER_PERIOD, { file: identity.period, ours: state.period }),
    );
  }
  const unit = state.units.find((u) => u.key === normalizeKey(identity.unitCode));
  if (!unit) return refusedPlan(file, null, refusal(REFUSAL.UNIT_UNKNOWN, { code: identity.unitCode }));

  const differences = criteriaDifferences(state.lines, rows);
  if (identity.fingerprint.toLowerCase() !== state.fingerprint.toLowerCase()) {
    return refusedPlan(
      file,
      unit,
      refusal(
        REFUSAL.CRITERIA_OUTDATED,
        { found: identity.fingerprint, ours: state.fingerprint },
        capped(differences),
      ),
    );
  }
  if (differences.length > 0) {
    return refusedPlan(file, unit, refusal(REFUSAL.CRITERIA_EDITED, {}, capped(differences)));
  }

  const sheet = unit.sheet;
  if (!sheet) return refusedPlan(file, unit, refusal(REFUSAL.CLUSTER_SHEET_MISSING, { unit: unit.code }));
  const missingRows = state.lines.filter((l) => l.leaf && !sheet.rowOf.has(l.key)).map((l) => l.code);
  if (missingRows.length > 0) {
    return refusedPlan(
      file,
      unit,
      refusal(REFUSAL.CLUSTER_SHEET_MISSING, { sheet: sheet.name, rows: missingRows }),
    );
  }

  // Every score cell must read; one bad cell and nothing is taken from the file.
  const fileName = file.read.file.sheet;
  const rowByKey = new Map(rows.map((r) => [r.key, r]));
  const invalid: RefusalDetail[] = [];
  const scores = new Map<string, Points | null>();
  const notes = new Map<string, string>();
  for (const line of state.lines) {
    const r = rowByKey.get(line.key);
    if (!r) continue;
    const at: CellRef = { sheet: fileName, row: r.row, col: file.read.file.selfCol };
    // The score rule (core/score.ts), as the summary will read the score once merged.
    const verdict = scoreVerdict(r.self, line);
    if (!line.leaf) {
      if (verdict.kind !== "empty") invalid.push({ kind: "onSection", code: line.code, at });
      continue;
    }
    notes.set(line.key, cellText(r.note));
    switch (verdict.kind) {
      case "empty":
        scores.set(line.key, null);
        break;
      case "unreadable":
        invalid.push({
          kind: verdict.reason === "precision" ? "tooPrecise" : "notANumber",
          code: line.code,
          shown: verdict.shown,
          at,
        });
        break;
      case "negative":
        invalid.push({ kind: "negative", code: line.code, value: verdict.value, at });
        break;
      case "above-max":
        invalid.push({ kind: "aboveMax", code: line.code, value: verdict.value, max: verdict.max, at });
        break;
      case "counted":
        // The score as typed: a deduction keeps the sign the unit gave it.
        scores.set(line.key, parsedPoints(r.self));
    }
  }
  if (invalid.length > 0) {
    return refusedPlan(
      file,
      unit,
      refusal(REFUSAL.SCORES_INVALID, { count: invalid.length }, capped(invalid)),
    );
  }

  const changes: ScoreChange[] = [];
  const appraisedConflicts: RefusalDetail[] = [];
  let notesChanged = 0;
  let same = 0;
  for (const line of state.lines) {
    if (!line.leaf) continue;
    const row = sheet.rowOf.get(line.key);
    if (row === undefined) continue;
    const beforeRaw = sheet.grid.value(row, sheet.selfCol);
    const before = parseScore(beforeRaw);
    const beforePoints = before.kind === "number" ? before.points : null;
    const after = scores.get(line.key) ?? null;
    const beforeBlank = before.kind === "empty";
    if ((beforeBlank && after === null) || (beforePoints !== null && beforePoints === after)) same++;
    else {
      const kind = beforeBlank ? "new" : after === null ? "cleared" : "changed";
      changes.push({
        criterion: line.code,
        kind,
        before: beforePoints,
        after,
        beforeShown: before.kind === "invalid" ? before.shown : "",
      });
      const appraised = sheet.grid.value(row, sheet.appraisedCol);
      if (!isBlankCell(appraised)) {
        appraisedConflicts.push({
          kind: "appraised",
          code: line.code,
          before: typedScore(beforeRaw),
          after,
          appraised: typedScore(appraised),
        });
      }
    }
    const noteBefore = cellText(sheet.grid.value(row, sheet.noteCol));
    if (sheet.noteCol !== null && noteBefore !== (notes.get(line.key) ?? "")) notesChanged++;
  }
  if (appraisedConflicts.length > 0) {
    return refusedPlan(
      file,
      unit,
      refusal(REFUSAL.APPRAISED, { count: appraisedConflicts.length }, capped(appraisedConflicts)),
    );
  }
  const content = JSON.stringify(
    state.lines.filter((l) => l.leaf).map((l) => [scores.get(l.key) ?? null, notes.get(l.key) ?? ""]),
  );
  const period = state.decoded.input.period;
  const arrival = arrivalOf(file, state.period === "" ? null : period);
  return { index, file, arrival, unit, sheet, scores, notes, changes, notesChanged, same, content };
}

function isCandidate(x: Candidate | FilePlan): x is Candidate {
  return "content" in x;
}

/** The cells one merged file writes: the unit's whole self and note columns, then its arrival date. */
function updatesFor(state: ClusterState, c: Candidate): CellUpdate[] {
  const leafRows = state.lines
    .filter((l) => l.leaf)
    .map((l) => ({ key: l.key, row: c.sheet.rowOf.get(l.key) }))
    .filter((x): x is { key: string; row: number } => x.row !== undefined);
  if (leafRows.length === 0) return [];
  const top = Math.min(...leafRows.map((x) => x.row));
  const bottom = Math.max(...leafRows.map((x) => x.row));
  const keyAt = new Map(leafRows.map((x) => [x.row, x.key]));
  const column = (col: number, valueOf: (key: string) => CellWrite): CellUpdate => {
    const cells: CellWrite[][] = [];
    for (let row = top; row <= bottom; row++) {
      const key = keyAt.get(row);
      if (key === undefined) {
        cells.push([null]); // a section or a row the user added: left alone
        continue;
      }
      const value = valueOf(key);
      // An empty value empties the cell only where something is there, so untouched cells stay untouched.
      cells.push([value === null ? (isBlankCell(c.sheet.grid.value(row, col)) ? null : "") : value]);
    }
    return { sheet: c.sheet.name, at: cellAddress(top, col), cells };
  };
  const updates = [
    column(c.sheet.selfCol, (key) => {
      const p = c.scores.get(key) ?? null;
      return p === null ? null : numberFromPoints(p);
    }),
  ];
  if (c.sheet.noteCol !== null) updates.push(column(c.sheet.noteCol, (key) => c.notes.get(key) || null));
  return updates;
}

/** The arrival dates of units whose scores came, in the unit list. */
export function arrivalsOf(
  state: ClusterState,
  arrivals: readonly { readonly unit: ClusterUnit; readonly on: CalendarDate }[],
): CellUpdate[] {
  return state.unitList === null
    ? []
    : arrivalUpdates(
        state.unitList,
        arrivals.map(({ unit, on }) => ({ row: unit.row, on })),
      );
}

/**
 * What merging the returned files would do, file by file, and the cells it would write. A file is
 * taken whole or not at all. A unit that sent twice keeps its earlier file (or the scores already
 * received) unless `overwrite`, which takes the latest by the date the file states (then by
 * `receivedAt`, then by the order given). Each file's arrival is the date it states, else the merge's.
 */
export function mergePlan(
  state: ClusterState,
  files: readonly ReturnedUnitFile[],
  options: MergeOptions,
): MergePlan {
  const plans: (FilePlan | null)[] = files.map(() => null);
  const byUnit = new Map<string, Candidate[]>();
  files.forEach((file, index) => {
    const result = evaluate(state, file, index);
    if (!isCandidate(result)) {
      plans[index] = result;
      return;
    }
    byUnit.set(result.unit.key, [...(byUnit.get(result.unit.key) ?? []), result]);
  });

  const merging: Candidate[] = [];
  for (const group of byUnit.values()) {
    // By the day each file says it was scored, then by when it came, then as given.
    const ordered = [...group].sort(
      (a, b) =>
        compareDates(a.arrival.on, b.arrival.on) ||
        a.file.receivedAt - b.file.receivedAt ||
        a.index - b.index,
    );
    const received = ordered[0]?.unit.received ?? null;
    const unitOf = (c: Candidate): RefusalUnit => ({ code: c.unit.code, name: c.unit.name });
    if (options.overwrite) {
      const last = ordered[ordered.length - 1];
      if (!last) continue;
      for (const c of ordered.slice(0, -1))
        plans[c.index] = candidatePlan(c, "superseded", { kind: "superseded", later: last.file.name });
      if (received !== null && last.changes.length === 0 && last.notesChanged === 0) {
        plans[last.index] = candidatePlan(last, "unchanged", { kind: "nothingNew", received });
      } else {
        plans[last.index] = candidatePlan(last, "merge", null);
        merging.push(last);
      }
      continue;
    }
    let kept: Candidate | null = null;
    for (const c of ordered) {
      const unchanged = c.changes.length === 0 && c.notesChanged === 0;
      if (kept !== null) {
        plans[c.index] =
          c.content === kept.content
            ? candidatePlan(c, "unchanged", { kind: "sameAsEarlier", file: kept.file.name })
            : candidatePlan(
                c,
                "refused",
                null,
                refusal(REFUSAL.DUPLICATE, { unit: unitOf(c), earlier: { file: kept.file.name } }),
              );
      } else if (received !== null) {
        // Scores already received for this unit: a new file is a second sending.
        plans[c.index] = unchanged
          ? candidatePlan(c, "unchanged", { kind: "nothingNew", received })
          : candidatePlan(
              c,
              "refused",
              null,
              refusal(REFUSAL.DUPLICATE, { unit: unitOf(c), earlier: { received } }),
            );
      } else {
        plans[c.index] = candidatePlan(c, "merge", null);
        merging.push(c);
        kept = c;
      }
    }
  }

  merging.sort((a, b) => a.index - b.index);
  const updates = [
    ...merging.flatMap((c) => updatesFor(state, c)),
    ...arrivalsOf(
      state,
      merging.map((c) => ({ unit: c.unit, on: c.arrival.on })),
    ),
    ...selfScoreTicks(
      state.submissions,
      merging.map((c) => ({ unit: c.unit.code, name: c.unit.name, on: c.arrival.on, file: c.file.name })),
    ),
  ];
  const final = plans.map(
    (p, i) => p ?? refusedPlan(files[i] as ReturnedUnitFile, null, refusal(REFUSAL.NOT_UNIT_FILE, {})),
  );
  const signature = JSON.stringify([
    final.map((p) => [
      p.file,
      p.outcome,
      p.unit?.code ?? null,
      p.refusal?.code ?? null,
      p.changes,
      p.counts,
      p.receivedOn,
    ]),
    updates,
  ]);
  return {
    files: final,
    updates,
    merged: merging.length,
    refused: final.filter((p) => p.outcome === "refused").length,
    signature,
  };
}
