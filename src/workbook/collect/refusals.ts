/**
 * Why nothing was taken from a returned file, as data: a stable code, its typed parameters and the
 * rows or cells concerned (at most MAX_DETAILS named, the rest counted). src/messages words them.
 */
import type { CalendarDate, CellRef, CellValue, CriterionKind, Points } from "../../core/model";
import { parseScore } from "../../core/numbers";
import type { WorkbookFault } from "../errors";

/** Stable codes of the refusals (the command's output and the tests rely on them). */
export const REFUSAL = {
  UNREADABLE: "COLLECT_UNREADABLE",
  NOT_UNIT_FILE: "COLLECT_NOT_UNIT_FILE",
  FORMAT_TOO_NEW: "COLLECT_FORMAT_TOO_NEW",
  IDENTITY_EDITED: "COLLECT_IDENTITY_EDITED",
  OTHER_CLUSTER: "COLLECT_OTHER_CLUSTER",
  OTHER_PERIOD: "COLLECT_OTHER_PERIOD",
  UNIT_UNKNOWN: "COLLECT_UNIT_UNKNOWN",
  LAYOUT_BROKEN: "COLLECT_LAYOUT_BROKEN",
  CRITERIA_OUTDATED: "COLLECT_CRITERIA_OUTDATED",
  CRITERIA_EDITED: "COLLECT_CRITERIA_EDITED",
  SCORES_INVALID: "COLLECT_SCORES_INVALID",
  APPRAISED: "COLLECT_APPRAISED",
  DUPLICATE: "COLLECT_DUPLICATE",
  CLUSTER_SHEET_MISSING: "COLLECT_CLUSTER_SHEET_MISSING",
} as const;

export type RefusalCode = (typeof REFUSAL)[keyof typeof REFUSAL];

/** A unit as a refusal names it. */
export interface RefusalUnit {
  readonly code: string;
  readonly name: string;
}

/** Every refusal's parameters. */
export interface RefusalParams {
  /** The file could not be opened: the reader's own refusal. */
  readonly COLLECT_UNREADABLE: { readonly cause: WorkbookFault };
  /** No valid identity sheet; or the identity names a unit whose scoring sheet the file lacks. */
  readonly COLLECT_NOT_UNIT_FILE: { readonly missingSheet?: string };
  readonly COLLECT_FORMAT_TOO_NEW: { readonly version: number };
  readonly COLLECT_IDENTITY_EDITED: Record<string, never>;
  readonly COLLECT_OTHER_CLUSTER: { readonly file: string; readonly ours: string };
  readonly COLLECT_OTHER_PERIOD: { readonly file: string; readonly ours: string };
  readonly COLLECT_UNIT_UNKNOWN: { readonly code: string };
  readonly COLLECT_LAYOUT_BROKEN: { readonly sheet: string };
  readonly COLLECT_CRITERIA_OUTDATED: { readonly found: string; readonly ours: string };
  readonly COLLECT_CRITERIA_EDITED: Record<string, never>;
  /** `count`: how many cells are invalid (the details name at most MAX_DETAILS). */
  readonly COLLECT_SCORES_INVALID: { readonly count: number };
  readonly COLLECT_APPRAISED: { readonly count: number };
  /** The unit sent before: an earlier file of this run, or scores already received on a day. */
  readonly COLLECT_DUPLICATE: {
    readonly unit: RefusalUnit;
    readonly earlier: { readonly file: string } | { readonly received: CalendarDate };
  };
  /** The cluster lacks the unit's scoring sheet, or rows of it. */
  readonly COLLECT_CLUSTER_SHEET_MISSING:
    { readonly unit: string } | { readonly sheet: string; readonly rows: readonly string[] };
}

/** One line under a refusal: a row, cell or criterion concerned. Rows are 0-based. */
export type RefusalDetail =
  | { readonly kind: "rowAdded"; readonly code: string; readonly row: number }
  | { readonly kind: "rowRemoved"; readonly code: string }
  | { readonly kind: "rowMoved"; readonly code: string; readonly row: number; readonly expected: string }
  | {
      readonly kind: "maxEdited";
      readonly code: string;
      readonly row: number;
      /** The maximum as the file holds it: its points, else its text ("" when empty). */
      readonly found: Points | string;
      readonly expected: Points;
    }
  | {
      readonly kind: "kindEdited";
      readonly code: string;
      readonly row: number;
      /** The «Loại» cell as typed. */
      readonly found: string;
      readonly expected: CriterionKind | "section";
    }
  | { readonly kind: "notANumber"; readonly code: string; readonly shown: string; readonly at: CellRef }
  | { readonly kind: "tooPrecise"; readonly code: string; readonly shown: string; readonly at: CellRef }
  | { readonly kind: "negative"; readonly code: string; readonly value: Points; readonly at: CellRef }
  | {
      readonly kind: "aboveMax";
      readonly code: string;
      readonly value: Points;
      readonly max: Points;
      readonly at: CellRef;
    }
  | { readonly kind: "onSection"; readonly code: string; readonly at: CellRef }
  | {
      readonly kind: "appraised";
      readonly code: string;
      /** The cluster's self-score (its points, else its text; "" when empty), the file's, and the appraised score. */
      readonly before: Points | string;
      readonly after: Points | null;
      readonly appraised: Points | string;
    }
  /** The details past MAX_DETAILS, counted. */
  | { readonly kind: "more"; readonly count: number };

/** Why nothing was taken from a file: a code, its parameters and the lines concerned. */
export type Refusal = {
  readonly [C in RefusalCode]: {
    readonly code: C;
    readonly params: RefusalParams[C];
    readonly details: readonly RefusalDetail[];
  };
}[RefusalCode];

/** Why a file that is not refused is not merged either. */
export type Remark =
  | { readonly kind: "sameAsEarlier"; readonly file: string }
  | { readonly kind: "nothingNew"; readonly received: CalendarDate }
  | { readonly kind: "superseded"; readonly later: string };

/** Where the arrival date recorded for a file comes from: the file's «Ngày chấm điểm», or the merge's day. */
export type ReceivedFrom = "file" | "merge";

/** What is worth saying about a file's date; the file is still taken. */
export type DateNotice =
  /** The date recorded falls outside the cluster's period. */
  | {
      readonly kind: "outsidePeriod";
      readonly date: CalendarDate;
      readonly start: CalendarDate;
      readonly end: CalendarDate;
    }
  /** «Ngày chấm điểm» holds something that is not a date: the merge's day is recorded instead. */
  | { readonly kind: "unreadableDate"; readonly shown: string; readonly at: CellRef };

/** The refusal of a code, with its parameters and details. */
export function refusal<C extends RefusalCode>(
  code: C,
  params: RefusalParams[C],
  details: readonly RefusalDetail[] = [],
): Refusal {
  // A mapped union member per code: the compiler cannot relate a generic C to it, the arguments are typed.
  return { code, params, details } as Refusal;
}

/** Most details named in one refusal; the rest are counted. */
const MAX_DETAILS = 12;

/** The details, the ones past MAX_DETAILS counted in a last "more". */
export function capped(details: readonly RefusalDetail[]): RefusalDetail[] {
  return details.length <= MAX_DETAILS
    ? [...details]
    : [...details.slice(0, MAX_DETAILS), { kind: "more", count: details.length - MAX_DETAILS }];
}

/** A score cell as a refusal shows it back: its points where it reads as a number, else its text ("" when empty). */
export function typedScore(v: CellValue): Points | string {
  const p = parseScore(v);
  return p.kind === "number" ? p.points : p.kind === "empty" ? "" : p.shown;
}
