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
import type { TemplateSource, TemplateUnit } from "./sheets/table";
import { unitScoreSheet } from "./sheets/unit-scores";
import { sampleFacts, unitsSheet } from "./sheets/units";
import { votesSheet } from "./sheets/votes";
import { submissionsSheet } from "./sheets/submissions";
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
  return [
    configSheet(random ? withSampleAwardBand(source) : source),
    criteriaSheet(source),
    unitsSheet(source, units, facts),
    departmentsSheet(source),
    departmentPointsSheet(source, units, random),
    votesSheet(SHEET.votes, []),
    meetingSheet(SHEET.meeting, EMPTY_MEETING),
    ...(source.plan ? [planSheet(source.plan)] : []),
    // Empty: the sample's facts stay in «Đơn vị», where the pane's unit entry writes them (a unit's
    // item with a row here is read from here instead: sheets/submissions.ts).
    submissionsSheet([]),
    ...units.map((u, i) => unitScoreSheet(source, u, i, random)),
  ];
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
