/**
 * Over 500 lines on purpose: one adapter for one port, whose methods share the batching, chunking and
 * waiting helpers below and the limits listed here; split by method, each part would restate them.
 *
 * The workbook port over Office.js, within the limits Microsoft documents:
 * - listSheets: one sync (the sheets, the product's marker sheet, the tables); two where the host
 *   refuses to chain on the missing marker sheet (what it throws for that is not documented).
 * - readSheets: one sync for the used ranges' sizes, then the cells in row bands packed under the
 *   response limit (Excel on the web: 5 MB, docs/concepts/resource-limits-and-performance-optimization.md):
 *   the number of syncs grows with the bytes read, not with the number of units.
 * - writeSheets: whole 2-D blocks with calculation and screen updating suspended, one sync unless the
 *   payload passes the request limit, then one more per chunk. New sheets are built under a temporary
 *   name and swapped in at the end of the last batch (sheet-plan.ts). The old generated sheet is
 *   deleted by its id, so if a co-author replaced it in between our swap fails instead of deleting
 *   their sheet. Deleting, renaming and moving sheets have no undo in Excel
 *   (docs/excel/excel-add-ins-undo-capabilities.md), so this never runs in a grouped undo: the pane
 *   says before such a step that it cannot be undone.
 * - writeCells, updateCells: values and fonts into existing cells, which Excel can undo: run as one
 *   undo step (`mergeUndoGroup`, ExcelApi 1.20) where the host has it, split under the request limit.
 * A write waits for Excel's answer however long a cell edit holds it (sync.ts); a read may time out.
 */
import type { CellValue } from "../../core/model";
import { sheetWords } from "../../messages/vi/documents";
import { columnLetter, parseCellAddress, rangeAddress } from "../../workbook/grid/address";
import type {
  BlockWrite,
  CellEdit,
  CellStyle,
  CellUpdate,
  CellWrite,
  DataValidationRule,
  PageSetup,
  ReadOptions,
  SheetInfo,
  SheetSnapshot,
  SheetWrite,
  ProtectableWorkbookPort,
  ProtectionChange,
} from "../../workbook/port";
import { WorkbookError } from "../../workbook/errors";
import { wantsFonts } from "../../workbook/port";
import { officeTextValue } from "../../workbook/safe-text";
import { fromExcelSerial } from "../../core/calendar";
import { normalizeKey } from "../../core/text/normalize";
import { generatedNamesFromMarker, MARKER_SHEET, markerSheetCells } from "../../workbook/sheet-names";
import { planSheetWrites, TEMP_SHEET_PREFIX } from "../../workbook/sheet-plan";
import { OfficeAdapterError } from "./errors";
import { abortError, DEFAULT_SYNC_TIMEOUT_MS, syncUntilAnswered, syncWithin } from "./sync";

/**
 * What the host supports above the manifest's floor (ExcelApi 1.9: screen-updating suspension,
 * getCellProperties for fonts, page layout — used unchecked), checked once at start (excel-host.ts).
 */
export interface OfficeCapabilities {
  /** ExcelApi 1.13: getMergedAreasOrNullObject. */
  readonly mergedAreas: boolean;
}

/** Runs a batch in its own Excel.run (the grouped-undo run for cell edits). */
export type BatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  readonly capabilities: OfficeCapabilities;
  /** A read that takes longer fails with a "timeout" the pane offers to retry; a write only reports it. */
  readonly syncTimeoutMs?: number;
  /**
   * Estimated request bytes per sync. Excel on the web refuses requests above 5 MB; the estimate
   * counts the UTF-8 JSON of what we send, so a margin stays for Office's own envelope.
   */
  readonly maxRequestBytes?: number;
  /** Estimated response bytes per sync: Excel on the web refuses responses above 5 MB too. */
  readonly maxResponseBytes?: number;
  readonly signal?: AbortSignal;
  /**
   * An Excel.run with `mergeUndoGroup` (ExcelApi 1.20), where the host has it: cell edits run in it,
   * so a whole merge or conversion is one undo step however many syncs it takes.
   */
  readonly undoGroup?: BatchRunner;
  /** Called once when a write has waited longer than the timeout (a cell being edited, a busy workbook). */
  readonly onSlowWrite?: () => void;
}

export const DEFAULT_MAX_REQUEST_BYTES = 3_500_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 3_500_000;

/**
 * What one cell costs in a response, by what is read: the JSON of its value and value type, of its
 * formula, of its font object. Generous for the product's sheets (short names, figures); a sheet of
 * long texts that passes the estimate is read again in smaller bands (readBands).
 */
const RESPONSE_BYTES_PER_CELL = { values: 32, formulas: 24, fonts: 48 } as const;

/** Sheets being built (sheet-plan.ts); listings skip them. */
export const TEMP_PREFIX = TEMP_SHEET_PREFIX;

interface KnownSheet {
  readonly name: string;
  readonly id: string;
  readonly visible: boolean;
}

/** The session's picture of the workbook, keyed as Excel compares sheet names (case-insensitive, NFC). */
interface Known {
  /** In workbook order, the marker sheet excluded. */
  sheets: KnownSheet[];
  byKey: Map<string, KnownSheet>;
  /** Every sheet's name in workbook order, marker and leftovers included (to place new sheets). */
  order: string[];
  /** The product's own sheets, as the marker sheet lists them: key → name. */
  generated: Map<string, string>;
  markerExists: boolean;
  /** Sheet key → the names of its tables. */
  tables: Map<string, string[]>;
}

const keyOf = (name: string): string => normalizeKey(name);

function tablesBySheet(
  tables: readonly { readonly name: string; readonly sheet: string }[],
): Map<string, string[]> {
  const bySheet = new Map<string, string[]>();
  for (const table of tables) {
    const key = keyOf(table.sheet);
    bySheet.set(key, [...(bySheet.get(key) ?? []), table.name]);
  }
  return bySheet;
}

/** One queued piece of a write, with its estimated request size. */
interface WriteOp {
  readonly bytes: number;
  readonly apply: (context: Excel.RequestContext) => void;
}

