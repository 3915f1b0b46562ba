/**
 * A workbook re-saved by the programs users' files come from — LibreOffice, Gnumeric, openpyxl,
 * xlsxwriter, SheetJS — made in the test from our own file, nothing committed. "ours" is the file as
 * it was. One helper for every test that reads other producers' files.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import * as XLSX from "@e965/xlsx";
import { convertWithLibreOffice } from "./libreoffice";

export type Producer = "ours" | "LibreOffice" | "Gnumeric" | "openpyxl" | "xlsxwriter" | "SheetJS";

export const OTHER_PRODUCERS = ["LibreOffice", "Gnumeric", "openpyxl", "xlsxwriter", "SheetJS"] as const;

const PYTHON = path.resolve(__dirname, "..", "..", ".venv", "bin", "python");
const RESAVE = path.resolve(__dirname, "..", "producers", "resave.py");

/** `bytes` as `producer` saves them; `dir` holds the files in between, `profile` LibreOffice's. */
export async function resave(
  producer: Producer,
  bytes: Uint8Array,
  dir: string,
  profile: string,
): Promise<Uint8Array> {
  const input = path.join(dir, "in.xlsx");
  const output = path.join(dir, `out-${producer}.xlsx`);
  writeFileSync(input, bytes);
  switch (producer) {
    case "ours":
      return bytes;
    case "LibreOffice":
      return convertWithLibreOffice(bytes, { profile, timeoutMs: 120_000 });
    case "Gnumeric":
      execFileSync("ssconvert", ["--export-type=Gnumeric_Excel:xlsx2", input, output], { stdio: "pipe" });
      return new Uint8Array(readFileSync(output));
    case "openpyxl":
    case "xlsxwriter":
      execFileSync(PYTHON, [RESAVE, producer, input, output], { stdio: "pipe" });
      return new Uint8Array(readFileSync(output));
    case "SheetJS": {
      const wb = XLSX.read(bytes, { type: "array", cellFormula: true, cellStyles: true, cellDates: false });
      return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    }
  }
}
