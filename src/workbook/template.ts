/**
 * The cluster workbook's template as sheets to write: configuration, criteria, units, departments'
 * allocation and points, the votes sheet and one scoring sheet per unit. Pure: the use case picks
 * the preset, the adapter writes the result.
 */
import { addDays, toExcelSerial } from "../core/calendar";
import { numberFromPoints } from "../core/decimal";
import type {
  CalendarDate,
  ClusterDefinition,
  CriterionKind,
  Deadlines,
  Period,
  ScoringConfig,
  UnitType,
} from "../core/model";
import { templateText as T } from "../messages/vi/documents";
import { cellAddress, rangeAddress } from "./a1";
import {
  BANDS_TABLE,
  CLUSTER_TABLE,
  CONFIG_KEYS,
  CRITERIA_COLUMNS,
  DEPARTMENT_COLUMNS,
  DEPARTMENT_POINTS_COLUMNS,
  DISCIPLINE_LABELS,
  HOLIDAYS_TABLE,
  KIND_LABELS,
  NO,
  PERIOD_KIND_LABELS,
  RECIPIENTS_TABLE,
  SCORE_COLUMNS,
  SECTION_LABEL,
  SHEET,
  TIE_BREAK_LABELS,
  UNIT_COLUMNS,
  UNIT_TYPE_LABELS,
  VOTE_COLUMNS,
  YES,
  type ColumnSpec,
} from "./layout";
import type { BlockWrite, CellStyle, CellWrite, DataValidationRule, SheetWrite } from "./port";
import { sampleScore, seededRandom } from "./sample-data";

/** What the template is made from: a preset's data, with the cluster's own choices applied. */
export interface TemplateSource {
  readonly blockName: string;
  readonly parentBody: string;
  readonly issuingBody: string;
  readonly place: string;
  readonly period: Period;
  readonly config: ScoringConfig;
  readonly clusters: readonly (ClusterDefinition & { readonly head?: string; readonly deputy?: string })[];
  readonly criteria: readonly {
    readonly code: string;
    readonly text: string;
    readonly max: number;
    readonly kind: CriterionKind;
  }[];
  readonly departments: readonly {
    readonly code: string;
    readonly name: string;
    readonly direct: number;
    readonly coordinating: number;
    readonly isBonus?: boolean;
  }[];
  readonly deadlines: Deadlines;
  readonly holidays: readonly CalendarDate[];
  readonly recipients?: readonly string[];
  readonly signer?: string;
}

export interface TemplateUnit {
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  /** The cluster's name as written in the units sheet. */
  readonly cluster: string;
}

/** Row (0-based) of every table's header in the template: title, note, header. */
export const TEMPLATE_HEADER_ROW = 2;
const FIRST_DATA_ROW = TEMPLATE_HEADER_ROW + 1;

export const FONT = "Times New Roman";
const DATE_FORMAT = "dd/mm/yyyy";
const INPUT_FILL = "FFF2CC";
const HEADER_FILL = "D9E1F2";

const TITLE: CellStyle = { bold: true, fontSize: 14, fontName: FONT };
const NOTE: CellStyle = { italic: true, fontSize: 10, fontName: FONT, color: "595959" };
const HEADER: CellStyle = {
  bold: true,
  fontName: FONT,
  fill: HEADER_FILL,
  border: true,
  wrap: true,
  horizontal: "center",
  vertical: "middle",
};
const BODY: CellStyle = { fontName: FONT, border: true, vertical: "top", wrap: true };
const INPUT: CellStyle = { ...BODY, fill: INPUT_FILL };
const INPUT_DATE: CellStyle = { ...INPUT, numberFormat: DATE_FORMAT, horizontal: "center" };
const SECTION: CellStyle = { ...BODY, bold: true };

/** Excel table names: letters, digits and underscores, unique in the workbook. */
export const TABLE_NAMES = {
  criteria: "TieuChi",
  units: "DonVi",
  departments: "PhanBoBan",
  departmentPoints: "DiemCacBan",
  votes: "BoPhieu",
  clusters: "CumThiDua",
  bands: "XepLoai",
  holidays: "NgayNghi",
  recipients: "NoiNhan",
  scores: (index: number): string => `Diem_${index + 1}`,
} as const;

function serial(date: CalendarDate | undefined): number | null {
  return date ? toExcelSerial(date) : null;
}

function headers(columns: Record<string, ColumnSpec>): string[] {
  return Object.values(columns).map((c) => c.header);
}

