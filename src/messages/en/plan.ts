/** The year's plan in English: what is due, the command's help and the pane's tab (messages/plan.ts). */
import type { PlanText } from "../plan";
import { dateText } from "../vi/diagnostics";

export const en: PlanText = {
  role: {
    head: "cluster head",
    deputy: "deputy head",
    members: "all member units",
    "next-head": "next year's head",
  },
  kind: {
    plan: "plan",
    registration: "registration",
    pact: "pact",
    "mid-report": "mid-period report",
    "year-report": "year report",
    "self-score": "self-scoring",
    appraisal: "appraisal",
    "mid-meeting": "mid-period review",
    "summary-meeting": "summary meeting",
    results: "results to the federation",
    other: "other",
  },
  section: { late: "Overdue", due: "Due", ongoing: "Under way" },
  heading: (asOf, within) => `What is due on ${dateText(asOf)} (within the next ${within} days)`,
  when: (days) =>
    days === 0
      ? "today"
      : days > 0
        ? `in ${days} day${days === 1 ? "" : "s"}`
        : `${-days} day${days === -1 ? "" : "s"} late`,
  deadline: (deadline, stated) =>
    deadline.day === stated.day && deadline.month === stated.month && deadline.year === stated.year
      ? `due ${dateText(deadline)}`
      : `due ${dateText(deadline)} (the plan says ${dateText(stated)}, a day off, so the next working day)`,
  owing: (who) => `Still owed by: ${who}`,
  nobodyOwing: "Still owed by: (no owner written)",
  nothing: "Nothing.",
  byOwner: "By owner:",
  ownerLine: (owner, tasks) => `${owner}: ${tasks}`,
  noPlanSheet:
    "The workbook has no «Kế hoạch» sheet: create a workbook with «thidua mau» or add the sheet from the template.",
  cli: {
    helpViecCanLam: `thidua viec-can-lam <workbook.xlsx> [--ngay dd/mm/yyyy] [--trong N] [--json]

Reads the «Kế hoạch» (plan) and «Đơn vị» (units) sheets and lists what is overdue, what is due within
the next N days (14 by default) and what is under way, with the units that still owe each task, then
a summary by owner. Registration, the pact and the report dates in «Đơn vị» count as delivered. A
deadline on a day off moves to the next working day. The file is not changed.

  --ngay DATE   The day to look from (dd/mm/yyyy or yyyy-mm-dd); today by default
  --trong N     How many days ahead count as due (14 by default)
  --json        Print a JSON document: the tasks (id, number, title, deadline, days, units owing), by
                owner, and the problems (code, severity, sheet, cell)

Exit code: 0 listed (even with overdue tasks); 1 the «Kế hoạch» sheet is missing or has rows in error
(those rows are left out); 2 wrong usage (such as a bad date) or the file cannot be read.
`,
    helpKeHoach: `thidua ke-hoach <workbook.xlsx> -o <out.docx> [--ghi-de]

Writes the cluster's activity plan («Kế hoạch hoạt động», a KH document in the Decree 30/2020/NĐ-CP
format) from the «Kế hoạch» and «Cấu hình» sheets: a table of TT, Nội dung, Đơn vị thực hiện, Thời
gian. The Word file is for the officers to edit and sign; it stays in Vietnamese.

  -o FILE     The Word file to write (.docx)
  --ghi-de    Overwrite the output if it exists

Exit code: 0 written; 1 the «Kế hoạch» sheet is missing or has rows in error (nothing written); 2 wrong usage or a file that cannot be read or written.
`,
    badDate: (option, value) =>
      `${option} «${value}» is not a real day; write day/month/year, e.g. 21/10/2024.`,
    badDays: (option, value) => `${option} «${value}» must be a whole number of days from 0 to 366.`,
    notDocx: (path) => `The output «${path}» must be a Word .docx file.`,
    documentWritten: (path, tasks) => `Wrote the plan (${tasks} tasks) to ${path}.`,
    planHasErrors: (errors) =>
      `The «Kế hoạch» sheet has ${errors} error${errors === 1 ? "" : "s"}; those rows are left out until fixed.`,
  },
  pane: {
    tab: "What is due",
    intro:
      "Overdue tasks, tasks due in the next 14 days and the units that still owe them, from the «Kế hoạch» sheet.",
    asOf: "As of",
    show: "Show what is due",
    reading: "Reading the plan…",
  },
};
