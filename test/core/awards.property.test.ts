import fc from "fast-check";
import type { AwardCandidate, AwardOutcome } from "../../src/core/awards";
import { awardsForCluster, votesNeeded } from "../../src/core/awards";
import type {
  ClusterCode,
  ClusterDefinition,
  Points,
  TieBreakKey,
  UnitCode,
  VoteRule,
} from "../../src/core/model";
import { rankingFromTotals } from "../../src/core/ranking";

const RUNS = { numRuns: 1000 };

/** Totals drawn from a narrow range so that equal totals (and ties) are common. */
const totalArb: fc.Arbitrary<Points> = fc
  .oneof(
    { arbitrary: fc.constantFrom(8500, 8550, 9000), weight: 3 },
    { arbitrary: fc.integer({ min: 8500, max: 8520 }), weight: 1 },
    { arbitrary: fc.integer({ min: 0, max: 10000 }), weight: 1 },
  )
  .map((hundredths) => hundredths as Points);

const clusterArb: fc.Arbitrary<ClusterDefinition> = fc.record({
  code: fc.constant("CUM-1" as ClusterCode),
  name: fc.constant("Cụm thi đua số 1"),
  quota: fc.record({ leading: fc.integer({ min: 0, max: 3 }), excellent: fc.integer({ min: 0, max: 4 }) }),
});

const ruleArb: fc.Arbitrary<VoteRule> = fc.constantFrom(
  { passShare: 0.5 },
  { passShare: 2 / 3 },
  { passShare: 0.25 },
  { passShare: 0 },
);

interface Scenario {
  cluster: ClusterDefinition;
  rule: VoteRule;
  memberCount: number;
  candidates: AwardCandidate[];
  /** Sort keys for a random permutation of the candidates. */
  order: number[];
}

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    cluster: clusterArb,
    rule: ruleArb,
    extraMembers: fc.integer({ min: 0, max: 3 }),
    rows: fc.array(
      fc.record({
        total: totalArb,
        considered: fc.oneof(
          { arbitrary: fc.constant(true), weight: 4 },
          { arbitrary: fc.constant(false), weight: 1 },
        ),
        complete: fc.oneof(
          { arbitrary: fc.constant(true), weight: 4 },
          { arbitrary: fc.constant(false), weight: 1 },
        ),
        tieBreak: fc.option(fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 2 }), { nil: undefined }),
        votes: fc.option(fc.integer({ min: 0, max: 28 }), { nil: null, freq: 3 }),
        orderKey: fc.double({ noNaN: true }),
      }),
      { maxLength: 25 },
    ),
  })
  .map(({ cluster, rule, extraMembers, rows }) => {
    const memberCount = rows.length + extraMembers;
    return {
      cluster,
      rule,
      memberCount,
      candidates: rows.map((row, i) => ({
        unit: `CD-${String(i).padStart(2, "0")}` as UnitCode,
        total: row.total,
        considered: row.considered,
        complete: row.complete,
        ...(row.tieBreak !== undefined && { tieBreak: row.tieBreak }),
        votes: row.votes === null ? null : Math.min(row.votes, memberCount),
      })),
      order: rows.map((row) => row.orderKey),
    };
  });

/** The rules of the scenarios' chains (two links at most, higher wins). */
const KEYS: readonly TieBreakKey[] = ["appraisedTotal", "mainSection"];

const eligible = (c: AwardCandidate): boolean => c.considered && c.complete;
const run = (s: Scenario, candidates = s.candidates): AwardOutcome =>
  awardsForCluster(s.cluster, candidates, s.rule, s.memberCount, KEYS);
const permuted = (s: Scenario): AwardCandidate[] =>
  s.candidates
    .map((c, i) => ({ c, key: s.order[i]! }))
    .sort((a, b) => a.key - b.key)
    .map((e) => e.c);