function widths(columns: Record<string, ColumnSpec>): number[] {
  return Object.values(columns).map((c) => c.width);
}

function titleBlocks(title: string, note: string): BlockWrite[] {
  return [
    { at: "A1", cells: [[title]], style: TITLE },
    { at: "A2", cells: [[note]], style: NOTE },
  ];
}

/** Column letter of a table column given its position among `columns`. */
function columnOf(columns: Record<string, ColumnSpec>, key: string): number {
  return Object.keys(columns).indexOf(key);
}

function columnRange(col: number, firstRow: number, lastRow: number): string {
  return rangeAddress(firstRow, col, Math.max(firstRow, lastRow), col);
}

/** Parent codes: a code is a section when another code extends it ("I" for "I.1"). */
export function sectionCodes(codes: readonly string[]): Set<string> {
  const sections = new Set<string>();
  for (const code of codes) {
    const dot = code.lastIndexOf(".");
    if (dot > 0) sections.add(code.slice(0, dot));
  }
  return sections;
}

// ── Cấu hình ──────────────────────────────────────────────────────────────────

function configSheet(source: TemplateSource): SheetWrite {
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
    [CONFIG_KEYS.passShare, config.voteRule.passShare, T.notes.passShare, { ...INPUT, numberFormat: "0%" }],
    [CONFIG_KEYS.registration, serial(deadlines.registration), "", INPUT_DATE],
    [CONFIG_KEYS.pact, serial(deadlines.pact), "", INPUT_DATE],
    [CONFIG_KEYS.midReport, serial(deadlines.midReport), "", INPUT_DATE],
    [CONFIG_KEYS.endReport, serial(deadlines.endReport), "", INPUT_DATE],
    [CONFIG_KEYS.summaryMeeting, serial(deadlines.summaryMeeting), "", INPUT_DATE],
    [CONFIG_KEYS.draftDays, deadlines.draftWorkingDaysBeforeMeeting ?? null, T.notes.draftDays, INPUT],
    [CONFIG_KEYS.place, source.place, "", INPUT],
    [CONFIG_KEYS.documentNumber, T.defaultDocumentNumber, T.notes.documentNumber, INPUT],
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
  const tables: { name: string; range: string; headerRow: boolean }[] = [];
  const validations: DataValidationRule[] = [];
  let row = FIRST_DATA_ROW + kv.length + 1; // a blank row after the key/value rows

  const addTable = (
    title: string,
    tableName: string,
    columns: Record<string, ColumnSpec>,
    rows: CellWrite[][],
    styles: CellStyle[],
  ): { firstRow: number; lastRow: number } => {
    blocks.push({ at: `A${row + 1}`, cells: [[title]], style: { ...TITLE, fontSize: 12 } });
    const headerRow = row + 1;
    blocks.push({ at: `A${headerRow + 1}`, cells: [headers(columns)], style: HEADER });
    const data = rows.length > 0 ? rows : [Object.keys(columns).map(() => null)];
    data.forEach((cells, i) => {
      cells.forEach((value, c) => {
        blocks.push({ at: cellAddress(headerRow + 1 + i, c), cells: [[value]], style: styles[c] ?? INPUT });
      });
    });
    const lastRow = headerRow + data.length;
    tables.push({
      name: tableName,
      range: rangeAddress(headerRow, 0, lastRow, Object.keys(columns).length - 1),
      headerRow: true,
    });
    row = lastRow + 2;
    return { firstRow: headerRow + 1, lastRow };
  };

  const clusterRows = source.clusters.map((c): CellWrite[] => [
    c.code,
    c.name,
    c.quota.leading,
    c.quota.excellent,
    c.head ?? "",
    c.deputy ?? "",
  ]);
  const clusters = addTable(CLUSTER_TABLE.title, TABLE_NAMES.clusters, CLUSTER_TABLE.columns, clusterRows, [
    INPUT,
    INPUT,
    INPUT,
    INPUT,
    INPUT,
    INPUT,
  ]);
  validations.push({
    range: rangeAddress(clusters.firstRow, 2, clusters.lastRow, 3),
    kind: "whole",
    min: 0,
    errorMessage: T.validation.quota,
  });

  const bandRows = config.bands.map((b): CellWrite[] => [
    b.label,
    numberFromPoints(b.minTotal),
    b.minSectionShare ?? null,
  ]);
  const bands = addTable(BANDS_TABLE.title, TABLE_NAMES.bands, BANDS_TABLE.columns, bandRows, [
    INPUT,
    INPUT,
    { ...INPUT, numberFormat: "0%" },
  ]);
  validations.push({
    range: columnRange(2, bands.firstRow, bands.lastRow),
    kind: "decimal",
    min: 0,
    max: 1,
    errorMessage: T.validation.share,
  });

  const holidayRows = source.holidays.map((d): CellWrite[] => [toExcelSerial(d), ""]);
  const holidays = addTable(HOLIDAYS_TABLE.title, TABLE_NAMES.holidays, HOLIDAYS_TABLE.columns, holidayRows, [
    INPUT_DATE,
    INPUT,
  ]);
  validations.push({
    range: columnRange(0, holidays.firstRow, holidays.lastRow),
    kind: "date",
    min: 1,
    errorMessage: T.validation.date,
  });

  const recipients = (source.recipients ?? T.defaultRecipients).map((r): CellWrite[] => [r]);
  addTable(RECIPIENTS_TABLE.title, TABLE_NAMES.recipients, RECIPIENTS_TABLE.columns, recipients, [INPUT]);

  return {
    name: SHEET.config,
    generated: false,
    blocks,
    columnWidths: [40, 48, 30, 12, 26, 26],
    tables,
    validations,
  };
}

