/**
 * The fixtures are the generator's, never edited by hand: a fresh run of scripts/make-fixtures.ts
 * gives the same expected outcomes, the same READMEs and the same bytes (all but the file LibreOffice
 * saved, which stamps its own dates).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { FIXTURE_DIRS, fixtures, writeFixtures } from "../../scripts/make-fixtures";
import { sha256 } from "./support";

jest.setTimeout(180_000);

let fresh: { bad: string; tricky: string };
let root: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "thidua-fixtures-"));
  fresh = { bad: path.join(root, "bad"), tricky: path.join(root, "tricky") };
  await writeFixtures(fresh);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(["bad", "tricky"] as const)("test/fixtures/%s", (folder) => {
  it("holds exactly the files a fresh run writes, with the same expectations and README", () => {
    const committed = readdirSync(FIXTURE_DIRS[folder]).sort();
    expect(committed).toEqual(readdirSync(fresh[folder]).sort());
    for (const file of committed.filter((f) => !f.endsWith(".xlsx"))) {
      expect(readFileSync(path.join(FIXTURE_DIRS[folder], file), "utf8")).toBe(
        readFileSync(path.join(fresh[folder], file), "utf8"),
      );
    }
  });

  it("holds the very bytes a fresh run writes", async () => {
    const unstable = new Set((await fixtures()).filter((f) => f.unstable).map((f) => `${f.name}.xlsx`));
    const workbooks = readdirSync(FIXTURE_DIRS[folder]).filter(
      (f) => f.endsWith(".xlsx") && !unstable.has(f),
    );
    expect(workbooks.length).toBeGreaterThan(0);
    for (const file of workbooks) {
      expect([file, sha256(readFileSync(path.join(FIXTURE_DIRS[folder], file)))]).toEqual([
        file,
        sha256(readFileSync(path.join(fresh[folder], file))),
      ]);
    }
  });
});
