import type { AwardCandidate } from "../../src/core/awards";
import {
  DEFAULT_QUOTA,
  DEFAULT_VOTE_RULE,
  awardsForCluster,
  tieBreakValue,
  votesNeeded,
} from "../../src/core/awards";
import { PRESETS, presetById } from "../../src/core/presets";
import type {
  ClusterCode,
  ClusterDefinition,
  Points,
  TieBreakKey,
  UnitCode,
  VoteRule,
} from "../../src/core/model";

const pts = (value: number): Points => Math.round(value * 100) as Points;
const unit = (code: string): UnitCode => code as UnitCode;

/** Cụm các Ngân hàng (Kon Tum): 1 leading + 2 excellent. */
const banks: ClusterDefinition = {
  code: "NGAN-HANG" as ClusterCode,
  name: "Cụm các Ngân hàng",
  quota: { leading: 1, excellent: 2 },
};
/** Cụm LĐLĐ huyện, thành phố số 1: 1 leading + 1 excellent. */
const districts: ClusterDefinition = {
  code: "LDLD-HUYEN-1" as ClusterCode,
  name: "Cụm LĐLĐ các huyện, thành phố số 1",
  quota: { leading: 1, excellent: 1 },
};
const majority: VoteRule = { passShare: 0.5 };

// Unit codes stand for the member unions named beside them.
const AGRIBANK = "CD-AGRIBANK"; // Công đoàn Ngân hàng Nông nghiệp chi nhánh Kon Tum
const VIETCOMBANK = "CD-VCB"; // Công đoàn Vietcombank Kon Tum
const BIDV = "CD-BIDV"; // Công đoàn BIDV chi nhánh Kon Tum
const VIETINBANK = "CD-VIETINBANK"; // Công đoàn VietinBank Kon Tum
const NHCSXH = "CD-NHCSXH"; // Công đoàn Ngân hàng Chính sách xã hội tỉnh Kon Tum
const DAK_HA = "LDLD-DAKHA"; // LĐLĐ huyện Đắk Hà
const DAK_TO = "LDLD-DAKTO"; // LĐLĐ huyện Đắk Tô
const NGOC_HOI = "LDLD-NGOCHOI"; // LĐLĐ huyện Ngọc Hồi
const KON_RAY = "LDLD-KONRAY"; // LĐLĐ huyện Kon Rẫy

const candidate = (code: string, total: number, extra: Partial<AwardCandidate> = {}): AwardCandidate => ({
  unit: unit(code),
  total: pts(total),
  considered: true,
  complete: true,
  ...extra,
});

const awardOf = (outcome: ReturnType<typeof awardsForCluster>, code: string) =>
  outcome.awards.get(unit(code)) ?? null;

describe("awardsForCluster: quotas", () => {
  it("gives the leading place to the highest total and the excellent place to the next (1 + 1)", () => {
    const outcome = awardsForCluster(
      districts,
      [candidate(DAK_HA, 88.5), candidate(DAK_TO, 91.25), candidate(NGOC_HOI, 86), candidate(KON_RAY, 79)],
      majority,
      4,
    );
    expect(awardOf(outcome, DAK_TO)).toBe("leading");
    expect(awardOf(outcome, DAK_HA)).toBe("excellent");
    expect(awardOf(outcome, NGOC_HOI)).toBeNull();
    expect(outcome.awards.size).toBe(2);
    expect(outcome.ties).toEqual([]);
    expect(outcome.open).toEqual({ leading: 0, excellent: 0 });
  });

  it("gives the Banks cluster one leading and two excellent units (1 + 2)", () => {
    const outcome = awardsForCluster(
      banks,
      [
        candidate(AGRIBANK, 95),
        candidate(VIETCOMBANK, 93.5),
        candidate(BIDV, 92),
        candidate(VIETINBANK, 91.75),
        candidate(NHCSXH, 90),
      ],
      majority,
      5,
    );
    expect([...outcome.awards.entries()]).toEqual([
      [AGRIBANK, "leading"],
      [VIETCOMBANK, "excellent"],
      [BIDV, "excellent"],
    ]);
  });

  it("fills only the places it has candidates for", () => {
    const outcome = awardsForCluster(banks, [candidate(BIDV, 80), candidate(NHCSXH, 70)], majority, 6);
    expect(awardOf(outcome, BIDV)).toBe("leading");
    expect(awardOf(outcome, NHCSXH)).toBe("excellent");
    expect(outcome.open).toEqual({ leading: 0, excellent: 0 });
    expect(awardsForCluster(banks, [], majority, 6).awards.size).toBe(0);
  });
});

