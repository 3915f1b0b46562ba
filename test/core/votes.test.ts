import type { ProblemOf } from "../../src/core/diagnostics";
import type { BlockSummary } from "../../src/core/model";
import { summarizeBlock } from "../../src/core/summary";
import { voteCount } from "../../src/core/votes";
import { CUM_3, konTumBlock } from "./fixtures/kon-tum-cum-3";
import { voteRows } from "./fixtures/rows";
import { say } from "../support/say";
import { problemText } from "../../src/messages/diagnostics";
import { en } from "../../src/messages/en/diagnostics";

// DH scores exactly as GD: a tie for the leading place of Cụm thi đua số 3 (6 member units).
const tied = { DH: ["9,5", 9, 8.5, 24, 14, 19, 2, null] };
const voteProblems = (summary: BlockSummary): ProblemOf<"VOTE_INVALID">[] =>
  summary.problems.filter((p): p is ProblemOf<"VOTE_INVALID"> => p.code === "VOTE_INVALID");

describe("voteCount: a vote count is a whole number from 0 to the number of voters", () => {
  it.each([
    ["7", 7],
    [" 5 ", 5],
    ["5,0", 5],
    [0, 0],
    [12, 12],
  ])("reads %p as %p votes of 12", (typed, count) => {
    expect(voteCount(typed, 12)).toEqual({ kind: "count", count });
  });

  it.each([
    [50, "aboveVoters"],
    [13, "aboveVoters"],
    [-1, "negative"],
    ["-3", "negative"],
    [2.5, "fraction"],
    ["7,5", "fraction"],
    ["bảy", "notANumber"],
    [{ error: "#VALUE!" }, "notANumber"],
  ] as const)("refuses %p out of 12 voters because it is %s", (typed, reason) => {
    expect(voteCount(typed, 12)).toMatchObject({ kind: "invalid", reason });
  });

  it("reads an empty entry as no count", () => {
    expect(voteCount("  ", 12)).toEqual({ kind: "empty" });
  });
});

describe("votes in the summary: impossible counts are refused with the right reason", () => {
  it("refuses counts of 50 and 40 in a 6-member cluster as more than its voters, and does not settle the tie", () => {
    const summary = summarizeBlock(
      konTumBlock({ scores: tied, extra: { votes: voteRows({ GD: 50, DH: 40 }) } }),
    );
    const refused = voteProblems(summary);
    expect(refused.map((p) => [p.params.unit.code, p.params.reason, p.params.voters])).toEqual([
      ["DH", "aboveVoters", 6],
      ["GD", "aboveVoters", 6],
    ]);
    expect(say(refused[0])).toContain("không thể nhiều hơn số người bỏ phiếu (6 đơn vị thành viên");
    const cluster = summary.clusters.find((c) => c.cluster.code === CUM_3)!;
    expect(cluster.ties[0]?.settled).toBe(false);
    // Nothing counted: the tie still asks for a vote, not "the votes do not settle it".
    const tie = summary.problems.find((p) => p.code === "TIE_NEEDS_VOTE");
    expect(say(tie)).toContain("Cụm cần bỏ phiếu");
  });

  it("names the reason for a negative, a fractional and a text count", () => {
    const summary = summarizeBlock(
      konTumBlock({ extra: { votes: voteRows({ GD: -2, DH: "3,5", YT: "nhiều" }) } }),
    );
    const reasons = Object.fromEntries(
      voteProblems(summary).map((p) => [p.params.unit.code, p.params.reason]),
    );
    expect(reasons).toEqual({ GD: "negative", DH: "fraction", YT: "notANumber" });
    const texts = voteProblems(summary).map(say);
    expect(texts.some((t) => t.includes("không được âm"))).toBe(true);
    expect(texts.some((t) => t.includes("không có phần lẻ"))).toBe(true);
  });

  it("accepts a count equal to the number of voters", () => {
    const summary = summarizeBlock(
      konTumBlock({ scores: tied, extra: { votes: voteRows({ GD: 6, DH: 0 }) } }),
    );
    expect(voteProblems(summary)).toEqual([]);
    const cluster = summary.clusters.find((c) => c.cluster.code === CUM_3)!;
    expect(cluster.ties[0]?.settled).toBe(true);
  });
});

