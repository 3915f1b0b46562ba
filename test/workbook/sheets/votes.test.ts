/**
 * The votes sheet's cell validation: a count from 0 to the unit's voters (its cluster's members,
 * DOMAIN.md "a vote count can never exceed the number of voters"), so Excel refuses an impossible
 * count where it is typed. Read back with openpyxl, a reader we did not write.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { cellText } from "../../../src/core/cell-text";
import { SHEET } from "../../../src/workbook/sheet-names";
import { readCluster, recordVotes } from "../../../src/workbook/usecases";
import { sampleXlsx } from "../sample";
import { overlappingValidations } from "../../support/validations";

jest.setTimeout(60_000);

const PYTHON = path.resolve(__dirname, "..", "..", "..", ".venv", "bin", "python");

/** Each validation of the votes sheet as openpyxl reads it: range, type, operator, bounds. */
function votesValidations(
  bytes: Uint8Array,
): { sqref: string; type: string; operator: string; min: string; max: string | null }[] {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-votes-"));
  try {
    writeFileSync(path.join(dir, "cum.xlsx"), bytes);
    const out = execFileSync(PYTHON, [
      "-c",
      `import json, openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
print(json.dumps([{"sqref": str(v.sqref), "type": v.type, "operator": v.operator, "min": v.formula1, "max": v.formula2} for v in ws.data_validations.dataValidation]))`,
      path.join(dir, "cum.xlsx"),
      SHEET.votes,
    ]);
    return JSON.parse(out.toString("utf8")) as ReturnType<typeof votesValidations>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the votes sheet's validation", () => {
  it("lets each row take from 0 to its cluster's members, in a block whose clusters differ in size", async () => {
    // Five units in the first cluster, three in the second: two different numbers of voters.
    const units = ["LDLD-1", "LDLD-1", "LDLD-2", "LDLD-1", "LDLD-2", "LDLD-1", "LDLD-2", "LDLD-1"].map(
      (cluster, i) => ({ code: `DV0${i + 1}`, name: `Đơn vị ${i + 1}`, type: "direct" as const, cluster }),
    );
    const wb = await sampleXlsx({ preset: "kon-tum", units });
    const { input } = await readCluster(wb);
    const clusterOf = new Map(input!.units.map((u) => [cellText(u.code.value), cellText(u.cluster.value)]));
    const members = new Map<string, number>();
    for (const cluster of clusterOf.values()) members.set(cluster, (members.get(cluster) ?? 0) + 1);
    // One unit of each cluster, plus a second of the first: the rows with one bound share a rule.
    const firstOf = new Map<string, string>();
    for (const [code, cluster] of clusterOf) if (!firstOf.has(cluster)) firstOf.set(cluster, code);
    expect([...members.values()].sort()).toEqual([3, 5]);

    await recordVotes(wb, new Map([...firstOf.values()].map((code) => [code, 1])));
    const bytes = await wb.toBuffer();
    const rules = votesValidations(bytes);

    const expected = [...firstOf.entries()].map(([cluster]) => members.get(cluster)!);
    // The rows are written in the order recorded; each rule covers a run of rows with one bound.
    const perRow: number[] = [];
    for (const rule of rules) {
      expect(rule).toMatchObject({ type: "whole", operator: "between", min: "0" });
      const [first, last = first] = rule.sqref.replace(/[A-Z]/gu, "").split(":").map(Number);
      for (let row = first!; row <= last!; row++) perRow.push(Number(rule.max));
    }
    expect(perRow).toEqual(expected);
    expect(overlappingValidations(bytes)).toEqual({});
  });

  it("keeps the plain rule (0 or more) on the new workbook's empty sheet, where no unit is listed yet", async () => {
    const wb = await sampleXlsx({ preset: "thu-duc-1", units: 5 });
    const rules = votesValidations(await wb.toBuffer());
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ type: "whole", min: "0" });
    expect(rules[0]!.max === null || rules[0]!.operator === "greaterThanOrEqual").toBe(true);
  });
});