describe("awardsForCluster: who may not be awarded", () => {
  it("skips an excluded unit however high its total, and the next unit moves up", () => {
    const outcome = awardsForCluster(
      districts,
      [candidate(DAK_HA, 97, { considered: false }), candidate(DAK_TO, 90), candidate(NGOC_HOI, 85)],
      majority,
      3,
    );
    expect(awardOf(outcome, DAK_HA)).toBeNull();
    expect(awardOf(outcome, DAK_TO)).toBe("leading");
    expect(awardOf(outcome, NGOC_HOI)).toBe("excellent");
  });

  it("skips a unit whose scoring is incomplete", () => {
    const outcome = awardsForCluster(
      districts,
      [candidate(DAK_HA, 97, { complete: false }), candidate(DAK_TO, 90), candidate(NGOC_HOI, 85)],
      majority,
      3,
    );
    expect(awardOf(outcome, DAK_HA)).toBeNull();
    expect(awardOf(outcome, DAK_TO)).toBe("leading");
  });

  it("keeps an excluded unit out of a tie even when it has the most votes", () => {
    const outcome = awardsForCluster(
      districts,
      [
        candidate(DAK_HA, 95),
        candidate(DAK_TO, 90, { votes: 4 }),
        candidate(NGOC_HOI, 90, { votes: 1 }),
        candidate(KON_RAY, 90, { considered: false, votes: 5 }),
      ],
      majority,
      5,
    );
    expect(awardOf(outcome, KON_RAY)).toBeNull();
    expect(awardOf(outcome, DAK_TO)).toBe("excellent");
    expect(outcome.ties[0]!.units).toEqual([DAK_TO, NGOC_HOI]);
  });
});

describe("awardsForCluster: ties inside the quota", () => {
  it("gives every unit of a tie that fits inside the places the award, with no tie flagged", () => {
    const outcome = awardsForCluster(
      banks,
      [candidate(AGRIBANK, 95), candidate(VIETCOMBANK, 92), candidate(BIDV, 92), candidate(VIETINBANK, 88)],
      majority,
      4,
    );
    expect(awardOf(outcome, VIETCOMBANK)).toBe("excellent");
    expect(awardOf(outcome, BIDV)).toBe("excellent");
    expect(awardOf(outcome, VIETINBANK)).toBeNull();
    expect(outcome.ties).toEqual([]);
  });

  it("gives two units tied for two leading places both the leading award", () => {
    const twoLeading = { ...districts, quota: { leading: 2, excellent: 1 } };
    const outcome = awardsForCluster(
      twoLeading,
      [candidate(DAK_HA, 90), candidate(DAK_TO, 90), candidate(NGOC_HOI, 85)],
      majority,
      3,
    );
    expect(awardOf(outcome, DAK_HA)).toBe("leading");
    expect(awardOf(outcome, DAK_TO)).toBe("leading");
    expect(awardOf(outcome, NGOC_HOI)).toBe("excellent");
    expect(outcome.ties).toEqual([]);
  });
});

