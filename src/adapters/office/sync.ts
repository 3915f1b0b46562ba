/**
 * Syncs that cannot hang the pane or lie to it: the abort signal checked first, Excel's errors named.
 *
 * A read may be abandoned after a timeout: if Excel answers later, nothing changed. A write may not:
 * with `delayForCellEdit` Excel queues the batch until the user leaves the cell being edited, and
 * runs it then even if the add-in stopped waiting (docs/excel/excel-add-ins-delay-in-cell-edit.md) —
 * reporting a failure would be false, and a retry would write twice. So a write waits for Excel's
 * answer, and only tells the pane that it is still waiting.
 */
import { OfficeAdapterError, officeFailureOf } from "./errors";

export const DEFAULT_SYNC_TIMEOUT_MS = 60_000;

export function abortError(): Error {
  const error = new Error("The operation was cancelled.");
  error.name = "AbortError";
  return error;
}

/** A read: fails with "timeout" when Excel has not answered in time. */
export async function syncWithin(
  send: () => Promise<unknown>,
  timeoutMs: number = DEFAULT_SYNC_TIMEOUT_MS,
  signal?: AbortSignal,
): Promise<void> {
  if (signal?.aborted === true) throw abortError();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new OfficeAdapterError({ kind: "timeout", seconds: Math.round(timeoutMs / 1000) })),
      timeoutMs,
    );
  });
  try {
    await Promise.race([send(), timeout]);
  } catch (error) {
    throw officeFailureOf(error);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A write: waits for Excel's answer however long it takes; after `slowMs` calls `onSlow` once (the
 * pane says Excel is busy or a cell is being edited). Cancelling cannot take back a request Excel
 * already has, so the signal is only checked before sending.
 */
export async function syncUntilAnswered(
  send: () => Promise<unknown>,
  slowMs: number = DEFAULT_SYNC_TIMEOUT_MS,
  onSlow: () => void = () => undefined,
  signal?: AbortSignal,
): Promise<void> {
  if (signal?.aborted === true) throw abortError();
  const timer = setTimeout(onSlow, slowMs);
  try {
    await send();
  } catch (error) {
    throw officeFailureOf(error);
  } finally {
    clearTimeout(timer);
  }
}
