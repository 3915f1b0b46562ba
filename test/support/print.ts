/**
 * Prints Word files as LibreOffice does and reads the print back with poppler-utils, for the
 * print tests and the pictures in docs/img:
 * - `soffice --headless --convert-to pdf` (Writer; a throwaway profile; all files in one run);
 * - `pdftotext -bbox-layout`: every printed line and word with its box, in points from the top left;
 * - the pages' content streams (pdf-text.ts): where each piece of text is drawn, at what size and in
 *   which font, exactly (poppler's `pdftohtml -xml` rounds sizes to whole points: 12.5 reads as 13);
 * - `pdftotext -raw`: the text in the order it was drawn (a wrapped cell's lines stay together);
 * - `pdftocairo -svg`: the stroked lines, for the rules under the header's texts;
 * - `pdffonts`: the fonts embedded.
 * Debian has no Times New Roman: LibreOffice prints it with Liberation Serif, which has the same
 * metrics (fonts-liberation2, installed by scripts/setup.sh). A tool that is missing fails the test.
 */
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { makeProfile, sofficePath } from "./libreoffice";
import { type DrawnText, drawnTexts } from "./pdf-text";

export interface Box {
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}
export interface PrintedWord extends Box {
  readonly text: string;
}
export interface PrintedLine extends Box {
  readonly text: string;
  readonly words: readonly PrintedWord[];
}
/** A horizontal stroked line. */
export interface PrintedRule {
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
  readonly strokePt: number;
}
export interface PrintedPage {
  readonly number: number;
  readonly widthPt: number;
  readonly heightPt: number;
  readonly lines: readonly PrintedLine[];
  /** Each piece of text as drawn: position, exact size, font. */
  readonly drawn: readonly DrawnText[];
  readonly rules: readonly PrintedRule[];
}
export interface PrintedDocument {
  readonly pages: readonly PrintedPage[];
  /** Embedded font names without their subset prefix ("LiberationSerif-Bold"). */
  readonly fonts: readonly { readonly name: string; readonly embedded: boolean }[];
  /** The text in drawing order, whitespace collapsed to single spaces. */
  readonly rawText: string;
}

type Tool = "pdftotext" | "pdftocairo" | "pdffonts";

function tool(name: Tool): string {
  const file = `/usr/bin/${name}`;
  if (!existsSync(file)) {
    throw new Error(`${name} is missing: apt-get install -y poppler-utils (scripts/setup.sh does it).`);
  }
  return file;
}

