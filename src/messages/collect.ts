/**
 * The pane's «Thu thập điểm» and «Tiến độ» steps, in Vietnamese and English. Kept apart from the
 * rest of the pane's text: they load with their tab. What a refusal or a remark says is in the
 * diagnostics (diagnostics.ts); the self-scoring file's own words are in vi/documents.ts.
 */
import type { Language } from "./diagnostics";
import { collectEn } from "./en/collect-pane";
import { collectVi } from "./vi/collect-pane";

export interface CollectPaneText {
  readonly collect: {
    readonly intro: string;
    readonly sendHeading: string;
    readonly sendIntro: string;
    readonly split: string;
    readonly splitDone: (count: number, zip: string) => string;
    readonly receiveHeading: string;
    readonly receiveIntro: string;
    readonly pick: string;
    readonly fileInputLabel: string;
    readonly dropZone: string;
    readonly dropHint: string;
    readonly overwrite: string;
    readonly overwriteHint: string;
    readonly picked: (count: number) => string;
    readonly previewHeading: string;
    readonly previewNote: string;
    readonly merge: (units: number) => string;
    readonly nothingToMerge: string;
    readonly merged: (units: number) => string;
    readonly changedSince: string;
    readonly clear: string;
    readonly outcome: {
      readonly merge: string;
      readonly unchanged: string;
      readonly superseded: string;
      readonly refused: string;
    };
    readonly counts: (n: { new: number; changed: number; cleared: number; notes: number }) => string;
    readonly receivedOn: (date: string) => string;
    readonly change: (code: string, before: string, after: string) => string;
    readonly blank: string;
    readonly changesLabel: (file: string) => string;
  };
  readonly progress: {
    readonly intro: string;
    readonly refresh: string;
    readonly refreshing: string;
    readonly autoRefresh: string;
    readonly deadline: (date: string | null) => string;
    readonly tableLabel: string;
    readonly columns: {
      readonly unit: string;
      readonly scored: string;
      readonly errors: string;
      readonly status: string;
    };
    readonly scored: (scored: number, total: number) => string;
    readonly errors: (n: number) => string;
    readonly status: {
      readonly "on-time": (date: string) => string;
      readonly late: (date: string, days: number) => string;
      readonly received: (date: string) => string;
      readonly complete: string;
      readonly "complete-undated": string;
      readonly waiting: string;
      readonly overdue: string;
      readonly "not-sent": string;
      readonly "not-sent-overdue": string;
    };
    /** `onTime` null when there is no deadline: then `received` counts the units whose scores are in. */
    readonly totals: (complete: number, units: number, onTime: number | null, received: number) => string;
    readonly record: (count: number) => string;
    readonly recorded: (count: number) => string;
    readonly recordHint: string;
  };
}

/** The collect steps' text in the pane's language. */
export function collectPaneText(language: Language): CollectPaneText {
  return language === "en" ? collectEn : collectVi;
}
