/**
 * Over 500 lines on purpose: one adapter for one port; the zip, XML, styles and sheet parts have
 * their own modules beside it, what remains is the port's methods and the bookkeeping they share.
 *
 * The workbook port over an .xlsx package, for the `thidua` command (Node) and the pane in a plain
 * browser (lazy-loaded). The package is a zip of XML parts, and this adapter owns only its parts: the
 * sheets it generates, its marker, the cells it writes, and the entries these need in the workbook
 * part, relationships, content types, styles and defined names. Every other entry of the zip is
 * copied as it was, compressed bytes included. Reading streams only the parts asked for.
 */
import type { CellValue } from "../../core/model";
import { normalizeKey } from "../../core/text/normalize";
import { cellAddress, parseCellAddress, parseRange } from "../../workbook/grid/address";
import { WorkbookError } from "../../workbook/errors";
import type {
  CellEdit,
  CellUpdate,
  ProtectableWorkbookPort,
  ProtectionChange,
  ReadOptions,
  SheetInfo,
  SheetSnapshot,
  SheetWrite,
} from "../../workbook/port";
import { wantsFonts } from "../../workbook/port";
import {
  findSheet,
  generatedNamesFromMarker,
  MARKER_SHEET,
  markerSheetCells,
} from "../../workbook/sheet-names";
import { planSheetWrites, TEMP_SHEET_PREFIX } from "../../workbook/sheet-plan";
import { patchSheetXml, type CellPatch, type PatchGrid } from "./cell-patch";
import {
  checkXlsxBytes,
  DEFAULT_XLSX_LIMITS,
  megabytes,
  PackageError,
  type XlsxLimits,
  type ZipEntry,
} from "./guard";
import {
  CONTENT,
  CONTENT_TYPES_PART,
  contentTypesXml,
  isType,
  parseContentTypes,
  parseRelationships,
  parseWorkbook,
  relationshipsXml,
  relativeTarget,
  relsPartOf,
  resolveTarget,
  TYPES,
  type ContentTypes,
  type Relationship,
  type SheetEntry,
} from "./package";
import { detached, SharedStringsReader, SheetReader, type ReadBudget, type SheetCells } from "./sheet-read";
import { buildSheet, markerXml, tableXml, XML_HEAD } from "./sheet-write";
import { DEFAULT_STYLES, StyleBook, StyleIndex } from "./styles";
import {
  type DeflateRaw,
  EntryFault,
  inflateEntry,
  type InflateCounter,
  type InflateRaw,
  writeZip,
  type OutEntry,
} from "./zip";
import { scanXml } from "./scan";
import { XmlFault, XmlStream, decodeXml, escapeXml, readXml, type XmlHandler } from "./xml";

const encoder = new TextEncoder();
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Work done, for tests that count it (bytes inflated, parts parsed). */
export interface PackageWork {
  inflatedBytes: number;
  partsParsed: number;
}

/**
 * What the platform does faster than the package's own JavaScript: Node's zlib in the command
 * (cli/files.ts). The browser gives nothing and fflate does the work.
 */
export interface XlsxPlatform {
  readonly inflateRaw?: InflateRaw;
  readonly deflateRaw?: DeflateRaw;
}

/** A zip entry: the original (copied as it was) or content the product wrote. */
interface Part {
  name: string;
  entry?: ZipEntry;
  data?: Uint8Array;
}

function keyOf(name: string): string {
  return normalizeKey(name);
}

