/**
 * «Tự kiểm tra» against the documented model of Excel (test/support/excel-fake.ts), the custom
 * functions computed as Excel calls them (blank cells as the platform passes them): every check
 * passes on every platform, the workbook is left as it was, and a host that gets a function wrong
 * is caught and named.
 */
import { withOfficeWorkbook, type OfficeSupport } from "../../src/adapters/office/excel-host";
import { selfTestText } from "../../src/messages/self-test";
import { SELF_TEST_CHECKS, runSelfTest, type SelfTestEnvironment } from "../../src/workbook/self-test";
import { FakeWorkbook, type Platform } from "../support/excel-fake";
import type { CustomFunctionsHost } from "../support/custom-functions-host";
import { sourceHost } from "../functions/support";

const SUPPORT: OfficeSupport = {
  excelApiFloor: true,
  platform: "web",
  mergedAreas: true,
  undoGroup: true,
  customFunctions: true,
  sharedRuntime: true,
};

function environment(fake: FakeWorkbook, support: OfficeSupport = SUPPORT): SelfTestEnvironment {
  return {
    session: (use, limits) => withOfficeWorkbook(fake.runner, support, use, limits ?? {}),
    functions: support.customFunctions,
    undoGroup: support.undoGroup,
    wait: () => Promise.resolve(),
    describe: (error) => (error instanceof Error ? error.message : String(error)),
  };
}

let functions: CustomFunctionsHost;
beforeAll(async () => {
  functions = await sourceHost();
});

/** A user's workbook: their own sheet, and a generated one with the marker. */
function usersWorkbook(platform: Platform): FakeWorkbook {
  const fake = new FakeWorkbook({ platform, customFunctions: functions });
  fake.seedSheet("Của tôi", [
    ["Mã", "Tên"],
    ["DV01", "Công đoàn Sở Y tế"],
  ]);
  return fake;
}

describe("the self-test on the documented model of Excel", () => {
  it.each(["web", "windows", "mac"] as const)(
    "passes every check on %s and leaves the workbook as it was",
    async (platform) => {
      const fake = usersWorkbook(platform);
      const before = fake.sheets.map((s) => ({ name: s.name, grid: fake.grid(s.name) }));

      const results = await runSelfTest(environment(fake, { ...SUPPORT, platform }));

      expect(results.map((r) => r.id)).toEqual([...SELF_TEST_CHECKS]);
      expect(results.filter((r) => r.status !== "ok")).toEqual([]);
      // The marker sheet too: the self-test made it, so it removes it.
      const after = fake.sheets.map((s) => ({ name: s.name, grid: fake.grid(s.name) }));
      expect(after).toEqual(before);
      // The large check really went in pieces.
      const large = results.find((r) => r.id === "large");
      expect(large?.detail).toEqual({ kind: "syncs", syncs: expect.any(Number) });
      if (large?.detail.kind === "syncs") expect(large.detail.syncs).toBeGreaterThan(4);
    },
  );

  it("keeps a cluster workbook's own generated sheets and marker as they were", async () => {
    const fake = usersWorkbook("windows");
    await withOfficeWorkbook(fake.runner, SUPPORT, (port) =>
      port.writeSheets([{ name: "Bảng tổng hợp", generated: true, blocks: [{ at: "A1", cells: [["x"]] }] }]),
    );
    const before = fake.sheets.map((s) => ({ name: s.name, grid: fake.grid(s.name) }));
    const results = await runSelfTest(environment(fake));
    expect(results.filter((r) => r.status !== "ok")).toEqual([]);
    expect(fake.sheets.map((s) => ({ name: s.name, grid: fake.grid(s.name) }))).toEqual(before);
  });

  it("skips what the host lacks, and says which requirement", async () => {
    const fake = usersWorkbook("web");
    const results = await runSelfTest(
      environment(fake, { ...SUPPORT, customFunctions: false, undoGroup: false }),
    );
    expect(results.filter((r) => r.status === "skipped").map((r) => r.id)).toEqual([
      "functions",
      "undo-group",
    ]);
    expect(results.filter((r) => r.status === "failed")).toEqual([]);
    expect(selfTestText("vi").detail(results.find((r) => r.id === "undo-group")!.detail)).toBe(
      "Excel này chưa có ExcelApi 1.20",
    );
  });

  it("names the cell where a host computes a function differently from the core", async () => {
    const fake = usersWorkbook("windows");
    // A host that ranks the blank rows (what XEPHANG did with blanks passed as 0).
    const wrong = functions.metadataOf("THIDUA.XEPHANG")!;
    functions.associate(wrong.id, (totals: unknown[][]) => totals.map((_, i) => [i + 1]));
    try {
      const results = await runSelfTest(environment(fake));
      const check = results.find((r) => r.id === "functions");
      expect(check?.status).toBe("failed");
      // D3 is the blank row: the core leaves it unranked.
      expect(check?.detail).toMatchObject({ kind: "mismatch", cell: "D3", expected: "∅", got: "2" });
      expect(results.find((r) => r.id === "cleanup")?.status).toBe("ok");
    } finally {
      functions = await sourceHost();
    }
  });

  it("reports the host, the platform, the API sets and every check in a text to copy", async () => {
    const fake = usersWorkbook("mac");
    const results = await runSelfTest(environment(fake, { ...SUPPORT, platform: "mac" }));
    const report = selfTestText("vi").report(
      {
        host: "Excel",
        platform: "Mac",
        version: "16.89",
        officeJs: "cdn",
        apiSets: [
          { name: "ExcelApi", version: "1.20" },
          { name: "CustomFunctionsRuntime", version: "1.4" },
        ],
      },
      results,
      "2024-12-20T08:00:00.000Z",
    );
    expect(report).toContain("Nền tảng: Mac");
    expect(report).toContain("ExcelApi 1.20");
    for (const id of SELF_TEST_CHECKS) expect(report).toContain(selfTestText("vi").checks[id]);
    expect(report).toMatch(/Kết quả: 10 đạt, 0 lỗi, 0 bỏ qua\./);
  });
});
