/**
 * The worksheet scanner (src/adapters/xlsx/scan.ts) against saxes: the sheet reader fed by either
 * gives the same grids, formulas, fonts, merges, tables and protection — on generated worksheet
 * parts in every dialect producers write, and on the worksheets of files re-saved here by
 * LibreOffice, Gnumeric, openpyxl, xlsxwriter and SheetJS (made in the test, nothing committed). On
 * a part saxes refuses the scanner must give up (so saxes reports it), never read it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { unzipSync } from "fflate";
import { scanXml } from "../../../src/adapters/xlsx/scan";
import {
  SharedStringsReader,
  SheetReader,
  type ReadBudget,
  type SheetCells,
} from "../../../src/adapters/xlsx/sheet-read";
import { StyleIndex } from "../../../src/adapters/xlsx/styles";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import { decodeXml, parseXml, type Attributes, type XmlHandler } from "../../../src/adapters/xlsx/xml";
import { templateSheets } from "../../../src/workbook/template";
import { templateSourceFor } from "../../../src/workbook/usecases";
import { makeProfile } from "../../support/libreoffice";
import { resave, type Producer } from "../../support/producers";

jest.setTimeout(600_000);

function budget(): ReadBudget {
  return {
    rows: 1e9,
    cells: 1e9,
    gridCells: 1e12,
    merges: 1e9,
    exceeded: (what) => {
      throw new Error(`budget ${what}`);
    },
  };
}

interface Context {
  readonly strings: readonly string[];
  readonly styles: StyleIndex;
}

const encoder = new TextEncoder();

/** The reader's result through saxes, or "refused" when saxes refuses the part. */
function bySaxes(bytes: Uint8Array, ctx: Context): SheetCells | "refused" {
  const reader = new SheetReader({ ...ctx, date1904: false, formulas: true, fonts: true }, budget());
  try {
    parseXml(bytes, reader);
  } catch {
    return "refused";
  }
  return reader.result();
}

/** The reader's result through the scanner, or "gave up". */
function byScanner(bytes: Uint8Array, ctx: Context): SheetCells | "gave up" {
  const reader = new SheetReader({ ...ctx, date1904: false, formulas: true, fonts: true }, budget());
  return scanXml(decodeXml(bytes), reader) ? reader.result() : "gave up";
}

// ── Generated worksheet parts ────────────────────────────────────────────────────────────────

const STYLES_XML = `<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>
<fonts count="2"><font><name val="Calibri"/></font><font><name val="Times New Roman"/></font></fonts>
<cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1"/></cellXfs>
</styleSheet>`;
const GENERATED: Context = {
  strings: ["Đơn vị", "a & b", "Tổng", ""],
  styles: StyleIndex.parse(encoder.encode(STYLES_XML)),
};

/** Any text, with the characters XML cannot hold left out. */
const anyText = fc.string({
  unit: fc.constantFrom("a", "Ữ", " ", "&", "<", ">", '"', "'", "]", "\n", "\t", "😀", "1", ".", "-"),
});

/** Text written as one of the ways producers write it: escaped, by character references, in CDATA. */
function writeText(text: string, how: number): string {
  if (how === 1 && !text.includes("]]>")) return `<![CDATA[${text}]]>`;
  if (how === 2)
    return [...text].map((ch) => (/[a-zA-Z0-9 ]/u.test(ch) ? ch : `&#${ch.codePointAt(0)};`)).join("");
  if (how === 3)
    return [...text]
      .map((ch) => (/[a-zA-Z0-9 ]/u.test(ch) ? ch : `&#x${ch.codePointAt(0)!.toString(16)};`))
      .join("");
  return text
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, how === 4 ? "&gt;" : ">")
    .replace(/"/gu, how === 4 ? "&quot;" : '"')
    .replace(/'/gu, how === 4 ? "&apos;" : "'")
    .replace(/\]\]>/gu, "]]&gt;"); // "]]>" may not stand in character data
}

interface Style {
  readonly prefix: string;
  readonly quote: string;
  readonly space: string;
}

function attrs(list: readonly (readonly [string, string])[], order: number, st: Style): string {
  const rotated = list
    .slice(order % Math.max(1, list.length))
    .concat(list.slice(0, order % Math.max(1, list.length)));
  return rotated.map(([n, v]) => ` ${n}=${st.quote}${v}${st.quote}`).join("");
}

