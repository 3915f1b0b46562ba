/** Renders pane components as index.tsx does, with a fake PaneActions the test controls. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement, ReactNode } from "react";
import { pointsFromNumber } from "../../src/core/decimal";
import {
  clusterCode,
  unitCode,
  type Award,
  type BlockSummary,
  type ClusterResult,
  type Problem,
  type Rank,
  type Tie,
  type TieBreakDecision,
  type TieBreakNote,
  type PassedOver,
  type UnitResult,
} from "../../src/core/model";
import { paneTextFor } from "../../src/messages/pane";
import { PaneActionsContext, type PaneActions, type PresetChoice } from "../../src/taskpane/actions";
import { PaneTextContext } from "../../src/taskpane/text";
import { unitsFromPastedText } from "../../src/taskpane/unit-list";

export const PRESET_CHOICES: readonly PresetChoice[] = [
  {
    id: "kon-tum",
    name: "Kon Tum",
    periodKind: "calendar-year",
    periodLabel: (year) => `Năm ${year}`,
    members: [],
  },
  {
    id: "thanh-hoa-5",
    name: "Thanh Hóa cụm số 5",
    periodKind: "school-year",
    periodLabel: (year) => `Năm học ${year} – ${year + 1}`,
    members: [{ name: "Trường THPT Hàm Rồng", type: "direct", cluster: "Cụm số 5" }],
  },
];

/**
 * jsdom lays nothing out: every width is 0 and there is no ResizeObserver. Fluent's Overflow (the
 * steps' tab row) then cannot tell what fits; a wide container with narrow items lets every tab show,
 * as in a wide pane. The e2e tests check the real layout in chromium (e2e/layout.spec.ts).
 */
if (typeof window !== "undefined" && typeof HTMLElement !== "undefined") {
  window.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => 2000 });
  Object.defineProperty(HTMLElement.prototype, "offsetWidth", { configurable: true, get: () => 80 });
}

const never = (): Promise<never> => Promise.reject(new Error("not expected in this test"));

/** PaneActions whose every action fails unless the test provides it. */
export function fakeActions(overrides: Partial<PaneActions> = {}): PaneActions {
  return {
    host: "excel",
    loadSetup: () => Promise.resolve({ presets: PRESET_CHOICES, parseUnits: unitsFromPastedText }),
    notices: [],
    createWorkbook: never,
    validate: never,
    generateSummary: never,
    recordVotes: never,
    generateRecommendation: never,
    isSummaryStale: () => Promise.resolve(false),
    ...overrides,
  };
}

export function renderWith(ui: ReactElement, actions: PaneActions, language = "vi-VN"): RenderResult {
  // As a wrapper, so `rerender` keeps the providers.
  const Providers = ({ children }: { children: ReactNode }): JSX.Element => (
    <FluentProvider theme={webLightTheme}>
      <PaneTextContext.Provider value={paneTextFor(language)}>
        <PaneActionsContext.Provider value={actions}>{children}</PaneActionsContext.Provider>
      </PaneTextContext.Provider>
    </FluentProvider>
  );
  return render(ui, { wrapper: Providers });
}

export interface UnitSpec {
  readonly code: string;
  readonly name: string;
  readonly total: number;
  readonly award?: Award | null;
  readonly considered?: boolean;
  /** How the tie-break order placed the unit, as the core gives it. */
  readonly tieBreakNotes?: readonly TieBreakNote[];
  /** Awards its classification kept it from, as the core gives them. */
  readonly passedOver?: readonly PassedOver[];
}

/** A note where the appraised score placed a unit against another with the same total. */
export function appraisedNote(p: {
  award: Award;
  ahead: boolean;
  total: number;
  other: string;
  value: number;
  otherValue: number;
}): TieBreakNote {
  return {
    award: p.award,
    ahead: p.ahead,
    total: pointsFromNumber(p.total),
    rule: "appraisedTotal",
    value: pointsFromNumber(p.value),
    others: [unitCode(p.other)],
    otherValues: [pointsFromNumber(p.otherValue)],
  };
}

/** A cluster result as the core shapes it; ranks follow the totals (competition ranking). */
export function clusterResult(
  name: string,
  units: readonly UnitSpec[],
  ties: readonly Omit<Tie, "cluster">[] = [],
  quota = { leading: 1, excellent: 1 },
  tieBreaks: readonly Omit<TieBreakDecision, "cluster">[] = [],
): ClusterResult {
  const code = clusterCode(name);
  const results = units.map((u): UnitResult => {
    const total = pointsFromNumber(u.total);
    const rank = (1 + units.filter((o) => o.total > u.total).length) as Rank;
    return {
      code: unitCode(u.code),
      name: u.name,
      cluster: code,
      type: "direct",
      self: total,
      appraised: null,
      appraisalDifference: pointsFromNumber(0),
      tableScore: total,
      bonus: pointsFromNumber(0),
      deductions: pointsFromNumber(0),
      departments: pointsFromNumber(0),
      total,
      rank,
      awardRank: u.considered === false ? null : rank,
      classification: null,
      complete: true,
      missing: [],
      considered: u.considered !== false,
      exclusions:
        u.considered === false ? [{ rule: "not-registered", registered: false, pactSigned: true }] : [],
      award: u.award ?? null,
      tieBreakNotes: u.tieBreakNotes ?? [],
      ...(u.passedOver !== undefined && { passedOver: u.passedOver }),
    };
  });
  return {
    cluster: { code, name, quota },
    // A 12-member cluster voting by more than half, whatever units the test lists.
    voting: { voters: 12, needed: 7, passShare: 0.5, basis: "members", members: 12, base: 12 },
    units: results,
    ties: ties.map((t) => ({ ...t, cluster: code })),
    tieBreaks: tieBreaks.map((d) => ({ ...d, cluster: code })),
  };
}

export function blockSummary(
  clusters: readonly ClusterResult[],
  problems: readonly Problem[] = [],
): BlockSummary {
  return { clusters, problems, blocked: problems.some((p) => p.severity === "error") };
}

/** A promise the test settles by hand, to look at the pane while work runs. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
} {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