/** Rows of one sheet's used range read in one piece. */
interface Band {
  readonly sheet: number;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

export class OfficeWorkbook implements ProtectableWorkbookPort {
  private known: Known | null = null;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly maxResponse: number;
  private syncCount = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly options: OfficeWorkbookOptions,
  ) {
    this.timeoutMs = options.syncTimeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS;
    this.maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
    this.maxResponse = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  }

  /** Syncs this session has made. */
  get syncs(): number {
    return this.syncCount;
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    const context = this.context;
    const workbook = context.workbook;
    const sheets = workbook.worksheets;
    sheets.load("items/name,items/id,items/visibility");
    const tables = workbook.tables;
    tables.load("items/name,items/worksheet/name");
    const marker = sheets.getItemOrNullObject(MARKER_SHEET);
    const markerCells = marker.getUsedRangeOrNullObject(true);
    markerCells.load("values");
    let markerValues: readonly (readonly unknown[])[] = [];
    try {
      await this.read(() => context.sync());
      markerValues = markerCells.isNullObject ? [] : markerCells.values;
    } catch (error) {
      // What a method called on a null object does is not documented (a null object, or any error
      // code): whatever the host refused, learn whether the marker exists first, then read it.
      if (!(error instanceof OfficeAdapterError)) throw error;
      if (error.failure.kind !== "changed" && error.failure.kind !== "excel") throw error;
      markerValues = await this.readMarkerInTwoSteps(sheets, tables);
    }

    const all = sheets.items;
    const visibleSheets = all
      .filter((sheet) => sheet.name !== MARKER_SHEET && !sheet.name.startsWith(TEMP_PREFIX))
      .map((sheet) => ({ name: sheet.name, id: sheet.id, visible: sheet.visibility === "Visible" }));
    const known: Known = {
      sheets: visibleSheets,
      byKey: new Map(visibleSheets.map((sheet) => [keyOf(sheet.name), sheet])),
      order: all.map((sheet) => sheet.name),
      generated: new Map(generatedNamesFromMarker(markerValues).map((name) => [keyOf(name), name])),
      markerExists: all.some((sheet) => sheet.name === MARKER_SHEET),
      tables: tablesBySheet(tables.items.map((table) => ({ name: table.name, sheet: table.worksheet.name }))),
    };
    this.known = known;
    return known.sheets.map((sheet) => ({
      name: sheet.name,
      visible: sheet.visible,
      generated: known.generated.has(keyOf(sheet.name)),
    }));
  }

  private async readMarkerInTwoSteps(
    sheets: Excel.WorksheetCollection,
    tables: Excel.TableCollection,
  ): Promise<readonly (readonly unknown[])[]> {
    const context = this.context;
    sheets.load("items/name,items/id,items/visibility");
    tables.load("items/name,items/worksheet/name");
    await this.read(() => context.sync());
    if (!sheets.items.some((sheet) => sheet.name === MARKER_SHEET)) return [];
    const cells = sheets.getItem(MARKER_SHEET).getUsedRange(true);
    cells.load("values");
    await this.read(() => context.sync());
    return cells.values;
  }

  async readSheets(names: readonly string[], options: ReadOptions = {}): Promise<readonly SheetSnapshot[]> {
    const known = await this.knownSheets();
    const wanted: KnownSheet[] = [];
    const seen = new Set<string>();
    for (const name of names) {
      const key = keyOf(name);
      const sheet = known.byKey.get(key);
      if (sheet !== undefined && !seen.has(key)) wanted.push(sheet);
      seen.add(key);
    }
    if (wanted.length === 0) return [];
    const fontsOf = (name: string): boolean => wantsFonts(options, name);
    const context = this.context;

    // First the shape of each sheet (used range, merges, tables): small whatever the sheet holds.
    const shapes = wanted.map((sheet) => {
      const worksheet = context.workbook.worksheets.getItem(sheet.id);
      // Not values-only: a merged title or an empty formatted score row still counts. A blank sheet gives A1.
      const used = worksheet.getUsedRange(false);
      used.load("address");
      // WorksheetProtection.protected (ExcelApi 1.2), only where asked.
      if (options.protection === true) worksheet.load("protection/protected");
      const merges = this.options.capabilities.mergedAreas ? used.getMergedAreasOrNullObject() : null;
      merges?.load("address");
      const tables = (known.tables.get(keyOf(sheet.name)) ?? []).map((name) => {
        const range = context.workbook.tables.getItem(name).getRange();
        range.load("address");
        return { name, range };
      });
      return { sheet, worksheet, used, merges, tables };
    });
    await this.read(() => context.sync());

    // Then the cells, in row bands whose estimated response fits the limit.
    const boxes = shapes.map(({ used }) => boxOfAddress(bareAddress(used.address)));
    const perCell = wanted.map(
      (sheet) =>
        RESPONSE_BYTES_PER_CELL.values +
        (options.formulas === true ? RESPONSE_BYTES_PER_CELL.formulas : 0) +
        (fontsOf(sheet.name) ? RESPONSE_BYTES_PER_CELL.fonts : 0),
    );
    const bands: Band[] = boxes.flatMap((box, sheet) =>
      bandsOf(sheet, box, perCell[sheet] ?? RESPONSE_BYTES_PER_CELL.values, this.maxResponse),
    );
    const grids = wanted.map(() => ({
      values: [] as CellValue[][],
      formulas: [] as (string | null)[][],
      fonts: [] as (string | null)[][],
    }));
    await this.readBands(
      bands,
      (band) => (band.bottom - band.top + 1) * (band.right - band.left + 1) * (perCell[band.sheet] ?? 0),
      (band) => {
        const sheet = wanted[band.sheet]!;
        const range = context.workbook.worksheets
          .getItem(sheet.id)
          .getRange(rangeAddress(band.top, band.left, band.bottom, band.right));
        if (options.formulas === true) range.load("values,valueTypes,formulas");
        else range.load("values,valueTypes");
        const fonts = fontsOf(sheet.name)
          ? range.getCellProperties({ format: { font: { name: true } } })
          : null;
        return { range, fonts };
      },
      (band, { range, fonts }) =>
        takeBand(grids[band.sheet]!, band.top, range, fonts, options.formulas === true),
      (band) => wanted[band.sheet]?.name ?? null,
    );

    return shapes.map(({ sheet, worksheet, merges, tables }, index): SheetSnapshot => {
      const box = boxes[index]!;
      const grid = grids[index]!;
      const origin = { row: box.top, col: box.left };
      const rowsOf = <T>(rows: T[][]): T[][] =>
        Array.from({ length: box.bottom - box.top + 1 }, (_, r) => rows[box.top + r] ?? []);
      return {
        name: sheet.name,
        visible: sheet.visible,
        generated: known.generated.has(keyOf(sheet.name)),
        ...(options.protection === true ? { protected: worksheet.protection.protected } : {}),
        values: fromA1(rowsOf(grid.values), origin),
        ...(options.formulas === true ? { formulas: fromA1(rowsOf(grid.formulas), origin) } : {}),
        ...(fontsOf(sheet.name) ? { fonts: fromA1(rowsOf(grid.fonts), origin) } : {}),
        merges: merges === null || merges.isNullObject ? [] : splitAreas(merges.address),
        tables: tables.map((table) => ({ name: table.name, range: bareAddress(table.range.address) })),
      };
    });
  }

