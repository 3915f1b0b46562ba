/**
 * The use cases: plain functions over a WorkbookPort, shared by the pane (Office.js or the .xlsx
 * adapter in a browser), the `thidua` command and the tests. Each operation reads once
 * (one readSheets call) and writes once (one writeSheets call).
 */
import { presetById, PRESETS, type PresetId } from "../core/presets";
import type { ClusterDefinition, UnitType } from "../core/model";
import { clusterCode } from "../core/model";
import { normalizeKey } from "../core/text/normalize";
import { placeholderUnitName, useCaseMessages as M } from "../messages/workbook";
import { WorkbookError } from "./errors";
import { SHEET } from "./layout";
import type { WorkbookPort } from "./port";
import { findSheet, MAX_SHEET_NAME, sheetNameFault } from "./sheet-names";
import { templateSheets, type TemplateSource, type TemplateUnit } from "./template";

export interface NewUnit {
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  /** Cluster code or name; units without one go to the first cluster. */
  readonly cluster?: string;
}

export interface CreateClusterOptions {
  readonly presetId: PresetId;
  readonly clusterName?: string;
  readonly year: number;
  readonly units: readonly NewUnit[];
  /** Head and deputy units (code or name) of the cluster (the first one where there are several). */
  readonly head?: string;
  readonly deputy?: string;
  /** Fill the sheets with plausible sample scores and facts, for trying the product. */
  readonly sampleScores?: boolean;
  /** Seed of the sample data (default: the year), so the same call gives the same workbook. */
  readonly seed?: number;
}

const FIXED_SHEETS = [
  SHEET.config,
  SHEET.criteria,
  SHEET.units,
  SHEET.departments,
  SHEET.departmentPoints,
  SHEET.votes,
  SHEET.summary,
  SHEET.recommendation,
];

function checkUnits(units: readonly NewUnit[]): void {
  const seen = new Set<string>();
  units.forEach((unit, i) => {
    const code = unit.code.trim();
    if (code === "") throw new WorkbookError("UNIT_CODE_MISSING", M.unitCodeMissing(i + 1));
    if (sheetNameFault(code) !== null || code.length > MAX_SHEET_NAME) {
      throw new WorkbookError("UNIT_CODE_NOT_SHEET_NAME", M.unitCodeNotSheetName(code));
    }
    if (FIXED_SHEETS.some((s) => normalizeKey(s) === normalizeKey(code))) {
      throw new WorkbookError("UNIT_CODE_RESERVED", M.unitCodeReserved(code));
    }
    if (seen.has(normalizeKey(code)))
      throw new WorkbookError("UNIT_CODE_DUPLICATE", M.unitCodeDuplicate(code));
    seen.add(normalizeKey(code));
  });
}

/** The template's source from a preset and the cluster's choices. */
export function templateSourceFor(options: CreateClusterOptions): {
  source: TemplateSource;
  units: TemplateUnit[];
} {
  const preset = presetById(options.presetId);
  if (!preset) {
    throw new WorkbookError(
      "PRESET_UNKNOWN",
      M.presetUnknown(
        options.presetId,
        PRESETS.map((p) => p.id),
      ),
    );
  }
  if (!Number.isInteger(options.year) || options.year < 1900 || options.year > 9999) {
    throw new WorkbookError("YEAR_INVALID", M.yearInvalid(options.year));
  }
  const matches = (c: ClusterDefinition, text: string): boolean =>
    normalizeKey(c.code) === normalizeKey(text) || normalizeKey(c.name) === normalizeKey(text);

  // The clusters the units name, in order of first mention; a name the preset lacks gets 1 + 1.
  const named = [...new Set(options.units.map((u) => u.cluster?.trim() ?? "").filter((c) => c !== ""))];
  let clusters: ClusterDefinition[];
  if (named.length === 0) {
    const base =
      (options.clusterName
        ? preset.clusters.find((c) => matches(c, options.clusterName ?? ""))
        : undefined) ?? preset.clusters[0];
    clusters = [
      {
        code: base?.code ?? clusterCode("CUM-1"),
        name: options.clusterName?.trim() || (base?.name ?? preset.name),
        quota: base?.quota ?? { leading: 1, excellent: 1 },
      },
    ];
  } else {
    clusters = named.map(
      (text, i) =>
        preset.clusters.find((c) => matches(c, text)) ?? {
          code: clusterCode(`CUM-${i + 1}`),
          name: text,
          quota: { leading: 1, excellent: 1 },
        },
    );
  }
  const first = clusters[0];
  const withOfficers = clusters.map((c) =>
    c === first ? { ...c, head: options.head ?? "", deputy: options.deputy ?? "" } : c,
  );
  const clusterNameOf = (text: string | undefined): string => {
    const t = text?.trim() ?? "";
    return (t === "" ? first : clusters.find((c) => matches(c, t)))?.name ?? t;
  };
  const period = preset.periodFor(options.year);
  const single = clusters.length === 1 ? first : undefined;
  const source: TemplateSource = {
    blockName: options.clusterName?.trim() || (single?.name ?? first?.block ?? preset.name),
    parentBody: preset.parentBody,
    issuingBody: options.clusterName?.trim() || (single?.name ?? preset.issuingBody),
    place: preset.place,
    period,
    config: preset.config,
    clusters: withOfficers,
    criteria: preset.criteria,
    departments: preset.departments,
    deadlines: preset.deadlinesFor(options.year),
    holidays: preset.holidaysFor(period),
  };
  const units = options.units.map((u, i) => ({
    code: u.code.trim(),
    name: u.name.trim() || placeholderUnitName(i),
    type: u.type,
    cluster: clusterNameOf(u.cluster),
  }));
  return { source, units };
}

/**
 * Creates the cluster workbook from a preset: configuration, criteria, units, departments, votes
 * and one scoring sheet per unit. Refuses (WorkbookError) when one of those sheets already exists.
 */
export async function createClusterWorkbook(
  port: WorkbookPort,
  options: CreateClusterOptions,
): Promise<void> {
  checkUnits(options.units);
  const { source, units } = templateSourceFor(options);
  const sheets = templateSheets(
    source,
    units,
    options.sampleScores ? { sampleSeed: options.seed ?? options.year } : {},
  );
  const existing = await port.listSheets();
  const taken = sheets.filter((s) => findSheet(existing, s.name)).map((s) => s.name);
  if (taken.length > 0) throw new WorkbookError("TEMPLATE_SHEETS_TAKEN", M.templateSheetsTaken(taken));
  await port.writeSheets(sheets);
}
