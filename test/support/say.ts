/**
 * The Vietnamese wording of diagnostics, for tests that assert what a user reads. The core and the
 * workbook layer return data; these render it as the command and the pane do in Vietnamese.
 */
import { problemSubject } from "../../src/core/diagnostics";
import type { Exclusion, Problem, UnitResult } from "../../src/core/model";
import { faultText, problemText, refusalText, tieBreakNotesText } from "../../src/messages/diagnostics";
import { vi } from "../../src/messages/vi/diagnostics";
import type { Refusal, Remark } from "../../src/workbook/collect/refusals";
import { WorkbookError } from "../../src/workbook/errors";

/**
 * A problem as one Vietnamese sentence with its place, a refusal's sentence, or an operation's
 * refusal; "" for nothing.
 */
export function say(said: Problem | Refusal | WorkbookError | null | undefined): string {
  if (said === undefined || said === null) return "";
  if (said instanceof WorkbookError) return faultText(vi, said.fault);
  if ("details" in said) return refusalText(vi, said).sentence;
  return problemText(vi, said);
}

/** A refusal's detail lines in Vietnamese. */
export function detailsOf(refusal: Refusal | null | undefined): string[] {
  return refusal === null || refusal === undefined ? [] : refusalText(vi, refusal).details;
}

/** Why a unit is not considered, in Vietnamese; "" for no exclusion. */
export function reason(exclusion: Exclusion | undefined): string {
  return exclusion === undefined ? "" : vi.exclusion(exclusion);
}

/** A unit's tie-break notes in Vietnamese, or undefined where it has none (as the summary's reason column omits them). */
export function noteOf(unit: Pick<UnitResult, "tieBreakNotes"> | undefined): string | undefined {
  if (unit === undefined || unit.tieBreakNotes.length === 0) return undefined;
  return tieBreakNotesText(vi, unit.tieBreakNotes);
}

/** Why a file was neither refused nor merged, in Vietnamese; null for no remark. */
export function remarkOf(remark: Remark | null): string | null {
  return remark === null ? null : vi.remark(remark);
}

/** A problem flattened as the command's JSON shows it: code, severity, cell, and what it is about. */
export function flat(problem: Problem | undefined): Record<string, unknown> | undefined {
  if (problem === undefined) return undefined;
  return {
    code: problem.code,
    severity: problem.severity,
    ...(problem.at === undefined ? {} : { at: problem.at }),
    ...problemSubject(problem),
  };
}

/**
 * What an operation's refusal says in Vietnamese: the promise must reject with a WorkbookError.
 *
 * @example expect(await refusalOf(splitForUnits(port, …))).toContain("Không có đơn vị mang mã «DV09»")
 */
export async function refusalOf(work: Promise<unknown>): Promise<string> {
  const outcome = await work.then(
    () => new Error("expected a refusal, but the operation succeeded"),
    (error: unknown) => error,
  );
  if (!(outcome instanceof WorkbookError)) throw outcome;
  return say(outcome);
}