const cellArb = fc.record({
  kind: fc.constantFrom("n", "s", "str", "inlineStr", "b", "e", "d", "none", "self"),
  withRef: fc.boolean(),
  refCase: fc.boolean(),
  style: fc.constantFrom(undefined, "0", "1", "2"),
  formula: fc.constantFrom("none", "plain", "sharedMaster", "sharedChild"),
  text: anyText,
  how: fc.integer({ min: 0, max: 4 }),
  number: fc.oneof(
    fc.integer({ min: -1e6, max: 1e6 }).map(String),
    fc.constantFrom("1.5", " 2 ", "4e3", "x", ""),
  ),
  runs: fc.array(anyText, { maxLength: 3 }),
  phonetic: fc.boolean(),
  ext: fc.boolean(),
  prefixedType: fc.boolean(),
  order: fc.nat(5),
  skip: fc.nat(2),
});

const rowArb = fc.record({
  withR: fc.boolean(),
  gap: fc.nat(2),
  cells: fc.array(cellArb, { maxLength: 6 }),
  ext: fc.boolean(),
  spans: fc.boolean(),
});

const sheetArb = fc.record({
  prefix: fc.constantFrom("", "x:"),
  quote: fc.constantFrom('"', "'"),
  space: fc.constantFrom("", "\n", "\r\n  ", " "),
  declaration: fc.boolean(),
  rows: fc.array(rowArb, { maxLength: 6 }),
  merges: fc.array(fc.constantFrom("A1:B2", "c3:d4"), { maxLength: 2 }),
  protect: fc.constantFrom(undefined, "1", "0", "true"),
  table: fc.boolean(),
  comment: fc.boolean(),
});

type Sheet = typeof sheetArb extends fc.Arbitrary<infer T> ? T : never;

function letters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function worksheet(sheet: Sheet): string {
  const p = sheet.prefix;
  const st: Style = { prefix: p, quote: sheet.quote, space: sheet.space };
  const q = sheet.quote;
  const ws = sheet.space;
  const ns =
    p === ""
      ? ` xmlns=${q}http://schemas.openxmlformats.org/spreadsheetml/2006/main${q}`
      : ` xmlns:x=${q}http://schemas.openxmlformats.org/spreadsheetml/2006/main${q}`;
  let out = sheet.declaration ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` : "";
  out += `<${p}worksheet${ns} xmlns:r=${q}http://schemas.openxmlformats.org/officeDocument/2006/relationships${q}>${ws}`;
  if (sheet.comment) out += `<!-- made by a test -->${ws}`;
  out += `<${p}sheetData>${ws}`;
  let row = 0;
  for (const r of sheet.rows) {
    row += 1 + r.gap;
    const rowAttrs: [string, string][] = [];
    if (r.withR) rowAttrs.push(["r", String(row)]);
    if (r.spans) rowAttrs.push(["spans", "1:6"]);
    out += `<${p}row${attrs(rowAttrs, 0, st)}>${ws}`;
    let col = -1;
    for (const c of r.cells) {
      col += 1 + c.skip;
      const list: [string, string][] = [];
      if (c.withRef) {
        const ref = `${letters(col)}${row}`;
        list.push(["r", c.refCase ? ref.toLowerCase() : ref]);
      }
      if (c.style !== undefined) list.push(["s", c.style]);
      const type = c.kind === "none" || c.kind === "self" ? undefined : c.kind;
      if (type !== undefined && type !== "n") list.push([c.prefixedType && p ? "x:t" : "t", type]);
      if (c.kind === "self") {
        out += `<${p}c${attrs(list, c.order, st)}/>${ws}`;
        continue;
      }
      let inner = "";
      if (c.formula === "plain") inner += `<${p}f>${writeText('SUM(A1:B2)&"x"', c.how)}</${p}f>`;
      if (c.formula === "sharedMaster")
        inner += `<${p}f t=${q}shared${q} ref=${q}A1:A9${q} si=${q}0${q}>A1+$B1</${p}f>`;
      if (c.formula === "sharedChild") inner += `<${p}f t=${q}shared${q} si=${q}0${q}/>`;
      switch (c.kind) {
        case "inlineStr": {
          const t = (text: string): string =>
            `<${p}t${/^\s|\s$/u.test(text) ? ` xml:space=${q}preserve${q}` : ""}>${writeText(text, c.how)}</${p}t>`;
          inner +=
            c.runs.length === 0
              ? `<${p}is>${t(c.text)}</${p}is>`
              : `<${p}is>${ws}${c.runs.map((run) => `<${p}r><${p}rPr><${p}b/></${p}rPr>${t(run)}</${p}r>`).join(ws)}${
                  c.phonetic ? `<${p}rPh sb=${q}0${q} eb=${q}1${q}><${p}t>ふり</${p}t></${p}rPh>` : ""
                }</${p}is>`;
          break;
        }
        case "s":
          inner += `<${p}v>${c.number.startsWith("-") ? "1" : String(Math.abs(Number(c.number) || 0) % 5)}</${p}v>`;
          break;
        case "str":
          inner += `<${p}v>${writeText(c.text, c.how)}</${p}v>`;
          break;
        case "b":
          inner += `<${p}v>${c.number.length % 2}</${p}v>`;
          break;
        case "e":
          inner += `<${p}v>#N/A</${p}v>`;
          break;
        case "d":
          inner += `<${p}v>2024-0${(c.number.length % 9) + 1}-15T00:00:00</${p}v>`;
          break;
        default:
          inner += `<${p}v>${writeText(c.number, c.how === 1 ? 1 : 0)}</${p}v>`;
      }
      if (c.ext)
        inner += `<${p}extLst><${p}ext uri=${q}{X}${q}><y:z xmlns:y=${q}u${q}/></${p}ext></${p}extLst>`;
      out += `<${p}c${attrs(list, c.order, st)}>${inner}</${p}c>${ws}`;
    }
    if (r.ext) out += `<${p}extLst><${p}ext uri=${q}{R}${q}/></${p}extLst>`;
    out += `</${p}row>${ws}`;
  }
  out += `</${p}sheetData>${ws}`;
  if (sheet.protect !== undefined)
    out += `<${p}sheetProtection sheet=${q}${sheet.protect}${q} objects=${q}1${q}/>`;
  if (sheet.merges.length > 0)
    out += `<${p}mergeCells count=${q}${sheet.merges.length}${q}>${sheet.merges
      .map((m) => `<${p}mergeCell ref=${q}${m}${q}/>`)
      .join(ws)}</${p}mergeCells>`;
  if (sheet.table)
    out += `<${p}tableParts count=${q}1${q}><${p}tablePart r:id=${q}rId1${q}/></${p}tableParts>`;
  return `${out}</${p}worksheet>${ws}`;
}

