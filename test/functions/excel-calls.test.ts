/**
 * Every THIDUA function called the way Excel calls it (test/support/custom-functions-host.ts, from
 * custom-functions-parameter-options.md and the runtime in @microsoft/office-js): one value per
 * declared parameter, a repeating parameter as ONE array, the invocation object appended last, and a
 * blank cell as null, "" or 0 depending on the host (office-js #4702, #1951, #5262). Each result is
 * held to the core's own answer for the same cells.
 */
import fc from "fast-check";
import {
  DEFAULT_ALLOCATION,
  allocationFor,
  allocationTableFrom,
  departmentPointsFor,
} from "../../src/core/allocation";
import { DEFAULT_QUOTA, DEFAULT_VOTE_RULE, awardsForCluster } from "../../src/core/awards";
import { DEFAULT_BANDS, bandsFrom, classify } from "../../src/core/classification";
import { numberFromPoints } from "../../src/core/decimal";
import { eligibilityOf } from "../../src/core/eligibility";
import type { CellValue, Points } from "../../src/core/model";
import { clusterCode, unitCode } from "../../src/core/model";
import { parseDiscipline, parseReportCell, parseScore, parseYesNo } from "../../src/core/numbers";
import { rankingFromTotals } from "../../src/core/ranking";
import { convertLegacyText } from "../../src/core/text/legacy";
import { tableTotal } from "../../src/core/totals";
import { functionTextFor } from "../../src/messages/functions";
import { functionValues } from "../../src/messages/vi/functions";
import {
  BLANK_HOSTS,
  cellRef,
  columnOf,
  literal,
  omitted,
  range,
  type Argument,
  type Cell,
  type CustomFunctionsHost,
  type Outcome,
} from "../support/custom-functions-host";
import { sourceHost } from "./support";

let host: CustomFunctionsHost;
beforeAll(async () => {
  host = await sourceHost();
});

const pointsOf = (n: number): Points => {
  const parsed = parseScore(n);
  if (parsed.kind !== "number") throw new Error(`not points: ${n}`);
  return parsed.points;
};

/** A spilled column as the cell shows it. */
const spilled = (values: readonly (string | number)[]): Outcome => ({ value: values.map((v) => [v]) });

