/**
 * The four small tables of "Cấu hình", each under its title row: the clusters and their award
 * quotas (with their head and deputy units), the classification bands, the holidays and the
 * recommendation's recipients. Written under the label/value rows (config.ts); read by finding each
 * table's header, a table ending where the next one's title begins.
 */
import { toExcelSerial } from "../../core/calendar";
import { cellText } from "../../core/cell-text";
import { bandsFrom } from "../../core/classification";
import { numberFromPoints } from "../../core/decimal";
import { problemOf } from "../../core/diagnostics";
import {
  clusterCode,
  type CalendarDate,
  type ClassificationBand,
  type ClusterDefinition,
  type Problem,
} from "../../core/model";
import { isCellError, parseDate, parseWholeNumber } from "../../core/numbers";
import { templateText as T } from "../../messages/vi/documents";
import { cellAddress, rangeAddress } from "../grid/address";
import { keyOf, reportErrors, type Grid } from "../grid/grid";
import { column, matchesColumn, readHeader, type ColumnSpec, type HeaderMatch } from "../grid/header";
import type { BlockWrite, CellStyle, CellWrite, DataValidationRule, SheetWrite } from "../port";
import { HEADER, INPUT, INPUT_DATE, LINE, SHARE_FORMAT } from "../styles";
import { TABLE_NAMES, columnRange, type TemplateSource } from "./table";

export const CLUSTER_TABLE = {
  title: "Các cụm thi đua và số lượng khen thưởng",
  columns: {
    code: column("Mã cụm", 12, true),
    name: column("Tên cụm", 36, true),
    leading: column("Dẫn đầu", 10, true, ["Số đơn vị dẫn đầu"]),
    excellent: column("Xuất sắc", 10, true, ["Số đơn vị xuất sắc"]),
    head: column("Cụm trưởng", 24, false),
    deputy: column("Cụm phó", 24, false),
  },
} as const;

export const BANDS_TABLE = {
  title: "Xếp loại (theo hướng dẫn của LĐLĐ — kiểm tra lại)",
  columns: {
    label: column("Xếp loại", 36, true),
    min: column("Từ điểm", 10, true, ["Điểm từ"]),
    minSectionShare: column("Mỗi mục đạt tối thiểu", 14, false),
  },
} as const;

export const HOLIDAYS_TABLE = {
  title: "Ngày nghỉ lễ, Tết (không tính là ngày làm việc)",
  columns: {
    date: column("Ngày nghỉ", 14, true, ["Ngày"]),
    name: column("Tên ngày lễ", 36, false),
  },
} as const;

export const RECIPIENTS_TABLE = {
  title: "Nơi nhận văn bản đề nghị",
  columns: {
    recipient: column("Nơi nhận", 48, true),
  },
} as const;

const TABLES = [CLUSTER_TABLE, BANDS_TABLE, HOLIDAYS_TABLE, RECIPIENTS_TABLE] as const;

// ── Writing ────────────────────────────────────────────────────────────────────

