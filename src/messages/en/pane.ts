/** The pane's English text. The workbook's own words (sheet names, values to type) stay as written, in «…». */
import { formatPoints } from "../../core/decimal";
import type { Points } from "../../core/model";
import { en as diagnostics } from "./diagnostics";
import { en as terms } from "./glossary";
import type { PaneText } from "../pane";

/** The presets' names in English (their Vietnamese names go into the workbook). */
const PRESET_NAMES: Readonly<Record<string, string>> = {
  "kon-tum": "Clusters and blocks – Kon Tum provincial federation",
  "thu-duc-1": "Cluster 1 – grassroots unions under the Thu Duc city federation",
  "thanh-hoa-5": "Cluster 5 – Thanh Hoa public servants' union",
  "bien-gioi-phia-bac": "Cluster of the northern border provinces' federations",
};

/** The presets as the Set up step describes them. */
const PRESET_DESCRIPTIONS: Readonly<Record<string, string>> = {
  "kon-tum":
    "The Kon Tum provincial federation's guidance: 100 points = 90 self-scored + 10 from the federation's departments; units whose key leader was disciplined, that did not register and sign the pact, or did not send their reports are not considered; each cluster 1 certificate for its leading unit and 1 for an excellent unit, the Banks cluster 1 + 2.",
  "thu-duc-1":
    "Calendar year; 100 points on the table, no departments' points; register before the 4th week of March, the report and self-score table to the head unit before 20/10 (data to 15/10), the cluster's result to the city federation before 01/11.",
  "thanh-hoa-5":
    "School year (e.g. 2021 – 2022); the semester-I review in December, the year review in June; the mid-year report to the head unit before 10/12, the year report and self-score table before 31/5.",
  "bien-gioi-phia-bac":
    "Members are provincial federations; members register with the head unit in January, the head registers with the national confederation in February; mid-period reports 15/5 – 15/6; self-scoring, appraisal and deliberation 01/11 – 25/12; the award proposal to the confederation by 30/3 of the next year.",
};

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/** A share as a percentage, as this language writes it: 2/3 → "66.67 %". */
const percent = (share: number): string => `${String(Math.round(share * 10000) / 100).replace(".", ".")}%`;
const pad2 = (n: number): string => String(n).padStart(2, "0");
const sheetList = (sheets: readonly string[]): string => sheets.map((s) => `«${s}»`).join(", ");

const fp = (p: Points): string => formatPoints(p, ".");

