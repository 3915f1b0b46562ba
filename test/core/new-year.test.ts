import { pointsFromNumber } from "../../src/core/decimal";
import type { ClusterResult, UnitResult } from "../../src/core/model";
import { clusterCode, unitCode } from "../../src/core/model";
import {
  codeMappingFrom,
  dateNextYear,
  deadlinesNextYear,
  historyForward,
  holidaysForNewYear,
  nextPeriod,
  officersForNewYear,
  unitsForNewYear,
  type CodeMappingRow,
  type YearUnit,
} from "../../src/core/new-year";

const cell = (row: number, col: number) => ({ sheet: "Đổi mã đơn vị", row, col });
const mapRow = (old: string, next: string, name = "", row = 3): CodeMappingRow => ({
  old: { value: old, at: cell(row, 0) },
  new: { value: next, at: cell(row, 1) },
  name: { value: name, at: cell(row, 2) },
});

const UNITS: YearUnit[] = [
  { code: "DV01", name: "LĐLĐ huyện Đăk Hà", type: "direct", cluster: "Cụm 1" },
  { code: "DV02", name: "LĐLĐ huyện Đăk Tô", type: "direct", cluster: "Cụm 1" },
  { code: "DV03", name: "LĐLĐ huyện Ngọc Hồi", type: "direct", cluster: "Cụm 1" },
  { code: "DV04", name: "LĐLĐ huyện Sa Thầy", type: "coordinating", cluster: "Cụm 1" },
  { code: "NH01", name: "CĐ Ngân hàng A", type: "direct", cluster: "Cụm các Ngân hàng" },
];

describe("nextPeriod", () => {
  it("moves a calendar year and its label on by one year", () => {
    const p = nextPeriod({
      label: "Năm 2025",
      kind: "calendar-year",
      start: { year: 2025, month: 1, day: 1 },
      end: { year: 2025, month: 12, day: 31 },
    });
    expect(p).toEqual({
      label: "Năm 2026",
      kind: "calendar-year",
      start: { year: 2026, month: 1, day: 1 },
      end: { year: 2026, month: 12, day: 31 },
    });
  });

  it("moves both years of a school year and leaves other numbers of the label alone", () => {
    const p = nextPeriod({
      label: "Năm học 2024 – 2025 (QĐ 1999)",
      kind: "school-year",
      start: { year: 2024, month: 9, day: 1 },
      end: { year: 2025, month: 8, day: 31 },
    });
    expect(p.label).toBe("Năm học 2025 – 2026 (QĐ 1999)");
    expect(p.start).toEqual({ year: 2025, month: 9, day: 1 });
    expect(p.end).toEqual({ year: 2026, month: 8, day: 31 });
  });

  it("turns 29 February into 28 February of a common year", () => {
    expect(dateNextYear({ year: 2024, month: 2, day: 29 })).toEqual({ year: 2025, month: 2, day: 28 });
  });

  it("moves every deadline a year on and keeps the working days before the meeting", () => {
    expect(
      deadlinesNextYear({
        pact: { year: 2024, month: 12, day: 15 },
        summaryMeeting: { year: 2025, month: 12, day: 25 },
        draftWorkingDaysBeforeMeeting: 10,
      }),
    ).toEqual({
      pact: { year: 2025, month: 12, day: 15 },
      summaryMeeting: { year: 2026, month: 12, day: 25 },
      draftWorkingDaysBeforeMeeting: 10,
    });
  });
});

