import { RECOMMENDATION_SAMPLES, DOCUMENT_SAMPLES } from "../../../support/document-samples";
import { type DocumentInput, clusterHeadSignature } from "../../../../src/workbook/generated/documents/build";
import { documentProblems } from "../../../../src/workbook/generated/documents/problems";

const konTum = RECOMMENDATION_SAMPLES["001"].input;

describe("what keeps a document from being final", () => {
  it("finds nothing in the samples", () => {
    for (const sample of DOCUMENT_SAMPLES) expect(documentProblems(sample.input)).toEqual([]);
  });

  it("says a signer's name is missing, by position", () => {
    const input: DocumentInput = {
      ...konTum,
      closing: { recipients: ["Như trên"], filing: [], signature: clusterHeadSignature("  ") },
    };
    expect(documentProblems(input)).toEqual([{ code: "DOC_SIGNER_MISSING", position: "CỤM TRƯỞNG" }]);
  });

  it("wants an addressee on a tờ trình", () => {
    expect(documentProblems({ ...konTum, addressees: [] })).toEqual([{ code: "DOC_ADDRESSEE_MISSING" }]);
  });

  it("wants a place, a real date, a registered number that can be printed, a subject and an issuer", () => {
    const input: DocumentInput = {
      ...konTum,
      issuingBody: " ",
      place: "",
      date: { year: 2023, month: 2, day: 29 },
      number: 0,
      subject: "",
    };
    expect(documentProblems(input).map((p) => p.code)).toEqual([
      "DOC_ISSUING_BODY_MISSING",
      "DOC_NUMBER_INVALID",
      "DOC_PLACE_MISSING",
      "DOC_DATE_INVALID",
      "DOC_SUBJECT_MISSING",
    ]);
  });

  it("accepts a date given by its year only, to be written in at signing", () => {
    expect(documentProblems({ ...konTum, date: { year: 2022 } })).toEqual([]);
  });

  it("wants a recipient besides the office's own copy", () => {
    const input: DocumentInput = {
      ...konTum,
      closing: { recipients: [], filing: ["CTĐ"], signature: clusterHeadSignature("Nguyễn Văn A") },
    };
    expect(documentProblems(input)).toEqual([{ code: "DOC_RECIPIENTS_MISSING" }]);
  });

  it("names a table cell whose word is too wide for its column, with the section and table", () => {
    const input: DocumentInput = {
      ...konTum,
      sections: [
        {
          orientation: "portrait",
          blocks: [
            { type: "paragraph", text: "Bảng:" },
            {
              type: "table",
              columns: [{ share: 1 }, { share: 30 }],
              header: [["STT", "Tên đơn vị"]],
              rows: [["1", "Công đoàn A"]],
            },
          ],
        },
      ],
    };
    expect(documentProblems(input)).toEqual([
      { code: "DOC_TABLE_TOO_NARROW", section: 0, block: 1, row: 0, column: 0, word: "STT" },
    ]);
  });
});
