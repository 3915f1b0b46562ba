import { allocationTableFrom, allocationTotals, DEFAULT_ALLOCATION } from "../../src/core/allocation";
import { criteriaTable } from "../../src/core/criteria";
import type { CriterionRow, DepartmentRow } from "../../src/core/model";
import { PRESETS, presetById, type Preset } from "../../src/core/presets";

const criteriaRowsOf = (preset: Preset): CriterionRow[] =>
  preset.criteria.map((c) => ({
    code: { value: c.code },
    text: c.text,
    max: { value: c.max },
    kind: c.kind,
  }));

const departmentRowsOf = (preset: Preset): DepartmentRow[] =>
  preset.departments.map((d) => ({
    code: { value: d.code },
    name: d.name,
    direct: { value: d.direct },
    coordinating: { value: d.coordinating },
    isBonus: d.isBonus === true,
  }));

describe("PRESETS", () => {
  it("has one preset per system in the seeds", () => {
    expect(PRESETS.map((p) => p.id)).toEqual(["kon-tum", "thu-duc-1", "thanh-hoa-5", "bien-gioi-phia-bac"]);
    expect(presetById("thanh-hoa-5")?.name).toContain("Thanh Hóa");
    expect(presetById("ha-noi")).toBeUndefined();
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))(
    "%s: decides no tie by a chain of rules, since no seed states one (ties go to the vote)",
    (_, preset) => {
      expect(preset.config.tieBreak).toEqual([]);
    },
  );

  it.each(PRESETS.map((p) => [p.id, p] as const))(
    "%s: its criteria table is valid for its own configuration",
    (_, preset) => {
      const { table, problems } = criteriaTable(criteriaRowsOf(preset), preset.config);
      expect(problems).toEqual([]);
      expect(table.scoredMax).toBe(preset.config.selfScoreMax);
    },
  );

  it.each(PRESETS.map((p) => [p.id, p] as const))(
    "%s: its departments add up to the departments' share",
    (_, preset) => {
      const { table, problems } = allocationTableFrom(departmentRowsOf(preset));
      expect(problems).toEqual([]);
      const totals = allocationTotals(table);
      expect(totals.direct).toBe(preset.config.departmentsMax);
      expect(totals.coordinating).toBe(preset.config.departmentsMax);
    },
  );

  it.each(PRESETS.map((p) => [p.id, p] as const))(
    "%s: every cluster has a quota and unique code",
    (_, preset) => {
      const codes = preset.clusters.map((c) => c.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const cluster of preset.clusters) {
        expect(cluster.quota.leading).toBeGreaterThanOrEqual(1);
        expect(cluster.quota.excellent).toBeGreaterThanOrEqual(1);
      }
      for (const member of preset.members) expect(codes).toContain(member.cluster);
    },
  );
});

describe("Kon Tum", () => {
  const kontum = presetById("kon-tum")!;

  it("scores 90 on the table and 10 from the departments, with the seed's department table", () => {
    expect(kontum.config.selfScoreMax).toBe(9000);
    expect(kontum.config.departmentsMax).toBe(1000);
    const { table } = allocationTableFrom(departmentRowsOf(kontum));
    expect(table.entries.map((e) => [e.code, e.direct, e.coordinating, e.isBonus])).toEqual(
      DEFAULT_ALLOCATION.entries.map((e) => [e.code, e.direct, e.coordinating, e.isBonus]),
    );
  });

  it("gives the Banks cluster 1 leading and 2 excellent, the others 1 + 1", () => {
    const banks = kontum.clusters.find((c) => c.name === "Cụm các Ngân hàng");
    expect(banks?.quota).toEqual({ leading: 1, excellent: 2 });
    const others = kontum.clusters.filter((c) => c !== banks);
    expect(others.length).toBeGreaterThanOrEqual(5);
    for (const c of others) expect(c.quota).toEqual({ leading: 1, excellent: 1 });
  });

  it("holds the summary by 25/12, the draft 10 working days before, the pact by 15/12 of the year before", () => {
    expect(kontum.deadlinesFor(2024)).toEqual({
      pact: { year: 2023, month: 12, day: 15 },
      summaryMeeting: { year: 2024, month: 12, day: 25 },
      draftWorkingDaysBeforeMeeting: 10,
    });
  });
});

describe("Thủ Đức Cụm 1", () => {
  const thuDuc = presetById("thu-duc-1")!;

  it("runs on the calendar year with 100 points on the table and no departments", () => {
    expect(thuDuc.periodFor(2022)).toEqual({
      label: "Năm 2022",
      kind: "calendar-year",
      start: { year: 2022, month: 1, day: 1 },
      end: { year: 2022, month: 12, day: 31 },
    });
    expect(thuDuc.config.selfScoreMax).toBe(10000);
    expect(thuDuc.config.departmentsMax).toBe(0);
    expect(thuDuc.departments).toEqual([]);
  });

  it("wants the self-score report by 20/10 and the result at the federation by 01/11", () => {
    const d = thuDuc.deadlinesFor(2022);
    expect(d.endReport).toEqual({ year: 2022, month: 10, day: 20 });
    expect(d.resultsToFederation).toEqual({ year: 2022, month: 11, day: 1 });
  });
});

describe("Thanh Hóa Cụm số 5", () => {
  const thanhHoa = presetById("thanh-hoa-5")!;

  it("runs on the school year named by both years", () => {
    const period = thanhHoa.periodFor(2021);
    expect(period.label).toBe("Năm học 2021 – 2022");
    expect(period.kind).toBe("school-year");
    expect(period.start.year).toBe(2021);
    expect(period.end.year).toBe(2022);
  });

  it("wants the semester report by 10/12 and the year report by 31/5 of the next year", () => {
    const d = thanhHoa.deadlinesFor(2021);
    expect(d.midReport).toEqual({ year: 2021, month: 12, day: 10 });
    expect(d.endReport).toEqual({ year: 2022, month: 5, day: 31 });
  });

  it("gives the holidays of both calendar years the school year spans", () => {
    const holidays = thanhHoa.holidaysFor(thanhHoa.periodFor(2021));
    // Tết Nhâm Dần: mùng 1 was 01/02/2022; Quốc khánh 02/09/2021.
    expect(holidays).toContainEqual({ year: 2022, month: 2, day: 1 });
    expect(holidays).toContainEqual({ year: 2021, month: 9, day: 2 });
  });
});

describe("Biên giới phía Bắc", () => {
  const border = presetById("bien-gioi-phia-bac")!;

  it("has provincial federations as members", () => {
    expect(border.members.length).toBeGreaterThan(0);
    for (const m of border.members) expect(m.name).toMatch(/^LĐLĐ tỉnh /);
  });

  it("sends the proposal to the confederation by 30/3 of the next year", () => {
    expect(border.deadlinesFor(2015).resultsToFederation).toEqual({ year: 2016, month: 3, day: 30 });
    expect(border.parentBody).toBe("Tổng Liên đoàn Lao động Việt Nam");
  });
});
