/**
 * Pictures of the sample administrative documents as LibreOffice prints them, for the docs —
 * generated, do not edit the pictures; change the samples or this script and run it again:
 *
 *   npx tsx scripts/make-document-pictures.ts
 *
 * Writes docs/img/van-ban-<sample>-<page>.png (black and white, 110 dpi: small files, sharp text)
 * for every page of every sample in test/support/document-samples.ts: the four seeds' tờ trình,
 * the minutes, the report (a draft) and the list. Needs soffice (libreoffice-writer-nogui), fonts-liberation2 and pdftoppm
 * (poppler-utils), all installed by scripts/setup.sh; it fails rather than skip a picture.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import * as path from "node:path";
import { documentToDocx } from "../src/adapters/docx/docx-writer";
import { buildAdministrativeDocument } from "../src/workbook/generated/documents";
import { DOCUMENT_SAMPLES } from "../test/support/document-samples";
import { printWithLibreOffice } from "../test/support/print";

const IMG = path.resolve(__dirname, "..", "docs", "img");
const PREFIX = "van-ban-";

async function main(): Promise<void> {
  const files = new Map<string, Uint8Array>();
  for (const sample of DOCUMENT_SAMPLES) {
    files.set(sample.name, await documentToDocx(buildAdministrativeDocument(sample.input)));
  }
  const outDir = await printWithLibreOffice(files);
  try {
    for (const old of readdirSync(IMG).filter((f) => f.startsWith(PREFIX))) rmSync(path.join(IMG, old));
    for (const name of files.keys()) {
      execFileSync("pdftoppm", [
        "-png",
        "-mono",
        "-r",
        "110",
        path.join(outDir, `${name}.pdf`),
        path.join(IMG, `${PREFIX}${name}`),
      ]);
    }
  } finally {
    rmSync(path.dirname(outDir), { recursive: true, force: true });
  }
  const written = readdirSync(IMG).filter((f) => f.startsWith(PREFIX));
  console.log(`${written.length} ảnh trong docs/img: ${written.join(", ")}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
