import fc from "fast-check";
import { daysInMonth } from "../../../../src/core/calendar";
import {
  addresseeLines,
  dayInDateLine,
  documentNumberLine,
  headerName,
  isValidDocumentNumber,
  monthInDateLine,
  placeDateLine,
  recipientLines,
} from "../../../../src/workbook/generated/documents/header";
import { DOCUMENT_KINDS } from "../../../../src/workbook/generated/documents/kinds";

describe("the number line", () => {
  it("carries each kind's code before the cluster's (Phụ lục III: BC, TTr, BB, KH, DS)", () => {
    expect(DOCUMENT_KINDS.map((k) => documentNumberLine(k, 12))).toEqual([
      "Số: 12/BC-CTĐ",
      "Số: 12/TTr-CTĐ",
      "Số: 12/BB-CTĐ",
      "Số: 12/KH-CTĐ",
      "Số: 12/DS-CTĐ",
    ]);
  });

  it("writes numbers under 10 with a leading 0 and larger ones as they are", () => {
    expect(documentNumberLine("TTr", 5)).toBe("Số: 05/TTr-CTĐ");
    expect(documentNumberLine("TTr", 10)).toBe("Số: 10/TTr-CTĐ");
    expect(documentNumberLine("BC", 112)).toBe("Số: 112/BC-CTĐ");
  });

  it("leaves a number not yet registered as a space for the clerk to write in, never a printed mark", () => {
    expect(documentNumberLine("TTr", null)).toBe("Số:        /TTr-CTĐ");
    expect(documentNumberLine("BC", null)).not.toContain("…");
  });

  it("never prints an impossible number: 0, negative or fractional read as not registered", () => {
    for (const n of [0, -3, 2.5, Number.NaN]) {
      expect(isValidDocumentNumber(n)).toBe(false);
      expect(documentNumberLine("BB", n)).toBe("Số:        /BB-CTĐ");
    }
  });

  it("takes the issuer's own code where a cluster has one", () => {
    expect(documentNumberLine("KH", 3, " CTĐ1 ")).toBe("Số: 03/KH-CTĐ1");
  });
});

describe("the place-and-date line", () => {
  it("writes days under 10 and months 1 and 2 with a leading 0 (Nghị định 30/2020, Phụ lục I)", () => {
    expect(placeDateLine("Tp. Thủ Đức", { year: 2023, month: 1, day: 5 })).toBe(
      "Tp. Thủ Đức, ngày 05 tháng 01 năm 2023",
    );
    expect(placeDateLine("Kon Tum", { year: 2022, month: 2, day: 28 })).toBe(
      "Kon Tum, ngày 28 tháng 02 năm 2022",
    );
  });

  it("writes months from March as they are", () => {
    expect(placeDateLine("Thanh Hóa", { year: 2022, month: 6, day: 9 })).toBe(
      "Thanh Hóa, ngày 09 tháng 6 năm 2022",
    );
    expect(placeDateLine("Kon Tum", { year: 2022, month: 12, day: 20 })).toBe(
      "Kon Tum, ngày 20 tháng 12 năm 2022",
    );
  });

  it("leaves day and month to be written in when only the year is known", () => {
    expect(placeDateLine("Cao Bằng", { year: 2015 })).toBe(
      `Cao Bằng, ngày ${" ".repeat(7)} tháng ${" ".repeat(7)} năm 2015`,
    );
  });

  it("starts with a capital when no place is given", () => {
    expect(placeDateLine("  ", { year: 2023, month: 3, day: 1 })).toBe("Ngày 01 tháng 3 năm 2023");
  });

  it("gives back the day, month and year of every real date, padded only where the decree says", () => {
    const dates = fc
      .record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) })
      .chain(({ year, month }) =>
        fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day) => ({ year, month, day })),
      );
    fc.assert(
      fc.property(dates, (date) => {
        const match = /^Kon Tum, ngày (\d+) tháng (\d+) năm (\d{4})$/.exec(placeDateLine("Kon Tum", date));
        expect(match).not.toBeNull();
        const [, day, month, year] = match!;
        expect([Number(day), Number(month), Number(year)]).toEqual([date.day, date.month, date.year]);
        expect(day).toHaveLength(2);
        expect(month!.length === 2).toBe(date.month <= 2 || date.month >= 10);
      }),
    );
  });

  it("pads the pieces the same way on their own", () => {
    expect([dayInDateLine(1), dayInDateLine(31), monthInDateLine(2), monthInDateLine(9)]).toEqual([
      "01",
      "31",
      "02",
      "9",
    ]);
  });
});

describe("names in the header", () => {
  it("prints Vietnamese names in capitals, composed (NFC) and with single spaces", () => {
    const decomposed = "Cụm thi đua LĐLĐ các tỉnh  Biên giới phía Bắc".normalize("NFD");
    const name = headerName(` ${decomposed} `);
    expect(name).toBe("CỤM THI ĐUA LĐLĐ CÁC TỈNH BIÊN GIỚI PHÍA BẮC");
    expect(name).toBe(name.normalize("NFC"));
  });
});

describe("addressee and recipients", () => {
  it("puts one addressee on the Kính gửi line", () => {
    expect(addresseeLines(["Tổng Liên đoàn Lao động Việt Nam."])).toEqual([
      "Kính gửi: Tổng Liên đoàn Lao động Việt Nam",
    ]);
  });

  it("lists several addressees under Kính gửi, the last with a full stop", () => {
    expect(addresseeLines(["Thường trực LĐLĐ tỉnh", "- Ban Chính sách – Pháp luật;"])).toEqual([
      "Kính gửi:",
      "- Thường trực LĐLĐ tỉnh;",
      "- Ban Chính sách – Pháp luật.",
    ]);
  });

  it("has no addressee line when there is none", () => {
    expect(addresseeLines(["", "  "])).toEqual([]);
  });

  it("writes each recipient as '- …;' and ends with the filing line '- Lưu: VT, ….'", () => {
    expect(
      recipientLines(["Như trên", "TT. LĐLĐ Tp. Thủ Đức;", "- Các thành viên trong CTĐ 1."], ["CTĐ"]),
    ).toEqual(["- Như trên;", "- TT. LĐLĐ Tp. Thủ Đức;", "- Các thành viên trong CTĐ 1;", "- Lưu: VT, CTĐ."]);
  });

  it("files at the office alone when no other copy is kept", () => {
    expect(recipientLines(["Như trên"], [])).toEqual(["- Như trên;", "- Lưu: VT."]);
  });
});
