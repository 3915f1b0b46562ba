/**
 * Vietnamese text for legacy-encoding conversion ("Chuyển mã"), shared by the pane, the command
 * and THIDUA.CHUYENMA so they name encodings and outcomes the same way.
 */
import type { LegacyEncoding } from "../core/text/legacy";

/** How users know the encodings: by the typing program's table names. */
export const LEGACY_ENCODING_LABEL: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: "TCVN3 (ABC)",
  vni: "VNI-Windows",
};

export const textMessages = {
  /** Nothing converted because nothing looked legacy. */
  notRecognised:
    "Không nhận ra chữ mã cũ (TCVN3 hay VNI): giữ nguyên. Nếu chắc chắn, hãy chọn bảng mã nguồn rồi chuyển lại.",
  /** Nothing converted because the text already holds Unicode Vietnamese. */
  alreadyUnicode:
    "Văn bản đã có chữ Việt Unicode (có thể lẫn mã cũ): giữ nguyên để khỏi làm hỏng chữ. Muốn chuyển, hãy chọn bảng mã nguồn.",
  /** After converting cells, e.g. "Đã chuyển 12 ô từ TCVN3 (ABC) sang Unicode, phông Times New Roman." */
  converted: (cells: number, encoding: LegacyEncoding, font: string): string =>
    `Đã chuyển ${cells} ô từ ${LEGACY_ENCODING_LABEL[encoding]} sang Unicode, phông ${font}.`,
  /** A forced encoding the command or function does not know. */
  unknownEncoding: (given: string): string => `Bảng mã «${given}» không được hỗ trợ: dùng tcvn3 hoặc vni.`,
} as const;