/** The tables written from `firstRow` (0-based) down, a blank row between them. */
export function configTables(
  source: TemplateSource,
  firstRow: number,
): Pick<SheetWrite, "tables" | "validations"> & { readonly blocks: BlockWrite[] } {
  const { config } = source;
  const tables: { name: string; range: string; headerRow: boolean }[] = [];
  const validations: DataValidationRule[] = [];
  let row = firstRow;
  const blocks: BlockWrite[] = [];

  const addTable = (
    title: string,
    tableName: string,
    columns: Record<string, ColumnSpec>,
    rows: CellWrite[][],
    styles: CellStyle[],
  ): { firstRow: number; lastRow: number } => {
    blocks.push({ at: `A${row + 1}`, cells: [[title]], style: LINE });
    const headerRow = row + 1;
    blocks.push({
      at: `A${headerRow + 1}`,
      cells: [Object.values(columns).map((c) => c.header)],
      style: HEADER,
    });
    const data = rows.length > 0 ? rows : [Object.keys(columns).map(() => null)];
    data.forEach((cells, i) => {
      cells.forEach((value, c) => {
        blocks.push({ at: cellAddress(headerRow + 1 + i, c), cells: [[value]], style: styles[c] ?? INPUT });
      });
    });
    const lastRow = headerRow + data.length;
    tables.push({
      name: tableName,
      range: rangeAddress(headerRow, 0, lastRow, Object.keys(columns).length - 1),
      headerRow: true,
    });
    row = lastRow + 2;
    return { firstRow: headerRow + 1, lastRow };
  };

  const clusterRows = source.clusters.map((c): CellWrite[] => [
    c.code,
    c.name,
    c.quota.leading,
    c.quota.excellent,
    c.head ?? "",
    c.deputy ?? "",
  ]);
  const clusters = addTable(CLUSTER_TABLE.title, TABLE_NAMES.clusters, CLUSTER_TABLE.columns, clusterRows, [
    INPUT,
    INPUT,
    INPUT,
    INPUT,
    INPUT,
    INPUT,
  ]);
  validations.push({
    range: rangeAddress(clusters.firstRow, 2, clusters.lastRow, 3),
    kind: "whole",
    min: 0,
    errorMessage: T.validation.quota,
  });

  const bandRows = config.bands.map((b): CellWrite[] => [
    b.label,
    numberFromPoints(b.minTotal),
    b.minSectionShare ?? null,
  ]);
  const bands = addTable(BANDS_TABLE.title, TABLE_NAMES.bands, BANDS_TABLE.columns, bandRows, [
    INPUT,
    INPUT,
    { ...INPUT, numberFormat: SHARE_FORMAT },
  ]);
  validations.push({
    range: columnRange(2, bands.firstRow, bands.lastRow),
    kind: "decimal",
    min: 0,
    max: 1,
    errorMessage: T.validation.share,
  });

  const holidayRows = source.holidays.map((d): CellWrite[] => [
    toExcelSerial(d),
    source.holidayNames?.get(`${d.year}-${d.month}-${d.day}`) ?? "",
  ]);
  const holidays = addTable(HOLIDAYS_TABLE.title, TABLE_NAMES.holidays, HOLIDAYS_TABLE.columns, holidayRows, [
    INPUT_DATE,
    INPUT,
  ]);
  validations.push({
    range: columnRange(0, holidays.firstRow, holidays.lastRow),
    kind: "date",
    min: 1,
    errorMessage: T.validation.date,
  });

  const recipients = (source.recipients ?? T.defaultRecipients).map((r): CellWrite[] => [r]);
  addTable(RECIPIENTS_TABLE.title, TABLE_NAMES.recipients, RECIPIENTS_TABLE.columns, recipients, [INPUT]);

  return { blocks, tables, validations };
}

// ── Reading ────────────────────────────────────────────────────────────────────

/** One of the small tables: its header and data rows, ending where the next table's title begins. */
function tableOf<K extends string>(
  grid: Grid,
  spec: { readonly title: string; readonly columns: Readonly<Record<K, ColumnSpec>> },
  problems: Problem[],
): { header: HeaderMatch<K>; rows: number[] } | null {
  const first = Object.values<ColumnSpec>(spec.columns)[0];
  let at = -1;
  for (let row = 0; row < grid.rowCount && at < 0; row++) {
    if (first && matchesColumn(grid.value(row, 0), first)) at = row;
  }
  if (at < 0) return null;
  const header = readHeader(grid, spec.columns, problems, at, at + 1);
  if (!header) return null;
  const titleKeys = new Set(TABLES.map((s) => keyOf(s.title)));
  const firstColumns = TABLES.map((s) => Object.values<ColumnSpec>(s.columns)[0]);
  let end = grid.rowCount;
  for (let row = header.row + 1; row < grid.rowCount && end === grid.rowCount; row++) {
    const a = grid.value(row, 0);
    if (typeof a === "string" && titleKeys.has(keyOf(a))) end = row;
    else if (firstColumns.some((f) => f && matchesColumn(a, f))) end = row;
  }
  return { header, rows: grid.dataRows(header.row, end) };
}

