/**
 * The unit files' names: "<code> - <name>.xlsx", safe on every system, unique in one folder.
 */
import { normalizeKey } from "../../core/text/normalize";

/** Characters Windows refuses in file names, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const FILE_NAME_FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/gu;
/** Names Windows reserves for devices, whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/iu;
const MAX_FILE_BASE = 100;

/**
 * "<code> - <name>.xlsx", safe on Windows, macOS and Linux: forbidden characters become spaces,
 * trailing dots and spaces go, device names get an underscore. Vietnamese letters are kept (NFC):
 * every current system and mail client handles them, and the unit recognises its own name.
 *
 * @example unitFileName("DV01", "Công đoàn Ngân hàng: CN Kon Tum") === "DV01 - Công đoàn Ngân hàng CN Kon Tum.xlsx"
 */
export function unitFileName(code: string, name: string): string {
  const clean = (s: string): string =>
    s
      .normalize("NFC")
      .replace(FILE_NAME_FORBIDDEN, " ")
      .replace(/\s+/gu, " ")
      .trim()
      .replace(/[. ]+$/u, "");
  const parts = [clean(code), clean(name)].filter((p) => p !== "");
  const unique = parts.length === 2 && normalizeKey(parts[0] ?? "") === normalizeKey(parts[1] ?? "");
  let base = (unique ? [parts[0] ?? ""] : parts).join(" - ");
  if (base.length > MAX_FILE_BASE) base = base.slice(0, MAX_FILE_BASE).replace(/[. ]+$/u, "");
  if (base === "") base = "don-vi";
  if (WINDOWS_RESERVED.test(base)) base = `${base}_`;
  return `${base}.xlsx`;
}

/** Names made unique case-insensitively ("A.xlsx", "A (2).xlsx"), as a Windows folder needs. */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf(".");
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const ext = dot > 0 ? name.slice(dot) : "";
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
