/**
 * Every workbook in test/fixtures/bad/ is refused by `thidua kiem-tra` and `thidua tong-hop`: a
 * clear Vietnamese message (naming sheet and cell where there is one), the expected non-zero exit,
 * no output file, the input unchanged, no stack trace.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { JsonReport } from "../../src/cli/report";
import { place } from "../../src/messages/vi/diagnostics";
import { fixtureFiles, refusalCode, sha256, showsCrash, thidua } from "./support";

jest.setTimeout(120_000);

const bad = fixtureFiles("bad");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-bad-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("has at least 25 workbooks to refuse, each with its expected outcome", () => {
  expect(bad.length).toBeGreaterThanOrEqual(25);
  for (const { expected } of bad) {
    expect(expected.accepted).toBe(false);
    expect(expected.exit.kiemTra).toBeGreaterThan(0);
    expect(expected.exit.tongHop).toBeGreaterThan(0);
    expect(expected.codes?.length).toBeGreaterThan(0);
    expect(expected.message).toBeTruthy();
  }
});

describe.each(bad.map((f) => [f.name, f] as const))("%s", (_name, fixture) => {
  it("is refused with its message, exit code and place, writing nothing and changing nothing", async () => {
    const { expected } = fixture;
    const input = path.join(dir, "so.xlsx");
    copyFileSync(fixture.file, input);
    const before = sha256(readFileSync(input));

    const check = await thidua(dir, "kiem-tra", "so.xlsx", "--json");
    expect(showsCrash(check)).toBe(false);
    expect(check.code).toBe(expected.exit.kiemTra);
    if (check.code === 1) {
      const report = JSON.parse(check.stdout) as JsonReport;
      expect(report.ok).toBe(false);
      const codes = report.problems.map((p) => p.code);
      for (const code of expected.codes ?? []) expect(codes).toContain(code);
      const named = report.problems.filter((p) => expected.codes?.includes(p.code));
      expect(named.some((p) => p.message.includes(expected.message ?? ""))).toBe(true);
      if (expected.at) {
        expect(named).toContainEqual(
          expect.objectContaining({ sheet: expected.at.sheet, cell: expected.at.cell }),
        );
      }
    } else {
      // A file refused as a whole: one line, and the refusal's code is the one expected.
      expect(check.stdout).toBe("");
      expect(check.stderr.trim().split("\n")).toHaveLength(1);
      expect(check.stderr).toContain(expected.message);
      expect(expected.codes).toContain(await refusalCode(new Uint8Array(readFileSync(input))));
    }

    const summary = await thidua(dir, "tong-hop", "so.xlsx", "-o", "ra.xlsx");
    expect(showsCrash(summary)).toBe(false);
    expect(summary.code).toBe(expected.exit.tongHop);
    expect(summary.stderr).toContain(expected.message);
    if (expected.at) expect(summary.stderr).toContain(place(expected.at.sheet, expected.at.cell));
    expect(existsSync(path.join(dir, "ra.xlsx"))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(["so.xlsx"]);
    expect(sha256(readFileSync(input))).toBe(before);
  });
});
