/**
 * Over 500 lines on purpose: the metadata plugin reads every function's JSDoc (its Excel help text)
 * from this one file (webpack.config.js), so the wrappers stay together; their rules are the core's.
 *
 * The custom functions THIDUA.* (namespace from the manifest). Each wrapper shapes Excel's arguments
 * (arguments.ts), asks the core, and turns a failure into the Excel error the cell shows. No rule
 * lives here. webpack's CustomFunctionsMetadataPlugin generates functions.json from the JSDoc below,
 * so each JSDoc is the Vietnamese text Excel shows: the first paragraph describes the function,
 * `@param` lines are the parameter help.
 *
 * Names: Vietnamese without diacritics, upper case, at least 3 characters (Excel's rule), the same
 * for id and name. None is a built-in Excel function in any language. How this was checked: Excel
 * localises function names into some 17 languages, not Vietnamese (Vietnamese Excel uses the English
 * names), and none of our names is an English one. Each name was also searched for, as a
 * case-insensitive substring, in an index of public source code that holds Excel function-name
 * translation tables (HyperFormula's language packs, cs da de es fi fr hu id it nb nl pl pt ru sv tr,
 * and other lists): no table holds any of them; the only hits were Vietnamese identifiers in
 * unrelated code. Parameter names are Vietnamese too, because Excel shows them in the formula
 * tooltip; they are snake_case, as Excel's own are.
 *
 * Registration is the build's: the metadata plugin's loader appends CustomFunctions.associate for
 * each @customfunction below to this file in functions.js. This file associates nothing itself; a
 * second association of an id makes office.js log [DuplicatedName] (test/functions/bundle.test.ts
 * checks the bundle registers each id once).
 *
 * The functions return their result directly (no promise, not volatile) and never let an exception
 * out: a FunctionFailure becomes CustomFunctions.Error with its code (#VALUE!, #N/A with a message in
 * Office's display language; #NUM! without one, as Excel shows none), anything unexpected becomes #VALUE!.
 */
import {
  DEFAULT_ALLOCATION,
  allocationFor,
  allocationTableFrom,
  departmentPointsFor,
} from "../core/allocation";
import type { DepartmentPointsEntry } from "../core/allocation";
import type { AwardCandidate } from "../core/awards";
import { DEFAULT_QUOTA, DEFAULT_VOTE_RULE, awardsForCluster } from "../core/awards";
import { DEFAULT_BANDS, bandsFrom, classify } from "../core/classification";
import { numberFromPoints } from "../core/decimal";
import { eligibilityOf } from "../core/eligibility";
import type {
  AllocationTable,
  CellValue,
  ClassificationBand,
  CriterionKind,
  DepartmentRow,
  Points,
  Problem,
  Rank,
  ReportSent,
  UnitCode,
  UnitType,
} from "../core/model";
import { clusterCode, unitCode } from "../core/model";
import {
  NOT_GIVEN,
  parseCriterionKind,
  parseDiscipline,
  parseReportCell,
  parseScore,
  parseUnitType,
  parseWholeNumber,
  parseYesNo,
  pointsOrFlag,
} from "../core/numbers";
import { rankingFromTotals } from "../core/ranking";
import { convertLegacyText } from "../core/text/legacy";
import { tableTotal } from "../core/totals";
import type { TableEntry } from "../core/totals";
import { problemText } from "../messages/diagnostics";
import { functionValues } from "../messages/vi/functions";
import type { Cells } from "./arguments";
import { text } from "./text";
import {
  FunctionFailure,
  asText,
  cellsOf,
  countArg,
  dataRows,
  invalidNumber,
  invalidValue,
  isBlankOrZero,
  isOmitted,
  isSingle,
  notAvailable,
  placeOf,
  pointsAt,
  requireColumns,
  requireSameLength,
  sameValues,
  shown,
  singleValue,
  snapshot,
  spill,
  textOf,
} from "./arguments";

