/**
 * The styles part: read for what the product needs (each cell format's number format and font name),
 * and extended for what it writes. New fonts, fills, borders, number formats and cell formats are
 * appended to their lists; what the part already holds keeps its index and its bytes, so every cell
 * of every sheet the product does not own keeps its look.
 */
import type { CellStyle } from "../../workbook/port";
import { escapeXml, readXml, attribute, type XmlHandler } from "./xml";

/** Built-in number formats the product writes by code (ECMA-376 Part 1, 18.8.30). */
const BUILTIN_CODES: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "@": 49,
};

/** Built-in date and time formats (ids 14–22, 27–36, 45–47, 50–58, locale-dependent ones included). */
function isBuiltinDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** True when a format code shows a date or a time (its d, m, y, h, s outside quotes and brackets). */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .split(";")[0]!
    .replace(/"[^"]*"/gu, "")
    .replace(/\\./gu, "")
    .replace(/_./gu, "")
    .replace(/\*./gu, "")
    .replace(/\[(?!h\]|m\]|s\]|hh\]|mm\]|ss\])[^\]]*\]/giu, "");
  return /[dmyhs]/iu.test(bare) && !/^general$/iu.test(bare.trim());
}

interface CellFormat {
  readonly numFmtId: number;
  readonly fontId: number;
}

/** What reading needs from the styles part. */
export class StyleIndex {
  constructor(
    private readonly formats: readonly CellFormat[],
    private readonly fontNames: readonly (string | null)[],
    private readonly codes: ReadonlyMap<number, string>,
  ) {}

  static empty(): StyleIndex {
    return new StyleIndex([], [], new Map());
  }

  static parse(bytes: Uint8Array): StyleIndex {
    return readXml(bytes, () => {
      const formats: CellFormat[] = [];
      const fonts: (string | null)[] = [];
      const codes = new Map<number, string>();
      let section = "";
      let inFont = false;
      const handler: XmlHandler = {
        open(name, attrs, selfClosing) {
          if (
            name === "numFmts" ||
            name === "fonts" ||
            name === "cellXfs" ||
            name === "cellStyleXfs" ||
            name === "dxfs"
          ) {
            if (!selfClosing) section = name;
          } else if (name === "numFmt" && section === "numFmts") {
            const id = Number(attribute(attrs, "numFmtId"));
            const code = attribute(attrs, "formatCode");
            if (Number.isInteger(id) && code !== undefined) codes.set(id, code);
          } else if (name === "font" && section === "fonts") {
            fonts.push(null);
            inFont = !selfClosing;
          } else if (name === "name" && inFont) {
            fonts[fonts.length - 1] = attribute(attrs, "val") ?? null;
          } else if (name === "xf" && section === "cellXfs") {
            formats.push({
              numFmtId: Number(attribute(attrs, "numFmtId") ?? 0) || 0,
              fontId: Number(attribute(attrs, "fontId") ?? 0) || 0,
            });
          }
        },
        close(name) {
          if (name === section) section = "";
          if (name === "font") inFont = false;
        },
      };
      return { handler, done: () => new StyleIndex(formats, fonts, codes) };
    });
  }

  /** True when cells of format `s` show a date. */
  isDate(s: number): boolean {
    const id = this.formats[s]?.numFmtId ?? 0;
    if (isBuiltinDate(id)) return true;
    const code = this.codes.get(id);
    return code !== undefined && isDateFormatCode(code);
  }

  fontName(s: number): string | null {
    const font = this.formats[s]?.fontId ?? 0;
    return this.fontNames[font] ?? null;
  }
}

// ── Writing ───────────────────────────────────────────────────────────────────

/** A list inside the styles part ("<fonts count=…>…</fonts>"): its children, as they were. */
interface StyleList {
  readonly tag: string;
  readonly items: string[];
  readonly original: number;
}

const LISTS = ["numFmts", "fonts", "fills", "borders", "cellXfs"] as const;
type ListName = (typeof LISTS)[number];
const CHILD: Readonly<Record<ListName, string>> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
};

/** Where a list goes when the part lacks it (the schema's order of CT_Stylesheet). */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"];

export const DEFAULT_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  "</styleSheet>";

