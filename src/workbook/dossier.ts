/**
 * The award dossier's use cases, over a WorkbookPort like the others (usecases.ts): read and
 * record the deliberation meeting («Họp bình xét»), and make the dossier's documents from the
 * same summary as «Bảng tổng hợp» — refused while something is missing (a place awaiting a vote,
 * missing scores, the meeting's facts, a signer…), unless a draft is asked for. The shells turn
 * the documents into Word files (src/adapters/docx) and save or download them.
 */
import type { BlockSummary, CalendarDate, Problem } from "../core/model";
import { WorkbookError } from "./errors";
import { inputFingerprint } from "./fingerprint";
import { buildAdministrativeDocument } from "./generated/documents";
import type { AdministrativeDocument } from "./generated/documents";
import { buildDossier, type DossierGap, type DossierKind } from "./generated/dossier";
import { fingerprintOfSummary } from "./generated/summary";
import { Grid } from "./grid/grid";
import type { SheetInfo, SheetSnapshot, WorkbookPort } from "./port";
import {
  existingGeneratedSheet,
  findSheet,
  generatedSheetName,
  isVariantOf,
  sameSheetName,
  SHEET,
} from "./sheet-names";
import { EMPTY_MEETING, meetingSheet, readMeetingSheet, type MeetingRecord } from "./sheets/meeting";
import { readSummarized } from "./usecases";

export type { MeetingRecord } from "./sheets/meeting";

function meetingFrom(
  infos: readonly SheetInfo[],
  sheets: readonly SheetSnapshot[],
  problems: Problem[],
): MeetingRecord {
  const own = existingGeneratedSheet(SHEET.meeting, infos);
  const name = own?.name ?? SHEET.meeting;
  const sheet = findSheet(sheets, name);
  return sheet ? readMeetingSheet(new Grid(sheet), problems) : EMPTY_MEETING;
}

/**
 * The meeting as «Họp bình xét» records it (empty fields where there is no such sheet yet), with
 * the problems of what it holds (a count that is not one, a ballot count above the one before).
 */
export async function readMeeting(
  port: WorkbookPort,
): Promise<{ meeting: MeetingRecord; problems: Problem[] }> {
  const infos = await port.listSheets();
  const own = existingGeneratedSheet(SHEET.meeting, infos);
  const problems: Problem[] = [];
  if (!own) return { meeting: EMPTY_MEETING, problems };
  const sheets = await port.readSheets([own.name]);
  return { meeting: meetingFrom(infos, sheets, problems), problems };
}

/** Writes «Họp bình xét» whole with `meeting` (a sheet of the user's by that name is left alone: a numbered one is made). */
export async function recordMeeting(
  port: WorkbookPort,
  meeting: MeetingRecord,
): Promise<{ sheetName: string }> {
  const infos = await port.listSheets();
  const chosen = generatedSheetName(SHEET.meeting, infos);
  await port.writeSheets([meetingSheet(chosen.name, meeting)]);
  return { sheetName: chosen.name };
}

/** One document of the dossier, laid out, with what keeps it from being final. */
export interface DossierFile {
  readonly kind: DossierKind;
  /** File name without extension, e.g. "1-to-trinh". */
  readonly fileName: string;
  readonly document: AdministrativeDocument;
  readonly gaps: readonly DossierGap[];
}

export interface DossierMade {
  readonly files: readonly DossierFile[];
  /** Every gap (empty for a final dossier; a draft may have some). */
  readonly gaps: readonly DossierGap[];
  readonly awardKinds: readonly string[];
  readonly draft: boolean;
  /** The data stamp of the summary the documents come from (the fingerprint «Bảng tổng hợp» carries). */
  readonly stamp: string;
  readonly summary: BlockSummary;
}

/**
 * The dossier's state without making it final: every document with its gaps, for the pane's
 * checklist. Refuses (WorkbookError) only what no document can come from: a workbook with errors.
 */
export async function dossierStatus(
  port: WorkbookPort,
  options: { now: CalendarDate; draft?: boolean },
): Promise<DossierMade> {
  const read = await readSummarized(port, [SHEET.meeting, SHEET.summary]);
  const problems: Problem[] = [];
  const meeting = meetingFrom(read.infos, read.sheets, problems);
  if (problems.length > 0) throw new WorkbookError("SUMMARY_BLOCKED", { errors: problems.length }, problems);
  const stamp = inputFingerprint(read.decoded.input);
  const stampGaps: DossierGap[] = [];
  const own = read.infos.find((s) => s.generated && isVariantOf(s.name, SHEET.summary));
  const summarySheet = own ? read.sheets.find((s) => sameSheetName(s.name, own.name)) : undefined;
  if (!summarySheet) stampGaps.push({ kind: "summary-missing" });
  else if (fingerprintOfSummary(summarySheet.values) !== stamp) stampGaps.push({ kind: "summary-stale" });
  const dossier = buildDossier(read.decoded, read.summary, {
    now: options.now,
    meeting,
    ...(options.draft ? { draft: true } : {}),
  });
  const files = dossier.documents.map((d) => ({
    kind: d.kind,
    fileName: d.fileName,
    document: buildAdministrativeDocument(d.input),
    gaps: [...stampGaps, ...d.gaps],
  }));
  return {
    files,
    gaps: [...stampGaps, ...dossier.gaps],
    awardKinds: dossier.awardKinds,
    draft: dossier.draft,
    stamp,
    summary: read.summary,
  };
}

/**
 * The award dossier, ready to write: the tờ trình, the list, the minutes and the report, from the
 * summary «Bảng tổng hợp» shows (same data stamp). Refuses (WorkbookError DOSSIER_INCOMPLETE, naming
 * each gap) unless every document is final — or `draft` is asked for, which marks them "DỰ THẢO".
 */
export async function makeDossier(
  port: WorkbookPort,
  options: { now: CalendarDate; draft?: boolean },
): Promise<DossierMade> {
  const made = await dossierStatus(port, options);
  if (!made.draft && made.gaps.length > 0) throw new WorkbookError("DOSSIER_INCOMPLETE", { gaps: made.gaps });
  return made;
}
