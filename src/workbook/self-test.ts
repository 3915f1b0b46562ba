/**
 * Just over 500 lines: one check per port operation in the order the pane runs them, read as a script.
 *
 * «Tự kiểm tra»: run every operation of the workbook port on scratch sheets of the open workbook,
 * read back what the host gives, compare it with what was written and with the core's own answers
 * (the THIDUA.* functions over blank cells), then remove the scratch sheets. Built for a real Excel,
 * where the first person with one verifies the adapter against Excel itself; the end-to-end tests
 * run it against the documented model of Excel (test/support/excel-fake.ts).
 *
 * Pure: the pane gives the port (one Excel.run per step), a way to wait, and how to describe an error.
 * Results are data; src/messages/self-test.ts renders them.
 */
import { DEFAULT_QUOTA, DEFAULT_VOTE_RULE, awardsForCluster } from "../core/awards";
import { DEFAULT_BANDS, classify } from "../core/classification";
import { numberFromPoints, ZERO } from "../core/decimal";
import { eligibilityOf } from "../core/eligibility";
import type { CellValue, Points } from "../core/model";
import { clusterCode, unitCode } from "../core/model";
import { parseScore } from "../core/numbers";
import { rankingFromTotals } from "../core/ranking";
import { tableTotal, type TableEntry } from "../core/totals";
import { functionValues } from "../messages/vi/functions";
import { parseCellAddress } from "./grid/address";
import type { EditableWorkbookPort, SheetInfo, SheetSnapshot, SheetWrite } from "./port";
import { DATE_FORMAT, FONT } from "./styles";

export const SELF_TEST_CHECKS = [
  "list",
  "write",
  "read",
  "replace",
  "update-cells",
  "write-cells",
  "large",
  "functions",
  "undo-group",
  "cleanup",
] as const;
export type CheckId = (typeof SELF_TEST_CHECKS)[number];

export type CheckDetail =
  | { readonly kind: "none" }
  | { readonly kind: "sheets"; readonly count: number }
  | { readonly kind: "syncs"; readonly syncs: number }
  | {
      readonly kind: "mismatch";
      readonly sheet: string;
      readonly cell: string;
      readonly expected: string;
      readonly got: string;
    }
  | { readonly kind: "missing"; readonly what: string }
  /** Failed because an earlier check did. */
  | { readonly kind: "see"; readonly check: CheckId }
  | { readonly kind: "left-behind"; readonly sheets: readonly string[] }
  | { readonly kind: "error"; readonly message: string }
  | { readonly kind: "not-supported"; readonly requirement: string };

export interface CheckResult {
  readonly id: CheckId;
  readonly status: "ok" | "failed" | "skipped";
  readonly detail: CheckDetail;
}

/** The port as the self-test needs it: the product's port, plus removing its own scratch sheets. */
export interface SelfTestSession extends EditableWorkbookPort {
  /** Whether the product's marker sheet exists (the self-test removes it again if it made it). */
  markerSheetExists(): Promise<boolean>;
  removeGeneratedSheets(names: readonly string[], removeEmptyMarker?: boolean): Promise<void>;
  /** Sheets left under a temporary name (a half-done swap); none after a sound write. */
  temporarySheets(): Promise<readonly string[]>;
  readonly syncs: number;
}

export interface SelfTestEnvironment {
  /** Runs a step on a fresh port over the open workbook (one Excel.run); limits force small pieces. */
  session<T>(
    use: (port: SelfTestSession) => Promise<T>,
    limits?: { readonly maxRequestBytes: number; readonly maxResponseBytes: number },
  ): Promise<T>;
  /** The custom functions run beside the pane: only then are they checked. */
  readonly functions: boolean;
  /** Cell edits are one undo step (ExcelApi 1.20). */
  readonly undoGroup: boolean;
  wait(ms: number): Promise<void>;
  /** A failure as the pane would word it. */
  describe(error: unknown): string;
}

const SCRATCH = "Thi Đua kiểm tra";
const TABLE = "tblThiDuaKiemTra";

