/**
 * "Kế hoạch": the cluster's plan for the year, one task per row — its number (TT), an identifier,
 * what to do, its kind, who does it (roles: Cụm trưởng, Cụm phó, Thành viên Cụm, Cụm trưởng năm
 * sau; or units by code), a date range or a deadline, the day the figures count to, its status and
 * the day it was done. Written by the template from the preset's plan for the year chosen (dates as
 * the plan states them, before any move off a day off); the head edits it; read back into the core's
 * plan tasks with fixed dates, which `core/plan.ts` resolves (a deadline on a day off moves there,
 * once). Bad cells are problems naming their cell.
 */
import { parseDate } from "../../core/numbers";
import { cellText } from "../../core/cell-text";
import type { CalendarDate, CellRef, Problem } from "../../core/model";
import { unitCode } from "../../core/model";
import type {
  PlanDate,
  PlanOwner,
  PlanRole,
  PlanTask,
  PlanTaskId,
  PlanTaskKind,
  PlanTaskStatus,
  RelativePlanDate,
  ResolvedPlanTask,
} from "../../core/plan";
import { planTaskId } from "../../core/plan";
import { planProblem, type PlanCellField } from "../../core/plan-problems";
import { rangeAddress } from "../grid/address";
import { keyOf, reportErrors, type Grid } from "../grid/grid";
import { column, readHeader } from "../grid/header";
import type { BlockWrite, DataValidationRule, SheetWrite } from "../port";
import { SHEET } from "../sheet-names";
import { HEADER, INPUT, INPUT_DATE } from "../styles";
import { FIRST_DATA_ROW, TEMPLATE_HEADER_ROW, columnOf, headers, serial, titleBlocks, widths } from "./table";

export const PLAN_COLUMNS = {
  number: column("TT", 6, false, ["STT"]),
  id: column("Mã việc", 10, false, ["Mã"]),
  title: column("Nội dung", 60, true, ["Nội dung công việc"]),
  kind: column("Loại việc", 18, false),
  owners: column("Đơn vị thực hiện", 26, true, ["Đơn vị chủ trì", "Người thực hiện"]),
  start: column("Từ ngày", 12, false, ["Bắt đầu"]),
  end: column("Đến ngày", 12, true, ["Thời hạn", "Hạn"]),
  dataAsOf: column("Số liệu tính đến", 14, false),
  status: column("Trạng thái", 12, false),
  doneOn: column("Ngày hoàn thành", 14, false),
  rule: column("Thời hạn theo quy tắc", 34, false, ["Thời hạn tương đối"]),
} as const;

/** The Excel table's name of the plan. */
export const PLAN_TABLE = "KeHoach";

/** The roles as the sheet writes them; reading also takes the spellings of the seeds. */
export const PLAN_ROLE_LABELS: Readonly<Record<PlanRole, string>> = {
  head: "Cụm trưởng",
  deputy: "Cụm phó",
  members: "Thành viên Cụm",
  "next-head": "Cụm trưởng năm sau",
};

const ROLE_ALIASES: Readonly<Record<PlanRole, readonly string[]>> = {
  head: ["Trưởng Cụm", "Thường trực Cụm"],
  deputy: ["Phó Cụm", "Cụm phó"],
  members: ["Thành viên", "Các thành viên", "Thành viên trong Cụm", "Các đơn vị trong Cụm", "Các đơn vị"],
  "next-head": ["Trưởng Cụm năm sau"],
};

export const PLAN_KIND_LABELS: Readonly<Record<PlanTaskKind, string>> = {
  plan: "Kế hoạch",
  registration: "Đăng ký thi đua",
  pact: "Ký giao ước",
  "mid-report": "Báo cáo sơ kết",
  "year-report": "Báo cáo tổng kết",
  "self-score": "Tự chấm điểm",
  appraisal: "Thẩm định",
  "mid-meeting": "Hội nghị sơ kết",
  "summary-meeting": "Hội nghị tổng kết",
  results: "Kết quả về cấp trên",
  other: "Khác",
};

