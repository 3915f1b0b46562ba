/**
 * The pane's facts and the summary agree: whatever facts are entered through the pane's use case
 * (saveUnitFacts), on a workbook with «Đăng ký và nộp» (holding rows typed by hand or not) and on an
 * older one without it, the consequence readUnitEntry shows is the one the summary computes for the
 * unit (summarizeBlock over the decoded workbook) — both read the facts through the core's one rule.
 */
import fc from "fast-check";
import type { CalendarDate } from "../../src/core/model";
import { summarizeBlock } from "../../src/core/summary";
import { SUBMISSION_ITEMS, type SubmissionItem } from "../../src/core/submissions";
import { decodeWorkbook } from "../../src/workbook/decode";
import { isWorkbookError } from "../../src/workbook/errors";
import { Grid } from "../../src/workbook/grid/grid";
import { SHEET } from "../../src/workbook/sheet-names";
import { readSubmissionsSheet, submissionAppends } from "../../src/workbook/sheets/submissions";
import { readUnitEntry, saveUnitFacts, type UnitFact } from "../../src/workbook/unit-entry";
import { createClusterWorkbook } from "../../src/workbook/usecases";
import { MemoryPort } from "./memory-port";

const author = { when: "06/12/2026 09:15", who: "Nguyễn Văn A" };
const asOf = { year: 2024, month: 10, day: 20 };
const units = [
  { code: "DV01", name: "Công đoàn Sở Y tế", type: "direct" as const },
  { code: "DV02", name: "Công đoàn Kho bạc", type: "coordinating" as const },
];

const day: fc.Arbitrary<CalendarDate> = fc
  .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ month, day }) => ({ year: 2024, month, day }));
const dayText = (d: CalendarDate) => `${d.day}/${d.month}/${d.year}`;
const yesNo = fc.constantFrom("Có", "Không", "");
const report = fc.oneof(fc.constant(""), fc.constant("Có"), day.map(dayText));
const typed: fc.Arbitrary<Partial<Record<UnitFact, string>>> = fc.record(
  {
    registered: yesNo,
    pactSigned: yesNo,
    midReport: report,
    endReport: report,
    discipline: fc.constantFrom("", "Không", "Khiển trách", "Cảnh cáo"),
  },
  { requiredKeys: [] },
);
const handRow = fc.record({
  unit: fc.constantFrom("DV01", "DV02"),
  item: fc.constantFrom(...(SUBMISSION_ITEMS as SubmissionItem[])),
  on: day,
  outcome: fc.constantFrom("received" as const, "received" as const, "returned" as const),
});

type HandRow = typeof handRow extends fc.Arbitrary<infer T> ? T : never;

async function workbook(withSheet: boolean, rows: readonly HandRow[]): Promise<MemoryPort> {
  const port = new MemoryPort();
  await createClusterWorkbook(port, { presetId: "kon-tum", year: 2024, units, sampleScores: true, seed: 3 });
  if (!withSheet) {
    port.sheets.splice(
      port.sheets.findIndex((s) => s.name === SHEET.submissions),
      1,
    );
    return port;
  }
  const [sheet] = await port.readSheets([SHEET.submissions]);
  const place = readSubmissionsSheet(new Grid(sheet!), []).place!;
  await port.updateCells(
    submissionAppends(
      place,
      rows.map((r) => ({ ...r, name: "" })),
    ),
  );
  return port;
}

describe("the pane's facts and the summary", () => {
  it("show the same consequence for any facts entered, with and without «Đăng ký và nộp»", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(handRow, { maxLength: 6 }),
        fc.constantFrom("DV01", "DV02"),
        fc.array(typed, { minLength: 1, maxLength: 3 }),
        async (withSheet, rows, unit, saves) => {
          const port = await workbook(withSheet, rows);
          for (const facts of saves) {
            try {
              const saved = await saveUnitFacts(port, unit, facts, author, asOf);
              // A day typed and taken is the day the core reads.
              for (const f of ["midReport", "endReport"] as const) {
                const t = facts[f];
                if (t !== undefined && /\//.test(t)) {
                  const [d, m, y] = t.split("/").map(Number);
                  const shown = `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
                  expect(saved.entry.facts[f]).toBe(shown);
                }
              }
            } catch (error) {
              // The one refusal a readable value may meet: the sheet's own later rows overrule the day.
              if (!isWorkbookError(error) || error.fault.code !== "ENTRY_SUBMISSION_LATER") throw error;
            }
          }
          const entry = await readUnitEntry(port, unit, asOf);
          expect(entry.savesTo).toBe(withSheet ? "submissions" : "units");
          const sheets = await port.readSheets((await port.listSheets()).map((s) => s.name));
          const summary = summarizeBlock({ ...decodeWorkbook(sheets).input, asOf });
          const result = summary.clusters.flatMap((c) => c.units).find((u) => u.code === unit)!;
          expect(result.considered).toBe(entry.eligibility.considered);
          expect(result.exclusions).toEqual(entry.eligibility.exclusions);
        },
      ),
      { numRuns: 60 },
    );
  });
});
