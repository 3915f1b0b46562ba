import { DOCUMENT_SAMPLES, RECOMMENDATION_SAMPLES } from "../../../support/document-samples";
import {
  type DocumentInput,
  buildAdministrativeDocument,
  clusterHeadSignature,
} from "../../../../src/workbook/generated/documents/build";
import { MOTTO } from "../../../../src/workbook/generated/documents/header";
import { textWidthPt, wrapText } from "../../../../src/workbook/generated/documents/metrics";
import type { ParagraphBlock, TableBlock } from "../../../../src/workbook/generated/documents/model";
import { SIZES_PT, textAreaWidthPt } from "../../../../src/workbook/generated/documents/page";

const konTum = RECOMMENDATION_SAMPLES["001"].input;
const border = DOCUMENT_SAMPLES.find((s) => s.name === "bao-cao-bien-gioi")!.input;
const minutes = DOCUMENT_SAMPLES.find((s) => s.name === "bien-ban-thu-duc")!.input;

const base: DocumentInput = {
  kind: "TTr",
  parentBody: "Liên đoàn Lao động tỉnh Kon Tum",
  issuingBody: "Cụm thi đua số 1",
  number: null,
  place: "Kon Tum",
  date: { year: 2022, month: 12, day: 20 },
  subject: "Về việc đề nghị khen thưởng",
  addressees: ["Ban Thường vụ LĐLĐ tỉnh Kon Tum"],
  sections: [{ orientation: "portrait", blocks: [{ type: "paragraph", text: "Nội dung." }] }],
  closing: { recipients: ["Như trên"], filing: ["CTĐ"], signature: clusterHeadSignature("Nguyễn Văn A") },
};

describe("the header", () => {
  it("prints the parent and issuing bodies in capitals, the kind's code in the number and the place and date", () => {
    const { header } = buildAdministrativeDocument(konTum);
    expect(header.parentBody).toBe("LIÊN ĐOÀN LAO ĐỘNG TỈNH KON TUM");
    expect(header.issuingBody).toBe("CỤM THI ĐUA CÁC CÔNG ĐOÀN NGÂN HÀNG");
    expect(header.numberLine).toBe("Số: 07/TTr-CTĐ");
    expect(header.nation).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(header.motto).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(header.placeDate).toBe("Kon Tum, ngày 20 tháng 12 năm 2022");
  });

  it("numbers each kind with its own code", () => {
    const lines = DOCUMENT_SAMPLES.map((s) => buildAdministrativeDocument(s.input).header.numberLine);
    expect(lines).toEqual([
      "Số: 07/TTr-CTĐ",
      "Số: 01/TTr-CTĐ",
      "Số: 01/TTr-CTĐ",
      "Số: 01/TTr-CTĐ",
      "Số: 02/BB-CTĐ",
      "Số:        /BC-CTĐ",
      "Số: 08/DS-CTĐ",
    ]);
  });

  it("draws the rule under the motto as long as the motto", () => {
    const { header } = buildAdministrativeDocument(base);
    expect(header.mottoRule.widthPt).toBeCloseTo(textWidthPt(MOTTO, SIZES_PT.motto, "bold"), 6);
  });

  it("draws a short rule under the issuing body: 1/3 to 1/2 of its longest line, a long name wrapped", () => {
    const { header } = buildAdministrativeDocument(border);
    const lines = wrapText(
      header.issuingBody,
      header.leftWidthPt - header.gapPt,
      SIZES_PT.issuingBody,
      "bold",
    );
    expect(lines.length).toBeGreaterThan(1);
    const longest = Math.max(...lines.map((l) => l.widthPt));
    expect(longest).toBeLessThanOrEqual(header.leftWidthPt - header.gapPt);
    expect(header.issuingRule.widthPt).toBeGreaterThanOrEqual(longest / 3);
    expect(header.issuingRule.widthPt).toBeLessThanOrEqual(longest / 2);
  });

  it("gives the right column room for the national title on one line", () => {
    const { header } = buildAdministrativeDocument(base);
    expect(textWidthPt(header.nation, SIZES_PT.nation, "bold")).toBeLessThanOrEqual(header.rightWidthPt);
    expect(header.leftWidthPt + header.rightWidthPt).toBeCloseTo(textAreaWidthPt("portrait"), 6);
  });
});

describe("the title and the addressee", () => {
  it("prints the kind in capitals over the subject, with a short rule under the subject", () => {
    const { title } = buildAdministrativeDocument(konTum);
    expect(title.kind).toBe("TỜ TRÌNH");
    expect(title.subject).toBe(
      "Về việc đề nghị khen thưởng các đơn vị dẫn đầu, xuất sắc trong phong trào thi đua năm 2022",
    );
    const longest = Math.max(
      ...wrapText(title.subject, textAreaWidthPt("portrait"), SIZES_PT.subject, "bold").map((l) => l.widthPt),
    );
    expect(title.subjectRule.widthPt).toBeGreaterThanOrEqual(longest / 3);
    expect(title.subjectRule.widthPt).toBeLessThanOrEqual(longest / 2);
  });

  it("carries the list's note under its title", () => {
    const list = DOCUMENT_SAMPLES.find((s) => s.name === "danh-sach-thanh-hoa")!.input;
    expect(buildAdministrativeDocument(list).title.note).toBe(
      "(Kèm theo Tờ trình số 07/TTr-CTĐ ngày 09/6/2022 của Cụm thi đua số 5)",
    );
  });

  it("addresses each seed's tờ trình to its own upper level", () => {
    expect(
      Object.values(RECOMMENDATION_SAMPLES).map((s) => buildAdministrativeDocument(s.input).addressee),
    ).toEqual([
      ["Kính gửi: Ban Thường vụ Liên đoàn Lao động tỉnh Kon Tum"],
      ["Kính gửi: Ban Thường vụ Liên đoàn Lao động thành phố Thủ Đức"],
      ["Kính gửi: Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam"],
      ["Kính gửi: Ban Thường vụ Công đoàn Viên chức tỉnh Thanh Hóa"],
    ]);
  });

  it("has no addressee on the minutes", () => {
    expect(buildAdministrativeDocument(minutes).addressee).toEqual([]);
  });
});

