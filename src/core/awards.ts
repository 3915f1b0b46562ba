/**
 * The cluster's award proposal (seed 001 §IV.5): the leading unit(s) (đơn vị dẫn đầu), then the
 * excellent units (đơn vị xuất sắc), within the cluster's quota, by total.
 *
 * What this module decides, and what it leaves to the cluster:
 * - Only considered and complete units compete; the others never get an award.
 * - Units with equal totals are told apart by the configured tie-break chain (higher wins, value by
 *   value). Units still equal form a tier. Where the chain told apart units whose totals straddle a
 *   quota boundary, a TieBreakDecision says so: the award, the units, the rule and its figures.
 * - A tier that fits inside the places left for an award all get it: no tie is flagged.
 * - A tier with more units than places straddles the boundary: a Tie names the units, the award and
 *   the places, and nothing is picked silently. Vote counts (số phiếu) settle it when the winners
 *   each have more than passShare × the rule's base (member units, or valid ballots: votingFor)
 *   and strictly more than every unit left out.
 *   Otherwise the tie stays flagged (settled: false) and its places stay open: all or nothing,
 *   never a partial pick.
 * - A tier straddling the leading/excellent boundary (say 3 units tied at the top, quota 1 + 1) is
 *   first a tie for the leading place(s). Once the votes settle it, the tier's other units take the
 *   excellent places: all of them if they fit, else in vote order under the same vote rule (another
 *   Tie, for the excellent award). While the leading tie is open, the excellent places that surely
 *   go to this tier are flagged too (a Tie for "excellent", unsettled, naming the whole tier), and
 *   only the excellent places beyond them pass to the next tier.
 */
import { pointsFromHundredths } from "./decimal";
import type {
  Award,
  ClusterDefinition,
  Points,
  Quota,
  Tie,
  TieBreakDecision,
  TieBreakKey,
  UnitCode,
  VoteRule,
  Voting,
} from "./model";

/**
 * The vote rule where the cluster sets none: a vote settles a tie when the winners have more than
 * half of the member units' votes. Seed 001 §IV.2 asks for consensus by the member units' vote
 * ("đồng thuận thống nhất trên cơ sở bỏ phiếu") without a threshold; more than half is the reading
 * DOMAIN.md gives.
 */
export const DEFAULT_VOTE_RULE: VoteRule = { passShare: 0.5 };

/**
 * The award quota where the cluster sets none: 1 leading unit + 1 excellent unit, seed 001 §IV.5
 * ("01 Bằng khen đơn vị dẫn đầu và 01 Bằng khen đơn vị xuất sắc" per cluster; the Banks cluster's
 * 1 + 2 is its own preset data).
 */
export const DEFAULT_QUOTA: Quota = { leading: 1, excellent: 1 };

/** One unit competing for the cluster's awards. */
export interface AwardCandidate {
  readonly unit: UnitCode;
  readonly total: Points;
  /** False for a unit excluded by the eligibility rules. */
  readonly considered: boolean;
  /** False while some criterion is not scored yet. */
  readonly complete: boolean;
  /**
   * The configured tie-break chain's values in order, higher wins (pass a negated figure where less
   * is better, e.g. −deductions: see tieBreakValue). Compared over the length all tied units have.
   */
  readonly tieBreak?: readonly number[];
  /** Votes (số phiếu) received in the cluster's vote; null or absent when none were entered. */
  readonly votes?: number | null;
  /**
   * Whether the unit's classification reaches the band each award needs; absent: it does. A unit
   * short of an award's band is passed over for it and the next unit takes the place.
   */
  readonly qualifies?: Readonly<Record<Award, boolean>>;
}

/** A candidate passed over for an award for its classification, and who took the place instead. */
export interface AwardPassedOver {
  readonly unit: UnitCode;
  readonly award: Award;
  /** Units with lower totals given that award (empty: the place stays empty). */
  readonly takenBy: readonly UnitCode[];
}

