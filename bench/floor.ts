/**
 * The floor the command benches divide by: a bare unzip (fflate) and one streaming XML pass (saxes,
 * no handler work) over every XML part — one definition, so `cli.*_vs_raw` and `cli.tonghopkhoi`
 * measure against the same thing.
 */
import { runInNewContext } from "node:vm";
import * as v8 from "node:v8";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";

/** Unzips every entry and passes every XML part through saxes once, doing nothing with it. */
export function rawRead(bytes: Uint8Array): void {
  const files = unzipSync(bytes);
  const decoder = new TextDecoder();
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith(".xml") && !name.endsWith(".rels")) continue;
    const parser = new SaxesParser({ xmlns: false, position: false });
    parser.on("opentag", () => undefined);
    parser.write(decoder.decode(data)).close();
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * A full collection before each timed run, so garbage left by building the input or by the
 * previous run is not charged to the next one. `npm run bench` exposes gc; run directly with
 * `npx tsx`, the flag is switched on here.
 */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed !== undefined) return exposed;
  v8.setFlagsFromString("--expose-gc");
  const found: unknown = runInNewContext("gc");
  return typeof found === "function" ? (found as () => void) : () => undefined;
}
export const fullCollection = collector();
