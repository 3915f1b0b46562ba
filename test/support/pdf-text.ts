/**
 * Where and how large each piece of text is drawn in a PDF, read from the pages' content streams
 * (text-showing operators with the font size, the text matrix and the transformation matrix in
 * force): the printed size to the hundredth of a point, which poppler's tools round to whole
 * points. Enough of PDF for what LibreOffice writes (classic cross-reference, Flate streams, text
 * drawn on the page itself); a file outside that reads as having no pages, and the tests then fail.
 */
import { inflateSync } from "node:zlib";

export interface DrawnText {
  readonly page: number;
  /** Start of the text's baseline, in points from the page's left and top edges. */
  readonly x: number;
  readonly yFromTop: number;
  /** Font size times the scale of the text and transformation matrices. */
  readonly sizePt: number;
  /** The font's name without its subset prefix ("LiberationSerif-BoldItalic"). */
  readonly font: string;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

interface PdfObject {
  readonly dict: string;
  readonly stream: Uint8Array | null;
}

function objects(bytes: Uint8Array): Map<number, PdfObject> {
  const text = Buffer.from(bytes).toString("latin1");
  const found = new Map<number, PdfObject>();
  for (const m of text.matchAll(/(?:^|[\r\n])(\d+) 0 obj\b/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf("endobj", start);
    const body = text.slice(start, end);
    const streamAt = /stream\r?\n/.exec(body);
    if (!streamAt) {
      found.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dataStart = start + streamAt.index + streamAt[0].length;
    const dataEnd = text.lastIndexOf("endstream", end);
    let data: Uint8Array = bytes.subarray(dataStart, dataEnd);
    const dict = body.slice(0, streamAt.index);
    if (/\/FlateDecode/.test(dict)) data = inflateSync(data);
    found.set(Number(m[1]), { dict, stream: data });
  }
  return found;
}

const ref = (dict: string, key: string): number | null => {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict);
  return m ? Number(m[1]) : null;
};

/** A dictionary value that may be inline (<<…>>) or a reference to an object. */
function subDict(all: Map<number, PdfObject>, dict: string, key: string): string {
  const r = ref(dict, key);
  if (r !== null) return all.get(r)?.dict ?? "";
  const at = dict.indexOf(`/${key}`);
  if (at < 0) return "";
  const open = dict.indexOf("<<", at);
  let depth = 0;
  for (let i = open; i < dict.length - 1; i += 1) {
    if (dict.startsWith("<<", i)) {
      depth += 1;
      i += 1;
    } else if (dict.startsWith(">>", i)) {
      depth -= 1;
      i += 1;
      if (depth === 0) return dict.slice(open + 2, i - 1);
    }
  }
  return "";
}

function pageList(all: Map<number, PdfObject>): { dict: string; height: number }[] {
  const catalog = [...all.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict));
  const root = catalog ? ref(catalog.dict, "Pages") : null;
  const pages: { dict: string; height: number }[] = [];
  const walk = (num: number, inheritedHeight: number) => {
    const node = all.get(num);
    if (!node) return;
    const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(node.dict);
    const height = box ? Number(box[4]) - Number(box[2]) : inheritedHeight;
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.dict);
    if (kids) for (const [, kid] of kids[1]!.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(kid), height);
    else pages.push({ dict: node.dict, height });
  };
  if (root !== null) walk(root, 0);
  return pages;
}

type Token = number | string | { readonly name: string } | Token[];

