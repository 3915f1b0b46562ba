/**
 * Which sheet a write replaces and where each new sheet goes: one pure plan that both adapters
 * execute, so "never replace a sheet the product did not generate" and the placement rules are
 * written once.
 *
 * Every sheet is built under a temporary name first; the swap then applies, per planned sheet and in
 * order: delete the replaced sheet (if any), give the temporary sheet its name, move it to `position`.
 * A replaced sheet's successor keeps its place; a new one goes before `before` when that sheet exists,
 * else at the end.
 */
import { normalizeKey } from "../core/text/normalize";
import type { SheetWrite } from "./port";

/** Sheets being built; listings skip them and a failed write removes them. */
export const TEMP_SHEET_PREFIX = "~thidua~";

/** The workbook as the adapter sees it before the write. */
export interface SheetsBeforeWrite {
  /** Every sheet's name in workbook order, hidden ones and the marker sheet included. */
  readonly order: readonly string[];
  /** The names the marker lists as the product's own. */
  readonly generated: readonly string[];
}

export interface PlannedSheet {
  readonly sheet: SheetWrite;
  /** The temporary name the sheet is built under. */
  readonly temp: string;
  /** The name of the generated sheet it replaces (as the workbook spells it), if any. */
  readonly replaces: string | undefined;
  /** Its 0-based index in the workbook's order once this step of the swap is applied. */
  readonly position: number;
}

export type SheetWritePlan =
  | {
      readonly ok: true;
      readonly sheets: readonly PlannedSheet[];
      /** The workbook's order after the swap (temporary names gone). */
      readonly orderAfter: readonly string[];
      /** The marker's list after the swap. */
      readonly generatedAfter: readonly string[];
    }
  /** A sheet of that name exists and the product did not make it: nothing may be written. */
  | { readonly ok: false; readonly taken: string };

const keyOf = (name: string): string => normalizeKey(name);

/**
 * Plans writing `sheets` into a workbook. `tempName(i)` names the i-th sheet while it is built.
 *
 * @example
 * planSheetWrites({ order: ["Cấu hình", "Bảng tổng hợp"], generated: ["Bảng tổng hợp"] },
 *   [{ name: "Bảng tổng hợp", generated: true, blocks: [] }], (i) => `~thidua~${i + 1}`)
 * // → ok, replaces "Bảng tổng hợp", position 1, orderAfter ["Cấu hình", "Bảng tổng hợp"]
 */
export function planSheetWrites(
  before: SheetsBeforeWrite,
  sheets: readonly SheetWrite[],
  tempName: (index: number) => string,
): SheetWritePlan {
  const generatedKeys = new Set(before.generated.map(keyOf));
  const nameOf = new Map(before.order.map((name) => [keyOf(name), name]));
  for (const sheet of sheets) {
    const existing = nameOf.get(keyOf(sheet.name));
    if (existing !== undefined && !generatedKeys.has(keyOf(existing))) return { ok: false, taken: existing };
  }

  // Applies the moves the swap will apply (temporary sheets added at the end, then per sheet: delete,
  // rename, move), so several sheets land where each asks.
  const temps = sheets.map((_, index) => tempName(index));
  const order = [...before.order, ...temps];
  const keys = order.map(keyOf);
  const planned = sheets.map((sheet, index): PlannedSheet => {
    const key = keyOf(sheet.name);
    const temp = temps[index] ?? "";
    let target = order.length - 1;
    const old = keys.indexOf(key);
    const replaces = old >= 0 ? order[old] : undefined;
    if (old >= 0) {
      target = old;
      order.splice(old, 1);
      keys.splice(old, 1);
    } else if (sheet.before !== undefined) {
      const at = keys.indexOf(keyOf(sheet.before));
      if (at >= 0) target = at;
    }
    const from = order.indexOf(temp);
    order.splice(from, 1);
    keys.splice(from, 1);
    const position = Math.min(target, order.length);
    order.splice(position, 0, sheet.name);
    keys.splice(position, 0, key);
    return { sheet, temp, replaces, position };
  });

  const generated = new Map(before.generated.map((name) => [keyOf(name), name]));
  for (const { sheet } of planned) {
    if (sheet.generated) generated.set(keyOf(sheet.name), sheet.name);
    else generated.delete(keyOf(sheet.name));
  }
  return { ok: true, sheets: planned, orderAfter: order, generatedAfter: [...generated.values()] };
}