// ── Tiêu chí ─────────────────────────────────────────────────────────────────

function criteriaSheet(source: TemplateSource): SheetWrite {
  const sections = sectionCodes(source.criteria.map((c) => c.code));
  const blocks: BlockWrite[] = [
    ...titleBlocks(T.criteriaTitle, T.criteriaNote),
    { at: "A3", cells: [headers(CRITERIA_COLUMNS)], style: HEADER },
  ];
  source.criteria.forEach((c, i) => {
    const style = sections.has(c.code) ? { ...INPUT, bold: true } : INPUT;
    blocks.push({
      at: `A${FIRST_DATA_ROW + i + 1}`,
      cells: [[c.code, c.text, c.max, KIND_LABELS[c.kind]]],
      style,
    });
  });
  const last = FIRST_DATA_ROW + Math.max(1, source.criteria.length) - 1;
  return {
    name: SHEET.criteria,
    generated: false,
    blocks,
    columnWidths: widths(CRITERIA_COLUMNS),
    tables: [
      { name: TABLE_NAMES.criteria, range: rangeAddress(TEMPLATE_HEADER_ROW, 0, last, 3), headerRow: true },
    ],
    validations: [
      {
        range: columnRange(2, FIRST_DATA_ROW, last),
        kind: "decimal",
        min: 0,
        errorMessage: T.validation.max,
      },
      {
        range: columnRange(3, FIRST_DATA_ROW, last),
        kind: "list",
        list: Object.values(KIND_LABELS),
        errorMessage: T.validation.kind,
      },
    ],
    freeze: { rows: FIRST_DATA_ROW, columns: 0 },
  };
}

// ── Đơn vị ───────────────────────────────────────────────────────────────────

interface UnitFacts {
  readonly registered: string;
  readonly pactSigned: string;
  readonly midReport: CalendarDate | null;
  readonly endReport: CalendarDate | null;
  readonly discipline: string;
  readonly received: CalendarDate | null;
}

/** Sample facts: most units on time, a few late or excluded so the summary shows each case. */
function sampleFacts(source: TemplateSource, index: number, count: number, random: () => number): UnitFacts {
  const { deadlines, period } = source;
  // Without a stated deadline, reports are due mid-period and a month before the period ends.
  const midDue = deadlines.midReport ?? addDays(period.start, 180);
  const endDue = deadlines.endReport ?? deadlines.summaryMeeting ?? addDays(period.end, -30);
  const facts: UnitFacts = {
    registered: YES,
    pactSigned: YES,
    midReport: addDays(midDue, -(1 + Math.floor(random() * 5))),
    endReport: addDays(endDue, -(1 + Math.floor(random() * 5))),
    discipline: DISCIPLINE_LABELS.none,
    received: addDays(endDue, -1),
  };
  // With enough units, show an exclusion and a late report (never the first units: they lead the sample).
  if (count >= 6 && index === count - 1) return { ...facts, pactSigned: NO };
  if (count >= 8 && index === count - 2) return { ...facts, discipline: DISCIPLINE_LABELS.reprimand };
  if (count >= 5 && index === count - 3) {
    return { ...facts, endReport: addDays(endDue, 2) };
  }
  return facts;
}

