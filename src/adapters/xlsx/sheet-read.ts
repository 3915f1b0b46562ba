/**
 * One worksheet part read in a single streaming pass: its cells (values, formulas where asked, font
 * names where asked), merged ranges and table parts. Every producer's dialect is read: cells and rows
 * without a reference, lower-case references, inline strings and rich text, shared formulas, cached
 * ISO dates, a missing dimension, namespace prefixes. Validations and everything else are skipped
 * unread, so their number and extent cost nothing but the bytes passed over.
 */
import type { CalendarDate, CellValue } from "../../core/model";
import { columnIndex } from "../../workbook/grid/address";
import { displayFormula } from "../../workbook/formulas";
import type { StyleIndex } from "./styles";
import { attribute, type Attributes, type XmlHandler } from "./xml";

/** The counts a read is bounded by (shared across the sheets of one read). */
export interface ReadBudget {
  rows: number;
  cells: number;
  gridCells: number;
  merges: number;
  /** Called with the thing counted when its budget is spent. */
  readonly exceeded: (what: "rows" | "cells" | "gridCells" | "merges") => never;
}

export interface SheetCells {
  readonly values: CellValue[][];
  readonly formulas?: (string | null)[][];
  readonly fonts?: (string | null)[][];
  readonly merges: string[];
  /** Relationship ids of the sheet's table parts. */
  readonly tableParts: string[];
  /** The sheet is protected: `<sheetProtection sheet="1"/>` (ECMA-376 Part 1, 18.3.1.85; sheet defaults to false). */
  readonly protected: boolean;
}

export interface SheetReadOptions {
  readonly strings: readonly string[];
  readonly styles: StyleIndex;
  readonly date1904: boolean;
  readonly formulas: boolean;
  readonly fonts: boolean;
}

/** A serial day number as a calendar date (1900 system with its phantom 29 February 1900, or 1904). */
export function serialToDate(serial: number, date1904: boolean): CalendarDate | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2958465) return null;
  const days = Math.floor(serial);
  const base = date1904 ? Date.UTC(1904, 0, 1) : days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(base + days * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The text as a string of its own. The parser hands out slices of the part's decoded text, and a
 * slice kept in a grid keeps that whole text alive (JavaScript engines share the characters): 500
 * sheets' XML would stay in memory for the few words read from each. A value that is kept is copied
 * out; the part's text is then garbage as soon as the part is read.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}

/** Where scanRef puts what it read. */
interface RefScan {
  row: number;
  col: number;
}

/**
 * Reads a cell reference "A1" (any case, $ allowed) into `out` (0-based); false when it is not one.
 * Scanned by hand: it runs once per cell of every sheet read, where a regular expression and its
 * match array cost more.
 */
function scanRef(ref: string, out: RefScan): boolean {
  const length = ref.length;
  let i = 0;
  if (ref.charCodeAt(0) === 0x24) i++; // $
  let col = 0;
  const lettersStart = i;
  for (; i < length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  const letterCount = i - lettersStart;
  if (letterCount === 0 || letterCount > 3) return false;
  if (ref.charCodeAt(i) === 0x24) i++;
  const digitsStart = i;
  let row = 0;
  for (; i < length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
    row = row * 10 + (c - 0x30);
  }
  if (i === digitsStart) return false;
  if (i - digitsStart > 15) row = Number(ref.slice(digitsStart));
  if (row < 1) return false;
  out.row = row - 1;
  out.col = col - 1;
  return true;
}

/** "A1" (any case, $ allowed) → [row, col], 0-based; null when it is not a cell reference. */
export function cellRef(ref: string): [number, number] | null {
  const at = { row: 0, col: 0 };
  return scanRef(ref, at) ? [at.row, at.col] : null;
}

const REF_TOKEN = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(])/gu;

function letters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A shared formula as it reads `rows` down and `cols` across from its first cell (relative parts move). */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/u)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF_TOKEN, (whole, dc: string, col: string, dr: string, row: string, at: number) => {
            const before = part[at - 1] ?? "";
            if (/[\w.]/u.test(before)) return whole;
            const c = columnIndex(col);
            if (c < 0) return whole;
            const newCol = dc ? c : c + cols;
            const newRow = dr ? Number(row) : Number(row) + rows;
            if (newCol < 0 || newRow < 1) return "#REF!";
            return `${dc}${letters(newCol)}${dr}${newRow}`;
          }),
    )
    .join("");
}

/** Reads a worksheet's XML; feed it to an XmlStream. */
export class SheetReader implements XmlHandler {
  readonly values: CellValue[][] = [];
  readonly formulas: (string | null)[][] | undefined;
  readonly fonts: (string | null)[][] | undefined;
  readonly merges: string[] = [];
  readonly tableParts: string[] = [];
  protected = false;
  private readonly grids: number;

