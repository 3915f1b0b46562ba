import type { Points } from "../../src/core/model";
import { rankingFromTotals } from "../../src/core/ranking";

/** Points are hundredths: 87.5 points is 8750. */
const pts = (value: number): Points => Math.round(value * 100) as Points;

describe("rankingFromTotals", () => {
  it("ranks the highest total first", () => {
    // Cụm các Ngân hàng: Agribank Kon Tum, Vietcombank Kon Tum, BIDV Kon Tum.
    expect(rankingFromTotals([pts(86.5), pts(92.25), pts(78)])).toEqual([2, 1, 3]);
  });

  it("gives equal totals the same rank and skips the next", () => {
    expect(rankingFromTotals([pts(95), pts(90), pts(90), pts(85)])).toEqual([1, 2, 2, 4]);
  });

  it("shares first place and continues after every tied unit", () => {
    expect(rankingFromTotals([pts(88), pts(88), pts(88), pts(70.5)])).toEqual([1, 1, 1, 4]);
  });

  it("tells totals apart by a hundredth of a point", () => {
    expect(rankingFromTotals([pts(90.01), pts(90)])).toEqual([1, 2]);
  });

  it("leaves excluded or blank units without a rank and out of the count", () => {
    expect(rankingFromTotals([pts(80), null, pts(95), null, pts(80)])).toEqual([2, null, 1, null, 2]);
  });

  it("returns nothing for no units and nulls for only blank units", () => {
    expect(rankingFromTotals([])).toEqual([]);
    expect(rankingFromTotals([null, null])).toEqual([null, null]);
  });

  it("ranks a total of zero like any other", () => {
    expect(rankingFromTotals([pts(0), pts(12.5), pts(0)])).toEqual([2, 1, 2]);
  });

  it("gives each unit the same rank whatever the row order", () => {
    const totals = [pts(70), pts(91), pts(85), pts(91), null, pts(60)];
    const ranks = rankingFromTotals(totals);
    const reversed = rankingFromTotals([...totals].reverse());
    expect([...reversed].reverse()).toEqual(ranks);
  });
});