function tokens(content: string): Token[] {
  const out: Token[] = [];
  const stack: Token[][] = [out];
  const push = (t: Token) => stack[stack.length - 1]!.push(t);
  let i = 0;
  while (i < content.length) {
    const ch = content[i]!;
    if (/\s/.test(ch)) i += 1;
    else if (ch === "%") while (i < content.length && content[i] !== "\n") i += 1;
    else if (ch === "(") {
      let depth = 0;
      let j = i;
      for (; j < content.length; j += 1) {
        if (content[j] === "\\") j += 1;
        else if (content[j] === "(") depth += 1;
        else if (content[j] === ")" && --depth === 0) break;
      }
      push(content.slice(i, j + 1));
      i = j + 1;
    } else if (content.startsWith("<<", i) || content.startsWith(">>", i)) i += 2;
    else if (ch === "<") {
      const j = content.indexOf(">", i);
      push(content.slice(i, j + 1));
      i = j + 1;
    } else if (ch === "[") {
      const array: Token[] = [];
      push(array);
      stack.push(array);
      i += 1;
    } else if (ch === "]") {
      stack.pop();
      i += 1;
    } else if (ch === "/") {
      const m = /^\/[^\s/[\]()<>{}%]*/.exec(content.slice(i))!;
      push({ name: m[0].slice(1) });
      i += m[0].length;
    } else {
      const m = /^[^\s/[\]()<>{}%]+/.exec(content.slice(i));
      if (!m) {
        i += 1;
        continue;
      }
      const word = m[0];
      push(/^[-+]?(\d+\.?\d*|\.\d+)$/.test(word) ? Number(word) : word);
      i += word.length;
    }
  }
  return out;
}

/** Every text-showing operation on every page, with its printed size and font. */
export function drawnTexts(bytes: Uint8Array): DrawnText[] {
  const all = objects(bytes);
  const drawn: DrawnText[] = [];
  pageList(all).forEach((page, index) => {
    const fonts = subDict(all, subDict(all, page.dict, "Resources"), "Font");
    const fontName = (resource: string): string => {
      const r = ref(fonts, resource);
      const base = r === null ? null : /\/BaseFont\s*\/([^\s/>]+)/.exec(all.get(r)?.dict ?? "");
      return (base?.[1] ?? resource).replace(/^[A-Z]{6}\+/, "");
    };
    const contentsRefs = (() => {
      const array = /\/Contents\s*\[([^\]]*)\]/.exec(page.dict);
      if (array) return [...array[1]!.matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));
      const single = ref(page.dict, "Contents");
      return single === null ? [] : [single];
    })();
    const content = contentsRefs
      .map((r) => Buffer.from(all.get(r)?.stream ?? new Uint8Array()).toString("latin1"))
      .join("\n");
    let ctm: Matrix = IDENTITY;
    const saved: Matrix[] = [];
    let tm: Matrix = IDENTITY;
    let tlm: Matrix = IDENTITY;
    let size = 0;
    let font = "";
    let leading = 0;
    let operands: Token[] = [];
    const nums = () => operands.filter((t): t is number => typeof t === "number");
    const moveText = (tx: number, ty: number) => {
      tlm = multiply([1, 0, 0, 1, tx, ty], tlm);
      tm = tlm;
    };
    const show = () => {
      const m = multiply(tm, ctm);
      drawn.push({
        page: index + 1,
        x: m[4],
        yFromTop: page.height - m[5],
        sizePt: size * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])),
        font,
      });
    };
    for (const token of tokens(content)) {
      if (typeof token !== "string" || token.startsWith("(") || token.startsWith("<")) {
        operands.push(token);
        continue;
      }
      const n = nums();
      switch (token) {
        case "q":
          saved.push(ctm);
          break;
        case "Q":
          ctm = saved.pop() ?? IDENTITY;
          break;
        case "cm":
          ctm = multiply(n.slice(-6) as Matrix, ctm);
          break;
        case "BT":
          tm = tlm = IDENTITY;
          break;
        case "Tf": {
          size = n[n.length - 1] ?? 0;
          const name = operands.find(
            (t): t is { name: string } => typeof t === "object" && !Array.isArray(t),
          );
          font = name ? fontName(name.name) : "";
          break;
        }
        case "TL":
          leading = n[0] ?? 0;
          break;
        case "Td":
          moveText(n[0] ?? 0, n[1] ?? 0);
          break;
        case "TD":
          leading = -(n[1] ?? 0);
          moveText(n[0] ?? 0, n[1] ?? 0);
          break;
        case "Tm":
          tm = tlm = n.slice(-6) as Matrix;
          break;
        case "T*":
          moveText(0, -leading);
          break;
        case "Tj":
        case "TJ":
          show();
          break;
        case "'":
        case '"':
          moveText(0, -leading);
          show();
          break;
        default:
          break;
      }
      operands = [];
    }
  });
  return drawn;
}
