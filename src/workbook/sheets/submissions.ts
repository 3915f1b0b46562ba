/**
 * «Đăng ký và nộp»: what each unit has handed the cluster, one row per entry — the unit, the item
 * (its registration, its signed pact, its mid-period and year reports, its self-score table), the
 * day it arrived, whether it was received or sent back, what it registers or a note. Rows, never
 * overwritten cells: a later entry is a new row, so the history stays (core/submissions.ts turns
 * the rows into the facts the eligibility check and the plan read).
 *
 * Written by the template (empty, or with the sample's facts) and by the merge of returned unit
 * files (a «Bảng tự chấm» row per file taken); typed into by the head. Read into the core's
 * entries; a row whose unit, item, date or outcome cannot be read is a problem at its cell and is
 * left out.
 */
import { cellText } from "../../core/cell-text";
import { problemOf } from "../../core/diagnostics";
import type { SubmissionField } from "../../core/diagnostics";
import type { CalendarDate, Problem } from "../../core/model";
import { unitCode } from "../../core/model";
import { parseDate } from "../../core/numbers";
import type { SubmissionEntry, SubmissionItem } from "../../core/submissions";
import { cellAddress, rangeAddress } from "../grid/address";
import { keyOf, type Grid } from "../grid/grid";
import { column, readHeader } from "../grid/header";
import type { BlockWrite, CellUpdate, DataValidationRule, SheetWrite } from "../port";
import { SHEET } from "../sheet-names";
import { DATE_FORMAT, HEADER, INPUT, INPUT_DATE } from "../styles";
import { FIRST_DATA_ROW, TEMPLATE_HEADER_ROW, columnOf, headers, serial, titleBlocks, widths } from "./table";

export const SUBMISSION_COLUMNS = {
  unit: column("Mã đơn vị", 12, true, ["Mã"]),
  name: column("Tên đơn vị", 36, false, ["Đơn vị"]),
  item: column("Hạng mục", 20, true, ["Nội dung nộp", "Loại"]),
  date: column("Ngày", 12, true, ["Ngày nhận", "Ngày nộp"]),
  outcome: column("Kết quả", 12, false),
  content: column("Nội dung đăng ký / tệp", 40, false, ["Nội dung đăng ký", "Nội dung"]),
  note: column("Ghi chú", 30, false),
} as const;

/** The Excel table's name of the sheet. */
export const SUBMISSIONS_TABLE = "DangKyNop";

/** The items as the sheet writes them; reading also takes a few usual spellings. */
export const SUBMISSION_ITEM_LABELS: Readonly<Record<SubmissionItem, string>> = {
  registration: "Đăng ký thi đua",
  pact: "Giao ước đã ký",
  "mid-report": "Báo cáo sơ kết",
  "year-report": "Báo cáo tổng kết",
  "self-score": "Bảng tự chấm",
};

const ITEM_ALIASES: Readonly<Record<SubmissionItem, readonly string[]>> = {
  registration: ["Đăng ký", "Bản đăng ký", "Đăng ký thi đua năm"],
  pact: ["Giao ước", "Ký giao ước", "Giao ước thi đua", "Ký giao ước thi đua"],
  "mid-report": ["BC sơ kết", "Báo cáo 6 tháng", "Báo cáo học kỳ I"],
  "year-report": ["BC tổng kết", "Báo cáo năm", "Báo cáo tổng kết năm"],
  "self-score": ["Bảng tự chấm điểm", "Tự chấm điểm", "Tệp tự chấm"],
};

export const SUBMISSION_OUTCOME_LABELS: Readonly<Record<SubmissionEntry["outcome"], string>> = {
  received: "Đã nhận",
  returned: "Trả lại",
};

const OUTCOME_ALIASES: Readonly<Record<SubmissionEntry["outcome"], readonly string[]>> = {
  received: ["Nhận", "Có", "Đã nộp", "x"],
  returned: ["Trả về", "Không hợp lệ", "Trả lại để sửa"],
};

const TITLE = "ĐĂNG KÝ VÀ NỘP HỒ SƠ THI ĐUA CỦA CÁC ĐƠN VỊ";
const NOTE =
  "Mỗi lần một đơn vị nộp (hoặc cụm trả lại) một hạng mục là một dòng mới, không sửa dòng cũ: bản đăng ký, giao ước đã ký, báo cáo sơ kết, báo cáo tổng kết, bảng tự chấm. Hạng mục nộp lần đầu tính ngày nộp đó; nộp bổ sung không đổi ngày; «Trả lại» thì tính lại từ lần nộp sau. Hạng mục chưa có dòng nào thì đọc ở trang «Đơn vị».";