  /**
   * Reads bands, as many per sync as the response budget allows. Where Excel still finds a response
   * too large (long texts), the sync's bands are read again in halves; a single row of a sheet that
   * is still too large fails naming the sheet.
   */
  private async readBands<L>(
    bands: readonly Band[],
    cost: (band: Band) => number,
    queue: (band: Band) => L,
    take: (band: Band, loaded: L) => void,
    sheetOf: (band: Band) => string | null,
  ): Promise<void> {
    const pending = packBands(bands, cost, this.maxResponse);
    const context = this.context;
    while (pending.length > 0) {
      const batch = pending.shift() ?? [];
      const loaded = batch.map(queue);
      try {
        // Syncs in a loop on purpose: one per response-sized piece, never one per sheet or unit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per response-sized piece
        await this.read(() => context.sync());
      } catch (error) {
        if (!(error instanceof OfficeAdapterError) || error.failure.kind !== "response-too-large")
          throw error;
        const first = batch[0];
        if (batch.length > 1) {
          const half = Math.ceil(batch.length / 2);
          pending.unshift(batch.slice(0, half), batch.slice(half));
        } else if (first !== undefined && first.bottom > first.top) {
          const middle = first.top + Math.floor((first.bottom - first.top) / 2);
          pending.unshift([{ ...first, bottom: middle }], [{ ...first, top: middle + 1 }]);
        } else {
          throw new OfficeAdapterError({
            kind: "response-too-large",
            sheet: first === undefined ? null : sheetOf(first),
          });
        }
        continue;
      }
      batch.forEach((band, index) => take(band, loaded[index]!));
    }
  }

  async writeSheets(sheets: readonly SheetWrite[]): Promise<void> {
    if (sheets.length === 0) return;
    const known = await this.knownSheets();
    const stamp = Date.now().toString(36).slice(-4);
    const plan = planSheetWrites(
      { order: known.order, generated: [...known.generated.values()] },
      sheets,
      (index) => `${TEMP_PREFIX}${stamp}${index + 1}`,
    );
    if (!plan.ok) throw new OfficeAdapterError({ kind: "sheet-taken", sheet: plan.taken });
    const plans = plan.sheets.map((planned) => ({
      ...planned,
      key: keyOf(planned.sheet.name),
      old: planned.replaces === undefined ? undefined : known.byKey.get(keyOf(planned.replaces)),
    }));

    const ops: WriteOp[] = [];
    for (const planned of plans)
      ops.push(...sheetOps(planned.sheet, planned.temp, this.options.capabilities, this.maxBytes));

    const generated = new Map(plan.generatedAfter.map((name) => [keyOf(name), name]));
    const fresh: Excel.Worksheet[] = [];
    const swap = (context: Excel.RequestContext): void => {
      const worksheets = context.workbook.worksheets;
      for (const step of plans) {
        if (step.old !== undefined) worksheets.getItem(step.old.id).delete();
        const sheet = worksheets.getItem(step.temp);
        sheet.name = step.sheet.name;
        sheet.position = step.position;
        for (const table of step.sheet.tables ?? []) {
          const added = sheet.tables.add(sheet.getRange(table.range), table.headerRow);
          added.name = table.name;
        }
        if (step.sheet.protect === true) {
          sheet.protection.protect({
            allowFormatColumns: true,
            allowFormatRows: true,
            allowAutoFilter: true,
          });
        }
        sheet.load("id");
        fresh.push(sheet);
      }
      writeMarker(context, known.markerExists, [...generated.values()]);
    };

    const context = this.context;
    try {
      const batches = packBatches(ops, this.maxBytes);
      // Syncs in a loop on purpose: one per chunk of at most maxRequestBytes, never one per unit.
      for (let i = 0; i < batches.length; i++) {
        this.suspendUpdates(context);
        for (const op of batches[i] ?? []) op.apply(context);
        if (i === batches.length - 1) swap(context);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request-sized chunk, never per unit
        await this.write(() => context.sync());
      }
    } catch (error) {
      this.known = null;
      await this.removeTemporarySheets(plans.map((step) => step.temp));
      throw error;
    }

    // Keep the session's picture of the workbook true without another sync.
    const replaced = new Set(plans.map((step) => step.old?.id));
    const sheetsNow = [
      ...known.sheets.filter((sheet) => !replaced.has(sheet.id)),
      ...plans.map((step, index) => ({
        name: step.sheet.name,
        id: fresh[index]?.id ?? step.sheet.name,
        visible: true,
      })),
    ];
    const rank = new Map(plan.orderAfter.map((name, index) => [keyOf(name), index]));
    sheetsNow.sort((a, b) => (rank.get(keyOf(a.name)) ?? 0) - (rank.get(keyOf(b.name)) ?? 0));
    known.sheets = sheetsNow;
    known.byKey = new Map(sheetsNow.map((sheet) => [keyOf(sheet.name), sheet]));
    for (const step of plans) {
      known.tables.set(
        step.key,
        (step.sheet.tables ?? []).map((table) => table.name),
      );
    }
    known.order = [...plan.orderAfter];
    if (!known.markerExists) known.order.push(MARKER_SHEET);
    known.markerExists = true;
    known.generated = generated;
  }

