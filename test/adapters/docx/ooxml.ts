/**
 * Reads a .docx as the tests need it: unzips it (jszip) and parses its parts into a small element
 * tree (saxes, no DTD expansion), with helpers to find elements and their text.
 */
import JSZip from "jszip";
import { SaxesParser } from "saxes";

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Text directly inside the element. */
  text: string;
}

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: "#document", attrs: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attrs[key] = String(value);
    const element: XmlElement = { name: tag.name, attrs, children: [], text: "" };
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
  });
  parser.on("text", (text) => {
    stack[stack.length - 1]!.text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root;
}

/** Every descendant with that name, in document order. */
export function all(node: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (n: XmlElement) => {
    for (const child of n.children) {
      if (child.name === name) found.push(child);
      walk(child);
    }
  };
  walk(node);
  return found;
}

export function first(node: XmlElement, name: string): XmlElement | undefined {
  return all(node, name)[0];
}

/** Direct children with that name. */
export function childrenNamed(node: XmlElement, name: string): XmlElement[] {
  return node.children.filter((c) => c.name === name);
}

/** The text of the runs (w:t) inside. */
export function textOf(node: XmlElement): string {
  return all(node, "w:t")
    .map((t) => t.text)
    .join("");
}

export interface OpenedDocx {
  readonly zip: JSZip;
  part(path: string): Promise<string>;
  xml(path: string): Promise<XmlElement>;
  readonly document: XmlElement;
  /** The header part a relationship id of the document points to. */
  header(rId: string): Promise<XmlElement>;
}

export async function openDocx(bytes: Uint8Array): Promise<OpenedDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (path: string): Promise<string> => {
    const file = zip.file(path);
    if (!file) throw new Error(`the file has no part ${path}`);
    return file.async("string");
  };
  const xml = async (path: string) => parseXml(await part(path));
  const rels = await xml("word/_rels/document.xml.rels");
  return {
    zip,
    part,
    xml,
    document: await xml("word/document.xml"),
    header: async (rId: string) => {
      const rel = all(rels, "Relationship").find((r) => r.attrs.Id === rId);
      if (!rel) throw new Error(`no relationship ${rId}`);
      return xml(`word/${rel.attrs.Target!.replace(/^\/?word\//, "")}`);
    },
  };
}
