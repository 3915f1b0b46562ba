/**
 * A unit file's identity: the sheet that says what the file is, for which block, period and unit,
 * against which criteria table (its fingerprint), with a check over the fields the merge trusts.
 * Written with the unit file, read first from a returned one.
 */
import { toExcelSerial } from "../../core/calendar";
import { cellText } from "../../core/cell-text";
import type { CalendarDate, CellValue } from "../../core/model";
import { parseDate, parseWholeNumber } from "../../core/numbers";
import { normalizeKey } from "../../core/text/normalize";
import { unitFileText as F } from "../../messages/vi/documents";
import { cellAddress } from "../grid/address";
import type { BlockWrite, CellWrite, SheetSnapshot, SheetWrite } from "../port";
import { findSheet } from "../sheet-names";
import { BODY, DATE_FORMAT, FONT, HEADER, LINE, NOTE, TITLE } from "../styles";
import type { ClusterState, ClusterUnit } from "./cluster";
import { REFUSAL, refusal, type Refusal } from "./refusals";

/** Raised when the file layout changes in a way an older Thi Đua could not read. */
export const UNIT_FILE_VERSION = 1;
/** The sheet holding the identity; its name says what it is to the unit. */
export const UNIT_FILE_INFO_SHEET = "Thông tin tệp";
/** The first identity value: what kind of file this is. */
export const UNIT_FILE_MARK = "Tệp tự chấm điểm — Thi Đua";

/** Labels of the identity rows (column A of the info sheet), read back by name. */
export const IDENTITY_LABELS = {
  mark: "Loại tệp",
  version: "Phiên bản định dạng",
  block: "Khối / cụm thi đua",
  period: "Kỳ thi đua",
  cluster: "Cụm",
  unitCode: "Mã đơn vị",
  unitName: "Tên đơn vị",
  fingerprint: "Mã bảng tiêu chí",
  rows: "Số dòng tiêu chí",
  deadline: "Hạn gửi điểm",
  created: "Ngày tạo tệp",
  check: "Mã kiểm tra",
} as const;

export interface UnitFileIdentity {
  readonly version: number;
  readonly block: string;
  readonly period: string;
  readonly cluster: string;
  readonly unitCode: string;
  readonly unitName: string;
  readonly fingerprint: string;
  readonly rows: number;
  readonly deadline: CalendarDate | null;
  readonly created: CalendarDate | null;
  readonly check: string;
}

/**
 * A check over the fields the merge trusts, so an edited identity is noticed. Not a signature: the
 * sheet is protected without a password, and this only catches a slip, not a forgery.
 */
export function identityCheck(
  id: Pick<UnitFileIdentity, "version" | "block" | "period" | "unitCode" | "fingerprint">,
): string {
  const text = [
    String(id.version),
    normalizeKey(id.block),
    normalizeKey(id.period),
    normalizeKey(id.unitCode),
    id.fingerprint.toLowerCase(),
  ].join("\u0001");
  let h1 = 0x9e3779b9;
  let h2 = 0x85ebca6b ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, "0");
  return hex(h1) + hex(h2);
}

