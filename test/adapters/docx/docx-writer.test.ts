/**
 * The Word files read back as WordprocessingML (ISO/IEC 29500-1): page size and orientation per
 * section (pgSz, in twentieths of a point), margins (pgMar), a distinct first-page header so page
 * numbers start on page 2 (§17.10.6 titlePg), fonts and sizes (rFonts, sz in half-points), repeated
 * header rows (§17.4.50 tblHeader), rows that do not split (cantSplit), the codes, addressee and
 * recipients of each seed's system. How they print is test/adapters/docx/print.test.ts.
 */
import { documentToDocx } from "../../../src/adapters/docx/docx-writer";
import {
  type AdministrativeDocument,
  type TableBlock,
  buildAdministrativeDocument,
} from "../../../src/workbook/generated/documents";
import { DOCUMENT_SAMPLES, RECOMMENDATION_SAMPLES } from "../../support/document-samples";
import { type OpenedDocx, type XmlElement, all, childrenNamed, first, openDocx, textOf } from "./ooxml";

interface Written {
  readonly doc: AdministrativeDocument;
  readonly file: OpenedDocx;
}
const written = new Map<string, Written>();

beforeAll(async () => {
  for (const sample of DOCUMENT_SAMPLES) {
    const doc = buildAdministrativeDocument(sample.input);
    written.set(sample.name, { doc, file: await openDocx(await documentToDocx(doc)) });
  }
});

const get = (name: string): Written => {
  const w = written.get(name);
  if (!w) throw new Error(`no sample ${name}`);
  return w;
};
const twips = (pt: number) => Math.round(pt * 20);
const mmFromTwips = (t: number) => (t / 20) * (25.4 / 72);
const attr = (el: XmlElement | undefined, name: string) => el?.attrs[name];
const num = (el: XmlElement | undefined, name: string) => Number(attr(el, name));
/** The body's children in order (paragraphs and tables). */
const bodyOf = (file: OpenedDocx) => first(file.document, "w:body")!.children;
/** Tables with a grid: the data tables (the header and closing are borderless). */
const dataTables = (file: OpenedDocx) =>
  all(file.document, "w:tbl").filter(
    (t) => attr(first(first(t, "w:tblBorders")!, "w:top"), "w:val") === "single",
  );
/** Every run with text, with its size in points and its emphasis. */
function runs(
  node: XmlElement,
): { text: string; sizePt: number; bold: boolean; italic: boolean; rPr?: XmlElement }[] {
  return all(node, "w:r")
    .filter((r) => first(r, "w:t"))
    .map((r) => {
      const rPr = first(r, "w:rPr");
      return {
        text: textOf(r),
        sizePt: num(first(rPr!, "w:sz"), "w:val") / 2,
        bold: rPr ? isOn(childrenNamed(rPr, "w:b")[0]) : false,
        italic: rPr ? isOn(childrenNamed(rPr, "w:i")[0]) : false,
        rPr,
      };
    });
}
/** A boolean property present and not switched off. */
const isOn = (el: XmlElement | undefined) =>
  el !== undefined && !["0", "false", "off"].includes(el.attrs["w:val"] ?? "");