function unitsSheet(
  source: TemplateSource,
  units: readonly TemplateUnit[],
  facts: readonly UnitFacts[] | null,
): SheetWrite {
  const blocks: BlockWrite[] = [
    ...titleBlocks(T.unitsTitle, T.unitsNote),
    { at: "A3", cells: [headers(UNIT_COLUMNS)], style: HEADER },
  ];
  const rows = units.length > 0 ? units : [null];
  rows.forEach((u, i) => {
    const f = facts?.[i];
    const r = FIRST_DATA_ROW + i + 1;
    blocks.push({
      at: `A${r}`,
      cells: [[u?.code ?? null, u?.name ?? null, u?.cluster ?? null, u ? UNIT_TYPE_LABELS[u.type] : null]],
      style: INPUT,
    });
    blocks.push({
      at: `E${r}`,
      cells: [[f?.registered ?? null, f?.pactSigned ?? null]],
      style: { ...INPUT, horizontal: "center" },
    });
    blocks.push({
      at: `G${r}`,
      cells: [[serial(f?.midReport ?? undefined), serial(f?.endReport ?? undefined)]],
      style: INPUT_DATE,
    });
    blocks.push({ at: `I${r}`, cells: [[f?.discipline ?? null]], style: INPUT });
    blocks.push({ at: `J${r}`, cells: [[serial(f?.received ?? undefined)]], style: INPUT_DATE });
  });
  const last = FIRST_DATA_ROW + rows.length - 1;
  const col = (key: keyof typeof UNIT_COLUMNS): number => columnOf(UNIT_COLUMNS, key);
  const clusterNames = source.clusters.map((c) => c.name);
  const validations: DataValidationRule[] = [
    {
      range: columnRange(col("type"), FIRST_DATA_ROW, last),
      kind: "list",
      list: Object.values(UNIT_TYPE_LABELS),
      errorMessage: T.validation.unitType,
    },
    {
      range: rangeAddress(FIRST_DATA_ROW, col("registered"), last, col("pactSigned")),
      kind: "list",
      list: [YES, NO],
      errorMessage: T.validation.yesNo,
    },
    {
      range: rangeAddress(FIRST_DATA_ROW, col("midReport"), last, col("endReport")),
      kind: "date",
      min: 1,
      errorMessage: T.validation.date,
    },
    {
      range: columnRange(col("received"), FIRST_DATA_ROW, last),
      kind: "date",
      min: 1,
      errorMessage: T.validation.date,
    },
    {
      range: columnRange(col("discipline"), FIRST_DATA_ROW, last),
      kind: "list",
      list: Object.values(DISCIPLINE_LABELS),
      errorMessage: T.validation.discipline,
    },
  ];
  // Excel caps a typed-in list at 255 characters; longer lists are checked by the product instead.
  if (clusterNames.join(",").length <= 250 && !clusterNames.some((n) => n.includes(","))) {
    validations.push({
      range: columnRange(col("cluster"), FIRST_DATA_ROW, last),
      kind: "list",
      list: clusterNames,
      errorMessage: T.validation.cluster,
    });
  }
  return {
    name: SHEET.units,
    generated: false,
    blocks,
    columnWidths: widths(UNIT_COLUMNS),
    tables: [
      {
        name: TABLE_NAMES.units,
        range: rangeAddress(TEMPLATE_HEADER_ROW, 0, last, Object.keys(UNIT_COLUMNS).length - 1),
        headerRow: true,
      },
    ],
    validations,
    freeze: { rows: FIRST_DATA_ROW, columns: 2 },
  };
}

// ── Phân bổ điểm ban, Điểm các ban ────────────────────────────────────────────

function departmentsSheet(source: TemplateSource): SheetWrite {
  const blocks: BlockWrite[] = [
    ...titleBlocks(T.departmentsTitle, T.departmentsNote),
    { at: "A3", cells: [headers(DEPARTMENT_COLUMNS)], style: HEADER },
  ];
  const rows = source.departments.length > 0 ? source.departments : [null];
  rows.forEach((d, i) => {
    blocks.push({
      at: `A${FIRST_DATA_ROW + i + 1}`,
      cells: [
        [
          d?.code ?? null,
          d?.name ?? null,
          d?.direct ?? null,
          d?.coordinating ?? null,
          d ? (d.isBonus ? YES : NO) : null,
        ],
      ],
      style: INPUT,
    });
  });
  const last = FIRST_DATA_ROW + rows.length - 1;
  return {
    name: SHEET.departments,
    generated: false,
    blocks,
    columnWidths: widths(DEPARTMENT_COLUMNS),
    tables: [
      {
        name: TABLE_NAMES.departments,
        range: rangeAddress(TEMPLATE_HEADER_ROW, 0, last, 4),
        headerRow: true,
      },
    ],
    validations: [
      {
        range: rangeAddress(FIRST_DATA_ROW, 2, last, 3),
        kind: "decimal",
        min: 0,
        errorMessage: T.validation.max,
      },
      {
        range: columnRange(4, FIRST_DATA_ROW, last),
        kind: "list",
        list: [YES, NO],
        errorMessage: T.validation.yesNo,
      },
    ],
  };
}