  private inSheetData = false;
  private row = -1;
  private col = -1;
  private cellType = "";
  private cellStyle = 0;
  private value = "";
  private formula = "";
  private formulaAttrs: Attributes | null = null;
  private capture: "" | "v" | "f" | "t" = "";
  private inPhonetic = false;
  private hasValue = false;
  private inlineText = "";
  private readonly shared = new Map<string, { formula: string; row: number; col: number }>();
  /** The last row laid out, for the grid budget. */
  private laidRows = 0;
  private readonly at: RefScan = { row: 0, col: 0 };
  private readonly cellAttrs: { r?: string; t?: string; s?: string } = {};
  private readonly prefixedAttrs: { r?: string; t?: string; s?: string } = {};
  private anyPrefixed = false;

  constructor(
    private readonly options: SheetReadOptions,
    private readonly budget: ReadBudget,
  ) {
    this.formulas = options.formulas ? [] : undefined;
    this.fonts = options.fonts ? [] : undefined;
    this.grids = 1 + (options.formulas ? 1 : 0) + (options.fonts ? 1 : 0);
  }

  wantsText(): boolean {
    return this.capture !== "" && !this.inPhonetic;
  }

  /** The elements whose attributes `openElement` reads (and a cell's, by `attribute`). */
  wantsAttributes(name: string): boolean {
    return this.inSheetData
      ? name === "c" || name === "row" || name === "f"
      : name === "mergeCell" || name === "tablePart" || name === "sheetProtection";
  }

  text(t: string): void {
    if (this.capture === "f") this.formula += t;
    else if (this.capture === "t") this.inlineText += t;
    else this.value += t;
  }

  /**
   * A cell's r, t and s as its attributes arrive (a name without prefix wins over a prefixed one,
   * the first prefixed one over later ones, `xmlns:` declarations are not attributes), so that a
   * cell's open needs no search of its attributes record.
   */
  attribute(name: string, value: string): void {
    if (!this.inSheetData) return;
    const at = this.cellAttrs;
    if (name.length === 1) {
      if (name === "r") at.r = value;
      else if (name === "t") at.t = value;
      else if (name === "s") at.s = value;
      return;
    }
    const colon = name.indexOf(":");
    if (colon < 0 || colon !== name.length - 2 || name.startsWith("xmlns")) return;
    const local = name.charAt(colon + 1);
    const prefixed = this.prefixedAttrs;
    if (local === "r" && prefixed.r === undefined) prefixed.r = value;
    else if (local === "t" && prefixed.t === undefined) prefixed.t = value;
    else if (local === "s" && prefixed.s === undefined) prefixed.s = value;
    this.anyPrefixed = true;
  }

  open(name: string, attrs: Attributes, selfClosing: boolean): void {
    if (this.anyPrefixed) this.takePrefixed();
    this.openElement(name, attrs, selfClosing);
    const at = this.cellAttrs;
    at.r = at.t = at.s = undefined;
  }

  /** Prefixed r, t and s count where the plain name is absent. */
  private takePrefixed(): void {
    const at = this.cellAttrs;
    const prefixed = this.prefixedAttrs;
    at.r ??= prefixed.r;
    at.t ??= prefixed.t;
    at.s ??= prefixed.s;
    prefixed.r = prefixed.t = prefixed.s = undefined;
    this.anyPrefixed = false;
  }

  private openElement(name: string, attrs: Attributes, selfClosing: boolean): void {
    if (this.inSheetData) {
      switch (name) {
        case "row": {
          const r = Number(attribute(attrs, "r"));
          this.row = Number.isInteger(r) && r >= 1 ? r - 1 : this.row + 1;
          this.col = -1;
          if (--this.budget.rows < 0) this.budget.exceeded("rows");
          return;
        }
        case "c": {
          const ref = this.cellAttrs.r;
          if (ref !== undefined && scanRef(ref, this.at)) {
            this.row = this.at.row;
            this.col = this.at.col;
          } else {
            if (this.row < 0) this.row = 0;
            this.col += 1;
          }
          this.cellType = this.cellAttrs.t ?? "n";
          this.cellStyle = Number(this.cellAttrs.s ?? 0) || 0;
          this.value = "";
          this.formula = "";
          this.formulaAttrs = null;
          this.inlineText = "";
          this.hasValue = false;
          if (--this.budget.cells < 0) this.budget.exceeded("cells");
          if (selfClosing) this.endCell();
          return;
        }
        case "v":
          this.capture = "v";
          this.hasValue = true;
          return;
        case "f":
          this.capture = "f";
          this.formulaAttrs = attrs;
          if (selfClosing) this.capture = "";
          return;
        case "is":
          this.hasValue = true;
          return;
        case "t":
          this.capture = "t";
          return;
        case "rPh":
          this.inPhonetic = true;
          return;
        default:
          return;
      }
    }
    if (name === "sheetData") {
      this.inSheetData = !selfClosing;
    } else if (name === "mergeCell") {
      const ref = attribute(attrs, "ref");
      if (ref) {
        if (--this.budget.merges < 0) this.budget.exceeded("merges");
        this.merges.push(detached(ref.toUpperCase()));
      }
    } else if (name === "tablePart") {
      const id = attribute(attrs, "id");
      if (id) this.tableParts.push(detached(id));
    } else if (name === "sheetProtection") {
      const sheet = attribute(attrs, "sheet");
      this.protected = sheet === "1" || sheet === "true";
    }
  }

