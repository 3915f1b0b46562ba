import {
  ZERO,
  formatPoints,
  formatPointsFixed,
  numberFromPoints,
  pointsFromNumber,
  sumPoints,
} from "../../src/core/decimal";
import type { Points } from "../../src/core/model";

const pts = (n: number): Points => n as Points;

describe("pointsFromNumber", () => {
  it("turns a decimal into integer hundredths", () => {
    expect(pointsFromNumber(8.5)).toBe(850);
    expect(pointsFromNumber(1.25)).toBe(125);
    expect(pointsFromNumber(90)).toBe(9000);
    expect(pointsFromNumber(0)).toBe(0);
  });

  it("absorbs float noise: 0.1 + 0.2 is exactly 30 hundredths", () => {
    expect(pointsFromNumber(0.1 + 0.2)).toBe(30);
    expect(pointsFromNumber(1.1 * 3)).toBe(330);
  });

  it("rounds halves away from zero, reading the decimal a person typed", () => {
    expect(pointsFromNumber(1.005)).toBe(101);
    expect(pointsFromNumber(-1.005)).toBe(-101);
    expect(pointsFromNumber(2.675)).toBe(268);
    expect(pointsFromNumber(0.004)).toBe(0);
    expect(pointsFromNumber(-0.004)).toBe(0);
    expect(Object.is(pointsFromNumber(-0.001), 0)).toBe(true);
  });

  it("refuses a value that is not a finite number", () => {
    expect(() => pointsFromNumber(Number.NaN)).toThrow(RangeError);
    expect(() => pointsFromNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("sums and conversions", () => {
  it("adds exactly where floating point drifts", () => {
    const tenths = Array.from({ length: 1000 }, () => pointsFromNumber(0.1));
    expect(sumPoints(tenths)).toBe(10000);
    let float = 0;
    for (let i = 0; i < 1000; i++) float += 0.1;
    expect(float).not.toBe(100);
    expect(numberFromPoints(sumPoints(tenths))).toBe(100);
  });

  it("sums nothing to zero", () => {
    expect(sumPoints([])).toBe(ZERO);
  });

  it("gives the decimal back for display", () => {
    expect(numberFromPoints(pts(850))).toBe(8.5);
    expect(numberFromPoints(pts(-5))).toBe(-0.05);
  });
});

describe("formatPoints", () => {
  it("writes a decimal comma and drops trailing zeros", () => {
    expect(formatPoints(pts(850))).toBe("8,5");
    expect(formatPoints(pts(800))).toBe("8");
    expect(formatPoints(pts(825))).toBe("8,25");
    expect(formatPoints(pts(5))).toBe("0,05");
    expect(formatPoints(pts(30))).toBe("0,3");
    expect(formatPoints(pts(-150))).toBe("-1,5");
    expect(formatPoints(pts(9000))).toBe("90");
  });

  it("uses a decimal point when asked", () => {
    expect(formatPoints(pts(1250), ".")).toBe("12.5");
  });

  it("keeps two decimals in the fixed form", () => {
    expect(formatPointsFixed(pts(850))).toBe("8,50");
    expect(formatPointsFixed(pts(7))).toBe("0,07");
    expect(formatPointsFixed(pts(-1200), ".")).toBe("-12.00");
  });
});
