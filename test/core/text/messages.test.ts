import { LEGACY_ENCODING_LABEL, textMessages } from "../../../src/messages/text";

describe("text messages", () => {
  it("name both encodings and the font in the conversion summary", () => {
    expect(textMessages.converted(12, "tcvn3", "Times New Roman")).toBe(
      "Đã chuyển 12 ô từ TCVN3 (ABC) sang Unicode, phông Times New Roman.",
    );
    expect(textMessages.converted(1, "vni", "Arial")).toContain(LEGACY_ENCODING_LABEL.vni);
  });

  it("quote an unknown encoding and list the known ones", () => {
    expect(textMessages.unknownEncoding("viqr")).toBe(
      "Bảng mã «viqr» không được hỗ trợ: dùng tcvn3 hoặc vni.",
    );
  });

  it("are written in NFC, as every text the product shows", () => {
    const all = [
      ...Object.values(LEGACY_ENCODING_LABEL),
      textMessages.notRecognised,
      textMessages.alreadyUnicode,
    ];
    for (const text of all) expect(text).toBe(text.normalize("NFC"));
  });
});
