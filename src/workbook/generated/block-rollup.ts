/**
 * The federation's roll-up as sheets: «Tổng hợp khối» (per block and cluster, each cluster's units
 * in its own rank order with its own quota, places awaiting a vote said) and «Danh sách đề nghị»
 * (the combined list of proposed units). Every figure is the core's (core/block-rollup.ts).
 */
import type { BlockRollup } from "../../core/block-rollup";
import { numberFromPoints } from "../../core/decimal";
import type { UnitResult } from "../../core/model";
import { summaryText as S } from "../../messages/vi/documents";
import { rollupText as R } from "../../messages/vi/year-documents";
import { cellAddress, rangeAddress } from "../grid/address";
import type { BlockWrite, CellWrite, SheetWrite } from "../port";
import { BODY, HEADER, LINE, NOTE, POINTS_FORMAT, TITLE } from "../styles";

const UNIT_WIDTHS = [6, 12, 40, 10, 9, 28, 10, 24];
const PROPOSAL_WIDTHS = [6, 30, 34, 12, 40, 10, 28, 26];
const BLOCK_LINE = { ...LINE, fontSize: 13 };

function unitRow(u: UnitResult, index: number): CellWrite[] {
  return [
    index + 1,
    u.code,
    u.name,
    numberFromPoints(u.total),
    u.rank,
    u.classification ?? "",
    u.considered ? S.yes : S.no,
    u.award === null ? "" : R.award[u.award],
  ];
}

/** «Tổng hợp khối»: blocks, clusters, units; a place awaiting a vote under its cluster. */
export function blockRollupSheet(rollup: BlockRollup): SheetWrite {
  const period = rollup.period?.label ?? "";
  const blocks: BlockWrite[] = [
    { at: "A1", cells: [[R.blockTitle(period)]], style: TITLE },
    { at: "A2", cells: [[R.blockNote]], style: NOTE },
  ];
  const merges: string[] = [];
  let row = 3;
  for (const block of rollup.blocks) {
    // A cluster in no block apart from itself is not named twice: its own line stands at the
    // block's level instead of under a «Khối:» line repeating its name.
    if (block.name !== null) {
      blocks.push({
        at: cellAddress(row, 0),
        cells: [[R.blockLine(block.name)]],
        style: BLOCK_LINE,
      });
      merges.push(rangeAddress(row, 0, row, UNIT_WIDTHS.length - 1));
      row += 1;
    }
    for (const c of block.clusters) {
      const { cluster } = c.result;
      blocks.push({
        at: cellAddress(row, 0),
        cells: [[R.clusterLine(cluster.name, c.file, cluster.quota.leading, cluster.quota.excellent)]],
        style: block.name === null ? BLOCK_LINE : LINE,
      });
      merges.push(rangeAddress(row, 0, row, UNIT_WIDTHS.length - 1));
      row += 1;
      blocks.push({ at: cellAddress(row, 0), cells: [[...R.unitHeaders]], style: HEADER });
      row += 1;
      const units = [...c.result.units].sort((a, b) => a.rank - b.rank);
      if (units.length > 0) {
        blocks.push({ at: cellAddress(row, 0), cells: units.map(unitRow), style: BODY });
        blocks.push({
          at: cellAddress(row, 3),
          cells: units.map((u) => [numberFromPoints(u.total)]),
          style: { ...BODY, numberFormat: POINTS_FORMAT },
        });
        row += units.length;
      }
      for (const place of c.open) {
        blocks.push({
          at: cellAddress(row, 0),
          cells: [
            [
              R.awaitingVote(
                place.places,
                place.units.map((u) => u.name),
              ),
            ],
          ],
          style: { ...NOTE, bold: true },
        });
        row += 1;
      }
      row += 1;
    }
  }
  return { name: R.blockSheet, generated: true, blocks, merges, columnWidths: UNIT_WIDTHS };
}

/**
 * «Danh sách đề nghị»: every proposed unit, block by block; then the places awaiting a vote. «Khối»
 * is left blank for a cluster in no block apart from itself (its name is in «Cụm»).
 */
export function proposalListSheet(rollup: BlockRollup): SheetWrite {
  const period = rollup.period?.label ?? "";
  const rows: CellWrite[][] = rollup.proposals.map((p, i) => [
    i + 1,
    p.block,
    p.cluster,
    p.unit.code,
    p.unit.name,
    numberFromPoints(p.unit.total),
    p.unit.classification ?? "",
    R.award[p.award],
  ]);
  const open = rollup.blocks.flatMap((b) =>
    b.clusters.flatMap((c) =>
      c.open.map((place): CellWrite[] => [
        null,
        b.name,
        c.result.cluster.name,
        null,
        R.awaitingVote(
          place.places,
          place.units.map((u) => u.name),
        ),
        null,
        null,
        R.award[place.award],
      ]),
    ),
  );
  const blocks: BlockWrite[] = [
    { at: "A1", cells: [[R.proposalTitle(period)]], style: TITLE },
    { at: "A2", cells: [[R.proposalNote]], style: NOTE },
    { at: "A4", cells: [[...R.proposalHeaders]], style: HEADER },
  ];
  const all = [...rows, ...open];
  if (all.length > 0) {
    blocks.push({ at: "A5", cells: all, style: BODY });
    if (rows.length > 0)
      blocks.push({
        at: "F5",
        cells: rows.map((r) => [r[5] ?? null]),
        style: { ...BODY, numberFormat: POINTS_FORMAT },
      });
  }
  return { name: R.proposalSheet, generated: true, blocks, columnWidths: PROPOSAL_WIDTHS };
}