/** The style of a cell the product writes. */
export interface WrittenStyle extends CellStyle {
  /** False for a cell left editable on a protected sheet. */
  readonly locked?: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** The styles part being extended. */
export class StyleBook {
  private readonly prefix: string;
  private readonly lists = new Map<ListName, StyleList>();
  private readonly known = new Map<string, number>();
  private changed = false;
  private changes = 0;
  private readonly defaultFont: { name: string; size: number };

  constructor(private readonly text: string) {
    const root = /<([A-Za-z_][\w.-]*:)?styleSheet\b/u.exec(text);
    this.prefix = root?.[1] ?? "";
    for (const list of LISTS) this.lists.set(list, this.readList(list));
    const font0 = this.lists.get("fonts")?.items[0] ?? "";
    const p = escapeRegExp(this.prefix);
    this.defaultFont = {
      name: new RegExp(`<${p}name\\b[^>]*\\bval="([^"]*)"`, "u").exec(font0)?.[1] ?? "Calibri",
      size: Number(new RegExp(`<${p}sz\\b[^>]*\\bval="([^"]*)"`, "u").exec(font0)?.[1] ?? 11) || 11,
    };
    const fills = this.lists.get("fills");
    // Fills 0 and 1 are reserved (none, gray125): a part without them gets them, so ours come after.
    if (fills && fills.items.length < 2) {
      while (fills.items.length < 2)
        fills.items.push(
          `<${this.prefix}fill><${this.prefix}patternFill patternType="${fills.items.length === 0 ? "none" : "gray125"}"/></${this.prefix}fill>`,
        );
      this.touch();
    }
    for (const name of ["fonts", "borders", "cellXfs"] as const) {
      const list = this.lists.get(name);
      if (list && list.items.length === 0) {
        list.items.push(
          name === "fonts"
            ? `<${this.prefix}font><${this.prefix}sz val="11"/><${this.prefix}name val="Calibri"/></${this.prefix}font>`
            : name === "borders"
              ? `<${this.prefix}border><${this.prefix}left/><${this.prefix}right/><${this.prefix}top/><${this.prefix}bottom/><${this.prefix}diagonal/></${this.prefix}border>`
              : `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`,
        );
        this.touch();
      }
    }
  }

  private listPattern(list: string): RegExp {
    const p = escapeRegExp(this.prefix);
    return new RegExp(`<${p}${list}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}${list}>)`, "u");
  }

  private readList(list: ListName): StyleList {
    const m = this.listPattern(list).exec(this.text);
    const items: string[] = [];
    if (m?.[2]) {
      const p = escapeRegExp(this.prefix);
      const child = CHILD[list];
      const pattern = new RegExp(`<${p}${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${child}>)`, "gu");
      for (const item of m[2].matchAll(pattern)) items.push(item[0]);
    }
    return { tag: list, items, original: items.length };
  }

  get dirty(): boolean {
    return this.changed;
  }

  /** Grows with every change, so a reader of the styles can tell its copy is out of date. */
  get version(): number {
    return this.changes;
  }

  private touch(): void {
    this.changed = true;
    this.changes++;
  }

  /** True when a list gained an item since the part was read. */
  changedLists(): boolean {
    for (const list of this.lists.values()) if (list.items.length !== list.original) return true;
    return false;
  }

  private add(list: ListName, xml: string): number {
    const key = `${list}\u0000${xml}`;
    const known = this.known.get(key);
    if (known !== undefined) return known;
    const items = this.lists.get(list)?.items;
    if (!items) return 0;
    const found = items.indexOf(xml);
    if (found >= 0) {
      this.known.set(key, found);
      return found;
    }
    items.push(xml);
    this.touch();
    this.known.set(key, items.length - 1);
    return items.length - 1;
  }

  /** The id of a number format code: a built-in one, else one of the part's, else a new one. */
  numberFormat(code: string): number {
    const builtin = BUILTIN_CODES[code];
    if (builtin !== undefined) return builtin;
    const list = this.lists.get("numFmts");
    const escaped = escapeXml(code);
    let highest = 163;
    for (const item of list?.items ?? []) {
      const id = Number(/\bnumFmtId="(\d+)"/u.exec(item)?.[1] ?? 0);
      highest = Math.max(highest, id);
      if (item.includes(`formatCode="${escaped}"`)) return id;
    }
    list?.items.push(`<${this.prefix}numFmt numFmtId="${highest + 1}" formatCode="${escaped}"/>`);
    this.touch();
    return highest + 1;
  }