describe("codeMappingFrom", () => {
  it("maps old codes to new and keeps the new names", () => {
    const { mapping, problems } = codeMappingFrom([mapRow("DV01", "QN01", "LĐLĐ xã Đăk Hà")], UNITS, []);
    expect(problems).toEqual([]);
    expect(mapping.to.get("dv01")).toBe("QN01");
    expect(mapping.names.get("qn01")).toBe("LĐLĐ xã Đăk Hà");
  });

  it("refuses an old code that is no unit and not in the history, naming its cell", () => {
    const { problems } = codeMappingFrom([mapRow("DV99", "QN99", "", 5)], UNITS, ["OLD7"]);
    expect(problems).toEqual([
      { code: "YEAR_MAP_OLD_UNKNOWN", severity: "error", params: { old: "DV99" }, at: cell(5, 0) },
    ]);
    expect(codeMappingFrom([mapRow("OLD7", "DV01")], UNITS, ["OLD7"]).problems).toEqual([]);
  });

  it("refuses a row with only one of the two codes", () => {
    const { problems } = codeMappingFrom([mapRow("DV01", "", "", 4), mapRow("", "QN02", "", 6)], UNITS, []);
    expect(problems.map((p) => [p.code, p.at])).toEqual([
      ["YEAR_MAP_INCOMPLETE", cell(4, 1)],
      ["YEAR_MAP_INCOMPLETE", cell(6, 0)],
    ]);
  });

  it("refuses one old code mapped to two new codes, and accepts the same row twice", () => {
    expect(codeMappingFrom([mapRow("DV01", "A"), mapRow("DV01", "B", "", 4)], UNITS, []).problems).toEqual([
      {
        code: "YEAR_MAP_OLD_TWICE",
        severity: "error",
        params: { old: "DV01", first: "A", second: "B" },
        at: cell(4, 1),
      },
    ]);
    expect(codeMappingFrom([mapRow("DV01", "A"), mapRow("dv01", "a")], UNITS, []).problems).toEqual([]);
  });

  it("refuses a chain of codes (A → B, B → C)", () => {
    const { problems } = codeMappingFrom([mapRow("DV01", "DV02"), mapRow("DV02", "DV03")], UNITS, []);
    expect(problems.map((p) => p.code)).toEqual(["YEAR_MAP_CHAIN"]);
    expect(problems[0]?.params).toEqual({ code: "DV02", next: "DV03" });
  });

  it("skips rows left empty", () => {
    expect(codeMappingFrom([mapRow("", "")], UNITS, []).problems).toEqual([]);
  });
});

describe("unitsForNewYear", () => {
  it("renames a unit and merges two units into the one that stays, keeping its name and place", () => {
    const { mapping } = codeMappingFrom(
      [mapRow("DV01", "QN01", "LĐLĐ xã Đăk Hà"), mapRow("DV03", "DV02")],
      UNITS,
      [],
    );
    const { units, problems } = unitsForNewYear(UNITS, mapping);
    expect(problems).toEqual([]);
    expect(units.map((u) => [u.code, u.name])).toEqual([
      ["QN01", "LĐLĐ xã Đăk Hà"],
      ["DV02", "LĐLĐ huyện Đăk Tô"],
      ["DV04", "LĐLĐ huyện Sa Thầy"],
      ["NH01", "CĐ Ngân hàng A"],
    ]);
  });

  it("refuses merging units of different clusters or of different types", () => {
    const clusters = codeMappingFrom([mapRow("NH01", "DV01")], UNITS, []).mapping;
    expect(unitsForNewYear(UNITS, clusters).problems.map((p) => p.code)).toEqual(["YEAR_MAP_MERGE_CLUSTERS"]);
    const types = codeMappingFrom([mapRow("DV04", "DV01")], UNITS, []).mapping;
    expect(unitsForNewYear(UNITS, types).problems.map((p) => p.code)).toEqual(["YEAR_MAP_MERGE_TYPES"]);
  });
});

