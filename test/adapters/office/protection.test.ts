/**
 * The appraisal lock on the Office.js adapter, over the fake of Excel as Microsoft documents it:
 * - WorksheetProtection.protect(options, password) and unprotect (ExcelApi 1.2; the password from
 *   1.7, not used) and RangeFormat.protection.locked: the API reference,
 *   office-js-docs-reference docs/docs-ref-autogen/excel/excel/excel.worksheetprotection.yml —
 *   protect "fails if the worksheet has already been protected"; allowEditRanges is "ExcelApi BETA
 *   (PREVIEW ONLY)", so editable cells are unlocked instead. The manifest's floor is ExcelApi 1.9:
 *   no run-time check is needed for 1.2.
 * - WorksheetProtection.protect and unprotect have no undo support on any platform
 *   (office-js-docs-pr docs/excel/excel-add-ins-undo-capabilities.md, "Unsupported APIs"): the change
 *   never runs in a grouped-undo run, where Excel would refuse it.
 * - On a protected sheet Excel refuses writing a locked cell: the step refuses first, naming the sheet.
 */
import { excelRun, undoGroupRun, type OfficeSupport } from "../../../src/adapters/office/excel-host";
import { OfficeWorkbook } from "../../../src/adapters/office/office-workbook";
import { readAppraisal, saveAppraisal } from "../../../src/workbook/appraisal";
import { lockAppraisal, unlockAppraisal } from "../../../src/workbook/appraisal-lock";
import { isWorkbookError } from "../../../src/workbook/errors";
import { SHEET } from "../../../src/workbook/sheet-names";
import { createClusterWorkbook } from "../../../src/workbook/usecases";
import { FakeWorkbook, type Platform } from "../../support/excel-fake";

const author = { when: "06/12/2026 09:15", who: "" };
const SUPPORT: OfficeSupport = {
  excelApiFloor: true,
  platform: "web",
  mergedAreas: true,
  undoGroup: true,
  customFunctions: true,
  sharedRuntime: true,
};

/** One user action as the pane runs it: its own run, cell edits in a grouped-undo run. */
function paneSession<T>(fake: FakeWorkbook, use: (port: OfficeWorkbook) => Promise<T>): Promise<T> {
  const group = undoGroupRun(fake.runner, SUPPORT);
  return excelRun(fake.runner)((context) =>
    use(
      new OfficeWorkbook(context, {
        capabilities: { mergedAreas: true },
        ...(group === undefined ? {} : { undoGroup: group }),
      }),
    ),
  );
}

async function cluster(platform: Platform): Promise<FakeWorkbook> {
  const fake = new FakeWorkbook({ platform });
  await paneSession(fake, (port) =>
    createClusterWorkbook(port, {
      presetId: "kon-tum",
      year: 2024,
      units: [
        { code: "DV01", name: "Công đoàn Sở Y tế", type: "direct" },
        { code: "DV02", name: "Công đoàn Kho bạc", type: "direct" },
      ],
      sampleScores: true,
      seed: 7,
    }),
  );
  return fake;
}

function fault(error: unknown) {
  if (!isWorkbookError(error)) throw error;
  return error.fault;
}

describe.each<Platform>(["web", "windows", "mac"])("the appraisal lock in Excel (%s)", (platform) => {
  it("protects every scoring sheet outside any grouped undo, Ghi chú left editable, and records it", async () => {
    const fake = await cluster(platform);
    const before = fake.syncs.length;
    const locked = await paneSession(fake, (port) => lockAppraisal(port, author));
    expect(locked.sheets).toEqual(["DV01", "DV02"]);
    expect(fake.sheet("DV01")!.protected).toBe(true);
    expect(fake.sheet("DV02")!.protected).toBe(true);
    const made = fake.syncs.slice(before);
    expect(made.filter((s) => s.grouped)).toEqual([]);
    const calls = fake.callsOn("DV01");
    expect(calls.filter((c) => c.path === "protection.protect()")).toHaveLength(1);
    expect(calls).toContainEqual(
      expect.objectContaining({
        path: "format.protection.locked",
        value: false,
        target: expect.stringMatching(/^G\d+:G\d+$/),
      }),
    );
    const log = fake.grid(SHEET.changeLog);
    expect(log.filter((row) => row.includes("Đã khóa"))).toHaveLength(2);
  });

  it("refuses the appraisal's save on a locked sheet with the sheet named, before Excel would", async () => {
    const fake = await cluster(platform);
    await paneSession(fake, (port) => lockAppraisal(port, author));
    const appraisal = await paneSession(fake, (port) => readAppraisal(port, "DV01"));
    expect(appraisal.locked).toBe(true);
    const leaf = appraisal.rows.find((r) => r.leaf && r.self !== null)!;
    const syncs = fake.syncs.length;
    const before = fake.grid("DV01");
    await expect(
      paneSession(fake, (port) =>
        saveAppraisal(
          port,
          "DV01",
          [{ criterion: leaf.code, appraised: "0", reason: "x", evidence: "", explanation: "" }],
          author,
        ),
      ).catch(fault),
    ).resolves.toEqual({ code: "APPRAISAL_LOCKED", params: { sheet: "DV01" } });
    // Only reads were made.
    expect(fake.syncs.slice(syncs).every((s) => !s.grouped)).toBe(true);
    expect(fake.grid("DV01")).toEqual(before);
  });

  it("unlocks with the reason recorded, and a second lock protects again (protect is never called twice)", async () => {
    const fake = await cluster(platform);
    await paneSession(fake, (port) => lockAppraisal(port, author));
    // Locking again finds every sheet protected: nothing queued (Excel's protect would fail).
    expect((await paneSession(fake, (port) => lockAppraisal(port, author))).sheets).toEqual([]);
    await paneSession(fake, (port) => unlockAppraisal(port, author, "Đơn vị khiếu nại"));
    expect(fake.sheet("DV01")!.protected).toBe(false);
    expect(fake.grid(SHEET.changeLog).filter((row) => row.includes("Đơn vị khiếu nại"))).toHaveLength(2);
    await paneSession(fake, (port) => lockAppraisal(port, author));
    expect(fake.sheet("DV01")!.protected).toBe(true);
  });
});