describe.each(BLANK_HOSTS)("custom functions as Excel calls them, with $name", ({ blank }) => {
  const call = (name: string, ...args: Argument[]): Outcome => host.call(`THIDUA.${name}`, args, blank);

  describe("THIDUA.DUDIEUKIEN (repeating reports: one array, then the invocation object)", () => {
    it("says «Đủ điều kiện» for a unit with no exclusion, reports given as two cells", () => {
      expect(
        call("DUDIEUKIEN", cellRef(null), range([["Có", "Có"]]), cellRef("20/06/2024"), cellRef(45000)),
      ).toEqual({
        value: functionValues.eligible,
      });
    });

    it("gives the core's reasons, a blank discipline being none and a blank report not sent", () => {
      const core = eligibilityOf(
        {
          registered: true,
          pactSigned: false,
          midReport: { year: 2024, month: 6, day: 20 },
          endReport: null,
          discipline: "reprimand",
        },
        {},
        [],
      );
      expect(
        call(
          "DUDIEUKIEN",
          literal("Khiển trách"),
          range([["Có", "Không"]]),
          cellRef("20/06/2024"),
          cellRef(null),
        ),
      ).toEqual({ value: functionValues.reasons(core.exclusions) });
    });

    it("takes a single report cell for both reports, and refuses a call with none", () => {
      expect(call("DUDIEUKIEN", cellRef(null), cellRef("Có"), literal("Có"))).toEqual({
        value: functionValues.eligible,
      });
      expect(call("DUDIEUKIEN", cellRef(null), cellRef("Có"))).toEqual({
        error: "#VALUE!",
        message: functionTextFor("vi").reportsMissing(),
      });
    });

    it("agrees with the core for any discipline, registration and reports", () => {
      const disciplines: Cell[] = [null, "Không", "Khiển trách", "Cảnh cáo", "Cách chức"];
      const yesNo: Cell[] = [null, "Có", "Không", "x"];
      const reports: Cell[] = [null, "Có", "Không", "20/06/2024", 45000, "Đã gửi"];
      fc.assert(
        fc.property(
          fc.constantFrom(...disciplines),
          fc.array(fc.constantFrom(...yesNo), { minLength: 1, maxLength: 2 }),
          fc.array(fc.constantFrom(...reports), { minLength: 1, maxLength: 2 }),
          (discipline, registration, sent) => {
            const asCore = (cell: Cell): CellValue => cell;
            const level = parseDiscipline(asCore(discipline));
            const facts = registration.map((c) => parseYesNo(asCore(c)));
            const reportsSent = sent.map((c) => parseReportCell(asCore(c)));
            if (level === "invalid" || facts.includes("invalid") || reportsSent.includes("invalid")) return;
            const registered = (facts[0] ?? null) as boolean | null;
            const signed = facts.length === 2 ? (facts[1] as boolean | null) : registered;
            const mid = reportsSent[0] ?? null;
            const end = reportsSent[reportsSent.length - 1] ?? null;
            if (mid === "invalid" || end === "invalid") return;
            const core = eligibilityOf(
              { registered, pactSigned: signed, midReport: mid, endReport: end, discipline: level },
              {},
              [],
            );
            const expected = core.considered
              ? functionValues.eligible
              : functionValues.reasons(core.exclusions);
            expect(
              call("DUDIEUKIEN", cellRef(discipline), range([registration]), ...sent.map((c) => cellRef(c))),
            ).toEqual({
              value: expected,
            });
          },
        ),
        { numRuns: 200 },
      );
    });
  });

  describe("THIDUA.XEPHANG", () => {
    it("leaves blank rows blank and ranks the rest as the core does", () => {
      const totals: (number | null)[] = [90, null, 80, null, 80, 70];
      const ranks = rankingFromTotals(totals.map((t) => (t === null ? null : pointsOf(t))));
      expect(call("XEPHANG", columnOf(...totals))).toEqual(spilled(ranks.map((r) => r ?? "")));
      expect(call("XEPHANG", columnOf(...totals))).toEqual(spilled([1, "", 2, "", 2, 4]));
    });

    it("counts a blank «xét thi đua» cell as considered", () => {
      expect(call("XEPHANG", columnOf(90, 85, 95), columnOf(null, "Không", null))).toEqual(
        spilled([2, "", 1]),
      );
    });

    it("agrees with the core on any column of totals, blanks and «xét thi đua» flags", () => {
      const total = fc.oneof(
        fc.constant(null),
        fc.integer({ min: 1, max: 10000 }).map((n) => n / 100),
      );
      fc.assert(
        fc.property(
          fc.array(fc.tuple(total, fc.constantFrom<Cell>(null, "Có", "Không", "x")), {
            minLength: 1,
            maxLength: 30,
          }),
          (rows) => {
            const totals = rows.map(([t]) => t);
            const considered = rows.map(([, c]) => c);
            const points = rows.map(([t, c]) => (t === null || parseYesNo(c) === false ? null : pointsOf(t)));
            const expected = rankingFromTotals(points).map((r) => r ?? "");
            expect(call("XEPHANG", columnOf(...totals), columnOf(...considered))).toEqual(spilled(expected));
          },
        ),
        { numRuns: 150 },
      );
    });

    it("ranks one cell within a column (RANK.EQ's form) and leaves a blank cell blank", () => {
      const column = columnOf(90, null, 85.5, 90);
      expect(call("XEPHANG", cellRef(85.5), column)).toEqual({ value: [[3]] });
      expect(call("XEPHANG", cellRef(null), column)).toEqual({ value: [[""]] });
    });
  });

  describe("THIDUA.XEPLOAI", () => {
    it("classifies a total as the core does and leaves a blank total blank", () => {
      expect(call("XEPLOAI", cellRef(88.5))).toEqual({ value: classify(pointsOf(88.5), DEFAULT_BANDS) });
      expect(call("XEPLOAI", cellRef(null))).toEqual({ value: "" });
    });

    it("reads the workbook's bands, a blank row inside the selection skipped", () => {
      const rows: Cell[][] = [
        ["Xếp loại", "Điểm từ"],
        ["Tốt", 70],
        [null, null],
        ["Khá", 50],
        ["Yếu", 0],
      ];
      const { bands } = bandsFrom([
        { label: "Tốt", min: 70 },
        { label: "Khá", min: 50 },
        { label: "Yếu", min: 0 },
      ]);
      expect(call("XEPLOAI", cellRef(60), range(rows))).toEqual({ value: classify(pointsOf(60), bands) });
      expect(call("XEPLOAI", cellRef(60), range(rows))).toEqual({ value: "Khá" });
    });
  });

  describe("THIDUA.TONGDIEM", () => {
    it("skips blank rows, reads blank kinds as scored criteria, totals as the core does", () => {
      const scores: Cell[] = [8.5, null, 9, 1, null, "-0,5"];
      const maxima: Cell[] = [10, null, 10, 2, 5, 1];
      const kinds: Cell[] = [null, null, "Chấm điểm", "Điểm thưởng", null, "Điểm trừ"];
      const core = tableTotal([
        { score: 8.5, max: 10, kind: "scored" },
        { score: 9, max: 10, kind: "scored" },
        { score: 1, max: 2, kind: "bonus" },
        { score: null, max: 5, kind: "scored" },
        { score: "-0,5", max: 1, kind: "deduction" },
      ]);
      if (!core.ok) throw new Error("test data");
      expect(call("TONGDIEM", columnOf(...scores), columnOf(...maxima), columnOf(...kinds))).toEqual({
        value: numberFromPoints(core.total),
      });
      expect(numberFromPoints(core.total)).toBe(18);
    });
  });

  describe("THIDUA.PHANBO", () => {
    it("gives the allocation, leaves a blank department blank, and asks for a blank unit type", () => {
      expect(call("PHANBO", literal("Ban CSPL"), cellRef("phối hợp"))).toEqual({
        value: numberFromPoints(allocationFor(DEFAULT_ALLOCATION, "CSPL", "coordinating")!),
      });
      expect(call("PHANBO", cellRef(null), literal("trực tiếp"))).toEqual({ value: "" });
      expect(call("PHANBO", literal("TC"), cellRef(null))).toEqual({
        error: "#VALUE!",
        message: functionTextFor("vi").unitTypeMissing(),
      });
    });

    it("reads the workbook's table, its heading and a blank row skipped", () => {
      const table: Cell[][] = [
        ["Ban", "Trực tiếp", "Phối hợp"],
        ["Ban A", 2, "2,5"],
        [null, null, null],
        ["Ban B", 3, 1],
      ];
      const core = allocationTableFrom([
        { code: { value: "Ban A" }, name: "", direct: { value: 2 }, coordinating: { value: "2,5" } },
        { code: { value: "Ban B" }, name: "", direct: { value: 3 }, coordinating: { value: 1 } },
      ]).table;
      expect(call("PHANBO", literal("Ban A"), literal("phối hợp"), range(table))).toEqual({
        value: numberFromPoints(allocationFor(core, "Ban A", "coordinating")!),
      });
    });
  });

  describe("THIDUA.DIEMBAN", () => {
    it("sums the departments' points as the core does, skipping blank rows", () => {
      const core = departmentPointsFor(
        DEFAULT_ALLOCATION,
        [
          { department: "TC", points: 1 },
          { department: "Ban CSPL", points: "1,5" },
          { department: "TT", points: 3 },
        ],
        "coordinating",
      );
      expect(
        call(
          "DIEMBAN",
          columnOf(1, "1,5", null, 3, null),
          columnOf("TC", "Ban CSPL", null, "TT", null),
          cellRef("phối hợp"),
        ),
      ).toEqual({ value: numberFromPoints(core.points) });
    });
  });

  describe("THIDUA.DENGHI (repeating tie-break columns)", () => {
    function coreLabels(totals: (number | null)[], tieBreak: number[][]): Outcome {
      const candidates = totals.flatMap((total, i) =>
        total === null
          ? []
          : [
              {
                unit: unitCode(String(i)),
                total: pointsOf(total),
                considered: true,
                complete: true,
                votes: null,
                tieBreak: (tieBreak[i] ?? []).map(pointsOf),
              },
            ],
      );
      const outcome = awardsForCluster(
        { code: clusterCode("C"), name: "", quota: DEFAULT_QUOTA },
        candidates,
        DEFAULT_VOTE_RULE,
        candidates.length,
      );
      const voting = new Set(outcome.ties.filter((t) => !t.settled).flatMap((t) => t.units));
      return spilled(
        totals.map((total, i) => {
          if (total === null) return "";
          const award = outcome.awards.get(unitCode(String(i)));
          return award !== undefined
            ? functionValues.awards[award]
            : voting.has(unitCode(String(i)))
              ? "Bỏ phiếu"
              : "";
        }),
      );
    }

    it("proposes as the core does: blank rows and blank «xét thi đua» cells, quotas left out, one tie-break column", () => {
      const totals = [95, null, 90.5, 90.5, 85];
      const appraised = [85, null, 85, 84.5, 80];
      const outcome = call(
        "DENGHI",
        columnOf(...totals),
        columnOf(null, null, null, null, null),
        omitted,
        omitted,
        omitted,
        columnOf(...appraised),
      );
      expect(outcome).toEqual(
        coreLabels(
          totals,
          appraised.map((a) => (a === null ? [] : [a])),
        ),
      );
      expect(outcome).toEqual(spilled(["Dẫn đầu", "", "Xuất sắc", "", ""]));
    });

    it("reads several tie-break columns as one repeated argument", () => {
      expect(
        call(
          "DENGHI",
          columnOf(95, 90.5, 90.5, 85),
          columnOf(null, null, null, null),
          literal(1),
          literal(1),
          omitted,
          columnOf(85, 84, 84, 80),
          columnOf(30, 28, 29, 25),
        ),
      ).toEqual(spilled(["Dẫn đầu", "", "Xuất sắc", ""]));
    });
  });

  describe("THIDUA.DOCSO and THIDUA.CHUYENMA", () => {
    it("reads a typed number, and gives a blank cell back blank (or the 0 the host passed)", () => {
      expect(call("DOCSO", cellRef("8,5"))).toEqual({ value: 8.5 });
      expect(call("DOCSO", cellRef(null))).toEqual({ value: blank === 0 ? 0 : "" });
    });

    it("converts legacy text as the core does and leaves a blank cell blank", () => {
      expect(call("CHUYENMA", cellRef("C«ng ®oµn"), literal(".VnTime"))).toEqual({
        value: convertLegacyText("C«ng ®oµn", { font: ".VnTime" }).text,
      });
      expect(call("CHUYENMA", cellRef(null))).toEqual({ value: "" });
    });
  });
});

describe("the calling convention itself", () => {
  it("passes one value per declared parameter, null for the ones left out, and the invocation object last", () => {
    const seen: unknown[][] = [];
    const meta = host.metadataOf("THIDUA.XEPLOAI")!;
    const spy = new (host.constructor as new (m: typeof host.metadata, ns: string) => CustomFunctionsHost)(
      [meta],
      "THIDUA",
    );
    spy.associate(meta.id, (...args: unknown[]) => {
      seen.push(args);
      return "";
    });
    spy.call("THIDUA.XEPLOAI", [cellRef(null)], 0, "Bảng!C5");
    expect(seen).toEqual([[0, null, { functionName: "XEPLOAI", address: "Bảng!C5" }]]);
  });
});
