/**
 * The use cases bound to a workbook: both modes (Excel, plain browser) run the very same functions
 * of src/workbook/usecases.ts; they differ only in how they get a port for one user action.
 */
import type { CalendarDate } from "../core/model";
import { PRESETS, presetById, type PresetId } from "../core/presets";
import {
  createClusterWorkbook,
  generateRecommendation,
  generateSummary,
  isSummaryStale,
  recordVotes,
  validateWorkbook,
} from "../workbook/usecases";
import type { WorkbookPort } from "../workbook/port";
import type { PaneActions, PresetChoice, SetupInput } from "./actions";

/** Runs one user action on a port (Excel: one Excel.run; browser: the open file). */
export type WithPort = <T>(signal: AbortSignal, use: (port: WorkbookPort) => Promise<T>) => Promise<T>;

export type UseCaseActions = Pick<
  PaneActions,
  "validate" | "generateSummary" | "recordVotes" | "generateRecommendation" | "isSummaryStale"
> & {
  readonly create: (port: WorkbookPort, input: SetupInput) => Promise<void>;
};

export const presetChoices: readonly PresetChoice[] = PRESETS.map((preset) => ({
  id: preset.id,
  name: preset.name,
  description: preset.description,
  periodKind: preset.periodFor(2000).kind,
  periodLabel: (year: number) => preset.periodFor(year).label,
  members: preset.members,
}));

function throwIfAborted(signal: AbortSignal): void {
  if (!signal.aborted) return;
  const error = new Error("The operation was cancelled.");
  error.name = "AbortError";
  throw error;
}

export function bindUseCases(withPort: WithPort, today: () => CalendarDate): UseCaseActions {
  return {
    create: (port, input) =>
      createClusterWorkbook(port, {
        ...input,
        // The Select only offers known presets; an unknown id still gets the use case's own message.
        presetId: (presetById(input.presetId)?.id ?? input.presetId) as PresetId,
        units: input.units,
      }),
    validate: (signal) =>
      withPort(signal, async (port) => {
        const outcome = await validateWorkbook(port);
        throwIfAborted(signal);
        return outcome;
      }),
    generateSummary: (onProgress, signal) =>
      withPort(signal, (port) =>
        generateSummary(port, {
          now: today(),
          signal,
          onProgress: (done, total) => onProgress(done / total),
        }),
      ),
    recordVotes: (votes, signal) => withPort(signal, (port) => recordVotes(port, votes)),
    generateRecommendation: (signal) =>
      withPort(signal, (port) => generateRecommendation(port, { now: today() })),
    isSummaryStale: (signal) => withPort(signal, (port) => isSummaryStale(port)),
  };
}
