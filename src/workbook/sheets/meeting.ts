/**
 * "Họp bình xét": the record of the deliberation meeting (biên bản họp bình xét) as label/value
 * rows — date, start time, place, chair, secretary, units present, ballots issued, returned and
 * valid, the minutes' number. The votes each candidate received stay on «Bỏ phiếu» (the core reads
 * them there, once); the threshold is the cluster's «Tỉ lệ phiếu để thông qua» on «Cấu hình». The
 * pane writes this sheet whole (its meeting step); a user may type it by hand: labels are found by
 * name, so rows may move. Read by the dossier (biên bản, tờ trình).
 */
import { cellText } from "../../core/cell-text";
import { problemOf, type ConfigExpectation } from "../../core/diagnostics";
import type { CalendarDate, Problem } from "../../core/model";
import { isCellError, parseDate, parseWholeNumber } from "../../core/numbers";
import { keyOf, type Grid } from "../grid/grid";
import type { BlockWrite, CellStyle, CellWrite, SheetWrite } from "../port";
import { BODY, HEADER, INPUT, INPUT_DATE, NOTE } from "../styles";
import { FIRST_DATA_ROW, serial, titleBlocks } from "./table";

export const MEETING_TITLE = "BIÊN BẢN HỌP BÌNH XÉT THI ĐUA — THÔNG TIN CUỘC HỌP";
export const MEETING_NOTE =
  "Ghi thông tin cuộc họp bình xét; số phiếu của từng đơn vị ghi ở trang «Bỏ phiếu», tỉ lệ thông qua ở trang «Cấu hình».";

export const MEETING_KEYS = {
  date: "Ngày họp",
  time: "Giờ bắt đầu",
  place: "Địa điểm họp",
  chair: "Chủ trì",
  secretary: "Thư ký",
  present: "Số đơn vị có mặt",
  issued: "Số phiếu phát ra",
  returned: "Số phiếu thu về",
  valid: "Số phiếu hợp lệ",
  minutesNumber: "Số biên bản",
} as const;

export type MeetingKey = keyof typeof MEETING_KEYS;

const MEETING_NOTES: Partial<Record<MeetingKey, string>> = {
  time: "Ví dụ: 14 giờ 00",
  chair: "Họ tên, chức vụ người chủ trì",
  present: "Trên tổng số đơn vị thành viên",
  minutesNumber: "Để trống nếu văn thư ghi số khi ký",
};

/** The meeting as recorded: every field may still be empty (null or ""). */
export interface MeetingRecord {
  readonly date: CalendarDate | null;
  readonly time: string;
  readonly place: string;
  readonly chair: string;
  readonly secretary: string;
  readonly present: number | null;
  readonly issued: number | null;
  readonly returned: number | null;
  readonly valid: number | null;
  readonly minutesNumber: number | null;
}

export const EMPTY_MEETING: MeetingRecord = {
  date: null,
  time: "",
  place: "",
  chair: "",
  secretary: "",
  present: null,
  issued: null,
  returned: null,
  valid: null,
  minutesNumber: null,
};

/** The fields a final biên bản cannot do without (the minutes' number may be written at signing). */
export const MEETING_REQUIRED: readonly MeetingKey[] = [
  "date",
  "place",
  "chair",
  "secretary",
  "present",
  "issued",
  "returned",
  "valid",
];

/**
 * The required fields still empty, in the sheet's order.
 *
 * @example meetingGaps(EMPTY_MEETING).length === 8
 */
export function meetingGaps(record: MeetingRecord): MeetingKey[] {
  return MEETING_REQUIRED.filter((key) => {
    const value = record[key];
    return value === null || (typeof value === "string" && value.trim() === "");
  });
}

// ── Writing ────────────────────────────────────────────────────────────────────