/** The tables as read. */
export interface ConfigTablesRead {
  readonly clusters: readonly ClusterDefinition[];
  /** Head and deputy unit per cluster, by the cluster code's key. */
  readonly officers: ReadonlyMap<string, { readonly head: string; readonly deputy: string }>;
  readonly bands: readonly ClassificationBand[];
  readonly holidays: readonly CalendarDate[];
  readonly recipients: readonly string[];
}

/** Reads the four tables; a missing cluster table is a problem, the others may be absent. */
export function readConfigTables(grid: Grid, problems: Problem[]): ConfigTablesRead {
  const clusterTable = tableOf(grid, CLUSTER_TABLE, problems);
  const bandsTable = tableOf(grid, BANDS_TABLE, problems);
  const holidaysTable = tableOf(grid, HOLIDAYS_TABLE, problems);
  const recipientsTable = tableOf(grid, RECIPIENTS_TABLE, problems);

  if (!clusterTable) problems.push(problemOf("WB_CONFIG_MISSING", { label: CLUSTER_TABLE.title }));
  const clusters: ClusterDefinition[] = [];
  const officers = new Map<string, { head: string; deputy: string }>();
  if (clusterTable) {
    const { header, rows } = clusterTable;
    const col = header.columns;
    reportErrors(grid, rows, Object.values(col), problems);
    for (const row of rows) {
      const code = grid.text(row, col.code) || grid.text(row, col.name);
      const name = grid.text(row, col.name) || code;
      const quota = (c: number | null): number => {
        const parsed = c === null ? null : parseWholeNumber(grid.value(row, c));
        const n = typeof parsed === "number" ? parsed : null;
        if (n === null && c !== null) {
          problems.push(
            problemOf(
              "WB_CONFIG_INVALID",
              {
                label: grid.text(header.row, c),
                shown: cellText(grid.value(row, c)),
                expected: "wholeNumber",
              },
              grid.at(row, c),
            ),
          );
        }
        return n ?? 0;
      };
      clusters.push({
        code: clusterCode(code),
        name,
        quota: { leading: quota(col.leading), excellent: quota(col.excellent) },
      });
      officers.set(keyOf(code), { head: grid.text(row, col.head), deputy: grid.text(row, col.deputy) });
    }
  }

  let bands: ClassificationBand[] = [];
  if (bandsTable) {
    const { header, rows } = bandsTable;
    const col = header.columns;
    reportErrors(grid, rows, Object.values(col), problems);
    const result = bandsFrom(
      rows.map((row) => ({
        label: grid.value(row, col.label ?? 0),
        min: grid.value(row, col.min),
        ...(col.minSectionShare === null ? {} : { minSectionShare: grid.value(row, col.minSectionShare) }),
        at: grid.at(row, col.min ?? 0),
      })),
    );
    bands = result.bands;
    problems.push(...result.problems);
  }

  const holidays: CalendarDate[] = [];
  const dateCol = holidaysTable?.header.columns.date ?? null;
  for (const row of dateCol === null ? [] : (holidaysTable?.rows ?? [])) {
    const raw = grid.value(row, dateCol);
    if (isCellError(raw)) {
      problems.push(problemOf("WB_FORMULA_ERROR", { shown: raw.error }, grid.at(row, dateCol ?? 0)));
      continue;
    }
    const d = parseDate(raw);
    if (d === "invalid") {
      problems.push(
        problemOf(
          "WB_CONFIG_INVALID",
          { label: HOLIDAYS_TABLE.columns.date.header, shown: cellText(raw), expected: "date" },
          grid.at(row, dateCol ?? 0),
        ),
      );
    } else if (d !== null) holidays.push(d);
  }

  const recipients: string[] = [];
  if (recipientsTable) {
    const col = recipientsTable.header.columns.recipient;
    for (const row of recipientsTable.rows) {
      const text = grid.text(row, col);
      if (text !== "") recipients.push(text);
    }
  }
  return { clusters, officers, bands, holidays, recipients };
}