describe("officersForNewYear", () => {
  const officers = (deputy: string) => [
    {
      cluster: "Cụm 1",
      head: { value: "DV01" },
      deputy: { value: deputy, at: { sheet: "Cấu hình", row: 29, col: 5 } },
    },
  ];
  const none = codeMappingFrom([], UNITS, []).mapping;

  it("makes last year's deputy the head and the chosen unit the deputy (seed 001 §II.1)", () => {
    const r = officersForNewYear(officers("DV02"), UNITS, UNITS, none, "DV03");
    expect(r).toEqual({ officers: [{ cluster: "Cụm 1", head: "DV02", deputy: "DV03" }], problems: [] });
  });

  it("finds last year's deputy by name and follows its new code", () => {
    const { mapping } = codeMappingFrom([mapRow("DV02", "QN02")], UNITS, []);
    const units = unitsForNewYear(UNITS, mapping).units;
    const r = officersForNewYear(officers("LĐLĐ huyện Đăk Tô"), UNITS, units, mapping, "LĐLĐ huyện Ngọc Hồi");
    expect(r.officers).toEqual([{ cluster: "Cụm 1", head: "QN02", deputy: "DV03" }]);
  });

  it("leaves the deputy to elect with a warning when none is chosen", () => {
    const r = officersForNewYear(officers("DV02"), UNITS, UNITS, none, undefined);
    expect(r.officers).toEqual([{ cluster: "Cụm 1", head: "DV02", deputy: "" }]);
    expect(r.problems).toEqual([
      { code: "YEAR_DEPUTY_TO_ELECT", severity: "warning", params: { cluster: "Cụm 1", head: "DV02" } },
    ]);
  });

  it("refuses when last year had no deputy, naming the cell to fill", () => {
    const r = officersForNewYear(officers(""), UNITS, UNITS, none, "DV03");
    expect(r.problems[0]).toEqual({
      code: "YEAR_NO_DEPUTY",
      severity: "error",
      params: { cluster: "Cụm 1" },
      at: { sheet: "Cấu hình", row: 29, col: 5 },
    });
  });

  it("refuses an unknown deputy, last year's or the new one, and the head as deputy", () => {
    expect(
      officersForNewYear(officers("DV77"), UNITS, UNITS, none, "DV03").problems.map((p) => p.code),
    ).toEqual(["YEAR_OFFICER_UNKNOWN"]);
    expect(
      officersForNewYear(officers("DV02"), UNITS, UNITS, none, "DV88").problems.map((p) => p.code),
    ).toEqual(["YEAR_DEPUTY_UNKNOWN", "YEAR_DEPUTY_TO_ELECT"]);
    expect(
      officersForNewYear(officers("DV02"), UNITS, UNITS, none, "dv02").problems.map((p) => p.code),
    ).toEqual(["YEAR_DEPUTY_IS_HEAD"]);
  });
});

describe("officersForNewYear in a block (one deputy per cluster)", () => {
  const none = codeMappingFrom([], UNITS, []).mapping;
  const BANKS: YearUnit[] = [
    ...UNITS,
    { code: "NH02", name: "CĐ Ngân hàng B", type: "direct", cluster: "Cụm các Ngân hàng" },
    { code: "NH03", name: "CĐ Ngân hàng C", type: "direct", cluster: "Cụm các Ngân hàng" },
  ];
  const last = [
    { cluster: "Cụm 1", head: { value: "DV01" }, deputy: { value: "DV02" } },
    { cluster: "Cụm các Ngân hàng", head: { value: "NH01" }, deputy: { value: "NH02" } },
  ];

  it("gives each cluster the deputy chosen among its own units", () => {
    const r = officersForNewYear(last, BANKS, BANKS, none, ["NH03", "DV03"]);
    expect(r.officers).toEqual([
      { cluster: "Cụm 1", head: "DV02", deputy: "DV03" },
      { cluster: "Cụm các Ngân hàng", head: "NH02", deputy: "NH03" },
    ]);
    expect(r.problems).toEqual([]);
  });

  it("leaves a cluster without units (a preset's other cluster) without officers, and says nothing of it", () => {
    const empty = [...last, { cluster: "Cụm trống", head: { value: "" }, deputy: { value: "" } }];
    const r = officersForNewYear(empty, BANKS, BANKS, none, ["DV03", "NH03"]);
    expect(r.officers[2]).toEqual({ cluster: "Cụm trống", head: "", deputy: "" });
    expect(r.problems).toEqual([]);
  });

  it("leaves a cluster with no chosen deputy to elect, and refuses two deputies for one cluster", () => {
    const one = officersForNewYear(last, BANKS, BANKS, none, ["DV03"]);
    expect(one.officers[1]).toEqual({ cluster: "Cụm các Ngân hàng", head: "NH02", deputy: "" });
    expect(one.problems.map((p) => p.code)).toEqual(["YEAR_DEPUTY_TO_ELECT"]);
    const two = officersForNewYear(last, BANKS, BANKS, none, ["DV03", "DV04"]);
    expect(two.problems[0]).toEqual({
      code: "YEAR_DEPUTY_TWICE",
      severity: "error",
      params: { cluster: "Cụm 1", first: "DV03", second: "DV04" },
    });
  });
});

