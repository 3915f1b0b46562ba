/**
 * exceljs 4.4 reads the bounds of a whole-number or decimal data-validation rule with parseInt /
 * parseFloat, so a bound that is a formula ("=$D4", "=MAX(B:B)") comes back as NaN and would be
 * saved as "NaN". When a loaded workbook has such a rule, its bounds are read again from the sheet's
 * XML and put back as formula text, which exceljs writes unchanged. (Date rules with formula bounds
 * cannot be kept: exceljs always writes a date bound as a serial number.)
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";

interface ValidationModel {
  type?: string;
  formulae?: unknown[];
  [key: string]: unknown;
}

interface Validations {
  model: Record<string, ValidationModel | undefined>;
}

function validationsOf(ws: ExcelJS.Worksheet): Validations | undefined {
  return (ws as unknown as { dataValidations?: Validations }).dataValidations;
}

const REPAIRABLE = new Set(["whole", "decimal", "textLength"]);

function isLost(rule: ValidationModel | undefined): boolean {
  return (
    !!rule &&
    REPAIRABLE.has(rule.type ?? "") &&
    (rule.formulae ?? []).some((f) => typeof f === "number" && Number.isNaN(f))
  );
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Every cell address of an sqref ("E4:F9 H2"). */
function addressesOf(sqref: string): string[] {
  const out: string[] = [];
  for (const part of sqref.trim().split(/\s+/)) {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(part);
    if (!m?.[1] || !m[2]) continue;
    const col = (letters: string): number =>
      [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const letter = (n: number): string => {
      let s = "";
      for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
      return s;
    };
    const c1 = col(m[1]);
    const r1 = Number(m[2]);
    const c2 = m[3] ? col(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) : r1;
    for (let c = c1; c <= c2; c++) for (let r = r1; r <= r2; r++) out.push(`${letter(c)}${r}`);
  }
  return out;
}

/** Sheet name → part path ("xl/worksheets/sheet3.xml"), from the workbook part and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) parts.set(decodeXml(name), target);
  }
  return parts;
}

/** Puts back the formula bounds exceljs lost on loading; does nothing when none were lost. */
export async function restoreFormulaValidations(
  workbook: ExcelJS.Workbook,
  bytes: Uint8Array,
): Promise<void> {
  const damaged = workbook.worksheets.filter((ws) =>
    Object.values(validationsOf(ws)?.model ?? {}).some(isLost),
  );
  if (damaged.length === 0) return;
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  for (const ws of damaged) {
    const validations = validationsOf(ws);
    const part = parts.get(ws.name);
    const xml = part ? await zip.file(part)?.async("string") : undefined;
    if (!validations || !xml) continue;
    for (const m of xml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)) {
      const sqref = /\bsqref="([^"]+)"/.exec(m[1] ?? "")?.[1];
      if (!sqref) continue;
      const formulae = [...(m[2] ?? "").matchAll(/<formula[12]>([\s\S]*?)<\/formula[12]>/g)].map((f) =>
        decodeXml(f[1] ?? ""),
      );
      const addresses = addressesOf(sqref);
      const loaded = validations.model[addresses[0] ?? ""];
      if (!isLost(loaded)) continue;
      // A relative bound ("$D4") means something only from its range's top-left cell, so the rule is
      // kept under its original range: exceljs writes a range key as it is instead of regrouping cells.
      for (const address of addresses) delete validations.model[address];
      const restored: ValidationModel = { ...loaded, formulae };
      for (const part of sqref.trim().split(/\s+/)) validations.model[part] = restored;
    }
  }
}
