/**
 * Each preset's workbook re-saved by the programs units open it with — LibreOffice Calc, Gnumeric's
 * ssconvert, openpyxl, xlsxwriter (rebuilding it) and SheetJS — gives the same `kiem-tra`,
 * `tong-hop --json` and `gop` results as the original, and `tong-hop` writes no overlapping
 * validations. The files are made here, from `thidua mau`; the returned unit file is filled in by
 * openpyxl; nothing of another project is committed. scripts/setup.sh installs the programs.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { JsonReport } from "../../src/cli/report";
import { PRESETS } from "../../src/core/presets";
import { makeProfile } from "../support/libreoffice";
import { resave, type Producer as AnyProducer } from "../support/producers";
import { overlappingValidations, validationCount } from "../support/validations";
import { thidua } from "../hostile/support";

type Producer = Exclude<AnyProducer, "ours">;

jest.setTimeout(600_000);

const PYTHON = path.resolve(__dirname, "..", "..", ".venv", "bin", "python");
const DECORATE = path.join(__dirname, "decorate.py");

interface Outcome {
  readonly check: number;
  readonly problems: readonly string[];
  readonly units: readonly unknown[];
  /** What `gop` said of the returned file, and the summary of the merged workbook. */
  readonly merge: { readonly code: number; readonly stdout: string; readonly units: readonly unknown[] };
  /** `viec-can-lam --json` on a fixed day: the plan sheet, the units' facts and the holidays as read. */
  readonly due: { readonly code: number; readonly json: string };
}

function unitsOf(report: JsonReport): unknown[] {
  return report.clusters.flatMap((c) =>
    c.units.map((u) => ({ code: u.code, name: u.name, total: u.total, rank: u.rank, award: u.award })),
  );
}

async function outcome(dir: string, file: string, returned: string): Promise<Outcome> {
  const check = await thidua(dir, "kiem-tra", file, "--json");
  // Each producer's run writes over the previous one's outputs (tong-hop keeps them without --ghi-de).
  const run = await thidua(dir, "tong-hop", file, "-o", `ra-${file}`, "--ghi-de", "--json");
  const report = JSON.parse(run.stdout || check.stdout) as JsonReport;
  // 0 written; 3 written with places awaiting a vote (sample ties go to the vote, DOMAIN.md).
  const wrote = (code: number): boolean => code === 0 || code === 3;
  if (wrote(run.code)) {
    // xlsxwriter's rebuild and SheetJS drop the input's validations; the others keep them.
    const written = new Uint8Array(readFileSync(path.join(dir, `ra-${file}`)));
    expect(overlappingValidations(written)).toEqual({});
  }
  // gop never writes over an earlier output (it may hold appraisal work): the previous run's goes first.
  rmSync(path.join(dir, `gop-${file}`), { force: true });
  const merge = await thidua(dir, "gop", file, returned, "--ghi-de", "-o", `gop-${file}`);
  const merged = await thidua(dir, "tong-hop", `gop-${file}`, "-o", `ra-gop-${file}`, "--ghi-de", "--json");
  const due = await thidua(dir, "viec-can-lam", file, "--ngay", "01/12/2025", "--json");
  return {
    due: { code: due.code, json: due.stdout.replaceAll(file, "IN") },
    check: check.code,
    problems: report.problems.filter((p) => p.severity === "error").map((p) => p.code),
    units: unitsOf(report),
    merge: {
      code: merge.code,
      stdout: merge.stdout.replaceAll(`gop-${file}`, "OUT"),
      units: wrote(merged.code) ? unitsOf(JSON.parse(merged.stdout) as JsonReport) : [],
    },
  };
}

const PRODUCERS: readonly Producer[] = ["LibreOffice", "Gnumeric", "openpyxl", "xlsxwriter", "SheetJS"];

let dir: string;
let profile: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-producers-"));
  profile = makeProfile();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

it("has every producer installed (scripts/setup.sh)", () => {
  expect(existsSync(PYTHON)).toBe(true);
  expect(() => execFileSync("ssconvert", ["--version"], { stdio: "pipe" })).not.toThrow();
});

describe.each(PRESETS.map((p) => [p.id] as const))("preset %s", (presetId) => {
  it.each(PRODUCERS.map((p) => [p] as const))(
    "re-saved by %s gives the same check, summary and merge",
    async (producer) => {
      const made = await thidua(
        dir,
        "mau",
        `${presetId}.xlsx`,
        "--preset",
        presetId,
        "--units",
        "6",
        "--seed",
        "3",
        "--ghi-de",
      );
      expect(made.code).toBe(0);
      // A unit's returned file: split from the original, with notes written in by openpyxl.
      const folder = `don-vi-${presetId}`;
      expect((await thidua(dir, "tach", `${presetId}.xlsx`, folder, "--ghi-de")).code).toBe(0);
      const unitFile = readdirSync(path.join(dir, folder)).sort()[0] ?? "";
      const returned = path.join(folder, unitFile);
      execFileSync(PYTHON, [DECORATE, "fill", returned], { cwd: dir, stdio: "pipe" });
      const original = await outcome(dir, `${presetId}.xlsx`, returned);
      expect(validationCount(readFileSync(path.join(dir, `ra-${presetId}.xlsx`)))).toBeGreaterThan(0);
      expect(original.check).toBe(0);
      expect(original.units.length).toBe(6);
      expect(original.merge.code).toBe(0);
      expect(original.merge.stdout).toMatch(/ghi chú/u);
      expect(original.merge.units.length).toBe(6);
      expect(original.due.code).toBe(0);
      expect(JSON.parse(original.due.json)).toMatchObject({ asOf: "2025-12-01", problems: [] });
      const bytes = await resave(
        producer,
        new Uint8Array(readFileSync(path.join(dir, `${presetId}.xlsx`))),
        dir,
        profile,
      );
      const name = `${presetId}-${producer}.xlsx`;
      writeFileSync(path.join(dir, name), bytes);
      expect(await outcome(dir, name, returned)).toEqual(original);
    },
  );
});