function departmentPointsSheet(
  source: TemplateSource,
  units: readonly TemplateUnit[],
  random: (() => number) | null,
): SheetWrite {
  const departments = source.departments;
  const headerCells = [...headers(DEPARTMENT_POINTS_COLUMNS), ...departments.map((d) => d.name)];
  const blocks: BlockWrite[] = [
    ...titleBlocks(T.departmentPointsTitle, T.departmentPointsNote),
    { at: "A3", cells: [headerCells], style: HEADER },
  ];
  const rows = units.length > 0 ? units : [null];
  rows.forEach((u, i) => {
    const points = departments.map((d): CellWrite => {
      if (!u || !random) return null;
      const max = u.type === "direct" ? d.direct : d.coordinating;
      return sampleScore(random, max);
    });
    blocks.push({
      at: `A${FIRST_DATA_ROW + i + 1}`,
      cells: [[u?.code ?? null, u?.name ?? null]],
      style: BODY,
    });
    if (departments.length > 0)
      blocks.push({ at: `C${FIRST_DATA_ROW + i + 1}`, cells: [points], style: INPUT });
  });
  const last = FIRST_DATA_ROW + rows.length - 1;
  const validations: DataValidationRule[] = departments.map((d, j) => ({
    range: columnRange(2 + j, FIRST_DATA_ROW, last),
    kind: "decimal" as const,
    min: 0,
    max: Math.max(d.direct, d.coordinating),
    errorMessage: T.validation.departmentPoints,
  }));
  return {
    name: SHEET.departmentPoints,
    generated: false,
    blocks,
    columnWidths: [...widths(DEPARTMENT_POINTS_COLUMNS), ...departments.map(() => 14)],
    tables: [
      {
        name: TABLE_NAMES.departmentPoints,
        range: rangeAddress(TEMPLATE_HEADER_ROW, 0, last, headerCells.length - 1),
        headerRow: true,
      },
    ],
    validations,
    freeze: { rows: FIRST_DATA_ROW, columns: 2 },
  };
}

// ── Bỏ phiếu ─────────────────────────────────────────────────────────────────

/** The votes sheet: the product's own (regenerated by recordVotes), read back as input. */
export function votesSheet(
  name: string,
  rows: readonly { code: string; name: string; votes: number | string | null }[],
): SheetWrite {
  const data = rows.length > 0 ? rows : [null];
  const blocks: BlockWrite[] = [
    ...titleBlocks(T.votesTitle, T.votesNote),
    { at: "A3", cells: [headers(VOTE_COLUMNS)], style: HEADER },
  ];
  data.forEach((v, i) => {
    blocks.push({
      at: `A${FIRST_DATA_ROW + i + 1}`,
      cells: [[v?.code ?? null, v?.name ?? null]],
      style: BODY,
    });
    blocks.push({ at: `C${FIRST_DATA_ROW + i + 1}`, cells: [[v?.votes ?? null]], style: INPUT });
  });
  const last = FIRST_DATA_ROW + data.length - 1;
  return {
    name,
    generated: true,
    blocks,
    columnWidths: widths(VOTE_COLUMNS),
    tables: [
      { name: TABLE_NAMES.votes, range: rangeAddress(TEMPLATE_HEADER_ROW, 0, last, 2), headerRow: true },
    ],
    validations: [
      {
        range: columnRange(2, FIRST_DATA_ROW, last),
        kind: "whole",
        min: 0,
        errorMessage: T.validation.votes,
      },
    ],
  };
}

// ── One scoring sheet per unit ────────────────────────────────────────────────