const sortedAwards = (o: AwardOutcome): [string, string][] =>
  [...o.awards.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe("rankingFromTotals, over random totals", () => {
  const totalsArb = fc.array(fc.option(totalArb, { nil: null }), { maxLength: 40 });

  it("ranks each total one place below every strictly higher total, so rank order matches total order", () => {
    fc.assert(
      fc.property(totalsArb, (totals) => {
        const ranks = rankingFromTotals(totals);
        totals.forEach((total, i) => {
          if (total === null) {
            expect(ranks[i]).toBeNull();
            return;
          }
          const higher = totals.filter((t) => t !== null && t > total).length;
          expect(ranks[i]).toBe(higher + 1);
          totals.forEach((other, j) => {
            if (other === null) return;
            if (other > total) expect(ranks[j]!).toBeLessThan(ranks[i]!);
            if (other === total) expect(ranks[j]).toBe(ranks[i]);
          });
        });
      }),
      RUNS,
    );
  });

  it("gives each total the same rank whatever the row order", () => {
    fc.assert(
      fc.property(
        totalsArb,
        fc.array(fc.double({ noNaN: true }), { minLength: 40, maxLength: 40 }),
        (totals, keys) => {
          const order = totals.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
          const ranks = rankingFromTotals(totals);
          const shuffled = rankingFromTotals(order.map((i) => totals[i]!));
          order.forEach((original, position) => expect(shuffled[position]).toBe(ranks[original]));
        },
      ),
      RUNS,
    );
  });
});

describe("awardsForCluster, over random clusters", () => {
  it("never awards more units than the quota, counting open places too", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const outcome = run(s);
        const count = (award: string) => [...outcome.awards.values()].filter((a) => a === award).length;
        expect(count("leading") + outcome.open.leading).toBeLessThanOrEqual(s.cluster.quota.leading);
        expect(count("excellent") + outcome.open.excellent).toBeLessThanOrEqual(s.cluster.quota.excellent);
      }),
      RUNS,
    );
  });

  it("never awards an excluded or incomplete unit, nor puts one in a tie", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const outcome = run(s);
        const barred = new Set(s.candidates.filter((c) => !eligible(c)).map((c) => c.unit));
        for (const code of outcome.awards.keys()) expect(barred.has(code)).toBe(false);
        for (const tie of outcome.ties) for (const code of tie.units) expect(barred.has(code)).toBe(false);
      }),
      RUNS,
    );
  });

  it("puts leading units before excellent ones and awarded units before the rest, in total order", () => {
    // Units of an unsettled tie are pending, not passed over: a place they surely take can pass on.
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const outcome = run(s);
        const totalOf = new Map(s.candidates.map((c) => [c.unit, c.total]));
        const leading = s.candidates.filter((c) => outcome.awards.get(c.unit) === "leading");
        const excellent = s.candidates.filter((c) => outcome.awards.get(c.unit) === "excellent");
        const pending = new Set(outcome.ties.filter((t) => !t.settled).flatMap((t) => t.units));
        const rest = s.candidates.filter(
          (c) => eligible(c) && !outcome.awards.has(c.unit) && !pending.has(c.unit),
        );
        const minLeading = Math.min(...leading.map((c) => c.total));
        const maxExcellent = Math.max(...excellent.map((c) => c.total));
        expect(minLeading).toBeGreaterThanOrEqual(maxExcellent);
        for (const code of outcome.awards.keys()) {
          for (const other of rest) expect(totalOf.get(code)!).toBeGreaterThanOrEqual(other.total);
        }
      }),
      RUNS,
    );
  });

  it("flags only ties of equal totals with more units than places, settled only by votes that pass the rule", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const outcome = run(s);
        const byCode = new Map(s.candidates.map((c) => [c.unit, c]));
        for (const tie of outcome.ties) {
          expect(tie.units.length).toBeGreaterThan(tie.places);
          for (const code of tie.units) expect(byCode.get(code)!.total).toBe(tie.total);
          const winners = tie.units.filter((code) => outcome.awards.get(code) === tie.award);
          expect(winners.length).toBe(tie.settled ? tie.places : 0);
          if (!tie.settled) continue;
          // A settled tie obeys the vote rule: enough votes, and strictly ahead of those left out.
          const votesOf = (code: UnitCode) => byCode.get(code)!.votes!;
          const losers = tie.units.filter((code) => !winners.includes(code));
          for (const w of winners) {
            expect(votesOf(w)).toBeGreaterThanOrEqual(votesNeeded(s.rule, s.memberCount));
            for (const l of losers) expect(votesOf(w)).toBeGreaterThan(votesOf(l));
          }
        }
      }),
      RUNS,
    );
  });

  it("never splits equal totals silently: units of one total with different outcomes share a tie or a chain decision", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const outcome = run(s);
        const pending = new Set(outcome.ties.filter((t) => !t.settled).flatMap((t) => t.units));
        const fate = (c: AwardCandidate): string =>
          outcome.awards.get(c.unit) ?? (pending.has(c.unit) ? "vote" : "none");
        const named = [...outcome.ties, ...outcome.tieBreaks].map((x) => new Set<UnitCode>(x.units));
        const competing = s.candidates.filter(eligible);
        for (const a of competing) {
          for (const b of competing) {
            if (a.total !== b.total || fate(a) === fate(b)) continue;
            expect({
              a: a.unit,
              b: b.unit,
              together: named.some((n) => n.has(a.unit) && n.has(b.unit)),
            }).toEqual({ a: a.unit, b: b.unit, together: true });
          }
        }
      }),
      RUNS,
    );
  });

  it("reports chain decisions only among equal totals, every unit ahead better on the rule than every unit below", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const outcome = run(s);
        const byCode = new Map(s.candidates.map((c) => [c.unit, c]));
        for (const d of outcome.tieBreaks) {
          const link = KEYS.indexOf(d.decidedBy);
          expect(d.ahead).toBeGreaterThanOrEqual(1);
          expect(d.ahead).toBeLessThan(d.units.length);
          d.units.forEach((code, i) => {
            const c = byCode.get(code)!;
            expect(eligible(c)).toBe(true);
            expect(c.total).toBe(d.total);
            expect(d.values[i]).toBe(c.tieBreak![link]);
            // Told apart by this rule: equal on every earlier one.
            expect(c.tieBreak!.slice(0, link)).toEqual(byCode.get(d.units[0]!)!.tieBreak!.slice(0, link));
          });
          const ahead = d.values.slice(0, d.ahead);
          const below = d.values.slice(d.ahead);
          expect(Math.min(...ahead)).toBeGreaterThan(Math.max(...below));
        }
      }),
      RUNS,
    );
  });

  it("gives the same awards, ties and open places whatever the order of the candidates", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const a = run(s);
        const b = run(s, permuted(s));
        expect(sortedAwards(b)).toEqual(sortedAwards(a));
        expect(b.ties).toEqual(a.ties);
        expect(b.open).toEqual(a.open);
        expect(b.tieBreaks).toEqual(a.tieBreaks);
      }),
      RUNS,
    );
  });

  it("agrees with a plain top-N pick when all eligible totals differ", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const competing = s.candidates.filter(eligible);
        fc.pre(new Set(competing.map((c) => c.total)).size === competing.length);
        const outcome = run(s);
        const best = [...competing].sort((x, y) => y.total - x.total);
        const { leading, excellent } = s.cluster.quota;
        const expected = new Map<string, string>([
          ...best.slice(0, leading).map((c): [string, string] => [c.unit, "leading"]),
          ...best.slice(leading, leading + excellent).map((c): [string, string] => [c.unit, "excellent"]),
        ]);
        expect(new Map(outcome.awards)).toEqual(expected);
        expect(outcome.ties).toEqual([]);
      }),
      RUNS,
    );
  });
});
