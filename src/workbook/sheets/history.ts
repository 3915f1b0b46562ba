/**
 * «Lịch sử»: every earlier period's result per unit (total, rank, classification, award), carried
 * forward and grown by `thidua nam-moi` each year. An input sheet the user keeps (they may correct
 * it); read back by the next year's «Năm mới».
 */
import { numberFromPoints } from "../../core/decimal";
import type { Award } from "../../core/model";
import type { HistoryRow } from "../../core/new-year";
import { parseScore, parseWholeNumber } from "../../core/numbers";
import { historyText as H } from "../../messages/vi/year-documents";
import { summaryText } from "../../messages/vi/documents";
import { rangeAddress } from "../grid/address";
import { keyOf, type Grid } from "../grid/grid";
import { column, findHeader } from "../grid/header";
import type { BlockWrite, SheetWrite } from "../port";
import { BODY, HEADER, POINTS_FORMAT } from "../styles";
import { FIRST_DATA_ROW, NO, TEMPLATE_HEADER_ROW, YES, headers, titleBlocks, widths } from "./table";

export const HISTORY_COLUMNS = {
  period: column("Kỳ thi đua", 18, true, ["Năm"]),
  code: column("Mã đơn vị", 12, true, ["Mã"]),
  codeThen: column("Mã khi đó", 12, false),
  name: column("Tên đơn vị", 36, false),
  cluster: column("Cụm", 28, false),
  total: column("Tổng điểm", 10, false),
  rank: column("Xếp hạng", 9, false),
  classification: column("Xếp loại", 26, false),
  considered: column("Xét thi đua", 10, false),
  award: column("Khen thưởng", 14, false),
} as const;

/** The Excel table's name of «Lịch sử». */
export const HISTORY_TABLE = "LichSu";

const AWARD_LABEL: Readonly<Record<Award, string>> = summaryText.award;

/** «Lịch sử» with `rows`, in their order. */
export function historySheet(name: string, rows: readonly HistoryRow[]): SheetWrite {
  const data = rows.length > 0 ? rows : [null];
  const cells = data.map((r) =>
    r === null
      ? headers(HISTORY_COLUMNS).map(() => null)
      : [
          r.period,
          r.code,
          r.codeThen,
          r.name,
          r.cluster,
          r.total === null ? null : numberFromPoints(r.total),
          r.rank,
          r.classification,
          r.excluded ? NO : YES,
          r.award === null ? "" : AWARD_LABEL[r.award],
        ],
  );
  const last = FIRST_DATA_ROW + data.length - 1;
  const blocks: BlockWrite[] = [
    ...titleBlocks(H.title, H.note),
    { at: "A3", cells: [headers(HISTORY_COLUMNS)], style: HEADER },
    { at: `A${FIRST_DATA_ROW + 1}`, cells, style: BODY },
    {
      at: `F${FIRST_DATA_ROW + 1}`,
      cells: cells.map((c) => [c[5] ?? null]),
      style: { ...BODY, numberFormat: POINTS_FORMAT },
    },
  ];
  return {
    name,
    generated: false,
    blocks,
    columnWidths: widths(HISTORY_COLUMNS),
    tables: [
      {
        name: HISTORY_TABLE,
        range: rangeAddress(TEMPLATE_HEADER_ROW, 0, last, headers(HISTORY_COLUMNS).length - 1),
        headerRow: true,
      },
    ],
  };
}

function awardNamed(text: string): Award | null {
  const key = keyOf(text);
  if (key === "") return null;
  for (const award of ["leading", "excellent"] as const) if (key === keyOf(AWARD_LABEL[award])) return award;
  return null;
}

/**
 * Reads «Lịch sử» (any producer's: the header is found by name). A row without a period or a code
 * is skipped; a total or rank that is not a number is kept as empty (the record is the cluster's).
 */
export function readHistorySheet(grid: Grid): HistoryRow[] {
  const header = findHeader(grid, HISTORY_COLUMNS);
  if (!header) return [];
  const col = header.columns;
  const rows: HistoryRow[] = [];
  for (const row of grid.dataRows(header.row)) {
    const period = grid.text(row, col.period);
    const code = grid.text(row, col.code);
    if (period === "" || code === "") continue;
    const total = parseScore(grid.value(row, col.total));
    const rank = parseWholeNumber(grid.value(row, col.rank));
    rows.push({
      period,
      code,
      codeThen: grid.text(row, col.codeThen) || code,
      name: grid.text(row, col.name),
      cluster: grid.text(row, col.cluster),
      total: total.kind === "number" ? total.points : null,
      rank: typeof rank === "number" ? rank : null,
      classification: grid.text(row, col.classification),
      award: awardNamed(grid.text(row, col.award)),
      excluded: keyOf(grid.text(row, col.considered)) === keyOf(NO),
    });
  }
  return rows;
}