  /**
   * Rewrites single cells in place (the legacy-text conversion): the value as text (a leading
   * apostrophe where Excel would read a formula or number) and the font; one sync per request-sized
   * chunk, all in one undo step where the host groups undo.
   */
  async writeCells(edits: readonly CellEdit[]): Promise<void> {
    if (edits.length === 0) return;
    const known = await this.knownSheets();
    const ops: WriteOp[] = edits.map((edit) => {
      const sheet = known.byKey.get(keyOf(edit.sheet));
      if (sheet === undefined) throw new OfficeAdapterError({ kind: "changed", detail: edit.sheet });
      const value = officeTextValue(edit.text);
      return {
        bytes: jsonBytes([[value]]) + edit.address.length + (edit.fontName?.length ?? 0) + 64,
        apply: (context) => {
          const range = context.workbook.worksheets.getItem(sheet.id).getRange(edit.address);
          range.values = [[value]];
          if (edit.fontName !== undefined) range.format.font.name = edit.fontName;
        },
      };
    });
    await this.editCells(ops);
  }

  /**
   * Writes values into existing sheets (a merge's columns, arrival dates): `values` writes (null cells
   * left as they are, as Office.js does with null in a 2-D array), the number format on the written
   * cells where given; one sync unless the update passes the request limit, then one per chunk, all
   * in one undo step where the host groups undo. Sheets are checked first against the session's
   * listing: a missing one refuses the whole update, nothing queued.
   */
  async updateCells(updates: readonly CellUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    await this.editCells(this.updateOps(updates, await this.knownSheets()));
  }

  /** The ops writing `updates`, sheets checked first: a missing one refuses them all, nothing queued. */
  private updateOps(updates: readonly CellUpdate[], known: Known): WriteOp[] {
    return updates.flatMap((update): WriteOp[] => {
      const sheet = known.byKey.get(keyOf(update.sheet));
      if (sheet === undefined) throw new WorkbookError("WRITE_SHEET_MISSING", { sheet: update.sheet });
      const origin = parseCellAddress(update.at);
      if (origin === null) throw new WorkbookError("WRITE_BAD_RANGE", { range: update.at });
      const width = Math.max(0, ...update.cells.map((row) => row.length));
      if (width === 0) return [];
      const values = update.cells.map((row) =>
        Array.from({ length: width }, (_, c) => updateValue(row[c] ?? null)),
      );
      const format = update.numberFormat;
      const rowBytes = (row: readonly unknown[]): number => jsonBytes(row) * (format === undefined ? 1 : 2);
      return rowSlices(values, rowBytes, this.maxBytes, update.sheet).map(({ first, rows, bytes }) => {
        const address = rangeAddress(
          origin.row + first,
          origin.col,
          origin.row + first + rows.length - 1,
          origin.col + width - 1,
        );
        const formats =
          format === undefined ? undefined : rows.map((row) => row.map((v) => (v === null ? null : format)));
        return {
          bytes: bytes + ACTION_BYTES * 3,
          apply: (context) => {
            const range = context.workbook.worksheets.getItem(sheet.id).getRange(address);
            if (formats !== undefined) range.numberFormat = formats;
            range.values = rows;
          },
        };
      });
    });
  }

  /**
   * Protects and unprotects sheets with the cells that record it (ExcelApi 1.2, under the manifest's
   * floor 1.9: WorksheetProtection.protect/unprotect, RangeFormat.protection.locked; no password, so
   * not 1.7's parameter). One read learns which sheets to lock are protected already (protect "fails
   * if the worksheet has already been protected", Excel.WorksheetProtection in the API reference):
   * those are left as they are. Then one write: unprotect, the cells, each lock's ranges locked or
   * unlocked, protect with formatting columns and rows and the filter allowed. Not in a grouped undo:
   * WorksheetProtection.protect and unprotect are among the APIs without undo support
   * (docs/excel/excel-add-ins-undo-capabilities.md), and the pane says so before. AllowEditRanges
   * would name editable ranges without unlocking cells, but it is a preview API (ExcelApi BETA), so
   * cells are unlocked instead.
   */
  async changeProtection(change: ProtectionChange): Promise<void> {
    const known = await this.knownSheets();
    const idOf = (name: string): string => {
      const sheet = known.byKey.get(keyOf(name));
      if (sheet === undefined) throw new WorkbookError("WRITE_SHEET_MISSING", { sheet: name });
      return sheet.id;
    };
    const unlock = change.unlock.map(idOf);
    const locks = change.lock.map((lock) => ({ lock, id: idOf(lock.sheet) }));
    const updates = this.updateOps(change.updates, known);
    const context = this.context;
    const probes = locks.map(({ lock, id }) => {
      const sheet = context.workbook.worksheets.getItem(id);
      sheet.load("protection/protected");
      return { lock, id, sheet };
    });
    if (probes.length > 0) await this.read(() => context.sync());
    const ops: WriteOp[] = [
      ...unlock.map((id): WriteOp => ({
        bytes: ACTION_BYTES,
        apply: (ctx) => ctx.workbook.worksheets.getItem(id).protection.unprotect(),
      })),
      ...updates,
      ...probes
        .filter(({ sheet }) => !sheet.protection.protected)
        .map(({ lock, id }): WriteOp => ({
          bytes: ACTION_BYTES * (2 + lock.locked.length + lock.editable.length),
          apply: (ctx) => {
            const sheet = ctx.workbook.worksheets.getItem(id);
            for (const range of lock.locked) sheet.getRange(range).format.protection.locked = true;
            for (const range of lock.editable) sheet.getRange(range).format.protection.locked = false;
            sheet.protection.protect({
              allowFormatColumns: true,
              allowFormatRows: true,
              allowAutoFilter: true,
            });
          },
        })),
    ];
    if (ops.length === 0) return;
    const batches = packBatches(ops, this.maxBytes);
    for (const batch of batches) {
      this.suspendUpdates(context);
      for (const op of batch) op.apply(context);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request-sized chunk, never per sheet
      await this.write(() => context.sync());
    }
  }

