/**
 * "Đơn vị": one row per unit (code, name, cluster, type, registration and pact, report dates,
 * the leaders' discipline, the day its self-scores arrived). Written by the template (with sample
 * facts when asked), read into the core's unit rows, and updated in place when scores arrive.
 */
import { addDays, toExcelSerial } from "../../core/calendar";
import { problemOf } from "../../core/diagnostics";
import type { CalendarDate, DisciplineLevel, Problem, UnitRow, UnitType } from "../../core/model";
import { templateText as T } from "../../messages/vi/documents";
import { cellAddress, rangeAddress } from "../grid/address";
import { reportErrors, type Grid } from "../grid/grid";
import { column, readHeader } from "../grid/header";
import { WORKBOOK_LIMITS } from "../limits";
import type { BlockWrite, CellUpdate, DataValidationRule, SheetWrite } from "../port";
import { SHEET } from "../sheet-names";
import { DATE_FORMAT, HEADER, INPUT, INPUT_DATE } from "../styles";
import {
  FIRST_DATA_ROW,
  NO,
  TABLE_NAMES,
  TEMPLATE_HEADER_ROW,
  YES,
  columnOf,
  columnRange,
  headers,
  serial,
  titleBlocks,
  widths,
  type TemplateSource,
  type TemplateUnit,
} from "./table";

export const UNIT_COLUMNS = {
  code: column("Mã", 10, true, ["Mã đơn vị"]),
  name: column("Tên đơn vị", 40, true, ["Đơn vị"]),
  cluster: column("Cụm", 22, false, ["Cụm thi đua"]),
  type: column("Loại đơn vị", 14, false, ["Loại"]),
  registered: column("Đăng ký", 10, false, ["Đăng ký thi đua"]),
  pactSigned: column("Ký giao ước", 12, false, ["Ký giao ước thi đua"]),
  midReport: column("Ngày gửi BC sơ kết", 14, false, ["Ngày gửi báo cáo sơ kết"]),
  endReport: column("Ngày gửi BC tổng kết", 14, false, ["Ngày gửi báo cáo tổng kết"]),
  discipline: column("Kỷ luật lãnh đạo", 16, false, ["Kỷ luật"]),
  received: column("Ngày nhận điểm", 14, false),
} as const;

export const UNIT_TYPE_LABELS: Readonly<Record<UnitType, string>> = {
  direct: "Trực tiếp",
  coordinating: "Phối hợp",
};

export const DISCIPLINE_LABELS: Readonly<Record<DisciplineLevel, string>> = {
  none: "Không",
  reprimand: "Khiển trách",
  warning: "Cảnh cáo",
  demotion: "Hạ bậc lương",
  dismissal: "Cách chức",
  expulsion: "Khai trừ",
};

// ── Writing ────────────────────────────────────────────────────────────────────

export interface UnitFacts {
  readonly registered: string;
  readonly pactSigned: string;
  readonly midReport: CalendarDate | null;
  readonly endReport: CalendarDate | null;
  readonly discipline: string;
  readonly received: CalendarDate | null;
}

/** Sample facts: most units on time, a few late or excluded so the summary shows each case. */
export function sampleFacts(
  source: TemplateSource,
  index: number,
  count: number,
  random: () => number,
): UnitFacts {
  const { deadlines, period } = source;
  // Without a stated deadline, reports are due mid-period and a month before the period ends.
  const midDue = deadlines.midReport ?? addDays(period.start, 180);
  const endDue = deadlines.endReport ?? deadlines.summaryMeeting ?? addDays(period.end, -30);
  const facts: UnitFacts = {
    registered: YES,
    pactSigned: YES,
    midReport: addDays(midDue, -(1 + Math.floor(random() * 5))),
    endReport: addDays(endDue, -(1 + Math.floor(random() * 5))),
    discipline: DISCIPLINE_LABELS.none,
    // No arrival recorded: the sample's scores were typed into the workbook, no file was received.
    // A date here would make each unit's returned file a second sending, refused by the merge.
    received: null,
  };
  // With enough units, show an exclusion and a late report (never the first units: they lead the sample).
  if (count >= 6 && index === count - 1) return { ...facts, pactSigned: NO };
  if (count >= 8 && index === count - 2) return { ...facts, discipline: DISCIPLINE_LABELS.reprimand };
  if (count >= 5 && index === count - 3) {
    return { ...facts, endReport: addDays(endDue, 2) };
  }
  return facts;
}