export const PLAN_STATUS_LABELS: Readonly<Record<PlanTaskStatus, string>> = {
  open: "Chưa xong",
  done: "Đã xong",
  cancelled: "Hủy",
};

const STATUS_ALIASES: Readonly<Record<PlanTaskStatus, readonly string[]>> = {
  open: ["Chưa", "Đang làm", "Chưa làm"],
  done: ["Xong", "Hoàn thành", "Đã hoàn thành", "x"],
  cancelled: ["Bỏ", "Hủy bỏ", "Huỷ"],
};

const TITLE = "KẾ HOẠCH HOẠT ĐỘNG CỦA CỤM THI ĐUA";
const NOTE =
  "Mỗi dòng một việc. «Đơn vị thực hiện»: Cụm trưởng, Cụm phó, Thành viên Cụm, Cụm trưởng năm sau, hoặc mã đơn vị (nhiều đơn vị cách nhau bằng dấu chấm phẩy). Thời hạn rơi vào ngày nghỉ được lùi sang ngày làm việc kế tiếp. «Thời hạn theo quy tắc» (ví dụ «10 ngày làm việc trước ngày họp tổng kết») được tính lại mỗi lần đọc, theo ngày của việc kia: dời ngày họp thì thời hạn dời theo; khi có quy tắc, cột «Đến ngày» để trống.";

const MEETING_PHRASES: Readonly<Partial<Record<PlanTaskKind, readonly string[]>>> = {
  "summary-meeting": ["ngày họp tổng kết", "hội nghị tổng kết", "ngày hội nghị tổng kết", "họp tổng kết"],
  "mid-meeting": ["ngày họp sơ kết", "hội nghị sơ kết", "ngày hội nghị sơ kết", "họp sơ kết"],
};

/**
 * A relative deadline as the sheet writes it, for a person to read: "10 ngày làm việc trước ngày
 * họp tổng kết" when it counts from the plan's one summary (or mid-period) meeting, else "… trước
 * việc 3"; "… ngày bắt đầu việc 3" when it counts from that task's start.
 *
 * @example relativeRuleText({ kind: "relative", count: 10, unit: "working-days", direction: "before", of: tongKet }, tasks)
 * // "10 ngày làm việc trước ngày họp tổng kết"
 */
export function relativeRuleText(
  rule: RelativePlanDate,
  tasks: readonly { readonly id: PlanTaskId; readonly kind: PlanTaskKind }[],
): string {
  const target = tasks.find((t) => t.id === rule.of);
  const phrase = target ? MEETING_PHRASES[target.kind]?.[0] : undefined;
  const unique = target !== undefined && tasks.filter((t) => t.kind === target.kind).length === 1;
  const what =
    rule.edge === "start"
      ? `ngày bắt đầu việc ${rule.of}`
      : phrase !== undefined && unique
        ? phrase
        : `việc ${rule.of}`;
  return `${rule.count} ${rule.unit === "working-days" ? "ngày làm việc" : "ngày"} ${
    rule.direction === "before" ? "trước" : "sau"
  } ${what}`;
}

/** A rule read from its cell, its task named by id or, for a meeting, by kind (resolved once every row is read). */
type ParsedRule = Omit<RelativePlanDate, "of" | "at"> & ({ of: PlanTaskId } | { ofKind: PlanTaskKind });

const RULE = /^(\d+) (ngày làm việc|ngày) (trước|sau) (.+)$/u;

