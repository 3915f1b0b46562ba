/**
 * XML parts read as a stream with saxes: bytes are decoded as they arrive (UTF-8, or UTF-16 when the
 * part starts with its byte-order mark or its first character in UTF-16), elements are reported by
 * local name whatever their namespace prefix, and a document type declaration is refused before
 * anything in it is used (no DTD, no entity of the file's own).
 */
import { scanXml } from "./scan";
import { SaxesParser, type SaxesTagPlain } from "saxes";

/** A part refused for its XML: not well-formed, or with a document type declaration. */
export class XmlFault extends Error {
  constructor(readonly reason: "doctype" | "malformed") {
    super(reason);
  }
}

export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandler {
  /** An element starts; `name` is its local name. */
  open(name: string, attributes: Attributes, selfClosing: boolean): void;
  /** An element ends (also after a self-closing one). */
  close?(name: string): void;
  /**
   * Each attribute of the element about to open, in document order, before `open` (its qualified
   * name as written). For a handler that looks at a few attributes of very many elements: the
   * attributes record is a dictionary, costly to search for a name that is not there.
   */
  attribute?(name: string, value: string): void;
  /** Text (and CDATA), only while `wantsText()` says so. */
  text?(text: string): void;
  wantsText?(): boolean;
  /**
   * Read by our own scanner only (scan.ts; saxes always reports every attribute): whether the
   * element about to open, by local name, needs its attributes — its `attribute` calls and its
   * record. An element it says no to opens with an empty record. Absent: every element does.
   */
  wantsAttributes?(name: string): boolean;
}

/** The local part of a qualified name ("x:row" → "row"). */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by local name whatever its prefix ("r:id", "ns1:id"): the plain name wins. */
export function attribute(attributes: Attributes, local: string): string | undefined {
  const plain = attributes[local];
  if (plain !== undefined) return plain;
  // Asked for every cell's type and style, most often absent: the prefixed names are looked for
  // without building a string per attribute.
  const colonAt = -local.length - 1;
  for (const key in attributes) {
    if (
      key.length >= local.length + 1 &&
      key.charCodeAt(key.length + colonAt) === 0x3a &&
      key.endsWith(local) &&
      !key.startsWith("xmlns")
    )
      return attributes[key];
  }
  return undefined;
}

function encodingOf(head: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" {
  const [a, b] = [head[0], head[1]];
  if (a === 0xff && b === 0xfe) return "utf-16le";
  if (a === 0xfe && b === 0xff) return "utf-16be";
  if (a === 0x3c && b === 0x00) return "utf-16le";
  if (a === 0x00 && b === 0x3c) return "utf-16be";
  return "utf-8";
}

const utf8 = new TextDecoder("utf-8", { fatal: false });

/** A whole part's text, decoded as `XmlStream` decodes it (UTF-8, or UTF-16 by its first bytes). */
export function decodeXml(bytes: Uint8Array): string {
  const encoding = encodingOf(bytes);
  return (encoding === "utf-8" ? utf8 : new TextDecoder(encoding, { fatal: false })).decode(bytes);
}

function ignore(): void {}

/** A streaming parse: feed it the part's bytes chunk by chunk, then end it. */
export class XmlStream {
  private readonly parser: SaxesParser;
  private decoder: { decode(input?: Uint8Array, options?: { stream?: boolean }): string } | null = null;

  constructor(handler: XmlHandler) {
    const parser = new SaxesParser({ xmlns: false, position: false });
    // Every parser gets the same handlers in the same order, a no-op where this handler has none.
    // saxes keeps each handler in a property that `on` adds: parsers given other sets have other
    // hidden classes, and once its state machine has met a few of them every property read in it
    // goes megamorphic — a sheet then parsed about 4× slower than by a parser on its own.
    parser.on("doctype", () => {
      throw new XmlFault("doctype");
    });
    parser.on("opentag", (tag: SaxesTagPlain) => {
      handler.open(localName(tag.name), tag.attributes, tag.isSelfClosing);
    });
    if (handler.attribute) {
      const attribute = handler.attribute.bind(handler);
      parser.on("attribute", (a: { name: string; value: string }) => attribute(a.name, a.value));
    } else parser.on("attribute", ignore);
    if (handler.close) {
      const close = handler.close.bind(handler);
      parser.on("closetag", (tag: SaxesTagPlain) => close(localName(tag.name)));
    } else parser.on("closetag", ignore);
    const onText = !handler.text
      ? ignore
      : handler.wantsText
        ? (t: string): void => {
            if (handler.wantsText?.() === true) handler.text?.(t);
          }
        : (t: string): void => handler.text?.(t);
    parser.on("text", onText);
    parser.on("cdata", onText);
    parser.on("error", (error: Error) => {
      throw error;
    });
    this.parser = parser;
  }

  write(chunk: Uint8Array): void {
    if (this.decoder === null) this.decoder = new TextDecoder(encodingOf(chunk), { fatal: false });
    this.run(() => this.parser.write(this.decoder?.decode(chunk, { stream: true }) ?? ""));
  }

  end(): void {
    const rest = this.decoder?.decode() ?? "";
    this.run(() => {
      if (rest) this.parser.write(rest);
      this.parser.close();
    });
  }

  private run(step: () => void): void {
    try {
      step();
    } catch (error) {
      // saxes reports bad XML with a plain Error; a handler's own refusal (a limit) has its own class.
      if (error instanceof Error && error.constructor !== Error) throw error;
      throw new XmlFault("malformed");
    }
  }
}

/** Parses a whole part held in memory, with saxes. */
export function parseXml(bytes: Uint8Array, handler: XmlHandler): void {
  const stream = new XmlStream(handler);
  stream.write(bytes);
  stream.end();
}

/**
 * Reads a whole part held in memory: scan.ts's scanner first, saxes when the scanner gives up on
 * something it does not know. Each pass gets a fresh handler and its result from `start`, so a part
 * the scanner half-read leaves nothing behind. The package's small parts (content types,
 * relationships, the workbook, styles, tables) are read here: a workbook has dozens of them, and a
 * saxes parser costs more to set up than the scanner takes to read one.
 */
export function readXml<T>(bytes: Uint8Array, start: () => { handler: XmlHandler; done: () => T }): T {
  const first = start();
  if (scanXml(decodeXml(bytes), first.handler)) return first.done();
  const second = start();
  parseXml(bytes, second.handler);
  return second.done();
}

/** Escapes text for an XML element or attribute; drops characters XML 1.0 cannot hold. */
// Characters XML 1.0 cannot hold: the C0 controls but tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
