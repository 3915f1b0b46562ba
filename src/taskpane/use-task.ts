/**
 * Long work without freezing the pane: a task runs with an AbortSignal, reports progress, can be
 * cancelled, and ends in a result or a sentence for the user (errors are never swallowed).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { PaneText } from "../messages/pane";
import { describeError, isAbort, isRetryable } from "./errors";

export type TaskState<T> =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly progress: number | null; readonly cancelling: boolean }
  | { readonly status: "done"; readonly result: T }
  | { readonly status: "failed"; readonly message: string; readonly retryable: boolean }
  | { readonly status: "cancelled" };

export interface Task<A extends unknown[], T> {
  readonly state: TaskState<T>;
  readonly run: (...args: A) => Promise<T | undefined>;
  readonly cancel: () => void;
  readonly reset: () => void;
  readonly running: boolean;
}

export type Work<A extends unknown[], T> = (
  signal: AbortSignal,
  onProgress: (fraction: number | null) => void,
  ...args: A
) => Promise<T>;

export function useTask<A extends unknown[], T>(work: Work<A, T>, text: PaneText): Task<A, T> {
  const [state, setState] = useState<TaskState<T>>({ status: "idle" });
  const controller = useRef<AbortController | null>(null);
  const latest = useRef(work);
  latest.current = work;

  // Leaving the pane (or the step) cancels whatever still runs.
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(
    async (...args: A): Promise<T | undefined> => {
      controller.current?.abort();
      const mine = new AbortController();
      controller.current = mine;
      setState({ status: "running", progress: null, cancelling: false });
      const onProgress = (fraction: number | null): void => {
        if (controller.current !== mine || mine.signal.aborted) return;
        setState({ status: "running", progress: fraction, cancelling: false });
      };
      try {
        const result = await latest.current(mine.signal, onProgress, ...args);
        if (controller.current === mine) setState({ status: "done", result });
        return result;
      } catch (error) {
        if (controller.current !== mine) return undefined;
        if (isAbort(error) || mine.signal.aborted) setState({ status: "cancelled" });
        else
          setState({ status: "failed", message: describeError(error, text), retryable: isRetryable(error) });
        return undefined;
      } finally {
        if (controller.current === mine) controller.current = null;
      }
    },
    [text],
  );

  const cancel = useCallback(() => {
    const current = controller.current;
    if (current === null) return;
    current.abort();
    // The work ends at its next check of the signal; until then the pane says it is stopping.
    setState((s) => (s.status === "running" ? { ...s, cancelling: true } : s));
  }, []);

  const reset = useCallback(() => setState({ status: "idle" }), []);

  return { state, run, cancel, reset, running: state.status === "running" };
}