describe("votes needed under the cluster's threshold", () => {
  it("says each cluster's voters and the votes a unit needs: more than half of 6 is 4", () => {
    const summary = summarizeBlock(konTumBlock({ scores: tied }));
    const cluster = summary.clusters.find((c) => c.cluster.code === CUM_3)!;
    expect(cluster.voting).toEqual({
      voters: 6,
      needed: 4,
      passShare: 0.5,
      basis: "members",
      members: 6,
      base: 6,
    });
    const tie = summary.problems.find((p): p is ProblemOf<"TIE_NEEDS_VOTE"> => p.code === "TIE_NEEDS_VOTE");
    expect(tie?.params.voting).toMatchObject({ voters: 6, needed: 4, passShare: 0.5, basis: "members" });
    expect(say(tie)).toContain("ít nhất 4/6 phiếu");
  });

  it("follows a two-thirds threshold set in the workbook: 5 of 6", () => {
    const input = konTumBlock({ scores: tied });
    const summary = summarizeBlock({ ...input, config: { ...input.config, voteRule: { passShare: 2 / 3 } } });
    expect(summary.clusters.find((c) => c.cluster.code === CUM_3)!.voting?.needed).toBe(5);
  });
});

describe("a threshold on the valid votes of those voting at the meeting", () => {
  const ballotsRule = (input: ReturnType<typeof konTumBlock>, passShare: number) => ({
    ...input,
    config: { ...input.config, voteRule: { passShare, basis: "validVotes" as const } },
  });

  it("settles the tie with more than 80 % of 5 valid votes (5 votes), where 5 of 6 members would not need all", () => {
    const input = konTumBlock({ scores: tied, extra: { votes: voteRows({ GD: 5, DH: 0 }) } });
    const summary = summarizeBlock({ ...ballotsRule(input, 0.8), validBallots: 5 });
    const cluster = summary.clusters.find((c) => c.cluster.code === CUM_3)!;
    expect(cluster.voting).toEqual({
      voters: 5,
      needed: 5,
      passShare: 0.8,
      basis: "validVotes",
      members: 6,
      base: 5,
    });
    expect(cluster.ties[0]?.settled).toBe(true);
    expect(cluster.units.find((u) => u.code === "GD")?.award).toBe("leading");
  });

  it("leaves the tie open and says the votes needed are not known while the valid votes are not entered", () => {
    const input = konTumBlock({ scores: tied, extra: { votes: voteRows({ GD: 6, DH: 0 }) } });
    const summary = summarizeBlock(ballotsRule(input, 0.8));
    const cluster = summary.clusters.find((c) => c.cluster.code === CUM_3)!;
    expect(cluster.voting).toMatchObject({ needed: null, base: null, basis: "validVotes" });
    expect(cluster.ties[0]?.settled).toBe(false);
    const tie = summary.problems.find((p) => p.code === "TIE_NEEDS_VOTE");
    expect(say(tie)).toContain(
      "Ngưỡng thông qua là hơn 80 % số phiếu hợp lệ, nhưng số phiếu hợp lệ chưa ghi ở trang «Họp bình xét»",
    );
    expect(problemText(en, tie!)).toContain("the valid votes are not entered on «Họp bình xét»");
  });

  it("refuses a count above the valid votes, naming the reason, and does not settle on it", () => {
    const input = konTumBlock({ scores: tied, extra: { votes: voteRows({ GD: 6, DH: 0 }) } });
    const summary = summarizeBlock({ ...ballotsRule(input, 0.5), validBallots: 5 });
    expect(voteProblems(summary).map((p) => [p.params.unit.code, p.params.reason, p.params.voters])).toEqual([
      ["GD", "aboveVoters", 5],
    ]);
    expect(summary.clusters.find((c) => c.cluster.code === CUM_3)!.ties[0]?.settled).toBe(false);
  });

  it("ignores the meeting's ballots where the threshold is on the members (the default)", () => {
    const input = konTumBlock({ scores: tied, extra: { votes: voteRows({ GD: 4, DH: 2 }) } });
    const summary = summarizeBlock({ ...input, validBallots: 3 });
    const cluster = summary.clusters.find((c) => c.cluster.code === CUM_3)!;
    expect(cluster.voting).toMatchObject({ basis: "members", base: 6, needed: 4, voters: 6 });
    expect(cluster.ties[0]?.settled).toBe(true);
  });
});