/** A row to write: one entry as the sheet holds it. */
export interface SubmissionRow {
  readonly unit: string;
  readonly name: string;
  readonly item: SubmissionItem;
  readonly on: CalendarDate;
  readonly outcome?: SubmissionEntry["outcome"];
  readonly content?: string;
  readonly note?: string;
}

function rowCells(row: SubmissionRow | null): (string | number | null)[][] {
  return [
    [
      row?.unit ?? null,
      row?.name ?? null,
      row ? SUBMISSION_ITEM_LABELS[row.item] : null,
      serial(row?.on),
      row ? SUBMISSION_OUTCOME_LABELS[row.outcome ?? "received"] : null,
      row?.content ?? null,
      row?.note ?? null,
    ],
  ];
}

// ── Writing ────────────────────────────────────────────────────────────────────

/** The sheet with its rows (an empty table row when there are none), lists for item and outcome. */
export function submissionsSheet(rows: readonly SubmissionRow[]): SheetWrite {
  const blocks: BlockWrite[] = [
    ...titleBlocks(TITLE, NOTE),
    { at: "A3", cells: [headers(SUBMISSION_COLUMNS)], style: HEADER },
  ];
  const written: (SubmissionRow | null)[] = rows.length > 0 ? [...rows] : [null];
  const col = (key: keyof typeof SUBMISSION_COLUMNS): number => columnOf(SUBMISSION_COLUMNS, key);
  written.forEach((row, i) => {
    const r = FIRST_DATA_ROW + i;
    const [cells] = rowCells(row);
    blocks.push({ at: cellAddress(r, 0), cells: [cells!.slice(0, col("date"))], style: INPUT });
    blocks.push({
      at: cellAddress(r, col("date")),
      cells: [[cells![col("date")] ?? null]],
      style: INPUT_DATE,
    });
    blocks.push({ at: cellAddress(r, col("outcome")), cells: [cells!.slice(col("outcome"))], style: INPUT });
  });
  const last = FIRST_DATA_ROW + written.length - 1;
  const validations: DataValidationRule[] = [
    {
      range: rangeAddress(FIRST_DATA_ROW, col("item"), last, col("item")),
      kind: "list",
      list: Object.values(SUBMISSION_ITEM_LABELS),
      errorMessage: "Chọn hạng mục trong danh sách.",
    },
    {
      range: rangeAddress(FIRST_DATA_ROW, col("date"), last, col("date")),
      kind: "date",
      min: 1,
      errorMessage: "Ghi một ngày (ngày/tháng/năm).",
    },
    {
      range: rangeAddress(FIRST_DATA_ROW, col("outcome"), last, col("outcome")),
      kind: "list",
      list: Object.values(SUBMISSION_OUTCOME_LABELS),
      errorMessage: "Ghi «Đã nhận» hoặc «Trả lại».",
    },
  ];
  return {
    name: SHEET.submissions,
    generated: false,
    blocks,
    columnWidths: widths(SUBMISSION_COLUMNS),
    tables: [
      {
        name: SUBMISSIONS_TABLE,
        range: rangeAddress(TEMPLATE_HEADER_ROW, 0, last, Object.keys(SUBMISSION_COLUMNS).length - 1),
        headerRow: true,
      },
    ],
    validations,
    freeze: { rows: FIRST_DATA_ROW, columns: 2 },
  };
}

/** Where new rows go: the sheet, its header row and columns, and the first row after the last used one. */
export interface SubmissionsPlace {
  readonly sheet: string;
  readonly columns: Readonly<Record<keyof typeof SUBMISSION_COLUMNS, number | null>>;
  readonly nextRow: number;
}

/**
 * The cells that append rows after the last used row of the sheet, each row its own cells (the
 * unit, name, item, date, outcome, content and note where the sheet has the column). Existing
 * rows are never touched.
 */
