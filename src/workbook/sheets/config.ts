/**
 * "Cấu hình": the block's settings as label/value rows (name, period, maxima, tie-break order, vote
 * share, deadlines, what the printed documents say), then four small tables each under its title
 * (config-tables.ts). Labels are found by name, so rows may move. Written by the template; read into the core's settings and the documents' settings.
 */
import { cellText } from "../../core/cell-text";
import type { DeadlineKey } from "../../core/deadlines";
import { numberFromPoints, ZERO } from "../../core/decimal";
import { problemOf, type ConfigExpectation } from "../../core/diagnostics";
import type {
  CalendarDate,
  CellRef,
  ClassificationBand,
  ClusterDefinition,
  Deadlines,
  Period,
  Points,
  Problem,
  Sourced,
  TieBreakKey,
  VoteBasis,
} from "../../core/model";
import { isCellError, parseDate, parseScore, parseWholeNumber } from "../../core/numbers";
import { templateText as T } from "../../messages/vi/documents";
import { keyOf, type Grid } from "../grid/grid";
import type { BlockWrite, CellStyle, CellWrite, SheetWrite } from "../port";
import { SHEET } from "../sheet-names";
import { BODY, HEADER, INPUT, INPUT_DATE, NOTE, SHARE_FORMAT } from "../styles";
import { configTables, readConfigTables } from "./config-tables";
import { FIRST_DATA_ROW, serial, titleBlocks, type TemplateSource } from "./table";

// ── Columns and labels ────────────────────────────────────────────────────────

export const CONFIG_KEYS = {
  blockName: "Tên khối / cụm thi đua",
  parentBody: "Cơ quan cấp trên",
  issuingBody: "Cơ quan ban hành văn bản",
  periodLabel: "Kỳ thi đua",
  periodKind: "Loại kỳ",
  periodStart: "Từ ngày",
  periodEnd: "Đến ngày",
  selfScoreMax: "Điểm tối đa bảng tự chấm",
  departmentsMax: "Điểm tối đa của các ban",
  tieBreak: "Thứ tự xét khi bằng điểm",
  passShare: "Tỉ lệ phiếu để thông qua (hơn)",
  voteBasis: "Tỉ lệ tính trên",
  leadingMinBand: "Xếp loại tối thiểu để đề nghị đơn vị dẫn đầu",
  excellentMinBand: "Xếp loại tối thiểu để đề nghị đơn vị xuất sắc",
  registration: "Hạn đăng ký thi đua",
  pact: "Hạn ký giao ước",
  midReport: "Hạn gửi báo cáo sơ kết",
  endReport: "Hạn gửi báo cáo tổng kết",
  summaryMeeting: "Ngày họp tổng kết",
  resultsToFederation: "Hạn gửi kết quả về cấp trên",
  draftDays: "Gửi dự thảo trước họp (ngày làm việc)",
  place: "Địa danh ghi trên văn bản",
  addressee: "Kính gửi",
  leadingAward: "Hình thức khen đơn vị dẫn đầu",
  excellentAward: "Hình thức khen đơn vị xuất sắc",
  documentNumber: "Số văn bản",
  listNumber: "Số danh sách",
  reportNumber: "Số báo cáo",
  signerOnBehalf: "Thay mặt",
  signerTitle: "Chức danh người ký",
  signer: "Người ký",
  filingCode: "Lưu (ký hiệu)",
} as const;

export type ConfigKey = keyof typeof CONFIG_KEYS;

export const PERIOD_KIND_LABELS: Readonly<Record<"calendar-year" | "school-year", string>> = {
  "calendar-year": "Năm",
  "school-year": "Năm học",
};

/** What the vote share is of, as «Cấu hình» writes it. */
export const VOTE_BASIS_LABELS: Readonly<Record<VoteBasis, string>> = {
  members: "Tổng số thành viên",
  validVotes: "Số phiếu hợp lệ",
};

export const TIE_BREAK_LABELS: Readonly<Record<TieBreakKey, string>> = {
  appraisedTotal: "Tổng điểm thẩm định",
  mainSection: "Điểm mục chính",
  fewerDeductions: "Ít điểm trừ hơn",
};

// ── Writing ────────────────────────────────────────────────────────────────────

