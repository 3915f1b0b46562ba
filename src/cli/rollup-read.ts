/**
 * Reading the cluster workbooks of `thidua tong-hop-khoi`, spread over the machine's cores: the
 * command's own thread and up to `threads - 1` worker threads each take the next file from one queue,
 * and the reads come back in the order of the files. Every file is read by the same function
 * (`readOneWorkbook`), here or in a worker (rollup-worker.ts), and its outcome travels as plain data,
 * so both give the same result; a worker that cannot start or stops leaves its file to this thread.
 *
 * Why: the federation rolls up tens of workbooks at once and each read is independent CPU work;
 * Node's worker threads run JavaScript in parallel (https://nodejs.org/api/worker_threads.html).
 */
import { existsSync } from "node:fs";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { XlsxWorkbook } from "../adapters/xlsx/xlsx-workbook";
import type { Problem } from "../core/model";
import { readRollupSource, type RollupRead } from "../workbook/block-rollup";
import { isWorkbookError, WorkbookError, type WorkbookErrorCode } from "../workbook/errors";

/** One file to read: its name as the user gave it, and its bytes. */
export interface RollupInput {
  readonly file: string;
  readonly bytes: Uint8Array;
}

/** A job sent to a worker. */
export interface RollupJob extends RollupInput {
  readonly index: number;
}

/** Why a read failed, as data that crosses threads. */
export type ReadFailure =
  | {
      readonly kind: "workbook";
      readonly code: WorkbookErrorCode;
      readonly params: object;
      readonly problems: readonly Problem[];
    }
  | { readonly kind: "other"; readonly message: string; readonly stack?: string };

export type ReadOutcome =
  { readonly ok: true; readonly read: RollupRead } | { readonly ok: false; readonly failure: ReadFailure };

/** A worker's answer to a job. */
export interface RollupReply {
  readonly index: number;
  readonly outcome: ReadOutcome;
}

function failureOf(error: unknown): ReadFailure {
  if (isWorkbookError(error))
    return { kind: "workbook", code: error.code, params: error.fault.params, problems: error.problems };
  if (error instanceof Error)
    return { kind: "other", message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { kind: "other", message: String(error) };
}

/** Opens and reads one cluster workbook; never throws (the outcome says what went wrong). */
export async function readOneWorkbook(input: RollupInput): Promise<ReadOutcome> {
  try {
    const workbook = await XlsxWorkbook.fromBuffer(input.bytes);
    return { ok: true, read: await readRollupSource(input.file, workbook) };
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}

/** The error a failed read stands for, as the command would have met it reading the file itself. */
export function errorOf(failure: ReadFailure): Error {
  if (failure.kind === "workbook") {
    // The constructor's overloads tie each code to its parameters; these came from such an error.
    const Rebuilt = WorkbookError as new (
      code: WorkbookErrorCode,
      params: object,
      problems: readonly Problem[],
    ) => WorkbookError;
    return new Rebuilt(failure.code, failure.params, failure.problems);
  }
  const error = new Error(failure.message);
  if (failure.stack) error.stack = failure.stack;
  return error;
}

/** The compiled worker beside this module (build/cli/rollup-worker.js); none when run from the sources. */
export function defaultWorkerFile(): string | undefined {
  const file = path.join(__dirname, "rollup-worker.js");
  return existsSync(file) ? file : undefined;
}

/** Fewer files than this are read here: starting a thread costs about what reading a few files does. */
const FILES_PER_WORKER = 4;

/** How many worker threads `threads` allow for `files` files. */
export function workerCount(threads: number, files: number): number {
  return Math.max(0, Math.min(threads - 1, Math.floor(files / FILES_PER_WORKER)));
}

/** Lets the event loop deliver the workers' answers between two reads on this thread. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The outcomes in the inputs' order, and how many of them worker threads read (for tests). */
export interface RollupReads {
  readonly outcomes: readonly ReadOutcome[];
  readonly readByWorkers: number;
}

/** Reads every input, in parallel where `threads` > 1 and the worker file exists. */
export async function readRollupInputs(
  inputs: readonly RollupInput[],
  options: { readonly threads: number; readonly workerFile?: string | undefined },
): Promise<RollupReads> {
  let readByWorkers = 0;
  const outcomes: (ReadOutcome | undefined)[] = new Array<ReadOutcome | undefined>(inputs.length);
  let next = 0;
  const take = (): number => (next < inputs.length ? next++ : -1);
  /** Files a worker had taken when it failed: read here at the end. */
  const orphaned: number[] = [];
  const count = options.workerFile ? workerCount(options.threads, inputs.length) : 0;
  const workers: Worker[] = [];
  const finished: Promise<void>[] = [];
  for (let w = 0; w < count; w++) {
    const worker = new Worker(options.workerFile!);
    workers.push(worker);
    finished.push(
      new Promise<void>((resolve) => {
        let current = -1;
        const give = (): void => {
          current = take();
          if (current < 0) resolve();
          else worker.postMessage({ index: current, ...inputs[current]! } satisfies RollupJob);
        };
        worker.on("message", (reply: RollupReply) => {
          outcomes[reply.index] = reply.outcome;
          readByWorkers++;
          give();
        });
        const stop = (): void => {
          if (current >= 0 && outcomes[current] === undefined) orphaned.push(current);
          current = -1;
          resolve();
        };
        worker.on("error", stop);
        worker.on("exit", stop);
        give();
      }),
    );
  }
  try {
    for (let i = take(); i >= 0; i = take()) {
      outcomes[i] = await readOneWorkbook(inputs[i]!);
      if (workers.length > 0) await yieldToEventLoop();
    }
    await Promise.all(finished);
    for (const i of orphaned) outcomes[i] = await readOneWorkbook(inputs[i]!);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  // Every file was taken once and answered, here, by a worker, or here again after its worker stopped.
  return { outcomes: outcomes as ReadOutcome[], readByWorkers };
}
