/**
 * The custom functions THIDUA.* (namespace from the manifest). Each wrapper shapes Excel's arguments
 * (arguments.ts), asks the core, and turns a failure into the Excel error the cell shows. No rule
 * lives here. webpack's CustomFunctionsMetadataPlugin generates functions.json from the JSDoc below,
 * so each JSDoc is the Vietnamese text Excel shows: the first paragraph describes the function,
 * `@param` lines are the parameter help.
 *
 * Names: Vietnamese without diacritics, upper case, at least 3 characters (Excel's rule), the same
 * for id and name. None is a built-in Excel function in any language: Excel localises function names
 * into about 17 languages (none of them Vietnamese, whose Excel uses the English names), and none of
 * those names is a Vietnamese word without diacritics. Checked by hand against the English list and
 * by searching published Excel function-name translation tables (de, fr, es, it, pt, nl, sv, da, nb,
 * fi, pl, cs, hu, ru, tr, id) for each name: no hit. Parameter names are Vietnamese too, because Excel
 * shows them in the formula tooltip; they are snake_case, as Excel's own are.
 *
 * The functions return their result directly (no promise, not volatile) and never let an exception
 * out: a FunctionFailure becomes CustomFunctions.Error with its code (#VALUE!, #N/A with a Vietnamese
 * message; #NUM! without one, as Excel shows none), anything unexpected becomes #VALUE!.
 */
import { numberFromPoints } from "../core/decimal";
import type { Points } from "../core/model";
import { NOT_GIVEN, UNREADABLE, parseYesNo, pointsOrFlag } from "../core/numbers";
import { rankingFromTotals } from "../core/ranking";
import * as messages from "../messages/functions";
import type { Cells } from "./arguments";
import {
  FunctionFailure,
  cellsOf,
  invalidValue,
  isOmitted,
  isSingle,
  notAvailable,
  placeOf,
  pointsAt,
  requireSameLength,
  shown,
  singleValue,
  spill,
} from "./arguments";

// ── DOCSO ───────────────────────────────────────────────────────────────────

/**
 * Đọc một số được gõ hoặc dán dưới dạng chữ: "8,5", " 8.5 ", có dấu cách không ngắt, đều thành 8,5. Ô trống trả về ô trống; chữ không phải số (hoặc quá 2 chữ số thập phân) báo lỗi #VALUE! kèm lý do.
 * @customfunction DOCSO DOCSO
 * @param gia_tri Ô hoặc chữ cần đọc thành số, ví dụ "8,5".
 * @returns Số đọc được.
 */
export function numberFromText(gia_tri: unknown): number | string {
  return excel(() => {
    const points = pointsAt(singleValue(gia_tri, "giá trị"), null);
    return points === null ? "" : numberFromPoints(points);
  });
}

// ── XEPHANG ─────────────────────────────────────────────────────────────────

/**
 * Xếp hạng theo tổng điểm, cao nhất hạng 1; bằng điểm thì cùng hạng và bỏ trống hạng kế tiếp (1, 2, 2, 4). Hai cách dùng, chọn theo tham số: XEPHANG(cột tổng điểm; [cột xét thi đua]) trả về cả cột thứ hạng (tràn xuống), đơn vị không xét và dòng trống để trống; XEPHANG(một ô tổng điểm; cột tổng điểm) trả về thứ hạng của ô đó trong cột, như RANK.EQ.
 * @customfunction XEPHANG XEPHANG
 * @param tong_diem Cột tổng điểm của các đơn vị; hoặc một ô tổng điểm khi tham số sau là cả cột tổng điểm (cách dùng như RANK.EQ).
 * @param xet_thi_dua Cột "xét thi đua" (Có/Không; trống là có xét), cùng số dòng với cột tổng điểm; hoặc cột tổng điểm để xếp hạng một ô.
 * @returns Cột thứ hạng, hoặc thứ hạng của một ô.
 */
export function ranks(tong_diem: unknown[][], xet_thi_dua?: unknown[][]): Array<Array<number | string>> {
  return excel(() => {
    const totals = cellsOf(tong_diem);
    // One cell ranked within a range is RANK.EQ; a single cell with a single cell stays the spilled form.
    if (totals.single && !isOmitted(xet_thi_dua) && !isSingle(xet_thi_dua)) {
      return [[rankWithin(totals, cellsOf(xet_thi_dua))]];
    }
    const points = totalsOf(totals);
    if (!isOmitted(xet_thi_dua)) {
      const considered = cellsOf(xet_thi_dua);
      requireSameLength(totals, "tổng điểm", considered, "xét thi đua");
      considered.values.forEach((value, i) => {
        const yes = parseYesNo(value);
        if (yes === "invalid") {
          throw invalidValue(
            messages.at(
              placeOf(considered, i),
              messages.yesNoInvalid({ shown: shown(value), what: "xét thi đua" }),
            ),
          );
        }
        if (yes === false) points[i] = null;
      });
    }
    return spill(
      rankingFromTotals(points).map((rank) => rank ?? ""),
      totals,
    );
  });
}

/** RANK.EQ's form: the rank of one total among a range's, #N/A when it is not among them. */
function rankWithin(one: Cells, among: Cells): number | string {
  const total = pointsAt(one.values[0] ?? null, null, "tổng điểm");
  if (total === null) return "";
  const totals = totalsOf(among);
  const index = totals.indexOf(total);
  if (index < 0) throw notAvailable(messages.totalNotInList({ total: String(numberFromPoints(total)) }));
  return rankingFromTotals(totals)[index] ?? "";
}

/** Totals of a range, blank as null; the first unreadable one fails naming its row. */
function totalsOf(cells: Cells): (Points | null)[] {
  const out = new Array<Points | null>(cells.values.length);
  for (let i = 0; i < cells.values.length; i++) {
    const value = cells.values[i] ?? null;
    // The allocation-free fast path; parseScore only to explain an unreadable cell.
    const flag = pointsOrFlag(value);
    if (flag === NOT_GIVEN) out[i] = null;
    else if (Number.isNaN(flag) || flag === UNREADABLE)
      out[i] = pointsAt(value, placeOf(cells, i), "tổng điểm");
    else out[i] = flag as Points;
  }
  return out;
}

// ── Errors ──────────────────────────────────────────────────────────────────

/** Runs a function body; a failure leaves as the CustomFunctions.Error Excel shows in the cell. */
function excel<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    const failure =
      error instanceof FunctionFailure
        ? error
        : invalidValue(
            messages.unexpected({ detail: error instanceof Error ? error.message : String(error) }),
          );
    // Outside Excel (a plain browser, a test without the runtime) the failure itself is thrown.
    if (typeof CustomFunctions === "undefined") throw failure;
    const code = CustomFunctions.ErrorCode[failure.code];
    // Excel's documented way to show an error with a message is to throw CustomFunctions.Error,
    // which is not a JS Error subclass.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw failure.code === "invalidNumber"
      ? new CustomFunctions.Error(code)
      : new CustomFunctions.Error(code, failure.message);
  }
}

// ── Registration ────────────────────────────────────────────────────────────

// Guarded so the file also loads where the runtime is absent (a plain browser, jest without the
// fake). The metadata plugin's loader appends the same associations in the webpack build; a second
// association of the same function under the same id changes nothing.
if (typeof CustomFunctions !== "undefined") {
  CustomFunctions.associate("DOCSO", numberFromText);
  CustomFunctions.associate("XEPHANG", ranks);
}