/** The meeting sheet under `name`, holding `record`. */
export function meetingSheet(name: string, record: MeetingRecord): SheetWrite {
  const rows: [MeetingKey, CellWrite, CellStyle][] = [
    ["date", record.date ? serial(record.date) : null, INPUT_DATE],
    ["time", record.time, INPUT],
    ["place", record.place, INPUT],
    ["chair", record.chair, INPUT],
    ["secretary", record.secretary, INPUT],
    ["present", record.present, INPUT],
    ["issued", record.issued, INPUT],
    ["returned", record.returned, INPUT],
    ["valid", record.valid, INPUT],
    ["minutesNumber", record.minutesNumber, INPUT],
  ];
  const blocks: BlockWrite[] = [
    ...titleBlocks(MEETING_TITLE, MEETING_NOTE),
    { at: "A3", cells: [["Mục", "Giá trị", "Ghi chú"]], style: HEADER },
  ];
  rows.forEach(([key, value, style], i) => {
    const row = FIRST_DATA_ROW + i + 1;
    blocks.push({ at: `A${row}`, cells: [[MEETING_KEYS[key]]], style: { ...BODY, bold: true } });
    blocks.push({ at: `B${row}`, cells: [[value === "" ? null : value]], style });
    blocks.push({
      at: `C${row}`,
      cells: [[MEETING_NOTES[key] ?? ""]],
      style: { ...BODY, ...NOTE, border: true },
    });
  });
  const last = FIRST_DATA_ROW + rows.length;
  return {
    name,
    generated: true,
    blocks,
    columnWidths: [30, 44, 34],
    validations: [
      {
        range: `B${FIRST_DATA_ROW + 7}:B${last}`,
        kind: "whole",
        min: 0,
        errorMessage: "Ghi số nguyên không âm.",
      },
    ],
  };
}

// ── Reading ────────────────────────────────────────────────────────────────────

/**
 * Reads "Họp bình xét": each label found by name in column A, its value in B. A date or count that
 * cannot be one is a problem (WB_CONFIG_INVALID at its cell) and is read as empty; so is a
 * ballot count that does not fit (returned above issued, valid above returned, issued above those
 * present when counting units present).
 */
export function readMeetingSheet(grid: Grid, problems: Problem[]): MeetingRecord {
  const rowOf = new Map<string, number>();
  for (let row = 0; row < grid.rowCount; row++) {
    const label = grid.value(row, 0);
    if (typeof label === "string" && !rowOf.has(keyOf(label))) rowOf.set(keyOf(label), row);
  }
  const find = (key: MeetingKey): number | undefined => rowOf.get(keyOf(MEETING_KEYS[key]));
  const invalid = (key: MeetingKey, expected: ConfigExpectation): void => {
    const row = find(key)!;
    const raw = grid.sourced(row, 1);
    problems.push(
      problemOf(
        "WB_CONFIG_INVALID",
        { label: MEETING_KEYS[key], shown: cellText(raw.value), expected },
        raw.at,
      ),
    );
  };
  const text = (key: MeetingKey): string => {
    const row = find(key);
    return row === undefined ? "" : grid.text(row, 1).trim();
  };
  const count = (key: MeetingKey): number | null => {
    const row = find(key);
    if (row === undefined) return null;
    const value = grid.value(row, 1);
    const parsed = isCellError(value) ? "invalid" : parseWholeNumber(value);
    if (parsed === "invalid") {
      invalid(key, "wholeNumber");
      return null;
    }
    return parsed;
  };
  const dateRow = find("date");
  let date: CalendarDate | null = null;
  if (dateRow !== undefined) {
    const parsed = parseDate(grid.value(dateRow, 1));
    if (parsed === "invalid") invalid("date", "date");
    else date = parsed;
  }
  const present = count("present");
  let issued = count("issued");
  let returned = count("returned");
  let valid = count("valid");
  // Each count is at most the one before it: a ballot not issued cannot come back.
  if (issued !== null && present !== null && issued > present) {
    invalid("issued", "wholeNumber");
    issued = null;
  }
  if (returned !== null && issued !== null && returned > issued) {
    invalid("returned", "wholeNumber");
    returned = null;
  }
  if (valid !== null && returned !== null && valid > returned) {
    invalid("valid", "wholeNumber");
    valid = null;
  }
  const minutes = count("minutesNumber");
  return {
    date,
    time: text("time"),
    place: text("place"),
    chair: text("chair"),
    secretary: text("secretary"),
    present,
    issued,
    returned,
    valid,
    minutesNumber: minutes !== null && minutes >= 1 ? minutes : null,
  };
}
