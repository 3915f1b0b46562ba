/**
 * A fingerprint of everything the summary is computed from, written into the generated summary so
 * a later read can tell that an input changed after generation (the summary is then stale).
 * Cell positions are left out: Excel moves a formula's references with inserted rows, so moving
 * data does not make the summary wrong; changing a value does.
 *
 * The hash runs over the input's canonical text (object keys sorted, the cell references "at"
 * dropped, strings NFC and JSON-quoted) as that text is walked, piece by piece: the text of a
 * 500-unit workbook is never built as one string, and the fingerprint is the one it always was.
 */
import type { BlockInput } from "../core/model";

/** Two 32-bit multiply-xorshift lanes over the text: 64 bits, so an accidental match is negligible. */
class Hash64 {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  text(text: string): void {
    let { h1, h2 } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  char(c: number): void {
    this.h1 = Math.imul(this.h1 ^ c, 2654435761);
    this.h2 = Math.imul(this.h2 ^ c, 1597334677);
  }

  digest(): string {
    let { h1, h2 } = this;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, "0");
    return hex(h2) + hex(h1);
  }
}

const QUOTE = 0x22;

/** True when JSON quotes the text as it is and NFC leaves it as it is (printable ASCII, no `"` `\`). */
function plain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === QUOTE || c === 0x5c) return false;
  }
  return true;
}

function quoted(hash: Hash64, text: string): void {
  if (plain(text)) {
    hash.char(QUOTE);
    hash.text(text);
    hash.char(QUOTE);
  } else hash.text(JSON.stringify(text.normalize("NFC")));
}

function sorted(keys: string[]): string[] {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return keys.sort();
  return keys;
}

/** Hashes the canonical text of a value, in the order the text would be written. */
function canonical(hash: Hash64, value: unknown): void {
  if (value === null || value === undefined) hash.text("null");
  else if (typeof value === "number") {
    if (Number.isFinite(value)) hash.text(String(value));
    else quoted(hash, String(value));
  } else if (typeof value === "string") quoted(hash, value);
  else if (typeof value === "boolean") hash.text(value ? "true" : "false");
  else if (Array.isArray(value)) {
    hash.char(0x5b); // [
    for (let i = 0; i < value.length; i++) {
      if (i > 0) hash.char(0x2c); // ,
      canonical(hash, value[i]);
    }
    hash.char(0x5d); // ]
  } else if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    hash.char(0x7b); // {
    let first = true;
    for (const key of sorted(Object.keys(record))) {
      const v = record[key];
      if (key === "at" || v === undefined) continue;
      if (!first) hash.char(0x2c);
      first = false;
      if (plain(key)) quoted(hash, key);
      else hash.text(JSON.stringify(key)); // keys are quoted as they are, not normalized
      hash.char(0x3a); // :
      canonical(hash, v);
    }
    hash.char(0x7d); // }
  } else hash.text("null");
}

/**
 * The input's fingerprint: 16 hex digits, equal for equal inputs wherever they sit in the sheets.
 *
 * @example inputFingerprint(input) === inputFingerprint(sameValuesMovedDownARow) // true
 */
export function inputFingerprint(input: BlockInput): string {
  const hash = new Hash64();
  canonical(hash, input);
  return hash.digest();
}
