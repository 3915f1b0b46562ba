/**
 * Writing into cells of a sheet the product does not own (a merge's columns, arrival dates, the
 * legacy-text conversion): the worksheet's XML is spliced, not rebuilt. Rows and cells that are not
 * written keep their bytes; a written cell keeps its own attributes but its value, and its style
 * becomes a copy of its format with the number format or font asked for (styles.ts).
 */
import { columnLetter } from "../../workbook/grid/address";
import { fileFormula } from "../../workbook/formulas";
import type { CellWrite } from "../../workbook/port";
import { xlsxTextCell } from "../../workbook/safe-text";
import type { StyleBook } from "./styles";
import { cellRef } from "./sheet-read";
import { escapeXml } from "./xml";

/**
 * One cell to write: its value (none: the cell keeps its content), and the number format, font or
 * protection its format takes.
 */
export interface CellPatch {
  readonly value?: Exclude<CellWrite, null>;
  readonly numberFormat?: string;
  readonly fontName?: string;
  /** Locked or not when the sheet is protected (the appraisal lock). */
  readonly locked?: boolean;
}

/** row → col → patch (0-based). */
export type PatchGrid = Map<number, Map<number, CellPatch>>;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

function newStyle(oldStyle: number, patch: CellPatch, styles: StyleBook): number {
  let style = oldStyle;
  let format = patch.numberFormat;
  if (typeof patch.value === "string" && patch.value !== "")
    format = xlsxTextCell(patch.value).numberFormat ?? format;
  if (patch.fontName !== undefined) style = styles.withFontName(style, patch.fontName);
  if (format !== undefined) style = styles.withNumberFormat(style, format);
  if (patch.locked !== undefined) style = styles.withLocked(style, patch.locked);
  return style;
}

