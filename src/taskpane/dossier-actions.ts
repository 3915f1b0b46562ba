/**
 * The award dossier from the pane, in both modes: the meeting read from and recorded into
 * «Họp bình xét», the dossier's checklist, and «Tải hồ sơ» — the four Word files made by the same
 * use case as `thidua ho-so` (workbook/dossier.ts) and the Word writer, handed over as one .zip
 * download. The use cases, the writer and the zip load on the first use, not with the pane.
 */
import type { CalendarDate } from "../core/model";
import type { DossierGap, DossierKind } from "../workbook/generated/dossier";
import type { MeetingRecord } from "../workbook/sheets/meeting";
import type { WithPort } from "./bind-use-cases";
import { loadZip, ZIP_MIME, type ZipWriter } from "./collect-actions";

export type { MeetingRecord } from "../workbook/sheets/meeting";

/** One line of the checklist: a document of the dossier, whether it is ready, what it lacks. */
export interface DossierChecklistItem {
  readonly kind: DossierKind;
  readonly ready: boolean;
  readonly gaps: readonly DossierGap[];
}

export interface DossierChecklist {
  readonly items: readonly DossierChecklistItem[];
  /** The award kinds proposed (the documents each needs are the same four). */
  readonly awardKinds: readonly string[];
  readonly gaps: readonly DossierGap[];
}

export interface DossierDownload {
  readonly files: readonly string[];
  readonly zipName: string;
  readonly draft: boolean;
}

/** What the pane's dossier step can do. */
export interface DossierActions {
  readMeeting(signal: AbortSignal): Promise<MeetingRecord>;
  recordMeeting(meeting: MeetingRecord, signal: AbortSignal): Promise<void>;
  checklist(signal: AbortSignal): Promise<DossierChecklist>;
  /** Makes the dossier and downloads it as one .zip; refused (WorkbookError) while something is missing, unless a draft. */
  download(draft: boolean, signal: AbortSignal): Promise<DossierDownload>;
}

export const DOSSIER_ZIP = "ho-so-khen-thuong.zip";
export const DOSSIER_DRAFT_ZIP = "ho-so-khen-thuong-du-thao.zip";

const loadDossier = () => import(/* webpackChunkName: "dossier" */ "../workbook/dossier");
const loadWriter = () => import(/* webpackChunkName: "docx" */ "../adapters/docx/docx-writer");

export interface DossierActionsOptions {
  readonly withPort: WithPort;
  readonly today: () => CalendarDate;
  readonly save: (bytes: Uint8Array, fileName: string, mime: string) => void;
  readonly loadZip?: () => Promise<() => ZipWriter>;
}

function throwIfAborted(signal: AbortSignal): void {
  if (!signal.aborted) return;
  const error = new Error("The operation was cancelled.");
  error.name = "AbortError";
  throw error;
}

export function dossierActions(options: DossierActionsOptions): DossierActions {
  const zip = options.loadZip ?? loadZip;
  return {
    readMeeting: async (signal) => {
      const cases = await loadDossier();
      return (await options.withPort(signal, (port) => cases.readMeeting(port))).meeting;
    },
    recordMeeting: async (meeting, signal) => {
      const cases = await loadDossier();
      await options.withPort(signal, (port) => cases.recordMeeting(port, meeting));
    },
    checklist: async (signal) => {
      const cases = await loadDossier();
      const status = await options.withPort(signal, (port) =>
        cases.dossierStatus(port, { now: options.today() }),
      );
      return {
        items: status.files.map((f) => ({ kind: f.kind, ready: f.gaps.length === 0, gaps: f.gaps })),
        awardKinds: status.awardKinds,
        gaps: status.gaps,
      };
    },
    download: async (draft, signal) => {
      const [cases, writer, makeZip] = await Promise.all([loadDossier(), loadWriter(), zip()]);
      const made = await options.withPort(signal, (port) =>
        cases.makeDossier(port, { now: options.today(), draft }),
      );
      throwIfAborted(signal);
      const archive = makeZip();
      const files: string[] = [];
      for (const f of made.files) {
        const name = `${f.fileName}.docx`;
        archive.file(name, await writer.documentToDocx(f.document));
        files.push(name);
      }
      throwIfAborted(signal);
      const zipName = draft ? DOSSIER_DRAFT_ZIP : DOSSIER_ZIP;
      options.save(await archive.generateAsync({ type: "uint8array" }), zipName, ZIP_MIME);
      return { files, zipName, draft };
    },
  };
}