/**
 * Score cells accept 0 to the row's maximum. One rule per run of rows with the same maximum, with
 * the maximum as a number: a relative formula ("=$D4") would follow edits, but exceljs reads such a
 * rule's bound back as NaN, so a file opened and saved by the .xlsx adapter would lose it.
 */
function scoreValidations(criteria: TemplateSource["criteria"]): DataValidationRule[] {
  const rules: DataValidationRule[] = [];
  let start = 0;
  criteria.forEach((c, i) => {
    const next = criteria[i + 1];
    if (next && next.max === c.max) return;
    rules.push({
      range: rangeAddress(FIRST_DATA_ROW + start, 4, FIRST_DATA_ROW + i, 5),
      kind: "decimal",
      min: 0,
      max: c.max,
      errorMessage: T.validation.score,
    });
    start = i + 1;
  });
  return rules;
}

/**
 * One unit's scoring sheet (also what a unit's own self-scoring file holds). `index` numbers its
 * Excel table; `random` fills sample scores.
 */
export function unitScoreSheet(
  source: Pick<TemplateSource, "criteria" | "period">,
  unit: Pick<TemplateUnit, "code" | "name">,
  index: number,
  random: (() => number) | null = null,
): SheetWrite {
  const sections = sectionCodes(source.criteria.map((c) => c.code));
  const blocks: BlockWrite[] = [
    { at: "A1", cells: [[T.scoreTitle(source.period.label)]], style: TITLE },
    {
      at: "A2",
      cells: [[T.scoreUnitLine(unit.name, unit.code)]],
      style: { ...NOTE, italic: false, fontSize: 12, bold: true, color: "000000" },
    },
    { at: "A3", cells: [headers(SCORE_COLUMNS)], style: HEADER },
  ];
  source.criteria.forEach((c, i) => {
    const r = FIRST_DATA_ROW + i + 1;
    const section = sections.has(c.code);
    const fixed: CellWrite[] = [c.code, c.text, section ? SECTION_LABEL : KIND_LABELS[c.kind], c.max];
    blocks.push({ at: `A${r}`, cells: [fixed], style: section ? SECTION : BODY });
    let self: CellWrite = null;
    let appraised: CellWrite = null;
    if (!section && random) {
      self = sampleScore(random, c.max);
      // Deductions are rare; the head appraises about one criterion in six, a little lower.
      if (c.kind === "deduction") self = random() < 0.2 ? Math.min(c.max, 0.5) : 0;
      if (c.kind === "bonus") self = random() < 0.5 ? sampleScore(random, c.max) : 0;
      if (random() < 0.17 && typeof self === "number")
        appraised = Math.max(0, self - 0.25 * Math.floor(random() * 3));
    }
    blocks.push({ at: `E${r}`, cells: [[self, appraised]], style: section ? SECTION : INPUT });
    blocks.push({ at: `G${r}`, cells: [[null]], style: section ? SECTION : INPUT });
  });
  const last = FIRST_DATA_ROW + Math.max(1, source.criteria.length) - 1;
  return {
    name: unit.code,
    generated: false,
    blocks,
    columnWidths: widths(SCORE_COLUMNS),
    tables: [
      {
        name: TABLE_NAMES.scores(index),
        range: rangeAddress(TEMPLATE_HEADER_ROW, 0, last, 6),
        headerRow: true,
      },
    ],
    validations: scoreValidations(source.criteria),
    freeze: { rows: FIRST_DATA_ROW, columns: 2 },
    pageSetup: {
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      printTitleRows: `${FIRST_DATA_ROW}:${FIRST_DATA_ROW}`,
    },
  };
}

export interface TemplateOptions {
  /** Fill scores, department points and facts with plausible values from this seed. */
  readonly sampleSeed?: number;
}

/**
 * Every sheet of a new cluster workbook, in order: configuration, criteria, units, departments'
 * allocation and points, votes, then one scoring sheet per unit.
 */
export function templateSheets(
  source: TemplateSource,
  units: readonly TemplateUnit[],
  options: TemplateOptions = {},
): SheetWrite[] {
  const random = options.sampleSeed === undefined ? null : seededRandom(options.sampleSeed);
  const facts = random ? units.map((_, i) => sampleFacts(source, i, units.length, random)) : null;
  return [
    configSheet(source),
    criteriaSheet(source),
    unitsSheet(source, units, facts),
    departmentsSheet(source),
    departmentPointsSheet(source, units, random),
    votesSheet(SHEET.votes, []),
    ...units.map((u, i) => unitScoreSheet(source, u, i, random)),
  ];
}
