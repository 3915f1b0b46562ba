/**
 * Outside Excel (a plain browser page, a test without the fake runtime) the functions file must
 * still load, and a function's failure must still be a clear, catchable error.
 */
import { FunctionFailure } from "../../src/functions/arguments";
import { numberFromText, ranks } from "../../src/functions/functions";

describe("functions.ts without the CustomFunctions runtime", () => {
  it("loads and computes", () => {
    expect(typeof (globalThis as { CustomFunctions?: unknown }).CustomFunctions).toBe("undefined");
    expect(numberFromText("8,5")).toBe(8.5);
    expect(ranks([[2], [1]])).toEqual([[1], [2]]);
  });

  it("throws the FunctionFailure itself, with its Vietnamese message", () => {
    expect(() => numberFromText("tám")).toThrow(FunctionFailure);
    expect(() => numberFromText("tám")).toThrow(/không phải là số/);
  });
});