export function submissionAppends(place: SubmissionsPlace, rows: readonly SubmissionRow[]): CellUpdate[] {
  const updates: CellUpdate[] = [];
  rows.forEach((row, i) => {
    const r = place.nextRow + i;
    const [cells] = rowCells(row);
    (Object.keys(SUBMISSION_COLUMNS) as (keyof typeof SUBMISSION_COLUMNS)[]).forEach((key, k) => {
      const c = place.columns[key];
      const value = cells![k] ?? null;
      if (c === null || value === null) return;
      updates.push({
        sheet: place.sheet,
        at: cellAddress(r, c),
        cells: [[value]],
        ...(key === "date" && { numberFormat: DATE_FORMAT }),
      });
    });
  });
  return updates;
}

/**
 * The «Bảng tự chấm» rows a merge of returned unit files adds: one per unit taken, dated the day its
 * file gives (or the merge's day), with the file's name. Empty when the workbook has no such sheet.
 *
 * @example selfScoreTicks(place, [{ unit: "DV02", name: "Hai", on: d(2022, 10, 18), file: "DV02 - Hai.xlsx" }])
 */
export function selfScoreTicks(
  place: SubmissionsPlace | null,
  taken: readonly {
    readonly unit: string;
    readonly name: string;
    readonly on: CalendarDate;
    readonly file: string;
  }[],
): CellUpdate[] {
  if (place === null) return [];
  return submissionAppends(
    place,
    taken.map((t) => ({ unit: t.unit, name: t.name, item: "self-score", on: t.on, content: t.file })),
  );
}

// ── Reading ────────────────────────────────────────────────────────────────────

const itemByKey = new Map<string, SubmissionItem>();
for (const item of Object.keys(SUBMISSION_ITEM_LABELS) as SubmissionItem[]) {
  for (const text of [SUBMISSION_ITEM_LABELS[item], ...ITEM_ALIASES[item]]) itemByKey.set(keyOf(text), item);
}
const outcomeByKey = new Map<string, SubmissionEntry["outcome"]>();
for (const outcome of Object.keys(SUBMISSION_OUTCOME_LABELS) as SubmissionEntry["outcome"][]) {
  for (const text of [SUBMISSION_OUTCOME_LABELS[outcome], ...OUTCOME_ALIASES[outcome]]) {
    outcomeByKey.set(keyOf(text), outcome);
  }
}

export interface SubmissionsRead {
  readonly entries: SubmissionEntry[];
  /** Where rows are added; null when the header row cannot be found. */
  readonly place: SubmissionsPlace | null;
}

/**
 * Reads «Đăng ký và nộp»: one entry per row. A row without a unit, an item or a date, or whose item,
 * date or outcome cannot be read, is a WB_SUBMISSION_CELL_INVALID problem at its cell and is left
 * out; blank rows are skipped.
 */
export function readSubmissionsSheet(grid: Grid, problems: Problem[]): SubmissionsRead {
  const header = readHeader(grid, SUBMISSION_COLUMNS, problems);
  if (!header) return { entries: [], place: null };
  const col = header.columns;
  const rows = grid.dataRows(header.row);
  const entries: SubmissionEntry[] = [];
  let lastRow = header.row;
  for (const row of rows) {
    lastRow = Math.max(lastRow, row);
    let ok = true;
    const bad = (field: SubmissionField, c: number | null): void => {
      ok = false;
      problems.push(
        problemOf(
          "WB_SUBMISSION_CELL_INVALID",
          { field, shown: c === null ? "" : cellText(grid.value(row, c)) },
          grid.at(row, c ?? 0),
        ),
      );
    };
    const unitText = grid.text(row, col.unit);
    if (unitText === "") bad("unit", col.unit);
    const itemText = grid.text(row, col.item);
    const item = itemText === "" ? undefined : itemByKey.get(keyOf(itemText));
    if (item === undefined) bad("item", col.item);
    const date = col.date === null ? null : parseDate(grid.value(row, col.date));
    if (date === null || date === "invalid") bad("date", col.date);
    const outcomeText = grid.text(row, col.outcome);
    const outcome = outcomeText === "" ? "received" : outcomeByKey.get(keyOf(outcomeText));
    if (outcome === undefined) bad("outcome", col.outcome);
    if (!ok || item === undefined || outcome === undefined || date === null || date === "invalid") continue;
    const content = grid.text(row, col.content);
    entries.push({
      unit: unitCode(unitText),
      item,
      on: date,
      outcome,
      ...(content !== "" && { content }),
      at: grid.at(row, col.date ?? 0),
    });
  }
  return {
    entries,
    place: { sheet: grid.name, columns: col, nextRow: lastRow + 1 },
  };
}