describe("historyForward", () => {
  const result = (code: string, rank: number, award: UnitResult["award"]): UnitResult =>
    ({
      code: unitCode(code),
      name: `Đơn vị ${code}`,
      total: pointsFromNumber(90 - rank),
      rank,
      classification: "Hoàn thành xuất sắc nhiệm vụ",
      considered: rank !== 3,
      award,
    }) as unknown as UnitResult;
  const cluster = {
    cluster: { code: clusterCode("C1"), name: "Cụm 1", quota: { leading: 1, excellent: 1 } },
    units: [result("DV02", 2, "excellent"), result("DV01", 1, "leading"), result("DV03", 3, null)],
    ties: [],
    tieBreaks: [],
  } as ClusterResult;

  it("keeps every earlier row under today's code and adds last year's results in rank order", () => {
    const { mapping } = codeMappingFrom([mapRow("DV01", "QN01"), mapRow("OLD", "DV02")], UNITS, ["OLD"]);
    const earlier = {
      period: "Năm 2024",
      code: "OLD",
      codeThen: "OLD",
      name: "Cũ",
      cluster: "Cụm 1",
      total: null,
      rank: null,
      classification: "",
      award: null,
      excluded: false,
    };
    const rows = historyForward([earlier], [cluster], "Năm 2025", mapping);
    expect(rows.map((r) => [r.period, r.code, r.codeThen, r.rank, r.award, r.excluded])).toEqual([
      ["Năm 2024", "DV02", "OLD", null, null, false],
      ["Năm 2025", "QN01", "DV01", 1, "leading", false],
      ["Năm 2025", "DV02", "DV02", 2, "excellent", false],
      ["Năm 2025", "DV03", "DV03", 3, null, true],
    ]);
    expect(rows[1]?.total).toBe(pointsFromNumber(89));
  });
});

describe("holidaysForNewYear", () => {
  const d = (year: number, month: number, day: number) => ({ year, month, day });
  const last = [d(2025, 1, 1), d(2025, 4, 30), d(2025, 5, 1), d(2025, 9, 2)];
  const next = [d(2026, 1, 1), d(2026, 4, 30), d(2026, 5, 1), d(2026, 9, 2)];

  it("takes the new year's public holidays from the calendar and carries the days typed by hand a year on", () => {
    const typed = [
      ...last.map((date) => ({ date, name: "" })),
      { date: d(2025, 3, 24), name: "Ngày giải phóng tỉnh" },
    ];
    expect(holidaysForNewYear(typed, last, next)).toEqual([
      { date: d(2026, 1, 1), name: "" },
      { date: d(2026, 3, 24), name: "Ngày giải phóng tỉnh" },
      { date: d(2026, 4, 30), name: "" },
      { date: d(2026, 5, 1), name: "" },
      { date: d(2026, 9, 2), name: "" },
    ]);
  });

  it("drops last year's calendar days, lists a day once, and carries a typed day on 29 February to the 28th", () => {
    const typed = [
      { date: d(2024, 2, 29), name: "Nghỉ riêng" },
      { date: d(2025, 9, 1), name: "Nghỉ theo tỉnh" },
      { date: d(2025, 9, 1), name: "" },
    ];
    const out = holidaysForNewYear(typed, last, [d(2026, 9, 1), ...next]);
    expect(out.filter((h) => h.date.month === 9 && h.date.day === 1)).toEqual([
      { date: d(2026, 9, 1), name: "Nghỉ theo tỉnh" },
    ]);
    expect(out).toContainEqual({ date: d(2025, 2, 28), name: "Nghỉ riêng" });
    expect(out.some((h) => h.date.year === 2025 && h.date.month === 1)).toBe(false);
  });
});