/** Free scratch names, like «Thi Đua kiểm tra 1», avoiding every sheet the workbook has. */
function scratchNames(sheets: readonly SheetInfo[], count: number): string[] {
  const taken = new Set(sheets.map((s) => s.name.toLocaleLowerCase("vi")));
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const name = `${SCRATCH} ${n}`;
    if (!taken.has(name.toLocaleLowerCase("vi"))) names.push(name);
  }
  return names;
}

/** The scratch sheet of plain cells: text that must stay text, numbers, a date, a formula, styles. */
function cellsSheet(name: string, firstName: string): SheetWrite {
  return {
    name,
    generated: true,
    columnWidths: [24, 10, 12, 12],
    blocks: [
      { at: "A1", cells: [["Thi Đua — tự kiểm tra", null, null, null]], style: { bold: true } },
      { at: "A2", cells: [["Chữ", "Số", "Công thức", "Ngày"]], style: { bold: true, border: true } },
      {
        at: "A3",
        cells: [
          [firstName, 8.5, { formula: "=B3*2" }],
          ["=1+1", 0, { formula: "=B4+1" }],
          ["0123", 1.25, { formula: "=B5+1" }],
        ],
        style: { fontName: FONT, border: true },
      },
      { at: "D3", cells: [[45292], [45657], [45300]], style: { numberFormat: DATE_FORMAT } },
    ],
    merges: ["A1:D1"],
    tables: [{ name: TABLE, range: "A2:D5", headerRow: true }],
    validations: [
      { range: "B3:B20", kind: "decimal", min: 0, max: 100, errorMessage: "0–100" },
      { range: "D3:D20", kind: "date", min: 1, errorMessage: "Ngày" },
      { range: "E3:E20", kind: "list", list: ["Có", "Không"], errorMessage: "Có/Không" },
    ],
    freeze: { rows: 2, columns: 0 },
    pageSetup: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
    },
  };
}

/** A sheet large enough to need several requests and responses under small limits. */
function largeSheet(name: string, rows: number): SheetWrite {
  return {
    name,
    generated: true,
    blocks: [
      {
        at: "A1",
        cells: Array.from({ length: rows }, (_, i) => [
          `DV${String(i + 1).padStart(4, "0")}`,
          `Công đoàn cơ sở trường trung học phổ thông số ${i + 1}`,
          (i % 1000) / 10,
          i % 2 === 0 ? "Có" : "Không",
        ]),
      },
    ],
  };
}

/** The functions' sheet: inputs with blank cells, and one formula per function over them. */
const TOTALS: readonly (number | null)[] = [90, null, 85.5, 90, 70, null];
const CONSIDERED: readonly (string | null)[] = [null, null, "Không", null, null, null];
const SCORES: readonly (number | null)[] = [8.5, null, 9, 1];
const MAXIMA: readonly (number | null)[] = [10, null, 10, 2];
const KINDS: readonly (string | null)[] = [null, null, null, "Điểm thưởng"];

function functionsSheet(name: string): SheetWrite {
  const column = (values: readonly (string | number | null)[]): (string | number | null)[][] =>
    values.map((v) => [v]);
  return {
    name,
    generated: true,
    blocks: [
      { at: "A1", cells: [["Tổng", "Xét", "", "Hạng", "Xếp loại", "Kết quả"]] },
      { at: "A2", cells: column(TOTALS) },
      { at: "B2", cells: column(CONSIDERED) },
      // Discipline (blank), registered and pact signed, mid-year report, end-of-year report (blank: not sent).
      { at: "H10", cells: [[null, "Có", "Có", "20/06/2024", null]] },
      { at: "L2", cells: column(SCORES) },
      { at: "M2", cells: column(MAXIMA) },
      { at: "N2", cells: column(KINDS) },
      {
        at: "D2",
        cells: [[{ formula: "=THIDUA.XEPHANG(A2:A7,B2:B7)" }]],
      },
      {
        at: "E2",
        cells: [[{ formula: "=THIDUA.XEPLOAI(A2)" }], [{ formula: "=THIDUA.XEPLOAI(A3)" }]],
      },
      {
        at: "F2",
        cells: [
          [{ formula: "=THIDUA.DUDIEUKIEN(H10,I10:J10,K10,L10)" }],
          [{ formula: "=THIDUA.TONGDIEM(L2:L5,M2:M5,N2:N5)" }],
        ],
      },
      { at: "O2", cells: [[{ formula: "=THIDUA.DENGHI(A2:A7,B2:B7)" }]] },
    ],
  };
}