  /**
   * Cell edits as one user action: in the grouped-undo run where the host has one (one undo step
   * however many syncs), else in this session's run; one sync per request-sized chunk.
   */
  private async editCells(ops: readonly WriteOp[]): Promise<void> {
    if (ops.length === 0) return;
    const batches = packBatches(ops, this.maxBytes);
    const send = async (context: Excel.RequestContext): Promise<void> => {
      for (const batch of batches) {
        this.suspendUpdates(context);
        for (const op of batch) op.apply(context);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request-sized chunk, never per cell
        await this.write(() => context.sync());
      }
    };
    const group = this.options.undoGroup;
    if (group === undefined) await send(this.context);
    else await group(send);
  }

  /** Sheets left under a temporary name by a write that did not finish (listings skip them). */
  async temporarySheets(): Promise<readonly string[]> {
    await this.listSheets();
    return (this.known?.order ?? []).filter((name) => name.startsWith(TEMP_PREFIX));
  }

  /** True when the workbook holds the product's marker sheet (a workbook the product wrote to). */
  async markerSheetExists(): Promise<boolean> {
    return (await this.knownSheets()).markerExists;
  }

  /**
   * Removes sheets the product generated (the self-test's scratch sheets) and drops them from the
   * marker, in one sync; a sheet the product did not generate is never removed. The marker itself
   * goes too when it lists nothing more and `removeEmptyMarker` (it was not there before). Not part
   * of the port: no use case deletes sheets. Deleting has no undo in Excel, so this never runs in a
   * grouped undo.
   */
  async removeGeneratedSheets(names: readonly string[], removeEmptyMarker = false): Promise<void> {
    const known = await this.knownSheets();
    const doomed = names
      .map((name) => known.byKey.get(keyOf(name)))
      .filter((sheet): sheet is KnownSheet => sheet !== undefined && known.generated.has(keyOf(sheet.name)));
    if (doomed.length === 0) return;
    const gone = new Set(doomed.map((sheet) => keyOf(sheet.name)));
    const generated = new Map([...known.generated].filter(([key]) => !gone.has(key)));
    const context = this.context;
    for (const sheet of doomed) context.workbook.worksheets.getItem(sheet.id).delete();
    if (generated.size === 0 && removeEmptyMarker) context.workbook.worksheets.getItem(MARKER_SHEET).delete();
    else writeMarker(context, known.markerExists, [...generated.values()]);
    try {
      await this.write(() => context.sync());
    } finally {
      this.known = null;
    }
  }

  private async knownSheets(): Promise<Known> {
    if (this.known === null) await this.listSheets();
    if (this.known === null) throw new Error("listSheets did not record the workbook's sheets");
    return this.known;
  }

  private suspendUpdates(context: Excel.RequestContext): void {
    const application = context.workbook.application;
    application.suspendApiCalculationUntilNextSync();
    application.suspendScreenUpdatingUntilNextSync();
  }

  /** After a failed or cancelled write: drop the half-built temporary sheets (best effort; the first error wins). */
  private async removeTemporarySheets(temps: readonly string[]): Promise<void> {
    const context = this.context;
    try {
      const probes = temps.map((name) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        sheet.load("name");
        return sheet;
      });
      await syncWithin(() => context.sync(), this.timeoutMs);
      const present = probes.filter((sheet) => !sheet.isNullObject);
      if (present.length === 0) return;
      for (const sheet of present) sheet.delete();
      await syncWithin(() => context.sync(), this.timeoutMs);
    } catch {
      // The original failure is what the user must see; a leftover "~thidua~" sheet is skipped by listings.
    }
  }

  /**
   * Every sync goes through `read` or `write` (abort, count; a read's timeout, a write's patience).
   * Callers pass `() => context.sync()` so the Office lint rules, which look for that call, can check
   * loads and reads around it.
   */
  private async read(send: () => Promise<void>): Promise<void> {
    if (this.options.signal?.aborted === true) throw abortError();
    this.syncCount++;
    await syncWithin(send, this.timeoutMs, this.options.signal);
  }

  private async write(send: () => Promise<void>): Promise<void> {
    if (this.options.signal?.aborted === true) throw abortError();
    this.syncCount++;
    await syncUntilAnswered(send, this.timeoutMs, this.options.onSlowWrite, this.options.signal);
  }
}

/**
 * The marker sheet lists the product's sheets; very hidden, rewritten whole with the swap. Kept even
 * when the list is empty, so the next listing finds it and reads it in the same sync.
 */
function writeMarker(context: Excel.RequestContext, exists: boolean, generated: readonly string[]): void {
  const worksheets = context.workbook.worksheets;
  const sheet = exists ? worksheets.getItem(MARKER_SHEET) : worksheets.add(MARKER_SHEET);
  if (!exists) sheet.visibility = "VeryHidden";
  sheet.getRange("A:B").clear("Contents");
  const rows = markerSheetCells(generated).map((row) => [
    officeCell(row[0] ?? null),
    officeCell(row[1] ?? null),
  ]);
  sheet.getRange(rangeAddress(0, 0, rows.length - 1, 1)).formulas = rows;
}

/** Office's value with its type → the core's CellValue. Dates stay serial numbers (the core reads them). */
function cellValueOf(value: unknown, type: string | undefined): CellValue {
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (type === "Error") return { error: typeof value === "string" ? value : "#VALUE!" };
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return null;
}