export const en: PaneText = {
  language: "en",
  diagnostics,
  terms,
  decimalSeparator: ".",
  appTitle: "Thi Đua — emulation cluster",
  loading: "Loading…",
  stepsLabel: "Steps",
  guideLink: "User guide (Vietnamese)",
  moreSteps: (count) => `${count} more ${count === 1 ? "step" : "steps"}`,
  moreStepsShort: (count) => `+${count} more`,
  clock: (t) => `${pad2(t.hour)}:${pad2(t.minute)} on ${pad2(t.day)}/${pad2(t.month)}/${t.year}`,
  steps: {
    setup: "1. Set up",
    check: "5. Check",
    summary: "6. Summary",
    proposal: "7. Proposal",
    collect: "2. Collect",
    progress: "3. Progress",
    convert: "Legacy text",
    appraise: "4. Appraisal",
  },
  collectHeadings: { collect: "Collect the self-scores", progress: "The units' scoring progress" },
  common: {
    cancel: "Cancel",
    retry: "Try again",
    working: "Working…",
    cancelling: "Stopping…",
    cancelled: "Cancelled. The workbook is as it was.",
    progress: (percent) => `${percent}% done`,
    points: (shown) => `${shown} points`,
    award: { leading: "Leading", excellent: "Excellent" },
    dismiss: "Dismiss",
  },
  errors: {
    title: "Not done",
    timeout: (seconds) =>
      `Excel did not answer within ${seconds} seconds (the workbook may be busy or the network slow). Select "Try again".`,
    cellEdit: 'A cell is being edited in Excel. Press Enter or Esc to finish it, then select "Try again".',
    sheetTaken: (name) => `A sheet named «${name}» exists and was not made by Thi Đua, so it was left alone.`,
    sheetChanged:
      'The workbook changed while writing (perhaps a co-author). Select "Try again" to redo it with the new data.',
    noWorkbook: "No workbook is open. Open an .xlsx file, drop one here, or select “Open the sample”.",
    notXlsx: (name) => `«${name}» is not a readable .xlsx workbook.`,
    sampleMissing: "The sample file could not be fetched; a sample workbook was made in the browser instead.",
    officeFailed: (detail) => `Excel reported an error: ${detail}`,
    unexpected: (detail) => `Unexpected error: ${detail}`,
  },
  notices: {
    "functions-unavailable":
      "The THIDUA.* functions are not available in this Excel (custom functions with a shared runtime are needed). The summary sheet holds the figures Thi Đua computed, so they are still right.",
    "excel-too-old":
      "This version of Excel is too old for Thi Đua (ExcelApi 1.9 is needed: Microsoft 365, Excel 2021 or later, or Excel on the web). Update Excel, or open this pane in a browser and work on an .xlsx file.",
    "no-merge-reading":
      "This Excel cannot read merged areas (ExcelApi 1.13 is needed): merged cells in the score area will not be detected.",
    "no-undo-group":
      "This Excel cannot group an action into one undo step (ExcelApi 1.20 is needed): undo may take several steps.",
    remoteChange: "A co-author just changed the workbook: the summary may be out of date. Generate it again.",
    stale:
      "The data changed after «Bảng tổng hợp» and «Đề nghị khen thưởng» were made: both are out of date. Make both again.",
  },
  browser: {
    intro:
      "Running outside Excel: open the cluster's .xlsx file (or the sample), do the steps, then download the result. The work is kept in the browser's storage after each change.",
    openFile: "Open .xlsx file…",
    fileInputLabel: "Choose the cluster's .xlsx file",
    dropZone: "Drop zone for an .xlsx file",
    dropHint: "or drop an .xlsx file here",
    openSample: "Open the sample",
    download: "Download",
    current: (name) => `Working on «${name}»`,
    none: "No file is open.",
    opened: (name) => `Opened «${name}».`,
    notOpened: (failed, still) =>
      still === null
        ? `«${failed}» could not be opened. No file is open.`
        : `«${failed}» could not be opened; still working on «${still}».`,
  },
  keep: {
    savedAt: (time) => `Kept in the browser's storage at ${time}.`,
    notSavedYet: "Not kept in the browser's storage yet.",
    pending: (p) =>
      p.created && p.sheets.length === 0
        ? "Not downloaded: a new workbook made in the browser."
        : `Not downloaded: ${p.created ? "a new workbook, " : ""}changes to the ${p.sheets.length === 1 ? "sheet" : "sheets"} ${sheetList(p.sheets)}.`,
    nothingPending: "Nothing waits to be downloaded.",
    offerTitle: "Unfinished work from last time",
    offer: (p) =>
      `«${p.fileName}», kept at ${p.savedAt}. ${p.pending}` +
      (p.hasDrafts ? " Votes being typed or files picked for a merge are kept too." : ""),
    offerNote: "Opening another file replaces this unfinished work.",
    continue: "Continue",
    discard: "Discard it",
    failure: (reason, detail) => {
      const consequence =
        "Reloading the page or closing the tab loses the changes not downloaded: select “Download” after each step.";
      switch (reason) {
        case "unavailable":
          return `The browser does not let this page keep the work (a private window, or site data turned off). ${consequence}`;
        case "quota":
          return `The browser's storage is full, so the last save failed. ${consequence}`;
        case "failed":
          return `The work could not be kept in the browser's storage (${detail}). ${consequence}`;
      }
    },
  },
  setup: {
    heading: "Set up the cluster workbook",
    intro:
      "Creates the cluster's sheets from a ready-made system: configuration, criteria table, unit list and one scoring sheet per unit.",
    introBrowser: "Creates a new workbook in the browser; select “Download” to save it.",
    preset: "Emulation system",
    clusterName: "Cluster name",
    clusterNameHint: "Leave empty to use the system's cluster name.",
    year: "Year",
    schoolYear: "School year (first year)",
    presetName: (id, name) => PRESET_NAMES[id] ?? name,
    presetDescription: (id) => PRESET_DESCRIPTIONS[id] ?? "",
    periodHint: (label) => `Period: «${label}»`,
    yearInvalid: "The year must be a number from 2000 to 2100.",
    units: "Member units",
    unitsHint:
      "Paste from Excel, one unit per line: Code, Name, Type («trực tiếp» / «phối hợp»), Cluster — separated by tabs. Names alone are fine: codes are made up.",
    unitsCount: (count) => `${count} ${count === 1 ? "unit" : "units"}`,
    unitsEmpty: "At least one unit is needed.",
    fillMembers: "Fill in the system's own member units",
    unitLineProblem: (line, reason) => `Line ${line}: ${reason}`,
    unitTypeInvalid: (shown) => `unknown type «${shown}» (write «trực tiếp» or «phối hợp»)`,
    unitDuplicate: (code) => `code «${code}» is repeated`,
    unitNoName: "the unit's name is missing",
    head: "Head unit",
    deputy: "Deputy unit",
    notChosen: "(not chosen)",
    headIsDeputy: "The head and the deputy must be different units.",
    officersOf: (cluster) => `Head and deputy of «${cluster}»`,
    sampleScores: "Fill in sample scores to try it out",
    create: "Create the workbook",
    created: "The cluster's sheets were created.",
    createdBrowser: "A new workbook was created. Select “Download” to save it.",
  },
  check: {
    heading: "Check the workbook",
    intro: "Reads the whole workbook and lists errors and warnings by unit.",
    run: "Check",
    rerun: "Check again",
    counts: (errors, warnings) =>
      `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`,
    none: "No errors or warnings.",
    severity: { error: "Error", warning: "Warning" },
    general: "General (not about one unit)",
    unit: (code, name) => (name === null ? code : `${name} (${code})`),
    selectCell: (where) => `Select cell ${where}`,
    cellOnly: (where) => `Cell ${where}`,
    blocked: "There are errors, so the summary cannot be generated yet: fix them and check again.",
  },
  results: {
    regenerate: "Make both again",
    regenerating: "Making «Bảng tổng hợp» and «Đề nghị khen thưởng» again…",
    autoUpdate: "Make them again when the data changes",
    autoUpdateHint:
      "After each change to the workbook (a co-author's too), waits a moment, then makes both sheets again. Only while this pane is open.",
    regenerated: "«Bảng tổng hợp» and «Đề nghị khen thưởng» were made again from the new data.",
  },
  summary: {
    heading: "Summary of the scores",
    intro:
      "Totals, ranks, classification and proposed awards; writes «Bảng tổng hợp» and «Đề nghị khen thưởng» together, with the figures Thi Đua computed and a data stamp that tells when they are out of date.",
    generate: "Make the summary and the recommendation",
    regenerate: "Make the summary and the recommendation again",
    progress: "Summarizing…",
    written: (sheet) => `Wrote the sheet «${sheet}».`,
    renamed: (sheet) => `A sheet of yours has the usual name, so the result went to «${sheet}».`,
    blocked: "The workbook has errors, so the summary cannot be generated — see the Check step.",
    openSheet: "Open the summary sheet",
    chartTitle: (cluster) => `Ranking — ${cluster}`,
    provisional: (incomplete) =>
      `Provisional ranking: ${incomplete} ${incomplete === 1 ? "unit still lacks" : "units still lack"} scores, so the cluster's ranks and proposal are not final.`,
    noScores: "no scores yet",
    legend: "Colour key",
    legendLabels: {
      leading: "Leading",
      excellent: "Excellent",
      none: "No award",
      excluded: "Not considered",
      tie: "Tied, awaiting a vote",
    },
    bar: (rank, name, points, status) => `Rank ${rank}: ${name}, ${points}, ${status}`,
    excludedBecause: (reasons) => `Not considered: ${reasons.join("; ")}`,
    chartNewer:
      "The chart shows the latest data; the «Bảng tổng hợp» sheet has not been generated again yet.",
    barWithNote: (bar, note) => `${bar}. ${note}`,
  },
  dossier: {
    heading: "Award dossier",
    intro:
      "The recommendation, the list, the minutes of the deliberation meeting and the year report, as Word files in the format of Decree 30/2020/NĐ-CP, from the same data as «Bảng tổng hợp».",
    meetingTitle: "The deliberation meeting (the «Họp bình xét» sheet)",
    fields: {
      date: "Date of the meeting",
      time: "Start time",
      place: "Place of the meeting",
      chair: "Chair",
      secretary: "Secretary",
      present: "Units present",
      issued: "Votes handed out",
      returned: "Votes returned",
      valid: "Valid votes",
      minutesNumber: "Number of the minutes",
    },
    dateHint: "day/month/year, e.g. 15/12/2022",
    dateInvalid: "Write the date as day/month/year.",
    countInvalid: "Write a whole number, not negative.",
    loadMeeting: "Read the meeting",
    saveMeeting: "Save the meeting",
    meetingSaved: "Saved in the «Họp bình xét» sheet.",
    votesHere: "Each tied unit's votes are entered above; the threshold is set on the «Cấu hình» sheet.",
    votesNeededTitle: "The votes the tied units need",
    candidates: (cluster, units) =>
      `${cluster === null ? "" : `${cluster} — `}Vote between ${units.join(", ")}:`,
    checklistTitle: "Dossier checklist",
    check: "Check the dossier",
    documents: {
      TTr: "Recommendation («tờ trình», TTr)",
      DS: "List of proposed units («danh sách», DS)",
      BB: "Minutes with the vote («biên bản», BB)",
      BC: "Year report («báo cáo tổng kết», BC)",
    },
    ready: "ready",
    notReady: "incomplete",
    awardKinds: (kinds) =>
      kinds.length === 0
        ? "No unit is proposed yet."
        : `Awards proposed: ${kinds.map((k) => `«${k}»`).join("; ")} — each needs the four documents above.`,
    draft: "Make a draft (marked «DỰ THẢO»), even with things missing",
    download: "Download the dossier",
    downloaded: (zipName, files, draft) =>
      `Downloaded «${zipName}»${draft ? " (draft)" : ""}: ${files.map((f) => `«${f}»`).join(", ")}.`,
  },
  proposal: {
    heading: "Award proposal",
    intro: "The leading and excellent units within each cluster's quota.",
    compute: "Show the award proposal",
    needResult: "No result yet: select “Show the award proposal” to read the workbook.",
    quota: (leading, excellent) => `Quota: ${leading} leading, ${excellent} excellent`,
    leading: "Leading unit",
    excellent: "Excellent units",
    noneYet: "None yet",
    blocked: "The workbook has errors, so no proposal can be made — see the Check step.",
    tieTitle: (award, places) => `Tie at the quota: ${places} place(s) for ${award}`,
    tieIntro: (points) =>
      `These units are tied (${points}) even after the tie-break criteria. Enter the conference's votes to settle it.`,
    tieSettled: "Settled by the vote.",
    tieBreaksTitle: "Ties settled by the cluster's tie-break order",
    tieBreakRule: (rule) => diagnostics.tieBreakRule(rule),
    tieBreakNote: (p) =>
      `${p.award} place: tied on ${p.total} with ${p.others.join(", ")}, placed ${p.ahead ? "above" : "below"} ` +
      `${p.rule} (${p.value} against ${p.otherValues.join("; ")}).`,
    tieBreak: (p) =>
      `${p.units.join(", ")} tied on ${p.total} for the ${p.award.toLowerCase()} place: ${p.ahead.join(", ")} ` +
      `placed above ${p.rule} (${p.aheadValues.join("; ")} against ${p.behindValues.join("; ")}).`,
    passedOverTitle: "Passed over for their classification",
    votesFor: (name) => `Votes for ${name}`,
    votesInvalid: (reason, voters, ofValidVotes) =>
      capitalize(diagnostics.voteCountReason(reason, voters, ofValidVotes)),
    votesNeeded: (voting) =>
      voting.basis === "members"
        ? `The cluster's ${voting.voters} member units vote; a unit chosen needs more than ${percent(voting.passShare)} of the votes: ${diagnostics.votesNeeded(voting)}.`
        : voting.needed === null
          ? `A unit chosen needs more than ${percent(voting.passShare)} of the meeting's valid votes; the valid votes are not entered on «Họp bình xét» yet, so the votes needed are not known.`
          : `The meeting counted ${voting.base ?? voting.voters} valid votes; a unit chosen needs more than ${percent(voting.passShare)} of them: ${diagnostics.votesNeeded(voting)}.`,
    saveVotes: "Record the votes",
    votesSaved: "The votes were recorded in the workbook.",
    votesNotDecisive:
      "These votes do not settle it (the chosen unit needs to pass the cluster's threshold and have more votes than the next).",
    openTies: (count) => `${count} tie(s) are not settled: the recommendation leaves those places open.`,
    generate: "Make the recommendation (with the summary)",
    generateOpen: (places) =>
      `Make the recommendation (with the summary), leaving ${places} ${places === 1 ? "place" : "places"} open for the vote`,
    votesRegenerated:
      "The votes were recorded, and «Bảng tổng hợp» and «Đề nghị khen thưởng» were made again.",
    written: (sheet) => `Wrote the sheet «${sheet}», ready to print.`,
    renamed: (sheet) => `A sheet of yours has the usual name, so the recommendation went to «${sheet}».`,
    openSheet: "Open the recommendation",
  },
  appraisal: {
    heading: "Appraise the units' self-scores",
    intro:
      "Choose a unit, go through its criteria and type the appraised score. An appraised score that differs from the self-score needs a reason; the evidence and the unit's explanation go beside it. Each save adds its changes to the sheet «Nhật ký».",
    unit: "Unit",
    noUnits: "The workbook has no unit scoring sheet yet.",
    scores: (max, self) => `Maximum ${fp(max)} · self-score ${self === null ? "(none)" : fp(self)}`,
    appraised: (c) => `Appraised score ${c}`,
    reason: (c) => `Reason for the change ${c}`,
    evidence: (c) => `Evidence ${c} (a link or a document's name)`,
    explanation: (c) => `The unit's explanation ${c}`,
    refusal: (r) =>
      r.kind === "reason-missing"
        ? "The appraised score differs from the self-score: a reason is needed."
        : r.kind === "above-max"
          ? `Above the maximum ${fp(r.max)}.`
          : r.kind === "negative"
            ? "A score cannot be negative."
            : `«${r.shown}» is not a number of points (e.g. 7.5).`,
    difference: (d) => `Difference ${d > 0 ? "+" : d < 0 ? "−" : ""}${fp(Math.abs(d) as Points)}`,
    totals: (self, final, d, changed) =>
      `Self-score total ${fp(self)} · after appraisal ${fp(final)} · difference ${d > 0 ? "+" : d < 0 ? "−" : ""}${fp(Math.abs(d) as Points)} (${changed} criteria changed)`,
    save: "Save the appraisal",
    saved: (n) => `${n} changes saved in the unit's sheet and in the sheet «Nhật ký».`,
    unchanged: "Nothing changed to save.",
    fixFirst: (n) => `${n} criteria to correct before saving.`,
    lockHeading: "Lock the appraisal",
    lockIntro:
      "Once the results are published, lock them: the score, reason, evidence and explanation columns of every scoring sheet can no longer be changed; the Ghi chú column still can. Locking and unlocking are both recorded in the sheet «Nhật ký»; unlocking needs a reason.",
    lock: "Lock the appraisal",
    lockedNotice: (sheet) =>
      `The appraisal is locked: the scores on the sheet «${sheet}» cannot be changed. To change them, unlock it and give a reason.`,
    unlockReason: "Reason for unlocking",
    unlockReasonMissing: "Give a reason for unlocking.",
    unlock: "Unlock",
    lockDone: (n) =>
      n === 0
        ? "Every scoring sheet was already locked."
        : `${n} scoring sheets locked and recorded in «Nhật ký».`,
    unlockDone: (n) =>
      n === 0
        ? "No scoring sheet was locked."
        : `${n} scoring sheets unlocked, the reason recorded in «Nhật ký».`,
  },
  officer: {
    ask: "The sheet «Nhật ký» records who changed what. Office does not tell an add-in who is signed in, so enter your name once; it is remembered on this computer and can be changed at any time.",
    name: "Name recorded in the change log",
    save: "Save the name",
    decline: "Record no name",
    shown: (name) => `The change log records: ${name}.`,
    declined: "The change log records no name.",
    change: "Change the name",
    notKept: "The browser's storage refused the name; it is used until the page is closed.",
  },
  entry: {
    heading: "Departments' points and eligibility facts",
    intro:
      "Enter the points each department gives the unit, and the facts that decide whether it is considered (registration, pact, report dates, discipline). An empty field means not given yet, never 0. Each save adds its changes to the sheet «Nhật ký».",
    unit: "Unit to enter for",
    pointsHeading: "Departments' points",
    noDepartments: "This cluster scores no departments' points.",
    points: (d) => `Points from ${d}`,
    cap: (c, direct) => `At most ${formatPoints(c, ".")} (${direct ? "direct" : "coordinating"} unit)`,
    notGiven: "Not given",
    savePoints: "Save the departments' points",
    factsHeading: "Eligibility facts",
    registered: "Registered for the emulation",
    pactSigned: "Signed the pact",
    midReport: "Mid-period report sent on",
    endReport: "End-of-period report sent on",
    discipline: "Discipline of a key leader",
    empty: "(empty)",
    dateHint: "Day/month/year, e.g. 15/06/2025; «Có» if sent on a day nobody wrote down.",
    considered: "Considered for awards.",
    notConsidered: (reasons) => `Not considered for awards because ${reasons.join("; ")}.`,
    because: (reason) => `Not considered because ${reason}.`,
    saveFacts: "Save the eligibility facts",
    reason: "Reason for the change (optional)",
    saved: (n) => `Saved ${n} changes and the sheet «Nhật ký».`,
    unchanged: "Nothing changed to save.",
    fixFirst: (n) => `${n} fields need correcting before saving.`,
  },
  convert: {
    heading: "Legacy Vietnamese text to Unicode",
    intro:
      "Converts text typed in the legacy TCVN3 (ABC, .Vn… fonts) or VNI-Windows (VNI-… fonts) encodings to Unicode. Cells in a legacy font convert by their font; other cells only when the text is surely legacy. Preview first; converted cells get Times New Roman.",
    introBrowser:
      "Converts text typed in the legacy TCVN3 (ABC, .Vn… fonts) or VNI-Windows (VNI-… fonts) encodings to Unicode, in the whole workbook. Cells in a legacy font convert by their font; other cells only when the text is surely legacy.",
    scope: "Scope",
    scopeSelection: "Selected cells",
    scopeWorkbook: "Whole workbook",
    encoding: "Source encoding",
    encodingAuto: "Detect (from fonts and text)",
    encodingHint: "Choose an encoding only when sure: all text in the selection is read in it.",
    preview: "Preview",
    previewAgain: "Preview again",
    selection: (address) => `Selection: ${address}`,
    found: (cells) => `${cells} cells will be converted.`,
    count: (sheet, cells, encoding) => `Sheet «${sheet}»: ${cells} cells from ${encoding}`,
    none: "No cell holds legacy-encoded text to convert.",
    tableCaption: "Cells to convert: the text before and after",
    columns: { cell: "Cell", before: "Before", after: "After" },
    byText: "recognised from the text (no legacy font): check it",
    more: (cells) => `… and ${cells} more cells.`,
    apply: (cells) => `Convert ${cells} cells`,
    applied: (cells, font) => `Converted ${cells} cells to Unicode, font ${font}.`,
    skipped: (cells) => `${cells} cells changed after the preview and were left alone.`,
    appliedBrowser: "Select “Download” to save the converted workbook.",
  },
};
