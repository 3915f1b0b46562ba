/**
 * From one year to the next (seed 001 §II.1, seed 000 Điều 4, seed 003 step 9): the next period and
 * its deadlines, the units carried through a mapping of old codes to new (units renamed or merged
 * since the 2025 administrative merger keep their history), the officers (last year's deputy
 * becomes the head, the new deputy is elected) and the «Lịch sử» rows carried forward. Pure: what is
 * wrong is returned as data (`YearProblem`), worded by src/messages.
 */
import { daysInMonth } from "./calendar";
import type {
  Award,
  CalendarDate,
  CellRef,
  ClusterResult,
  Deadlines,
  Period,
  Points,
  Sourced,
  UnitType,
} from "./model";
import { normalizeKey } from "./text/normalize";

// ── Problems ───────────────────────────────────────────────────────────────────

/** Every problem's parameters, by code. */
export interface YearProblemParams {
  /** The mapping file given has no sheet with the mapping's header («Mã cũ», «Mã mới»). */
  readonly YEAR_MAP_NOT_FOUND: { readonly sheet: string };
  /** A mapping row names an old code that is neither last year's unit nor in the history. */
  readonly YEAR_MAP_OLD_UNKNOWN: { readonly old: string };
  /** A mapping row has an old code and no new one (or the reverse). */
  readonly YEAR_MAP_INCOMPLETE: { readonly old: string; readonly new: string };
  /** One old code mapped to two different new codes. */
  readonly YEAR_MAP_OLD_TWICE: { readonly old: string; readonly first: string; readonly second: string };
  /** A new code is itself mapped on to another code (A → B and B → C): write A → C. */
  readonly YEAR_MAP_CHAIN: { readonly code: string; readonly next: string };
  /** Units merged into one new code sit in different clusters. */
  readonly YEAR_MAP_MERGE_CLUSTERS: { readonly new: string; readonly clusters: readonly string[] };
  /** Units merged into one new code are of different types (direct / coordinating). */
  readonly YEAR_MAP_MERGE_TYPES: { readonly new: string };
  /** Last year's deputy is empty: nobody to become the head. */
  readonly YEAR_NO_DEPUTY: { readonly cluster: string };
  /** Last year's deputy as typed is no unit of the cluster. */
  readonly YEAR_OFFICER_UNKNOWN: { readonly cluster: string; readonly officer: string };
  /** The chosen new deputy is no unit of the new year. */
  readonly YEAR_DEPUTY_UNKNOWN: { readonly given: string };
  /** The chosen new deputy is the new head. */
  readonly YEAR_DEPUTY_IS_HEAD: { readonly unit: string; readonly cluster: string };
  /** Two new deputies chosen for one cluster. */
  readonly YEAR_DEPUTY_TWICE: { readonly cluster: string; readonly first: string; readonly second: string };
  /** No new deputy chosen for a cluster: it is left empty, to be elected. */
  readonly YEAR_DEPUTY_TO_ELECT: { readonly cluster: string; readonly head: string };
}

export type YearProblemCode = keyof YearProblemParams;

export const YEAR_PROBLEM_SEVERITY: { readonly [C in YearProblemCode]: "error" | "warning" } = {
  YEAR_MAP_NOT_FOUND: "error",
  YEAR_MAP_OLD_UNKNOWN: "error",
  YEAR_MAP_INCOMPLETE: "error",
  YEAR_MAP_OLD_TWICE: "error",
  YEAR_MAP_CHAIN: "error",
  YEAR_MAP_MERGE_CLUSTERS: "error",
  YEAR_MAP_MERGE_TYPES: "error",
  YEAR_NO_DEPUTY: "error",
  YEAR_OFFICER_UNKNOWN: "error",
  YEAR_DEPUTY_UNKNOWN: "error",
  YEAR_DEPUTY_IS_HEAD: "error",
  YEAR_DEPUTY_TWICE: "error",
  YEAR_DEPUTY_TO_ELECT: "warning",
};

export type YearProblem = {
  readonly [C in YearProblemCode]: {
    readonly code: C;
    readonly severity: "error" | "warning";
    readonly params: YearProblemParams[C];
    readonly at?: CellRef;
  };
}[YearProblemCode];

function yearProblem<C extends YearProblemCode>(
  code: C,
  params: YearProblemParams[C],
  at?: CellRef,
): YearProblem {
  return { code, severity: YEAR_PROBLEM_SEVERITY[code], params, ...(at ? { at } : {}) } as YearProblem;
}

// ── The period ───────────────────────────────────────────────────────────────