export function unitsSheet(
  source: TemplateSource,
  units: readonly TemplateUnit[],
  facts: readonly UnitFacts[] | null,
): SheetWrite {
  const blocks: BlockWrite[] = [
    ...titleBlocks(T.unitsTitle, T.unitsNote),
    { at: "A3", cells: [headers(UNIT_COLUMNS)], style: HEADER },
  ];
  const rows = units.length > 0 ? units : [null];
  rows.forEach((u, i) => {
    const f = facts?.[i];
    const r = FIRST_DATA_ROW + i + 1;
    blocks.push({
      at: `A${r}`,
      cells: [[u?.code ?? null, u?.name ?? null, u?.cluster ?? null, u ? UNIT_TYPE_LABELS[u.type] : null]],
      style: INPUT,
    });
    blocks.push({
      at: `E${r}`,
      cells: [[f?.registered ?? null, f?.pactSigned ?? null]],
      style: { ...INPUT, horizontal: "center" },
    });
    blocks.push({
      at: `G${r}`,
      cells: [[serial(f?.midReport ?? undefined), serial(f?.endReport ?? undefined)]],
      style: INPUT_DATE,
    });
    blocks.push({ at: `I${r}`, cells: [[f?.discipline ?? null]], style: INPUT });
    blocks.push({ at: `J${r}`, cells: [[serial(f?.received ?? undefined)]], style: INPUT_DATE });
  });
  const last = FIRST_DATA_ROW + rows.length - 1;
  const col = (key: keyof typeof UNIT_COLUMNS): number => columnOf(UNIT_COLUMNS, key);
  const clusterNames = source.clusters.map((c) => c.name);
  const validations: DataValidationRule[] = [
    {
      range: columnRange(col("type"), FIRST_DATA_ROW, last),
      kind: "list",
      list: Object.values(UNIT_TYPE_LABELS),
      errorMessage: T.validation.unitType,
    },
    {
      range: rangeAddress(FIRST_DATA_ROW, col("registered"), last, col("pactSigned")),
      kind: "list",
      list: [YES, NO],
      errorMessage: T.validation.yesNo,
    },
    {
      range: rangeAddress(FIRST_DATA_ROW, col("midReport"), last, col("endReport")),
      kind: "date",
      min: 1,
      errorMessage: T.validation.date,
    },
    {
      range: columnRange(col("received"), FIRST_DATA_ROW, last),
      kind: "date",
      min: 1,
      errorMessage: T.validation.date,
    },
    {
      range: columnRange(col("discipline"), FIRST_DATA_ROW, last),
      kind: "list",
      list: Object.values(DISCIPLINE_LABELS),
      errorMessage: T.validation.discipline,
    },
  ];
  // Excel caps a typed-in list at 255 characters; longer lists are checked by the product instead.
  if (clusterNames.join(",").length <= 250 && !clusterNames.some((n) => n.includes(","))) {
    validations.push({
      range: columnRange(col("cluster"), FIRST_DATA_ROW, last),
      kind: "list",
      list: clusterNames,
      errorMessage: T.validation.cluster,
    });
  }
  return {
    name: SHEET.units,
    generated: false,
    blocks,
    columnWidths: widths(UNIT_COLUMNS),
    tables: [
      {
        name: TABLE_NAMES.units,
        range: rangeAddress(TEMPLATE_HEADER_ROW, 0, last, Object.keys(UNIT_COLUMNS).length - 1),
        headerRow: true,
      },
    ],
    validations,
    freeze: { rows: FIRST_DATA_ROW, columns: 2 },
  };
}

/** Where arrival dates go: the unit list's header row and its «Ngày nhận điểm» column, if any. */
export interface UnitListPlace {
  readonly sheet: string;
  readonly headerRow: number;
  readonly receivedCol: number | null;
  /** The first free column right of the header: «Ngày nhận điểm» goes there when the list lacks it. */
  readonly freeCol: number;
}

/**
 * The cells recording when units' scores arrived, one per unit row; an older list without the
 * column gets it, right of its last header.
 */
export function arrivalUpdates(
  list: UnitListPlace,
  arrivals: readonly { readonly row: number | null; readonly on: CalendarDate }[],
): CellUpdate[] {
  if (arrivals.length === 0) return [];
  const col = list.receivedCol ?? list.freeCol;
  const updates: CellUpdate[] = [];
  if (list.receivedCol === null) {
    updates.push({
      sheet: list.sheet,
      at: cellAddress(list.headerRow, col),
      cells: [[UNIT_COLUMNS.received.header]],
    });
  }
  for (const { row, on } of arrivals) {
    if (row === null) continue;
    updates.push({
      sheet: list.sheet,
      at: cellAddress(row, col),
      cells: [[toExcelSerial(on)]],
      numberFormat: DATE_FORMAT,
    });
  }
  return updates;
}

// ── Reading ────────────────────────────────────────────────────────────────────

export interface UnitsRead {
  readonly units: readonly UnitRow[];
  /** The row (0-based) of each unit, in the order of `units`. */
  readonly rows: readonly number[];
  readonly codeCol: number | null;
  /** More units than WORKBOOK_LIMITS allows (a problem says so). */
  readonly exceedsLimits: boolean;
}

/** Reads "Đơn vị": one unit per row, each value with its cell (the core judges them). */
export function readUnitsSheet(grid: Grid, problems: Problem[]): UnitsRead {
  const header = readHeader(grid, UNIT_COLUMNS, problems);
  if (!header) return { units: [], rows: [], codeCol: null, exceedsLimits: false };
  const col = header.columns;
  const rows = grid.dataRows(header.row);
  reportErrors(grid, rows, [col.code, col.name, col.cluster, col.type], problems);
  const units = rows.map((row): UnitRow => ({
    code: grid.sourcedText(row, col.code),
    name: grid.sourcedText(row, col.name),
    cluster: grid.sourcedText(row, col.cluster),
    type: grid.sourced(row, col.type),
    registered: grid.sourced(row, col.registered),
    pactSigned: grid.sourced(row, col.pactSigned),
    midReportDate: grid.sourced(row, col.midReport),
    endReportDate: grid.sourced(row, col.endReport),
    leaderDiscipline: grid.sourced(row, col.discipline),
  }));
  const past = units[WORKBOOK_LIMITS.units];
  if (past) problems.push(problemOf("WB_TOO_MANY_UNITS", { limit: WORKBOOK_LIMITS.units }, past.code.at));
  return { units, rows, codeCol: col.code, exceedsLimits: past !== undefined };
}