/** "'Bảng tổng hợp'!A1:C3" → "A1:C3". */
function bareAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

/** Shifts a grid read at `origin` so that it starts at A1, as the port promises. */
function fromA1<T>(grid: readonly (readonly T[])[], origin: { row: number; col: number }): (T | null)[][] {
  const lead: null[] = Array.from({ length: origin.col }, () => null);
  const rows = grid.map((row): (T | null)[] => [...lead, ...row]);
  return [...Array.from({ length: origin.row }, (): (T | null)[] => []), ...rows];
}

/** The cells a band's range brought back (after its sync), into the sheet's grids from row `top`. */
function takeBand(
  grid: { values: CellValue[][]; formulas: (string | null)[][]; fonts: (string | null)[][] },
  top: number,
  range: Excel.Range,
  fonts: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null,
  withFormulas: boolean,
): void {
  const valueTypes = range.valueTypes;
  range.values.forEach((row, r) => {
    grid.values[top + r] = row.map((value: unknown, c) => cellValueOf(value, valueTypes[r]?.[c]));
  });
  if (withFormulas) {
    range.formulas.forEach((row, r) => {
      grid.formulas[top + r] = row.map((f: unknown) =>
        typeof f === "string" && f.startsWith("=") ? f : null,
      );
    });
  }
  fonts?.value.forEach((row, r) => {
    grid.fonts[top + r] = row.map((cell) => cell.format?.font?.name ?? null);
  });
}

/** "Sheet1!A1:B2, Sheet1!D4" → ["A1:B2", "D4"]. */
function splitAreas(address: string): string[] {
  return address
    .split(",")
    .map((part) => bareAddress(part.trim()))
    .filter((part) => part.length > 0);
}

/** What a cell write sends through `Range.formulas`, which takes constants too. */
function officeCell(cell: CellWrite): string | number | boolean {
  if (cell === null) return "";
  if (typeof cell === "object") return cell.formula;
  if (typeof cell === "string") return officeTextValue(cell);
  return cell;
}

/** What an update sends through `Range.values`: null stays null (the cell is left alone), text is guarded. */
function updateValue(cell: CellWrite): string | number | boolean | null {
  if (cell === null) return null;
  if (typeof cell === "object") return cell.formula;
  if (typeof cell === "string") return officeTextValue(cell);
  return cell;
}

const encoder = new TextEncoder();
/** UTF-8 size of the JSON Office sends; Vietnamese letters take 2–3 bytes. */
function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

const POINTS_PER_MM = 72 / 25.4;

/**
 * What one queued command costs in a request besides its values: Office.js sends each as a JSON
 * action with ids and an object path. A generous guess, so the budget errs on the small side.
 */
const ACTION_BYTES = 150;

/** All the operations that build one sheet under its temporary name. */
function sheetOps(
  sheet: SheetWrite,
  temp: string,
  capabilities: OfficeCapabilities,
  maxBytes: number,
): WriteOp[] {
  const ops: WriteOp[] = [];
  const on = (context: Excel.RequestContext): Excel.Worksheet => context.workbook.worksheets.getItem(temp);
  ops.push({ bytes: ACTION_BYTES * 2, apply: (context) => void context.workbook.worksheets.add(temp) });

  (sheet.columnWidths ?? []).forEach((width, column) => {
    const letter = columnLetter(column);
    ops.push({
      bytes: ACTION_BYTES * 3,
      apply: (context) => {
        // Excel's width unit is a character of the default font (about 7 px, plus 5 px padding); Office.js wants points.
        on(context).getRange(`${letter}:${letter}`).format.columnWidth = Math.round((width * 7 + 5) * 0.75);
      },
    });
  });

  // Rows of the same height next to each other share one command ("5:9").
  for (const run of heightRuns(sheet.rowHeights ?? [])) {
    ops.push({
      bytes: ACTION_BYTES * 3,
      apply: (context) =>
        void (on(context).getRange(`${run.first}:${run.last}`).format.rowHeight = run.height),
    });
  }

  for (const block of coalesceBlocks(sheet.blocks)) ops.push(...blockOps(block, on, maxBytes, sheet.name));

  for (const merge of sheet.merges ?? []) {
    ops.push({ bytes: ACTION_BYTES * 2, apply: (context) => on(context).getRange(merge).merge(false) });
  }
  for (const rule of sheet.validations ?? []) {
    ops.push({
      bytes: jsonBytes(rule) + ACTION_BYTES * 4,
      apply: (context) => applyValidation(on(context).getRange(rule.range), rule),
    });
  }
  for (const address of sheet.unlocked ?? []) {
    ops.push({
      bytes: ACTION_BYTES * 4,
      apply: (context) => void (on(context).getRange(address).format.protection.locked = false),
    });
  }
  const freeze = sheet.freeze;
  if (freeze !== undefined && (freeze.rows > 0 || freeze.columns > 0)) {
    ops.push({
      bytes: ACTION_BYTES * 3,
      apply: (context) => {
        const panes = on(context).freezePanes;
        if (freeze.columns === 0) panes.freezeRows(freeze.rows);
        else if (freeze.rows === 0) panes.freezeColumns(freeze.columns);
        else panes.freezeAt(rangeAddress(0, 0, freeze.rows - 1, freeze.columns - 1));
      },
    });
  }
  const setup = sheet.pageSetup;
  if (setup !== undefined) {
    ops.push({ bytes: ACTION_BYTES * 16, apply: (context) => applyPageSetup(on(context).pageLayout, setup) });
  }
  return ops;
}

/** Consecutive 1-based rows with one height, as ranges of rows. */
export function heightRuns(
  heights: readonly { readonly row: number; readonly height: number }[],
): { first: number; last: number; height: number }[] {
  const sorted = [...heights].sort((a, b) => a.row - b.row);
  const runs: { first: number; last: number; height: number }[] = [];
  for (const { row, height } of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.last + 1 === row && last.height === height) last.last = row;
    else runs.push({ first: row, last: row, height });
  }
  return runs;
}

