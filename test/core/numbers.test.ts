import {
  NOT_GIVEN,
  parseCriterionKind,
  parseDate,
  parseDiscipline,
  parseReportCell,
  parseScore,
  parseUnitType,
  parseYesNo,
  pointsOrFlag,
} from "../../src/core/numbers";
import { KIND_LABELS } from "../../src/workbook/sheets/criteria";

describe("parseScore", () => {
  it.each([
    [8.5, 850],
    [8, 800],
    [0, 0],
    [0.1 + 0.2, 30],
    ["8,5", 850],
    [" 8.5 ", 850],
    ["8,50", 850],
    ["8,25", 825],
    ["\u00a08,5\u00a0", 850],
    ["\u202f10,5\u2009", 1050],
    ["\ufeff7", 700],
    ["- 2", -200],
    ["10", 1000],
    ["-1,5", -150],
    ["\u22121,5", -150],
    ["０,５", 50],
    ["+2", 200],
  ])("reads %p as %p hundredths", (value, points) => {
    expect(parseScore(value)).toEqual({ kind: "number", points });
  });

  it.each([[null], [""], ["   "], ["\u00a0"]])("treats %p as empty, not as 0", (value) => {
    expect(parseScore(value)).toEqual({ kind: "empty" });
  });

  it.each([
    ["tám", "text"],
    ["8,5,1", "text"],
    ["8 điểm", "text"],
    ["8,", "text"],
    ["#REF!", "error"],
    ["#N/A", "error"],
    ["20/10/2022", "date"],
    ["2022-10-20", "date"],
    ["8,555", "precision"],
    [8.555, "precision"],
  ] as const)("rejects %p as %s", (value, reason) => {
    const parsed = parseScore(value);
    expect(parsed).toMatchObject({ kind: "invalid", reason });
  });

  it("rejects Excel errors, dates and booleans with what the cell showed", () => {
    expect(parseScore({ error: "#DIV/0!" })).toEqual({ kind: "invalid", reason: "error", shown: "#DIV/0!" });
    expect(parseScore({ year: 2022, month: 10, day: 5 })).toEqual({
      kind: "invalid",
      reason: "date",
      shown: "05/10/2022",
    });
    expect(parseScore(true)).toEqual({ kind: "invalid", reason: "boolean", shown: "TRUE" });
    expect(parseScore(Number.NaN)).toMatchObject({ kind: "invalid", reason: "error" });
  });

  it.each([["8 5"], ["8\u00a05"], ["1\u202f000"], ["1 000,5"], ["8 ,5"], ["8, 5"], ["- 2 5"]])(
    "refuses %p: a space between digits is a slip, never a thousands separator",
    (value) => {
      expect(parseScore(value)).toEqual({ kind: "invalid", reason: "text", shown: value.trim() });
      expect(pointsOrFlag(value)).toBeNaN();
    },
  );

  it("still says why when spaces sit inside a date or an error code", () => {
    expect(parseScore("20 / 10 / 2022")).toMatchObject({ kind: "invalid", reason: "date" });
    expect(parseScore("# REF!")).toMatchObject({ kind: "invalid", reason: "error" });
  });

  it("keeps the typed text for the message", () => {
    expect(parseScore("  tám ")).toEqual({ kind: "invalid", reason: "text", shown: "tám" });
  });

  it("accepts trailing zeros beyond two decimals but not more precision", () => {
    expect(parseScore("8,5000")).toEqual({ kind: "number", points: 850 });
    expect(parseScore("8,501")).toMatchObject({ kind: "invalid", reason: "precision" });
  });

  it("refuses figures too large to be a score", () => {
    expect(parseScore(1e12)).toMatchObject({ kind: "invalid", reason: "precision" });
    expect(parseScore("12345678901")).toMatchObject({ kind: "invalid", reason: "precision" });
  });
});

describe("pointsOrFlag (the summary's fast path)", () => {
  it("agrees with parseScore", () => {
    for (const v of [8.5, "8,5", 0, 0.1 + 0.2, -2, "  3 "]) {
      const parsed = parseScore(v);
      expect(parsed.kind).toBe("number");
      if (parsed.kind === "number") expect(pointsOrFlag(v)).toBe(parsed.points);
    }
  });

  it("flags empty cells apart from unreadable ones", () => {
    expect(pointsOrFlag(null)).toBe(NOT_GIVEN);
    expect(pointsOrFlag("")).toBe(NOT_GIVEN);
    expect(pointsOrFlag("tám")).toBeNaN();
    expect(pointsOrFlag(8.555)).toBeNaN();
    expect(pointsOrFlag({ error: "#REF!" })).toBeNaN();
  });

  it("never returns negative zero", () => {
    expect(Object.is(pointsOrFlag(-0), 0)).toBe(true);
    expect(Object.is(pointsOrFlag("-0"), 0)).toBe(true);
  });
});

describe("parseYesNo", () => {
  it.each([
    ["Có", true],
    ["có", true],
    ["x", true],
    ["X", true],
    [true, true],
    [1, true],
    ["TRUE", true],
    ["Không", false],
    ["không", false],
    [false, false],
    [0, false],
    ["FALSE", false],
    ["", null],
    [null, null],
    ["có lẽ", "invalid"],
    [2, "invalid"],
  ] as const)("reads %p as %p", (value, expected) => {
    expect(parseYesNo(value)).toBe(expected);
  });

  it("compares after NFC, so a decomposed «Có» is still yes", () => {
    expect(parseYesNo("Co\u0301")).toBe(true);
  });
});