// ── DOCSO ───────────────────────────────────────────────────────────────────

/**
 * Đọc một số được gõ hoặc dán dưới dạng chữ: "8,5", " 8.5 ", có dấu cách không ngắt, đều thành 8,5. Ô trống trả về ô trống (Excel trên máy tính có thể đưa ô trống vào hàm dưới dạng 0); chữ không phải số (hoặc quá 2 chữ số thập phân) báo lỗi #VALUE! kèm lý do.
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

// ── TONGDIEM ────────────────────────────────────────────────────────────────

/**
 * Tổng điểm đã kiểm tra của một bảng điểm: điểm thưởng được cộng, điểm trừ bị trừ, tổng không dưới 0. Điểm vượt điểm tối đa, điểm âm hoặc không phải số báo lỗi #VALUE! chỉ rõ dòng. Ô điểm để trống là tiêu chí chưa chấm; dòng trống được bỏ qua.
 * @customfunction TONGDIEM TONGDIEM
 * @param diem Cột điểm của đơn vị (tự chấm hoặc thẩm định).
 * @param diem_toi_da Cột điểm tối đa của từng tiêu chí, cùng số dòng với cột điểm.
 * @param loai Cột loại điểm, cùng số dòng: để trống hoặc "Chấm điểm", "Điểm thưởng" (hay "thưởng", "cộng"), "Điểm trừ" (hay "trừ"). Bỏ qua thì mọi dòng là tiêu chí chấm điểm.
 * @returns Tổng điểm.
 */
export function tableTotalOf(diem: unknown[][], diem_toi_da: unknown[][], loai?: unknown[][]): number {
  return excel(() => {
    const scores = cellsOf(diem);
    const maxima = cellsOf(diem_toi_da);
    requireSameLength(scores, "điểm", maxima, "điểm tối đa");
    const kinds = isOmitted(loai) ? null : cellsOf(loai, "text");
    if (kinds !== null) requireSameLength(scores, "điểm", kinds, "loại");
    const entries: TableEntry[] = [];
    const rowOf: number[] = [];
    for (let i = 0; i < scores.values.length; i++) {
      const score = scores.values[i] ?? null;
      const max = maxima.values[i] ?? null;
      // A line with neither score nor maximum is a blank row of the range, not a criterion (a 0 in
      // both may be how Excel on Windows and Mac passes two blank cells).
      if (isBlankOrZero(score) && isBlankOrZero(max)) continue;
      entries.push({ score, max, kind: kinds === null ? "scored" : kindAt(kinds, i) });
      rowOf.push(i);
    }
    const result = tableTotal(entries);
    if (result.ok) return numberFromPoints(result.total);
    const place = placeOf(scores, rowOf[result.index]!);
    throw invalidValue(text().at(place, tableProblem(result.problem)));
  });
}

/** The kind typed in a row, as the core reads it; blank is a scored criterion. */
function kindAt(kinds: Cells, index: number): CriterionKind {
  const value = kinds.values[index] ?? null;
  const kind = parseCriterionKind(value);
  if (kind === null) return "scored";
  if (kind !== "invalid") return kind;
  throw invalidValue(text().at(placeOf(kinds, index), text().kindInvalid({ shown: shown(value) })));
}

/** TONGDIEM's wording of the core's verdict on a row: short, with the figures the problem carries. */
function tableProblem(problem: Problem): string {
  const t = text();
  const points = (p: Points): string => t.diagnostics.points(p);
  switch (problem.code) {
    case "SCORE_ABOVE_MAX":
      return t.scoreAboveMax({
        value: points(problem.params.value),
        max: points(problem.params.max),
        deduction: problem.params.kind === "deduction",
      });
    case "SCORE_NEGATIVE":
      return t.scoreNegative({ value: points(problem.params.value) });
    case "SCORE_NOT_A_NUMBER":
      return t.notANumber({ shown: problem.params.shown, reason: problem.params.reason, what: "điểm" });
    case "CRITERION_MAX_MISSING":
      return t.maxMissing();
    case "CRITERION_MAX_INVALID":
      return problem.params.reason === "negative"
        ? t.maxNegative({ value: problem.params.shown })
        : t.notANumber({ shown: problem.params.shown, reason: problem.params.reason, what: "điểm tối đa" });
    default:
      return problemText(t.diagnostics, problem);
  }
}

