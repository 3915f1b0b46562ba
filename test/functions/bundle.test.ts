/**
 * The registration Excel sees is the build's: custom-functions-metadata-plugin's loader appends one
 * CustomFunctions.associate per @customfunction to functions.ts in dist/functions.js. This runs the
 * built bundle in a fresh context with a recording runtime and checks that every id of the built
 * functions.json is associated exactly once (twice makes office.js log [DuplicatedName]) and that
 * each association computes what the source function computes.
 *
 * It needs the production build (`npm run build`; `npm test` builds first) and fails without it.
 * THIDUA_DIST points it at another output folder (e.g. a build made with --output-path).
 */
import { ErrorCode, FakeCustomFunctionsError, column } from "./support";
import * as source from "../../src/functions/functions";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const DIST = path.resolve(__dirname, "../..", process.env.THIDUA_DIST ?? "dist");
const BUNDLE = path.join(DIST, "functions.js");
const METADATA = path.join(DIST, "functions.json");

type Registered = (...args: unknown[]) => unknown;

/** One sample call per function, the same arguments for the bundle and the source. */
const SAMPLES: Record<string, readonly unknown[]> = {
  DOCSO: ["8,5"],
  TONGDIEM: [column(8, "9,5", 2, 1), column(10, 10, 5, 3), column("", "", "Điểm thưởng", "Điểm trừ")],
  PHANBO: ["Ban Tổ chức", "phối hợp"],
  DIEMBAN: [column(1, "0,5"), column("TC", "TGNC"), "trực tiếp"],
  XEPLOAI: [88.5],
  XEPHANG: [column(90, 95, 90, 80)],
  DENGHI: [column(95, 90.5, 90.5, 85), column("", "", "", ""), 1, 1, null, [column(85, 85, 84.5, 80)]],
  DUDIEUKIEN: ["Khiển trách", [["Có"]], "Có", ""],
  CHUYENMA: ["C«ng ®oµn", ".VnTime"],
};

interface Built {
  readonly ids: readonly string[];
  readonly calls: readonly (readonly [string, unknown])[];
}

/** Runs the built bundle once with a runtime that records each association. */
function runBundle(): Built {
  if (!existsSync(BUNDLE) || !existsSync(METADATA)) {
    throw new Error(
      `Chưa có bản dựng ${path.relative(process.cwd(), BUNDLE)}: hãy chạy npm run build trước ` +
        "(run npm run build first).",
    );
  }
  const calls: [string, unknown][] = [];
  const runtime = {
    Error: FakeCustomFunctionsError,
    ErrorCode,
    associate: (id: string, fn: unknown) => calls.push([id, fn]),
  };
  vm.runInContext(readFileSync(BUNDLE, "utf8"), vm.createContext({ CustomFunctions: runtime }), {
    filename: BUNDLE,
  });
  const metadata = JSON.parse(readFileSync(METADATA, "utf8")) as { functions: { id: string }[] };
  return { ids: metadata.functions.map((f) => f.id), calls };
}

/** A value from the bundle's context as plain data, so it compares with this realm's arrays. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/** What a call gives: its result as plain data, or the Excel error it throws. */
function outcome(fn: Registered, args: readonly unknown[]): unknown {
  try {
    return { result: plain(fn(...args)) };
  } catch (error) {
    if (error instanceof FakeCustomFunctionsError) return { error: { ...error } };
    throw error;
  }
}

let built: Built;
let sourceOf: ReadonlyMap<string, Registered>;

beforeAll(async () => {
  built = runBundle();
  const generated = await generateCustomFunctionsMetadata(
    path.resolve(__dirname, "../../src/functions/functions.ts"),
    false,
  );
  const exported = source as unknown as Record<string, Registered>;
  sourceOf = new Map(generated.associate.map(({ id, functionName }) => [id, exported[functionName]!]));
});

/** The function the bundle associated with an id (the test fails first if there is not exactly one). */
const registered = (id: string): Registered =>
  built.calls.find(([called]) => called === id)![1] as Registered;

describe("the built dist/functions.js", () => {
  it("associates every id of functions.json exactly once, each with a function", () => {
    expect(built.ids.length).toBeGreaterThan(0);
    const counts = new Map<string, number>();
    for (const [id, fn] of built.calls) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
      expect({ id, type: typeof fn }).toEqual({ id, type: "function" });
    }
    expect([...counts.keys()].sort()).toEqual([...built.ids].sort());
    for (const id of built.ids) expect({ id, associations: counts.get(id) }).toEqual({ id, associations: 1 });
  });

  it('computes through the associations: DOCSO("8,5") is 8.5, XEPHANG spills competition ranks', () => {
    expect(registered("DOCSO")("8,5")).toBe(8.5);
    expect(plain(registered("XEPHANG")(column(90, 95, 90, 80)))).toEqual([[2], [1], [2], [4]]);
  });

  it("gives each id the result of the source function the metadata names", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...built.ids].sort());
    for (const id of built.ids) {
      const args = SAMPLES[id]!;
      const fromBundle = outcome(registered(id), args);
      expect({ id, ...(fromBundle as object) }).toEqual({
        id,
        ...(outcome(sourceOf.get(id)!, args) as object),
      });
      // A sample that fails says little about which function answered.
      expect({ id, fromBundle }).toEqual({ id, fromBundle: { result: expect.anything() } });
    }
  });

  it("throws the runtime's CustomFunctions.Error with Excel's code and the Vietnamese reason", () => {
    let thrown: unknown;
    try {
      registered("DOCSO")("tám");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FakeCustomFunctionsError);
    expect(thrown).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/không phải là số/u) });
  });
});
