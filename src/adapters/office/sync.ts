/** A sync that cannot hang the pane: a timeout, the abort signal checked first, Excel's errors named. */
import { OfficeAdapterError, officeFailureOf } from "./errors";

export const DEFAULT_SYNC_TIMEOUT_MS = 60_000;

export function abortError(): Error {
  const error = new Error("The operation was cancelled.");
  error.name = "AbortError";
  return error;
}

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