// ── PHANBO ──────────────────────────────────────────────────────────────────

/**
 * Điểm tối đa một ban của LĐLĐ tỉnh được chấm cho một loại đơn vị (trực tiếp hoặc phối hợp), theo bảng phân bổ mặc định của hướng dẫn (10 điểm) hoặc bảng phân bổ của bảng tính. Ban không có trong bảng báo lỗi #N/A.
 * @customfunction PHANBO PHANBO
 * @param ban Mã ban (TC, TAICHINH, TGNC, CSPL, UBKT, VP, TT) hoặc tên ban, ví dụ "Ban Tổ chức".
 * @param loai_don_vi "trực tiếp" hoặc "phối hợp".
 * @param bang_phan_bo Bảng phân bổ của bảng tính: các cột ban, trực tiếp, phối hợp (hoặc mã, tên ban, trực tiếp, phối hợp); được chọn kèm dòng tiêu đề. Bỏ qua thì dùng bảng mặc định.
 * @returns Điểm tối đa của ban cho loại đơn vị đó.
 */
export function departmentAllocation(
  ban: unknown,
  loai_don_vi: unknown,
  bang_phan_bo?: unknown[][],
): number | string {
  return excel(() => {
    const department = textOf(singleValue(ban, "ban", "text"));
    // A blank row of a filled-down column stays blank.
    if (department === "") return "";
    const type = unitTypeArg(loai_don_vi);
    const table = allocationTableArg(bang_phan_bo);
    const allocation = allocationFor(table, department, type);
    if (allocation === null) throw notAvailable(text().departmentUnknown({ department }));
    return numberFromPoints(allocation);
  });
}

function unitTypeArg(arg: unknown): UnitType {
  const value = singleValue(arg, "loại đơn vị", "text");
  const type = parseUnitType(value);
  if (type === null) throw invalidValue(text().unitTypeMissing());
  if (type === "invalid") throw invalidValue(text().unitTypeInvalid({ shown: shown(value) }));
  return type;
}

/** The default table, or the workbook's: 3 columns (department, direct, coordinating) or 4 (code, name, …). */
function allocationTableArg(arg: unknown): AllocationTable {
  if (isOmitted(arg)) return DEFAULT_ALLOCATION;
  requireColumns(arg, 3, "bảng phân bổ", "ban, trực tiếp, phối hợp");
  const named = cellsOf(arg).columns >= 4;
  const rows = dataRows(arg, named ? 2 : 1);
  if (rows.length === 0) throw invalidValue(text().tableEmpty({ parameter: "bảng phân bổ" }));
  const departmentRows = rows.map((row): DepartmentRow => ({
    code: { value: textOf(asText(row[0] ?? null)) },
    name: named ? textOf(asText(row[1] ?? null)) : "",
    direct: { value: row[named ? 2 : 1] ?? null },
    coordinating: { value: row[named ? 3 : 2] ?? null },
  }));
  const { table, problems } = allocationTableFrom(departmentRows);
  const error = firstError(problems);
  if (error !== undefined) throw invalidValue(problemText(text().diagnostics, error));
  return table;
}

// ── DIEMBAN ─────────────────────────────────────────────────────────────────

