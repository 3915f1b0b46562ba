import fc from "fast-check";
import type { BlockInput, CellRef } from "../../src/core/model";
import { decodeWorkbook } from "../../src/workbook/decode";
import { inputFingerprint } from "../../src/workbook/fingerprint";
import { sampleMemory } from "./sample";

/**
 * The definition the fingerprint has had since summaries carry one, written out whole: the hash of
 * one canonical text. Summaries written by earlier versions hold this value, so the streamed hash
 * must give it exactly, or every summary would read as stale after an update.
 */
function canonicalText(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : `"${String(value)}"`;
  if (typeof value === "string") return JSON.stringify(value.normalize("NFC"));
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return `[${value.map(canonicalText).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => k !== "at" && v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalText(v)}`).join(",")}}`;
  }
  return "null";
}

function hashOfText(text: string): string {
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

const asInput = (value: unknown): BlockInput => value as BlockInput;

async function sampleInput(): Promise<BlockInput> {
  const port = await sampleMemory({ units: 6 });
  return decodeWorkbook(await port.readSheets((await port.listSheets()).map((s) => s.name))).input;
}

describe("the input's fingerprint", () => {
  it("is the hash of the whole canonical text of a decoded workbook, as summaries already written hold it", async () => {
    const input = await sampleInput();
    expect(inputFingerprint(input)).toBe(hashOfText(canonicalText(input)));
    expect(inputFingerprint(input)).toMatch(/^[0-9a-f]{16}$/u);
  });

  it("is the hash of the canonical text for any value: keys in any order, cells, blanks, NaN, decomposed and escaped text", () => {
    const text = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: "binary" }),
      fc.constantFrom("Nguyễn", "Nguye\u0302\u0303n", 'a"b\\c\n\u0001', "\ud800", "Å", "\u212b"),
    );
    const leaf = fc.oneof(
      text,
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, -0),
    );
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: "small" }, leaf, tie("array"), tie("object")),
      array: fc.array(tie("value"), { maxLength: 5 }),
      object: fc.dictionary(
        fc.oneof(fc.string(), fc.constantFrom("at", "b", "a", "10", "2", "é", 'k"\\')),
        tie("value"),
        {
          maxKeys: 6,
        },
      ),
    }));
    fc.assert(
      fc.property(value, (v) => {
        expect(inputFingerprint(asInput(v))).toBe(hashOfText(canonicalText(v)));
      }),
      { numRuns: 400 },
    );
  });

  it("stays when values move to other cells and changes when a value changes", async () => {
    const input = await sampleInput();
    const down = (at?: CellRef): CellRef => ({
      sheet: at?.sheet ?? "",
      row: (at?.row ?? 0) + 3,
      col: (at?.col ?? 0) + 1,
    });
    const moved = {
      ...input,
      scores: input.scores.map((s) => ({
        ...s,
        unit: { ...s.unit, at: down(s.unit.at) },
        self: { ...s.self, at: down(s.self.at) },
      })),
    };
    expect(inputFingerprint(asInput(moved))).toBe(inputFingerprint(input));
    const first = input.scores[0]!;
    const changed = {
      ...input,
      scores: [
        { ...first, unit: { ...first.unit, value: `${first.unit.value}x` } },
        ...input.scores.slice(1),
      ],
    };
    expect(inputFingerprint(asInput(changed))).not.toBe(inputFingerprint(input));
  });
});