describe("pages", () => {
  it("lays every section on A4 in the model's orientation: 11906 × 16838 twips, turned for landscape", () => {
    for (const { doc, file } of written.values()) {
      const sections = all(file.document, "w:sectPr");
      expect(sections).toHaveLength(doc.sections.length);
      sections.forEach((sectPr, i) => {
        const size = first(sectPr, "w:pgSz")!;
        const landscape = doc.sections[i]!.orientation === "landscape";
        expect([num(size, "w:w"), num(size, "w:h")]).toEqual(landscape ? [16838, 11906] : [11906, 16838]);
        expect(attr(size, "w:orient")).toBe(landscape ? "landscape" : "portrait");
      });
    }
    expect(get("to-trinh-kon-tum").doc.sections.map((s) => s.orientation)).toEqual(["portrait", "landscape"]);
  });

  it("sets margins within the decree's ranges on every section: top and bottom 20–25, left 30–35, right 15–20 mm", () => {
    for (const { file } of written.values()) {
      for (const sectPr of all(file.document, "w:sectPr")) {
        const m = first(sectPr, "w:pgMar")!;
        const mm = (side: string) => mmFromTwips(num(m, `w:${side}`));
        expect(mm("top")).toBeGreaterThanOrEqual(19.99);
        expect(mm("top")).toBeLessThanOrEqual(25);
        expect(mm("bottom")).toBeGreaterThanOrEqual(19.99);
        expect(mm("bottom")).toBeLessThanOrEqual(25);
        expect(mm("left")).toBeGreaterThanOrEqual(29.99);
        expect(mm("left")).toBeLessThanOrEqual(35);
        expect(mm("right")).toBeGreaterThanOrEqual(14.99);
        expect(mm("right")).toBeLessThanOrEqual(20);
        // The page number sits inside the top margin.
        expect(num(m, "w:header")).toBeLessThan(num(m, "w:top"));
      }
    }
  });

  it("numbers pages from the second: page 1 has its own header without a number, the others a centred PAGE field", async () => {
    for (const { file } of written.values()) {
      const [firstSection, ...others] = all(file.document, "w:sectPr");
      expect(isOn(first(firstSection!, "w:titlePg"))).toBe(true);
      expect(attr(first(firstSection!, "w:pgNumType"), "w:start")).toBe("1");
      const refs = (sectPr: XmlElement) =>
        new Map(all(sectPr, "w:headerReference").map((r) => [attr(r, "w:type"), attr(r, "r:id")!]));
      const firstPage = await file.header(refs(firstSection!).get("first")!);
      expect(all(firstPage, "w:instrText").map((t) => t.text)).toEqual([]);
      expect(textOf(firstPage)).not.toMatch(/\d/);
      for (const sectPr of [firstSection!, ...others]) {
        const header = await file.header(refs(sectPr).get("default")!);
        expect(all(header, "w:instrText").map((t) => t.text.trim())).toEqual(["PAGE"]);
        expect(attr(first(header, "w:jc"), "w:val")).toBe("center");
      }
      for (const sectPr of others) {
        // Later sections go on counting: no first-page header of their own, no restart.
        expect(isOn(first(sectPr, "w:titlePg"))).toBe(false);
        expect(attr(first(sectPr, "w:pgNumType"), "w:start")).toBeUndefined();
      }
    }
  });
});

