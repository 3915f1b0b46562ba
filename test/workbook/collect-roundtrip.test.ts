/**
 * Split → each unit fills its own file differently (seeded) → merge: the cluster workbook then holds
 * exactly what each unit filled, for every preset, through real .xlsx files.
 */
import { parseScore } from "../../src/core/numbers";
import { PRESETS } from "../../src/core/presets";
import { normalizeKey } from "../../src/core/text/normalize";
import { applyMerge, planMerge, splitForUnits } from "../../src/workbook/collect/usecases";
import { seededRandom } from "../../src/workbook/sample-data";
import { readCluster } from "../../src/workbook/usecases";
import { clusterMemory, fillScores, returned, TODAY, unitFileBytes } from "./collect-support";

describe.each(PRESETS.map((p) => p.id))("collecting the self-scores on the %s preset", (preset) => {
  it("merges back what each unit filled, value for value, and records the day each file arrived", async () => {
    const port = await clusterMemory({ preset, units: 6 });
    const files = await splitForUnits(port, { now: TODAY });
    expect(files.map((f) => f.unit.code)).toEqual(["DV01", "DV02", "DV03", "DV04", "DV05", "DV06"]);

    const random = seededRandom(preset.length * 7919);
    const filled = new Map<string, Map<string, number | null>>();
    const notes = new Map<string, Map<string, string>>();
    const back = [];
    for (const [i, file] of files.entries()) {
      const scores = new Map<string, number | null>();
      const unitNotes = new Map<string, string>();
      const bytes = await fillScores(
        await unitFileBytes(file),
        (row) => {
          // Some criteria left for later, the rest anywhere from 0 to the maximum, to the hundredth.
          const value = random() < 0.12 ? null : Math.round(random() * row.max * 100) / 100;
          scores.set(row.code, value);
          return value;
        },
        (row) => {
          if (random() > 0.1) return null;
          const note = `Minh chứng ${file.unit.code}/${row.code}`;
          unitNotes.set(row.code, note);
          return note;
        },
      );
      filled.set(file.unit.code, scores);
      notes.set(file.unit.code, unitNotes);
      back.push(await returned(file.fileName, bytes, i, { year: 2024, month: 10, day: 10 + i }));
    }

    const { plan } = await planMerge(port, back, { overwrite: false });
    expect(plan.files.map((f) => [f.outcome, f.refusal])).toEqual(files.map(() => ["merge", null]));
    await applyMerge(port, plan);

    const { input } = await readCluster(port);
    expect(input).not.toBeNull();
    let compared = 0;
    for (const [unit, scores] of filled) {
      for (const [criterion, value] of scores) {
        const row = input!.scores.find(
          (s) => s.unit.value === unit && normalizeKey(s.criterion.value) === normalizeKey(criterion),
        );
        const stored = row?.self.value ?? null;
        if (value === null) expect(parseScore(stored).kind).toBe("empty");
        else expect(stored).toBe(value);
        compared++;
      }
      const sheet = port.sheets.find((s) => s.name === unit)!;
      for (const [criterion, note] of notes.get(unit)!) {
        expect(sheet.values.find((r) => r[0] === criterion)?.[6]).toBe(note);
      }
    }
    expect(compared).toBe(
      files.length * input!.criteria.filter((c) => !isSection(c.code.value, input!.criteria)).length,
    );

    // Each unit's arrival date is the day its file came.
    const units = port.sheets.find((s) => s.name === "Đơn vị")!;
    files.forEach((file, i) => {
      const row = units.values.find((r) => r[0] === file.unit.code)!;
      expect(row[9]).toBe(excelSerial(2024, 10, 10 + i));
    });
  });
});

function isSection(code: string, criteria: readonly { code: { value: string } }[]): boolean {
  return criteria.some((c) => c.code.value.startsWith(`${code}.`));
}

function excelSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