describe("awardsForCluster: the tie-break chain", () => {
  it("lets the higher tie-break value win before any tie is declared", () => {
    // Equal totals; the appraised totals (first link of the chain) differ.
    const outcome = awardsForCluster(
      districts,
      [
        candidate(DAK_HA, 95),
        candidate(DAK_TO, 90, { tieBreak: [pts(80), pts(40)] }),
        candidate(NGOC_HOI, 90, { tieBreak: [pts(81), pts(38)] }),
      ],
      majority,
      3,
    );
    expect(awardOf(outcome, NGOC_HOI)).toBe("excellent");
    expect(awardOf(outcome, DAK_TO)).toBeNull();
    expect(outcome.ties).toEqual([]);
  });

  it("goes down the chain while the values are equal", () => {
    const outcome = awardsForCluster(
      districts,
      [
        candidate(DAK_HA, 95),
        candidate(DAK_TO, 90, { tieBreak: [pts(80), pts(40), pts(-1)] }),
        candidate(NGOC_HOI, 90, { tieBreak: [pts(80), pts(40), pts(-0.5)] }), // fewer deductions
      ],
      majority,
      3,
    );
    expect(awardOf(outcome, NGOC_HOI)).toBe("excellent");
    expect(outcome.ties).toEqual([]);
  });

  it("declares a tie when the whole chain is equal", () => {
    const outcome = awardsForCluster(
      districts,
      [
        candidate(DAK_HA, 95),
        candidate(DAK_TO, 90, { tieBreak: [pts(80), pts(40)] }),
        candidate(NGOC_HOI, 90, { tieBreak: [pts(80), pts(40)] }),
      ],
      majority,
      3,
    );
    expect(outcome.ties).toHaveLength(1);
    expect(outcome.ties[0]!.units).toEqual([DAK_TO, NGOC_HOI]);
  });

  it("compares only the links of the chain every tied unit has", () => {
    const outcome = awardsForCluster(
      districts,
      [
        candidate(DAK_HA, 95),
        candidate(DAK_TO, 90, { tieBreak: [pts(80)] }),
        candidate(NGOC_HOI, 90, { tieBreak: [pts(80), pts(99)] }),
      ],
      majority,
      3,
    );
    expect(outcome.ties).toHaveLength(1);
  });
});

