/** The pane's terms in English: one word per concept (see ../glossary.ts). */
import type { Glossary } from "../glossary";

export const en: Glossary = {
  product: { term: "Thi Đua", avoid: [] },
  addIn: { term: "add-in", avoid: [/plug-?in/iu, /\baddin\b/iu] },
  workbook: { term: "workbook", avoid: [/spreadsheet file/iu] },
  sheet: { term: "sheet", avoid: [/worksheet/iu] },
  file: { term: "file", avoid: [] },
  unit: { term: "unit", avoid: [/member organi[sz]ation/iu] },
  cluster: { term: "cluster", avoid: [] },
  head: { term: "head unit", avoid: [/cluster head\b/iu, /\bleader unit/iu] },
  deputy: { term: "deputy unit", avoid: [/vice[- ]head/iu] },
  selfScore: { term: "self-score", avoid: [/self score/iu] },
  appraisedScore: { term: "appraised score", avoid: [] },
  departmentsPoints: { term: "departments' points", avoid: [] },
  tie: { term: "tie", avoid: [/equal scores/iu, /\bdraw\b/iu] },
  tieBreakOrder: { term: "tie-break order", avoid: [] },
  vote: { term: "votes", avoid: [/ballots/iu] },
  share: { term: "share", avoid: [/\bratio\b/iu] },
  quota: { term: "quota", avoid: [] },
  leading: { term: "leading", avoid: [] },
  excellent: { term: "excellent", avoid: [] },
  notConsidered: { term: "not considered", avoid: [/excluded/iu] },
  summarySheet: { term: "summary", avoid: [] },
  proposal: { term: "award proposal", avoid: [/work out the proposal/iu] },
  recommendation: { term: "recommendation", avoid: [] },
  legacyText: { term: "legacy text", avoid: [] },
  download: { term: "download", avoid: [] },
  openFile: { term: "open an .xlsx file", avoid: [] },
  openSample: { term: "open the sample", avoid: [] },
  browserStorage: { term: "browser's storage", avoid: [] },
  guide: { term: "user guide", avoid: [] },
  overwrite: { term: "overwrite", avoid: [/--ghi-de/u] },
};

/** Wording the English pane never uses. */
export const EN_NEVER: readonly RegExp[] = [/could not finish/iu, /(^|\s)--[a-z]/u];
