/**
 * LibreOffice headless as a second spreadsheet engine for the tests: converts an .xlsx to .xlsx
 * (or .pdf) with a throwaway profile that makes it recalculate every formula on load. By default
 * LibreOffice trusts the cached values in an .xlsx, which would make a formula check pass for free.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

const CANDIDATES = [
  "/usr/bin/soffice",
  "/usr/lib/libreoffice/program/soffice",
  "/opt/libreoffice/program/soffice",
];

/** The soffice binary; throws (never skips) with the package to install when it is missing. */
export function sofficePath(): string {
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      "LibreOffice (soffice) is not installed: the formula tests need it. Install it with " +
        "`apt-get install -y --no-install-recommends libreoffice-calc-nogui`.",
    );
  }
  return found;
}

/**
 * A profile whose registry says: always recalculate formulas when loading OOXML (0 = always), and
 * write a document's Basic project in VBA mode as a VBA project when saving .xlsm (UseExport).
 */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Filter/Import/VBA"><prop oor:name="UseExport" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
`;

export function makeProfile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-lo-profile-"));
  mkdirSync(path.join(dir, "user"), { recursive: true });
  writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), REGISTRY);
  return dir;
}

function run(file: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`soffice failed: ${error.message}\n${stderr}`));
      else resolve();
    });
  });
}

export interface ConvertOptions {
  /**
   * "xlsx" (recalculated copy), "xlsm" (with the document's VBA project), "xls" (Excel 97–2003,
   * BIFF8), "ods" (LibreOffice's own format: its model of the file, as it saves it) or "pdf".
   */
  readonly to?: "xlsx" | "xlsm" | "xls" | "ods" | "pdf";
  /** The input's extension, "xlsx" unless said. */
  readonly from?: "xlsx" | "xlsm" | "ods";
  /** Reuse a profile (faster over many conversions); a fresh one is made and removed otherwise. */
  readonly profile?: string;
  readonly timeoutMs?: number;
}

/**
 * Opens `input` in LibreOffice, recalculating every formula, and saves it in the wanted format.
 * Returns the converted file's bytes. LibreOffice cannot overwrite its input: it writes to a
 * separate output directory.
 */
export async function convertWithLibreOffice(
  input: Uint8Array,
  options: ConvertOptions = {},
): Promise<Uint8Array> {
  const soffice = sofficePath();
  const work = mkdtempSync(path.join(tmpdir(), "thidua-lo-"));
  const profile = options.profile ?? makeProfile();
  try {
    const source = path.join(work, `in.${options.from ?? "xlsx"}`);
    const outdir = path.join(work, "out");
    writeFileSync(source, input);
    const to = options.to ?? "xlsx";
    const filter =
      to === "xlsx"
        ? "xlsx:Calc MS Excel 2007 XML"
        : to === "xlsm"
          ? "xlsm:Calc MS Excel 2007 VBA XML"
          : to === "xls"
            ? "xls:MS Excel 97"
            : to === "ods"
              ? "ods:calc8"
              : "pdf:calc_pdf_Export";
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--nologo",
        "--convert-to",
        filter,
        "--outdir",
        outdir,
        source,
      ],
      options.timeoutMs ?? 300_000,
    );
    const output = path.join(outdir, `in.${to}`);
    if (!existsSync(output)) throw new Error(`LibreOffice wrote no ${to} file`);
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(work, { recursive: true, force: true });
    if (!options.profile) rmSync(profile, { recursive: true, force: true });
  }
}
