/**
 * The votes a unit needs under the cluster's threshold, against a definition written here on its
 * own: the smallest whole v with v > share × base, computed on exact fractions (BigInt), for both
 * bases of the threshold — the member units, or the valid ballots counted at the meeting
 * (DOMAIN.md: "more than half of the member units by default; some councils use 80 % or 90 % of
 * those voting"). Floating point gets some products wrong (0.58 × 50 = 28.999999999999996).
 */
import fc from "fast-check";
import { votesNeeded, votingFor } from "../../src/core/awards";
import type { VoteBasis } from "../../src/core/model";

/** A share as the exact fraction it stands for: the decimals as written, and 2/3 as two thirds. */
interface Share {
  readonly value: number;
  readonly num: bigint;
  readonly den: bigint;
  readonly shown: string;
}

const SHARES: readonly Share[] = [
  { value: 0.5, num: 1n, den: 2n, shown: "0.5" },
  { value: 0.8, num: 4n, den: 5n, shown: "0.8" },
  { value: 0.9, num: 9n, den: 10n, shown: "0.9" },
  { value: 2 / 3, num: 2n, den: 3n, shown: "2/3" },
  // 0.58 × 50 is 28.999999999999996 in floating point: flooring it would ask for 29, not 30.
  { value: 0.58, num: 29n, den: 50n, shown: "0.58" },
];

/** The smallest whole v with v > (num / den) × base, by counting up: v × den > num × base. */
function smallestPassing(share: Share, base: number): number {
  let v = 0;
  while (!(BigInt(v) * share.den > share.num * BigInt(base))) v++;
  return v;
}

describe("the votes a unit needs (votesNeeded) against the definition v > share × base", () => {
  it.each(SHARES.map((s) => [s.shown, s] as const))(
    "agrees for a share of %s with every base from 1 to 60",
    (_shown, share) => {
      for (let base = 1; base <= 60; base++) {
        expect([base, votesNeeded({ passShare: share.value }, base)]).toEqual([
          base,
          smallestPassing(share, base),
        ]);
      }
    },
  );

  it("needs 30 of 50 for more than 58 %, where 0.58 × 50 in floating point falls short of 29", () => {
    expect(0.58 * 50).toBeLessThan(29); // the trap exact arithmetic avoids
    expect(votesNeeded({ passShare: 0.58 }, 50)).toBe(30);
    expect(votesNeeded({ passShare: 0.9 }, 10)).toBe(10);
    expect(votesNeeded({ passShare: 2 / 3 }, 9)).toBe(7);
    expect(votesNeeded({ passShare: 0.8 }, 5)).toBe(5);
    expect(votesNeeded({ passShare: 0.5 }, 6)).toBe(4);
  });
});

describe("the cluster's vote under each basis of the threshold (votingFor)", () => {
  const basisArb = fc.constantFrom<VoteBasis>("members", "validVotes");
  const shareArb = fc.constantFrom(...SHARES);

  it("puts the threshold on the members, or on the valid ballots when they are the basis", () => {
    fc.assert(
      fc.property(
        basisArb,
        shareArb,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (basis, share, members, ballotsDrawn) => {
          const ballots = Math.min(ballotsDrawn, members);
          const voting = votingFor({ passShare: share.value, basis }, members, ballots);
          const base = basis === "members" ? members : ballots;
          expect(voting).toEqual({
            voters: base,
            needed: smallestPassing(share, base),
            passShare: share.value,
            basis,
            members,
            base,
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("does not guess the votes needed while the valid ballots they rest on are not entered", () => {
    fc.assert(
      fc.property(shareArb, fc.integer({ min: 1, max: 60 }), (share, members) => {
        const voting = votingFor({ passShare: share.value, basis: "validVotes" }, members, null);
        expect(voting.needed).toBeNull();
        expect(voting.base).toBeNull();
        // No count can pass the members either: a unit can still have at most one vote per member.
        expect(voting.voters).toBe(members);
      }),
    );
  });

  it("reads a rule without a basis (workbooks made before it) as the members', whatever the ballots", () => {
    const voting = votingFor({ passShare: 0.5 }, 7, 3);
    expect(voting).toMatchObject({ basis: "members", base: 7, needed: 4, voters: 7 });
  });
});
