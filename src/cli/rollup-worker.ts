/**
 * A worker thread of `thidua tong-hop-khoi` (rollup-read.ts): reads each cluster workbook it is sent
 * and answers with the outcome, one job at a time.
 */
import { parentPort } from "node:worker_threads";
import { readOneWorkbook, type RollupJob, type RollupReply } from "./rollup-read";

const port = parentPort;
if (port) {
  port.on("message", (job: RollupJob) => {
    void readOneWorkbook(job).then((outcome) =>
      port.postMessage({ index: job.index, outcome } satisfies RollupReply),
    );
  });
}
