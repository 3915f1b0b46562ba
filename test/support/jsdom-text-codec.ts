/**
 * jsdom (the component tests' window) has no TextDecoder or TextEncoder, which browsers and Node
 * have; the .xlsx adapter decodes its XML with them. Imported first by the component tests that run
 * the real adapter, so they get the Node ones.
 */
import { TextDecoder, TextEncoder } from "util";

Object.assign(globalThis, {
  TextDecoder: globalThis.TextDecoder ?? TextDecoder,
  TextEncoder: globalThis.TextEncoder ?? TextEncoder,
});
