/**
 * The Word files as LibreOffice prints them (Writer, headless, to PDF), read back with
 * poppler-utils (test/support/print.ts): A4 and landscape where asked, text not below 13 pt but
 * the recipients, every long name whole and inside the margins, page numbers from page 2 centred
 * in the top margin, the rules' lengths, the header rows repeated, the end of the body kept with
 * the recipients and the signature wherever the page breaks.
 *
 * Debian ships no Times New Roman: LibreOffice prints it with Liberation Serif, built to the same
 * metrics (fonts-liberation2 from scripts/setup.sh), so line breaks and widths are those of Times
 * New Roman. Controls (a paragraph at 12.5 pt, the same lists without keeping) show the checks fail
 * when they should.
 */
import { rmSync } from "node:fs";
import * as path from "node:path";
import { documentToDocx } from "../../../src/adapters/docx/docx-writer";
import {
  type AdministrativeDocument,
  type Block,
  type DocumentInput,
  MARGINS_MM,
  MOTTO,
  buildAdministrativeDocument,
  mmToPt,
  textWidthPt,
} from "../../../src/workbook/generated/documents";
import { DOCUMENT_SAMPLES, type DocumentSample } from "../../support/document-samples";
import { type PrintedDocument, type PrintedLine, printWithLibreOffice, readPrint } from "../../support/print";

jest.setTimeout(600_000);

const LIST_SIZES = Array.from({ length: 15 }, (_, i) => 16 + i);
const TOLERANCE_PT = 0.5;

/** The Thanh Hóa list with `rows` one-line rows: the page break moves through its end as rows grow. */
function listWithRows(rows: number): DocumentInput {
  const list = DOCUMENT_SAMPLES.find((s) => s.name === "danh-sach-thanh-hoa")!.input;
  const section = list.sections[0]!;
  const table = section.blocks[0]!;
  if (table.type !== "table") throw new Error("the list starts with its table");
  return {
    ...list,
    sections: [
      {
        ...section,
        blocks: [
          {
            ...table,
            rows: Array.from({ length: rows }, (_, i) => [
              String(i + 1),
              `Công đoàn trường số ${i + 1}`,
              "90,00",
              String(i + 1),
              "",
            ]),
          },
          ...section.blocks.slice(1),
        ],
      },
    ],
  };
}

/** The same document with nothing kept with the closing: the control for the keeping check. */
function withoutKeeping(doc: AdministrativeDocument): AdministrativeDocument {
  const loose = (b: Block): Block =>
    b.type === "table" ? { ...b, keepLastRowsWithNext: 0 } : { ...b, keepWithNext: false };
  return { ...doc, sections: doc.sections.map((s) => ({ ...s, blocks: s.blocks.map(loose) })) };
}

/** The minutes with their first paragraph set at 12.5 pt: the control for the size check. */
function withSmallParagraph(doc: AdministrativeDocument): AdministrativeDocument {
  const [section, ...rest] = doc.sections;
  const blocks = section!.blocks.map((b, i) =>
    i === 0 && b.type === "paragraph" ? { ...b, sizePt: 12.5 } : b,
  );
  return { ...doc, sections: [{ ...section!, blocks }, ...rest] };
}

const documents = new Map<string, AdministrativeDocument>();
const printed = new Map<string, PrintedDocument>();
let outDir = "";

beforeAll(async () => {
  for (const s of DOCUMENT_SAMPLES) documents.set(s.name, buildAdministrativeDocument(s.input));
  documents.set("control-small-text", withSmallParagraph(documents.get("bien-ban-thu-duc")!));
  for (const rows of LIST_SIZES) {
    const doc = buildAdministrativeDocument(listWithRows(rows));
    documents.set(`list-${rows}`, doc);
    documents.set(`loose-list-${rows}`, withoutKeeping(doc));
  }
  const files = new Map<string, Uint8Array>();
  for (const [name, doc] of documents) files.set(name, await documentToDocx(doc));
  outDir = await printWithLibreOffice(files);
  for (const name of documents.keys()) printed.set(name, readPrint(path.join(outDir, `${name}.pdf`)));
});

afterAll(() => {
  if (outDir !== "") rmSync(path.dirname(outDir), { recursive: true, force: true });
});

