/**
 * The floor the command benches divide by: a bare unzip (fflate) and one streaming XML pass (saxes,
 * no handler work) over every XML part — one definition, so `cli.*_vs_raw` and `cli.tonghopkhoi`
 * measure against the same thing.
 */
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