function cellXml(p: string, ref: string, style: number, patch: CellPatch, extra: string): string {
  const s = style ? ` s="${style}"` : "";
  const head = `<${p}c r="${ref}"${s}${extra}`;
  const v = patch.value;
  if (v === "" || v === undefined) return `${head}/>`;
  if (typeof v === "number") return `${head}><${p}v>${Number.isFinite(v) ? v : 0}</${p}v></${p}c>`;
  if (typeof v === "boolean") return `${head} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
  if (typeof v === "string") {
    const text = xlsxTextCell(v).value;
    return `${head} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(text)}</${p}t></${p}is></${p}c>`;
  }
  const f = `<${p}f>${escapeXml(fileFormula(v.formula))}</${p}f>`;
  if (v.result === undefined) return `${head}>${f}</${p}c>`;
  if (typeof v.result === "number") return `${head}>${f}<${p}v>${v.result}</${p}v></${p}c>`;
  return `${head} t="str">${f}<${p}v>${escapeXml(v.result)}</${p}v></${p}c>`;
}

/** A cell's XML as it is, but for its style (content and other attributes kept byte for byte). */
function restyled(cell: string, p: string, attrs: string, style: number): string {
  const head = cell.slice(0, `<${p}c`.length + attrs.length);
  const rest = cell.slice(head.length);
  const s = style ? ` s="${style}"` : "";
  const newHead = /\ss="[^"]*"/u.test(head) ? head.replace(/\ss="[^"]*"/u, s) : `${head}${s}`;
  return newHead + rest;
}

/** Attributes of a cell kept when it is rewritten (cm, vm, ph …), without r, s and t. */
function keptAttributes(attrs: string): string {
  return attrs.replace(/\s(?:r|s|t)="[^"]*"/gu, "");
}

/**
 * The sheet's XML with the patches applied. `styleOf` is not needed: each cell's own s attribute is
 * read from its tag. Linear in the part's size and the number of patches.
 */
export function patchSheetXml(xml: string, patches: PatchGrid, styles: StyleBook): string {
  const root = /<([A-Za-z_][\w.-]*:)?worksheet\b/u.exec(xml);
  const p = root?.[1] ?? "";
  const ep = escapeRegExp(p);
  const open = new RegExp(`<${ep}sheetData\\b[^>]*?(/?)>`, "u").exec(xml);
  if (!open) return xml;
  const start = open.index + open[0].length;
  let end = start;
  let selfClosing = open[1] === "/";
  if (!selfClosing) {
    end = xml.indexOf(`</${p}sheetData>`, start);
    if (end < 0) return xml;
  }
  const body = selfClosing ? "" : xml.slice(start, end);
  const pending = [...patches.keys()].sort((a, b) => a - b);
  let next = 0;
  const out: string[] = [];
  const rowPattern = new RegExp(`<${ep}row\\b([^>]*?)(/?)>`, "gu");
  const rowClose = `</${p}row>`;
  let at = 0;
  let implicit = -1;
  const newRow = (row: number): string => {
    const cells = [...(patches.get(row)?.entries() ?? [])].sort((a, b) => a[0] - b[0]);
    return `<${p}row r="${row + 1}">${cells.map(([col, patch]) => cellXml(p, `${columnLetter(col)}${row + 1}`, newStyle(0, patch, styles), patch, "")).join("")}</${p}row>`;
  };
  for (let m = rowPattern.exec(body); m; m = rowPattern.exec(body)) {
    const attrs = m[1] ?? "";
    const r = /\sr="(\d+)"/u.exec(attrs);
    const row = r ? Number(r[1]) - 1 : implicit + 1;
    implicit = row;
    const rowEnd = m[2] === "/" ? m.index + m[0].length : body.indexOf(rowClose, m.index) + rowClose.length;
    if (rowEnd < m.index) break;
    // Rows to add before this one.
    while (next < pending.length && pending[next]! < row) {
      out.push(body.slice(at, m.index));
      at = m.index;
      out.push(newRow(pending[next]!));
      next += 1;
    }
    if (pending[next] === row) {
      out.push(body.slice(at, m.index));
      out.push(patchRow(body.slice(m.index, rowEnd), m[0], m[2] === "/", row, patches.get(row)!, p, styles));
      at = rowEnd;
      next += 1;
    }
    rowPattern.lastIndex = rowEnd;
  }
  out.push(body.slice(at));
  while (next < pending.length) out.push(newRow(pending[next++]!));
  const data = out.join("");
  if (selfClosing) {
    selfClosing = false;
    return `${xml.slice(0, open.index)}<${p}sheetData>${data}</${p}sheetData>${xml.slice(start)}`;
  }
  return xml.slice(0, start) + data + xml.slice(end);
}

function patchRow(
  rowXml: string,
  openTag: string,
  selfClosing: boolean,
  row: number,
  cells: Map<number, CellPatch>,
  p: string,
  styles: StyleBook,
): string {
  const ep = escapeRegExp(p);
  const pending = [...cells.keys()].sort((a, b) => a - b);
  let next = 0;
  const out: string[] = [];
  const ref = (col: number): string => `${columnLetter(col)}${row + 1}`;
  const fresh = (col: number): string => {
    const patch = cells.get(col)!;
    return cellXml(p, ref(col), newStyle(0, patch, styles), patch, "");
  };
  if (selfClosing) {
    const head = openTag.replace(/\s*\/>$/u, ">");
    return `${head}${pending.map(fresh).join("")}</${p}row>`;
  }
  const body = rowXml.slice(openTag.length, rowXml.length - `</${p}row>`.length);
  const cellPattern = new RegExp(`<${ep}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${ep}c>)`, "gu");
  let at = 0;
  let implicit = -1;
  for (let m = cellPattern.exec(body); m; m = cellPattern.exec(body)) {
    const attrs = m[1] ?? "";
    const r = /\sr="([^"]*)"/u.exec(attrs);
    const pos = r?.[1] ? cellRef(r[1]) : null;
    const col = pos ? pos[1] : implicit + 1;
    implicit = col;
    while (next < pending.length && pending[next]! < col) {
      out.push(body.slice(at, m.index), fresh(pending[next]!));
      at = m.index;
      next += 1;
    }
    if (pending[next] === col) {
      const patch = cells.get(col)!;
      const s = Number(/\ss="(\d+)"/u.exec(attrs)?.[1] ?? 0);
      const style = newStyle(s, patch, styles);
      out.push(
        body.slice(at, m.index),
        patch.value === undefined
          ? restyled(m[0], p, attrs, style)
          : cellXml(p, ref(col), style, patch, keptAttributes(attrs)),
      );
      at = m.index + m[0].length;
      next += 1;
    }
  }
  out.push(body.slice(at));
  while (next < pending.length) out.push(fresh(pending[next++]!));
  return `${openTag}${out.join("")}</${p}row>`;
}