describe("awardsForCluster: decisions of the tie-break chain at a quota boundary", () => {
  const CHAIN: readonly TieBreakKey[] = ["appraisedTotal", "mainSection", "fewerDeductions"];
  /** A unit's chain as summarizeBlock builds it: appraised table, main section, deductions. */
  const chain = (table: number, main: number, deductions: number): number[] => [
    tieBreakValue("appraisedTotal", pts(table)),
    tieBreakValue("mainSection", pts(main)),
    tieBreakValue("fewerDeductions", pts(deductions)),
  ];
  const decide = (cluster: ClusterDefinition, candidates: AwardCandidate[]) =>
    awardsForCluster(cluster, candidates, majority, candidates.length, CHAIN);
  /** Three units at 96: Đắk Hà ahead on the appraised table, Đắk Tô ahead of Ngọc Hồi on section I. */
  const threeAt96 = [
    candidate(DAK_HA, 96, { tieBreak: chain(86, 20, 0) }),
    candidate(DAK_TO, 96, { tieBreak: chain(85, 30, 0) }),
    candidate(NGOC_HOI, 96, { tieBreak: chain(85, 29, 0) }),
  ];

  it("says which rule gave the excellent place to one of two equal totals, with both figures", () => {
    const outcome = decide(districts, [
      candidate(DAK_HA, 95, { tieBreak: chain(85, 28, 0) }),
      candidate(DAK_TO, 90.5, { tieBreak: chain(84.5, 28, 0) }),
      candidate(NGOC_HOI, 90.5, { tieBreak: chain(85, 27, 0) }),
    ]);
    expect(awardOf(outcome, NGOC_HOI)).toBe("excellent");
    expect(awardOf(outcome, DAK_TO)).toBeNull();
    expect(outcome.ties).toEqual([]);
    expect(outcome.tieBreaks).toEqual([
      {
        cluster: districts.code,
        award: "excellent",
        units: [NGOC_HOI, DAK_TO],
        ahead: 1,
        total: pts(90.5),
        decidedBy: "appraisedTotal",
        values: [pts(85), pts(84.5)],
      },
    ]);
  });

  it("names the first rule that differs, and gives deductions as the points deducted", () => {
    const outcome = decide(districts, [
      candidate(DAK_HA, 95),
      candidate(DAK_TO, 90, { tieBreak: chain(80, 40, 1) }),
      candidate(NGOC_HOI, 90, { tieBreak: chain(80, 40, 0.5) }),
    ]);
    expect(outcome.tieBreaks).toEqual([
      expect.objectContaining({
        award: "excellent",
        units: [NGOC_HOI, DAK_TO],
        decidedBy: "fewerDeductions",
        values: [pts(0.5), pts(1)],
      }),
    ]);
  });

  it("records the leading and the excellent boundary when three equal totals are told apart", () => {
    const outcome = decide(districts, threeAt96);
    expect([awardOf(outcome, DAK_HA), awardOf(outcome, DAK_TO), awardOf(outcome, NGOC_HOI)]).toEqual([
      "leading",
      "excellent",
      null,
    ]);
    expect(outcome.tieBreaks.map((d) => [d.award, d.units, d.ahead, d.decidedBy, d.values])).toEqual([
      ["leading", [DAK_HA, DAK_TO, NGOC_HOI], 1, "appraisedTotal", [pts(86), pts(85), pts(85)]],
      ["excellent", [DAK_TO, NGOC_HOI], 1, "mainSection", [pts(30), pts(29)]],
    ]);
  });

  it("reports the earlier rule too where it placed a unit above the pair a later rule split", () => {
    // Two excellent places: Đắk Hà is in by the appraised table, Đắk Tô beats Ngọc Hồi on section I.
    const outcome = decide({ ...districts, quota: { leading: 0, excellent: 2 } }, threeAt96);
    expect(outcome.tieBreaks.map((d) => [d.units, d.ahead, d.decidedBy])).toEqual([
      [[DAK_HA, DAK_TO, NGOC_HOI], 1, "appraisedTotal"],
      [[DAK_TO, NGOC_HOI], 1, "mainSection"],
    ]);
  });

  it("reports the rule that kept a third unit out of a vote between two", () => {
    const outcome = decide(districts, [
      candidate(DAK_HA, 96, { tieBreak: chain(85, 30, 0) }),
      candidate(DAK_TO, 96, { tieBreak: chain(85, 30, 0) }),
      candidate(NGOC_HOI, 96, { tieBreak: chain(84, 31, 0) }),
    ]);
    expect(outcome.ties.map((t) => [t.award, t.units, t.settled])).toEqual([
      ["leading", [DAK_HA, DAK_TO], false],
      ["excellent", [DAK_HA, DAK_TO], false],
    ]);
    expect(outcome.tieBreaks).toEqual([
      expect.objectContaining({
        units: [DAK_HA, DAK_TO, NGOC_HOI],
        ahead: 2,
        decidedBy: "appraisedTotal",
        values: [pts(85), pts(85), pts(84)],
      }),
    ]);
  });

  it("records nothing where the tied units all fit inside the award's places", () => {
    const outcome = decide(banks, [
      candidate(AGRIBANK, 95),
      candidate(VIETCOMBANK, 92, { tieBreak: chain(82, 30, 0) }),
      candidate(BIDV, 92, { tieBreak: chain(81, 30, 0) }),
    ]);
    expect(awardOf(outcome, BIDV)).toBe("excellent");
    expect(outcome.tieBreaks).toEqual([]);
  });

  it("records nothing where the whole chain is equal: that tie goes to a vote", () => {
    const outcome = decide(districts, [
      candidate(DAK_HA, 95),
      candidate(DAK_TO, 90, { tieBreak: chain(80, 40, 0) }),
      candidate(NGOC_HOI, 90, { tieBreak: chain(80, 40, 0) }),
    ]);
    expect(outcome.ties).toHaveLength(1);
    expect(outcome.tieBreaks).toEqual([]);
  });

  it("records nothing for a chain whose rules are not named, though the chain still decides", () => {
    const outcome = awardsForCluster(
      districts,
      [
        candidate(DAK_HA, 95),
        candidate(DAK_TO, 90, { tieBreak: [80] }),
        candidate(NGOC_HOI, 90, { tieBreak: [81] }),
      ],
      majority,
      3,
    );
    expect(awardOf(outcome, NGOC_HOI)).toBe("excellent");
    expect(outcome.tieBreaks).toEqual([]);
  });

  it("counts fewer deductions as the higher chain value", () => {
    expect(tieBreakValue("fewerDeductions", pts(0.5))).toBeGreaterThan(
      tieBreakValue("fewerDeductions", pts(1)),
    );
    expect(tieBreakValue("mainSection", pts(30))).toBe(pts(30));
    expect(tieBreakValue("fewerDeductions", pts(0))).toBe(0);
  });
});

