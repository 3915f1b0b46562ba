/**
 * The registration Excel sees is the build's: custom-functions-metadata-plugin's loader appends one
 * CustomFunctions.associate per @customfunction to functions.ts in dist/functions.js. This runs the
 * built bundle in a fresh context with a recording runtime and checks that every id of the built
 * functions.json is associated exactly once (twice makes office.js log [DuplicatedName]) and that
 * each association, called the way Excel calls it (one value per declared parameter, repeating
 * parameters as one array, the invocation object last, blank cells as null, "" or 0), computes what
 * the source function computes.
 *
 * It needs the production build (`npm run build`; `npm test` builds first) and fails without it.
 * THIDUA_DIST points it at another output folder (e.g. a build made with --output-path).
 */
import { sourceHost } from "./support";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import {
  BLANK_HOSTS,
  CustomFunctionsError,
  CustomFunctionsHost,
  cellRef,
  columnOf,
  customFunctionsRuntime,
  literal,
  omitted,
  range,
  type Argument,
  type FunctionMetadata,
} from "../support/custom-functions-host";

const DIST = path.resolve(__dirname, "../..", process.env.THIDUA_DIST ?? "dist");
const BUNDLE = path.join(DIST, "functions.js");
const METADATA = path.join(DIST, "functions.json");

type Registered = (...args: unknown[]) => unknown;

/**
 * One call per function as typed in a cell, blank cells included, the same for the bundle and the
 * source; each is called the way Excel calls it (test/support/custom-functions-host.ts).
 */
const SAMPLES: Record<string, readonly Argument[]> = {
  DOCSO: [cellRef("8,5")],
  TONGDIEM: [
    columnOf(8, "9,5", null, 2, 1),
    columnOf(10, 10, null, 5, 3),
    columnOf(null, null, null, "Điểm thưởng", "Điểm trừ"),
  ],
  PHANBO: [literal("Ban Tổ chức"), cellRef("phối hợp")],
  DIEMBAN: [columnOf(1, "0,5", null), columnOf("TC", "TGNC", null), literal("trực tiếp")],
  XEPLOAI: [cellRef(88.5)],
  XEPHANG: [columnOf(90, 95, null, 90, 80)],
  DENGHI: [
    columnOf(95, 90.5, 90.5, 85),
    columnOf(null, null, null, null),
    literal(1),
    literal(1),
    omitted,
    columnOf(85, 85, 84.5, 80),
  ],
  DUDIEUKIEN: [literal("Khiển trách"), range([["Có"]]), cellRef("Có"), cellRef(null)],
  CHUYENMA: [cellRef("C«ng ®oµn"), literal(".VnTime")],
};

interface Built {
  readonly host: CustomFunctionsHost;
  readonly ids: readonly string[];
}

/** Runs the built bundle once with a runtime that records each association, over the built metadata. */
function runBundle(): Built {
  if (!existsSync(BUNDLE) || !existsSync(METADATA)) {
    throw new Error(
      `Chưa có bản dựng ${path.relative(process.cwd(), BUNDLE)}: hãy chạy npm run build trước ` +
        "(run npm run build first).",
    );
  }
  const metadata = JSON.parse(readFileSync(METADATA, "utf8")) as { functions: FunctionMetadata[] };
  const host = new CustomFunctionsHost(metadata.functions, "THIDUA");
  vm.runInContext(
    readFileSync(BUNDLE, "utf8"),
    vm.createContext({ CustomFunctions: customFunctionsRuntime(host) }),
    { filename: BUNDLE },
  );
  return { host, ids: metadata.functions.map((f) => f.id) };
}

/** A value from the bundle's context as plain data, so it compares with this realm's arrays. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

let built: Built;
let source: CustomFunctionsHost;

beforeAll(async () => {
  built = runBundle();
  source = await sourceHost();
});

/** The function the bundle associated with an id (the test fails first if there is not exactly one). */
const registered = (id: string): Registered =>
  built.host.associations.find(([called]) => called === id)![1] as Registered;

describe("the built dist/functions.js", () => {
  it("associates every id of functions.json exactly once, each with a function", () => {
    expect(built.ids.length).toBeGreaterThan(0);
    const counts = new Map<string, number>();
    for (const [id, fn] of built.host.associations) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
      expect({ id, type: typeof fn }).toEqual({ id, type: "function" });
    }
    expect([...counts.keys()].sort()).toEqual([...built.ids].sort());
    for (const id of built.ids) expect({ id, associations: counts.get(id) }).toEqual({ id, associations: 1 });
  });

  it("declares the parameters the source declares (the metadata Excel reads is the build's)", () => {
    expect(plain(built.host.metadata)).toEqual(plain(source.metadata));
  });

  it('computes through the associations called as Excel calls them: DOCSO("8,5") is 8.5, XEPHANG spills', () => {
    expect(built.host.call("THIDUA.DOCSO", [literal("8,5")], null)).toEqual({ value: 8.5 });
    expect(plain(built.host.call("THIDUA.XEPHANG", [columnOf(90, 95, 90, 80)], 0))).toEqual({
      value: [[2], [1], [2], [4]],
    });
  });

  it.each(BLANK_HOSTS)("gives each id the source function's result, with $name", ({ blank }) => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...built.ids].sort());
    for (const id of built.ids) {
      const args = SAMPLES[id]!;
      const fromBundle = plain(built.host.call(`THIDUA.${id}`, args, blank));
      expect({ id, fromBundle }).toEqual({ id, fromBundle: source.call(`THIDUA.${id}`, args, blank) });
      // A sample that fails says little about which function answered.
      expect({ id, fromBundle }).toEqual({ id, fromBundle: { value: expect.anything() } });
    }
  });

  it("throws the runtime's CustomFunctions.Error with Excel's code and the Vietnamese reason", () => {
    let thrown: unknown;
    try {
      registered("DOCSO")("tám", { functionName: "DOCSO", address: "A1" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CustomFunctionsError);
    expect(thrown).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/không phải là số/u) });
  });
});