describe("the body", () => {
  it("turns a section holding a table too wide for portrait to landscape, and leaves the others portrait", () => {
    const doc = buildAdministrativeDocument(konTum);
    expect(doc.sections.map((s) => s.orientation)).toEqual(["portrait", "landscape"]);
    expect(doc.sections[1]!.textWidthPt).toBeCloseTo(textAreaWidthPt("landscape"), 6);
    const table = doc.sections[1]!.blocks.find((b): b is TableBlock => b.type === "table")!;
    expect(table.widthPt).toBeCloseTo(textAreaWidthPt("landscape"), 6);
  });

  it("justifies running text at 14 pt with the first line indented, and keeps headings with what follows", () => {
    const doc = buildAdministrativeDocument(border);
    const [heading, text] = doc.sections[0]!.blocks as ParagraphBlock[];
    expect(heading).toMatchObject({ align: "justify", sizePt: 14, keepWithNext: true });
    expect(heading!.spans.every((s) => s.bold)).toBe(true);
    expect(text).toMatchObject({ align: "justify", sizePt: 14, firstLineIndent: true, keepWithNext: false });
    expect(text!.spans.every((s) => s.italic)).toBe(true);
  });

  it("leaves space between a table and the paragraph after it", () => {
    const blocks = buildAdministrativeDocument(minutes).sections[0]!.blocks;
    const afterTable = blocks[blocks.findIndex((b) => b.type === "table") + 1] as ParagraphBlock;
    expect(afterTable.spaceBeforePt).toBeGreaterThan(0);
    expect((blocks[0] as ParagraphBlock).spaceBeforePt).toBe(0);
  });

  it("keeps the last two rows of the last table and the words after it with the closing", () => {
    const blocks = buildAdministrativeDocument(konTum).sections[1]!.blocks;
    expect(blocks.map((b) => (b.type === "table" ? b.keepLastRowsWithNext : b.keepWithNext))).toEqual([
      true,
      2,
      true,
    ]);
    // The first section's table-less end is not the document's end: nothing kept there.
    const first = buildAdministrativeDocument(konTum).sections[0]!.blocks as ParagraphBlock[];
    expect(first.map((b) => b.keepWithNext)).toEqual([false, false]);
  });

  it("keeps only the last two paragraphs with the closing when no table ends the body", () => {
    const input: DocumentInput = {
      ...base,
      sections: [
        {
          orientation: "portrait",
          blocks: ["Một.", "Hai.", "Ba.", "Bốn."].map((text) => ({ type: "paragraph" as const, text })),
        },
      ],
    };
    const blocks = buildAdministrativeDocument(input).sections[0]!.blocks as ParagraphBlock[];
    expect(blocks.map((b) => b.keepWithNext)).toEqual([false, false, true, true]);
  });

  it("refuses a document without a section", () => {
    expect(() => buildAdministrativeDocument({ ...base, sections: [] })).toThrow(/at least one section/);
  });
});

describe("the closing", () => {
  it("lists the recipients with the filing line last and signs for the cluster as its head", () => {
    const { closing } = buildAdministrativeDocument(konTum);
    expect(closing).toEqual({
      type: "recipients-and-signature",
      recipientsTitle: "Nơi nhận:",
      recipients: [
        "- Như trên;",
        "- Thường trực LĐLĐ tỉnh;",
        "- Ban Chính sách – Pháp luật LĐLĐ tỉnh;",
        "- Các đơn vị thành viên trong Cụm;",
        "- Lưu: VT, CTĐ.",
      ],
      signature: { authority: "TM. CỤM THI ĐUA", position: "CỤM TRƯỞNG", name: "Nguyễn Thị Phương Thảo" },
    });
  });

  it("signs the minutes by the secretary and the chair side by side, positions in capitals", () => {
    expect(buildAdministrativeDocument(minutes).closing).toEqual({
      type: "signatures",
      signatures: [
        { authority: null, position: "THƯ KÝ", name: "Lê Thị Thu Hà" },
        { authority: null, position: "CHỦ TRÌ", name: "Trần Văn Bình" },
      ],
    });
  });
});

describe("the document", () => {
  it("dates the file by the document's date, or not at all when only the year is known", () => {
    expect(buildAdministrativeDocument(konTum).isoDate).toBe("2022-12-20");
    expect(buildAdministrativeDocument(border).isoDate).toBeNull();
  });

  it("marks a draft only when asked", () => {
    expect(buildAdministrativeDocument(border)).toMatchObject({ draft: true, draftMark: "DỰ THẢO" });
    expect(buildAdministrativeDocument(base).draft).toBe(false);
  });
});