describe("parseDate", () => {
  const oct20 = { year: 2022, month: 10, day: 20 };

  it.each([
    ["20/10/2022"],
    ["20-10-2022"],
    ["20.10.2022"],
    ["2022-10-20"],
    [" 20/10/2022 "],
    ["ngày 20 tháng 10 năm 2022"],
  ])("reads %p", (text) => {
    expect(parseDate(text)).toEqual(oct20);
  });

  it("reads an Excel serial, ignoring the time of day", () => {
    expect(parseDate(44854)).toEqual(oct20);
    expect(parseDate(44854.75)).toEqual(oct20);
  });

  it("passes a date the adapter read", () => {
    expect(parseDate(oct20)).toEqual(oct20);
  });

  it("treats an empty cell as no date", () => {
    expect(parseDate(null)).toBeNull();
    expect(parseDate("  ")).toBeNull();
  });

  it.each([["31/02/2022"], ["29/02/2023"], ["20/13/2022"], ["hôm qua"], ["20/10/22"], [true], [-5]])(
    "rejects %p",
    (value) => {
      expect(parseDate(value)).toBe("invalid");
    },
  );

  it("knows leap years", () => {
    expect(parseDate("29/02/2024")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseDate("29/02/1900")).toBe("invalid");
  });
});

describe("parseUnitType", () => {
  it.each([
    ["trực tiếp", "direct"],
    ["Trực tiếp", "direct"],
    ["  TRỰC TIẾP ", "direct"],
    ["phối hợp", "coordinating"],
    ["Pho\u0302\u0301i ho\u031b\u0323p", "coordinating"],
    ["", null],
    [null, null],
    ["hỗn hợp", "invalid"],
    [3, "invalid"],
  ] as const)("reads %p as %p", (value, expected) => {
    expect(parseUnitType(value)).toBe(expected);
  });
});

describe("parseDiscipline", () => {
  it.each([
    [null, "none"],
    ["", "none"],
    ["không", "none"],
    ["Khiển trách", "reprimand"],
    ["kỷ luật khiển trách", "reprimand"],
    ["Cảnh cáo", "warning"],
    ["hạ bậc lương", "demotion"],
    ["giáng chức", "demotion"],
    ["cách chức", "dismissal"],
    ["Khai trừ", "expulsion"],
    ["phạt tiền", "invalid"],
    [1, "invalid"],
  ] as const)("reads %p as %p", (value, expected) => {
    expect(parseDiscipline(value)).toBe(expected);
  });
});

describe("parseCriterionKind", () => {
  it.each([
    ["Chấm điểm", "scored"],
    ["chấm điểm", "scored"],
    ["Điểm chuẩn", "scored"],
    ["Điểm thưởng", "bonus"],
    ["  ĐIỂM  THƯỞNG ", "bonus"],
    ["thưởng", "bonus"],
    ["Cộng", "bonus"],
    ["điểm cộng", "bonus"],
    ["Điểm trừ", "deduction"],
    ["trừ", "deduction"],
    ["Diem tru", "deduction"],
    ["", null],
    ["\u00a0", null],
    [null, null],
    ["thưởng nóng", "invalid"],
    ["Mục", "invalid"],
    [1, "invalid"],
    [true, "invalid"],
  ] as const)("reads %p as %p", (value, expected) => {
    expect(parseCriterionKind(value)).toBe(expected);
  });

  it("reads text typed decomposed (NFD) as the composed label", () => {
    expect(parseCriterionKind("Điểm thưởng".normalize("NFD"))).toBe("bonus");
    expect(parseCriterionKind("trừ".normalize("NFD"))).toBe("deduction");
  });

  it("reads back every label the cluster workbook writes as its own kind", () => {
    for (const [kind, label] of Object.entries(KIND_LABELS)) expect(parseCriterionKind(label)).toBe(kind);
  });
});

describe("parseReportCell", () => {
  const oct20 = { year: 2022, month: 10, day: 20 };

  it.each([
    ["20/10/2022", oct20],
    [44854, oct20],
    [oct20, oct20],
    ["Có", "sent"],
    ["x", "sent"],
    [true, "sent"],
    ["Đã gửi", "sent"],
    ["đã nộp", "sent"],
    ["Không", null],
    ["chưa gửi", null],
    [false, null],
    ["", null],
    [null, null],
    ["sắp gửi", "invalid"],
    ["31/02/2022", "invalid"],
    [{ error: "#REF!" }, "invalid"],
  ] as const)("reads %p as %p", (value, expected) => {
    expect(parseReportCell(value)).toEqual(expected);
  });

  it("reads a date exactly as parseDate does", () => {
    for (const value of ["20/10/2022", "2022-10-20", "ngày 20 tháng 10 năm 2022", 44854.75]) {
      expect(parseReportCell(value)).toEqual(parseDate(value));
    }
  });

  it("reads a yes or no as parseYesNo does, where the cell holds no date", () => {
    for (const value of ["Có", "co", "X", "✓", "TRUE", "Không", "khong", "FALSE", "chưa"]) {
      const yes = parseYesNo(value);
      expect(parseReportCell(value)).toBe(yes === true ? "sent" : null);
    }
  });
});