/** Reads a rule cell ("10 ngày làm việc trước ngày họp tổng kết"); null when it cannot be read. */
function parseRule(text: string): ParsedRule | null {
  const match = RULE.exec(keyOf(text));
  if (!match) return null;
  const [, count, unit, direction, tail] = match;
  if (count === undefined || tail === undefined) return null;
  const base = {
    kind: "relative" as const,
    count: Number(count),
    unit: unit === "ngày" ? ("days" as const) : ("working-days" as const),
    direction: direction === "trước" ? ("before" as const) : ("after" as const),
  };
  for (const [kind, phrases] of Object.entries(MEETING_PHRASES) as [PlanTaskKind, readonly string[]][]) {
    if (phrases.includes(tail)) return { ...base, ofKind: kind };
  }
  const named = /^(?:ngày bắt đầu )?(?:mã việc |việc |nhiệm vụ )?[«"']?([^«»"']+?)[»"']?$/u.exec(tail);
  const id = named?.[1]?.trim();
  if (id === undefined || id === "") return null;
  return { ...base, of: planTaskId(id), ...(tail.startsWith("ngày bắt đầu") && { edge: "start" as const }) };
}

/** The owners as the sheet writes them: "Cụm trưởng; Thành viên Cụm", a unit by its code. */
export function ownersText(owners: readonly PlanOwner[]): string {
  return owners.map((o) => ("unit" in o ? String(o.unit) : PLAN_ROLE_LABELS[o.role])).join("; ");
}

// ── Writing ────────────────────────────────────────────────────────────────────

/** The plan sheet of a year: the tasks with their dates as the plan states them. */
export function planSheet(tasks: readonly ResolvedPlanTask[]): SheetWrite {
  const blocks: BlockWrite[] = [
    ...titleBlocks(TITLE, NOTE),
    { at: "A3", cells: [headers(PLAN_COLUMNS)], style: HEADER },
  ];
  const rows: (ResolvedPlanTask | null)[] = tasks.length > 0 ? [...tasks] : [null];
  rows.forEach((t, i) => {
    const r = FIRST_DATA_ROW + i + 1;
    blocks.push({
      at: `A${r}`,
      cells: [
        [
          t?.number ?? null,
          t?.id ?? null,
          t?.title ?? null,
          t ? PLAN_KIND_LABELS[t.kind] : null,
          t ? ownersText(t.owners) : null,
        ],
      ],
      style: INPUT,
    });
    blocks.push({
      at: `F${r}`,
      // A deadline kept as a rule is worked out when read: its «Đến ngày» stays empty.
      cells: [[serial(t?.start), t?.endRule ? null : serial(t?.statedEnd), serial(t?.dataAsOf)]],
      style: INPUT_DATE,
    });
    blocks.push({ at: `I${r}`, cells: [[t ? PLAN_STATUS_LABELS[t.status] : null]], style: INPUT });
    blocks.push({ at: `J${r}`, cells: [[serial(t?.doneOn)]], style: INPUT_DATE });
    blocks.push({
      at: `K${r}`,
      cells: [[t?.endRule ? relativeRuleText(t.endRule, tasks) : null]],
      style: INPUT,
    });
  });
  const last = FIRST_DATA_ROW + rows.length - 1;
  const col = (key: keyof typeof PLAN_COLUMNS): number => columnOf(PLAN_COLUMNS, key);
  const validations: DataValidationRule[] = [
    {
      range: rangeAddress(FIRST_DATA_ROW, col("kind"), last, col("kind")),
      kind: "list",
      list: Object.values(PLAN_KIND_LABELS),
      errorMessage: "Chọn loại việc trong danh sách.",
    },
    {
      range: rangeAddress(FIRST_DATA_ROW, col("start"), last, col("dataAsOf")),
      kind: "date",
      min: 1,
      errorMessage: "Ghi một ngày (ngày/tháng/năm).",
    },
    {
      range: rangeAddress(FIRST_DATA_ROW, col("status"), last, col("status")),
      kind: "list",
      list: Object.values(PLAN_STATUS_LABELS),
      errorMessage: "Chọn trạng thái trong danh sách.",
    },
    {
      range: rangeAddress(FIRST_DATA_ROW, col("doneOn"), last, col("doneOn")),
      kind: "date",
      min: 1,
      errorMessage: "Ghi một ngày (ngày/tháng/năm).",
    },
  ];
  return {
    name: SHEET.plan,
    generated: false,
    blocks,
    columnWidths: widths(PLAN_COLUMNS),
    tables: [
      {
        name: PLAN_TABLE,
        range: rangeAddress(TEMPLATE_HEADER_ROW, 0, last, Object.keys(PLAN_COLUMNS).length - 1),
        headerRow: true,
      },
    ],
    validations,
    freeze: { rows: TEMPLATE_HEADER_ROW + 1, columns: 0 },
  };
}

