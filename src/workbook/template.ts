/**
 * The cluster workbook's template as sheets to write: configuration, criteria, units, departments'
 * allocation and points, the votes sheet and one scoring sheet per unit — each written by its sheet's
 * module (sheets/). Pure: the use case picks the preset, the adapter writes the result.
 */
import type { SheetWrite } from "./port";
import { seededRandom } from "./sample-data";
import { SHEET } from "./sheet-names";
import { configSheet } from "./sheets/config";
import { criteriaSheet } from "./sheets/criteria";
import { departmentPointsSheet } from "./sheets/department-points";
import { departmentsSheet } from "./sheets/departments";
import { planSheet } from "./sheets/plan";
import { YES, type TemplateSource, type TemplateUnit } from "./sheets/table";
import { unitScoreSheet } from "./sheets/unit-scores";
import { sampleFacts, unitsSheet, type UnitFacts } from "./sheets/units";
import { submissionsSheet, type SubmissionRow } from "./sheets/submissions";
import { addDays } from "../core/calendar";
import { votesSheet } from "./sheets/votes";
import { EMPTY_MEETING, meetingSheet } from "./sheets/meeting";

export interface TemplateOptions {
  /** Fill scores, department points and facts with plausible values from this seed. */
  readonly sampleSeed?: number;
}

/**
 * Every sheet of a new cluster workbook, in order: configuration, criteria, units, departments'
 * allocation and points, votes, the deliberation meeting, the plan (when the source has one), then one
 * scoring sheet per unit.
 */
export function templateSheets(
  source: TemplateSource,
  units: readonly TemplateUnit[],
  options: TemplateOptions = {},
): SheetWrite[] {
  const random = options.sampleSeed === undefined ? null : seededRandom(options.sampleSeed);
  const facts = random ? units.map((_, i) => sampleFacts(source, i, units.length, random)) : null;
  // The sample's registration, pact and reports are entries of «Đăng ký và nộp», their one home;
  // the unit list keeps the discipline and leaves those four cells empty.
  const entries = facts ? sampleSubmissions(source, units, facts) : [];
  const listFacts = facts?.map((f) => ({
    ...f,
    registered: "",
    pactSigned: "",
    midReport: null,
    endReport: null,
  }));
  return [
    configSheet(random ? withSampleAwardBand(source) : source),
    criteriaSheet(source),
    unitsSheet(source, units, listFacts ?? null),
    departmentsSheet(source),
    departmentPointsSheet(source, units, random),
    votesSheet(SHEET.votes, []),
    meetingSheet(SHEET.meeting, EMPTY_MEETING),
    ...(source.plan ? [planSheet(source.plan)] : []),
    submissionsSheet(entries),
    ...units.map((u, i) => unitScoreSheet(source, u, i, random)),
  ];
}

/**
 * The sample facts as entries, unit by unit: registered a few days before the registration
 * deadline, the pact before its own, the reports on the days the facts give. A unit whose pact the
 * facts say «Không» has no pact entry.
 */
function sampleSubmissions(
  source: TemplateSource,
  units: readonly TemplateUnit[],
  facts: readonly UnitFacts[],
): SubmissionRow[] {
  const { deadlines, period } = source;
  const registrationDue = deadlines.registration ?? addDays(period.start, 60);
  const pactDue = deadlines.pact ?? addDays(period.start, 90);
  const rows: SubmissionRow[] = [];
  units.forEach((unit, i) => {
    const f = facts[i];
    if (!f) return;
    const base = { unit: unit.code, name: unit.name };
    if (f.registered === YES)
      rows.push({ ...base, item: "registration", on: addDays(registrationDue, -(3 + (i % 5))) });
    if (f.pactSigned === YES) rows.push({ ...base, item: "pact", on: addDays(pactDue, -(1 + (i % 4))) });
    if (f.midReport) rows.push({ ...base, item: "mid-report", on: f.midReport });
    if (f.endReport) rows.push({ ...base, item: "year-report", on: f.endReport });
  });
  return rows;
}

/**
 * The sample's scores put its leaders in the second band (85–89 of 100, «Hoàn thành tốt nhiệm vụ»),
 * so the sample cluster is one that agreed to propose that band: trying the product then shows
 * proposals, ties and the vote. A new workbook keeps the default, the top band.
 */
function withSampleAwardBand(source: TemplateSource): TemplateSource {
  const byTotal = [...source.config.bands].sort((a, b) => b.minTotal - a.minTotal);
  const second = byTotal[1]?.label;
  if (second === undefined || source.config.awardMinBand !== undefined) return source;
  return { ...source, config: { ...source.config, awardMinBand: { leading: second, excellent: second } } };
}