describe("the worksheet scanner against saxes", () => {
  it("gives the reader the same cells, merges, tables and protection on generated worksheet parts", () => {
    let scanned = 0;
    fc.assert(
      fc.property(sheetArb, (sheet) => {
        const bytes = encoder.encode(worksheet(sheet));
        const fromSaxes = bySaxes(bytes, GENERATED);
        const fromScanner = byScanner(bytes, GENERATED);
        expect(fromSaxes).not.toBe("refused");
        if (fromScanner === "gave up") return;
        scanned++;
        expect(fromScanner).toEqual(fromSaxes);
      }),
      { numRuns: 400 },
    );
    // What it gives up on is rare in what we generate (carriage returns, tabs and line feeds in an
    // attribute): most parts go the fast way.
    expect(scanned).toBeGreaterThan(200);
  });

  it("never reads a part saxes refuses: cut short, a byte changed, or markup added anywhere", () => {
    const damage = fc.constantFrom(
      "<",
      ">",
      "&",
      "&foo;",
      "&#0;",
      "&#xD800;",
      "]]>",
      "\u0001",
      "</c>",
      "<c r='A1' r='B1'/>",
      "<!DOCTYPE x>",
      "<?pi x?>",
      "<!-- a -- b -->",
      '"',
      "'",
      "/>",
      "=",
      "<x:c/>",
      "\uFFFE",
      "<é/>",
    );
    fc.assert(
      fc.property(sheetArb, fc.nat(), damage, fc.boolean(), (sheet, at, insert, cut) => {
        const xml = worksheet(sheet);
        const i = at % (xml.length + 1);
        const broken = cut ? xml.slice(0, i) : xml.slice(0, i) + insert + xml.slice(i);
        const bytes = encoder.encode(broken);
        const fromSaxes = bySaxes(bytes, GENERATED);
        const fromScanner = byScanner(bytes, GENERATED);
        if (fromSaxes === "refused") expect(fromScanner).toBe("gave up");
        else if (fromScanner !== "gave up") expect(fromScanner).toEqual(fromSaxes);
      }),
      { numRuns: 600 },
    );
  });

  it("reads CR LF, tabs in attributes and a document type through saxes, not itself", () => {
    for (const xml of [
      "<worksheet><sheetData><row><c t='str'><v>a\r\nb</v></c></row></sheetData></worksheet>",
      "<worksheet><sheetData><row><c r='A1\t'><v>1</v></c></row></sheetData></worksheet>",
      "<!DOCTYPE worksheet><worksheet/>",
      "<?xml version='1.1'?><worksheet/>",
    ]) {
      const bytes = encoder.encode(xml);
      expect(byScanner(bytes, GENERATED)).toBe("gave up");
    }
  });
});

