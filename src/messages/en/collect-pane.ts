import type { CollectPaneText } from "../collect";

/** The collect steps in English. */
export const collectEn: CollectPaneText = {
  collect: {
    intro:
      "Send each unit a self-scoring file, then merge the files the units send back into the cluster workbook. A file is matched by what is inside it, not by its name.",
    sendHeading: "Send files to the units",
    sendIntro:
      "Makes one self-scoring file per unit (criteria locked, deadline shown), packed in one .zip to send.",
    split: "Make the self-scoring files (.zip)",
    splitDone: (count, zip) => `Made ${count} self-scoring files in "${zip}".`,
    receiveHeading: "Take back the returned files",
    receiveIntro:
      "Choose or drop the .xlsx files the units sent back. Thi Đua shows what each file brings before anything is written.",
    pick: "Choose files…",
    fileInputLabel: "Choose the returned self-scoring files",
    dropZone: "Drop zone for self-scoring files",
    dropHint: "or drop .xlsx files here",
    overwrite: "Take the later file when a unit sent twice (overwrite)",
    overwriteHint: "Unchecked: the earlier file, or the scores already received, are kept.",
    picked: (count) => `Read ${count} ${count === 1 ? "file" : "files"}.`,
    previewHeading: "What each file brings",
    previewNote: "Nothing has been written to the workbook yet.",
    merge: (units) => `Merge the scores of ${units} ${units === 1 ? "unit" : "units"}`,
    nothingToMerge: "No file can be merged.",
    merged: (units) => `Merged the scores of ${units} ${units === 1 ? "unit" : "units"} into the workbook.`,
    changedSince:
      "The workbook changed (perhaps a co-author) after the preview, so nothing was written. Look at the new result below, then merge again.",
    clear: "Remove the chosen files",
    outcome: {
      merge: "Will be merged",
      unchanged: "Nothing new",
      superseded: "Replaced by a later file",
      refused: "Refused",
    },
    counts: (n) =>
      [
        `${n.new} new`,
        `${n.changed} changed`,
        ...(n.cleared > 0 ? [`${n.cleared} emptied`] : []),
        ...(n.notes > 0 ? [`${n.notes} notes`] : []),
      ].join(", "),
    receivedOn: (date) => `received ${date}`,
    change: (code, before, after) => `${code}: ${before} → ${after}`,
    blank: "empty",
    changesLabel: (file) => `Changed scores in ${file}`,
  },
  progress: {
    intro:
      "When the workbook is shared (OneDrive), each unit scores on its own sheet; this table shows how many criteria each unit has scored, its errors, and whether its scores came in on time.",
    refresh: "Show progress",
    refreshing: "Reading the workbook…",
    autoRefresh: "A co-author just changed the workbook: the table was updated.",
    deadline: (date) =>
      date === null
        ? "No deadline for the end-of-period report."
        : `Scores due (end-of-period report): ${date}`,
    tableLabel: "Scoring progress by unit",
    columns: { unit: "Unit", scored: "Scored", errors: "Errors", status: "Scores in" },
    scored: (scored, total) => `${scored}/${total}`,
    errors: (n) => (n === 0 ? "None" : `${n} ${n === 1 ? "error" : "errors"}`),
    status: {
      "on-time": (date) => `On time (${date})`,
      late: (date, days) => `${days} ${days === 1 ? "day" : "days"} late (${date})`,
      received: (date) => `Received (${date})`,
      complete: "Complete, on time so far",
      "complete-undated": "Complete, arrival date not recorded",
      waiting: "Scoring",
      overdue: "Overdue, incomplete",
      "not-sent": "Not sent",
      "not-sent-overdue": "Overdue, not sent",
    },
    totals: (complete, units, onTime, received) =>
      onTime === null
        ? `${complete}/${units} units complete; ${received} have sent their scores.`
        : `${complete}/${units} units complete; ${onTime} on time.`,
    record: (count) => `Record today as the arrival date for ${count} complete units`,
    recorded: (count) => `Recorded the arrival date for ${count} units.`,
    recordHint:
      "Scores typed straight into the shared workbook have no arrival date yet: select this to record today for the complete units.",
  },
};