/**
 * Tổng điểm các ban của LĐLĐ tỉnh chấm cho một đơn vị, đã kiểm tra: điểm của mỗi ban không được vượt mức phân bổ của ban cho loại đơn vị; mỗi ban chỉ chấm một lần. Sai sót báo lỗi #VALUE! chỉ rõ dòng; ban không có trong bảng phân bổ báo #N/A.
 * @customfunction DIEMBAN DIEMBAN
 * @param diem Cột điểm các ban chấm cho đơn vị.
 * @param ban Cột mã hoặc tên ban, cùng số dòng với cột điểm.
 * @param loai_don_vi Loại của đơn vị: "trực tiếp" hoặc "phối hợp".
 * @param bang_phan_bo Bảng phân bổ của bảng tính (các cột ban, trực tiếp, phối hợp). Bỏ qua thì dùng bảng mặc định.
 * @returns Tổng điểm các ban.
 */
export function departmentsPoints(
  diem: unknown[][],
  ban: unknown[][],
  loai_don_vi: unknown,
  bang_phan_bo?: unknown[][],
): number {
  return excel(() => {
    const points = cellsOf(diem);
    const departments = cellsOf(ban, "text");
    requireSameLength(points, "điểm", departments, "ban");
    const type = unitTypeArg(loai_don_vi);
    const table = allocationTableArg(bang_phan_bo);
    const entries: DepartmentPointsEntry[] = [];
    const rowOf: number[] = [];
    for (let i = 0; i < points.values.length; i++) {
      const value = points.values[i] ?? null;
      const department = textOf(departments.values[i] ?? null);
      if (department === "") {
        if (isBlankOrZero(value)) continue;
        throw invalidValue(text().at(placeOf(points, i), text().rowsDepartmentMissing()));
      }
      entries.push({ department, points: value });
      rowOf.push(i);
    }
    const result = departmentPointsFor(table, entries, type);
    const error = firstError(result.problems);
    if (error !== undefined) throw problemFailure(error, placeOf(points, rowOf[error.index]!));
    return numberFromPoints(result.points);
  });
}

// ── XEPLOAI ─────────────────────────────────────────────────────────────────

/**
 * Xếp loại theo tổng điểm. Mặc định theo hướng dẫn của LĐLĐ (kiểm tra lại): từ 90 "Hoàn thành xuất sắc nhiệm vụ", từ 70 "Hoàn thành tốt nhiệm vụ", từ 50 "Hoàn thành nhiệm vụ", dưới 50 "Không hoàn thành nhiệm vụ". Ô trống (hoặc tổng điểm 0: chưa chấm) trả về ô trống.
 * @customfunction XEPLOAI XEPLOAI
 * @param tong_diem Tổng điểm của đơn vị.
 * @param bang_xep_loai Bảng xếp loại của bảng tính: cột tên xếp loại và cột điểm từ (tính cả mức đó). Bỏ qua thì dùng các mức mặc định.
 * @returns Tên xếp loại.
 */
export function classification(tong_diem: unknown, bang_xep_loai?: unknown[][]): string {
  return excel(() => {
    const total = pointsAt(singleValue(tong_diem, "tổng điểm", "total"), null, "tổng điểm");
    const bands = bandsArg(bang_xep_loai);
    return total === null ? "" : classify(total, bands);
  });
}

function bandsArg(arg: unknown): readonly ClassificationBand[] {
  if (isOmitted(arg)) return DEFAULT_BANDS;
  requireColumns(arg, 2, "bảng xếp loại", "xếp loại, điểm từ");
  const rows = dataRows(arg, 1);
  const { bands, problems } = bandsFrom(
    rows.map((row) => ({
      label: asText(row[0] ?? null),
      min: row[1] ?? null,
      minSectionShare: row[2] ?? null,
    })),
  );
  const error = firstError(problems);
  if (error !== undefined) throw invalidValue(problemText(text().diagnostics, error));
  if (bands.length === 0) throw invalidValue(text().tableEmpty({ parameter: "bảng xếp loại" }));
  return bands;
}

// ── XEPHANG ─────────────────────────────────────────────────────────────────

