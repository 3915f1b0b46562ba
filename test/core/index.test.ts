import * as core from "../../src/core";

describe("the core's public API", () => {
  it.each([
    "pointsFromNumber",
    "numberFromPoints",
    "sumPoints",
    "formatPoints",
    "ZERO",
    "parseScore",
    "parseYesNo",
    "parseDate",
    "parseUnitType",
    "parseDiscipline",
    "parseCriterionKind",
    "criteriaTable",
    "tableTotal",
    "DEFAULT_ALLOCATION",
    "allocationTableFrom",
    "allocationFor",
    "departmentPointsFor",
    "DEFAULT_BANDS",
    "classify",
    "bandsFrom",
    "rankingFromTotals",
    "awardsForCluster",
    "DEFAULT_VOTE_RULE",
    "DEFAULT_QUOTA",
    "eligibilityOf",
    "addWorkingDays",
    "holidaySet",
    "vietnamPublicHolidays",
    "summarizeBlock",
    "PRESETS",
    "presetById",
    "PROBLEM_CODES",
    "normalizeKey",
  ])("exports %s", (name) => {
    expect(core).toHaveProperty(name);
    expect((core as Record<string, unknown>)[name]).toBeDefined();
  });

  it("summarizes a preset's block end to end through the index", () => {
    const preset = core.presetById("bien-gioi-phia-bac")!;
    const period = preset.periodFor(2015);
    const summary = core.summarizeBlock({
      name: preset.name,
      period,
      config: preset.config,
      clusters: preset.clusters,
      criteria: preset.criteria.map((c) => ({
        code: { value: c.code },
        text: c.text,
        max: { value: c.max },
        kind: c.kind,
      })),
      units: preset.members.map((m) => ({
        code: { value: m.name },
        name: { value: m.name },
        cluster: { value: m.cluster },
        type: { value: "trực tiếp" },
        registered: { value: "Có" },
        pactSigned: { value: "Có" },
        midReportDate: { value: "10/06/2015" },
        endReportDate: { value: "20/12/2015" },
        leaderDiscipline: { value: null },
      })),
      scores: [],
      departments: [],
      departmentPoints: [],
      deadlines: preset.deadlinesFor(2015),
      holidays: preset.holidaysFor(period),
      votes: [],
    });
    // Nothing scored yet: each unit is named as having no score, and the cluster is not ranked.
    expect(summary.blocked).toBe(true);
    expect(summary.clusters[0]?.units.map((u) => [u.complete, u.noScores])).toEqual([
      [false, true],
      [false, true],
    ]);
    expect(summary.clusters[0]?.provisional).toBe(true);
    expect(summary.problems.map((p) => p.code)).toEqual([
      "UNIT_NO_SCORES",
      "UNIT_NO_SCORES",
      "CLUSTER_NO_SCORES",
    ]);
  });
});
