/**
 * Overlapping data validations in an .xlsx, read with fflate and a plain pattern over each worksheet
 * part (not with the product's reader). Excel does not allow two validations on one cell: it offers
 * to repair such a file ("Data Validation from /xl/worksheets/sheetN.xml part"). Ranges are compared
 * by a sweep over their first rows (n log n plus the pairs that share rows), never cell by cell, so
 * a validation over a whole column or sheet costs nothing more.
 */
import { unzipSync } from "fflate";

interface Area {
  readonly ref: string;
  readonly r1: number;
  readonly r2: number;
  readonly c1: number;
  readonly c2: number;
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

function column(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "C4", "C4:D10", "C:C", "4:4", "$A$1:$B$2" as an area (1-based, inclusive). */
export function areaOf(ref: string): Area | null {
  const [a, b = a] = ref.replace(/\$/gu, "").split(":");
  const part = (p: string | undefined): { row: number | null; col: number | null } | null => {
    const m = /^([A-Za-z]{0,3})(\d*)$/u.exec(p ?? "");
    if (!m || (m[1] === "" && m[2] === "")) return null;
    return { col: m[1] ? column(m[1]) : null, row: m[2] ? Number(m[2]) : null };
  };
  const p = part(a);
  const q = part(b);
  if (!p || !q) return null;
  return {
    ref,
    r1: p.row ?? 1,
    r2: q.row ?? MAX_ROW,
    c1: p.col ?? 1,
    c2: q.col ?? MAX_COL,
  };
}

/** The pairs of validation ranges that share a cell, in one worksheet's XML. */
export function overlapsInSheet(xml: string): [string, string][] {
  const areas: Area[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?dataValidation\b[^>]*?\ssqref="([^"]*)"/gu)) {
    for (const ref of (m[1] ?? "").trim().split(/\s+/u)) {
      const area = areaOf(ref);
      if (area) areas.push(area);
    }
  }
  areas.sort((x, y) => x.r1 - y.r1);
  const found: [string, string][] = [];
  let active: Area[] = [];
  for (const area of areas) {
    active = active.filter((a) => a.r2 >= area.r1);
    for (const a of active) if (a.c1 <= area.c2 && area.c1 <= a.c2) found.push([a.ref, area.ref]);
    active.push(area);
  }
  return found;
}

/** Every worksheet part of the file with the validation ranges that overlap in it. */
export function overlappingValidations(bytes: Uint8Array): Record<string, [string, string][]> {
  const decoder = new TextDecoder();
  const out: Record<string, [string, string][]> = {};
  const files = unzipSync(bytes, { filter: (f) => /^xl\/worksheets\/[^/]+\.xml$/iu.test(f.name) });
  for (const [name, data] of Object.entries(files)) {
    const pairs = overlapsInSheet(decoder.decode(data));
    if (pairs.length > 0) out[name] = pairs;
  }
  return out;
}

/** How many validations the file's worksheets hold (so a check over none is seen). */
export function validationCount(bytes: Uint8Array): number {
  const decoder = new TextDecoder();
  const files = unzipSync(bytes, { filter: (f) => /^xl\/worksheets\/[^/]+\.xml$/iu.test(f.name) });
  let n = 0;
  for (const data of Object.values(files))
    n += [...decoder.decode(data).matchAll(/<(?:\w+:)?dataValidation\b/gu)].length;
  return n;
}
