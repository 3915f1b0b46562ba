/**
 * `thidua viec-can-lam` (what is due on a day, by task and by owner) and `thidua ke-hoach` (the plan
 * as a Word document, KH). The rules are the core's (core/plan.ts, plan-due.ts) and the workbook's
 * (workbook/plan-usecases.ts); this file reads, prints and writes.
 */
import * as path from "node:path";
import { documentToDocx } from "../adapters/docx/docx-writer";
import type { XlsxWorkbook } from "../adapters/xlsx/xlsx-workbook";
import type { CalendarDate, Problem } from "../core/model";
import { parseDate } from "../core/numbers";
import type { PlanOwner, PlanRole, ResolvedPlanTask } from "../core/plan";
import type { PlanDueItem } from "../core/plan-due";
import type { CliText } from "../messages/cli";
import { planTextFor, type DueSection, type PlanText } from "../messages/plan";
import { buildAdministrativeDocument } from "../workbook/generated/documents";
import { planDocumentInput } from "../workbook/generated/plan-document";
import { readPlan, workDue, type PlanRead } from "../workbook/plan-usecases";
import { parseArgs, UsageError, type OptionSpec } from "./args";
import { exists, FileError, writeAtomically } from "./files";
import { problemJson, problemLines, type JsonProblem } from "./report";

/** What the commands need from main.ts's context. */
export interface PlanContext {
  readonly text: CliText;
  readonly now: () => Date;
  line(text: string): void;
  fail(text: string): void;
  resolve(file: string): string;
  open(file: string): Promise<XlsxWorkbook>;
}

const EXIT_OK = 0;
const EXIT_INVALID = 1;

const specs = (command: string) => ({
  unknownOption: (option: string) => (t: CliText) => t.unknownOption(option, command),
  missingValue: (option: string) => (t: CliText) => t.missingValue(option),
});

const planText = (ctx: PlanContext): PlanText => planTextFor(ctx.text.diagnostics.language);

/** The day a `--ngay` value names (dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd), else a usage error. */
export function dayOption(option: string, value: string | true | undefined, today: Date): CalendarDate {
  if (value === undefined)
    return { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() };
  const text = value === true ? "" : value;
  const parsed = parseDate(text);
  if (parsed === null || parsed === "invalid") {
    throw new UsageError((t) => planTextFor(t.diagnostics.language).cli.badDate(option, text));
  }
  return parsed;
}

function daysOption(option: string, value: string | true | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value === true ? "" : value;
  if (!/^\d{1,3}$/.test(text) || Number(text) > 366) {
    throw new UsageError((t) => planTextFor(t.diagnostics.language).cli.badDays(option, text));
  }
  return Number(text);
}

const errorsIn = (problems: readonly Problem[]): number =>
  problems.filter((p) => p.severity === "error").length;

/** A unit by its code and name, a role by its name in the user's language. */
function ownerName(read: PlanRead, t: PlanText, owner: PlanOwner | { unit: string }): string {
  if ("role" in owner) return t.role[owner.role];
  const unit = read.units.find((u) => u.code === owner.unit);
  return unit ? `${unit.code} ${unit.name}` : owner.unit;
}

function whoOwes(read: PlanRead, t: PlanText, item: PlanDueItem): string {
  const names = [
    ...item.owing.map((unit) => ownerName(read, t, { unit })),
    ...item.unresolvedRoles.map((role: PlanRole) => t.role[role]),
  ];
  return names.length === 0 ? t.nobodyOwing : t.owing(names.join(", "));
}

interface JsonDueItem {
  readonly task: string;
  readonly number: string;
  readonly title: string;
  readonly kind: string;
  readonly start: string | null;
  readonly deadline: string;
  readonly statedDeadline: string;
  readonly daysToDeadline: number;
  readonly owing: readonly { readonly code: string; readonly name: string }[];
  readonly unresolvedRoles: readonly PlanRole[];
}