function decodeText(bytes: Uint8Array): string {
  const [a, b] = [bytes[0], bytes[1]];
  const encoding =
    (a === 0xff && b === 0xfe) || (a === 0x3c && b === 0x00)
      ? "utf-16le"
      : (a === 0xfe && b === 0xff) || (a === 0x00 && b === 0x3c)
        ? "utf-16be"
        : "utf-8";
  const text = new TextDecoder(encoding).decode(bytes);
  // Written back as UTF-8: the declaration says so.
  return encoding === "utf-8" ? text : text.replace(/(<\?xml[^>]*encoding=["'])[^"']*(["'])/u, "$1UTF-8$2");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

export class XlsxWorkbook implements ProtectableWorkbookPort {
  /** Parts by lower-case name (OPC part names compare without regard to case). */
  private readonly parts = new Map<string, Part>();
  private readonly order: string[] = [];
  private contentTypes: ContentTypes;
  private readonly workbookPart: string;
  private workbookRels: Relationship[];
  private sheets: SheetEntry[];
  private readonly date1904: boolean;
  private generated: Set<string>;
  private strings: string[] | null = null;
  private styleIndex: StyleIndex | null = null;
  private styleBook: StyleBook | null = null;
  /** The book's version the index was read from; -1: read from the part. */
  private styleIndexVersion = -1;
  private structureChanged = false;
  private properties: { title?: string; description?: string; created?: Date; modified?: Date } = {};
  /** Defined names the product writes for its sheets, by sheet key. */
  private readonly sheetNames = new Map<string, { name: string; formula: string }[]>();
  /** Sheets whose old defined names (print settings) go. */
  private readonly replacedSheets = new Set<SheetEntry>();
  readonly work: PackageWork = { inflatedBytes: 0, partsParsed: 0 };
  /**
   * Sheets read, by part: a later read of an unchanged part (tong-hop reads for the summary, then for
   * the recommendation) takes them from here instead of inflating and parsing the part again.
   * Writing a part forgets it.
   */
  private readonly readCache = new Map<
    string,
    { options: { formulas: boolean; fonts: boolean }; cells: SheetCells }
  >();

  /** The platform's zip codec where it gave one (fromBuffer, empty); fflate's otherwise. */
  private platform: XlsxPlatform = {};

  private constructor(
    private readonly source: Uint8Array,
    entries: readonly ZipEntry[],
    newParts: ReadonlyMap<string, Uint8Array>,
    private readonly limits: XlsxLimits,
  ) {
    for (const entry of entries) this.addPart({ name: entry.name.replace(/\\/gu, "/"), entry });
    for (const [name, data] of newParts) this.addPart({ name, data });
    const types = this.bytesOf(CONTENT_TYPES_PART);
    if (!types) throw new PackageError({ kind: "not-a-workbook" });
    this.contentTypes = this.parsePart(CONTENT_TYPES_PART, () => parseContentTypes(types));
    this.workbookPart = this.findWorkbookPart();
    const relsBytes = this.bytesOf(relsPartOf(this.workbookPart));
    this.workbookRels = relsBytes
      ? this.parsePart(relsPartOf(this.workbookPart), () => parseRelationships(relsBytes))
      : [];
    const workbookBytes = this.bytesOf(this.workbookPart);
    if (!workbookBytes) throw new PackageError({ kind: "not-a-workbook" });
    const info = this.parsePart(this.workbookPart, () =>
      parseWorkbook(workbookBytes, (count) => {
        if (count > limits.maxSheets)
          throw new PackageError({ kind: "too-many", what: "sheets", limit: limits.maxSheets });
      }),
    );
    if (info.definedNames > limits.maxNames)
      throw new PackageError({ kind: "too-many", what: "entries", limit: limits.maxNames });
    this.date1904 = info.date1904;
    const byId = new Map(this.workbookRels.map((r) => [r.id, r]));
    this.sheets = info.sheets.map((sheet) => {
      const rel = byId.get(sheet.relId);
      const part =
        rel && !rel.external && isType(rel.type, TYPES.worksheet)
          ? this.partName(resolveTarget(this.workbookPart, rel.target))
          : null;
      return { ...sheet, part };
    });
    const marker = this.sheets.find((s) => s.name === MARKER_SHEET);
    this.generated = new Set(
      marker
        ? generatedNamesFromMarker(
            this.readCells(marker, { formulas: false, fonts: false }, this.budget()).values,
          ).map(keyOf)
        : [],
    );
  }

  /** A new, empty workbook (no sheets yet), from the same writer as every other. */
  static empty(platform: XlsxPlatform = {}): XlsxWorkbook {
    const parts = new Map<string, Uint8Array>([
      [
        CONTENT_TYPES_PART,
        encoder.encode(
          contentTypesXml({
            defaults: new Map([
              ["rels", CONTENT.rels],
              ["xml", "application/xml"],
            ]),
            overrides: new Map([
              ["xl/workbook.xml", CONTENT.workbook],
              ["xl/styles.xml", CONTENT.styles],
              ["docProps/core.xml", CONTENT.core],
              ["docProps/app.xml", CONTENT.app],
            ]),
          }),
        ),
      ],
      [
        "_rels/.rels",
        encoder.encode(
          relationshipsXml([
            { id: "rId1", type: TYPES.officeDocument, target: "xl/workbook.xml", external: false },
            { id: "rId2", type: TYPES.coreProperties, target: "docProps/core.xml", external: false },
            { id: "rId3", type: TYPES.extendedProperties, target: "docProps/app.xml", external: false },
          ]),
        ),
      ],
      [
        "xl/workbook.xml",
        encoder.encode(
          `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
            '<workbookPr/><bookViews><workbookView/></bookViews><sheets/><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>',
        ),
      ],
      [
        "xl/_rels/workbook.xml.rels",
        encoder.encode(
          relationshipsXml([{ id: "rId1", type: TYPES.styles, target: "styles.xml", external: false }]),
        ),
      ],
      ["xl/styles.xml", encoder.encode(DEFAULT_STYLES)],
      [
        "docProps/app.xml",
        encoder.encode(
          `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Thi Đua</Application></Properties>`,
        ),
      ],
    ]);
    const workbook = new XlsxWorkbook(new Uint8Array(0), [], parts, DEFAULT_XLSX_LIMITS);
    workbook.platform = platform;
    workbook.properties = { created: new Date(), modified: new Date() };
    return workbook;
  }

  /**
   * Opens an .xlsx file's bytes. Refuses with a PackageError (a WorkbookError with a code, a
   * Vietnamese sentence and a typed fault) what is not an .xlsx, is encrypted, truncated, corrupt or
   * past `limits`.
   */
  static fromBuffer(
    data: ArrayBuffer | Uint8Array,
    limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
    platform: XlsxPlatform = {},
  ): Promise<XlsxWorkbook> {
    try {
      const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
      const entries = checkXlsxBytes(bytes, limits);
      const workbook = new XlsxWorkbook(bytes, entries, new Map(), limits);
      workbook.platform = platform;
      return Promise.resolve(workbook);
    } catch (error) {
      return Promise.reject(asPackageError(error, limits));
    }
  }

  /**
   * True when the workbook part's content type is the macro-enabled one
   * (`application/vnd.ms-excel.sheet.macroEnabled.main+xml`, an .xlsm): its macro project is copied
   * as it is, and the file must keep the .xlsm extension.
   */
  get macroEnabled(): boolean {
    const type =
      [...this.contentTypes.overrides].find(
        ([part]) => part.toLowerCase() === this.workbookPart.toLowerCase(),
      )?.[1] ?? "";
    return /macroEnabled/iu.test(type);
  }

  /** Document properties (File › Info in Excel); fixed dates keep generated files stable. */
  setProperties(properties: { title?: string; description?: string; created?: Date; modified?: Date }): void {
    this.properties = { ...this.properties, ...properties };
    this.structureChanged = true;
  }

  // ── Parts ───────────────────────────────────────────────────────────────────

  private addPart(part: Part): void {
    const key = part.name.toLowerCase();
    if (!this.parts.has(key)) this.order.push(key);
    this.parts.set(key, part);
  }

  private setPart(name: string, data: string | Uint8Array): void {
    this.readCache.delete(name.toLowerCase());
    this.tableCache.delete(name.toLowerCase());
    const existing = this.parts.get(name.toLowerCase());
    const bytes = typeof data === "string" ? encoder.encode(data) : data;
    if (existing) this.parts.set(name.toLowerCase(), { name: existing.name, data: bytes });
    else this.addPart({ name, data: bytes });
  }

  private removePart(name: string): void {
    const key = name.toLowerCase();
    this.readCache.delete(key);
    this.tableCache.delete(key);
    if (!this.parts.delete(key)) return;
    this.order.splice(this.order.indexOf(key), 1);
    this.contentTypes.overrides.forEach((_, part) => {
      if (part.toLowerCase() === key) this.contentTypes.overrides.delete(part);
    });
  }

  /** The part's name as the zip spells it, or the name given when there is none. */
  private partName(name: string): string {
    return this.parts.get(name.toLowerCase())?.name ?? name;
  }

  private has(name: string): boolean {
    return this.parts.has(name.toLowerCase());
  }

  /** Streams a part's bytes to `onChunk`; false when there is no such part. */
  private stream(name: string, onChunk: (chunk: Uint8Array) => void): boolean {
    const part = this.parts.get(name.toLowerCase());
    if (!part) return false;
    if (part.data) {
      onChunk(part.data);
      return true;
    }
    if (!part.entry) return false;
    const counter: InflateCounter = {
      inflatedBytes: this.work.inflatedBytes,
      maxInflatedBytes: Number.MAX_SAFE_INTEGER,
    };
    try {
      inflateEntry(this.source, part.entry, counter, onChunk, this.platform.inflateRaw);
    } finally {
      this.work.inflatedBytes = counter.inflatedBytes;
    }
    return true;
  }

  private bytesOf(name: string): Uint8Array | null {
    const part = this.parts.get(name.toLowerCase());
    if (!part) return null;
    if (part.data) return part.data;
    // The chunks are the inflater's own (or views of the unchanging source), so they are kept as
    // they come; a part that came in one chunk is that chunk.
    const chunks: Uint8Array[] = [];
    let total = 0;
    this.stream(name, (c) => {
      chunks.push(c);
      total += c.length;
    });
    if (chunks.length === 1) return chunks[0]!;
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  private parsePart<T>(name: string, parse: () => T): T {
    this.work.partsParsed += 1;
    try {
      return parse();
    } catch (error) {
      throw asPackageError(error, this.limits, name);
    }
  }

  private findWorkbookPart(): string {
    const root = this.bytesOf("_rels/.rels");
    if (root) {
      const rels = this.parsePart("_rels/.rels", () => parseRelationships(root));
      const office = rels.find((r) => isType(r.type, TYPES.officeDocument) && !r.external);
      if (office) {
        const part = resolveTarget("", office.target);
        if (this.has(part)) return this.partName(part);
      }
    }
    for (const [part, type] of this.contentTypes.overrides) {
      if (
        /spreadsheetml\.(sheet|template)\.main\+xml$|ms-excel\.(sheet|template)\.macroEnabled\.main\+xml$/iu.test(
          type,
        ) &&
        this.has(part)
      )
        return this.partName(part);
    }
    if (this.has("xl/workbook.xml")) return this.partName("xl/workbook.xml");
    throw new PackageError({ kind: "not-a-workbook" });
  }

  private budget(): ReadBudget {
    const limits = this.limits;
    return {
      rows: limits.maxRows,
      cells: limits.maxCells,
      gridCells: limits.maxGridCells,
      merges: limits.maxMerges,
      exceeded: (what) => {
        const fault =
          what === "rows"
            ? { kind: "too-many" as const, what: "rows" as const, limit: limits.maxRows }
            : what === "merges"
              ? { kind: "too-many" as const, what: "merges" as const, limit: limits.maxMerges }
              : {
                  kind: "too-many" as const,
                  what: "cells" as const,
                  limit: what === "cells" ? limits.maxCells : limits.maxGridCells,
                };
        throw new PackageError(fault);
      },
    };
  }

  private relTarget(type: string): string | null {
    const rel = this.workbookRels.find((r) => isType(r.type, type) && !r.external);
    return rel ? this.partName(resolveTarget(this.workbookPart, rel.target)) : null;
  }

  private sharedStrings(budget: ReadBudget): string[] {
    if (this.strings) return this.strings;
    const part = this.relTarget(TYPES.sharedStrings);
    const before = budget.cells;
    this.strings = part
      ? this.parsePart(part, () => {
          const bytes = this.bytesOf(part);
          if (!bytes) return [];
          return readXml(bytes, () => {
            // A second pass (saxes, after the scanner gave up) counts from where the first began.
            budget.cells = before;
            const reader = new SharedStringsReader(budget, () => budget.exceeded("cells"));
            return { handler: reader, done: () => reader.strings };
          });
        })
      : [];
    return this.strings;
  }

  private styles(): StyleIndex {
    const book = this.styleBook;
    if (book?.dirty) {
      // Formats this session's writes added (a date column's) are not in the part until it is saved:
      // read them from the book, or a date just written reads back as a bare number.
      if (this.styleIndexVersion !== book.version) {
        this.styleIndex = StyleIndex.parse(encoder.encode(book.toXml()));
        this.styleIndexVersion = book.version;
      }
      return this.styleIndex!;
    }
    if (this.styleIndex) return this.styleIndex;
    const part = this.relTarget(TYPES.styles);
    const bytes = part ? this.bytesOf(part) : null;
    this.styleIndex = bytes ? this.parsePart(part ?? "", () => StyleIndex.parse(bytes)) : StyleIndex.empty();
    return this.styleIndex;
  }

  private book(): StyleBook {
    if (this.styleBook) return this.styleBook;
    let part = this.relTarget(TYPES.styles);
    if (!part) {
      part = resolveTarget(this.workbookPart, "styles.xml");
      this.workbookRels.push({
        id: this.freeRelId(),
        type: TYPES.styles,
        target: relativeTarget(this.workbookPart, part),
        external: false,
      });
      this.contentTypes.overrides.set(part, CONTENT.styles);
      this.setPart(part, DEFAULT_STYLES);
      this.structureChanged = true;
    }
    const bytes = this.bytesOf(part);
    this.styleBook = new StyleBook(bytes ? decodeText(bytes) : DEFAULT_STYLES);
    return this.styleBook;
  }

  private freeRelId(rels: readonly Relationship[] = this.workbookRels): string {
    const used = new Set(rels.map((r) => r.id));
    let n = rels.length + 1;
    while (used.has(`rId${n}`)) n++;
    return `rId${n}`;
  }

  // ── Reading ─────────────────────────────────────────────────────────────────

  private userSheets(): SheetEntry[] {
    return this.sheets.filter((s) => s.name !== MARKER_SHEET && !s.name.startsWith(TEMP_SHEET_PREFIX));
  }

  listSheets(): Promise<readonly SheetInfo[]> {
    return Promise.resolve(
      this.userSheets().map((s) => ({
        name: s.name,
        visible: s.state === "visible",
        generated: this.generated.has(keyOf(s.name)),
      })),
    );
  }

  private readCells(
    sheet: SheetEntry,
    options: { formulas: boolean; fonts: boolean },
    budget: ReadBudget,
  ): SheetCells {
    const key = sheet.part?.toLowerCase();
    const cached = key === undefined ? undefined : this.readCache.get(key);
    if (
      cached &&
      (cached.options.formulas || !options.formulas) &&
      (cached.options.fonts || !options.fonts)
    ) {
      const { formulas, fonts, ...rest } = cached.cells;
      return {
        ...rest,
        ...(options.formulas && formulas ? { formulas } : {}),
        ...(options.fonts && fonts ? { fonts } : {}),
      };
    }
    const cells = this.parseCells(sheet, options, budget);
    if (key !== undefined) this.readCache.set(key, { options, cells });
    return cells;
  }

  private parseCells(
    sheet: SheetEntry,
    options: { formulas: boolean; fonts: boolean },
    budget: ReadBudget,
  ): SheetCells {
    const readOptions = {
      strings: this.sharedStrings(budget),
      styles: this.styles(),
      date1904: this.date1904,
      formulas: options.formulas,
      fonts: options.fonts,
    };
    let reader = new SheetReader(readOptions, budget);
    const part = sheet.part;
    if (part) {
      this.parsePart(part, () => {
        const bytes = this.bytesOf(part);
        // Our scanner first (scan.ts); on anything it does not know, saxes reads the part again
        // from a fresh reader and the counts the scanner spent, as if the scanner had not run.
        const spent = {
          rows: budget.rows,
          cells: budget.cells,
          gridCells: budget.gridCells,
          merges: budget.merges,
        };
        if (bytes && scanXml(decodeXml(bytes), reader)) return;
        Object.assign(budget, spent);
        reader = new SheetReader(readOptions, budget);
        const xml = new XmlStream(reader);
        if (bytes) xml.write(bytes);
        xml.end();
      });
    }
    return reader.result();
  }

  private readonly tableCache = new Map<string, { name: string; range: string }[]>();

  /** The sheet's tables, read once per part (the part's cache entry goes when it is written). */
  private tablesOfCached(sheet: SheetEntry, ids: readonly string[]): { name: string; range: string }[] {
    const key = sheet.part?.toLowerCase();
    if (key === undefined) return this.tablesOf(sheet, ids);
    const cached = this.tableCache.get(key);
    if (cached && this.readCache.has(key)) return cached;
    const tables = this.tablesOf(sheet, ids);
    this.tableCache.set(key, tables);
    return tables;
  }

  private tablesOf(sheet: SheetEntry, ids: readonly string[]): { name: string; range: string }[] {
    if (ids.length === 0 || !sheet.part) return [];
    const relsPart = relsPartOf(sheet.part);
    const relsBytes = this.bytesOf(relsPart);
    if (!relsBytes) return [];
    const rels = this.parsePart(relsPart, () => parseRelationships(relsBytes));
    const out: { name: string; range: string }[] = [];
    for (const id of ids.slice(0, this.limits.maxNames)) {
      const rel = rels.find((r) => r.id === id);
      if (!rel || rel.external) continue;
      const part = resolveTarget(sheet.part, rel.target);
      const bytes = this.bytesOf(part);
      if (!bytes) continue;
      const table = this.parsePart(part, () =>
        readXml(bytes, () => {
          let found: { name: string; range: string } | null = null;
          const handler: XmlHandler = {
            open(name, attrs) {
              if (name === "table" && found === null)
                found = {
                  name: detached(attrs.displayName ?? attrs.name ?? ""),
                  range: detached((attrs.ref ?? "").toUpperCase()),
                };
            },
          };
          return { handler, done: () => found };
        }),
      );
      if (table && table.range !== "") out.push(table);
    }
    return out;
  }

  readSheets(names: readonly string[], options: ReadOptions = {}): Promise<readonly SheetSnapshot[]> {
    try {
      const byKey = new Map<string, SheetEntry>();
      for (const s of this.userSheets()) if (!byKey.has(keyOf(s.name))) byKey.set(keyOf(s.name), s);
      const budget = this.budget();
      const out: SheetSnapshot[] = [];
      for (const name of names) {
        const sheet = byKey.get(keyOf(name));
        if (!sheet || out.some((s) => s.name === sheet.name)) continue;
        const cells = this.readCells(
          sheet,
          { formulas: options.formulas === true, fonts: wantsFonts(options, sheet.name) },
          budget,
        );
        out.push({
          name: sheet.name,
          visible: sheet.state === "visible",
          generated: this.generated.has(keyOf(sheet.name)),
          values: cells.values,
          ...(cells.formulas ? { formulas: cells.formulas } : {}),
          ...(cells.fonts ? { fonts: cells.fonts } : {}),
          merges: cells.merges,
          tables: this.tablesOfCached(sheet, cells.tableParts),
          ...(options.protection === true ? { protected: cells.protected } : {}),
        });
      }
      return Promise.resolve(out);
    } catch (error) {
      return Promise.reject(asPackageError(error, this.limits));
    }
  }

  // ── Writing cells of existing sheets ──────────────────────────────────────────

  private applyPatches(patches: Map<SheetEntry, PatchGrid>): void {
    const styles = this.book();
    const texts = new Map<SheetEntry, string>();
    // Every part is read before any is changed: a refusal leaves the workbook as it was.
    for (const sheet of patches.keys()) {
      const part = sheet.part;
      const bytes = part ? this.bytesOf(part) : null;
      if (!part || !bytes) throw new WorkbookError("WRITE_SHEET_MISSING", { sheet: sheet.name });
      texts.set(sheet, decodeText(bytes));
    }
    // A protected sheet's locked cells are refused, as Excel refuses writing them: nothing is written.
    for (const [sheet, grid] of patches) {
      const text = texts.get(sheet) ?? "";
      if (sheetProtectionOf(text) === null) continue;
      const locked = firstLockedCell(text, grid, styles);
      if (locked !== null) throw new WorkbookError("WRITE_CELL_LOCKED", { sheet: sheet.name, cell: locked });
    }
    for (const [sheet, grid] of patches) {
      this.setPart(sheet.part ?? "", patchSheetXml(texts.get(sheet) ?? "", grid, styles));
    }
    this.dropCalcChain();
  }

  private target(sheetName: string, address: string): { sheet: SheetEntry; row: number; col: number } {
    const sheet = findSheet(this.userSheets(), sheetName);
    if (!sheet || !sheet.part) throw new WorkbookError("WRITE_SHEET_MISSING", { sheet: sheetName });
    const at = parseCellAddress(address);
    if (!at) throw new WorkbookError("WRITE_BAD_RANGE", { range: address });
    return { sheet, row: at.row, col: at.col };
  }

  /** Rewrites single cells in place: the text as a string (the Text format where risky) and the font. */
  writeCells(edits: readonly CellEdit[]): Promise<void> {
    try {
      const patches = new Map<SheetEntry, PatchGrid>();
      for (const edit of edits) {
        const { sheet, row, col } = this.target(edit.sheet, edit.address);
        const patch: CellPatch = {
          value: edit.text,
          ...(edit.fontName !== undefined ? { fontName: edit.fontName } : {}),
        };
        put(patches, sheet, row, col, patch);
      }
      this.applyPatches(patches);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(asPackageError(error, this.limits));
    }
  }

  /**
   * Writes values into existing sheets (a merge's columns, arrival dates): null leaves a cell alone,
   * "" empties it, text stays text. Every sheet and address is checked before any cell changes.
   */
  updateCells(updates: readonly CellUpdate[]): Promise<void> {
    try {
      const patches = new Map<SheetEntry, PatchGrid>();
      for (const update of updates) {
        const { sheet, row, col } = this.target(update.sheet, update.at);
        update.cells.forEach((values, r) =>
          values.forEach((value, c) => {
            if (value === null) return;
            put(patches, sheet, row + r, col + c, {
              value,
              ...(update.numberFormat !== undefined ? { numberFormat: update.numberFormat } : {}),
            });
          }),
        );
      }
      this.applyPatches(patches);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(asPackageError(error, this.limits));
    }
  }

  /**
   * Protects and unprotects sheets with the cells that record it, as one patch of their parts: the
   * editable ranges' cells get an unlocked copy of their format and the locked ranges' a locked one
   * (styles.ts), `<sheetProtection>` goes in its place in the schema's order (ECMA-376 Part 1,
   * 18.3.1.99 CT_Worksheet: after sheetData and sheetCalcPr) or is removed. A sheet already
   * protected is not touched again; one protected with a password is not unprotected (refused:
   * Excel asks for the password, the pane cannot). Nothing changes when a sheet is missing.
   */
  changeProtection(change: ProtectionChange): Promise<void> {
    try {
      const protectedSheets = new Map<SheetEntry, boolean>();
      const patches = new Map<SheetEntry, PatchGrid>();
      const texts = new Map<SheetEntry, string>();
      const textOf = (sheet: SheetEntry): string => {
        let text = texts.get(sheet);
        if (text === undefined) {
          const bytes = sheet.part ? this.bytesOf(sheet.part) : null;
          if (!bytes) throw new WorkbookError("WRITE_SHEET_MISSING", { sheet: sheet.name });
          text = decodeText(bytes);
          texts.set(sheet, text);
        }
        return text;
      };
      const sheetNamed = (name: string): SheetEntry => this.target(name, "A1").sheet;
      for (const name of change.unlock) {
        const sheet = sheetNamed(name);
        const element = sheetProtectionOf(textOf(sheet));
        if (element === null) continue;
        if (/\s(?:password|hashValue)="/u.test(element)) {
          throw new WorkbookError("WRITE_SHEET_PASSWORD", { sheet: sheet.name });
        }
        protectedSheets.set(sheet, false);
      }
      for (const update of change.updates) {
        const { sheet, row, col } = this.target(update.sheet, update.at);
        update.cells.forEach((values, r) =>
          values.forEach((value, c) => {
            if (value === null) return;
            put(patches, sheet, row + r, col + c, {
              value,
              ...(update.numberFormat !== undefined ? { numberFormat: update.numberFormat } : {}),
            });
          }),
        );
      }
      for (const lock of change.lock) {
        const sheet = sheetNamed(lock.sheet);
        if (sheetProtectionOf(textOf(sheet)) !== null) continue;
        protectedSheets.set(sheet, true);
        const mark = (range: string, locked: boolean): void => {
          const box = parseRange(range);
          if (!box) throw new WorkbookError("WRITE_BAD_RANGE", { range });
          for (let row = box.top; row <= box.bottom; row++)
            for (let col = box.left; col <= box.right; col++) put(patches, sheet, row, col, { locked });
        };
        for (const range of lock.locked) mark(range, true);
        for (const range of lock.editable) mark(range, false);
      }
      for (const sheet of patches.keys()) textOf(sheet);
      const styles = this.book();
      for (const [sheet, text] of texts) {
        const grid = patches.get(sheet);
        let xml = grid ? patchSheetXml(text, grid, styles) : text;
        const protect = protectedSheets.get(sheet);
        if (protect !== undefined) xml = withSheetProtection(xml, protect);
        if (xml !== text) this.setPart(sheet.part ?? "", xml);
      }
      if (patches.size > 0) this.dropCalcChain();
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(asPackageError(error, this.limits));
    }
  }

  // ── Writing generated sheets ────────────────────────────────────────────────

  private freePart(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) {
      const name = pattern(n);
      if (!this.has(name)) return name;
    }
  }

  /** Table names and ids in use in the workbook (tables must be unique across it). */
  private tablesInUse(): { names: Set<string>; maxId: number } {
    const names = new Set<string>();
    let maxId = 0;
    for (const [part, type] of this.contentTypes.overrides) {
      if (type !== CONTENT.table) continue;
      const bytes = this.bytesOf(part);
      if (!bytes) continue;
      const head = decodeText(bytes.subarray(0, 2048));
      const tag = /<(?:\w+:)?table\b[^>]*>/u.exec(head)?.[0] ?? "";
      maxId = Math.max(maxId, Number(/\sid="(\d+)"/u.exec(tag)?.[1] ?? 0));
      const name = /\sname="([^"]*)"/u.exec(tag)?.[1];
      const display = /\sdisplayName="([^"]*)"/u.exec(tag)?.[1];
      if (name) names.add(name.toLowerCase());
      if (display) names.add(display.toLowerCase());
    }
    return { names, maxId };
  }

  /** Removes a generated sheet's part, its relationships and the table parts they lead to. */
  private dropSheetParts(sheet: SheetEntry): void {
    if (!sheet.part) return;
    const relsPart = relsPartOf(sheet.part);
    const relsBytes = this.bytesOf(relsPart);
    if (relsBytes) {
      for (const rel of parseRelationships(relsBytes)) {
        if (!rel.external && isType(rel.type, TYPES.table))
          this.removePart(resolveTarget(sheet.part, rel.target));
      }
      this.removePart(relsPart);
    }
    this.removePart(sheet.part);
    this.workbookRels = this.workbookRels.filter((r) => r.id !== sheet.relId);
  }

  private dropCalcChain(): void {
    const part = this.relTarget(TYPES.calcChain);
    if (!part) return;
    // The calculation chain lists formula cells; Excel rebuilds it, and a stale one is a repair.
    this.removePart(part);
    this.workbookRels = this.workbookRels.filter((r) => !isType(r.type, TYPES.calcChain));
    this.structureChanged = true;
  }

  /** Adds a worksheet part with its content; returns its entry (not yet in the order). */
  private addSheetPart(name: string, xml: string, state: SheetEntry["state"]): SheetEntry {
    const part = this.freePart((n) => resolveTarget(this.workbookPart, `worksheets/sheet${n}.xml`));
    this.setPart(part, xml);
    this.contentTypes.overrides.set(part, CONTENT.worksheet);
    const relId = this.freeRelId();
    this.workbookRels.push({
      id: relId,
      type: TYPES.worksheet,
      target: relativeTarget(this.workbookPart, part),
      external: false,
    });
    const sheetId = Math.max(0, ...this.sheets.map((s) => s.sheetId)) + 1;
    return { name, sheetId, relId, state, part };
  }

  async writeSheets(sheets: readonly SheetWrite[]): Promise<void> {
    const order = this.sheets.map((s) => s.name);
    const plan = planSheetWrites(
      { order, generated: order.filter((name) => this.generated.has(keyOf(name))) },
      sheets,
      (index) => `${TEMP_SHEET_PREFIX}${index + 1}`,
    );
    if (!plan.ok) throw new WorkbookError("WRITE_SHEET_TAKEN", { sheet: plan.taken });
    const styles = this.book();
    // Every sheet is built before anything changes: a failure leaves the workbook as it was.
    const built = plan.sheets.map((step) => buildSheet(step.sheet, step.sheet.name, styles));
    await Promise.resolve();
    const tables = built.some((b) => b.tables.length > 0)
      ? this.tablesInUse()
      : { names: new Set<string>(), maxId: 0 };
    // Tables of the sheets being replaced go with them: their names are free again.
    for (const step of plan.sheets) {
      const old = this.sheets.find((s) => s.name === step.replaces);
      if (old?.part)
        for (const t of this.tablesOf(old, this.tablePartIds(old))) tables.names.delete(t.name.toLowerCase());
    }
    plan.sheets.forEach((step, index) => {
      const sheet = built[index];
      if (!sheet) return;
      const old = this.sheets.find((s) => s.name === step.replaces);
      if (step.replaces !== undefined && old) {
        this.dropSheetParts(old);
        this.replacedSheets.add(old);
        this.sheets = this.sheets.filter((s) => s !== old);
      }
      const entry = this.addSheetPart(step.sheet.name, sheet.xml, "visible");
      if (sheet.tables.length && entry.part) {
        const rels: Relationship[] = [];
        sheet.tables.forEach((table, t) => {
          let name = table.name;
          for (let n = 2; tables.names.has(name.toLowerCase()); n++) name = `${table.name}_${n}`;
          tables.names.add(name.toLowerCase());
          tables.maxId += 1;
          const part = this.freePart((n) => resolveTarget(this.workbookPart, `tables/table${n}.xml`));
          this.setPart(part, tableXml(table, tables.maxId, name));
          this.contentTypes.overrides.set(part, CONTENT.table);
          rels.push({
            id: `rIdT${t + 1}`,
            type: TYPES.table,
            target: relativeTarget(entry.part ?? "", part),
            external: false,
          });
        });
        this.setPart(relsPartOf(entry.part), relationshipsXml(rels));
      }
      this.sheets.splice(Math.min(step.position, this.sheets.length), 0, entry);
      this.sheetNames.set(keyOf(step.sheet.name), [...sheet.names]);
    });
    this.generated = new Set(plan.generatedAfter.map(keyOf));
    this.structureChanged = true;
    this.dropCalcChain();
  }

  private tablePartIds(sheet: SheetEntry): string[] {
    const bytes = sheet.part ? this.bytesOf(sheet.part) : null;
    if (!bytes) return [];
    const text = decodeText(bytes);
    return [...text.matchAll(/<(?:\w+:)?tablePart\b[^>]*?\s(?:\w+:)?id="([^"]*)"/gu)].map((m) => m[1] ?? "");
  }

  // ── The package out ─────────────────────────────────────────────────────────

  private writeMarker(): void {
    const marker = this.sheets.find((s) => s.name === MARKER_SHEET);
    const names = this.userSheets()
      .filter((s) => this.generated.has(keyOf(s.name)))
      .map((s) => s.name);
    const current = marker
      ? generatedNamesFromMarker(
          this.readCells(marker, { formulas: false, fonts: false }, this.budget()).values,
        )
      : [];
    if (marker && current.length === names.length && current.every((n, i) => n === names[i])) return;
    if (names.length === 0 && !marker) return;
    if (marker) {
      this.dropSheetParts(marker);
      this.sheets = this.sheets.filter((s) => s !== marker);
    }
    if (names.length > 0)
      this.sheets.push(this.addSheetPart(MARKER_SHEET, markerXml(markerSheetCells(names)), "veryHidden"));
    this.structureChanged = true;
  }

  private workbookXml(): string {
    const bytes = this.bytesOf(this.workbookPart);
    let text = decodeText(bytes ?? new Uint8Array(0));
    const root = /<([A-Za-z_][\w.-]*:)?workbook\b/u.exec(text);
    const p = root?.[1] ?? "";
    const ep = escapeRegExp(p);
    // The order the sheets had in the part as read, for the defined names local to a sheet.
    const before = parseWorkbook(bytes ?? new Uint8Array(0)).sheets.map((s) => s.sheetId);
    const sheetsXml =
      `<${p}sheets>` +
      this.sheets
        .map(
          (s) =>
            `<${p}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}"${s.state !== "visible" ? ` state="${s.state}"` : ""} r:id="${s.relId}"/>`,
        )
        .join("") +
      `</${p}sheets>`;
    const sheetsPattern = new RegExp(`<${ep}sheets\\b[^>]*?(?:/>|>[\\s\\S]*?</${ep}sheets>)`, "u");
    text = text.replace(sheetsPattern, () => sheetsXml);
    // The relationships namespace under the prefix "r" for the sheets' ids.
    if (!/\sxmlns:r="/u.test(/<[^?!][^>]*>/u.exec(text.slice(root?.index ?? 0))?.[0] ?? "")) {
      text = text.replace(
        new RegExp(`<${ep}workbook\\b`, "u"),
        (m) => `${m} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`,
      );
    }

    // Defined names: a sheet's own move with it; those of removed or replaced sheets go.
    const namesPattern = new RegExp(
      `<${ep}definedNames\\b[^>]*?(?:/>|>([\\s\\S]*?)</${ep}definedNames>)`,
      "u",
    );
    const match = namesPattern.exec(text);
    const items: string[] = [];
    const newIndex = new Map(this.sheets.map((s, i) => [s.sheetId, i]));
    const replacedIds = new Set([...this.replacedSheets].map((s) => s.sheetId));
    const rewritten = new Set([...this.sheetNames.keys()]);
    if (match?.[1]) {
      const itemPattern = new RegExp(
        `<${ep}definedName\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${ep}definedName>)`,
        "gu",
      );
      for (const m of match[1].matchAll(itemPattern)) {
        const attrs = m[1] ?? "";
        const local = /\slocalSheetId="(\d+)"/u.exec(attrs);
        if (!local) {
          items.push(m[0]);
          continue;
        }
        const sheetId = before[Number(local[1])];
        if (sheetId === undefined || replacedIds.has(sheetId)) continue;
        const index = newIndex.get(sheetId);
        if (index === undefined) continue;
        const sheet = this.sheets[index];
        const name = /\sname="([^"]*)"/u.exec(attrs)?.[1] ?? "";
        if (sheet && rewritten.has(keyOf(sheet.name)) && /^_xlnm\.Print_(Area|Titles)$/u.test(name)) continue;
        items.push(m[0].replace(/(\slocalSheetId=)"\d+"/u, `$1"${index}"`));
      }
    }
    this.sheets.forEach((sheet, index) => {
      for (const n of this.sheetNames.get(keyOf(sheet.name)) ?? [])
        items.push(
          `<${p}definedName name="${n.name}" localSheetId="${index}">${escapeXml(n.formula)}</${p}definedName>`,
        );
    });
    const namesXml = items.length ? `<${p}definedNames>${items.join("")}</${p}definedNames>` : "";
    if (match) text = text.replace(namesPattern, () => namesXml);
    else if (namesXml)
      text = insertAfterAny(text, ep, ["externalReferences", "functionGroups", "sheets"], namesXml);

    // Whoever opens the file recalculates every formula: the cached results are ours, not Excel's.
    const calcPattern = new RegExp(`<${ep}calcPr\\b[^>]*?/?>`, "u");
    const calc = calcPattern.exec(text);
    if (calc) {
      const tag = /\sfullCalcOnLoad="[^"]*"/u.test(calc[0])
        ? calc[0].replace(/\sfullCalcOnLoad="[^"]*"/u, ' fullCalcOnLoad="1"')
        : calc[0].replace(/\s*(\/?)>$/u, ' fullCalcOnLoad="1"$1>');
      text = text.replace(calcPattern, () => tag);
    } else {
      text = insertAfterAny(
        text,
        ep,
        ["definedNames", "externalReferences", "functionGroups", "sheets"],
        `<${p}calcPr fullCalcOnLoad="1"/>`,
      );
    }
    // The active and first visible tab must name a sheet that exists and is visible.
    const visible = this.sheets.findIndex((s) => s.state === "visible");
    text = text.replace(new RegExp(`<${ep}workbookView\\b[^>]*?/?>`, "gu"), (view) => {
      const active = Number(/\sactiveTab="(\d+)"/u.exec(view)?.[1] ?? 0);
      if (this.sheets[active]?.state === "visible") return view;
      return view
        .replace(/\s(activeTab|firstSheet)="\d+"/gu, "")
        .replace(/\s*(\/?)>$/u, ` activeTab="${Math.max(0, visible)}"$1>`);
    });
    return text;
  }

  private coreXml(): string {
    const props = this.properties;
    const date = (d: Date | undefined): string => (d ?? new Date()).toISOString().replace(/\.\d{3}Z$/u, "Z");
    return (
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `${props.title !== undefined ? `<dc:title>${escapeXml(props.title)}</dc:title>` : ""}` +
      `${props.description !== undefined ? `<dc:description>${escapeXml(props.description)}</dc:description>` : ""}` +
      "<dc:creator>Thi Đua</dc:creator>" +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${date(props.created)}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${date(props.modified)}</dcterms:modified>` +
      "</cp:coreProperties>"
    );
  }

  /** The workbook as .xlsx bytes: the parts the product changed written, every other entry copied. */
  toBuffer(): Promise<Uint8Array> {
    try {
      this.writeMarker();
      if (this.structureChanged) {
        this.setPart(this.workbookPart, this.workbookXml());
        this.setPart(relsPartOf(this.workbookPart), relationshipsXml(this.workbookRels));
        if (
          Object.keys(this.properties).length > 0 &&
          (this.properties.title !== undefined || this.properties.created || this.has("docProps/core.xml"))
        ) {
          if (
            this.properties.title !== undefined ||
            this.properties.description !== undefined ||
            this.properties.created ||
            this.properties.modified
          ) {
            this.setPart("docProps/core.xml", this.coreXml());
          }
        }
      }
      if (this.styleBook?.dirty || this.styleBook?.changedLists()) {
        const part = this.relTarget(TYPES.styles);
        if (part) this.setPart(part, this.styleBook.toXml());
      }
      if (this.structureChanged || this.styleBook)
        this.setPart(CONTENT_TYPES_PART, contentTypesXml(this.contentTypes));
      const modified = this.properties.modified ?? new Date();
      const entries: OutEntry[] = [];
      for (const key of this.order) {
        const part = this.parts.get(key);
        if (!part) continue;
        if (part.data) entries.push({ name: part.name, kind: "new", data: part.data });
        else if (part.entry)
          entries.push({ name: part.name, kind: "copy", source: this.source, entry: part.entry });
      }
      return Promise.resolve(writeZip(entries, clampDate(modified), this.platform.deflateRaw));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

function clampDate(d: Date): Date {
  const year = d.getFullYear();
  if (year < 1980) return new Date(1980, 0, 1);
  if (year > 2099) return new Date(2099, 11, 31);
  return d;
}

function insertAfterAny(text: string, ep: string, after: readonly string[], xml: string): string {
  for (const name of after) {
    const m = new RegExp(`</${ep}${name}>|<${ep}${name}\\b[^>]*/>`, "u").exec(text);
    if (m) return text.slice(0, m.index + m[0].length) + xml + text.slice(m.index + m[0].length);
  }
  return text;
}

/**
 * The first cell of `grid` that is locked on the (protected) sheet `xml`, A1-style, or null: a cell's
 * format from its `s` attribute, a cell not in the part taking the default format (0).
 */
function firstLockedCell(xml: string, grid: PatchGrid, styles: StyleBook): string | null {
  const styleOf = new Map<string, number>();
  for (const m of xml.matchAll(/<(?:[A-Za-z_][\w.-]*:)?c\b([^>]*?)\/?>/gu)) {
    const ref = /\sr="([^"]+)"/u.exec(m[1] ?? "")?.[1];
    if (ref !== undefined) styleOf.set(ref.toUpperCase(), Number(/\ss="(\d+)"/u.exec(m[1] ?? "")?.[1] ?? 0));
  }
  for (const [row, cells] of [...grid].sort((a, b) => a[0] - b[0])) {
    for (const col of [...cells.keys()].sort((a, b) => a - b)) {
      const ref = cellAddress(row, col);
      if (styles.isLocked(styleOf.get(ref) ?? 0)) return ref;
    }
  }
  return null;
}

/** The sheet's `<sheetProtection>` element when it protects the sheet, else null. */
function sheetProtectionOf(xml: string): string | null {
  const element = /<(?:[A-Za-z_][\w.-]*:)?sheetProtection\b[^>]*>/u.exec(xml)?.[0] ?? null;
  return element !== null && /\ssheet="(?:1|true)"/u.test(element) ? element : null;
}

/**
 * The sheet's XML protected (as the unit files' sheets are: formatting columns and rows and the
 * filter still allowed, as Excel's allowFormatColumns/allowFormatRows/allowAutoFilter) or not.
 */
function withSheetProtection(xml: string, on: boolean): string {
  const p = /<([A-Za-z_][\w.-]*:)?worksheet\b/u.exec(xml)?.[1] ?? "";
  const ep = escapeRegExp(p);
  const without = xml.replace(
    new RegExp(`<${ep}sheetProtection\\b[^>]*?(?:/>|>[\\s\\S]*?</${ep}sheetProtection>)`, "u"),
    "",
  );
  if (!on) return without;
  const element = `<${p}sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" autoFilter="0"/>`;
  return insertAfterAny(without, ep, ["sheetCalcPr", "sheetData"], element);
}

function put(
  patches: Map<SheetEntry, PatchGrid>,
  sheet: SheetEntry,
  row: number,
  col: number,
  patch: CellPatch,
): void {
  let grid = patches.get(sheet);
  if (!grid) patches.set(sheet, (grid = new Map<number, Map<number, CellPatch>>()));
  let line = grid.get(row);
  if (!line) grid.set(row, (line = new Map<number, CellPatch>()));
  line.set(col, patch);
}

/** Any failure while reading as the adapter's refusal: limits and faults keep their meaning. */
function asPackageError(error: unknown, limits: XlsxLimits, part?: string): Error {
  if (error instanceof WorkbookError) return error;
  if (error instanceof XmlFault)
    return new PackageError(
      error.reason === "doctype"
        ? { kind: "doctype", part: part ?? "?" }
        : { kind: "corrupt", ...(part ? { part } : {}) },
    );
  if (error instanceof EntryFault)
    return new PackageError(
      error.reason === "too-large"
        ? { kind: "too-large", limitMb: megabytes(limits.maxUncompressedBytes) }
        : { kind: "corrupt", ...(part ? { part } : {}) },
    );
  return new PackageError({ kind: "corrupt", ...(part ? { part } : {}) });
}

export type { CellValue };