const points = (n: number): Points => {
  const parsed = parseScore(n);
  return parsed.kind === "number" ? parsed.points : ZERO;
};

/** What the core answers for the functions' sheet, cell by cell (A1 addresses). */
function coreAnswers(): Map<string, CellValue> {
  const answers = new Map<string, CellValue>();
  const considered = CONSIDERED.map((c) => c !== "Không");
  const ranked = rankingFromTotals(TOTALS.map((t, i) => (t === null || !considered[i] ? null : points(t))));
  ranked.forEach((rank, i) => answers.set(`D${i + 2}`, rank ?? ""));
  answers.set("E2", classify(points(TOTALS[0] ?? 0), DEFAULT_BANDS));
  answers.set("E3", "");
  const eligibility = eligibilityOf(
    {
      registered: true,
      pactSigned: true,
      midReport: { year: 2024, month: 6, day: 20 },
      endReport: null,
      discipline: "none",
    },
    {},
    [],
  );
  answers.set(
    "F2",
    eligibility.considered ? functionValues.eligible : functionValues.reasons(eligibility.exclusions),
  );
  const total = tableTotal(
    SCORES.map((score, i): TableEntry => ({
      score,
      max: MAXIMA[i] ?? null,
      kind: KINDS[i] === null ? "scored" : "bonus",
    })).filter((entry) => !(entry.score === null && entry.max === null)),
  );
  answers.set("F3", total.ok ? numberFromPoints(total.total) : "#VALUE!");
  const candidates = TOTALS.flatMap((total, i) =>
    total === null
      ? []
      : [
          {
            unit: unitCode(String(i)),
            total: points(total),
            considered: considered[i] ?? true,
            complete: true,
            votes: null,
            tieBreak: [],
          },
        ],
  );
  const outcome = awardsForCluster(
    { code: clusterCode("CUM"), name: "", quota: DEFAULT_QUOTA },
    candidates,
    DEFAULT_VOTE_RULE,
    candidates.length,
  );
  const voting = new Set(outcome.ties.filter((t) => !t.settled).flatMap((t) => t.units));
  TOTALS.forEach((total, i) => {
    const unit = unitCode(String(i));
    const award = outcome.awards.get(unit);
    answers.set(
      `O${i + 2}`,
      total === null
        ? ""
        : award !== undefined
          ? functionValues.awards[award]
          : voting.has(unit)
            ? functionValues.voteNeeded
            : "",
    );
  });
  return answers;
}

/** A cell of a snapshot by A1 address ("B3"). */
function cellAt(
  sheet: SheetSnapshot | undefined,
  address: string,
  grid: "values" | "formulas" | "fonts" = "values",
): unknown {
  const at = parseCellAddress(address);
  if (sheet === undefined || at === null) return undefined;
  return sheet[grid]?.[at.row]?.[at.col] ?? null;
}

const shown = (value: unknown): string =>
  value === null || value === undefined ? "∅" : JSON.stringify(value);

/** The first cell whose value differs from the expected one, as a mismatch. */
function firstMismatch(
  sheet: SheetSnapshot | undefined,
  name: string,
  expected: readonly (readonly [string, unknown, ("values" | "formulas" | "fonts")?])[],
): CheckDetail | null {
  for (const [cell, want, grid] of expected) {
    // A cell showing "" reads back as blank.
    const got = cellAt(sheet, cell, grid ?? "values");
    const wanted = want === "" ? null : want;
    const same =
      typeof wanted === "number" && typeof got === "number" ? Math.abs(wanted - got) < 1e-9 : got === wanted;
    if (!same) return { kind: "mismatch", sheet: name, cell, expected: shown(wanted), got: shown(got) };
  }
  return null;
}