const iso = (d: CalendarDate): string =>
  `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

const VIEC_OPTIONS: readonly OptionSpec[] = [
  { name: "ngay", takesValue: true },
  { name: "trong", takesValue: true },
  { name: "json", takesValue: false },
];

/** `thidua viec-can-lam <workbook> [--ngay dd/mm/yyyy] [--trong N] [--json]`. */
export async function viecCanLam(ctx: PlanContext, argv: readonly string[]): Promise<number> {
  const t = planText(ctx);
  const args = parseArgs(argv, VIEC_OPTIONS, specs("viec-can-lam"));
  if (args.help) {
    ctx.line(t.cli.helpViecCanLam);
    return EXIT_OK;
  }
  const [file, extra] = args.positionals;
  if (file === undefined) throw new UsageError((m) => m.missingFile("viec-can-lam"));
  if (extra !== undefined) throw new UsageError((m) => m.extraArgument(extra, "viec-can-lam"));
  const asOf = dayOption("--ngay", args.options.get("ngay"), ctx.now());
  const within = daysOption("--trong", args.options.get("trong"));
  const workbook = await ctx.open(file);
  const read = await workDue(workbook, asOf, within);
  const { due } = read;
  const titles = new Map<string, ResolvedPlanTask>(read.plan.tasks.map((task) => [task.id, task]));
  const sections: readonly [DueSection, readonly PlanDueItem[]][] = [
    ["late", due.late],
    ["due", due.due],
    ["ongoing", due.ongoing],
  ];
  // By owner: each unit (or role no unit stands for) and the tasks it still owes, late first.
  const byOwner = new Map<string, { late: string[]; due: string[] }>();
  for (const [section, items] of sections) {
    if (section === "ongoing") continue;
    for (const item of items) {
      const owners = [
        ...item.owing.map((unit) => ownerName(read, t, { unit })),
        ...item.unresolvedRoles.map((role) => t.role[role]),
      ];
      for (const owner of owners) {
        const entry = byOwner.get(owner) ?? { late: [], due: [] };
        entry[section].push(item.number || item.task);
        byOwner.set(owner, entry);
      }
    }
  }
  const errors = errorsIn(read.problems);
  if (args.options.has("json")) {
    const itemJson = (item: PlanDueItem): JsonDueItem => ({
      task: item.task,
      number: item.number,
      title: titles.get(item.task)?.title ?? "",
      kind: item.kind,
      start: item.start ? iso(item.start) : null,
      deadline: iso(item.deadline),
      statedDeadline: iso(item.statedDeadline),
      daysToDeadline: item.daysToDeadline,
      owing: item.owing.map((code) => ({
        code,
        name: read.units.find((u) => u.code === code)?.name ?? code,
      })),
      unresolvedRoles: item.unresolvedRoles,
    });
    const problems: JsonProblem[] = read.problems.map((p) => problemJson(p, ctx.text));
    ctx.line(
      JSON.stringify(
        {
          file,
          asOf: iso(asOf),
          withinDays: due.withinDays,
          late: due.late.map(itemJson),
          due: due.due.map(itemJson),
          ongoing: due.ongoing.map(itemJson),
          done: due.done.map((d) => ({
            task: d.task,
            number: d.number,
            deadline: iso(d.deadline),
            doneOn: d.doneOn ? iso(d.doneOn) : null,
            daysLate: d.daysLate,
          })),
          byOwner: [...byOwner].map(([owner, tasks]) => ({ owner, ...tasks })),
          problems,
        },
        null,
        2,
      ),
    );
    return errors > 0 ? EXIT_INVALID : EXIT_OK;
  }
  ctx.line(t.heading(asOf, due.withinDays));
  for (const [section, items] of sections) {
    if (section === "ongoing" && items.length === 0) continue;
    ctx.line(`${t.section[section]} (${items.length}):`);
    if (items.length === 0) ctx.line(`  ${t.nothing}`);
    for (const item of items) {
      const title = titles.get(item.task)?.title ?? item.task;
      ctx.line(
        `  ${item.number || item.task}. ${title} — ${t.deadline(item.deadline, item.statedDeadline)}, ${t.when(item.daysToDeadline)}`,
      );
      ctx.line(`     ${whoOwes(read, t, item)}`);
    }
  }
  if (byOwner.size > 0) {
    ctx.line(t.byOwner);
    for (const [owner, tasks] of byOwner) {
      const parts = [
        ...(tasks.late.length > 0 ? [`${t.section.late.toLocaleLowerCase()} ${tasks.late.join(", ")}`] : []),
        ...(tasks.due.length > 0 ? [`${t.section.due.toLocaleLowerCase()} ${tasks.due.join(", ")}`] : []),
      ];
      ctx.line(`  ${t.ownerLine(owner, parts.join("; "))}`);
    }
  }
  if (read.problems.length > 0) {
    if (errors > 0) ctx.line(t.cli.planHasErrors(errors));
    for (const line of problemLines(read.problems, ctx.text)) ctx.line(line);
  }
  return errors > 0 ? EXIT_INVALID : EXIT_OK;
}

const KE_HOACH_OPTIONS: readonly OptionSpec[] = [
  { name: "out", short: "o", takesValue: true },
  { name: "ghi-de", takesValue: false },
];

/** `thidua ke-hoach <workbook> -o <plan.docx> [--ghi-de]`. */
export async function keHoach(ctx: PlanContext, argv: readonly string[]): Promise<number> {
  const t = planText(ctx);
  const args = parseArgs(argv, KE_HOACH_OPTIONS, specs("ke-hoach"));
  if (args.help) {
    ctx.line(t.cli.helpKeHoach);
    return EXIT_OK;
  }
  const [file, extra] = args.positionals;
  if (file === undefined) throw new UsageError((m) => m.missingFile("ke-hoach"));
  if (extra !== undefined) throw new UsageError((m) => m.extraArgument(extra, "ke-hoach"));
  const out = args.options.get("out");
  if (typeof out !== "string") throw new UsageError((m) => m.missingValue("-o"));
  if (path.extname(out).toLowerCase() !== ".docx") throw new UsageError(() => t.cli.notDocx(out));
  const target = ctx.resolve(out);
  if (!args.options.has("ghi-de") && (await exists(target))) throw new FileError((m) => m.outputExists(out));
  const workbook = await ctx.open(file);
  const read = await readPlan(workbook);
  const errors = errorsIn(read.problems);
  if (errors > 0) {
    ctx.fail(t.cli.planHasErrors(errors));
    for (const line of problemLines(read.problems, ctx.text)) ctx.fail(line);
    ctx.fail(ctx.text.notWritten);
    return EXIT_INVALID;
  }
  const now = ctx.now();
  const input = planDocumentInput({
    tasks: read.plan.tasks,
    periodLabel: read.document.periodLabel,
    parentBody: read.document.parentBody,
    issuingBody: read.document.issuingBody,
    place: read.document.place,
    signer: read.document.signer,
    recipients: read.document.recipients,
    unitNames: new Map(read.units.map((u) => [u.code, u.name])),
    date: { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() },
  });
  const bytes = await documentToDocx(buildAdministrativeDocument(input));
  await writeAtomically(target, bytes, out);
  ctx.line(t.cli.documentWritten(out, read.plan.tasks.filter((task) => task.status !== "cancelled").length));
  for (const line of problemLines(read.problems, ctx.text)) ctx.line(line);
  return EXIT_OK;
}