  close(name: string): void {
    if (!this.inSheetData) return;
    switch (name) {
      case "v":
      case "f":
      case "t":
        this.capture = "";
        return;
      case "rPh":
        this.inPhonetic = false;
        return;
      case "c":
        this.endCell();
        return;
      case "sheetData":
        this.inSheetData = false;
        return;
      default:
        return;
    }
  }

  private endCell(): void {
    const { row, col } = this;
    const value = this.cellValue();
    const formula = this.formulas ? this.cellFormula(row, col) : null;
    const font = this.fonts ? this.options.styles.fontName(this.cellStyle) : null;
    if (value === null && formula === null && font === null) return;
    // Blank cells between values are laid out too: far-off cells cost memory, so count them.
    const newRows = Math.max(0, row + 1 - this.laidRows);
    const line = this.values[row];
    const newCols = Math.max(0, col + 1 - (line?.length ?? 0));
    this.budget.gridCells -= this.grids * (newRows + newCols);
    if (this.budget.gridCells < 0) this.budget.exceeded("gridCells");
    this.laidRows = Math.max(this.laidRows, row + 1);
    place(this.values, row, col, value);
    if (this.formulas) place(this.formulas, row, col, formula);
    if (this.fonts) place(this.fonts, row, col, font);
  }

  private cellValue(): CellValue {
    const text = this.value;
    switch (this.cellType) {
      case "s": {
        if (!this.hasValue) return null;
        const s = this.options.strings[Number(text)];
        return s === undefined ? null : s;
      }
      case "inlineStr":
        return this.hasValue ? detached(this.inlineText || text) : null;
      case "str":
        // A formula's empty text reads as a blank cell, as it shows.
        return this.hasValue && text !== "" ? detached(text) : null;
      case "b":
        return this.hasValue ? text.trim() === "1" || text.trim().toLowerCase() === "true" : null;
      case "e":
        return this.hasValue ? { error: detached(text.trim()) } : null;
      case "d": {
        const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(text.trim());
        return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
      }
      default: {
        if (!this.hasValue || text.trim() === "") return null;
        const n = Number(text);
        if (!Number.isFinite(n)) return null;
        if (this.options.styles.isDate(this.cellStyle)) return serialToDate(n, this.options.date1904);
        return n;
      }
    }
  }

  private cellFormula(row: number, col: number): string | null {
    const attrs = this.formulaAttrs;
    if (attrs === null) return null;
    const kind = attribute(attrs, "t");
    const text = this.formula;
    if (kind === "shared") {
      const si = attribute(attrs, "si") ?? "";
      if (text.trim() !== "") {
        this.shared.set(si, { formula: text, row, col });
        return detached(displayFormula(text));
      }
      const master = this.shared.get(si);
      return master
        ? detached(displayFormula(shiftFormula(master.formula, row - master.row, col - master.col)))
        : null;
    }
    return text.trim() === "" ? null : detached(displayFormula(text));
  }

  result(): SheetCells {
    return {
      values: this.values,
      ...(this.formulas ? { formulas: this.formulas } : {}),
      ...(this.fonts ? { fonts: this.fonts } : {}),
      merges: this.merges,
      tableParts: this.tableParts,
      protected: this.protected,
    };
  }
}

function place<T>(grid: (T | null)[][], row: number, col: number, value: T | null): void {
  while (grid.length <= row) grid.push([]);
  const line = grid[row]!;
  while (line.length < col) line.push(null);
  line[col] = value;
}

/** The shared strings part: each item's text, runs joined, phonetic guides left out. */
export class SharedStringsReader implements XmlHandler {
  readonly strings: string[] = [];
  private current = "";
  private inItem = false;
  private inText = false;
  private phonetic = false;

  constructor(
    private readonly budget: { cells: number },
    private readonly exceeded: () => never,
  ) {}

  wantsText(): boolean {
    return this.inText && !this.phonetic;
  }

  text(t: string): void {
    this.current += t;
  }

  open(name: string, _attrs: Attributes, selfClosing: boolean): void {
    if (name === "si") {
      if (--this.budget.cells < 0) this.exceeded();
      this.current = "";
      this.inItem = true;
      if (selfClosing) this.endItem();
    } else if (name === "t" && this.inItem && !selfClosing) this.inText = true;
    else if (name === "rPh") this.phonetic = !selfClosing;
  }

  close(name: string): void {
    if (name === "t") this.inText = false;
    else if (name === "rPh") this.phonetic = false;
    else if (name === "si") this.endItem();
  }

  private endItem(): void {
    if (!this.inItem) return;
    this.strings.push(detached(this.current));
    this.inItem = false;
  }
}
