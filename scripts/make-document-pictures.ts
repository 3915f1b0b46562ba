/**
 * Pictures of the sample administrative documents as LibreOffice prints them, for the docs —
 * generated, do not edit the pictures; change the samples or this script and run it again:
 *
 *   npx tsx scripts/make-document-pictures.ts
 *
 * Writes docs/img/van-ban-<sample>-<page>.png (black and white, 110 dpi: small files, sharp text)
 * for every page of every sample in test/support/document-samples.ts: the four seeds' tờ trình,
 * the minutes, the report (a draft) and the list; and docs/img/ho-so-<document>-<page>.png for the
 * dossier `thidua ho-so` makes from a Thủ Đức sample workbook after a tie settled by vote (the
 * product's own documents, through the same use case as the command and the pane). Needs soffice (libreoffice-writer-nogui), fonts-liberation2 and pdftoppm
 * (poppler-utils), all installed by scripts/setup.sh; it fails rather than skip a picture.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import * as path from "node:path";
import { documentToDocx } from "../src/adapters/docx/docx-writer";
import { buildAdministrativeDocument } from "../src/workbook/generated/documents";
import { DOCUMENT_SAMPLES } from "../test/support/document-samples";
import { printWithLibreOffice } from "../test/support/print";
import { makeDossier, recordMeeting } from "../src/workbook/dossier";
import { generateSummary, recordVotes } from "../src/workbook/usecases";
import { SHEET } from "../src/workbook/sheet-names";
import { sampleMemory } from "../test/workbook/sample";

const IMG = path.resolve(__dirname, "..", "docs", "img");
const PREFIX = "van-ban-";
const DOSSIER_PREFIX = "ho-so-";

/** The Thủ Đức sample with DV01 and DV02 tied at the top, settled 4 to 1, the meeting recorded. */
async function dossierFiles(): Promise<Map<string, Uint8Array>> {
  const port = await sampleMemory({ preset: "thu-duc-1", units: 5 });
  const source = port.sheets.find((s) => s.name === "DV01")!;
  const copy = port.sheets.find((s) => s.name === "DV02")!;
  copy.values = source.values.map((row, r) => (r < 3 ? (copy.values[r] ?? []) : [...row]));
  for (const name of ["DV03", "DV04", "DV05"]) {
    const sheet = port.sheets.find((s) => s.name === name)!;
    for (const row of sheet.values.slice(3)) if (typeof row[4] === "number") row[4] = 0;
  }
  const config = port.sheets.find((s) => s.name === SHEET.config)!;
  config.values.find((r) => r[0] === "Người ký")![1] = "Nguyễn Văn An";
  await recordVotes(
    port,
    new Map([
      ["DV01", 4],
      ["DV02", 1],
    ]),
  );
  await recordMeeting(port, {
    date: { year: 2023, month: 1, day: 5 },
    time: "14 giờ 00",
    place: "Hội trường Công đoàn Sở Giáo dục và Đào tạo",
    chair: "Đồng chí Trần Văn Bình, Chủ tịch Công đoàn đơn vị Cụm trưởng",
    secretary: "Lê Thị Thu Hà",
    present: 5,
    issued: 5,
    returned: 5,
    valid: 5,
    minutesNumber: 2,
  });
  const now = { year: 2023, month: 1, day: 6 };
  await generateSummary(port, { now });
  const made = await makeDossier(port, { now });
  const files = new Map<string, Uint8Array>();
  for (const f of made.files)
    files.set(`${DOSSIER_PREFIX}${f.fileName.replace(/^\d-/, "")}`, await documentToDocx(f.document));
  return files;
}

async function main(): Promise<void> {
  const files = new Map<string, Uint8Array>();
  for (const sample of DOCUMENT_SAMPLES) {
    files.set(sample.name, await documentToDocx(buildAdministrativeDocument(sample.input)));
  }
  const dossier = await dossierFiles();
  for (const [name, bytes] of dossier) files.set(name, bytes);
  const outDir = await printWithLibreOffice(files);
  try {
    for (const old of readdirSync(IMG).filter((f) => f.startsWith(PREFIX) || f.startsWith(DOSSIER_PREFIX)))
      rmSync(path.join(IMG, old));
    for (const name of files.keys()) {
      const prefix = name.startsWith(DOSSIER_PREFIX) ? "" : PREFIX;
      execFileSync("pdftoppm", [
        "-png",
        "-mono",
        "-r",
        "110",
        path.join(outDir, `${name}.pdf`),
        path.join(IMG, `${prefix}${name}`),
      ]);
    }
  } finally {
    rmSync(path.dirname(outDir), { recursive: true, force: true });
  }
  const written = readdirSync(IMG).filter((f) => f.startsWith(PREFIX) || f.startsWith(DOSSIER_PREFIX));
  console.log(`${written.length} ảnh trong docs/img: ${written.join(", ")}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