/** The same day a year later; 29 February becomes 28 February. */
export function dateNextYear(date: CalendarDate): CalendarDate {
  const year = date.year + 1;
  return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) };
}

/**
 * The next period: start and end a year later, and every year of the period written in the label
 * moved on by one ("Năm học 2024 – 2025" → "Năm học 2025 – 2026").
 *
 * @example nextPeriod({ label: "Năm 2025", kind: "calendar-year", start: 1/1/2025, end: 31/12/2025 }).label === "Năm 2026"
 */
export function nextPeriod(period: Period): Period {
  const first = period.start.year;
  const last = period.end.year;
  const label = period.label.replace(/\d{4}/gu, (digits) => {
    const y = Number(digits);
    return y >= first && y <= last ? String(y + 1) : digits;
  });
  return { label, kind: period.kind, start: dateNextYear(period.start), end: dateNextYear(period.end) };
}

/** Every deadline a year later; the number of working days stays. */
export function deadlinesNextYear(deadlines: Deadlines): Deadlines {
  const out: { -readonly [K in keyof Deadlines]: Deadlines[K] } = {};
  for (const key of Object.keys(deadlines) as (keyof Deadlines)[]) {
    if (key === "draftWorkingDaysBeforeMeeting") out[key] = deadlines[key];
    else {
      const d = deadlines[key];
      if (d) out[key] = dateNextYear(d);
    }
  }
  return out;
}

// ── Units and the mapping of codes ─────────────────────────────────────────────

/** A unit of last year as the new year starts from it. */
export interface YearUnit {
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  /** The cluster's name. */
  readonly cluster: string;
}

/** One row of the mapping (old code → new code, and the new name where the unit was renamed). */
export interface CodeMappingRow {
  readonly old: Sourced<string>;
  readonly new: Sourced<string>;
  readonly name: Sourced<string>;
}

/** The mapping once checked: old code key → new code, and the new names by new code key. */
export interface CodeMapping {
  readonly to: ReadonlyMap<string, string>;
  readonly names: ReadonlyMap<string, string>;
}

/** The code a unit (or a history row) has now: mapped where the mapping names it, else its own. */
export function currentCode(mapping: CodeMapping, code: string): string {
  return mapping.to.get(normalizeKey(code)) ?? code;
}

/**
 * Checks the mapping against last year's units and the history's codes: every old code known, each
 * mapped once, no chains. Rows left wholly empty are skipped.
 *
 * @example codeMappingFrom([{ old: { value: "LDLD-SH" }, new: { value: "LDLD-QN" }, name: { value: "" } }], units, [])
 */
export function codeMappingFrom(
  rows: readonly CodeMappingRow[],
  units: readonly YearUnit[],
  historyCodes: readonly string[],
): { mapping: CodeMapping; problems: YearProblem[] } {
  const known = new Set([...units.map((u) => normalizeKey(u.code)), ...historyCodes.map(normalizeKey)]);
  const to = new Map<string, string>();
  const names = new Map<string, string>();
  const problems: YearProblem[] = [];
  const rowOf = new Map<string, CodeMappingRow>();
  for (const row of rows) {
    const old = row.old.value.trim();
    const next = row.new.value.trim();
    if (old === "" && next === "") continue;
    if (old === "" || next === "") {
      problems.push(
        yearProblem("YEAR_MAP_INCOMPLETE", { old, new: next }, (old === "" ? row.old : row.new).at),
      );
      continue;
    }
    const key = normalizeKey(old);
    if (!known.has(key)) {
      problems.push(yearProblem("YEAR_MAP_OLD_UNKNOWN", { old }, row.old.at));
      continue;
    }
    const earlier = to.get(key);
    if (earlier !== undefined) {
      if (normalizeKey(earlier) !== normalizeKey(next))
        problems.push(yearProblem("YEAR_MAP_OLD_TWICE", { old, first: earlier, second: next }, row.new.at));
      continue;
    }
    to.set(key, next);
    rowOf.set(key, row);
    const name = row.name.value.trim();
    if (name !== "" && !names.has(normalizeKey(next))) names.set(normalizeKey(next), name);
  }
  for (const [key, next] of to) {
    const further = to.get(normalizeKey(next));
    if (further !== undefined && normalizeKey(further) !== normalizeKey(next))
      problems.push(yearProblem("YEAR_MAP_CHAIN", { code: next, next: further }, rowOf.get(key)?.new.at));
  }
  return { mapping: { to, names }, problems };
}

