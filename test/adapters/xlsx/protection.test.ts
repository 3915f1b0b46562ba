/**
 * The appraisal lock in a file: the .xlsx adapter protects a scoring sheet with `<sheetProtection>`
 * in its schema place and `locked="0"` formats on the editable cells (ECMA-376 Part 1, 18.3.1.85
 * sheetProtection, 18.8.33 protection: a cell format without it is locked). Checked with programs we
 * did not write: openpyxl reads the sheet as protected with the scored cells locked and Ghi chú not,
 * and LibreOffice, opening the file and saving it again (as .xlsx and as .ods), keeps the sheet
 * protected and the same cells locked — its own model of the file, not our reading of it.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import { readAppraisal, saveAppraisal } from "../../../src/workbook/appraisal";
import { lockAppraisal, unlockAppraisal } from "../../../src/workbook/appraisal-lock";
import { isWorkbookError } from "../../../src/workbook/errors";
import { createClusterWorkbook } from "../../../src/workbook/usecases";
import { convertWithLibreOffice, makeProfile } from "../../support/libreoffice";

jest.setTimeout(240_000);

const PYTHON = path.resolve(__dirname, "..", "..", "..", ".venv", "bin", "python");
const SCRIPT = path.join(__dirname, "protection.py");
const author = { when: "06/12/2026 09:15", who: "" };

async function cluster(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.empty();
  await createClusterWorkbook(wb, {
    presetId: "kon-tum",
    year: 2024,
    units: [
      { code: "DV01", name: "Công đoàn Sở Y tế", type: "direct" },
      { code: "DV02", name: "Công đoàn Kho bạc", type: "direct" },
    ],
    sampleScores: true,
    seed: 7,
  });
  return wb;
}

function fault(error: unknown) {
  if (!isWorkbookError(error)) throw error;
  return error.fault;
}

/** The protection openpyxl reads from the bytes. */
function openpyxlProtection(
  bytes: Uint8Array,
  sheet: string,
  cells: readonly string[],
): { protected: boolean; locked: Record<string, boolean> } {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-protect-"));
  try {
    const file = path.join(dir, "in.xlsx");
    writeFileSync(file, bytes);
    return JSON.parse(execFileSync(PYTHON, [SCRIPT, file, sheet, ...cells], { encoding: "utf8" })) as {
      protected: boolean;
      locked: Record<string, boolean>;
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A criterion row of DV01 (1-based) and its cells: self E, appraised F, Ghi chú G. */
async function criterionRow(wb: XlsxWorkbook): Promise<number> {
  const leaf = (await readAppraisal(wb, "DV01")).rows.find((r) => r.leaf && r.cell !== null)!;
  return Number(/\d+$/.exec(leaf.cell!)![0]);
}

describe("locking a scoring sheet in a file", () => {
  it("is read by openpyxl and kept by LibreOffice: sheet protected, scores locked, Ghi chú editable", async () => {
    const wb = await cluster();
    const row = await criterionRow(wb);
    await lockAppraisal(wb, author);
    const bytes = await wb.toBuffer();
    const cells = [`A${row}`, `E${row}`, `F${row}`, `G${row}`];
    const expected = {
      protected: true,
      locked: { [`A${row}`]: true, [`E${row}`]: true, [`F${row}`]: true, [`G${row}`]: false },
    };
    expect(openpyxlProtection(bytes, "DV01", cells)).toEqual(expected);
    // The element sits where the schema puts it: after sheetData, before mergeCells.
    const dv01 = await findSheetPart(bytes, "DV01");
    expect(dv01.indexOf("</sheetData>")).toBeLessThan(dv01.indexOf("<sheetProtection"));
    const merges = dv01.indexOf("<mergeCells");
    if (merges >= 0) expect(dv01.indexOf("<sheetProtection")).toBeLessThan(merges);

    const profile = makeProfile();
    try {
      const resaved = await convertWithLibreOffice(bytes, { profile, timeoutMs: 120_000 });
      expect(openpyxlProtection(resaved, "DV01", cells)).toEqual(expected);
      const ods = await convertWithLibreOffice(bytes, { profile, to: "ods", timeoutMs: 120_000 });
      const content = await (await JSZip.loadAsync(ods)).file("content.xml")!.async("string");
      const dv01Table = /<table:table table:name="DV01"[^>]*>/.exec(content)![0];
      expect(dv01Table).toContain('table:protected="true"');
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it("refuses the appraisal's save on the locked file, the file unchanged, and unlocking removes the protection", async () => {
    const wb = await cluster();
    const row = await criterionRow(wb);
    await lockAppraisal(wb, author);
    const locked = await wb.toBuffer();
    const reopened = await XlsxWorkbook.fromBuffer(locked);
    const leaf = (await readAppraisal(reopened, "DV01")).rows.find((r) => r.leaf && r.self !== null)!;
    expect((await readAppraisal(reopened, "DV01")).locked).toBe(true);
    await expect(
      saveAppraisal(
        reopened,
        "DV01",
        [{ criterion: leaf.code, appraised: "0", reason: "x", evidence: "", explanation: "" }],
        author,
      ).catch(fault),
    ).resolves.toEqual({ code: "APPRAISAL_LOCKED", params: { sheet: "DV01" } });
    expect(Buffer.from(await reopened.toBuffer()).equals(Buffer.from(locked))).toBe(true);

    await unlockAppraisal(reopened, author, "Đơn vị khiếu nại");
    const open = await reopened.toBuffer();
    expect(openpyxlProtection(open, "DV01", [`F${row}`]).protected).toBe(false);
    expect(await findSheetPart(open, "DV01")).not.toContain("sheetProtection");
  });

  it("does not unprotect a sheet a user protected with a password in Excel, and records nothing", async () => {
    const wb = await cluster();
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    const part = await sheetPartName(zip, "DV01");
    const xml = await zip.file(part)!.async("string");
    zip.file(
      part,
      xml.replace(
        "</sheetData>",
        '</sheetData><sheetProtection algorithmName="SHA-512" hashValue="aGFzaA==" saltValue="c2FsdA==" spinCount="100000" sheet="1" objects="1" scenarios="1"/>',
      ),
    );
    const withPassword = await XlsxWorkbook.fromBuffer(await zip.generateAsync({ type: "uint8array" }));
    const before = await findSheetPart(await withPassword.toBuffer(), "DV01");
    await expect(unlockAppraisal(withPassword, author, "Sửa điểm").catch(fault)).resolves.toEqual({
      code: "WRITE_SHEET_PASSWORD",
      params: { sheet: "DV01" },
    });
    const after = await withPassword.toBuffer();
    expect(await findSheetPart(after, "DV01")).toBe(before);
    expect(openpyxlProtection(after, "DV01", []).protected).toBe(true);
    const [log] = await (await XlsxWorkbook.fromBuffer(after)).readSheets(["Nhật ký"]);
    expect(log?.values.some((row) => row.includes("Sửa điểm")) ?? false).toBe(false);
  });
});

async function sheetPartName(zip: JSZip, sheet: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rid = new RegExp(`name="${sheet}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1]!.replace(/^\/?xl\//, "");
  return `xl/${target}`;
}

async function findSheetPart(bytes: Uint8Array, sheet: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file(await sheetPartName(zip, sheet))!.async("string");
}