export function configSheet(source: TemplateSource): SheetWrite {
  const { config, deadlines, period } = source;
  const kv: [string, CellWrite, string, CellStyle][] = [
    [CONFIG_KEYS.blockName, source.blockName, T.notes.blockName, INPUT],
    [CONFIG_KEYS.parentBody, source.parentBody, "", INPUT],
    [CONFIG_KEYS.issuingBody, source.issuingBody, "", INPUT],
    [CONFIG_KEYS.periodLabel, period.label, "", INPUT],
    [CONFIG_KEYS.periodKind, PERIOD_KIND_LABELS[period.kind], T.notes.periodKind, INPUT],
    [CONFIG_KEYS.periodStart, serial(period.start), "", INPUT_DATE],
    [CONFIG_KEYS.periodEnd, serial(period.end), "", INPUT_DATE],
    [CONFIG_KEYS.selfScoreMax, numberFromPoints(config.selfScoreMax), T.notes.selfScoreMax, INPUT],
    [CONFIG_KEYS.departmentsMax, numberFromPoints(config.departmentsMax), T.notes.departmentsMax, INPUT],
    [
      CONFIG_KEYS.tieBreak,
      config.tieBreak.map((k) => TIE_BREAK_LABELS[k]).join("; "),
      T.notes.tieBreak,
      INPUT,
    ],
    [
      CONFIG_KEYS.passShare,
      config.voteRule.passShare,
      T.notes.passShare,
      { ...INPUT, numberFormat: SHARE_FORMAT },
    ],
    [CONFIG_KEYS.voteBasis, VOTE_BASIS_LABELS[config.voteRule.basis ?? "members"], T.notes.voteBasis, INPUT],
    [CONFIG_KEYS.leadingMinBand, config.awardMinBand?.leading ?? "", T.notes.awardMinBand, INPUT],
    [CONFIG_KEYS.excellentMinBand, config.awardMinBand?.excellent ?? "", T.notes.awardMinBand, INPUT],
    [CONFIG_KEYS.registration, serial(deadlines.registration), "", INPUT_DATE],
    [CONFIG_KEYS.pact, serial(deadlines.pact), "", INPUT_DATE],
    [CONFIG_KEYS.midReport, serial(deadlines.midReport), "", INPUT_DATE],
    [CONFIG_KEYS.endReport, serial(deadlines.endReport), "", INPUT_DATE],
    [CONFIG_KEYS.summaryMeeting, serial(deadlines.summaryMeeting), "", INPUT_DATE],
    [
      CONFIG_KEYS.resultsToFederation,
      serial(deadlines.resultsToFederation),
      T.notes.resultsToFederation,
      INPUT_DATE,
    ],
    [CONFIG_KEYS.draftDays, deadlines.draftWorkingDaysBeforeMeeting ?? null, T.notes.draftDays, INPUT],
    [CONFIG_KEYS.place, source.place, "", INPUT],
    [CONFIG_KEYS.addressee, source.addressee ?? "", T.notes.addressee, INPUT],
    [CONFIG_KEYS.leadingAward, source.awardKinds?.leading ?? T.defaultAward, "", INPUT],
    [CONFIG_KEYS.excellentAward, source.awardKinds?.excellent ?? T.defaultAward, "", INPUT],
    [CONFIG_KEYS.documentNumber, T.defaultDocumentNumber, T.notes.documentNumber, INPUT],
    [CONFIG_KEYS.listNumber, T.defaultDocumentNumber, T.notes.listNumber, INPUT],
    [CONFIG_KEYS.reportNumber, T.defaultDocumentNumber, T.notes.reportNumber, INPUT],
    [CONFIG_KEYS.signerOnBehalf, T.defaultOnBehalf, "", INPUT],
    [CONFIG_KEYS.signerTitle, T.defaultSignerTitle, "", INPUT],
    [CONFIG_KEYS.signer, source.signer ?? "", "", INPUT],
    [CONFIG_KEYS.filingCode, T.defaultFilingCode, "", INPUT],
  ];
  const blocks: BlockWrite[] = [
    ...titleBlocks(T.configTitle, T.configNote),
    { at: "A3", cells: [[...T.configHeaders]], style: HEADER },
  ];
  kv.forEach(([label, value, note, style], i) => {
    const row = FIRST_DATA_ROW + i + 1;
    blocks.push({ at: `A${row}`, cells: [[label]], style: { ...BODY, bold: true } });
    blocks.push({ at: `B${row}`, cells: [[value]], style });
    blocks.push({ at: `C${row}`, cells: [[note]], style: { ...BODY, ...NOTE, border: true } });
  });
  const tables = configTables(source, FIRST_DATA_ROW + kv.length + 1); // a blank row after the key/value rows
  blocks.push(...tables.blocks);
  const basisRow = FIRST_DATA_ROW + 1 + kv.findIndex(([label]) => label === CONFIG_KEYS.voteBasis);

  return {
    name: SHEET.config,
    generated: false,
    blocks,
    columnWidths: [40, 48, 30, 12, 26, 26],
    tables: tables.tables,
    validations: [
      ...(tables.validations ?? []),
      {
        range: `B${basisRow}`,
        kind: "list",
        list: Object.values(VOTE_BASIS_LABELS),
        errorMessage: T.validation.voteBasis,
      },
    ],
  };
}