export interface AwardOutcome {
  /** The units awarded; every other unit has no award. */
  readonly awards: ReadonlyMap<UnitCode, Award>;
  /** Ties straddling a quota boundary, settled or not, in the order they were met. */
  readonly ties: readonly Tie[];
  /** Places left open by unsettled ties (places left for want of candidates are not counted). */
  readonly open: Quota;
  /**
   * Equal totals straddling a quota boundary that the tie-break chain told apart, leading boundary
   * first. Recorded only for links of the chain whose rule was given (`tieBreakKeys`).
   */
  readonly tieBreaks: readonly TieBreakDecision[];
  /** Units whose total reached an award their classification did not, best total first. */
  readonly passedOver: readonly AwardPassedOver[];
}

const qualifiesFor = (c: AwardCandidate, award: Award): boolean => c.qualifies?.[award] ?? true;

/**
 * The value a candidate's chain holds for a rule's figure: higher wins, so the points deducted
 * count negated (fewer deductions win).
 *
 * @example tieBreakValue("fewerDeductions", 50 as Points) === -50; tieBreakValue("mainSection", 2800 as Points) === 2800
 */
export function tieBreakValue(key: TieBreakKey, figure: Points): number {
  return key === "fewerDeductions" ? 0 - figure : figure;
}

/** The rule's figure back from a chain value (the inverse of tieBreakValue). */
function tieBreakFigure(key: TieBreakKey, value: number): Points {
  return pointsFromHundredths(key === "fewerDeductions" ? 0 - value : value);
}

/** A share is read to this many decimal places (nine: more than any council writes). */
const SHARE_SCALE = 1_000_000_000;

/**
 * The smallest number of votes that passes the rule: more than passShare × base, where the base is
 * the member units or the valid ballots (see votingFor). The share is taken as the decimal it is
 * written as, to nine places, and the product is computed on whole numbers: 0.9 × 10 is 9, not
 * 9.000000000000002, so 10 votes are needed; a share of 2/3 (0.666666667) × 9 is just above 6, so 7.
 *
 * @example votesNeeded({ passShare: 0.5 }, 7) === 4; votesNeeded({ passShare: 0.5 }, 6) === 4
 * @example votesNeeded({ passShare: 0.9 }, 10) === 10; votesNeeded({ passShare: 0.8 }, 5) === 5
 */
export function votesNeeded(rule: VoteRule, base: number): number {
  const share = Math.round(rule.passShare * SHARE_SCALE);
  const scaled = share * Math.max(0, base); // a whole number well below 2^53 for any real cluster
  const whole = (scaled - (scaled % SHARE_SCALE)) / SHARE_SCALE;
  return Math.max(0, whole + 1);
}

/**
 * The cluster's vote under its rule: with the members as basis, the member units vote and the
 * threshold is a share of them; with the valid ballots as basis, the threshold is a share of the
 * valid ballots counted at the meeting — unknown (needed: null) until they are entered — and no
 * unit can have more votes than there are valid ballots.
 *
 * @example votingFor({ passShare: 0.5 }, 7, null).needed === 4
 * @example votingFor({ passShare: 0.8, basis: "validVotes" }, 7, 6).needed === 5
 * @example votingFor({ passShare: 0.8, basis: "validVotes" }, 7, null).needed === null
 */
export function votingFor(rule: VoteRule, members: number, validBallots: number | null | undefined): Voting {
  const basis = rule.basis ?? "members";
  const base = basis === "members" ? members : (validBallots ?? null);
  return {
    voters: base === null ? members : Math.min(members, base),
    needed: base === null ? null : votesNeeded(rule, base),
    passShare: rule.passShare,
    basis,
    members,
    base,
  };
}

/**
 * A cluster result's vote: the one the core worked out (always set by summarizeBlock), or for a
 * result built elsewhere without it, the default rule over its units.
 */
export function votingOfCluster(cluster: {
  readonly voting?: Voting;
  readonly units: readonly unknown[];
}): Voting {
  return cluster.voting ?? votingFor(DEFAULT_VOTE_RULE, cluster.units.length, null);
}

