/**
 * A strict, linear scanner for the XML that worksheet parts are written in, reporting to the same
 * `XmlHandler` the saxes stream does, with the same events (local names, attributes in document order
 * and as a record, a close after a self-closing element, text and CDATA while `wantsText()` says so).
 * It knows a small part of XML: a version 1.0 declaration, elements with ASCII names (any prefix),
 * attributes quoted with ' or ", the five predefined entities and character references, CDATA
 * sections, comments and whitespace outside the root. On anything else — a document type
 * declaration, a processing instruction, an unknown entity, a character XML refuses, a carriage
 * return or tab that XML would normalise, a name outside ASCII, a mismatched or missing end tag,
 * a duplicate attribute — it gives up and returns false: the caller then parses the part again
 * with saxes (xml.ts), from a fresh handler, so a part it does not know is read, or refused, exactly
 * as before. It never reports a fault itself.
 *
 * Why: saxes checks every character in a state machine; a worksheet is mostly markup, and finding
 * the next `<`, `"` or `>` with indexOf is several times faster. test/adapters/xlsx/scan.test.ts
 * compares the sheet reader's grids through both on generated parts and on other producers' files.
 */
import type { Attributes, XmlHandler } from "./xml";

/** Thrown inside the scan to stop at the first thing it does not know. */
class GiveUp extends Error {}
const GIVE_UP = new GiveUp("not known to the scanner");

const EMPTY: Attributes = Object.freeze(Object.create(null) as Record<string, string>);

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
}

/** A code point XML 1.0 allows as a character reference's value. */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x09 ||
    cp === 0x0a ||
    cp === 0x0d ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** The local part of a qualified name, as xml.ts's `localName` (kept here: a call across modules costs per element). */
function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

const XML_DECLARATION =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>/u;

class Scanner {
  private pos = 0;
  private readonly stack: string[] = [];
  private readonly attrStarts: number[] = [];
  private readonly attrEnds: number[] = [];
  private readonly attrNames: string[] = [];
  private readonly attrValues: string[] = [];

  constructor(
    private readonly text: string,
    private readonly handler: XmlHandler,
  ) {}

  run(): void {
    const text = this.text;
    const length = text.length;
    if (text.startsWith("<?xml")) {
      const m = XML_DECLARATION.exec(text);
      if (!m) throw GIVE_UP;
      this.pos = m[0].length;
    }
    let rootSeen = false;
    const stack = this.stack;
    while (this.pos < length) {
      const lt = text.indexOf("<", this.pos);
      const end = lt < 0 ? length : lt;
      if (end > this.pos) {
        if (stack.length === 0) this.onlySpace(this.pos, end);
        else this.content(this.pos, end);
      }
      if (lt < 0) break;
      this.pos = lt + 1;
      const c = text.charCodeAt(this.pos);
      if (c === 0x2f) {
        this.endTag();
      } else if (c === 0x21) {
        if (text.startsWith("!--", this.pos)) this.comment();
        else if (stack.length > 0 && text.startsWith("![CDATA[", this.pos)) this.cdata();
        else throw GIVE_UP;
      } else {
        if (stack.length === 0 && rootSeen) throw GIVE_UP;
        rootSeen = true;
        this.startTag();
      }
    }
    if (!rootSeen || stack.length !== 0) throw GIVE_UP;
  }