describe("awardsForCluster: a tie straddling the excellent boundary", () => {
  const tiedForExcellent = (dakTo: number | null, ngocHoi: number | null, konRay: number | null = null) => [
    candidate(DAK_HA, 95, { votes: null }),
    candidate(DAK_TO, 90, { votes: dakTo }),
    candidate(NGOC_HOI, 90, { votes: ngocHoi }),
    ...(konRay === null ? [] : [candidate(KON_RAY, 90, { votes: konRay })]),
    candidate(NHCSXH, 70),
  ];

  it("flags the tie, names the units, the award and the place, and leaves the place open", () => {
    const outcome = awardsForCluster(districts, tiedForExcellent(null, null), majority, 5);
    expect(awardOf(outcome, DAK_HA)).toBe("leading");
    expect(awardOf(outcome, DAK_TO)).toBeNull();
    expect(awardOf(outcome, NGOC_HOI)).toBeNull();
    expect(awardOf(outcome, NHCSXH)).toBeNull();
    expect(outcome.ties).toEqual([
      {
        cluster: districts.code,
        award: "excellent",
        places: 1,
        units: [DAK_TO, NGOC_HOI],
        total: pts(90),
        settled: false,
      },
    ]);
    expect(outcome.open).toEqual({ leading: 0, excellent: 1 });
  });

  it("settles the tie when the winner has more than half of the members' votes and more than the other", () => {
    const outcome = awardsForCluster(districts, tiedForExcellent(1, 4), majority, 5);
    expect(awardOf(outcome, NGOC_HOI)).toBe("excellent");
    expect(awardOf(outcome, DAK_TO)).toBeNull();
    expect(outcome.ties).toEqual([expect.objectContaining({ award: "excellent", settled: true, places: 1 })]);
    expect(outcome.open).toEqual({ leading: 0, excellent: 0 });
  });

  it("keeps the tie open when the most votes are not more than half of the members", () => {
    // 7 members: 4 votes are needed; 3 is not enough even though it is the most.
    const outcome = awardsForCluster(districts, tiedForExcellent(3, 2), majority, 7);
    expect(awardOf(outcome, DAK_TO)).toBeNull();
    expect(outcome.ties[0]!.settled).toBe(false);
    expect(outcome.open.excellent).toBe(1);
  });

  it("keeps the tie open when the votes are equal", () => {
    const outcome = awardsForCluster(districts, tiedForExcellent(3, 3), { passShare: 0.25 }, 6);
    expect(outcome.ties[0]!.settled).toBe(false);
    expect(outcome.awards.size).toBe(1);
  });

  it("keeps the tie open when a tied unit has no vote count", () => {
    const outcome = awardsForCluster(districts, tiedForExcellent(5, null), majority, 5);
    expect(outcome.ties[0]!.settled).toBe(false);
    expect(awardOf(outcome, DAK_TO)).toBeNull();
  });

  it("does not count votes that cannot be: negative, fractional or more than the members", () => {
    for (const bad of [-1, 2.5, 6]) {
      const outcome = awardsForCluster(districts, tiedForExcellent(bad, 0), majority, 5);
      expect(outcome.ties[0]!.settled).toBe(false);
    }
  });

  it("keeps a three-way tie open when two units share the most votes", () => {
    const outcome = awardsForCluster(districts, tiedForExcellent(4, 4, 1), majority, 5);
    expect(outcome.ties[0]!.units).toEqual([DAK_TO, KON_RAY, NGOC_HOI]);
    expect(outcome.ties[0]!.settled).toBe(false);
  });

  it("settles a three-way tie when one unit has a majority and more votes than both others", () => {
    const outcome = awardsForCluster(districts, tiedForExcellent(1, 0, 4), majority, 5);
    expect(awardOf(outcome, KON_RAY)).toBe("excellent");
    expect(outcome.ties[0]!.settled).toBe(true);
  });

  it("settles two excellent places among three tied units in the Banks cluster", () => {
    const outcome = awardsForCluster(
      banks,
      [
        candidate(AGRIBANK, 96),
        candidate(VIETCOMBANK, 93, { votes: 5 }),
        candidate(BIDV, 93, { votes: 4 }),
        candidate(VIETINBANK, 93, { votes: 2 }),
      ],
      majority,
      6,
    );
    expect(awardOf(outcome, VIETCOMBANK)).toBe("excellent");
    expect(awardOf(outcome, BIDV)).toBe("excellent");
    expect(awardOf(outcome, VIETINBANK)).toBeNull();
    expect(outcome.ties).toEqual([expect.objectContaining({ award: "excellent", places: 2, settled: true })]);
  });

  it("leaves both places open when the second winner falls short of the rule", () => {
    const outcome = awardsForCluster(
      banks,
      [
        candidate(AGRIBANK, 96),
        candidate(VIETCOMBANK, 93, { votes: 5 }),
        candidate(BIDV, 93, { votes: 3 }),
        candidate(VIETINBANK, 93, { votes: 1 }),
      ],
      majority,
      6,
    );
    expect(awardOf(outcome, VIETCOMBANK)).toBeNull();
    expect(outcome.open).toEqual({ leading: 0, excellent: 2 });
  });
});