// ── Reading ────────────────────────────────────────────────────────────────────

const roleByKey = new Map<string, PlanRole>();
for (const role of Object.keys(PLAN_ROLE_LABELS) as PlanRole[]) {
  for (const text of [PLAN_ROLE_LABELS[role], ...ROLE_ALIASES[role]]) roleByKey.set(keyOf(text), role);
}
const kindByKey = new Map<string, PlanTaskKind>(
  (Object.keys(PLAN_KIND_LABELS) as PlanTaskKind[]).map((k) => [keyOf(PLAN_KIND_LABELS[k]), k]),
);
const statusByKey = new Map<string, PlanTaskStatus>();
for (const status of Object.keys(PLAN_STATUS_LABELS) as PlanTaskStatus[]) {
  for (const text of [PLAN_STATUS_LABELS[status], ...STATUS_ALIASES[status]]) {
    statusByKey.set(keyOf(text), status);
  }
}

/** The owners written in a cell: roles by name, anything else a unit's code. */
export function parseOwners(text: string): PlanOwner[] {
  const owners: PlanOwner[] = [];
  for (const part of text.split(/[;,\n]/)) {
    const name = part.trim();
    if (name === "") continue;
    const role = roleByKey.get(keyOf(name));
    const owner: PlanOwner = role ? { role } : { unit: unitCode(name) };
    const same = (o: PlanOwner): boolean =>
      "role" in o && "role" in owner
        ? o.role === owner.role
        : "unit" in o && "unit" in owner && o.unit === owner.unit;
    if (!owners.some(same)) owners.push(owner);
  }
  return owners;
}

export interface PlanSheetRead {
  readonly tasks: PlanTask[];
  /** The rows read, 0-based, with their task (a row left out has none). */
  readonly rows: readonly number[];
}

/**
 * Reads "Kế hoạch": one task per row, with fixed dates. A row whose date, kind or status cannot be
 * read, or that has no deadline, is reported at its cell and left out; a row without an owner is
 * kept with a warning. The task's identifier is its «Mã việc», else its TT, else its row number.
 */
