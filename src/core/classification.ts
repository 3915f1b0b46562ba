/**
 * Classification (xếp loại) by configurable point bands, with an optional extra condition per band:
 * every section must reach a share of its maximum.
 */
import { cellText } from "./cell-text";
import { ZERO, formatPoints, pointsFromNumber } from "./decimal";
import type { Award, CellRef, CellValue, ClassificationBand, Points, Problem, ScoringConfig } from "./model";
import { parseScore } from "./numbers";
import * as problem from "./problems";

/**
 * Editable defaults. Source: the ladder of names used since about 2019–2020 (see
 * /work/shared/DOMAIN.md, "Ranking, exclusion and awards"); no national point bands could be
 * confirmed, so the bands (≥ 90, 70–< 90, 50–< 70, < 50) are labelled for the federation to check.
 */
export const DEFAULT_BANDS: readonly ClassificationBand[] = [
  { label: "Hoàn thành xuất sắc nhiệm vụ", minTotal: pointsFromNumber(90), unconfirmed: true },
  { label: "Hoàn thành tốt nhiệm vụ", minTotal: pointsFromNumber(70), unconfirmed: true },
  { label: "Hoàn thành nhiệm vụ", minTotal: pointsFromNumber(50), unconfirmed: true },
  { label: "Không hoàn thành nhiệm vụ", minTotal: ZERO, unconfirmed: true },
];

/** Float noise allowance when comparing a section's share with a band's condition. */
const SHARE_TOLERANCE = 1e-9;

/**
 * The label of the highest band the total reaches whose condition holds; "" when none does.
 * A band with `minSectionShare` needs `sectionShares` (each section's score ÷ its maximum): without
 * them its condition cannot be checked and the unit falls to the next band.
 *
 * @example classify(9250 as Points, DEFAULT_BANDS) === "Hoàn thành xuất sắc nhiệm vụ"
 * @example classify(9250 as Points, [{ label: "A", minTotal: 9000, minSectionShare: 0.8 }, …], [0.95, 0.7]) // not "A"
 */
export function classify(
  total: Points,
  bands: readonly ClassificationBand[],
  sectionShares?: readonly number[],
): string {
  let best: ClassificationBand | undefined;
  for (const band of bands) {
    if (band.minTotal > total) continue;
    if (best !== undefined && band.minTotal <= best.minTotal) continue;
    if (band.minSectionShare !== undefined && !sharesReach(sectionShares, band.minSectionShare)) continue;
    best = band;
  }
  return best === undefined ? "" : best.label;
}

function sharesReach(shares: readonly number[] | undefined, min: number): boolean {
  if (shares === undefined) return false;
  for (const share of shares) if (share < min - SHARE_TOLERANCE) return false;
  return true;
}

export interface BandRow {
  readonly label: CellValue;
  readonly min: CellValue;
  readonly minSectionShare?: CellValue;
  readonly at?: CellRef;
}

/**
 * A workbook's own bands, highest first.
 *
 * @example bandsFrom([{ label: "Xuất sắc", min: "90" }, { label: "Tốt", min: 70, minSectionShare: "50%" }])
 */
export function bandsFrom(rows: readonly BandRow[]): { bands: ClassificationBand[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const bands: ClassificationBand[] = [];
  for (const row of rows) {
    const label = typeof row.label === "string" ? cellText(row.label) : "";
    const min = parseScore(row.min);
    const minTotal = min.kind === "number" && min.points >= 0 ? min.points : null;
    if (label === "") {
      // A row with neither label nor minimum is just an empty line.
      if (min.kind !== "empty") problems.push(problem.bandLabelMissing(minTotal ?? ZERO, row.at));
      continue;
    }
    if (minTotal === null) {
      const shown =
        min.kind === "invalid" ? min.shown : min.kind === "number" ? formatPoints(min.points) : "";
      problems.push(problem.bandMinInvalid(label, shown, row.at));
      continue;
    }
    const share = shareFrom(row.minSectionShare ?? null);
    if (share === "invalid") {
      problems.push(problem.bandShareInvalid(label, cellText(row.minSectionShare ?? null), row.at));
      continue;
    }
    const clash = bands.find((b) => b.label === label || b.minTotal === minTotal);
    if (clash !== undefined) {
      problems.push(problem.bandDuplicate(label, clash.label, minTotal, row.at));
      continue;
    }
    bands.push(share === null ? { label, minTotal } : { label, minTotal, minSectionShare: share });
  }
  bands.sort((a, b) => b.minTotal - a.minTotal);
  const lowest = bands[bands.length - 1];
  if (lowest !== undefined && lowest.minTotal > 0) problems.push(problem.bandsNoFloor(lowest.minTotal));
  return { bands, problems };
}

/** 0–1, or a percentage ("50%"; Excel stores a cell formatted as 50% as 0.5 already). */
function shareFrom(value: CellValue): number | null | "invalid" {
  if (typeof value === "string") {
    const text = value.replace(/[\s\u00a0\u202f]/gu, "");
    if (text === "") return null;
    const percent = /^(\d+(?:[.,]\d+)?)%$/u.exec(text);
    if (percent !== null) {
      const share = Number((percent[1] ?? "").replace(",", ".")) / 100;
      return share <= 1 ? share : "invalid";
    }
  }
  const parsed = parseScore(value);
  if (parsed.kind === "empty") return null;
  if (parsed.kind === "invalid" || parsed.points < 0 || parsed.points > 100) return "invalid";
  return parsed.points / 100;
}

/** The band an award needs: its label and lowest total, and whether it is to be checked. */
export interface AwardBand {
  readonly label: string;
  readonly minTotal: Points;
  /** True for the default (the top band, no band set) or a band no federation confirmed. */
  readonly unconfirmed: boolean;
}

/**
 * The band each award needs (DOMAIN.md: "an award needs the right classification"): the workbook's
 * setting, else the top band, marked to be checked. A setting naming no band is a problem and the
 * top band applies. Null where there are no bands: every unit qualifies.
 *
 * @example awardBands({ ...config, bands: DEFAULT_BANDS }).bands.excellent?.label === "Hoàn thành xuất sắc nhiệm vụ"
 */
export function awardBands(config: ScoringConfig): {
  bands: Readonly<Record<Award, AwardBand | null>>;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  let top: ClassificationBand | undefined;
  for (const band of config.bands) if (top === undefined || band.minTotal > top.minTotal) top = band;
  const bandFor = (award: Award): AwardBand | null => {
    if (top === undefined) return null;
    const label = config.awardMinBand?.[award];
    if (label !== undefined && label !== "") {
      const set = config.bands.find((b) => b.label === label);
      if (set !== undefined)
        return { label: set.label, minTotal: set.minTotal, unconfirmed: set.unconfirmed === true };
      problems.push(problem.awardBandUnknown(award, label, top.label));
    }
    return { label: top.label, minTotal: top.minTotal, unconfirmed: true };
  };
  return { bands: { leading: bandFor("leading"), excellent: bandFor("excellent") }, problems };
}

/**
 * Whether a classification reaches an award's band: its band's lowest total is at least the
 * award's. No band needed: yes; no classification (an incomplete unit): no.
 */
export function reachesBand(
  classification: string | null,
  needed: AwardBand | null,
  bands: readonly ClassificationBand[],
): boolean {
  if (needed === null) return true;
  const own = bands.find((b) => b.label === classification);
  return own !== undefined && own.minTotal >= needed.minTotal;
}