describe("awardsForCluster: a tie straddling the leading/excellent boundary", () => {
  const topThree = (a: number | null, b: number | null, c: number | null) => [
    candidate(DAK_HA, 92, { votes: a }),
    candidate(DAK_TO, 92, { votes: b }),
    candidate(NGOC_HOI, 92, { votes: c }),
    candidate(KON_RAY, 80),
  ];

  it("flags the leading place and the excellent place among three units tied at the top", () => {
    const outcome = awardsForCluster(districts, topThree(null, null, null), majority, 7);
    expect(outcome.awards.size).toBe(0);
    expect(outcome.ties).toEqual([
      expect.objectContaining({
        award: "leading",
        places: 1,
        units: [DAK_HA, DAK_TO, NGOC_HOI],
        settled: false,
      }),
      expect.objectContaining({
        award: "excellent",
        places: 1,
        units: [DAK_HA, DAK_TO, NGOC_HOI],
        settled: false,
      }),
    ]);
    expect(outcome.open).toEqual({ leading: 1, excellent: 1 });
    expect(awardOf(outcome, KON_RAY)).toBeNull();
  });

  it("gives the leading place by vote, then the excellent place to the next in vote order", () => {
    const outcome = awardsForCluster(districts, topThree(2, 5, 4), majority, 7);
    expect(awardOf(outcome, DAK_TO)).toBe("leading");
    expect(awardOf(outcome, NGOC_HOI)).toBe("excellent");
    expect(awardOf(outcome, DAK_HA)).toBeNull();
    expect(outcome.ties.map((t) => [t.award, t.units, t.settled])).toEqual([
      ["leading", [DAK_HA, DAK_TO, NGOC_HOI], true],
      ["excellent", [DAK_HA, NGOC_HOI], true],
    ]);
  });

  it("settles the leading place but keeps the excellent place open when the runner-up lacks a majority", () => {
    const outcome = awardsForCluster(districts, topThree(3, 5, 1), majority, 7);
    expect(awardOf(outcome, DAK_TO)).toBe("leading");
    expect(awardOf(outcome, DAK_HA)).toBeNull();
    expect(outcome.ties.map((t) => [t.award, t.settled])).toEqual([
      ["leading", true],
      ["excellent", false],
    ]);
    expect(outcome.open).toEqual({ leading: 0, excellent: 1 });
  });

  it("gives the other of two tied units the excellent place once the vote picks the leader", () => {
    const outcome = awardsForCluster(
      districts,
      [candidate(DAK_HA, 92, { votes: 1 }), candidate(DAK_TO, 92, { votes: 4 }), candidate(KON_RAY, 80)],
      majority,
      5,
    );
    expect(awardOf(outcome, DAK_TO)).toBe("leading");
    expect(awardOf(outcome, DAK_HA)).toBe("excellent");
    expect(outcome.ties).toEqual([expect.objectContaining({ award: "leading", settled: true })]);
  });

  it("passes the excellent places the tied units cannot take on to the next unit while the vote is open", () => {
    // Banks 1 + 2, two units tied at the top: whoever leads, the other is excellent, and one more
    // excellent place is left for the next unit.
    const outcome = awardsForCluster(
      banks,
      [candidate(AGRIBANK, 95), candidate(VIETCOMBANK, 95), candidate(BIDV, 90), candidate(VIETINBANK, 85)],
      majority,
      4,
    );
    expect(awardOf(outcome, BIDV)).toBe("excellent");
    expect(awardOf(outcome, VIETINBANK)).toBeNull();
    expect(outcome.ties.map((t) => [t.award, t.places, t.units])).toEqual([
      ["leading", 1, [AGRIBANK, VIETCOMBANK]],
      ["excellent", 1, [AGRIBANK, VIETCOMBANK]],
    ]);
    expect(outcome.open).toEqual({ leading: 1, excellent: 1 });
  });
});