describe("type", () => {
  it("sets every run in Times New Roman, black, and the defaults too", async () => {
    for (const { file } of written.values()) {
      const styles = await file.xml("word/styles.xml");
      const defaults = first(first(styles, "w:docDefaults")!, "w:rFonts")!;
      expect([attr(defaults, "w:ascii"), attr(defaults, "w:hAnsi"), attr(defaults, "w:cs")]).toEqual([
        "Times New Roman",
        "Times New Roman",
        "Times New Roman",
      ]);
      for (const run of runs(file.document)) {
        const fonts = first(run.rPr!, "w:rFonts");
        expect([attr(fonts, "w:ascii"), attr(fonts, "w:hAnsi")]).toEqual([
          "Times New Roman",
          "Times New Roman",
        ]);
        expect(attr(first(run.rPr!, "w:color"), "w:val")).toBe("000000");
      }
    }
  });

  it("prints nothing below 13 pt but 'Nơi nhận:' (12, bold italic) and the recipients (11)", () => {
    for (const { doc, file } of written.values()) {
      const recipients = doc.closing.type === "recipients-and-signature" ? doc.closing.recipients : [];
      for (const run of runs(file.document)) {
        if (run.text === "Nơi nhận:") expect(run).toMatchObject({ sizePt: 12, bold: true, italic: true });
        else if (recipients.includes(run.text)) expect(run.sizePt).toBe(11);
        else expect(run.sizePt).toBeGreaterThanOrEqual(13);
      }
      const texts = runs(file.document).map((r) => r.text);
      if (recipients.length > 0) expect(texts).toEqual(expect.arrayContaining(["Nơi nhận:", ...recipients]));
    }
  });

  it("sets the body at 14 pt and table cells at 13 pt", () => {
    const { file } = get("bien-ban-thu-duc");
    const table = dataTables(file)[0]!;
    expect(new Set(runs(table).map((r) => r.sizePt))).toEqual(new Set([13]));
    const paragraphs = bodyOf(file).filter((n) => n.name === "w:p");
    const body = paragraphs.flatMap((p) => runs(p)).filter((r) => r.text.startsWith("Thời gian"));
    expect(body.map((r) => r.sizePt)).toEqual([14]);
  });

  it("writes the header in the format's styles: names in capitals, national title and motto bold, date in italics", () => {
    const { doc, file } = get("bao-cao-bien-gioi");
    const byText = new Map(runs(file.document).map((r) => [r.text, r]));
    expect(byText.get("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM")).toMatchObject({ sizePt: 13, bold: false });
    expect(byText.get("CỤM THI ĐUA LĐLĐ CÁC TỈNH BIÊN GIỚI PHÍA BẮC")).toMatchObject({
      sizePt: 13,
      bold: true,
    });
    expect(byText.get("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toMatchObject({ sizePt: 13, bold: true });
    expect(byText.get("Độc lập - Tự do - Hạnh phúc")).toMatchObject({ sizePt: 13, bold: true });
    expect(byText.get(doc.header.placeDate)).toMatchObject({ sizePt: 14, italic: true });
    expect(byText.get("BÁO CÁO")).toMatchObject({ sizePt: 14, bold: true });
    expect(byText.get("TM. CỤM THI ĐUA")).toMatchObject({ sizePt: 14, bold: true });
    expect(byText.get("Nông Văn Thành")).toMatchObject({ sizePt: 14, bold: true });
  });
});

describe("the header's rules", () => {
  /** The rule paragraphs of the header table's first row: [left cell's, right cell's], with the cell widths. */
  function rules(file: OpenedDocx) {
    const header = bodyOf(file).find((n) => n.name === "w:tbl")!;
    const cells = all(first(header, "w:tr")!, "w:tc");
    return cells.map((cell) => {
      const rule = all(cell, "w:p").find((p) => first(p, "w:pBdr"))!;
      const cellWidth = num(first(cell, "w:tcW"), "w:w");
      const padRight = num(first(first(cell, "w:tcMar")!, "w:right"), "w:w");
      const ind = first(rule, "w:ind")!;
      return {
        drawn: cellWidth - padRight - num(ind, "w:left") - num(ind, "w:right"),
        bottom: first(rule, "w:bottom"),
      };
    });
  }

  it("draws the rule under the motto as long as the motto and a short one under the issuing body", () => {
    for (const { doc, file } of written.values()) {
      const [issuing, motto] = rules(file);
      expect(Math.abs(motto!.drawn - twips(doc.header.mottoRule.widthPt))).toBeLessThanOrEqual(2);
      expect(Math.abs(issuing!.drawn - twips(doc.header.issuingRule.widthPt))).toBeLessThanOrEqual(2);
      expect(attr(motto!.bottom, "w:val")).toBe("single");
    }
  });
});

describe("tables", () => {
  it("sizes the columns from the model's shares of the section's width", () => {
    const { doc, file } = get("to-trinh-kon-tum");
    const model = doc.sections[1]!.blocks.find((b): b is TableBlock => b.type === "table")!;
    const grid = all(dataTables(file)[0]!, "w:gridCol").map((c) => num(c, "w:w"));
    expect(grid).toEqual(model.columns.map((c) => twips(c.widthPt)));
    expect(attr(first(dataTables(file)[0]!, "w:tblLayout"), "w:type")).toBe("fixed");
  });

  it("repeats the header rows on every page and lets no row break across pages", () => {
    for (const { doc, file } of written.values()) {
      const models = doc.sections.flatMap((s) => s.blocks).filter((b): b is TableBlock => b.type === "table");
      const tables = dataTables(file);
      expect(tables).toHaveLength(models.length);
      tables.forEach((table, t) => {
        const rows = childrenNamed(table, "w:tr");
        const headers = models[t]!.headerRows.length;
        expect(rows.map((r) => first(r, "w:tblHeader") !== undefined)).toEqual(
          rows.map((_, i) => i < headers),
        );
        for (const row of rows) expect(first(row, "w:cantSplit")).toBeDefined();
      });
    }
  });

  it("merges the ranking table's header cells as the model says: 'Điểm' over four columns, STT down two rows", () => {
    const [headerRow, secondRow] = childrenNamed(dataTables(get("to-trinh-kon-tum").file)[0]!, "w:tr");
    const cells = childrenNamed(headerRow!, "w:tc");
    const points = cells.find((c) => textOf(c) === "Điểm")!;
    expect(attr(first(points, "w:gridSpan"), "w:val")).toBe("4");
    expect(attr(first(cells[0]!, "w:vMerge"), "w:val")).toBe("restart");
    expect(attr(first(childrenNamed(secondRow!, "w:tc")[0]!, "w:vMerge"), "w:val")).toBe("continue");
  });

  it("keeps the last two rows, the closing words and the recipients and signature on one page", () => {
    const { file } = get("to-trinh-kon-tum");
    const keepNext = (node: XmlElement) =>
      all(node, "w:p").every((p) => isOn(first(first(p, "w:pPr") ?? p, "w:keepNext")));
    const rows = childrenNamed(dataTables(file)[0]!, "w:tr");
    expect(rows.slice(-2).every(keepNext)).toBe(true);
    expect(keepNext(rows[rows.length - 4]!)).toBe(false);
    const body = bodyOf(file);
    const tableAt = body.indexOf(dataTables(file)[0]!);
    const between = body.slice(tableAt + 1, -2).filter((n) => n.name === "w:p");
    expect(between.length).toBeGreaterThan(0);
    expect(between.every(keepNext)).toBe(true);
    const closing = body.filter((n) => n.name === "w:tbl").at(-1)!;
    expect(textOf(closing)).toContain("CỤM TRƯỞNG");
    expect(childrenNamed(closing, "w:tr").every((r) => first(r, "w:cantSplit"))).toBe(true);
  });
});

describe("words of each seed's system", () => {
  it("writes each document's code in its number line", () => {
    const numbers = DOCUMENT_SAMPLES.map((s) => {
      const text = textOf(get(s.name).file.document);
      return /Số: [^/]+\/([A-Za-z]+)-CTĐ/.exec(text)?.[1];
    });
    expect(numbers).toEqual(["TTr", "TTr", "TTr", "TTr", "BB", "BC", "DS"]);
  });

  it("addresses each seed's tờ trình to its own federation and lists its own recipients, filing last", () => {
    const expected: Record<string, { to: string; recipients: string[] }> = {
      "001": {
        to: "Kính gửi: Ban Thường vụ Liên đoàn Lao động tỉnh Kon Tum",
        recipients: ["- Thường trực LĐLĐ tỉnh;", "- Lưu: VT, CTĐ."],
      },
      "000/002": {
        to: "Kính gửi: Ban Thường vụ Liên đoàn Lao động thành phố Thủ Đức",
        recipients: ["- TT. LĐLĐ Tp. Thủ Đức;", "- Bộ phận CSPL LĐLĐ Tp. Thủ Đức;", "- Lưu: VT."],
      },
      "003": {
        to: "Kính gửi: Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
        recipients: ["- Ban Thi đua – Khen thưởng Tổng Liên đoàn;", "- Lưu: VT, CS-PL."],
      },
      "004": {
        to: "Kính gửi: Ban Thường vụ Công đoàn Viên chức tỉnh Thanh Hóa",
        recipients: ["- Các đơn vị thành viên Cụm;", "- Lưu: VT, VPCĐ."],
      },
    };
    for (const [seed, sample] of Object.entries(RECOMMENDATION_SAMPLES)) {
      const texts = all(get(sample.name).file.document, "w:p").map(textOf);
      expect(texts).toContain(expected[seed]!.to);
      const closing = texts.slice(texts.indexOf("Nơi nhận:"));
      expect(closing).toEqual(expect.arrayContaining(expected[seed]!.recipients));
      expect(closing.filter((t) => t.startsWith("- ")).at(-1)).toBe(expected[seed]!.recipients.at(-1));
    }
  });

  it("has no Kính gửi and no Nơi nhận on the minutes, but the secretary's and chair's signatures", () => {
    const texts = all(get("bien-ban-thu-duc").file.document, "w:p").map(textOf);
    expect(texts.some((t) => t.startsWith("Kính gửi"))).toBe(false);
    expect(texts).not.toContain("Nơi nhận:");
    expect(texts).toEqual(expect.arrayContaining(["THƯ KÝ", "CHỦ TRÌ", "Lê Thị Thu Hà", "Trần Văn Bình"]));
  });
});

describe("the file", () => {
  it("marks a draft 'DỰ THẢO' in a box on the first page only", async () => {
    const { file } = get("bao-cao-bien-gioi");
    const sectPr = all(file.document, "w:sectPr")[0]!;
    const ref = (type: string) =>
      attr(
        all(sectPr, "w:headerReference").find((r) => attr(r, "w:type") === type),
        "r:id",
      )!;
    const firstPage = await file.header(ref("first"));
    expect(textOf(firstPage).trim()).toBe("DỰ THẢO");
    expect(first(firstPage, "w:bdr")).toBeDefined();
    expect(textOf(await file.header(ref("default")))).not.toContain("DỰ THẢO");
    const final = get("to-trinh-kon-tum").file;
    const finalRef = attr(
      all(all(final.document, "w:sectPr")[0]!, "w:headerReference").find(
        (r) => attr(r, "w:type") === "first",
      ),
      "r:id",
    )!;
    expect(textOf(await final.header(finalRef))).toBe("");
  });

  it("dates the file by the document's date, not by the clock, and titles it", async () => {
    const core = await get("to-trinh-kon-tum").file.part("docProps/core.xml");
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2022-12-20T00:00:00Z</dcterms:created>',
    );
    expect(core).toContain("<dc:title>TỜ TRÌNH Về việc đề nghị khen thưởng");
    expect(await get("bao-cao-bien-gioi").file.part("docProps/core.xml")).not.toContain("dcterms:created");
  });

  it("writes the same document the same way twice (bar the zip's timestamps)", async () => {
    const { doc } = get("to-trinh-kon-tum");
    const [a, b] = await Promise.all([documentToDocx(doc), documentToDocx(doc)]);
    const [x, y] = await Promise.all([openDocx(a), openDocx(b)]);
    expect(await x.part("word/document.xml")).toBe(await y.part("word/document.xml"));
  });
});
