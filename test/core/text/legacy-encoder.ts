/**
 * Test-only encoders (Unicode → the Latin-1 characters a legacy font's bytes read back as), built
 * from the same tables the decoders use, so round trips check the decoders against the tables.
 */
import { TCVN3_TO_UNICODE, VNI_LETTERS } from "../../../src/core/text/legacy-tables";

const toTcvn3 = new Map([...TCVN3_TO_UNICODE].map(([legacy, unicode]) => [unicode, legacy]));
const toVni = new Map<string, string>();
for (const [unicode, vni] of VNI_LETTERS) {
  toVni.set(unicode, vni);
  toVni.set(unicode.toUpperCase(), vni.toUpperCase());
}

/** TCVN3 has no toned capitals: those throw (write them lower-case for a ….H font instead). */
export function encodeTcvn3(text: string): string {
  return [...text.normalize("NFC")]
    .map((ch) => {
      const legacy = toTcvn3.get(ch);
      if (legacy !== undefined) return legacy;
      if (ch > "\u007f" && ch.toLowerCase() !== ch && toTcvn3.has(ch.toLowerCase())) {
        throw new Error(`TCVN3 has no code for capital ${ch}`);
      }
      return ch;
    })
    .join("");
}

export function encodeVni(text: string): string {
  return [...text.normalize("NFC")].map((ch) => toVni.get(ch) ?? ch).join("");
}