// ── Reading ────────────────────────────────────────────────────────────────────

/** Settings the printed documents use (not part of the core's input). */
export interface DocumentSettings {
  readonly parentBody: string;
  readonly issuingBody: string;
  readonly place: string;
  /** "Kính gửi": who the tờ trình and the report are addressed to. */
  readonly addressee: string;
  /** The award each kind of place is proposed for; empty where the row is missing. */
  readonly leadingAward: string;
  readonly excellentAward: string;
  /** The tờ trình's number as the clerk registered it ("7", "07/TTr-CTĐ"); "" until then. */
  readonly documentNumber: string;
  /** The list's (DS) and the year report's (BC) numbers; absent or "" until registered. */
  readonly listNumber?: string;
  readonly reportNumber?: string;
  readonly signerOnBehalf: string;
  readonly signerTitle: string;
  readonly signer: string;
  readonly filingCode: string;
  readonly recipients: readonly string[];
  /** Head and deputy unit per cluster code, as typed. */
  readonly officers: ReadonlyMap<string, { readonly head: string; readonly deputy: string }>;
}

/** The configuration as read: the core's settings, the clusters, the calendar and the documents' settings. */
export interface ConfigRead {
  readonly name: string;
  readonly period: Period | null;
  readonly selfScoreMax: Points | null;
  readonly departmentsMax: Points;
  readonly tieBreak: readonly TieBreakKey[];
  readonly passShare: number;
  /** What the share is of; "members" where the row is absent or empty (workbooks made before it). */
  readonly voteBasis: VoteBasis;
  /** The band each award needs, as typed ("" where left to the default, the top band). */
  readonly awardMinBand: { readonly leading: string; readonly excellent: string };
  readonly deadlines: Deadlines;
  /** The cell of each deadline typed, for a warning where the plan gives another day. */
  readonly deadlineCells: Partial<Readonly<Record<DeadlineKey, CellRef>>>;
  readonly clusters: readonly ClusterDefinition[];
  readonly bands: readonly ClassificationBand[];
  readonly holidays: readonly CalendarDate[];
  readonly document: DocumentSettings;
}

interface ConfigReader {
  raw(key: ConfigKey): Sourced;
  text(key: ConfigKey): string;
}