/**
 * Proposes the cluster's awards. `tieBreakKeys` names the rules of the candidates' tie-break chains,
 * in the same order, so a decision the chain makes at a quota boundary can say which rule made it.
 *
 * @example
 * // Cụm các Ngân hàng, quota 1 + 2: Agribank 92, Vietcombank 90, BIDV 90, VietinBank 85.
 * awardsForCluster(banks, candidates, { passShare: 0.5 }, 4)
 * // awards: Agribank → leading, Vietcombank and BIDV → excellent (they fit both places); no ties
 * @example
 * // Quota 1 + 1: DV01 95, DV03 and DV04 both 90,5; appraised table 85 against 84,5.
 * awardsForCluster(cluster, candidates, rule, 4, ["appraisedTotal"]).tieBreaks
 * // [{ award: "excellent", units: ["DV03", "DV04"], ahead: 1, decidedBy: "appraisedTotal", values: [8500, 8450], … }]
 */
export function awardsForCluster(
  cluster: ClusterDefinition,
  candidates: readonly AwardCandidate[],
  rule: VoteRule,
  memberCount: number,
  tieBreakKeys: readonly TieBreakKey[] = [],
  validBallots: number | null = null,
): AwardOutcome {
  const awards = new Map<UnitCode, Award>();
  const ties: Tie[] = [];
  const open = { leading: 0, excellent: 0 };
  const left = { leading: cluster.quota.leading, excellent: cluster.quota.excellent };
  const { needed, voters } = votingFor(rule, memberCount, validBallots);
  const flag = (award: Award, places: number, units: readonly AwardCandidate[], settled: boolean): void => {
    ties.push({
      cluster: cluster.code,
      award,
      places,
      units: units.map((c) => c.unit),
      total: units[0]!.total,
      settled,
    });
  };

  const competing = candidates.filter((c) => c.considered && c.complete);
  const tiers = tiersOf(competing.filter((c) => qualifiesFor(c, "leading") || qualifiesFor(c, "excellent")));
  for (const { units: tier } of tiers) {
    if (left.leading <= 0 && left.excellent <= 0) break;
    // The tier's units who may take an excellent place; a unit short of the leading band still may.
    const forExcellent = tier.filter((c) => qualifiesFor(c, "excellent"));
    let rest = forExcellent;
    const forLeading = left.leading > 0 ? tier.filter((c) => qualifiesFor(c, "leading")) : [];
    if (forLeading.length > 0) {
      if (forLeading.length <= left.leading) {
        for (const c of forLeading) awards.set(c.unit, "leading");
        left.leading -= forLeading.length;
        rest = rest.filter((c) => !forLeading.includes(c));
      } else {
        const winners = voteWinners(forLeading, left.leading, needed, voters);
        flag("leading", left.leading, forLeading, winners !== null);
        if (winners === null) {
          open.leading += left.leading;
          // These excellent places go to this tier whoever wins the vote; only the rest pass on.
          const excellentHere = Math.min(left.excellent, Math.max(0, forExcellent.length - left.leading));
          if (excellentHere > 0) {
            flag("excellent", excellentHere, forExcellent, false);
            open.excellent += excellentHere;
            left.excellent -= excellentHere;
          }
          left.leading = 0;
          continue;
        }
        for (const c of winners) awards.set(c.unit, "leading");
        rest = rest.filter((c) => !winners.includes(c));
        left.leading = 0;
      }
    }
    if (left.excellent > 0 && rest.length > 0) {
      if (rest.length <= left.excellent) {
        for (const c of rest) awards.set(c.unit, "excellent");
        left.excellent -= rest.length;
        continue;
      }
      const winners = voteWinners(rest, left.excellent, needed, voters);
      flag("excellent", left.excellent, rest, winners !== null);
      if (winners === null) open.excellent += left.excellent;
      else for (const c of winners) awards.set(c.unit, "excellent");
      left.excellent = 0;
    }
  }
  const passedOver = passedOverFor(competing, awards, cluster.quota, open);
  return { awards, ties, open, tieBreaks: chainDecisions(cluster, tiers, tieBreakKeys), passedOver };
}

/**
 * The competing units passed over for an award for their classification: those short of its band
 * who did not get it (nor, for the excellent award, the leading one) while a unit with a lower total
 * did, or while its places stayed empty for want of a qualified unit (places held open by a tie are
 * not empty).
 */
