/**
 * The custom functions' messages in English. Parameter names are quoted as the functions' own
 * (Vietnamese) names; the values to type stay the workbook's, in «…».
 */
import type { FunctionText, NotANumberReason } from "../functions";
import { en as diagnostics } from "./diagnostics";

const capitalise = (sentence: string): string => sentence.charAt(0).toUpperCase() + sentence.slice(1);

export const en: FunctionText = {
  diagnostics,
  position: (p) => {
    if (p.columns === 1) return `Row ${p.index + 1}`;
    if (p.rows === 1) return `Column ${p.index + 1}`;
    return `Row ${Math.floor(p.index / p.columns) + 1}, column ${(p.index % p.columns) + 1}`;
  },
  at: (place, sentence) => (place === null ? capitalise(sentence) : `${place}: ${sentence}`),
  located: (place, sentence) => (place === null ? sentence : `${place}: ${sentence}`),
  notANumber: (p: { shown: string; reason: NotANumberReason; what?: string }) => {
    const what = p.what === undefined ? "the value" : `«${p.what}»`;
    switch (p.reason) {
      case "text":
        return `${what} «${p.shown}» is not a number (for example: 8.5)`;
      case "error":
        return `${what} shows the error ${p.shown}: fix the formula or reference first`;
      case "date":
        return `${what} is a date (${p.shown}), not a number: check the cell's format`;
      case "boolean":
        return `${what} is a true/false value (${p.shown}), not a number`;
      case "precision":
        return `${what} «${p.shown}» has more than 2 decimals (points go to 0.01)`;
    }
  },
  singleValueExpected: (p) =>
    `The parameter «${p.parameter}» takes one cell, but got a range of ${p.rows} × ${p.columns} cells`,
  sizesDiffer: (p) =>
    `The range «${p.first}» has ${p.firstCount} cells and «${p.second}» has ${p.secondCount}: they must be the same length`,
  tableEmpty: (p) => `The range «${p.parameter}» has no row with data`,
  columnsExpected: (p) =>
    `The range «${p.parameter}» needs the columns ${p.columns}, but has only ${p.found}`,
  kindInvalid: (p) =>
    `the kind «${p.shown}» is not valid: leave it empty (a scored criterion) or type «Chấm điểm», «Điểm thưởng» or «Điểm trừ»`,
  unitTypeInvalid: (p) => `The unit type «${p.shown}» is not valid: type «trực tiếp» or «phối hợp»`,
  unitTypeMissing: () => "The unit type is missing: type «trực tiếp» or «phối hợp»",
  departmentUnknown: (p) =>
    `The departments' allocation has no department «${p.department}» (type a code such as TC, TGNC, CSPL, or the department's name)`,
  yesNoInvalid: (p) => `«${p.what}» «${p.shown}» is not valid: type «Có» or «Không»`,
  disciplineInvalid: (p) =>
    `The discipline «${p.shown}» is not valid: leave it empty or type «Không», «Khiển trách», «Cảnh cáo», «Cách chức»…`,
  reportInvalid: (p) =>
    `The ${p.report} cell «${p.shown}» is not valid: type the day it was sent (such as 20/10/2024), «Có» if sent on an unknown day, or leave it empty or type «Không» if not sent`,
  reportsMissing: () =>
    "At least one report cell is needed (the day the mid-period or end-of-period report was sent)",
  totalNotInList: (p) => `The total ${p.total} is not among the totals, so it cannot be ranked`,
  tieBreakColumn: (p) => `tie-break column ${p.index}`,
  unexpected: (p) => `Unexpected error while computing (${p.detail}). Tell whoever manages the workbook`,
  scoreAboveMax: (p) =>
    p.deduction
      ? `deducts ${p.value} points, more than the most it may deduct, ${p.max}`
      : `the score ${p.value} is above the maximum of ${p.max}`,
  scoreNegative: (p) => `the score ${p.value} is negative: points cannot be negative`,
  maxMissing: () => "has a score but no maximum",
  maxNegative: (p) => `the maximum ${p.value} is negative`,
  rowsDepartmentMissing: () => "has points but no department name or code",
  tooManyReports: (p) =>
    `Got ${p.count} report cells, but there are only two reports: mid-period and end-of-period`,
  registrationCells: (p) =>
    `The registration takes one cell (registered and signed the pact) or two (registered; signed), but got ${p.count} cells`,
};