function configReader(grid: Grid): ConfigReader {
  const rowOf = new Map<string, number>();
  for (let row = 0; row < grid.rowCount; row++) {
    const label = grid.value(row, 0);
    if (typeof label === "string" && !rowOf.has(keyOf(label))) rowOf.set(keyOf(label), row);
  }
  const find = (key: ConfigKey): number | undefined => rowOf.get(keyOf(CONFIG_KEYS[key]));
  return {
    raw(key) {
      const row = find(key);
      return row === undefined ? { value: null } : grid.sourced(row, 1);
    },
    text(key) {
      const row = find(key);
      return row === undefined ? "" : grid.text(row, 1);
    },
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** Reads "Cấu hình": every setting, each table; what is missing or wrong becomes a problem. */
export function readConfigSheet(grid: Grid, problems: Problem[]): ConfigRead {
  const c = configReader(grid);
  const invalid = (key: ConfigKey, expected: ConfigExpectation): void => {
    const raw = c.raw(key);
    problems.push(
      problemOf(
        "WB_CONFIG_INVALID",
        { label: CONFIG_KEYS[key], shown: cellText(raw.value), expected },
        raw.at,
      ),
    );
  };
  const missing = (key: ConfigKey): void => {
    problems.push(problemOf("WB_CONFIG_MISSING", { label: CONFIG_KEYS[key] }, c.raw(key).at));
  };
  const errorAt = (key: ConfigKey): boolean => {
    const raw = c.raw(key);
    if (!isCellError(raw.value)) return false;
    problems.push(problemOf("WB_FORMULA_ERROR", { shown: raw.value.error }, raw.at));
    return true;
  };
  const date = (key: ConfigKey, required: boolean): CalendarDate | undefined => {
    if (errorAt(key)) return undefined;
    const d = parseDate(c.raw(key).value);
    if (d === "invalid") invalid(key, "date");
    else if (d === null && required) missing(key);
    return d === null || d === "invalid" ? undefined : d;
  };
  const points = (key: ConfigKey, required: boolean): Points | null => {
    if (errorAt(key)) return null;
    const p = parseScore(c.raw(key).value);
    if (p.kind === "number" && p.points >= 0) return p.points;
    if (p.kind === "empty") {
      if (required) missing(key);
    } else invalid(key, "number");
    return null;
  };

  const label = c.text("periodLabel");
  const kindText = keyOf(c.text("periodKind"));
  const kind = kindText === keyOf(PERIOD_KIND_LABELS["school-year"]) ? "school-year" : "calendar-year";
  if (kindText !== "" && kindText !== keyOf(PERIOD_KIND_LABELS["calendar-year"]) && kind !== "school-year") {
    invalid("periodKind", "periodKind");
  }
  const start = date("periodStart", true);
  const end = date("periodEnd", true);
  if (label === "") missing("periodLabel");
  const period: Period | null = start && end ? { label, kind, start, end } : null;

  const selfScoreMax = points("selfScoreMax", true);
  const departmentsMax = points("departmentsMax", false) ?? ZERO;

  const tieBreak: TieBreakKey[] = [];
  const tieText = c.text("tieBreak");
  if (tieText !== "") {
    for (const part of tieText.split(/[;,\n]/)) {
      if (part.trim() === "") continue;
      const found = (Object.keys(TIE_BREAK_LABELS) as TieBreakKey[]).find(
        (k) => keyOf(TIE_BREAK_LABELS[k]) === keyOf(part),
      );
      if (found) {
        if (!tieBreak.includes(found)) tieBreak.push(found);
      } else {
        invalid("tieBreak", "tieBreak");
        break;
      }
    }
  }

  let passShare = 0.5;
  const shareRaw = c.raw("passShare").value;
  if (
    !errorAt("passShare") &&
    shareRaw !== null &&
    !(typeof shareRaw === "string" && shareRaw.trim() === "")
  ) {
    const p = typeof shareRaw === "string" ? parseScore(shareRaw.replace("%", "")) : null;
    const n =
      typeof shareRaw === "number" ? shareRaw : p?.kind === "number" ? numberFromPoints(p.points) : NaN;
    // "50%" read as text, 50 typed without the format, or 0.5 with it: all mean one half.
    const share = typeof shareRaw === "string" && shareRaw.includes("%") ? n / 100 : n > 1 ? n / 100 : n;
    // More than 0 and less than 1: "more than 100 %" could never pass, and "more than 0 %" is no vote.
    if (Number.isFinite(share) && share > 0 && share < 1) passShare = share;
    else invalid("passShare", "share");
  }

  let voteBasis: VoteBasis = "members";
  const basisText = c.text("voteBasis");
  if (!errorAt("voteBasis") && basisText.trim() !== "") {
    const found = (Object.keys(VOTE_BASIS_LABELS) as VoteBasis[]).find(
      (k) => keyOf(VOTE_BASIS_LABELS[k]) === keyOf(basisText),
    );
    if (found) voteBasis = found;
    else invalid("voteBasis", "voteBasis");
  }

  const draftDays = parseWholeNumber(c.raw("draftDays").value);
  const draftWorkingDaysBeforeMeeting = typeof draftDays === "number" ? draftDays : undefined;
  if (draftDays === "invalid") invalid("draftDays", "wholeNumber");

  const deadlines: Deadlines = {
    ...optional("registration", date("registration", false)),
    ...optional("pact", date("pact", false)),
    ...optional("midReport", date("midReport", false)),
    ...optional("endReport", date("endReport", false)),
    ...optional("summaryMeeting", date("summaryMeeting", false)),
    // Absent in workbooks made before the row: they read as before (the plan's task, if any, gives it).
    ...optional("resultsToFederation", date("resultsToFederation", false)),
    ...optional("draftWorkingDaysBeforeMeeting", draftWorkingDaysBeforeMeeting),
  };

  const deadlineCells: Partial<Record<DeadlineKey, CellRef>> = {};
  const typedKeys = [
    "registration",
    "pact",
    "midReport",
    "endReport",
    "summaryMeeting",
    "resultsToFederation",
  ] as const;
  for (const key of typedKeys) {
    const at = c.raw(key).at;
    if (at && deadlines[key]) deadlineCells[key] = at;
  }

  const tables = readConfigTables(grid, problems);
  return {
    name: c.text("blockName"),
    period,
    selfScoreMax,
    departmentsMax,
    tieBreak,
    passShare,
    voteBasis,
    awardMinBand: { leading: c.text("leadingMinBand"), excellent: c.text("excellentMinBand") },
    deadlines,
    deadlineCells,
    clusters: tables.clusters,
    bands: tables.bands,
    holidays: tables.holidays,
    document: {
      parentBody: c.text("parentBody"),
      issuingBody: c.text("issuingBody"),
      place: c.text("place"),
      addressee: c.text("addressee"),
      leadingAward: c.text("leadingAward"),
      excellentAward: c.text("excellentAward"),
      documentNumber: c.text("documentNumber"),
      listNumber: c.text("listNumber"),
      reportNumber: c.text("reportNumber"),
      signerOnBehalf: c.text("signerOnBehalf"),
      signerTitle: c.text("signerTitle"),
      signer: c.text("signer"),
      filingCode: c.text("filingCode"),
      recipients: tables.recipients,
      officers: tables.officers,
    },
  };
}