/**
 * Xếp hạng theo tổng điểm, cao nhất hạng 1; bằng điểm thì cùng hạng và bỏ trống hạng kế tiếp (1, 2, 2, 4). Hai cách dùng, chọn theo tham số: XEPHANG(cột tổng điểm; [cột xét thi đua]) trả về cả cột thứ hạng (tràn xuống), đơn vị không xét và dòng trống (hoặc tổng điểm 0: chưa chấm) để trống; XEPHANG(một ô tổng điểm; cột tổng điểm) trả về thứ hạng của ô đó trong cột, như RANK.EQ.
 * @customfunction XEPHANG XEPHANG
 * @param tong_diem Cột tổng điểm của các đơn vị; hoặc một ô tổng điểm khi tham số sau là cả cột tổng điểm (cách dùng như RANK.EQ).
 * @param xet_thi_dua Cột "xét thi đua" (Có/Không; trống là có xét), cùng số dòng với cột tổng điểm; hoặc cột tổng điểm để xếp hạng một ô.
 * @returns Cột thứ hạng, hoặc thứ hạng của một ô.
 */
export function ranks(tong_diem: unknown[][], xet_thi_dua?: unknown[][]): Array<Array<number | string>> {
  return excel(() => {
    const totals = cellsOf(tong_diem, "total");
    // One cell ranked within a range is RANK.EQ; a single cell with a single cell stays the spilled form.
    if (totals.single && !isOmitted(xet_thi_dua) && !isSingle(xet_thi_dua)) {
      return [[rankWithin(totals, xet_thi_dua)]];
    }
    const points = totalsOf(totals);
    if (!isOmitted(xet_thi_dua)) {
      const considered = cellsOf(xet_thi_dua, "text");
      requireSameLength(totals, "tổng điểm", considered, "xét thi đua");
      considered.values.forEach((value, i) => {
        const yes = parseYesNo(value);
        if (yes === "invalid") {
          throw invalidValue(
            text().at(
              placeOf(considered, i),
              text().yesNoInvalid({ shown: shown(value), what: "xét thi đua" }),
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
function rankWithin(one: Cells, among: unknown): number | string {
  const total = pointsAt(one.values[0] ?? null, null, "tổng điểm");
  if (total === null) return "";
  const rank = ranksOfColumn(among).get(total);
  if (rank === undefined)
    throw notAvailable(text().totalNotInList({ total: text().diagnostics.points(total) }));
  return rank;
}

/**
 * The last column the single-value form ranked. Excel calls that form once per row, each time with
 * the same column: ranking it once and comparing the values on later calls turns n sorts into n
 * comparisons. Only a successful ranking is kept; the answer is the core's either way.
 */
let lastColumn: { readonly values: unknown[][]; readonly rankOf: ReadonlyMap<Points, Rank> } | null = null;

function ranksOfColumn(arg: unknown): ReadonlyMap<Points, Rank> {
  if (lastColumn !== null && sameValues(lastColumn.values, arg)) return lastColumn.rankOf;
  const totals = totalsOf(cellsOf(arg, "total"));
  const ranking = rankingFromTotals(totals);
  const rankOf = new Map<Points, Rank>();
  totals.forEach((total, i) => {
    const rank = ranking[i];
    if (total !== null && rank !== null && rank !== undefined) rankOf.set(total, rank);
  });
  lastColumn = { values: snapshot(arg), rankOf };
  return rankOf;
}

/** Totals of a range, blank as null; the first unreadable one fails naming its row. */
function totalsOf(cells: Cells): (Points | null)[] {
  const out = new Array<Points | null>(cells.values.length);
  for (let i = 0; i < cells.values.length; i++) {
    const value = cells.values[i] ?? null;
    // The allocation-free fast path; parseScore only to explain an unreadable cell.
    const flag = pointsOrFlag(value);
    if (flag === NOT_GIVEN) out[i] = null;
    else if (Number.isNaN(flag)) out[i] = pointsAt(value, placeOf(cells, i), "tổng điểm");
    else out[i] = flag as Points;
  }
  return out;
}

// ── DENGHI ──────────────────────────────────────────────────────────────────

/**
 * Đề nghị khen thưởng của cụm, cả cột (tràn xuống): "Dẫn đầu", "Xuất sắc" theo tổng điểm trong số suất; khi bằng tổng điểm, xét lần lượt các cột tiêu chí phụ (nếu có); "Bỏ phiếu" cho các đơn vị vẫn bằng nhau tranh suất cuối, cho đến khi cột số phiếu quyết định (quá nửa số đơn vị và nhiều phiếu hơn đơn vị liền sau); còn lại để trống. Đơn vị không xét thi đua không được đề nghị.
 * @customfunction DENGHI DENGHI
 * @param tong_diem Cột tổng điểm của các đơn vị trong cụm (dòng trống hoặc tổng điểm 0 được bỏ qua).
 * @param xet_thi_dua Cột "xét thi đua" (Có/Không; trống là có xét), cùng số dòng.
 * @param so_dan_dau Số suất dẫn đầu; mặc định 1.
 * @param so_xuat_sac Số suất xuất sắc; mặc định 1.
 * @param so_phieu Cột số phiếu bầu của từng đơn vị, cùng số dòng; chỉ dùng để quyết định khi bằng điểm.
 * @param tieu_chi_phu Các cột xét khi bằng tổng điểm, mỗi tham số một cột cùng số dòng, theo thứ tự xét của cụm (ví dụ cột điểm thẩm định, rồi cột điểm mục I); số lớn hơn được xếp trên. Điểm trừ (ít hơn thì hơn): đặt dấu trừ trước cột, ví dụ -H2:H20. Ô trống: cột đó và các cột sau không được xét cho đơn vị ấy.
 * @returns Cột đề nghị khen thưởng.
 */
export function proposedAwards(
  tong_diem: unknown[][],
  xet_thi_dua: unknown[][],
  so_dan_dau?: unknown,
  so_xuat_sac?: unknown,
  so_phieu?: unknown[][],
  tieu_chi_phu?: unknown[][][],
): string[][] {
  return excel(() => {
    const totals = cellsOf(tong_diem, "total");
    const points = totalsOf(totals);
    const considered = consideredOf(totals, xet_thi_dua);
    const votes = isOmitted(so_phieu) ? null : cellsOf(so_phieu);
    if (votes !== null) requireSameLength(totals, "tổng điểm", votes, "số phiếu");
    const tieBreak = tieBreakColumns(totals, tieu_chi_phu);
    const quota = {
      leading: countArg(so_dan_dau, "số dẫn đầu", DEFAULT_QUOTA.leading),
      excellent: countArg(so_xuat_sac, "số xuất sắc", DEFAULT_QUOTA.excellent),
    };
    const units: (UnitCode | null)[] = points.map((p, i) =>
      p === null ? null : unitCode(String(i).padStart(6, "0")),
    );
    const candidates: AwardCandidate[] = [];
    points.forEach((total, i) => {
      const unit = units[i];
      if (total === null || unit === null || unit === undefined) return;
      // A total typed in a worksheet carries no "not yet scored" flag: the row counts as complete.
      candidates.push({
        unit,
        total,
        considered: considered[i] ?? true,
        complete: true,
        tieBreak: tieBreak(i),
        votes: votesAt(votes, i),
      });
    });
    const outcome = awardsForCluster(
      { code: clusterCode("CUM"), name: "", quota },
      candidates,
      DEFAULT_VOTE_RULE,
      candidates.length,
    );
    const voting = new Set(outcome.ties.filter((t) => !t.settled).flatMap((t) => t.units));
    const labels = units.map((unit) => {
      if (unit === null || unit === undefined) return "";
      const award = outcome.awards.get(unit);
      if (award !== undefined) return functionValues.awards[award];
      return voting.has(unit) ? functionValues.voteNeeded : "";
    });
    return spill(labels, totals);
  });
}

/**
 * Each row's tie-break chain from the columns given, in order, higher wins. A blank cell ends the
 * row's chain there: the core then compares a tied group only on the columns all its rows filled.
 * Excel passes a repeating parameter as one array holding each argument (here, each range).
 */
function tieBreakColumns(totals: Cells, arg: unknown): (index: number) => number[] {
  const args: readonly unknown[] = Array.isArray(arg) ? arg : [];
  const columns = args
    .map((range, k) => ({ cells: cellsOf(range), name: text().tieBreakColumn({ index: k + 1 }) }))
    // A repeated argument left empty arrives as null or as one blank cell (null, "" or 0).
    .filter(({ cells }) => !(cells.single && isBlankOrZero(cells.values[0] ?? null)));
  for (const { cells, name } of columns) requireSameLength(totals, "tổng điểm", cells, name);
  return (index) => {
    const chain: number[] = [];
    for (const { cells, name } of columns) {
      const value = pointsAt(cells.values[index] ?? null, placeOf(cells, index), name);
      if (value === null) break;
      chain.push(value);
    }
    return chain;
  };
}

function votesAt(votes: Cells | null, index: number): number | null {
  if (votes === null) return null;
  const value = votes.values[index] ?? null;
  // The core's whole-number reading, as for a count in the votes sheet.
  const count = parseWholeNumber(value);
  if (count !== "invalid") return count;
  // A number that is no count (2,5 or -1) is #NUM!, as for the quotas; text says why it is not a number.
  if (parseScore(value).kind === "number") throw invalidNumber();
  pointsAt(value, placeOf(votes, index), "số phiếu");
  throw invalidNumber();
}

/** Each row's "considered" flag: blank counts as considered; "Không"/FALSE excludes. */
function consideredOf(totals: Cells, arg: unknown): boolean[] {
  const cells = cellsOf(arg, "text");
  requireSameLength(totals, "tổng điểm", cells, "xét thi đua");
  return cells.values.map((value, i) => {
    const yes = parseYesNo(value);
    if (yes === "invalid") {
      throw invalidValue(
        text().at(placeOf(cells, i), text().yesNoInvalid({ shown: shown(value), what: "xét thi đua" })),
      );
    }
    return yes !== false;
  });
}

// ── DUDIEUKIEN ──────────────────────────────────────────────────────────────

/**
 * Xét điều kiện thi đua, khen thưởng của một đơn vị: "Đủ điều kiện", hoặc lý do không được xét: lãnh đạo chủ chốt bị kỷ luật từ khiển trách trở lên; không đăng ký thi đua và ký giao ước; không gửi báo cáo sơ kết hoặc tổng kết.
 * @customfunction DUDIEUKIEN DUDIEUKIEN
 * @param ky_luat Hình thức kỷ luật của lãnh đạo chủ chốt: để trống hoặc "Không" nếu không bị kỷ luật; "Khiển trách", "Cảnh cáo", "Cách chức"…
 * @param dang_ky Đã đăng ký thi đua và ký giao ước (Có/Không); hoặc hai ô liền nhau: đăng ký; ký giao ước.
 * @param bao_cao Ngày gửi báo cáo sơ kết, rồi ngày gửi báo cáo tổng kết ("Có" nếu đã gửi mà không ghi ngày; để trống hoặc "Không" nếu chưa gửi). Một ô duy nhất là báo cáo duy nhất cụm yêu cầu.
 * @returns "Đủ điều kiện" hoặc lý do không được xét.
 */
export function eligibility(ky_luat: unknown, dang_ky: unknown[][], bao_cao?: unknown[]): string {
  return excel(() => {
    const disciplineValue = singleValue(ky_luat, "kỷ luật", "text");
    const discipline = parseDiscipline(disciplineValue);
    if (discipline === "invalid")
      throw invalidValue(text().disciplineInvalid({ shown: shown(disciplineValue) }));
    const [registered, pactSigned] = registrationOf(dang_ky);
    // Excel passes the repeated reports as ONE array, each element an argument the user typed (a
    // blank cell among them is a report not sent), then the invocation object, which is ignored.
    const typed: readonly unknown[] = Array.isArray(bao_cao) ? bao_cao : [];
    const reports = typed.flatMap((arg) => [...cellsOf(arg, "text").values]);
    if (reports.length === 0) throw invalidValue(text().reportsMissing());
    if (reports.length > 2) throw invalidValue(text().tooManyReports({ count: reports.length }));
    const sent = reports.map((value, i) =>
      reportSent(value, reports.length === 1 ? "báo cáo" : i === 0 ? "báo cáo sơ kết" : "báo cáo tổng kết"),
    );
    // One report cell: the cluster asks for a single report, which then stands for both.
    const midReport = sent[0] ?? null;
    const endReport = sent[sent.length - 1] ?? null;
    const result = eligibilityOf({ registered, pactSigned, midReport, endReport, discipline }, {}, []);
    return result.considered ? functionValues.eligible : functionValues.reasons(result.exclusions);
  });
}

/** One cell for "registered and signed the pact", or two: registered; signed. */
function registrationOf(arg: unknown): [boolean | null, boolean | null] {
  const cells = cellsOf(arg, "text");
  if (cells.values.length > 2) throw invalidValue(text().registrationCells({ count: cells.values.length }));
  const facts = cells.values.map((value) => {
    const yes = parseYesNo(value);
    if (yes === "invalid")
      throw invalidValue(text().yesNoInvalid({ shown: shown(value), what: "Đăng ký thi đua" }));
    return yes;
  });
  const registered = facts[0] ?? null;
  return [registered, facts.length === 2 ? (facts[1] ?? null) : registered];
}

/** What a report cell says, as the core reads it: a date, sent without a date ("Có"), or not sent. */
function reportSent(value: CellValue, report: string): ReportSent {
  const sent = parseReportCell(value);
  if (sent !== "invalid") return sent;
  throw invalidValue(text().reportInvalid({ shown: shown(value), report }));
}

// ── CHUYENMA ────────────────────────────────────────────────────────────────

/**
 * Chuyển chữ gõ bằng bảng mã cũ TCVN3 (ABC, phông .VnTime) hoặc VNI-Windows sang Unicode dựng sẵn (NFC). Chữ đã là Unicode được giữ nguyên; chữ không nhận ra được bảng mã cũng được giữ nguyên.
 * @customfunction CHUYENMA CHUYENMA
 * @param van_ban Ô hoặc chữ cần chuyển mã.
 * @param phong_chu Tên phông chữ của ô gốc, nếu biết (ví dụ ".VnTime", ".VnTimeH", "VNI-Times"): cho biết chắc bảng mã. Bỏ qua thì tự nhận biết.
 * @returns Chữ Unicode.
 */
export function legacyToUnicode(van_ban: unknown, phong_chu?: unknown): string {
  return excel(() => {
    const text = textOf(singleValue(van_ban, "văn bản", "text"));
    const font = isOmitted(phong_chu) ? null : textOf(singleValue(phong_chu, "phông chữ", "text"));
    return convertLegacyText(text, { font: font === "" ? null : font }).text;
  });
}

// ── Errors ──────────────────────────────────────────────────────────────────

function firstError<P extends Problem>(problems: readonly P[]): P | undefined {
  return problems.find((p) => p.severity === "error");
}

/** A core problem as the cell's error: an unknown department is "not available", the rest #VALUE!. */
function problemFailure(problem: Problem, place: string | null): FunctionFailure {
  const message = text().located(place, problemText(text().diagnostics, problem));
  return problem.code === "DEPARTMENT_UNKNOWN" ? notAvailable(message) : invalidValue(message);
}

/** Runs a function body; a failure leaves as the CustomFunctions.Error Excel shows in the cell. */
function excel<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    const failure =
      error instanceof FunctionFailure
        ? error
        : invalidValue(text().unexpected({ detail: error instanceof Error ? error.message : String(error) }));
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