/**
 * Last year's units under their new codes: a renamed unit takes its new code (and its new name
 * where given); units merged into one code become one unit, which must sit in one cluster and be of
 * one type. Order: last year's order, a merged unit where its first part stood.
 */
export function unitsForNewYear(
  units: readonly YearUnit[],
  mapping: CodeMapping,
): { units: YearUnit[]; problems: YearProblem[] } {
  const byKey = new Map<string, (YearUnit & { readonly was: string })[]>();
  const order: string[] = [];
  for (const unit of units) {
    const code = currentCode(mapping, unit.code);
    const key = normalizeKey(code);
    const list = byKey.get(key);
    if (list) list.push({ ...unit, code, was: unit.code });
    else {
      byKey.set(key, [{ ...unit, code, was: unit.code }]);
      order.push(key);
    }
  }
  const problems: YearProblem[] = [];
  const out = order.map((key): YearUnit => {
    const parts = byKey.get(key) ?? [];
    const first = parts[0] as YearUnit & { readonly was: string };
    const merged = parts.length > 1;
    const clusters = [...new Set(parts.map((p) => p.cluster))];
    if (clusters.length > 1)
      problems.push(yearProblem("YEAR_MAP_MERGE_CLUSTERS", { new: first.code, clusters }));
    if (new Set(parts.map((p) => p.type)).size > 1)
      problems.push(yearProblem("YEAR_MAP_MERGE_TYPES", { new: first.code }));
    const renamed = mapping.names.get(key);
    // A unit others merge into keeps its own name: the part whose code was already the new one.
    const own = parts.find((p) => normalizeKey(p.was) === key);
    const name = renamed ?? (merged ? (own?.name ?? first.name) : first.name);
    return { code: first.code, name, type: first.type, cluster: first.cluster };
  });
  return { units: out, problems };
}

// ── Officers ───────────────────────────────────────────────────────────────────

export interface ClusterOfficers {
  /** The cluster's name. */
  readonly cluster: string;
  readonly head: Sourced<string>;
  readonly deputy: Sourced<string>;
}

/** The new year's head and deputy of each cluster, as unit codes ("" for a deputy still to elect). */
export interface NewOfficers {
  readonly cluster: string;
  readonly head: string;
  readonly deputy: string;
}

/**
 * Rotates the officers (seed 001 §II.1): last year's deputy (code or name, as typed, under its new
 * code) becomes the head; each of `deputies` (unit codes or names of the new year; one for a
 * cluster, or one per cluster of a block), where given, becomes the deputy of its own cluster. A
 * cluster left without a deputy is a warning: it is elected later. A cluster with no units (listed
 * in the settings, as a preset lists its block's other clusters) is left without officers.
 *
 * @example officersForNewYear(last, units, units, mapping, ["DV03"]).officers[0] // { cluster, head: "DV02", deputy: "DV03" }
 */
export function officersForNewYear(
  last: readonly ClusterOfficers[],
  lastUnits: readonly YearUnit[],
  units: readonly YearUnit[],
  mapping: CodeMapping,
  deputies: string | readonly string[] | undefined,
): { officers: NewOfficers[]; problems: YearProblem[] } {
  const problems: YearProblem[] = [];
  const find = (list: readonly YearUnit[], text: string): YearUnit | undefined => {
    const key = normalizeKey(text);
    return list.find((u) => normalizeKey(u.code) === key) ?? list.find((u) => normalizeKey(u.name) === key);
  };
  const given = (typeof deputies === "string" ? [deputies] : (deputies ?? []))
    .map((d) => d.trim())
    .filter((d) => d !== "");
  // The chosen deputy of each cluster, by the cluster's name; two for one cluster is refused.
  const chosenFor = new Map<string, YearUnit>();
  for (const text of given) {
    const unit = find(units, text);
    if (!unit) {
      problems.push(yearProblem("YEAR_DEPUTY_UNKNOWN", { given: text }));
      continue;
    }
    const earlier = chosenFor.get(unit.cluster);
    if (earlier === undefined) chosenFor.set(unit.cluster, unit);
    else if (normalizeKey(earlier.code) !== normalizeKey(unit.code))
      problems.push(
        yearProblem("YEAR_DEPUTY_TWICE", { cluster: unit.cluster, first: earlier.code, second: unit.code }),
      );
  }
  const officers = last.map((o): NewOfficers => {
    // A cluster the workbook lists without units (a preset's other clusters) has no officers to rotate.
    if (!units.some((u) => u.cluster === o.cluster) && !lastUnits.some((u) => u.cluster === o.cluster))
      return { cluster: o.cluster, head: "", deputy: "" };
    const typed = o.deputy.value.trim();
    let head = "";
    if (typed === "") problems.push(yearProblem("YEAR_NO_DEPUTY", { cluster: o.cluster }, o.deputy.at));
    else {
      const was = find(lastUnits, typed) ?? find(units, typed);
      if (!was)
        problems.push(
          yearProblem("YEAR_OFFICER_UNKNOWN", { cluster: o.cluster, officer: typed }, o.deputy.at),
        );
      else head = currentCode(mapping, was.code);
    }
    let newDeputy = "";
    const chosen = chosenFor.get(o.cluster);
    if (chosen) {
      if (normalizeKey(chosen.code) === normalizeKey(head))
        problems.push(yearProblem("YEAR_DEPUTY_IS_HEAD", { unit: chosen.code, cluster: o.cluster }));
      else newDeputy = chosen.code;
    } else if (head !== "") problems.push(yearProblem("YEAR_DEPUTY_TO_ELECT", { cluster: o.cluster, head }));
    return { cluster: o.cluster, head, deputy: newDeputy };
  });
  return { officers, problems };
}