/** The identity sheet of a unit's file: what it is, for whom, against which criteria table; protected. */
export function identitySheet(state: ClusterState, unit: ClusterUnit, now: CalendarDate): SheetWrite {
  const identity = {
    version: UNIT_FILE_VERSION,
    block: state.blockName,
    period: state.period,
    unitCode: unit.code,
    fingerprint: state.fingerprint,
  };
  const date = (d: CalendarDate | null): CellWrite => (d ? toExcelSerial(d) : null);
  const rows: [string, CellWrite, boolean][] = [
    [IDENTITY_LABELS.mark, UNIT_FILE_MARK, false],
    [IDENTITY_LABELS.version, UNIT_FILE_VERSION, false],
    [IDENTITY_LABELS.block, state.blockName, false],
    [IDENTITY_LABELS.period, state.period, false],
    [IDENTITY_LABELS.cluster, unit.cluster, false],
    [IDENTITY_LABELS.unitCode, unit.code, false],
    [IDENTITY_LABELS.unitName, unit.name, false],
    [IDENTITY_LABELS.fingerprint, state.fingerprint, false],
    [IDENTITY_LABELS.rows, state.lines.length, false],
    [IDENTITY_LABELS.deadline, date(state.deadline), true],
    [IDENTITY_LABELS.created, date(now), true],
    [IDENTITY_LABELS.check, identityCheck(identity), false],
  ];
  const blocks: BlockWrite[] = [
    { at: "A1", cells: [[F.infoTitle]], style: TITLE },
    { at: "A2", cells: [[F.infoNote]], style: NOTE },
    { at: "A3", cells: [[...F.infoHeaders]], style: HEADER },
  ];
  rows.forEach(([label, value, isDate], i) => {
    blocks.push({ at: cellAddress(3 + i, 0), cells: [[label]], style: { ...BODY, bold: true } });
    blocks.push({
      at: cellAddress(3 + i, 1),
      cells: [[value]],
      style: isDate
        ? { ...BODY, numberFormat: DATE_FORMAT, horizontal: "left" }
        : { ...BODY, horizontal: "left" },
    });
  });
  F.howTo.forEach((line, i) => {
    blocks.push({
      at: cellAddress(4 + rows.length + i, 0),
      cells: [[line]],
      style: i === 0 ? LINE : { fontName: FONT },
    });
  });
  return { name: UNIT_FILE_INFO_SHEET, generated: false, blocks, columnWidths: [24, 60], protect: true };
}

/** The identity a returned file's info sheet holds, or why it is not a unit file (or was edited). */
export function readIdentity(sheets: readonly SheetSnapshot[]): UnitFileIdentity | Refusal {
  const info = findSheet(sheets, UNIT_FILE_INFO_SHEET);
  if (!info) return refusal(REFUSAL.NOT_UNIT_FILE, {});
  const byLabel = new Map<string, CellValue>();
  for (const row of info.values) {
    const label = row[0] ?? null;
    if (typeof label === "string" && !byLabel.has(normalizeKey(label)))
      byLabel.set(normalizeKey(label), row[1] ?? null);
  }
  const raw = (key: keyof typeof IDENTITY_LABELS): CellValue =>
    byLabel.get(normalizeKey(IDENTITY_LABELS[key])) ?? null;
  const text = (key: keyof typeof IDENTITY_LABELS): string => cellText(raw(key));
  if (normalizeKey(text("mark")) !== normalizeKey(UNIT_FILE_MARK)) return refusal(REFUSAL.NOT_UNIT_FILE, {});
  const version = parseWholeNumber(raw("version"));
  if (typeof version !== "number" || version < 1) return refusal(REFUSAL.IDENTITY_EDITED, {});
  if (version > UNIT_FILE_VERSION) return refusal(REFUSAL.FORMAT_TOO_NEW, { version });
  const dateOf = (key: keyof typeof IDENTITY_LABELS): CalendarDate | null => {
    const d = parseDate(raw(key));
    return d === "invalid" ? null : d;
  };
  const identity: UnitFileIdentity = {
    version,
    block: text("block"),
    period: text("period"),
    cluster: text("cluster"),
    unitCode: text("unitCode"),
    unitName: text("unitName"),
    fingerprint: text("fingerprint"),
    rows: wholeOrZero(raw("rows")),
    deadline: dateOf("deadline"),
    created: dateOf("created"),
    check: text("check").toLowerCase(),
  };
  if (identity.unitCode === "" || identityCheck(identity) !== identity.check) {
    return refusal(REFUSAL.IDENTITY_EDITED, {});
  }
  return identity;
}

function wholeOrZero(value: CellValue): number {
  const n = parseWholeNumber(value);
  return typeof n === "number" ? n : 0;
}