  /** The cell format index of a written style. */
  cellFormat(style: WrittenStyle): number {
    const p = this.prefix;
    const size = style.fontSize ?? this.defaultFont.size;
    const name = style.fontName ?? this.defaultFont.name;
    const font =
      `<${p}font>${style.bold ? `<${p}b/>` : ""}${style.italic ? `<${p}i/>` : ""}${style.underline ? `<${p}u/>` : ""}` +
      `<${p}sz val="${size}"/><${p}color rgb="FF${style.color ?? "000000"}"/><${p}name val="${escapeXml(name)}"/></${p}font>`;
    const fontId = this.add("fonts", font);
    const fillId = style.fill
      ? this.add(
          "fills",
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${style.fill}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
        )
      : 0;
    const thin = (side: string): string =>
      `<${p}${side} style="thin"><${p}color rgb="FF000000"/></${p}${side}>`;
    const borderId = style.border
      ? this.add(
          "borders",
          `<${p}border>${thin("left")}${thin("right")}${thin("top")}${thin("bottom")}<${p}diagonal/></${p}border>`,
        )
      : style.bottomBorder
        ? this.add(
            "borders",
            `<${p}border><${p}left/><${p}right/><${p}top/>${thin("bottom")}<${p}diagonal/></${p}border>`,
          )
        : 0;
    const numFmtId = style.numberFormat ? this.numberFormat(style.numberFormat) : 0;
    const vertical = style.vertical === "middle" ? "center" : style.vertical;
    const alignment =
      style.horizontal || vertical || style.wrap
        ? `<${p}alignment${style.horizontal ? ` horizontal="${style.horizontal}"` : ""}${vertical ? ` vertical="${vertical}"` : ""}${style.wrap ? ' wrapText="1"' : ""}/>`
        : "";
    const protection = style.locked === false ? `<${p}protection locked="0"/>` : "";
    const attrs =
      `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ""} applyFont="1"${fillId ? ' applyFill="1"' : ""}${borderId ? ' applyBorder="1"' : ""}` +
      `${alignment ? ' applyAlignment="1"' : ""}${protection ? ' applyProtection="1"' : ""}`;
    const xf =
      alignment || protection ? `<${p}xf ${attrs}>${alignment}${protection}</${p}xf>` : `<${p}xf ${attrs}/>`;
    return this.add("cellXfs", xf);
  }

  /** A copy of cell format `s` with another number format (a date written into a user's cell). */
  withNumberFormat(s: number, code: string): number {
    const base = this.baseFormat(s);
    const id = this.numberFormat(code);
    let xf = setAttribute(base, "numFmtId", String(id));
    xf = setAttribute(xf, "applyNumberFormat", "1");
    return this.add("cellXfs", xf);
  }

  /** A copy of cell format `s` whose font has another name (the legacy-text conversion). */
  withFontName(s: number, fontName: string): number {
    const base = this.baseFormat(s);
    const p = escapeRegExp(this.prefix);
    const fontId = Number(/\bfontId="(\d+)"/u.exec(base)?.[1] ?? 0);
    const fonts = this.lists.get("fonts")?.items ?? [];
    const font = fonts[fontId] ?? fonts[0] ?? `<${this.prefix}font></${this.prefix}font>`;
    const nameTag = new RegExp(`<${p}name\\b[^>]*/>`, "u");
    const named = `<${this.prefix}name val="${escapeXml(fontName)}"/>`;
    let next: string;
    if (nameTag.test(font)) next = font.replace(nameTag, named);
    else if (font.endsWith("/>")) next = font.replace(/\/>$/u, `>${named}</${this.prefix}font>`);
    else next = font.replace(new RegExp(`</${p}font>$`, "u"), `${named}</${this.prefix}font>`);
    // A font scheme ties the font to the theme's: dropped, or Excel shows the theme's font instead.
    next = next.replace(new RegExp(`<${p}scheme\\b[^>]*/>`, "u"), "");
    const newFont = this.add("fonts", next);
    let xf = setAttribute(base, "fontId", String(newFont));
    xf = setAttribute(xf, "applyFont", "1");
    return this.add("cellXfs", xf);
  }

