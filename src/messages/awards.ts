/**
 * Vietnamese names of the cluster's awards (seed 001 §IV.5: Bằng khen cho đơn vị dẫn đầu / xuất sắc)
 * and the short texts shown beside a tie in the summary and the award proposal. Functions take
 * already formatted values (points as "87,5"); the core formats them.
 */

export type AwardName = "leading" | "excellent";

/** Column value in the summary sheet. */
export const AWARD_NAMES: Readonly<Record<AwardName, string>> = {
  leading: "Dẫn đầu",
  excellent: "Xuất sắc",
};

/** Heading in the award proposal (đề nghị khen thưởng). */
export const AWARD_TITLES: Readonly<Record<AwardName, string>> = {
  leading: "Đơn vị dẫn đầu",
  excellent: "Đơn vị xuất sắc",
};

/** The certificate proposed for each award. */
export const AWARD_CERTIFICATES: Readonly<Record<AwardName, string>> = {
  leading: "Bằng khen đơn vị dẫn đầu",
  excellent: "Bằng khen đơn vị xuất sắc",
};

/** "1 suất dẫn đầu", "2 suất xuất sắc". */
export function placesText(award: AwardName, places: number): string {
  return `${places} suất ${AWARD_NAMES[award].toLowerCase()}`;
}

/** A share as users write it: 0.5 → "1/2", 2/3 → "2/3", 0.6 → "3/5", 0.55 → "55%". */
export function shareText(share: number): string {
  for (let denominator = 2; denominator <= 10; denominator++) {
    const numerator = Math.round(share * denominator);
    if (numerator > 0 && numerator < denominator && Math.abs(numerator / denominator - share) < 1e-9) {
      return `${numerator}/${denominator}`;
    }
  }
  return `${String(Math.round(share * 10000) / 100).replace(".", ",")}%`;
}

/**
 * The vote rule in words, e.g. "Cần ít nhất 4/7 phiếu (quá 1/2 số đơn vị thành viên) và nhiều
 * phiếu hơn đơn vị liền sau."
 */
export function voteRuleText(p: { passShare: number; memberCount: number; votesNeeded: number }): string {
  return (
    `Cần ít nhất ${p.votesNeeded}/${p.memberCount} phiếu (quá ${shareText(p.passShare)} số đơn vị thành viên) ` +
    "và nhiều phiếu hơn đơn vị liền sau."
  );
}

/** Status of a tie, for the summary's note column. */
export function tieStatusText(settled: boolean): string {
  return settled ? "Bằng điểm, đã quyết định bằng bỏ phiếu" : "Bằng điểm, chờ bỏ phiếu";
}

/**
 * One line describing a tie: "3 đơn vị cùng 92,5 điểm tranh 1 suất dẫn đầu: A, B, C — chờ bỏ phiếu."
 */
export function tieText(p: {
  award: AwardName;
  places: number;
  units: readonly string[];
  total: string;
  settled: boolean;
}): string {
  const outcome = p.settled ? "đã quyết định bằng bỏ phiếu" : "chờ bỏ phiếu";
  return (
    `${p.units.length} đơn vị cùng ${p.total} điểm tranh ${placesText(p.award, p.places)}: ` +
    `${p.units.join(", ")} — ${outcome}.`
  );
}

export type TieBreakRuleName = "appraisedTotal" | "mainSection" | "fewerDeductions";

/**
 * The tie-break rule that decided, as a phrase: "theo điểm thẩm định", "theo điểm mục I" (the main
 * section's code where known), "theo số điểm trừ ít hơn".
 */
export function tieBreakRuleText(rule: TieBreakRuleName, section?: string): string {
  switch (rule) {
    case "appraisedTotal":
      return "theo điểm thẩm định";
    case "mainSection":
      return section === undefined || section === "" ? "theo điểm mục chính" : `theo điểm mục ${section}`;
    case "fewerDeductions":
      return "theo số điểm trừ ít hơn";
  }
}

/**
 * A unit's short note where the tie-break chain placed it against units with the same total, e.g.
 * "Suất xuất sắc: cùng 90,5 điểm với DV04, được xếp trên theo điểm thẩm định (85 so với 84,5)."
 */
export function tieBreakNote(p: {
  award: AwardName;
  /** True for a unit placed inside the award's places. */
  ahead: boolean;
  total: string;
  /** The units on the other side of the boundary, and their figures for the rule, in the same order. */
  others: readonly string[];
  otherValues: readonly string[];
  /** From tieBreakRuleText. */
  rule: string;
  value: string;
}): string {
  const placed = p.ahead ? "được xếp trên" : "xếp dưới";
  return (
    `Suất ${AWARD_NAMES[p.award].toLowerCase()}: cùng ${p.total} điểm với ${p.others.join(", ")}, ` +
    `${placed} ${p.rule} (${p.value} so với ${p.otherValues.join("; ")}).`
  );
}

/** Places the cluster has not filled yet because a tie awaits a vote. */
export function openPlacesText(p: { leading: number; excellent: number }): string {
  const parts = [
    ...(p.leading > 0 ? [placesText("leading", p.leading)] : []),
    ...(p.excellent > 0 ? [placesText("excellent", p.excellent)] : []),
  ];
  return parts.length === 0 ? "" : `Còn ${parts.join(" và ")} chưa xác định, chờ kết quả bỏ phiếu.`;
}