// ── Other producers' files, made here ───────────────────────────────────────────────────────

async function original(): Promise<Uint8Array> {
  const units = Array.from({ length: 6 }, (_, i) => ({
    code: `DV${i + 1}`,
    name: `Công đoàn cơ sở «${i + 1}» & Đồng`,
    type: i % 3 === 2 ? ("coordinating" as const) : ("direct" as const),
  }));
  const { source, units: templateUnits } = templateSourceFor({ presetId: "kon-tum", year: 2024, units });
  const workbook = XlsxWorkbook.empty();
  await workbook.writeSheets(templateSheets(source, templateUnits, { sampleSeed: 7 }));
  return workbook.toBuffer();
}

function contextOf(files: Record<string, Uint8Array>): Context {
  const sst = Object.keys(files).find((n) => /sharedstrings\.xml$/iu.test(n));
  const reader = new SharedStringsReader({ cells: 1e9 }, () => {
    throw new Error("budget");
  });
  if (sst) parseXml(files[sst]!, reader);
  const stylesPart = Object.keys(files).find((n) => /styles\.xml$/iu.test(n));
  return {
    strings: reader.strings,
    styles: stylesPart ? StyleIndex.parse(files[stylesPart]!) : StyleIndex.empty(),
  };
}

describe("the worksheet scanner on other producers' files", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-scan-"));
  const profile = makeProfile();
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });
  let source: Uint8Array;
  beforeAll(async () => {
    source = await original();
  });

  it.each<Producer>(["ours", "LibreOffice", "Gnumeric", "openpyxl", "xlsxwriter", "SheetJS"])(
    "reads every worksheet %s writes as saxes does, without falling back",
    async (producer) => {
      const files = unzipSync(await resave(producer, source, dir, profile));
      const ctx = contextOf(files);
      const sheets = Object.keys(files).filter((n) => /worksheets\/[^/]+\.xml$/iu.test(n));
      expect(sheets.length).toBeGreaterThan(3);
      for (const name of sheets) {
        const fromSaxes = bySaxes(files[name]!, ctx);
        expect(fromSaxes).not.toBe("refused");
        expect({ name, cells: byScanner(files[name]!, ctx) }).toEqual({ name, cells: fromSaxes });
      }
    },
  );

  it.each<Producer>(["ours", "LibreOffice", "Gnumeric", "openpyxl", "xlsxwriter", "SheetJS"])(
    "reads every other part %s writes (content types, relationships, workbook, styles, strings, tables) as saxes does",
    async (producer) => {
      const files = unzipSync(await resave(producer, source, dir, profile));
      const parts = Object.keys(files).filter(
        (n) => /\.(xml|rels)$/iu.test(n) && !/worksheets\/[^/]+\.xml$/iu.test(n),
      );
      expect(parts).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml"]));
      const fellBack: string[] = [];
      for (const name of parts) {
        const bySaxesEvents = new EventLog();
        parseXml(files[name]!, bySaxesEvents);
        const byScannerEvents = new EventLog();
        if (!scanXml(decodeXml(files[name]!), byScannerEvents)) {
          fellBack.push(name);
          continue;
        }
        expect({ name, events: byScannerEvents.events() }).toEqual({ name, events: bySaxesEvents.events() });
      }
      // readXml (xml.ts) gives such a part to saxes: the result is the same, only slower.
      expect(fellBack).toEqual([]);
    },
  );
});

/**
 * Every event a handler is given inside the root element, with consecutive text joined (saxes may
 * split text at any point). Whitespace around the root is not given by the scanner and read by none
 * of the package's handlers (they take text only inside an element they are in).
 */
class EventLog implements XmlHandler {
  private readonly log: unknown[] = [];
  private depth = 0;
  open(name: string, attrs: Attributes, selfClosing: boolean): void {
    this.log.push(["open", name, { ...attrs }, selfClosing]);
    this.depth++; // a self-closing element is closed too, by either parser
  }
  close(name: string): void {
    this.log.push(["close", name]);
    this.depth--;
  }
  text(t: string): void {
    if (this.depth === 0) return;
    const last = this.log[this.log.length - 1];
    if (Array.isArray(last) && last[0] === "text") last[1] += t;
    else this.log.push(["text", t]);
  }
  events(): unknown[] {
    return this.log;
  }
}