  private onlySpace(from: number, to: number): void {
    const text = this.text;
    for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) throw GIVE_UP;
  }

  /** A name at the current position; the position moves past it. */
  private name(): string {
    const text = this.text;
    const start = this.pos;
    if (!isNameStart(text.charCodeAt(start))) throw GIVE_UP;
    let i = start + 1;
    while (isNameChar(text.charCodeAt(i))) i++;
    this.pos = i;
    return text.slice(start, i);
  }

  private skipSpace(): boolean {
    const text = this.text;
    const start = this.pos;
    while (isSpace(text.charCodeAt(this.pos))) this.pos++;
    return this.pos > start;
  }

  private startTag(): void {
    const text = this.text;
    const qname = this.name();
    const local = localName(qname);
    const handler = this.handler;
    // Attributes nobody reads are checked (quoted, unique, their characters and references) but
    // neither cut out nor gathered into a record: a worksheet's validations carry many.
    const keep = handler.wantsAttributes === undefined || handler.wantsAttributes(local);
    const starts = this.attrStarts;
    const ends = this.attrEnds;
    const names = this.attrNames;
    const values = this.attrValues;
    // Counts, not `length = 0`: truncating an array costs more than the scan of a short element.
    let count = 0;
    let kept = 0;
    let selfClosing = false;
    for (;;) {
      const spaced = this.skipSpace();
      const c = text.charCodeAt(this.pos);
      if (c === 0x3e) {
        this.pos++;
        break;
      }
      if (c === 0x2f) {
        if (text.charCodeAt(this.pos + 1) !== 0x3e) throw GIVE_UP;
        this.pos += 2;
        selfClosing = true;
        break;
      }
      if (!spaced) throw GIVE_UP;
      const nameStart = this.pos;
      if (!isNameStart(c)) throw GIVE_UP;
      let i = nameStart + 1;
      while (isNameChar(text.charCodeAt(i))) i++;
      const nameLength = i - nameStart;
      for (let k = 0; k < count; k++) {
        const other = starts[k]!;
        if (ends[k]! - other !== nameLength) continue;
        let j = 0;
        while (j < nameLength && text.charCodeAt(other + j) === text.charCodeAt(nameStart + j)) j++;
        if (j === nameLength) throw GIVE_UP;
      }
      starts[count] = nameStart;
      ends[count] = i;
      count++;
      this.pos = i;
      this.skipSpace();
      if (text.charCodeAt(this.pos) !== 0x3d) throw GIVE_UP;
      this.pos++;
      this.skipSpace();
      const quote = text.charCodeAt(this.pos);
      if (quote !== 0x22 && quote !== 0x27) throw GIVE_UP;
      const close = text.indexOf(quote === 0x22 ? '"' : "'", this.pos + 1);
      if (close < 0) throw GIVE_UP;
      const plain = this.attributeChars(this.pos + 1, close);
      if (keep) {
        names[kept] = text.slice(nameStart, i);
        values[kept] = plain ? text.slice(this.pos + 1, close) : this.unescape(this.pos + 1, close);
        kept++;
      } else if (!plain) this.unescape(this.pos + 1, close);
      this.pos = close + 1;
    }
    let attrs = EMPTY;
    if (kept > 0) {
      const record = Object.create(null) as Record<string, string>;
      for (let k = 0; k < kept; k++) {
        const name = names[k]!;
        const value = values[k]!;
        handler.attribute?.(name, value);
        record[name] = value;
      }
      attrs = record;
    }
    if (selfClosing) {
      handler.open(local, attrs, true);
      handler.close?.(local);
    } else {
      this.stack.push(qname);
      handler.open(local, attrs, false);
    }
  }

  private endTag(): void {
    this.pos++;
    const qname = this.name();
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) !== 0x3e) throw GIVE_UP;
    this.pos++;
    if (this.stack.pop() !== qname) throw GIVE_UP;
    this.handler.close?.(localName(qname));
  }

  private comment(): void {
    const text = this.text;
    const start = this.pos + 3;
    const end = text.indexOf("-->", start);
    if (end < 0) throw GIVE_UP;
    const body = text.slice(start, end);
    if (body.includes("--") || body.endsWith("-")) throw GIVE_UP;
    this.checkChars(start, end);
    this.pos = end + 3;
  }

  private cdata(): void {
    const text = this.text;
    const start = this.pos + 8;
    const end = text.indexOf("]]>", start);
    if (end < 0) throw GIVE_UP;
    this.checkChars(start, end);
    this.pos = end + 3;
    if (end > start) this.deliver(text.slice(start, end));
  }

  private deliver(t: string): void {
    const handler = this.handler;
    if (handler.text && (!handler.wantsText || handler.wantsText())) handler.text(t);
  }

  /**
   * Characters XML allows, without a carriage return (XML turns CR LF into LF, which this scanner
   * leaves to saxes); false when the range holds an `&`. In character data (`content`), "]]>" may
   * not stand either.
   */
  private checkChars(from: number, to: number, content = false): boolean {
    const text = this.text;
    let plain = true;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x20 && c < 0xd800) {
        if (c === 0x26) plain = false;
        else if (c === 0x5d && content && text.startsWith("]]>", i)) throw GIVE_UP;
        continue;
      }
      if (c === 0x0a || c === 0x09) continue;
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (i + 1 < to && d >= 0xdc00 && d <= 0xdfff) {
          i++;
          continue;
        }
        throw GIVE_UP;
      }
      if (c >= 0xe000 && c <= 0xfffd) continue;
      throw GIVE_UP;
    }
    return plain;
  }

  /** Text between tags: checked, entities replaced, reported if wanted. */
  private content(from: number, to: number): void {
    const plain = this.checkChars(from, to, true);
    const text = this.text;
    const handler = this.handler;
    if (!handler.text || (handler.wantsText && !handler.wantsText())) {
      if (!plain) this.unescape(from, to);
      return;
    }
    handler.text(plain ? text.slice(from, to) : this.unescape(from, to));
  }

  /**
   * An attribute value's characters checked: "<" may not stand in one; tab, line feed and carriage
   * return would be normalised to spaces by XML — left to saxes. False when it holds an `&`.
   */
  private attributeChars(from: number, to: number): boolean {
    const text = this.text;
    let plain = true;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x20 && c < 0xd800) {
        if (c === 0x3c) throw GIVE_UP;
        if (c === 0x26) plain = false;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (i + 1 < to && d >= 0xdc00 && d <= 0xdfff) {
          i++;
          continue;
        }
        throw GIVE_UP;
      }
      if (c >= 0xe000 && c <= 0xfffd) continue;
      throw GIVE_UP;
    }
    return plain;
  }

  /** The range with its entity and character references replaced. */
  private unescape(from: number, to: number): string {
    const text = this.text;
    let out = "";
    let at = from;
    for (;;) {
      const amp = text.indexOf("&", at);
      if (amp < 0 || amp >= to) break;
      out += text.slice(at, amp);
      const semi = text.indexOf(";", amp + 1);
      if (semi < 0 || semi >= to) throw GIVE_UP;
      const ref = text.slice(amp + 1, semi);
      switch (ref) {
        case "amp":
          out += "&";
          break;
        case "lt":
          out += "<";
          break;
        case "gt":
          out += ">";
          break;
        case "quot":
          out += '"';
          break;
        case "apos":
          out += "'";
          break;
        default: {
          let cp = Number.NaN;
          if (/^#[0-9]{1,7}$/u.test(ref)) cp = Number(ref.slice(1));
          else if (/^#x[0-9A-Fa-f]{1,6}$/u.test(ref)) cp = parseInt(ref.slice(2), 16);
          if (!isXmlChar(cp)) throw GIVE_UP;
          out += String.fromCodePoint(cp);
        }
      }
      at = semi + 1;
    }
    return out + text.slice(at, to);
  }
}

/**
 * Scans a whole part's decoded text into `handler`. True when the part was read through; false when
 * the scanner met something it does not know — the handler has then seen part of the events and must
 * be thrown away, and the part parsed with saxes. A handler's own exceptions (a limit) pass through.
 */
export function scanXml(text: string, handler: XmlHandler): boolean {
  try {
    new Scanner(text, handler).run();
    return true;
  } catch (error) {
    if (error === GIVE_UP) return false;
    throw error;
  }
}
