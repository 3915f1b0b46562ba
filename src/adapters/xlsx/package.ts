/**
 * The package's structure: content types, relationships and the workbook part, read from a zip's
 * entries and written back only where the product changed them. Part names are found as OPC says
 * (the root relationships name the workbook part, its relationships name the sheets), whatever the
 * folder, the case of the names, absolute or relative targets, or namespace prefixes.
 */
import { attribute, escapeXml, readXml, type XmlHandler } from "./xml";

export const CONTENT_TYPES_PART = "[Content_Types].xml";
export const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
export const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const TYPES = {
  worksheet: `${OFFICE_REL}/worksheet`,
  styles: `${OFFICE_REL}/styles`,
  sharedStrings: `${OFFICE_REL}/sharedStrings`,
  table: `${OFFICE_REL}/table`,
  calcChain: `${OFFICE_REL}/calcChain`,
  officeDocument: `${OFFICE_REL}/officeDocument`,
  coreProperties: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  extendedProperties: `${OFFICE_REL}/extended-properties`,
} as const;

export const CONTENT = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  rels: "application/vnd.openxmlformats-package.relationships+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
} as const;

/** Relationship types end the same in the strict schema (purl.oclc.org): compare their last segment. */
export function isType(type: string, wanted: string): boolean {
  const tail = (t: string): string => t.slice(t.lastIndexOf("/") + 1).toLowerCase();
  return tail(type) === tail(wanted);
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export function parseRelationships(bytes: Uint8Array): Relationship[] {
  return readXml(bytes, () => {
    const rels: Relationship[] = [];
    const handler: XmlHandler = {
      open(name, attrs) {
        if (name !== "Relationship") return;
        const id = attribute(attrs, "Id") ?? "";
        const type = attribute(attrs, "Type") ?? "";
        const target = attribute(attrs, "Target") ?? "";
        rels.push({ id, type, target, external: (attribute(attrs, "TargetMode") ?? "") === "External" });
      },
    };
    return { handler, done: () => rels };
  });
}

export function relationshipsXml(rels: readonly Relationship[]): string {
  const items = rels
    .map(
      (r) =>
        `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${items}</Relationships>`;
}

/** The relationships part of a part ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"). */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name, from the part that holds the relationship. */
export function resolveTarget(source: string, target: string): string {
  let t = target.replace(/\\/gu, "/");
  try {
    t = decodeURI(t);
  } catch {
    // A target with a stray % is used as written.
  }
  const hash = t.indexOf("#");
  if (hash >= 0) t = t.slice(0, hash);
  const parts = t.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of t.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") parts.pop();
    else parts.push(segment);
  }
  return parts.join("/");
}

/** A target written relative to the source part's folder. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export interface ContentTypes {
  readonly defaults: Map<string, string>;
  readonly overrides: Map<string, string>;
}

export function parseContentTypes(bytes: Uint8Array): ContentTypes {
  return readXml(bytes, () => {
    const defaults = new Map<string, string>();
    const overrides = new Map<string, string>();
    const handler: XmlHandler = {
      open(name, attrs) {
        if (name === "Default")
          defaults.set(
            (attribute(attrs, "Extension") ?? "").toLowerCase(),
            attribute(attrs, "ContentType") ?? "",
          );
        else if (name === "Override")
          overrides.set(
            (attribute(attrs, "PartName") ?? "").replace(/^\//u, ""),
            attribute(attrs, "ContentType") ?? "",
          );
      },
    };
    return { handler, done: () => ({ defaults, overrides }) };
  });
}

export function contentTypesXml(types: ContentTypes): string {
  const defaults = [...types.defaults].map(
    ([ext, type]) => `<Default Extension="${escapeXml(ext)}" ContentType="${escapeXml(type)}"/>`,
  );
  const overrides = [...types.overrides].map(
    ([part, type]) => `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${CT_NS}">${defaults.join("")}${overrides.join("")}</Types>`;
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: "visible" | "hidden" | "veryHidden";
  /** The worksheet part, or null when the relationship does not lead to one (a chart sheet …). */
  part: string | null;
}

export interface DefinedName {
  readonly name: string;
  /** Index in the sheet order the workbook part had when read, or undefined for a global name. */
  readonly localSheetId: number | undefined;
  /** The element as it was, to write back unchanged (but for its localSheetId). */
  readonly xml: string;
}

export interface WorkbookInfo {
  readonly sheets: SheetEntry[];
  readonly date1904: boolean;
  readonly definedNames: number;
}

/** The workbook part's sheets (in order), its date system and how many defined names it has. */
export function parseWorkbook(bytes: Uint8Array, onSheet?: (count: number) => void): WorkbookInfo {
  return readXml(bytes, () => {
    const sheets: SheetEntry[] = [];
    let date1904 = false;
    let names = 0;
    const handler: XmlHandler = {
      open(name, attrs) {
        if (name === "sheet") {
          const state = attribute(attrs, "state");
          sheets.push({
            name: attribute(attrs, "name") ?? "",
            sheetId: Number(attribute(attrs, "sheetId") ?? 0) || 0,
            relId: attribute(attrs, "id") ?? "",
            state: state === "hidden" || state === "veryHidden" ? state : "visible",
            part: null,
          });
          onSheet?.(sheets.length);
        } else if (name === "workbookPr") {
          const v = attribute(attrs, "date1904");
          date1904 = v === "1" || v === "true";
        } else if (name === "definedName") names += 1;
      },
    };
    return { handler, done: () => ({ sheets, date1904, definedNames: names }) };
  });
}