const print = (name: string): PrintedDocument => printed.get(name)!;
const doc = (name: string): AdministrativeDocument => documents.get(name)!;
const samples = (): readonly DocumentSample[] => DOCUMENT_SAMPLES;

/**
 * Text drawn smaller than 13 pt other than the recipients' block ("Nơi nhận:" at 12 in bold
 * italics, its lines at 11): the printed line it starts in, its size and page.
 */
function sizeFaults(printedDoc: PrintedDocument, model: AdministrativeDocument): string[] {
  const recipients =
    model.closing.type === "recipients-and-signature" ? model.closing.recipients.join(" ") : "";
  const faults: string[] = [];
  for (const page of printedDoc.pages) {
    for (const t of page.drawn) {
      if (t.sizePt >= 13) continue;
      const line = page.lines.find(
        (l) => t.x >= l.xMin - 1 && t.x <= l.xMax + 1 && t.yFromTop >= l.yMin - 1 && t.yFromTop <= l.yMax + 1,
      );
      const text = line?.text ?? "?";
      if (text === "Nơi nhận:" && t.sizePt === 12 && t.font === "LiberationSerif-BoldItalic") continue;
      if (recipients !== "" && recipients.includes(text) && t.sizePt === 11) continue;
      faults.push(`${text} (${t.sizePt} pt, page ${page.number})`);
    }
  }
  return faults;
}

/** The consecutive printed lines that together read the given text (a name wrapped over lines). */
function linesOf(lines: readonly PrintedLine[], text: string): PrintedLine[] {
  for (let i = 0; i < lines.length; i += 1) {
    let read = "";
    for (let j = i; j < lines.length; j += 1) {
      read = read === "" ? lines[j]!.text : `${read} ${lines[j]!.text}`;
      if (read === text) return lines.slice(i, j + 1);
      if (!text.startsWith(`${read} `)) break;
    }
  }
  return [];
}