  /** A copy of cell format `s` that is not locked (a cell left editable on a protected sheet). */
  unlocked(s: number): number {
    const base = this.baseFormat(s);
    const p = this.prefix;
    const protection = `<${p}protection locked="0"/>`;
    let xf = setAttribute(base, "applyProtection", "1");
    const existing = new RegExp(`<${escapeRegExp(p)}protection\\b[^>]*/>`, "u");
    if (existing.test(xf)) xf = xf.replace(existing, protection);
    else if (xf.endsWith("/>")) xf = xf.replace(/\/>$/u, `>${protection}</${p}xf>`);
    else xf = xf.replace(new RegExp(`</${escapeRegExp(p)}xf>$`, "u"), `${protection}</${p}xf>`);
    return this.add("cellXfs", xf);
  }

  /** Whether cell format `s` is locked on a protected sheet (ECMA-376 Part 1, 18.8.33: locked by default). */
  isLocked(s: number): boolean {
    const element = new RegExp(`<${escapeRegExp(this.prefix)}protection\\b([^>]*?)/>`, "u").exec(
      this.baseFormat(s),
    );
    return !element || !/\slocked="(?:0|false)"/u.test(element[1] ?? "");
  }

  /**
   * Cell format `s` locked or not on a protected sheet: `s` itself where it already is (a format
   * without a protection element is locked, ECMA-376 Part 1, 18.8.33 locked defaults to true), else
   * a copy with the protection element set.
   */
  withLocked(s: number, locked: boolean): number {
    const base = this.baseFormat(s);
    const p = escapeRegExp(this.prefix);
    const element = new RegExp(`<${p}protection\\b([^>]*?)/>`, "u").exec(base);
    const isLocked = !element || !/\slocked="(?:0|false)"/u.test(element[1] ?? "");
    if (isLocked === locked) return s;
    if (!locked) return this.unlocked(s);
    const attrs = (element?.[1] ?? "").replace(/\slocked="[^"]*"/u, "");
    const xf = base.replace(element?.[0] ?? "", `<${this.prefix}protection locked="1"${attrs}/>`);
    return this.add("cellXfs", setAttribute(xf, "applyProtection", "1"));
  }

  private baseFormat(s: number): string {
    const items = this.lists.get("cellXfs")?.items ?? [];
    return (
      items[s] ?? items[0] ?? `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`
    );
  }

  /** The part with the lists as they are now. */
  toXml(): string {
    let text = this.text;
    for (const name of LISTS) {
      const list = this.lists.get(name);
      if (!list) continue;
      const p = this.prefix;
      const xml = `<${p}${name} count="${list.items.length}">${list.items.join("")}</${p}${name}>`;
      const pattern = this.listPattern(name);
      if (pattern.test(text)) {
        if (list.items.length === list.original) continue;
        text = text.replace(pattern, () => xml);
      } else if (list.items.length > 0) {
        text = insertInOrder(text, p, name, xml);
      }
    }
    return text;
  }
}

/** Sets an attribute on the first tag of `xml`. */
export function setAttribute(xml: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${escapeRegExp(name)}=)"[^"]*"`, "u");
  const head = /^<[^>]*?(?=\/?>)/u.exec(xml)?.[0] ?? "";
  if (pattern.test(head)) return xml.replace(head, head.replace(pattern, `$1"${value}"`));
  return xml.replace(head, `${head} ${name}="${value}"`);
}

function insertInOrder(text: string, prefix: string, name: string, xml: string): string {
  const after = ORDER.slice(ORDER.indexOf(name) + 1);
  for (const next of after) {
    const at = text.search(new RegExp(`<${escapeRegExp(prefix)}${next}\\b`, "u"));
    if (at >= 0) return text.slice(0, at) + xml + text.slice(at);
  }
  const root = new RegExp(`(<${escapeRegExp(prefix)}styleSheet\\b[^>]*>)`, "u");
  return text.replace(root, (m) => `${m}${xml}`);
}