function run(file: string, args: readonly string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      [...args],
      { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${path.basename(file)} failed: ${error.message}\n${stderr}`));
        else resolve(stdout);
      },
    );
  });
}

/**
 * Prints every file to PDF with LibreOffice in one run: Word files with Writer, workbooks
 * (`kind` "xlsx") with Calc, each sheet's print setup as the file states it. Returns the folder
 * holding `<name>.pdf` for each `<name>`; the caller removes it.
 */
export async function printWithLibreOffice(
  files: ReadonlyMap<string, Uint8Array>,
  kind: "docx" | "xlsx" = "docx",
): Promise<string> {
  const soffice = sofficePath();
  const work = mkdtempSync(path.join(tmpdir(), "thidua-print-"));
  const inDir = path.join(work, "in");
  const outDir = path.join(work, "out");
  mkdirSync(inDir);
  const profile = makeProfile();
  try {
    const inputs = [...files].map(([name, bytes]) => {
      const file = path.join(inDir, `${name}.${kind}`);
      writeFileSync(file, bytes);
      return file;
    });
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--nologo",
        "--convert-to",
        kind === "docx" ? "pdf:writer_pdf_Export" : "pdf:calc_pdf_Export",
        "--outdir",
        outDir,
        ...inputs,
      ],
      600_000,
    );
    for (const name of files.keys()) {
      if (!existsSync(path.join(outDir, `${name}.pdf`))) {
        throw new Error(`LibreOffice printed no PDF for ${name}: is libreoffice-writer-nogui installed?`);
      }
    }
    return outDir;
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decode(text: string): string {
  return text
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!)
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
}
const numberAttr = (tag: string, name: string): number =>
  Number(new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1]);
const boxOf = (tag: string): Box => ({
  xMin: numberAttr(tag, "xMin"),
  yMin: numberAttr(tag, "yMin"),
  xMax: numberAttr(tag, "xMax"),
  yMax: numberAttr(tag, "yMax"),
});

function layout(pdf: string): { widthPt: number; heightPt: number; lines: PrintedLine[] }[] {
  const html = execFileSync(tool("pdftotext"), ["-bbox-layout", pdf, "-"], { encoding: "utf8" });
  return [...html.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].map(([, attrs, body]) => ({
    widthPt: numberAttr(attrs!, "width"),
    heightPt: numberAttr(attrs!, "height"),
    lines: [...body!.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map(([, lineAttrs, inner]) => {
      const words = [...inner!.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map(([, w, text]) => ({
        ...boxOf(w!),
        text: decode(text!),
      }));
      return { ...boxOf(lineAttrs!), words, text: words.map((w) => w.text).join(" ") };
    }),
  }));
}

function rulesOnPage(pdf: string, page: number): PrintedRule[] {
  const svg = execFileSync(tool("pdftocairo"), ["-svg", "-f", String(page), "-l", String(page), pdf, "-"], {
    encoding: "utf8",
  });
  const found: PrintedRule[] = [];
  for (const [tag] of svg.matchAll(/<path [^>]*>/g)) {
    const style = /style="([^"]*)"/.exec(tag)?.[1] ?? "";
    if (!style.includes("fill:none")) continue;
    const stroke = /stroke-width:([\d.]+)/.exec(style);
    const d = /d="M ([-\d.]+) ([-\d.]+) L ([-\d.]+) ([-\d.]+) "/.exec(tag);
    if (!stroke || !d) continue;
    const m = /matrix\(([^)]*)\)/.exec(tag)?.[1]?.split(",").map(Number) ?? [1, 0, 0, 1, 0, 0];
    const [a, b, c, dd, e, f] = m as [number, number, number, number, number, number];
    const point = (x: number, y: number) => ({ x: a * x + c * y + e, y: b * x + dd * y + f });
    const p1 = point(Number(d[1]), Number(d[2]));
    const p2 = point(Number(d[3]), Number(d[4]));
    if (Math.abs(p1.y - p2.y) > 0.01) continue;
    // The same line drawn twice (a border shared by two boxes) counts once.
    if (found.some((r) => Math.abs(r.y - p1.y) < 0.01 && Math.abs(r.x1 - Math.min(p1.x, p2.x)) < 0.01))
      continue;
    found.push({
      x1: Math.min(p1.x, p2.x),
      x2: Math.max(p1.x, p2.x),
      y: p1.y,
      strokePt: Number(stroke[1]) * Math.abs(a),
    });
  }
  return found;
}

function fonts(pdf: string): { name: string; embedded: boolean }[] {
  const out = execFileSync(tool("pdffonts"), [pdf], { encoding: "utf8" });
  return out
    .split("\n")
    .slice(2)
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type [type2] encoding emb sub uni object ID: "emb" is the fifth field from the end.
      return { name: cols[0]!.replace(/^[A-Z]{6}\+/, ""), embedded: cols[cols.length - 5] === "yes" };
    });
}

/** Reads a printed PDF back: its pages' lines, drawn texts and rules, its fonts and its raw text. */
export function readPrint(pdf: string): PrintedDocument {
  const pages = layout(pdf);
  const drawn = drawnTexts(new Uint8Array(readFileSync(pdf)));
  const raw = execFileSync(tool("pdftotext"), ["-raw", pdf, "-"], { encoding: "utf8" });
  return {
    pages: pages.map((p, i) => ({
      ...p,
      number: i + 1,
      drawn: drawn.filter((d) => d.page === i + 1),
      rules: rulesOnPage(pdf, i + 1),
    })),
    fonts: fonts(pdf),
    rawText: raw.replace(/\s+/g, " ").trim(),
  };
}
