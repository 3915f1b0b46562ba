/**
 * The words of the year's plan in the user's language: the command `thidua viec-can-lam` and
 * `thidua ke-hoach`, and the pane's «Việc cần làm» tab. Both render the core's PlanDue, so the pane
 * and the command say the same thing.
 */
import type { CalendarDate } from "../core/model";
import type { PlanRole, PlanTaskKind } from "../core/plan";
import { en } from "./en/plan";
import type { Language } from "./language";
import { vi } from "./vi/plan";

/** Which list an item of what is due sits in. */
export type DueSection = "late" | "due" | "ongoing";

export interface PlanText {
  readonly role: Readonly<Record<PlanRole, string>>;
  readonly kind: Readonly<Record<PlanTaskKind, string>>;
  readonly section: Readonly<Record<DueSection, string>>;
  /** "Việc cần làm ngày 21/10/2024 (đến hạn trong 14 ngày tới)". */
  readonly heading: (asOf: CalendarDate, withinDays: number) => string;
  /** How far the deadline is: "hôm nay", "còn 3 ngày", "quá hạn 2 ngày". */
  readonly when: (daysToDeadline: number) => string;
  /** "hạn 21/10/2024" — with the stated day when the deadline moved off a day off. */
  readonly deadline: (deadline: CalendarDate, stated: CalendarDate) => string;
  readonly owing: (who: string) => string;
  readonly nobodyOwing: string;
  readonly nothing: string;
  readonly byOwner: string;
  readonly ownerLine: (owner: string, tasks: string) => string;
  readonly noPlanSheet: string;
  readonly cli: {
    readonly helpViecCanLam: string;
    readonly helpKeHoach: string;
    readonly badDate: (option: string, value: string) => string;
    readonly badDays: (option: string, value: string) => string;
    readonly notDocx: (path: string) => string;
    readonly documentWritten: (path: string, tasks: number) => string;
    readonly planHasErrors: (errors: number) => string;
  };
  readonly pane: {
    readonly tab: string;
    readonly intro: string;
    readonly asOf: string;
    readonly show: string;
    readonly reading: string;
  };
}

export function planTextFor(language: Language): PlanText {
  return language === "en" ? en : vi;
}