function applyPageSetup(layout: Excel.PageLayout, setup: PageSetup): void {
  layout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.topMargin = setup.margins.top * POINTS_PER_MM;
  layout.bottomMargin = setup.margins.bottom * POINTS_PER_MM;
  layout.leftMargin = setup.margins.left * POINTS_PER_MM;
  layout.rightMargin = setup.margins.right * POINTS_PER_MM;
  // One page wide; the height is left to Excel (a page count of 0 is not documented for Office.js).
  if (setup.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
  if (setup.printArea !== undefined) layout.setPrintArea(setup.printArea);
  if (setup.printTitleRows !== undefined) layout.setPrintTitleRows(absoluteRows(setup.printTitleRows));
  if (setup.pageNumbers === true) {
    // Page number centred in the top margin, none on the first page (Nghị định 30/2020, Phụ lục I).
    const headers = layout.headersFooters;
    headers.state = "FirstAndDefault";
    headers.firstPage.centerHeader = "";
    headers.defaultForAllPages.centerHeader = '&"Times New Roman"&13&P';
  }
}

function absoluteRows(rows: string): string {
  return rows
    .split(":")
    .map((row) => `$${row.replace(/\$/g, "")}`)
    .join(":");
}

/**
 * Stacks blocks that continue each other down the sheet (same columns, same style, the next row):
 * an encoder may emit one block per row and per style, and Excel should still get one 2-D write
 * per column run, so the number of commands does not grow with the number of units. Blocks that
 * overlap another are left as they are, in their order.
 */
export function coalesceBlocks(blocks: readonly BlockWrite[]): BlockWrite[] {
  interface Placed {
    readonly block: BlockWrite;
    readonly row: number;
    readonly col: number;
    readonly width: number;
    readonly key: string;
  }
  const placed: Placed[] = [];
  const occupied = new Set<string>();
  for (const block of blocks) {
    const at = parseCellAddress(block.at);
    const width = block.cells[0]?.length ?? 0;
    if (at === null || width === 0 || block.cells.some((row) => row.length !== width)) return [...blocks];
    for (let r = 0; r < block.cells.length; r++) {
      for (let c = 0; c < width; c++) {
        const cell = `${at.row + r},${at.col + c}`;
        if (occupied.has(cell)) return [...blocks];
        occupied.add(cell);
      }
    }
    placed.push({
      block,
      row: at.row,
      col: at.col,
      width,
      key: `${at.col}|${width}|${JSON.stringify(block.style ?? null)}`,
    });
  }
  const byKey = new Map<string, Placed[]>();
  for (const p of placed) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
  const out: BlockWrite[] = [];
  for (const group of byKey.values()) {
    group.sort((a, b) => a.row - b.row);
    let run: Placed[] = [];
    const flush = (): void => {
      const first = run[0];
      if (first === undefined) return;
      out.push(
        run.length === 1
          ? first.block
          : {
              at: first.block.at,
              cells: run.flatMap((p) => p.block.cells),
              ...(first.block.style === undefined ? {} : { style: first.block.style }),
            },
      );
      run = [];
    };
    for (const p of group) {
      const last = run[run.length - 1];
      if (last !== undefined && last.row + last.block.cells.length !== p.row) flush();
      run.push(p);
    }
    flush();
  }
  return out;
}

/**
 * A block as few range writes as possible: runs of rows of the same width go in one 2-D write, and
 * a run larger than a request is cut into row slices (the only case that adds syncs).
 */
function blockOps(
  block: BlockWrite,
  on: (context: Excel.RequestContext) => Excel.Worksheet,
  maxBytes: number,
  sheetName: string,
): WriteOp[] {
  const origin = parseCellAddress(block.at);
  if (origin === null) throw new WorkbookError("WRITE_BAD_RANGE", { range: block.at });
  const ops: WriteOp[] = [];
  const rows = block.cells.map((row) => row.map(officeCell));
  let start = 0;
  while (start < rows.length) {
    const width = rows[start]?.length ?? 0;
    let end = start + 1;
    while (end < rows.length && (rows[end]?.length ?? 0) === width) end++;
    if (width > 0) {
      ops.push(
        ...sliceOps(
          rows.slice(start, end),
          origin.row + start,
          origin.col,
          block.style,
          on,
          maxBytes,
          sheetName,
        ),
      );
    }
    start = end;
  }
  // The style is one call per block, over its bounding rectangle.
  const style = block.style;
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (style !== undefined && rows.length > 0 && width > 0 && hasRangeStyle(style)) {
    const address = rangeAddress(
      origin.row,
      origin.col,
      origin.row + rows.length - 1,
      origin.col + width - 1,
    );
    ops.push({
      bytes: ACTION_BYTES * (3 + styleActions(style)),
      apply: (context) => applyStyle(on(context).getRange(address), style, rows.length, width),
    });
  }
  return ops;
}

function sliceOps(
  rows: readonly (readonly (string | number | boolean)[])[],
  top: number,
  left: number,
  style: CellStyle | undefined,
  on: (context: Excel.RequestContext) => Excel.Worksheet,
  maxBytes: number,
  sheetName: string,
): WriteOp[] {
  const width = rows[0]?.length ?? 0;
  const format = style?.numberFormat;
  const formatBytes = format === undefined ? 0 : (jsonBytes(format) + 1) * width;
  return rowSlices(rows, (row) => jsonBytes(row) + formatBytes, maxBytes, sheetName).map(
    ({ first, rows: slice, bytes }) => {
      const address = rangeAddress(top + first, left, top + first + slice.length - 1, left + width - 1);
      return {
        bytes: bytes + ACTION_BYTES * 3,
        apply: (context) => {
          const range = on(context).getRange(address);
          if (format !== undefined) range.numberFormat = slice.map((row) => row.map(() => format));
          range.formulas = slice.map((row) => [...row]);
        },
      };
    },
  );
}

/**
 * Consecutive rows cut into slices whose estimated bytes stay under 90 % of a request (the rest is
 * left for the commands around them); a single row larger than a request fails naming its sheet.
 */
function rowSlices<T>(
  rows: readonly T[],
  bytesOf: (row: T) => number,
  maxBytes: number,
  sheet: string,
): { first: number; rows: T[]; bytes: number }[] {
  const rowBytes = rows.map(bytesOf);
  const budget = Math.max(1, Math.floor(maxBytes * 0.9));
  const slices: { first: number; rows: T[]; bytes: number }[] = [];
  let first = 0;
  while (first < rows.length) {
    let last = first;
    let bytes = rowBytes[first] ?? 0;
    if (bytes > maxBytes) throw new OfficeAdapterError({ kind: "request-too-large", sheet });
    while (last + 1 < rows.length && bytes + (rowBytes[last + 1] ?? 0) <= budget) {
      last++;
      bytes += rowBytes[last] ?? 0;
    }
    slices.push({ first, rows: rows.slice(first, last + 1), bytes });
    first = last + 1;
  }
  return slices;
}

/** How many property sets applyStyle queues for a style (each is one action in the request). */
function styleActions(style: CellStyle): number {
  const plain = Object.entries(style).filter(
    ([key, value]) =>
      value !== undefined && key !== "numberFormat" && key !== "border" && key !== "bottomBorder",
  ).length;
  // A border is style and weight for each of up to six edges, each edge one more object path.
  const borders = style.border === true ? 6 * 3 : style.bottomBorder === true ? 3 : 0;
  return plain + borders;
}

function hasRangeStyle(style: CellStyle): boolean {
  return Object.entries(style).some(([key, value]) => key !== "numberFormat" && value !== undefined);
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

function applyStyle(range: Excel.Range, style: CellStyle, rows: number, columns: number): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.underline !== undefined) format.font.underline = style.underline ? "Single" : "None";
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontName !== undefined) format.font.name = style.fontName;
  if (style.color !== undefined) format.font.color = `#${style.color.replace(/^#/, "")}`;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.fill !== undefined) format.fill.color = `#${style.fill.replace(/^#/, "")}`;
  // String literals, not the Excel.BorderIndex enum: the adapter must load without the host global.
  const edges: Edge[] = [];
  if (style.border === true) {
    edges.push("EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight");
    if (rows > 1) edges.push("InsideHorizontal");
    if (columns > 1) edges.push("InsideVertical");
  } else if (style.bottomBorder === true) {
    edges.push("EdgeBottom");
  }
  for (const edge of edges) {
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
  }
}