export function readPlanSheet(grid: Grid, problems: Problem[]): PlanSheetRead {
  const header = readHeader(grid, PLAN_COLUMNS, problems);
  if (!header) return { tasks: [], rows: [] };
  const col = header.columns;
  const rows = grid.dataRows(header.row);
  reportErrors(grid, rows, Object.values(col), problems);
  const tasks: PlanTask[] = [];
  const read: number[] = [];
  /** Rules that name a meeting by kind, resolved once every row is read. */
  const byKind: { index: number; kind: PlanTaskKind; task: PlanTaskId; at: CellRef; shown: string }[] = [];
  for (const row of rows) {
    const number = grid.text(row, col.number);
    const id = planTaskId(grid.text(row, col.id) || number || String(row + 1));
    const at = grid.at(row, col.title ?? 0);
    let ok = true;
    const bad = (field: PlanCellField, c: number): void => {
      ok = false;
      problems.push(
        planProblem(
          "PLAN_CELL_INVALID",
          { task: id, field, shown: cellText(grid.value(row, c)) },
          grid.at(row, c),
        ),
      );
    };
    const dateAt = (field: PlanCellField, c: number | null): CalendarDate | undefined => {
      if (c === null) return undefined;
      const parsed = parseDate(grid.value(row, c));
      if (parsed === "invalid") {
        bad(field, c);
        return undefined;
      }
      return parsed ?? undefined;
    };
    const fixed = (date: CalendarDate | undefined, c: number | null): PlanDate | undefined =>
      date && c !== null ? { kind: "fixed", date, at: grid.at(row, c) } : undefined;

    const start = dateAt("start", col.start);
    const end = dateAt("end", col.end);
    const dataAsOf = dateAt("dataAsOf", col.dataAsOf);
    const doneOn = dateAt("doneOn", col.doneOn);
    let kind: PlanTaskKind = "other";
    const kindText = grid.text(row, col.kind);
    if (kindText !== "" && col.kind !== null) {
      const found = kindByKey.get(keyOf(kindText));
      if (found) kind = found;
      else bad("kind", col.kind);
    }
    let status: PlanTaskStatus = "open";
    const statusText = grid.text(row, col.status);
    if (statusText !== "" && col.status !== null) {
      const found = statusByKey.get(keyOf(statusText));
      if (found) status = found;
      else bad("status", col.status);
    }
    const owners = parseOwners(grid.text(row, col.owners));
    const ownersAt: CellRef = grid.at(row, col.owners ?? 0);
    if (owners.length === 0) problems.push(planProblem("PLAN_OWNER_MISSING", { task: id }, ownersAt));
    // A rule («10 ngày làm việc trước ngày họp tổng kết») is the deadline: worked out on every read.
    const ruleText = grid.text(row, col.rule);
    const rule = ruleText === "" ? null : parseRule(ruleText);
    if (ruleText !== "" && rule === null && col.rule !== null) bad("rule", col.rule);
    const ruleAt = grid.at(row, col.rule ?? 0);
    let endDate: PlanDate | undefined = fixed(end, col.end);
    let pendingKind: Omit<(typeof byKind)[number], "index"> | null = null;
    if (rule && "of" in rule) endDate = { ...rule, at: ruleAt };
    else if (rule && "ofKind" in rule) {
      // A placeholder until the meeting is known; the task is dropped if none is.
      const { ofKind: kind, ...rest } = rule;
      endDate = { ...rest, of: id, at: ruleAt };
      pendingKind = { kind, task: id, at: ruleAt, shown: ruleText };
    }
    if (ok && endDate === undefined) {
      ok = false;
      problems.push(planProblem("PLAN_DEADLINE_MISSING", { task: id }, grid.at(row, col.end ?? 0)));
    }
    if (!ok || endDate === undefined) continue;
    const startDate = fixed(start, col.start);
    const asOf = fixed(dataAsOf, col.dataAsOf);
    tasks.push({
      id,
      number,
      title: grid.text(row, col.title),
      kind,
      owners,
      ...(startDate && { start: startDate }),
      end: endDate,
      ...(asOf && { dataAsOf: asOf }),
      status,
      ...(doneOn && { doneOn }),
      at,
    });
    if (pendingKind) byKind.push({ index: tasks.length - 1, ...pendingKind });
    read.push(row);
  }
  // A rule naming a meeting counts from the plan's first task of that kind (not cancelled).
  const dropped = new Set<number>();
  for (const { index, kind, task, at, shown } of byKind) {
    const meeting = tasks.find((t) => t.kind === kind && t.status !== "cancelled" && t.id !== task);
    const own = tasks[index];
    if (!meeting || !own || own.end.kind !== "relative") {
      problems.push(planProblem("PLAN_CELL_INVALID", { task, field: "rule", shown }, at));
      dropped.add(index);
      continue;
    }
    tasks[index] = { ...own, end: { ...own.end, of: meeting.id } };
  }
  return {
    tasks: tasks.filter((_, i) => !dropped.has(i)),
    rows: read.filter((_, i) => !dropped.has(i)),
  };
}