describe("the documents as LibreOffice prints them", () => {
  it("prints every page on A4, in landscape exactly where the model turns a section", () => {
    for (const s of samples()) {
      const pages = print(s.name).pages;
      for (const page of pages) {
        const [short, long] = [Math.min(page.widthPt, page.heightPt), Math.max(page.widthPt, page.heightPt)];
        expect(short).toBeCloseTo(mmToPt(210), 0);
        expect(long).toBeCloseTo(mmToPt(297), 0);
      }
      const landscape = pages.filter((p) => p.widthPt > p.heightPt).map((p) => p.number);
      if (s.landscapeSections.length === 0) expect(landscape).toEqual([]);
    }
    // The Kon Tum tờ trình: its text on a portrait page, then its ranking table, on landscape pages only.
    const konTum = print("to-trinh-kon-tum").pages;
    const withTable = konTum
      .filter((p) => p.lines.some((l) => l.text.includes("Tên đơn vị")))
      .map((p) => p.number);
    expect(withTable).toEqual([2, 3]);
    expect(print("to-trinh-kon-tum").pages.map((p) => p.widthPt > p.heightPt)).toEqual([false, true, true]);
  });

  it("prints only with Liberation Serif (Times New Roman's metrics), embedded: no glyph fell back to another font", () => {
    for (const s of samples()) {
      const fonts = print(s.name).fonts;
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.name).toMatch(/^LiberationSerif(-Bold|-Italic|-BoldItalic)?$/);
        expect(font.embedded).toBe(true);
      }
    }
  });

  it("prints no text below 13 pt but 'Nơi nhận:' (12) and the recipients (11), which do print", () => {
    for (const s of samples()) {
      expect(sizeFaults(print(s.name), doc(s.name))).toEqual([]);
      const model = doc(s.name);
      const sizes = new Set(print(s.name).pages.flatMap((p) => p.drawn.map((d) => d.sizePt)));
      if (model.closing.type === "recipients-and-signature") {
        expect([...sizes].filter((size) => size < 13).sort()).toEqual([11, 12]);
        for (const line of model.closing.recipients) expect(print(s.name).rawText).toContain(line);
      } else {
        expect([...sizes].filter((size) => size < 13)).toEqual([]);
      }
    }
  });

  it("catches a paragraph set at 12.5 pt: the size check is not blind", () => {
    expect(sizeFaults(print("control-small-text"), doc("control-small-text"))).toEqual([
      expect.stringMatching(/^Thời gian: 14 giờ 00.* \(12\.5 pt, page 1\)$/),
    ]);
  });

  it("prints every long name whole, the issuing body in capitals too", () => {
    for (const s of samples()) {
      const text = print(s.name).rawText;
      for (const name of [...s.names, doc(s.name).header.issuingBody, doc(s.name).header.parentBody]) {
        expect(text).toContain(name);
      }
    }
  });

  it("keeps every printed word inside the page's margins", () => {
    const left = mmToPt(MARGINS_MM.left);
    const right = mmToPt(MARGINS_MM.right);
    const bottom = mmToPt(MARGINS_MM.bottom);
    for (const s of samples()) {
      for (const page of print(s.name).pages) {
        for (const word of page.lines.flatMap((l) => l.words)) {
          expect(word.xMin).toBeGreaterThanOrEqual(left - TOLERANCE_PT);
          expect(word.xMax).toBeLessThanOrEqual(page.widthPt - right + TOLERANCE_PT);
          expect(word.yMin).toBeGreaterThanOrEqual(0);
          expect(word.yMax).toBeLessThanOrEqual(page.heightPt - bottom + TOLERANCE_PT);
        }
      }
    }
  });

  it("numbers the pages from the second, centred in the top margin, and leaves the first without a number", () => {
    const top = mmToPt(MARGINS_MM.top);
    const multiPage = samples().filter((s) => print(s.name).pages.length > 1);
    expect(multiPage.map((s) => s.name)).toEqual(
      expect.arrayContaining(["to-trinh-kon-tum", "bao-cao-bien-gioi"]),
    );
    for (const s of samples()) {
      const [firstPage, ...others] = print(s.name).pages;
      const inTopMargin = (lines: readonly PrintedLine[]) => lines.filter((l) => l.yMax <= top);
      expect(inTopMargin(firstPage!.lines).filter((l) => /\d/.test(l.text))).toEqual([]);
      for (const page of others) {
        const numbers = inTopMargin(page.lines);
        expect(numbers.map((l) => l.text)).toEqual([String(page.number)]);
        const centre = (numbers[0]!.xMin + numbers[0]!.xMax) / 2;
        const textCentre = (mmToPt(MARGINS_MM.left) + page.widthPt - mmToPt(MARGINS_MM.right)) / 2;
        expect(Math.abs(centre - textCentre)).toBeLessThan(2);
      }
    }
  });

  it("draws the rule under the motto as long as the printed motto, centred under it", () => {
    for (const s of samples()) {
      const page = print(s.name).pages[0]!;
      const motto = page.lines.find((l) => l.text === MOTTO)!;
      const under = page.rules.filter(
        (r) => r.y > motto.yMax && r.y < motto.yMax + 8 && r.x2 > motto.xMin && r.x1 < motto.xMax,
      );
      expect(under).toHaveLength(1);
      const rule = under[0]!;
      expect(Math.abs(rule.x2 - rule.x1 - (motto.xMax - motto.xMin))).toBeLessThan(1);
      expect(Math.abs((rule.x1 + rule.x2) / 2 - (motto.xMin + motto.xMax) / 2)).toBeLessThan(1);
    }
  });

  it("draws the rules under the issuing body and the subject at 1/3 to 1/2 of their longest printed line", () => {
    for (const s of samples()) {
      const model = doc(s.name);
      const page = print(s.name).pages[0]!;
      for (const text of [model.header.issuingBody, model.title.subject]) {
        const lines = linesOf(page.lines, text);
        expect(lines.length).toBeGreaterThan(0);
        const last = lines[lines.length - 1]!;
        const longest = Math.max(...lines.map((l) => l.xMax - l.xMin));
        const under = page.rules.filter(
          (r) => r.y > last.yMax && r.y < last.yMax + 8 && r.x2 > last.xMin && r.x1 < last.xMax,
        );
        expect(under).toHaveLength(1);
        const length = under[0]!.x2 - under[0]!.x1;
        expect(length).toBeGreaterThanOrEqual(longest / 3 - TOLERANCE_PT);
        expect(length).toBeLessThanOrEqual(longest / 2 + TOLERANCE_PT);
      }
    }
  });

  it("wraps a long issuing body onto two lines in its column rather than cutting it", () => {
    const page = print("bao-cao-bien-gioi").pages[0]!;
    const lines = linesOf(page.lines, "CỤM THI ĐUA LĐLĐ CÁC TỈNH BIÊN GIỚI PHÍA BẮC");
    expect(lines.map((l) => l.text).join(" ")).toBe("CỤM THI ĐUA LĐLĐ CÁC TỈNH BIÊN GIỚI PHÍA BẮC");
    expect(lines.length).toBe(2);
  });

  it("measures header lines as LibreOffice prints them, to within 1 %", () => {
    for (const s of samples()) {
      const model = doc(s.name);
      const page = print(s.name).pages[0]!;
      const checks: [string, number, "regular" | "bold"][] = [
        [model.header.nation, 13, "bold"],
        [MOTTO, 13, "bold"],
        [model.header.numberLine, 13, "regular"],
        ...linesOf(page.lines, model.header.issuingBody).map((l): [string, number, "bold"] => [
          l.text,
          13,
          "bold",
        ]),
      ];
      for (const [text, size, weight] of checks) {
        // The number's blank for the clerk ("Số:        /BC-CTĐ") prints as a gap pdftotext splits
        // the line at: its two pieces on one baseline make the line, first start to last end.
        const words = (t: string): string => t.replace(/\s+/gu, " ").trim();
        const wanted = words(text);
        const start = page.lines.find(
          (l) => wanted === words(l.text) || wanted.startsWith(`${words(l.text)} `),
        )!;
        expect(start).toBeDefined();
        const after = page.lines
          .filter(
            (l) =>
              l !== start &&
              Math.abs(l.yMin - start.yMin) < 1 &&
              l.xMin > start.xMax &&
              wanted.includes(words(l.text)),
          )
          .sort((x, y) => x.xMin - y.xMin);
        const pieces = [start, ...after];
        expect(words(pieces.map((l) => l.text).join(" "))).toBe(wanted);
        const line = { xMin: start.xMin, xMax: pieces[pieces.length - 1]!.xMax };
        const printedWidth = line.xMax - line.xMin;
        expect(Math.abs(textWidthPt(text, size, weight) - printedWidth) / printedWidth).toBeLessThan(0.01);
      }
    }
  });

  it("repeats a table's header row on the next page", () => {
    const konTum = print("to-trinh-kon-tum").pages;
    expect(konTum.slice(1).every((p) => p.lines.some((l) => l.text.includes("Tên đơn vị")))).toBe(true);
    const report = print("bao-cao-bien-gioi").pages;
    expect(report).toHaveLength(2);
    expect(report[1]!.lines.some((l) => l.text.startsWith("STT"))).toBe(true);
  });

  /** The page holding a printed line that reads exactly `text`. */
  const pageOf = (p: PrintedDocument, text: string) =>
    p.pages.find((page) => page.lines.some((l) => l.text === text))?.number;

  it("keeps the last two rows, the recipients and the signature on one page wherever the page breaks", () => {
    let broken = 0;
    for (const rows of LIST_SIZES) {
      const p = print(`list-${rows}`);
      const signer = pageOf(p, "Lê Thị Minh Hằng");
      expect(signer).toBeDefined();
      expect(pageOf(p, "Nơi nhận:")).toBe(signer);
      expect(pageOf(p, `Công đoàn trường số ${rows}`)).toBe(signer);
      expect(pageOf(p, `Công đoàn trường số ${rows - 1}`)).toBe(signer);
      if (pageOf(p, "Công đoàn trường số 1") !== signer) broken += 1;
    }
    // In some of these lists the page broke between the first row and the signature: keeping was put to the test.
    expect(broken).toBeGreaterThan(0);
  });

  it("leaves the signature without the last row in some of the same lists when nothing is kept: the control", () => {
    const split = LIST_SIZES.filter((rows) => {
      const p = print(`loose-list-${rows}`);
      return pageOf(p, "Lê Thị Minh Hằng") !== pageOf(p, `Công đoàn trường số ${rows}`);
    });
    expect(split.length).toBeGreaterThan(0);
  });
});
