/**
 * A fingerprint of everything the summary is computed from, written into the generated summary so
 * a later read can tell that an input changed after generation (the summary is then stale).
 * Cell positions are left out: Excel moves a formula's references with inserted rows, so moving
 * data does not make the summary wrong; changing a value does.
 */
import type { BlockInput } from "../core/model";

/** Canonical text of a value: object keys sorted, the cell references ("at") dropped. */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : `"${String(value)}"`;
  if (typeof value === "string") return JSON.stringify(value.normalize("NFC"));
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => k !== "at" && v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return "null";
}

/** Two 32-bit multiply-xorshift lanes over the text: 64 bits, so an accidental match is negligible. */
function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, "0");
  return hex(h2) + hex(h1);
}

/**
 * The input's fingerprint: 16 hex digits, equal for equal inputs wherever they sit in the sheets.
 *
 * @example inputFingerprint(input) === inputFingerprint(sameValuesMovedDownARow) // true
 */
export function inputFingerprint(input: BlockInput): string {
  return hash64(canonical(input));
}
