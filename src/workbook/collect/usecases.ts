/**
 * The collect use cases: split the cluster workbook into one self-scoring file per unit, read the
 * returned files, plan the merge (nothing written), write it, and follow each unit's progress in a
 * shared workbook. Plain functions over ports, shared by the `thidua` command and the pane; each
 * reads a workbook once and writes once.
 *
 * A merge writes values into sheets the user owns (the units' scoring sheets and the unit list),
 * which `writeSheets` never replaces. It needs the port's `updateCells` (CellEditPort, port.ts): values
 * written into existing cells, formats, validation, tables and formulas left as they
 * are — and no sheet deleted, so the summary's formulas that point at the unit sheets stay valid.
 */
import type { CalendarDate, Problem } from "../../core/model";
import { summarizeBlock } from "../../core/summary";
import { normalizeKey } from "../../core/text/normalize";
import { isWorkbookError, WorkbookError, type WorkbookFault } from "../errors";
import type { CellEditPort, SheetWrite, WorkbookPort } from "../port";
import { changeRecords, withLog, writeWithLog, type ChangeAuthor } from "../sheets/change-log";
import { SHEET, existingGeneratedSheet, findSheet, sameSheetName } from "../sheet-names";
import { clusterState, type ClusterState } from "./cluster";
import { uniqueFileNames, unitFileName } from "./file-names";
import { mergePlan, type MergeOptions, type MergePlan, type ReturnedUnitFile } from "./merge-plan";
import { arrivalUpdatesForComplete, progressOf, type ProgressReport } from "./progress";
import { decodeUnitFile, unitFileSheets, unreadableFile, type UnitFileRead } from "./unit-file";

export type { CellUpdate } from "../port";

/** The cluster workbook a merge writes into: values into existing cells, no sheet replaced. */
export type MergeTarget = WorkbookPort & Pick<CellEditPort, "updateCells">;

// ── Reading the cluster ───────────────────────────────────────────────────────

/**
 * One read of the cluster workbook: the configuration, criteria and unit list, with every input
 * sheet (`units` null) or only the scoring sheets of the units named.
 */
async function readClusterState(
  port: WorkbookPort,
  units: readonly string[] | null = null,
): Promise<ClusterState> {
  const infos = await port.listSheets();
  const wanted = units?.map(normalizeKey);
  const votes = existingGeneratedSheet(SHEET.votes, infos);
  const names = infos
    .filter((s) => {
      if (
        // «Kế hoạch»: the deadlines the unit files print are the plan's where it has them.
        [SHEET.config, SHEET.criteria, SHEET.units, SHEET.submissions, SHEET.plan].some((n) =>
          sameSheetName(n, s.name),
        )
      )
        return true;
      if (wanted) return wanted.includes(normalizeKey(s.name)) && !s.generated;
      return !s.generated || (votes !== undefined && sameSheetName(s.name, votes.name));
    })
    .map((s) => s.name);
  return clusterState(await port.readSheets(names));
}

function refuseWhenBlocked(state: ClusterState): void {
  if (state.blocking.length > 0) {
    throw new WorkbookError("COLLECT_BLOCKED", { errors: state.blocking.length }, state.blocking);
  }
}

// ── Split ───────────────────────────────────────────────────────────────────

export interface UnitFileToWrite {
  readonly unit: { readonly code: string; readonly name: string };
  /** Safe on Windows, unique in the set (see unitFileName). */
  readonly fileName: string;
  readonly sheets: readonly SheetWrite[];
}

/**
 * One self-scoring workbook per unit (or per unit named in `units`), as sheets for the caller to
 * write each into a new workbook. Reads the cluster once and writes nothing to it. Refuses
 * (WorkbookError, with the problems) while the configuration, criteria table or unit list has errors.
 */
export async function splitForUnits(
  port: WorkbookPort,
  options: { readonly now: CalendarDate; readonly units?: readonly string[] },
): Promise<UnitFileToWrite[]> {
  const state = await readClusterState(port, options.units ?? null);
  refuseWhenBlocked(state);
  let units = state.units;
  if (options.units) {
    const wanted = options.units.map(normalizeKey);
    const unknown = options.units.filter((code) => !state.units.some((u) => u.key === normalizeKey(code)));
    if (unknown.length > 0) throw new WorkbookError("COLLECT_UNITS_UNKNOWN", { codes: unknown });
    units = units.filter((u) => wanted.includes(u.key));
  }
  if (units.length === 0) throw new WorkbookError("COLLECT_NO_UNITS", {});
  const names = uniqueFileNames(units.map((u) => unitFileName(u.code, u.name)));
  return units.map((unit, i) => ({
    unit: { code: unit.code, name: unit.name },
    fileName: names[i] ?? unitFileName(unit.code, unit.name),
    sheets: unitFileSheets(state, unit, options.now),
  }));
}

// ── Merge ───────────────────────────────────────────────────────────────────

/** A returned file as the caller has it: opened as a workbook, or the reason it could not be. */
export interface ReturnedFile {
  readonly name: string;
  /** Modification time in milliseconds: orders two files of one unit that state the same day. Never recorded. */
  readonly receivedAt: number;
  /** Today, on the user's calendar: recorded as the arrival of a file that states no «Ngày chấm điểm». */
  readonly mergedOn: CalendarDate;
  /** The opened file, or why it could not be opened (the reader's refusal). */
  readonly workbook: WorkbookPort | { readonly unreadable: WorkbookFault };
}