function passedOverFor(
  competing: readonly AwardCandidate[],
  awards: ReadonlyMap<UnitCode, Award>,
  quota: Quota,
  open: Quota,
): AwardPassedOver[] {
  const passed: AwardPassedOver[] = [];
  const given = { leading: 0, excellent: 0 };
  for (const award of awards.values()) given[award]++;
  const ordered = [...competing].sort((a, b) => b.total - a.total || compareCodes(a.unit, b.unit));
  for (const c of ordered) {
    const got = awards.get(c.unit);
    for (const award of ["leading", "excellent"] as const) {
      if (qualifiesFor(c, award) || got === "leading" || (award === "excellent" && got !== undefined)) {
        continue;
      }
      const takenBy = ordered
        .filter((o) => o.total < c.total && awards.get(o.unit) === award)
        .map((o) => o.unit);
      const empty = quota[award] - given[award] - open[award] > 0;
      if (takenBy.length > 0 || empty) passed.push({ unit: c.unit, award, takenBy });
    }
  }
  return passed;
}

/** Units of equal total and equal chain values; `group` numbers the equal totals, best first. */
interface Tier {
  readonly units: AwardCandidate[];
  /** The chain values compared: the length every unit of the total group has. */
  readonly chain: readonly number[];
  readonly group: number;
}

/**
 * Where the chain, not a vote, decided places between units of one total straddling a quota
 * boundary. Places are taken in tier order (a tier takes as many as are left, whoever wins its
 * vote), so the leading places are positions [0, leading) and the excellent ones the next
 * `excellent`. At each boundary a total straddles, the chain's splits around it are reported: the
 * split at the boundary, or, where a tier straddles it (a vote), the splits just above and below
 * that tier; then, for each, the splits an earlier rule of the chain made around it, so every two
 * units of the total with different outcomes are named together.
 */
function chainDecisions(
  cluster: ClusterDefinition,
  tiers: readonly Tier[],
  keys: readonly TieBreakKey[],
): TieBreakDecision[] {
  const decisions: TieBreakDecision[] = [];
  if (keys.length === 0) return decisions;
  const ends: number[] = [];
  let position = 0;
  for (const tier of tiers) {
    position += tier.units.length;
    ends.push(position);
  }
  /** The tier holding a place, or -1 past the last candidate. */
  const tierAt = (place: number): number => ends.findIndex((end) => end > place);
  const { leading, excellent } = cluster.quota;
  const zones = [
    { award: "leading", start: 0, end: leading },
    { award: "excellent", start: leading, end: leading + excellent },
  ] as const;
  const reported = new Set<number>();
  for (const zone of zones) {
    if (zone.end <= zone.start) continue;
    const last = tierAt(zone.end - 1);
    const next = tierAt(zone.end);
    if (last < 0 || next < 0) continue;
    const group = tiers[next]!.group;
    if (tiers[last]!.group !== group) continue;
    // The tiers of this total that had a place of this award within reach.
    let first = last;
    while (first > 0 && tiers[first - 1]!.group === group && ends[first - 1]! > zone.start) first--;
    let final = next;
    while (final + 1 < tiers.length && tiers[final + 1]!.group === group) final++;
    const splits = new Set<number>();
    const collect = (split: number): void => {
      if (split <= first || split > final || splits.has(split)) return;
      splits.add(split);
      const { top, bottom } = blockAround(tiers, split, first, final);
      collect(top);
      collect(bottom + 1);
    };
    if (last === next) {
      collect(last);
      collect(last + 1);
    } else collect(next);
    for (const split of [...splits].sort((x, y) => x - y)) {
      if (reported.has(split)) continue;
      reported.add(split);
      const { link, top, bottom } = blockAround(tiers, split, first, final);
      const key = keys[link];
      if (key === undefined) continue;
      const units: AwardCandidate[] = [];
      const values: Points[] = [];
      let ahead = 0;
      for (let i = top; i <= bottom; i++) {
        const tier = tiers[i]!;
        const figure = tieBreakFigure(key, tier.chain[link]!);
        for (const c of tier.units) {
          units.push(c);
          values.push(figure);
        }
        if (i < split) ahead += tier.units.length;
      }
      decisions.push({
        cluster: cluster.code,
        award: zone.award,
        units: units.map((c) => c.unit),
        ahead,
        total: units[0]!.total,
        decidedBy: key,
        values,
      });
    }
  }
  return decisions;
}

