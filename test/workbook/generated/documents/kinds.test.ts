import {
  DOCUMENT_KINDS,
  documentKindCode,
  documentKindTitle,
  kindNeedsAddressee,
} from "../../../../src/workbook/generated/documents/kinds";

describe("document kinds", () => {
  it("prints each kind's name in capitals as its title", () => {
    expect(DOCUMENT_KINDS.map(documentKindTitle)).toEqual([
      "BÁO CÁO",
      "TỜ TRÌNH",
      "BIÊN BẢN",
      "KẾ HOẠCH",
      "DANH SÁCH",
    ]);
  });

  it("gives a tờ trình the code TTr, never a report's BC", () => {
    expect(documentKindCode("TTr")).toBe("TTr");
    expect(documentKindCode("BC")).toBe("BC");
  });

  it("addresses a tờ trình to the upper level, not minutes or lists", () => {
    expect(DOCUMENT_KINDS.filter(kindNeedsAddressee)).toEqual(["TTr"]);
  });
});
