/**
 * An in-memory workbook port for the use-case tests: keeps the written sheets as grids, counts the
 * port calls (each operation must read once and write once), and can be told to fail a write. It edits
 * cells in place as both adapters do (CellEditPort).
 */
import type { CellValue } from "../../src/core/model";
import { parseCellAddress } from "../../src/workbook/grid/address";
import type {
  CellEdit,
  CellUpdate,
  ProtectableWorkbookPort,
  ProtectionChange,
  ReadOptions,
  SheetInfo,
  SheetSnapshot,
  SheetWrite,
} from "../../src/workbook/port";
import { findSheet } from "../../src/workbook/sheet-names";

interface StoredSheet {
  name: string;
  generated: boolean;
  values: CellValue[][];
  formulas: (string | null)[][];
  merges: string[];
  write: SheetWrite | null;
  protected?: boolean;
}

export class MemoryPort implements ProtectableWorkbookPort {
  readonly sheets: StoredSheet[] = [];
  reads = 0;
  writes = 0;
  /** Calls of updateCells and writeCells. */
  cellWrites = 0;
  lastUpdates: readonly CellUpdate[] = [];
  failNextWrite = false;

  updateCells(updates: readonly CellUpdate[]): Promise<void> {
    this.writes++;
    this.cellWrites++;
    this.lastUpdates = updates;
    for (const update of updates) {
      if (!findSheet(this.sheets, update.sheet)) return Promise.reject(new Error(`no sheet ${update.sheet}`));
    }
    for (const update of updates) {
      const at = parseCellAddress(update.at)!;
      update.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell === null) return;
          this.put(
            update.sheet,
            at.row + r,
            at.col + c,
            cell === "" ? null : typeof cell === "object" ? (cell.result ?? null) : cell,
          );
        }),
      );
    }
    return Promise.resolve();
  }

  writeCells(edits: readonly CellEdit[]): Promise<void> {
    this.writes++;
    this.cellWrites++;
    for (const edit of edits) {
      if (!findSheet(this.sheets, edit.sheet)) return Promise.reject(new Error(`no sheet ${edit.sheet}`));
    }
    for (const edit of edits) {
      const at = parseCellAddress(edit.address)!;
      this.put(edit.sheet, at.row, at.col, edit.text);
    }
    return Promise.resolve();
  }

  /** Calls of changeProtection, and the last change asked. */
  protectionChanges: ProtectionChange[] = [];

  /** Protection as a flag per sheet (the cells' locks are the adapters'); the updates as updateCells. */
  async changeProtection(change: ProtectionChange): Promise<void> {
    const names = [
      ...change.lock.map((l) => l.sheet),
      ...change.unlock,
      ...change.updates.map((u) => u.sheet),
    ];
    for (const name of names) if (!findSheet(this.sheets, name)) throw new Error(`no sheet ${name}`);
    this.protectionChanges.push(change);
    for (const name of change.unlock) findSheet(this.sheets, name)!.protected = false;
    if (change.updates.length > 0) await this.updateCells(change.updates);
    for (const lock of change.lock) findSheet(this.sheets, lock.sheet)!.protected = true;
  }

  private put(sheet: string, row: number, col: number, value: CellValue): void {
    const values = (findSheet(this.sheets, sheet)!.values[row] ??= []);
    while (values.length <= col) values.push(null);
    values[col] = value;
  }

  listSheets(): Promise<readonly SheetInfo[]> {
    return Promise.resolve(this.sheets.map((s) => ({ name: s.name, visible: true, generated: s.generated })));
  }

  readSheets(names: readonly string[], options: ReadOptions = {}): Promise<readonly SheetSnapshot[]> {
    this.reads++;
    const out: SheetSnapshot[] = [];
    for (const name of names) {
      const s = findSheet(this.sheets, name);
      if (!s) continue;
      out.push({
        name: s.name,
        visible: true,
        generated: s.generated,
        values: s.values.map((r) => [...r]),
        ...(options.formulas ? { formulas: s.formulas.map((r) => [...r]) } : {}),
        merges: [...s.merges],
        tables: [],
        ...(options.protection ? { protected: s.protected === true } : {}),
      });
    }
    return Promise.resolve(out);
  }

  writeSheets(sheets: readonly SheetWrite[]): Promise<void> {
    this.writes++;
    for (const w of sheets) {
      const old = findSheet(this.sheets, w.name);
      if (old && !old.generated) return Promise.reject(new Error(`not generated: ${w.name}`));
    }
    if (this.failNextWrite) {
      this.failNextWrite = false;
      return Promise.reject(new Error("disk full"));
    }
    for (const w of sheets) {
      const stored: StoredSheet = {
        name: w.name,
        generated: w.generated,
        values: [],
        formulas: [],
        merges: [...(w.merges ?? [])],
        write: w,
      };
      for (const block of w.blocks) {
        const at = parseCellAddress(block.at)!;
        block.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            const rr = at.row + r;
            const cc = at.col + c;
            stored.values[rr] ??= [];
            stored.formulas[rr] ??= [];
            if (cell !== null && typeof cell === "object") {
              stored.values[rr][cc] = cell.result ?? null;
              stored.formulas[rr][cc] = cell.formula;
            } else if (cell !== null) {
              stored.values[rr][cc] = cell;
              stored.formulas[rr][cc] = null;
            }
          }),
        );
      }
      for (let i = 0; i < stored.values.length; i++) {
        stored.values[i] = Array.from(stored.values[i] ?? [], (v) => v ?? null);
        stored.formulas[i] = Array.from(stored.formulas[i] ?? [], (v) => v ?? null);
      }
      const index = this.sheets.findIndex((s) => s.name.toLowerCase() === w.name.toLowerCase());
      if (index >= 0) this.sheets[index] = stored;
      else this.sheets.push(stored);
    }
    return Promise.resolve();
  }

  /** Sets one cell as a user would type it. */
  set(sheet: string, address: string, value: CellValue): void {
    const at = parseCellAddress(address)!;
    this.put(sheet, at.row, at.col, value);
  }

  get(sheet: string, address: string): CellValue {
    const at = parseCellAddress(address)!;
    return findSheet(this.sheets, sheet)?.values[at.row]?.[at.col] ?? null;
  }
}
