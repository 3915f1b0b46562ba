/**
 * "Tiêu chí": the criteria table (code, text, maximum, kind), sections being the codes others extend
 * ("I" for "I.1"). Written by the template; read into the core's criterion rows, each value with its
 * cell. The «Loại» words are read here for every sheet that shows them.
 */
import { problemOf } from "../../core/diagnostics";
import type { CellValue, CriterionKind, CriterionRow, Problem } from "../../core/model";
import { templateText as T } from "../../messages/vi/documents";
import { rangeAddress } from "../grid/address";
import { criterionKeyOf, keyOf, reportErrors, type Grid } from "../grid/grid";
import { column, readHeader } from "../grid/header";
import { WORKBOOK_LIMITS } from "../limits";
import type { BlockWrite, SheetWrite } from "../port";
import { SHEET } from "../sheet-names";
import { HEADER, INPUT } from "../styles";
import {
  FIRST_DATA_ROW,
  TABLE_NAMES,
  TEMPLATE_HEADER_ROW,
  columnRange,
  headers,
  titleBlocks,
  widths,
  type TemplateSource,
} from "./table";

export const CRITERIA_COLUMNS = {
  code: column("Mã", 9, true, ["Mã tiêu chí", "STT", "TT"]),
  text: column("Nội dung", 70, true, ["Nội dung tiêu chí", "Tiêu chí"]),
  max: column("Điểm tối đa", 12, true, ["Điểm chuẩn", "Điểm"]),
  kind: column("Loại", 14, false, ["Loại điểm"]),
} as const;

/** The «Loại» list (data validation and reading). */
export const KIND_LABELS: Readonly<Record<CriterionKind, string>> = {
  scored: "Chấm điểm",
  bonus: "Điểm thưởng",
  deduction: "Điểm trừ",
};

/** Sections (rows with sub-criteria) show this in the unit sheets' «Loại» column. */
export const SECTION_LABEL = "Mục";

/** Other words typed for a kind, accepted when reading. */
const KIND_WORDS: readonly (readonly [string, CriterionKind])[] = [
  ["thưởng", "bonus"],
  ["cộng", "bonus"],
  ["điểm cộng", "bonus"],
  ["bonus", "bonus"],
  ["trừ", "deduction"],
  ["deduction", "deduction"],
];

/**
 * The kind a «Loại» cell names: empty is scored, "Mục" a section; null when it names none.
 *
 * @example kindNamed("Điểm thưởng") === "bonus"
 * @example kindNamed("Mục") === "section"
 */
export function kindNamed(text: string): CriterionKind | "section" | null {
  const key = keyOf(text);
  if (key === "") return "scored";
  if (key === keyOf(SECTION_LABEL)) return "section";
  for (const [kind, label] of Object.entries(KIND_LABELS) as [CriterionKind, string][]) {
    if (keyOf(label) === key) return kind;
  }
  return KIND_WORDS.find(([word]) => word === key)?.[1] ?? null;
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

export function criteriaSheet(source: TemplateSource): SheetWrite {
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

export interface CriteriaRead {
  readonly criteria: readonly CriterionRow[];
  /** Each criterion's maximum as typed, by criterion key: the unit sheets' maxima are compared with it. */
  readonly maxByKey: ReadonlyMap<string, CellValue>;
  /** More criteria than WORKBOOK_LIMITS allows (a problem says so). */
  readonly exceedsLimits: boolean;
}

/** Reads "Tiêu chí": one row per criterion; an unknown kind is a problem (the row reads as scored). */
export function readCriteriaSheet(grid: Grid, problems: Problem[]): CriteriaRead {
  const criteria: CriterionRow[] = [];
  const maxByKey = new Map<string, CellValue>();
  const header = readHeader(grid, CRITERIA_COLUMNS, problems);
  if (!header) return { criteria, maxByKey, exceedsLimits: false };
  const col = header.columns;
  const rows = grid.dataRows(header.row);
  reportErrors(grid, rows, [col.code, col.text, col.kind], problems);
  for (const row of rows) {
    const kindText = grid.text(row, col.kind);
    const kind = kindNamed(kindText);
    const code = grid.sourcedText(row, col.code);
    if (kind === null) {
      problems.push(
        problemOf("WB_KIND_INVALID", { criterion: code.value, shown: kindText }, grid.at(row, col.kind ?? 0)),
      );
    }
    const max = grid.sourced(row, col.max);
    criteria.push({
      code,
      text: grid.text(row, col.text),
      max,
      kind: kind === null || kind === "section" ? "scored" : kind,
    });
    maxByKey.set(criterionKeyOf(code.value), max.value);
  }
  const past = criteria[WORKBOOK_LIMITS.criteria];
  if (past)
    problems.push(problemOf("WB_TOO_MANY_CRITERIA", { limit: WORKBOOK_LIMITS.criteria }, past.code.at));
  return { criteria, maxByKey, exceedsLimits: past !== undefined };
}
