/**
 * A unit's scoring sheet, named by its code: the criteria table again (code, text, kind, maximum)
 * with the unit's self-score, the appraised score and a note per criterion. Written by the template
 * (sample scores when asked) and as the heart of a unit's own file; read into the core's score rows,
 * with where the scores are so the summary's formulas can point at them.
 */
import { isBlankCell } from "../../core/cell-text";
import { problemOf } from "../../core/diagnostics";
import type { CellValue, Problem, ScoreRow, Sourced } from "../../core/model";
import { parseScore } from "../../core/numbers";
import { templateText as T } from "../../messages/vi/documents";
import { parseRange, rangeAddress } from "../grid/address";
import { criterionKeyOf, reportErrors, type Grid } from "../grid/grid";
import { column, readHeader } from "../grid/header";
import type { BlockWrite, CellWrite, DataValidationRule, SheetWrite } from "../port";
import { sampleScore } from "../sample-data";
import { BODY, HEADER, INPUT, LINE, SECTION, TITLE, portraitPage } from "../styles";
import { KIND_LABELS, SECTION_LABEL, sectionCodes } from "./criteria";
import {
  FIRST_DATA_ROW,
  TABLE_NAMES,
  TEMPLATE_HEADER_ROW,
  headers,
  widths,
  type TemplateSource,
  type TemplateUnit,
} from "./table";

export const SCORE_COLUMNS = {
  code: column("Mã", 9, true, ["Mã tiêu chí", "STT", "TT"]),
  text: column("Nội dung", 60, true, ["Nội dung tiêu chí", "Tiêu chí"]),
  kind: column("Loại", 13, false, ["Loại điểm"]),
  max: column("Điểm tối đa", 11, true, ["Điểm chuẩn"]),
  self: column("Tự chấm", 10, true, ["Điểm tự chấm"]),
  appraised: column("Thẩm định", 10, true, ["Điểm thẩm định"]),
  note: column("Ghi chú", 30, false),
} as const;

// ── Writing ────────────────────────────────────────────────────────────────────

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
 * One unit's scoring sheet. `index` numbers its Excel table; `random` fills sample scores.
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
      style: { ...LINE, italic: false, color: "000000" },
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
    pageSetup: portraitPage(`${FIRST_DATA_ROW}:${FIRST_DATA_ROW}`),
  };
}

// ── Reading ────────────────────────────────────────────────────────────────────

/** Where a unit's scores are, so the summary's formulas can point at them and a merge can write them. */
export interface ScoreSheetLayout {
  readonly sheet: string;
  readonly selfCol: number;
  readonly appraisedCol: number;
  readonly noteCol: number | null;
  /** Row (0-based) of each criterion code as typed on the sheet, by criterion key. */
  readonly rowOfCriterion: ReadonlyMap<string, number>;
  /** Rows whose self or appraised cell holds something. */
  readonly filledRows: ReadonlySet<number>;
}

/** A score typed as text that reads as a number: a problem at its cell. */
function numberAsText(cell: Sourced, problems: Problem[]): void {
  const value = cell.value;
  if (typeof value === "string" && value.trim() !== "" && parseScore(value).kind === "number")
    problems.push(problemOf("WB_NUMBER_AS_TEXT", { shown: value.trim() }, cell.at));
}

/**
 * Reads a unit's scoring sheet: a score row per criterion with a score (the core finds the unscored
 * ones from the table), merged score cells, numbers typed as text and maxima that differ from the
 * criteria table as problems. `maxByKey`: the table's maxima as typed, by criterion key.
 */
export function readScoreSheet(
  grid: Grid,
  unit: Sourced<string>,
  maxByKey: ReadonlyMap<string, CellValue>,
  scores: ScoreRow[],
  problems: Problem[],
): ScoreSheetLayout | null {
  const header = readHeader(grid, SCORE_COLUMNS, problems);
  if (!header) return null;
  const col = header.columns;
  if (col.code === null || col.self === null || col.appraised === null) return null;
  const rows = grid.dataRows(header.row);

  // A merge over score cells hides a criterion's own cell: refuse it rather than guess.
  const first = header.row + 1;
  const last = Math.max(first, grid.rowCount - 1);
  for (const merge of grid.sheet.merges) {
    const r = parseRange(merge);
    if (!r || r.bottom < first || r.top > last) continue;
    const scoreCols = [col.code, col.self, col.appraised, col.max].filter((c): c is number => c !== null);
    if (scoreCols.some((c) => c >= r.left && c <= r.right)) {
      problems.push(
        problemOf(
          "WB_MERGED_SCORE_CELLS",
          { top: r.top, left: r.left, bottom: r.bottom, right: r.right },
          grid.at(r.top, r.left),
        ),
      );
    }
  }

  reportErrors(grid, rows, [col.code, col.self, col.appraised], problems);
  const rowOfCriterion = new Map<string, number>();
  const filledRows = new Set<number>();
  for (const row of rows) {
    const code = grid.sourcedText(row, col.code);
    const self = grid.sourced(row, col.self);
    const appraised = grid.sourced(row, col.appraised);
    if (!isBlankCell(self.value) || !isBlankCell(appraised.value)) filledRows.add(row);
    if (code.value !== "") {
      const key = criterionKeyOf(code.value);
      if (!rowOfCriterion.has(key)) rowOfCriterion.set(key, row);
    }
    // Rows with no score at all (sections, criteria not scored yet) are not score rows.
    if (isBlankCell(self.value) && isBlankCell(appraised.value)) continue;
    numberAsText(self, problems);
    numberAsText(appraised, problems);
    if (col.max !== null && code.value !== "") {
      const typed = parseScore(grid.value(row, col.max));
      const expected = parseScore(maxByKey.get(criterionKeyOf(code.value)) ?? null);
      if (typed.kind === "number" && expected.kind === "number" && typed.points !== expected.points) {
        problems.push(
          problemOf(
            "WB_UNIT_SHEET_MAX_MISMATCH",
            { criterion: code.value, sheetMax: typed.points, criteriaMax: expected.points },
            grid.at(row, col.max),
          ),
        );
      }
    }
    scores.push({ unit, criterion: code, self, appraised });
  }
  return {
    sheet: grid.name,
    selfCol: col.self,
    appraisedCol: col.appraised,
    noteCol: col.note,
    rowOfCriterion,
    filledRows,
  };
}