function applyValidation(range: Excel.Range, rule: DataValidationRule): void {
  const validation = range.dataValidation;
  const upper = rule.maxFormula ?? rule.max;
  const bounds: Excel.BasicDataValidation =
    upper === undefined
      ? { formula1: rule.min ?? 0, operator: "GreaterThanOrEqualTo" }
      : { formula1: rule.min ?? 0, formula2: upper, operator: "Between" };
  switch (rule.kind) {
    case "decimal":
      validation.rule = { decimal: bounds };
      break;
    case "whole":
      validation.rule = { wholeNumber: bounds };
      break;
    case "date":
      // DateTimeDataValidation takes a Date, an ISO 8601 date or a formula, never a bare serial
      // (@types/office-js, ExcelApi 1.8); one rejected setter would reject the whole sync.
      validation.rule = {
        date: {
          formula1: dateOperand(rule.min ?? 1),
          ...(upper === undefined ? {} : { formula2: dateOperand(upper) }),
          operator: bounds.operator,
        },
      };
      break;
    case "list":
      validation.rule = { list: { inCellDropDown: true, source: (rule.list ?? []).join(",") } };
      break;
  }
  validation.errorAlert = {
    message: rule.errorMessage,
    showAlert: true,
    style: "Stop",
    title: sheetWords.validationTitle,
  };
}

/** A date bound as DateTimeDataValidation takes it: a formula as it is, a serial as an ISO 8601 date. */
function dateOperand(bound: number | string): string {
  if (typeof bound === "string") return bound.startsWith("=") ? bound : `=${bound}`;
  const date = fromExcelSerial(Math.max(1, Math.floor(bound)));
  const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** "A1:C20" → its box (0-based, inclusive); a single cell is a 1 × 1 box. */
function boxOfAddress(address: string): { top: number; left: number; bottom: number; right: number } {
  const [first = "A1", last = first] = address.split(":");
  const a = parseCellAddress(first) ?? { row: 0, col: 0 };
  const b = parseCellAddress(last) ?? a;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** A sheet's used range in row bands whose estimated response stays under the budget. */
function bandsOf(
  sheet: number,
  box: { top: number; left: number; bottom: number; right: number },
  bytesPerCell: number,
  maxBytes: number,
): Band[] {
  const width = box.right - box.left + 1;
  const rowsPerBand = Math.max(1, Math.floor(maxBytes / (width * bytesPerCell)));
  const bands: Band[] = [];
  for (let top = box.top; top <= box.bottom; top += rowsPerBand) {
    bands.push({
      sheet,
      top,
      bottom: Math.min(box.bottom, top + rowsPerBand - 1),
      left: box.left,
      right: box.right,
    });
  }
  return bands;
}

/** Bands packed in order into syncs whose estimated response stays under the budget. */
function packBands(bands: readonly Band[], cost: (band: Band) => number, maxBytes: number): Band[][] {
  const batches: Band[][] = [];
  let current: Band[] = [];
  let bytes = 0;
  for (const band of bands) {
    const size = cost(band);
    if (current.length > 0 && bytes + size > maxBytes) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(band);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Greedy packing in order: a batch closes when the next op would pass the byte budget. */
function packBatches(ops: readonly WriteOp[], maxBytes: number): WriteOp[][] {
  const batches: WriteOp[][] = [[]];
  let bytes = 0;
  for (const op of ops) {
    const current = batches[batches.length - 1] ?? [];
    if (current.length > 0 && bytes + op.bytes > maxBytes) {
      batches.push([op]);
      bytes = op.bytes;
    } else {
      current.push(op);
      bytes += op.bytes;
    }
  }
  return batches;
}
