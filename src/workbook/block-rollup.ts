/**
 * «Tổng hợp khối»: reads each cluster workbook once (through its port) into what the core's roll-up
 * takes, then writes the roll-up's sheets into a new workbook. The rules are the core's
 * (core/block-rollup.ts); the input workbooks are never written.
 */
import {
  rollUpBlocks,
  type BlockDefinition,
  type BlockRollup,
  type RollupSource,
} from "../core/block-rollup";
import type { CalendarDate, CellRef } from "../core/model";
import { buildAdministrativeDocument, type AdministrativeDocument } from "./generated/documents";
import { rollupDocuments, type RollupIssuer } from "./generated/rollup-documents";
import { normalizeKey } from "../core/text/normalize";
import { blockRollupSheet, proposalListSheet } from "./generated/block-rollup";
import { Grid, keyOf } from "./grid/grid";
import { findHeader } from "./grid/header";
import type { SheetSnapshot, WorkbookPort } from "./port";
import { findSheet, isVariantOf, SHEET } from "./sheet-names";
import { CONFIG_KEYS } from "./sheets/config";
import { CLUSTER_TABLE } from "./sheets/config-tables";
import { fingerprintOfSummary } from "./generated/summary";
import { inputFingerprint } from "./fingerprint";
import { evaluate, readWorkbook } from "./usecases";

/** Where «Cấu hình» holds the period's label, and each cluster's row (by code key). */
function configCells(config: SheetSnapshot | undefined): {
  periodAt?: CellRef;
  clusters: Map<string, CellRef>;
} {
  const clusters = new Map<string, CellRef>();
  if (!config) return { clusters };
  const grid = new Grid(config);
  let periodAt: CellRef | undefined;
  for (let row = 0; row < grid.rowCount; row++) {
    const label = grid.value(row, 0);
    if (typeof label === "string" && keyOf(label) === keyOf(CONFIG_KEYS.periodLabel)) {
      periodAt = grid.at(row, 1);
      break;
    }
  }
  const header = findHeader(grid, CLUSTER_TABLE.columns, 0, grid.rowCount);
  if (header) {
    const col = header.columns;
    for (const row of grid.dataRows(header.row)) {
      const code = grid.text(row, col.code) || grid.text(row, col.name);
      if (code !== "" && !clusters.has(normalizeKey(code)))
        clusters.set(normalizeKey(code), grid.at(row, col.code ?? 0));
    }
  }
  return { ...(periodAt ? { periodAt } : {}), clusters };
}

/**
 * One cluster workbook read for the roll-up: its source, and its document settings (the federation
 * and the place, for the documents). Plain data (structured-cloneable), so a worker thread may read it.
 */
export interface RollupRead {
  readonly source: RollupSource;
  readonly issuer: RollupIssuer;
}

/** Reads one cluster workbook for the roll-up: what `rollUpReads` takes, one per workbook. */
export async function readRollupSource(file: string, port: WorkbookPort): Promise<RollupRead> {
  // One read with the generated summary; the inputs are decoded once, for the results and for the
  // summary's staleness (the same comparison as isSummaryStale, without reading and decoding twice).
  const all = await readWorkbook(port, [SHEET.summary]);
  const own = all.infos.find((s) => s.generated && isVariantOf(s.name, SHEET.summary));
  const summarySnapshot = own ? findSheet(all.sheets, own.name) : undefined;
  const read = { infos: all.infos, sheets: all.sheets.filter((s) => s !== summarySnapshot) };
  const evaluated = evaluate(read);
  const errors = evaluated.problems.filter((p) => p.severity === "error").length;
  const firstErrorAt = evaluated.problems.find((p) => p.severity === "error")?.at;
  const written = summarySnapshot ? fingerprintOfSummary(summarySnapshot.values) : null;
  const summary =
    own === undefined
      ? "missing"
      : written !== null && written === inputFingerprint(evaluated.decoded.input)
        ? "fresh"
        : "stale";
  const cells = configCells(findSheet(read.sheets, SHEET.config));
  const input = evaluated.decoded.input;
  const unitCells = new Map<string, CellRef>();
  for (const u of input.units) if (u.code.at) unitCells.set(normalizeKey(u.code.value), u.code.at);
  const readable = evaluated.summary !== null;
  const settings = evaluated.decoded.document;
  const issuer = { parentBody: settings.parentBody, place: settings.place };
  const source: RollupSource = {
    file,
    block: input.name,
    period: readable ? input.period : null,
    ...(cells.periodAt ? { periodAt: cells.periodAt } : {}),
    clusters: errors === 0 && evaluated.summary ? evaluated.summary.clusters : [],
    clusterCells: cells.clusters,
    unitCells,
    summary,
    summarySheet: own?.name ?? SHEET.summary,
    errors: readable ? errors : Math.max(1, errors),
    ...(firstErrorAt ? { firstErrorAt } : {}),
    ...(evaluated.problems.some((p) => p.code === "WB_NOT_CLUSTER_WORKBOOK") ? { notCluster: true } : {}),
  };
  return { source, issuer };
}

export interface RollupWritten extends BlockRollup {
  readonly written: boolean;
  /**
   * Who issues the roll-up's documents: the federation («Cơ quan cấp trên») and the place of the
   * first cluster workbook that names them.
   */
  readonly issuer: RollupIssuer;
}

/**
 * Rolls the workbooks up and, when nothing refuses it, writes «Tổng hợp khối» and «Danh sách đề
 * nghị» into `target`. Returns the roll-up (its problems name file, sheet and cell).
 */
export async function rollUpWorkbooks(
  workbooks: readonly { readonly file: string; readonly port: WorkbookPort }[],
  target: WorkbookPort,
  options: { readonly blocks?: readonly BlockDefinition[] } = {},
): Promise<RollupWritten> {
  const reads: RollupRead[] = [];
  for (const w of workbooks) reads.push(await readRollupSource(w.file, w.port));
  return rollUpReads(reads, target, options);
}

/**
 * Rolls up workbooks already read (`readRollupSource`, in the order given) and, when nothing refuses
 * it, writes the roll-up's sheets into `target`, as `rollUpWorkbooks`.
 */
export async function rollUpReads(
  reads: readonly RollupRead[],
  target: WorkbookPort,
  options: { readonly blocks?: readonly BlockDefinition[] } = {},
): Promise<RollupWritten> {
  const sources = reads.map((r) => r.source);
  let parentBody = "";
  let place = "";
  for (const read of reads) {
    if (parentBody === "") parentBody = read.issuer.parentBody;
    if (place === "") place = read.issuer.place;
  }
  const rollup = rollUpBlocks(sources, options.blocks);
  const issuer = { parentBody, place };
  if (rollup.refused) return { ...rollup, written: false, issuer };
  await target.writeSheets([blockRollupSheet(rollup), proposalListSheet(rollup)]);
  return { ...rollup, written: true, issuer };
}

/**
 * The roll-up's tờ trình and list, laid out for the Word writer (generated/rollup-documents.ts).
 *
 * @example rollupDocumentFiles(rollup, now).map((d) => d.fileName) // ["to-trinh-tong-hop-khoi", "danh-sach-tong-hop-khoi"]
 */
export function rollupDocumentFiles(
  rollup: RollupWritten,
  now: CalendarDate,
): { readonly kind: "TTr" | "DS"; readonly fileName: string; readonly document: AdministrativeDocument }[] {
  return rollupDocuments(rollup, rollup.issuer, now).map((d) => ({
    kind: d.kind,
    fileName: d.fileName,
    document: buildAdministrativeDocument(d.input),
  }));
}