/** A plan with the files it was made from, so the merge can check it against a fresh read. */
export interface MergePreview {
  readonly plan: MergePlan;
  readonly files: readonly ReturnedUnitFile[];
  readonly options: MergeOptions;
}

/** Why a returned file could not be opened: the adapter's own refusal, else "not an .xlsx". */
export function unreadableReason(error: unknown): WorkbookFault {
  return isWorkbookError(error) ? error.fault : { code: "XLSX_NOT_XLSX", params: {} };
}

/** One read of a returned file: its identity and criterion rows, or why it is not a unit file. */
export async function readReturnedFile(port: WorkbookPort): Promise<UnitFileRead> {
  const infos = await port.listSheets();
  return decodeUnitFile(await port.readSheets(infos.map((s) => s.name)));
}

/**
 * What merging `returned` into the cluster would do, file by file; nothing is written. Reads each
 * returned file once and the cluster once (its configuration, criteria, unit list and the scoring
 * sheets of the units the files name).
 */
export async function planMerge(
  clusterPort: WorkbookPort,
  returned: readonly ReturnedFile[],
  options: MergeOptions,
): Promise<MergePreview> {
  const files: ReturnedUnitFile[] = [];
  for (const r of returned) {
    // One file after another: each is small, and the adapter may hold the whole file in memory.
    const read =
      "unreadable" in r.workbook ? unreadableFile(r.workbook.unreadable) : await readReturnedFile(r.workbook);
    files.push({ name: r.name, receivedAt: r.receivedAt, mergedOn: r.mergedOn, read });
  }
  return planFromFiles(clusterPort, files, options);
}

async function planFromFiles(
  clusterPort: WorkbookPort,
  files: readonly ReturnedUnitFile[],
  options: MergeOptions,
): Promise<MergePreview> {
  const codes = files.flatMap((f) => (f.read.ok ? [f.read.file.identity.unitCode] : []));
  const state = await readClusterState(clusterPort, codes);
  refuseWhenBlocked(state);
  return { plan: mergePlan(state, files, options), files, options };
}

/** Writes a plan: the merged units' self and note columns and arrival dates, in one write. */
export async function applyMerge(clusterPort: MergeTarget, plan: MergePlan): Promise<void> {
  if (plan.updates.length === 0) return;
  await clusterPort.updateCells(plan.updates);
}

/**
 * The pane's merge after a preview: plans again on a fresh read and writes only when the plan is
 * the one the user saw (`applied`); otherwise writes nothing and returns the new plan to show. Two people
 * merging at once therefore never write over what the other just merged without seeing it first.
 */
export async function mergeIfUnchanged(
  clusterPort: MergeTarget,
  preview: MergePreview,
  author?: ChangeAuthor,
): Promise<{ readonly applied: boolean; readonly preview: MergePreview }> {
  const fresh = await planFromFiles(clusterPort, preview.files, preview.options);
  if (fresh.plan.signature !== preview.plan.signature) return { applied: false, preview: fresh };
  if (author === undefined) await applyMerge(clusterPort, fresh.plan);
  else await applyMergeWithLog(clusterPort, fresh.plan, author);
  return { applied: true, preview: fresh };
}

/**
 * Writes a plan and a «Nhật ký» row per cell it changes (old → new, the file it came from), in one
 * write of cells: the touched sheets are read once more for the old values.
 */
export async function applyMergeWithLog(
  clusterPort: MergeTarget,
  plan: MergePlan,
  author: ChangeAuthor,
): Promise<void> {
  if (plan.updates.length === 0) return;
  const touched = [...new Set(plan.updates.map((u) => u.sheet))];
  const infos = await clusterPort.listSheets();
  const names = withLog(touched).filter((n) => infos.some((s) => normalizeKey(s.name) === normalizeKey(n)));
  const before = await clusterPort.readSheets(names);
  const fileOf = new Map(
    plan.files.flatMap((f) => (f.unit === null ? [] : [[normalizeKey(f.unit.code), f.file] as const])),
  );
  const merged = plan.files.filter((f) => f.outcome === "merge").map((f) => f.file);
  const records = changeRecords(before, plan.updates, author, (sheet) => {
    const file = fileOf.get(normalizeKey(sheet));
    return file === undefined ? `Gộp tệp ${merged.map((f) => `«${f}»`).join(", ")}` : `Gộp tệp «${file}»`;
  });
  await writeWithLog(clusterPort, plan.updates, records, findSheet(before, SHEET.changeLog));
}

// ── Progress ───────────────────────────────────────────────────────────────────

function problemsOf(state: ClusterState): Problem[] {
  const summary = summarizeBlock(state.decoded.input);
  return [...state.decoded.problems, ...summary.problems];
}

/**
 * Each unit's progress in the (shared) cluster workbook: criteria scored of all, its errors, and
 * whether its scores are in by the deadline. One read; nothing written.
 */
export async function unitProgress(port: WorkbookPort, now: CalendarDate): Promise<ProgressReport> {
  const state = await readClusterState(port);
  refuseWhenBlocked(state);
  return progressOf(state, problemsOf(state), now);
}

/**
 * Records today as the arrival date of every unit whose sheet is complete and has none yet (scores
 * typed straight into a shared workbook). One read, one write; returns how many units it dated.
 */
export async function recordArrivals(target: MergeTarget, now: CalendarDate): Promise<number> {
  const state = await readClusterState(target);
  refuseWhenBlocked(state);
  const report = progressOf(state, [], now);
  const updates = arrivalUpdatesForComplete(state, report);
  const dated = updates.filter((u) => u.numberFormat !== undefined).length;
  if (dated > 0) await target.updateCells(updates);
  return dated;
}