// ── History ──────────────────────────────────────────────────────────────────

/** One unit's result of one earlier period, as «Lịch sử» keeps it. */
export interface HistoryRow {
  readonly period: string;
  /** The unit's code now (mapped forward every year). */
  readonly code: string;
  /** The code it had in that period. */
  readonly codeThen: string;
  readonly name: string;
  readonly cluster: string;
  readonly total: Points | null;
  readonly rank: number | null;
  readonly classification: string;
  readonly award: Award | null;
  /** Not considered for awards that year. */
  readonly excluded: boolean;
}

/**
 * «Lịch sử» for the new year: the earlier rows with their codes mapped forward, then last year's
 * results, cluster by cluster in rank order. Nothing is dropped; the sheet grows each year.
 *
 * @example historyForward([], summary.clusters, "Năm 2025", mapping).length === units.length
 */
export function historyForward(
  previous: readonly HistoryRow[],
  results: readonly ClusterResult[],
  periodLabel: string,
  mapping: CodeMapping,
): HistoryRow[] {
  const carried = previous.map((row) => ({ ...row, code: currentCode(mapping, row.code) }));
  const added = results.flatMap((cluster) =>
    [...cluster.units]
      .sort((a, b) => a.rank - b.rank)
      .map((u): HistoryRow => ({
        period: periodLabel,
        code: currentCode(mapping, u.code),
        codeThen: u.code,
        name: u.name,
        cluster: cluster.cluster.name,
        total: u.total,
        rank: u.rank,
        classification: u.classification ?? "",
        award: u.award,
        excluded: !u.considered,
      })),
  );
  return [...carried, ...added];
}

// ── Holidays ─────────────────────────────────────────────────────────────────

/** A row of the holidays table: the day and its name ("" where the calendar put it). */
export interface HolidayRow {
  readonly date: CalendarDate;
  readonly name: string;
}

const dayKey = (d: CalendarDate): string => `${d.year}-${d.month}-${d.day}`;

/**
 * The new year's holidays: the calendar's public holidays of the new period, and the days the user
 * typed by hand last year (any day not among last year's calendar days, e.g. a province's own day
 * off) carried a year on with their names. A typed name on a calendar day is kept for that day.
 * Sorted by date; a day listed once.
 *
 * @example holidaysForNewYear([{ date: 15/3/2025, name: "Ngày của tỉnh" }], calendar2025, calendar2026) // … 15/3/2026 "Ngày của tỉnh" …
 */
export function holidaysForNewYear(
  typed: readonly HolidayRow[],
  lastCalendar: readonly CalendarDate[],
  newCalendar: readonly CalendarDate[],
): HolidayRow[] {
  const computed = new Set(lastCalendar.map(dayKey));
  const rows = new Map<string, HolidayRow>();
  for (const date of newCalendar) rows.set(dayKey(date), { date, name: "" });
  for (const row of typed) {
    const own = !computed.has(dayKey(row.date));
    if (!own && row.name.trim() === "") continue;
    const date = own ? dateNextYear(row.date) : row.date;
    const key = dayKey(date);
    // A calendar day of last year keeps its typed name only where the new calendar has it too.
    if (!own && !rows.has(key)) continue;
    const name = row.name.trim();
    const earlier = rows.get(key);
    rows.set(key, { date, name: name !== "" ? name : (earlier?.name ?? "") });
  }
  return [...rows.values()].sort(
    (a, b) => a.date.year - b.date.year || a.date.month - b.date.month || a.date.day - b.date.day,
  );
}