const NFC = "Công đoàn cơ sở".normalize("NFC");

/** Runs every check in order; a failed step does not stop the later ones, and the cleanup always runs. */
export async function runSelfTest(env: SelfTestEnvironment): Promise<readonly CheckResult[]> {
  const results: CheckResult[] = [];
  const record = (
    id: CheckId,
    status: CheckResult["status"],
    detail: CheckDetail = { kind: "none" },
  ): void => {
    results.push({ id, status, detail });
  };
  const attempt = async (id: CheckId, step: () => Promise<CheckDetail | null>): Promise<void> => {
    try {
      const problem = await step();
      if (problem === null) record(id, "ok");
      else if (problem.kind === "syncs" || problem.kind === "sheets") record(id, "ok", problem);
      else record(id, "failed", problem);
    } catch (error) {
      record(id, "failed", { kind: "error", message: env.describe(error) });
    }
  };

  let before: readonly SheetInfo[] = [];
  let names: string[] = [];
  let markerBefore = true;
  await attempt("list", async () => {
    [before, markerBefore] = await env.session(async (port) => [
      await port.listSheets(),
      await port.markerSheetExists(),
    ]);
    names = scratchNames(before, 3);
    return { kind: "sheets", count: before.length };
  });
  if (names.length === 0) {
    for (const id of SELF_TEST_CHECKS.slice(1)) record(id, "skipped", { kind: "see", check: "list" });
    return results;
  }
  const [cellsName = "", largeName = "", functionsName = ""] = names;

  try {
    await attempt("write", async () => {
      await env.session((port) => port.writeSheets([cellsSheet(cellsName, NFC)]));
      const after = await env.session((port) => port.listSheets());
      const written = after.find((s) => s.name === cellsName);
      return written?.generated === true ? null : { kind: "missing", what: cellsName };
    });

    await attempt("read", async () => {
      const [sheet] = await env.session((port) =>
        port.readSheets([cellsName], { formulas: true, fonts: true }),
      );
      const cells = firstMismatch(sheet, cellsName, [
        ["A3", NFC],
        ["B3", 8.5],
        ["C3", "=B3*2", "formulas"],
        ["D3", 45292],
        // Text that looks like a formula or a number stays text.
        ["A4", "=1+1"],
        ["B4", 0],
        ["A5", "0123"],
        ["A3", "Times New Roman", "fonts"],
      ]);
      if (cells !== null) return cells;
      if (!sheet?.merges.includes("A1:D1")) return { kind: "missing", what: `${cellsName}!A1:D1` };
      if (!sheet.tables.some((t) => t.name === TABLE && t.range === "A2:D5"))
        return { kind: "missing", what: TABLE };
      return null;
    });

    await attempt("replace", async () => {
      const order = (await env.session((port) => port.listSheets())).map((s) => s.name);
      await env.session((port) => port.writeSheets([cellsSheet(cellsName, `${NFC} 2`)]));
      const { after, temporary, sheet } = await env.session(async (port) => ({
        after: (await port.listSheets()).map((s) => s.name),
        temporary: await port.temporarySheets(),
        sheet: (await port.readSheets([cellsName]))[0],
      }));
      if (temporary.length > 0) return { kind: "left-behind", sheets: temporary };
      if (after.join("\n") !== order.join("\n"))
        return {
          kind: "mismatch",
          sheet: cellsName,
          cell: "",
          expected: order.join(", "),
          got: after.join(", "),
        };
      return firstMismatch(sheet, cellsName, [["A3", `${NFC} 2`]]);
    });

    await attempt("update-cells", async () => {
      await env.session((port) =>
        port.updateCells([
          { sheet: cellsName, at: "B3", cells: [[9.25], [null], [""]] },
          { sheet: cellsName, at: "D5", cells: [[45301]], numberFormat: DATE_FORMAT },
        ]),
      );
      const [sheet] = await env.session((port) => port.readSheets([cellsName]));
      return firstMismatch(sheet, cellsName, [
        ["B3", 9.25],
        ["B4", 0],
        ["B5", null],
        ["D5", 45301],
      ]);
    });

    await attempt("write-cells", async () => {
      await env.session((port) =>
        port.writeCells([
          { sheet: cellsName, address: "A6", text: "Công đoàn", fontName: FONT },
          { sheet: cellsName, address: "A7", text: "=2+2" },
        ]),
      );
      const [sheet] = await env.session((port) => port.readSheets([cellsName], { fonts: true }));
      return firstMismatch(sheet, cellsName, [
        ["A6", "Công đoàn"],
        ["A6", "Times New Roman", "fonts"],
        ["A7", "=2+2"],
      ]);
    });

    await attempt("large", async () => {
      const rows = 1_500;
      const limits = { maxRequestBytes: 40_000, maxResponseBytes: 40_000 };
      const { syncs, sheet } = await env.session(async (port) => {
        await port.writeSheets([largeSheet(largeName, rows)]);
        const [read] = await port.readSheets([largeName]);
        return { syncs: port.syncs, sheet: read };
      }, limits);
      const last = `DV${String(rows).padStart(4, "0")}`;
      const problem = firstMismatch(sheet, largeName, [
        ["A1", "DV0001"],
        [`A${rows}`, last],
        [`B${rows}`, `Công đoàn cơ sở trường trung học phổ thông số ${rows}`],
        [`C${rows}`, ((rows - 1) % 1000) / 10],
      ]);
      return problem ?? { kind: "syncs", syncs };
    });

    if (!env.functions) {
      record("functions", "skipped", {
        kind: "not-supported",
        requirement: "SharedRuntime 1.1, CustomFunctionsRuntime 1.3",
      });
    } else {
      await attempt("functions", async () => {
        await env.session((port) => port.writeSheets([functionsSheet(functionsName)]));
        const expected = [...coreAnswers()];
        // Excel computes custom functions asynchronously (#BUSY! meanwhile): read until they settle.
        let problem: CheckDetail | null = null;
        for (let attempt = 0; attempt < 20; attempt++) {
          const [sheet] = await env.session((port) => port.readSheets([functionsName]));
          problem = firstMismatch(sheet, functionsName, expected);
          const busy = expected.some(([cell]) => {
            const value = cellAt(sheet, cell);
            return (
              typeof value === "object" && value !== null && "error" in value && value.error === "#BUSY!"
            );
          });
          if (problem === null || !busy) break;
          await env.wait(500);
        }
        return problem;
      });
    }

    // The two cell edits above ran as grouped-undo runs: Excel accepted the grouping only if both
    // went through (an API it cannot group throws UndoNotSupported). Undo itself has no API to check.
    if (!env.undoGroup) {
      record("undo-group", "skipped", { kind: "not-supported", requirement: "ExcelApi 1.20" });
    } else {
      const edits = results.filter((r) => r.id === "update-cells" || r.id === "write-cells");
      const failed = edits.find((r) => r.status !== "ok");
      if (failed === undefined) record("undo-group", "ok");
      else record("undo-group", "failed", { kind: "see", check: failed.id });
    }
  } finally {
    await attempt("cleanup", async () => {
      const { after, temporary } = await env.session(async (port) => {
        await port.removeGeneratedSheets(names, !markerBefore);
        return { after: await port.listSheets(), temporary: await port.temporarySheets() };
      });
      const left = after.filter((s) => names.includes(s.name)).map((s) => s.name);
      if (left.length > 0 || temporary.length > 0)
        return { kind: "left-behind", sheets: [...left, ...temporary] };
      const key = (sheets: readonly SheetInfo[]): string =>
        sheets.map((s) => `${s.name}|${s.generated}`).join("\n");
      return key(after) === key(before)
        ? null
        : {
            kind: "mismatch",
            sheet: "",
            cell: "",
            expected: before.map((s) => s.name).join(", "),
            got: after.map((s) => s.name).join(", "),
          };
    });
  }
  return results;
}
