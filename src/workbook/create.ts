/**
 * A new cluster workbook from a preset (the Set up step, `thidua tao`, the sample): its own module,
 * so the pane loads the presets, their plans and the template's writers only when a workbook is
 * made, not to open one. usecases.ts re-exports it for every other caller.
 */
import { presetById, PRESETS, type PresetId } from "../core/presets";
import { presetPlanForYear } from "../core/plan-presets";
import type { ClusterDefinition, UnitType } from "../core/model";
import { clusterCode } from "../core/model";
import { normalizeKey } from "../core/text/normalize";
import { placeholderUnitName } from "../messages/vi/documents";
import { WorkbookError } from "./errors";
import type { WorkbookPort } from "./port";
import { findSheet, MAX_SHEET_NAME, SHEET, sheetNameFault } from "./sheet-names";
import type { TemplateSource, TemplateUnit } from "./sheets/table";
import { templateSheets } from "./template";

export interface NewUnit {
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  /** Cluster code or name; units without one go to the first cluster. */
  readonly cluster?: string;
}

/** A cluster's head and deputy units (code or name); `cluster` "" is the cluster of units that name none. */
export interface ClusterOfficers {
  readonly cluster: string;
  readonly head?: string;
  readonly deputy?: string;
}

export interface CreateClusterOptions {
  readonly presetId: PresetId;
  readonly clusterName?: string;
  readonly year: number;
  readonly units: readonly NewUnit[];
  /** Head and deputy units (code or name) of the first cluster; `officers` names them per cluster. */
  readonly head?: string;
  readonly deputy?: string;
  /** Head and deputy of each cluster (a block holds several), by the cluster's code or name as the units name it. */
  readonly officers?: readonly ClusterOfficers[];
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
  SHEET.meeting,
  SHEET.plan,
  SHEET.summary,
  SHEET.recommendation,
  SHEET.history,
  SHEET.codeMapping,
  SHEET.changeLog,
];

/** Refuses unit codes that cannot name a sheet, are reserved or come twice (WorkbookError). */
export function checkUnits(units: readonly Pick<NewUnit, "code">[]): void {
  const seen = new Set<string>();
  units.forEach((unit, i) => {
    const code = unit.code.trim();
    if (code === "") throw new WorkbookError("UNIT_CODE_MISSING", { index: i });
    if (sheetNameFault(code) !== null || code.length > MAX_SHEET_NAME) {
      throw new WorkbookError("UNIT_CODE_NOT_SHEET_NAME", { code });
    }
    if (FIXED_SHEETS.some((s) => normalizeKey(s) === normalizeKey(code))) {
      throw new WorkbookError("UNIT_CODE_RESERVED", { code });
    }
    if (seen.has(normalizeKey(code))) throw new WorkbookError("UNIT_CODE_DUPLICATE", { code });
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
    throw new WorkbookError("PRESET_UNKNOWN", { id: options.presetId, known: PRESETS.map((p) => p.id) });
  }
  if (!Number.isInteger(options.year) || options.year < 1900 || options.year > 9999) {
    throw new WorkbookError("YEAR_INVALID", { year: options.year });
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
  const officersOf = (c: ClusterDefinition): { head: string; deputy: string } | undefined => {
    const named = options.officers?.find((o) =>
      o.cluster.trim() === "" ? c === first : matches(c, o.cluster.trim()),
    );
    if (named) return { head: named.head ?? "", deputy: named.deputy ?? "" };
    return c === first ? { head: options.head ?? "", deputy: options.deputy ?? "" } : undefined;
  };
  const withOfficers = clusters.map((c) => {
    const officers = officersOf(c);
    return officers ? { ...c, ...officers } : c;
  });
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
    addressee: preset.addressee,
    recipients: preset.recipients,
    awardKinds: preset.awardKinds,
    // The preset's plan for the year, on the same holidays; a task it cannot date is left out (none
    // is: test/core/plan-presets.test.ts resolves every preset's plan for 1990–2100).
    plan: presetPlanForYear(preset.id, options.year, preset.holidaysFor(period)).tasks,
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
  if (taken.length > 0) throw new WorkbookError("TEMPLATE_SHEETS_TAKEN", { names: taken });
  await port.writeSheets(sheets);
}