/**
 * The rule (link) that split tier `split - 1` from tier `split`, and the run of tiers within
 * [first, final] that agree with both on every earlier rule: the units that rule told apart.
 */
function blockAround(
  tiers: readonly Tier[],
  split: number,
  first: number,
  final: number,
): { link: number; top: number; bottom: number } {
  const below = tiers[split]!.chain;
  const link = firstDifference(tiers[split - 1]!.chain, below);
  const agrees = (i: number): boolean => firstDifference(tiers[i]!.chain, below) >= link;
  let top = split - 1;
  while (top > first && agrees(top - 1)) top--;
  let bottom = split;
  while (bottom < final && agrees(bottom + 1)) bottom++;
  return { link, top, bottom };
}

/** The first link where two chains differ (tiers of one total always differ somewhere). */
function firstDifference(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Candidates grouped into tiers of equal total and equal tie-break values, best first; within a
 * tier, by unit code (code-point order, not locale) so the output never depends on input order.
 */
function tiersOf(candidates: readonly AwardCandidate[]): Tier[] {
  const byTotal = new Map<number, AwardCandidate[]>();
  for (const c of candidates) {
    const group = byTotal.get(c.total);
    if (group === undefined) byTotal.set(c.total, [c]);
    else group.push(c);
  }
  const tiers: Tier[] = [];
  [...byTotal.keys()]
    .sort((a, b) => b - a)
    .forEach((total, group) => {
      const members = byTotal.get(total)!;
      // Only the values every tied unit has can be compared fairly.
      const length = Math.min(...members.map((c) => c.tieBreak?.length ?? 0));
      const chainOf = (c: AwardCandidate): number[] =>
        (c.tieBreak ?? []).slice(0, length).map((v) => (Number.isNaN(v) ? Number.NEGATIVE_INFINITY : v));
      const sorted = members
        .map((c) => ({ c, chain: chainOf(c) }))
        .sort((a, b) => compareChains(b.chain, a.chain) || compareCodes(a.c.unit, b.c.unit));
      let units: AwardCandidate[] = [];
      let chain: number[] = [];
      for (const entry of sorted) {
        if (units.length > 0 && compareChains(chain, entry.chain) !== 0) {
          tiers.push({ units, chain, group });
          units = [];
        }
        units.push(entry.c);
        chain = entry.chain;
      }
      if (units.length > 0) tiers.push({ units, chain, group });
    });
  return tiers;
}

function compareChains(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A vote count that can count: a whole number from 0 to the number of voters. */
function validVotes(votes: number | null | undefined, voters: number): votes is number {
  return typeof votes === "number" && Number.isInteger(votes) && votes >= 0 && votes <= voters;
}

/**
 * The units the votes put into the places, or null when the votes do not settle it: a tied unit
 * has no valid count, the votes needed are unknown (no valid ballots entered where they are the
 * basis), a would-be winner has too few votes, or the last winner is not strictly ahead of the
 * first unit left out.
 */
function voteWinners(
  tier: readonly AwardCandidate[],
  places: number,
  needed: number | null,
  voters: number,
): AwardCandidate[] | null {
  if (needed === null) return null;
  const counted: { c: AwardCandidate; votes: number }[] = [];
  for (const c of tier) {
    if (!validVotes(c.votes, voters)) return null;
    counted.push({ c, votes: c.votes });
  }
  counted.sort((a, b) => b.votes - a.votes || compareCodes(a.c.unit, b.c.unit));
  const winners = counted.slice(0, places);
  const firstLeftOut = counted[places];
  if (winners.some((w) => w.votes < needed)) return null;
  if (firstLeftOut !== undefined && winners[winners.length - 1]!.votes <= firstLeftOut.votes) return null;
  return winners.map((w) => w.c);
}
