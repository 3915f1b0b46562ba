/**
 * Sheet names: the product's sheets, and how generating never touches a sheet the product didn't make. A generated sheet is
 * recorded in a hidden marker sheet that both adapters keep (format below), so the record travels
 * with the workbook to every co-author.
 */
import { normalizeKey } from "../core/text/normalize";
import type { CellWrite, SheetInfo } from "./port";

/** The cluster workbook's sheets, by the names a union officer knows them (a unit's scoring sheet is named by its code). */
export const SHEET = {
  config: "Cấu hình",
  criteria: "Tiêu chí",
  units: "Đơn vị",
  departments: "Phân bổ điểm ban",
  departmentPoints: "Điểm các ban",
  votes: "Bỏ phiếu",
  meeting: "Họp bình xét",
  plan: "Kế hoạch",
  /** What each unit handed the cluster, with its dates (sheets/submissions.ts). */
  submissions: "Đăng ký và nộp",
  summary: "Bảng tổng hợp",
  recommendation: "Đề nghị khen thưởng",
  /** Earlier years' results per unit, carried forward by «Năm mới». */
  history: "Lịch sử",
  /** Old unit codes to new, for «Năm mới». */
  codeMapping: "Đổi mã đơn vị",
  /** The record of changes made through the pane (sheets/change-log.ts). */
  changeLog: "Nhật ký",
} as const;

/** The hidden sheet that lists the product's own sheets. Adapters keep it very hidden. */
export const MARKER_SHEET = "_thidua";
const MARKER_TITLE = "thidua:generated-sheets";
const MARKER_VERSION = 1;

/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;

/** Excel refuses these characters in sheet names. */
const FORBIDDEN = /[[\]:*?/\\]/;

/** Why a name cannot be a sheet name, or null when it can. */
export function sheetNameFault(
  name: string,
): "empty" | "too-long" | "characters" | "apostrophe" | "reserved" | null {
  if (name.trim() === "") return "empty";
  if (name.length > MAX_SHEET_NAME) return "too-long";
  if (FORBIDDEN.test(name)) return "characters";
  if (name.startsWith("'") || name.endsWith("'")) return "apostrophe";
  if (name.toLowerCase() === "history" || name === MARKER_SHEET) return "reserved";
  return null;
}

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return normalizeKey(a) === normalizeKey(b);
}

export function findSheet<T extends { readonly name: string }>(
  sheets: readonly T[],
  name: string,
): T | undefined {
  return sheets.find((s) => sameSheetName(s.name, name));
}

/** "Bảng tổng hợp (2)" for base "Bảng tổng hợp" and n = 2, cut to fit Excel's limit. */
function numbered(base: string, n: number): string {
  const suffix = ` (${n})`;
  return base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}

/** True when `name` is `base` or one of its numbered variants. */
export function isVariantOf(name: string, base: string): boolean {
  if (sameSheetName(name, base)) return true;
  const m = /^(.*) \((\d+)\)$/.exec(name);
  return !!m?.[2] && Number(m[2]) >= 2 && sameSheetName(name, numbered(base, Number(m[2])));
}

export interface ChosenName {
  readonly name: string;
  /** True when a sheet the product didn't make holds the base name, so another was used. */
  readonly renamedBecauseTaken: boolean;
}

/**
 * The name to write a generated sheet under: the product's own sheet of that base name (replaced),
 * else the base name when free, else the first free numbered variant ("Bảng tổng hợp (2)").
 */
export function generatedSheetName(base: string, sheets: readonly SheetInfo[]): ChosenName {
  const own = sheets.filter((s) => s.generated && isVariantOf(s.name, base));
  const exact = own.find((s) => sameSheetName(s.name, base));
  if (exact) return { name: exact.name, renamedBecauseTaken: false };
  if (own[0]) return { name: own[0].name, renamedBecauseTaken: true };
  if (!findSheet(sheets, base)) return { name: base, renamedBecauseTaken: false };
  for (let n = 2; ; n++) {
    const candidate = numbered(base, n);
    if (!findSheet(sheets, candidate)) return { name: candidate, renamedBecauseTaken: true };
  }
}

/**
 * The sheet to read a generated sheet's data from: the product's own one first, else a sheet the
 * user made with the base name (a votes sheet typed by hand still counts).
 */
export function existingGeneratedSheet(base: string, sheets: readonly SheetInfo[]): SheetInfo | undefined {
  const own = sheets.filter((s) => s.generated && isVariantOf(s.name, base));
  return own.find((s) => sameSheetName(s.name, base)) ?? own[0] ?? findSheet(sheets, base);
}

/** The marker sheet's cells: a title row, then one generated sheet name per row in column A. */
export function markerSheetCells(generated: readonly string[]): CellWrite[][] {
  return [[MARKER_TITLE, MARKER_VERSION], ...generated.map((name): CellWrite[] => [name])];
}

/** The generated sheet names a marker sheet lists; empty when the sheet is not a marker. */
export function generatedNamesFromMarker(values: readonly (readonly unknown[])[]): string[] {
  if (values[0]?.[0] !== MARKER_TITLE) return [];
  return values
    .slice(1)
    .map((row) => row[0])
    .filter((v): v is string => typeof v === "string" && v !== "");
}