describe("awardsForCluster: determinism", () => {
  it("gives the same awards and ties whatever the order of the candidates", () => {
    const list = [
      candidate(AGRIBANK, 93, { votes: 2 }),
      candidate(VIETCOMBANK, 95),
      candidate(BIDV, 93, { votes: 4 }),
      candidate(VIETINBANK, 93, { votes: 0 }),
      candidate(NHCSXH, 99, { considered: false }),
    ];
    const forward = awardsForCluster(banks, list, majority, 5);
    const backward = awardsForCluster(banks, [...list].reverse(), majority, 5);
    expect(new Map(backward.awards)).toEqual(new Map(forward.awards));
    expect(backward.ties).toEqual(forward.ties);
  });
});

describe("votesNeeded", () => {
  it("asks for more than the share of the member units", () => {
    expect(votesNeeded(majority, 7)).toBe(4);
    expect(votesNeeded(majority, 6)).toBe(4);
    expect(votesNeeded({ passShare: 2 / 3 }, 9)).toBe(7);
    expect(votesNeeded({ passShare: 0 }, 9)).toBe(1);
  });
});

describe("the defaults where a cluster sets none", () => {
  it("passes a vote with more than half of the member units", () => {
    expect(votesNeeded(DEFAULT_VOTE_RULE, 6)).toBe(4);
    expect(votesNeeded(DEFAULT_VOTE_RULE, 7)).toBe(4);
    expect(votesNeeded(DEFAULT_VOTE_RULE, 8)).toBe(5);
  });

  it("proposes 1 leading and 1 excellent unit, as seed 001 gives every cluster but the Banks'", () => {
    expect(DEFAULT_QUOTA).toEqual({ leading: 1, excellent: 1 });
    const konTum = presetById("kon-tum")!.clusters;
    const others = konTum.filter((c) => c.name !== "Cụm các Ngân hàng");
    expect(others.length).toBe(konTum.length - 1);
    for (const cluster of others) expect(cluster.quota).toEqual(DEFAULT_QUOTA);
  });

  it("is the vote rule every preset starts from", () => {
    for (const preset of PRESETS) expect(preset.config.voteRule).toEqual(DEFAULT_VOTE_RULE);
  });
});
