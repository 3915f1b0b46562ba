/**
 * The award dossier of each preset's system (the four seeds' federations) made from a workbook as
 * a user makes it (sample scores, the meeting recorded, the signer typed, votes where a tie needs
 * them), written as Word files and checked against what does not come from us: the .docx XML
 * (ECMA-376 WordprocessingML: w:pgSz, w:pgMar in twips, w:rFonts, w:sz in half-points) and
 * LibreOffice's print read back with poppler-utils (test/support/print.ts): A4 pages, no text drawn
 * below 13 pt but the recipients' block (12 and 11 as the decree sets them), every unit's name whole
 * in the printed text, the preset's addressee and recipients, the document codes, the ballot figures.
 */
import { rmSync } from "node:fs";
import * as path from "node:path";
import { documentToDocx } from "../../src/adapters/docx/docx-writer";
import type { PresetId } from "../../src/core/presets";
import { presetById } from "../../src/core/presets";
import { makeDossier, recordMeeting, type DossierMade } from "../../src/workbook/dossier";
import { mmToPt } from "../../src/workbook/generated/documents";
import { SHEET } from "../../src/workbook/sheet-names";
import { decodeWorkbook } from "../../src/workbook/decode";
import { summarizeBlock } from "../../src/core/summary";
import { generateSummary, recordVotes } from "../../src/workbook/usecases";
import { all, first, openDocx } from "../adapters/docx/ooxml";
import { type PrintedDocument, printWithLibreOffice, readPrint } from "../support/print";
import type { MemoryPort } from "./memory-port";
import { sampleMemory } from "./sample";

jest.setTimeout(600_000);

const PRESETS: readonly PresetId[] = ["kon-tum", "thu-duc-1", "thanh-hoa-5", "bien-gioi-phia-bac"];
const SIGNER = "Nguyễn Thị Phương Thảo";
const now = { year: 2022, month: 12, day: 20 };

function setConfig(port: MemoryPort, label: string, value: string): void {
  const config = port.sheets.find((s) => s.name === SHEET.config)!;
  config.values.find((r) => r[0] === label)![1] = value;
}

async function unitsOf(port: MemoryPort) {
  const sheets = await port.readSheets(
    (await port.listSheets()).filter((s) => !s.generated || s.name === SHEET.votes).map((s) => s.name),
  );
  return summarizeBlock(decodeWorkbook(sheets).input);
}

/**
 * Gives the second competing unit the top one's scores (and departments' points), so every preset's
 * minutes carry a vote and its ballot table.
 */
async function tieAtTheTop(port: MemoryPort): Promise<void> {
  const competing = (await unitsOf(port)).clusters[0]!.units.filter((u) => u.considered && u.complete);
  const [top, second] = [competing[0]!.code, competing[1]!.code];
  const source = port.sheets.find((s) => s.name === top)!;
  const copy = port.sheets.find((s) => s.name === second)!;
  copy.values = source.values.map((row, r) => (r < 3 ? (copy.values[r] ?? []) : [...row]));
  const points = port.sheets.find((s) => s.name === SHEET.departmentPoints)?.values ?? [];
  const from = points.find((r) => r[0] === top);
  const to = points.find((r) => r[0] === second);
  if (from && to) to.splice(2, to.length - 2, ...from.slice(2));
}

/** A preset's workbook carried to a final dossier: meeting, signer, and a vote on every open tie. */
async function finalDossier(preset: PresetId): Promise<{ made: DossierMade; votes: Map<string, number> }> {
  const port = await sampleMemory({ preset, units: 8, seed: 3 });
  await tieAtTheTop(port);
  setConfig(port, "Người ký", SIGNER);
  setConfig(port, "Số văn bản", "7");
  await recordMeeting(port, {
    date: { year: 2022, month: 12, day: 15 },
    time: "8 giờ 00",
    place: "Hội trường đơn vị Cụm trưởng",
    chair: "Trần Văn Bình",
    secretary: "Lê Thị Thu Hà",
    present: 8,
    issued: 8,
    returned: 8,
    valid: 8,
    minutesNumber: 3,
  });
  const votes = new Map<string, number>();
  const summary = await unitsOf(port);
  for (const tie of summary.clusters.flatMap((c) => c.ties)) {
    tie.units.forEach((u, i) => votes.set(u, i === 0 ? 8 : 0));
  }
  if (votes.size > 0) await recordVotes(port, votes);
  await generateSummary(port, { now });
  return { made: await makeDossier(port, { now }), votes };
}

const made = new Map<PresetId, DossierMade>();
const files = new Map<string, Uint8Array>();
const printed = new Map<string, PrintedDocument>();
let outDir = "";

beforeAll(async () => {
  for (const preset of PRESETS) {
    const { made: dossier } = await finalDossier(preset);
    made.set(preset, dossier);
    for (const f of dossier.files) files.set(`${preset}-${f.fileName}`, await documentToDocx(f.document));
  }
  outDir = await printWithLibreOffice(files);
  for (const name of files.keys()) printed.set(name, readPrint(path.join(outDir, `${name}.pdf`)));
});

afterAll(() => {
  if (outDir !== "") rmSync(path.dirname(outDir), { recursive: true, force: true });
});

describe("each preset's award dossier in Word, as LibreOffice prints it", () => {
  it("is final: nothing missing once the meeting, the signer and the votes are in", () => {
    for (const preset of PRESETS) expect(made.get(preset)!.gaps).toEqual([]);
  });

  it("sets A4, the decree's margins and Times New Roman in the .docx XML", async () => {
    for (const [name, bytes] of files) {
      const docx = await openDocx(bytes);
      for (const sect of all(docx.document, "w:sectPr")) {
        const size = first(sect, "w:pgSz")!.attrs;
        const [w, h] = [Number(size["w:w"]), Number(size["w:h"])].sort((a, b) => a - b);
        expect([name, w, h]).toEqual([name, 11906, 16838]); // 210 × 297 mm in twips
        const margin = first(sect, "w:pgMar")!.attrs;
        // twips: 20 mm = 1134, 30 mm = 1701, 15 mm = 850.
        expect(Number(margin["w:left"])).toBeGreaterThanOrEqual(1700);
        expect(Number(margin["w:right"])).toBeGreaterThanOrEqual(850);
        expect(Number(margin["w:top"])).toBeGreaterThanOrEqual(1134);
      }
      const fonts = new Set(all(docx.document, "w:rFonts").map((f) => f.attrs["w:ascii"]));
      expect([...fonts].filter((f) => f !== undefined)).toEqual(["Times New Roman"]);
    }
  });

  it("prints every page on A4", () => {
    for (const [, print] of printed) {
      for (const page of print.pages) {
        const [short, long] = [Math.min(page.widthPt, page.heightPt), Math.max(page.widthPt, page.heightPt)];
        expect(short).toBeCloseTo(mmToPt(210), 0);
        expect(long).toBeCloseTo(mmToPt(297), 0);
      }
    }
  });

  it("prints no text below 13 pt but the recipients' block (12 and 11)", () => {
    for (const [name, print] of printed) {
      const small = print.pages.flatMap((p) => p.drawn.filter((d) => d.sizePt < 13).map((d) => d.sizePt));
      const allowed = name.includes("bien-ban") ? [] : [11, 12];
      expect([name, [...new Set(small)].sort()]).toEqual([name, allowed]);
    }
  });

  it("prints every unit's name whole, in the report and in the lists of proposals", () => {
    for (const preset of PRESETS) {
      const dossier = made.get(preset)!;
      const report = printed.get(`${preset}-4-bao-cao-tong-ket`)!.rawText;
      for (const unit of dossier.summary.clusters.flatMap((c) => c.units))
        expect(report).toContain(unit.name);
      const proposed = dossier.summary.clusters.flatMap((c) => c.units.filter((u) => u.award !== null));
      expect(proposed.length).toBeGreaterThan(0);
      for (const name of ["1-to-trinh", "2-danh-sach", "3-bien-ban-hop-binh-xet"]) {
        const text = printed.get(`${preset}-${name}`)!.rawText;
        for (const unit of proposed) expect(text).toContain(unit.name);
      }
    }
  });

  it("prints each document's code, the preset's addressee and its recipients", () => {
    for (const preset of PRESETS) {
      const p = presetById(preset)!;
      const ttr = printed.get(`${preset}-1-to-trinh`)!.rawText;
      expect(ttr).toContain("Số: 07/TTr-CTĐ");
      expect(ttr).not.toContain("/BC-CTĐ");
      expect(ttr).toContain(`Kính gửi: ${p.addressee}`);
      for (const r of p.recipients) expect(ttr).toContain(`- ${r};`);
      expect(printed.get(`${preset}-2-danh-sach`)!.rawText).toContain("(Kèm theo Tờ trình số 07/TTr-CTĐ");
      expect(printed.get(`${preset}-3-bien-ban-hop-binh-xet`)!.rawText).toContain("Số: 03/BB-CTĐ");
      expect(printed.get(`${preset}-4-bao-cao-tong-ket`)!.rawText).toContain("/BC-CTĐ");
      expect(printed.get(`${preset}-4-bao-cao-tong-ket`)!.rawText).toContain(SIGNER);
    }
  });

  it("prints the award kind of the preset: the emulation flag for the border provinces' leading unit", () => {
    expect(printed.get("bien-gioi-phia-bac-1-to-trinh")!.rawText).toContain("Cờ thi đua của Tổng Liên đoàn");
    expect(printed.get("kon-tum-1-to-trinh")!.rawText).not.toContain("Cờ thi đua");
  });

  it("prints the meeting's figures in the minutes: present of the members, ballots issued, returned and valid", () => {
    for (const preset of PRESETS) {
      const text = printed.get(`${preset}-3-bien-ban-hop-binh-xet`)!.rawText;
      expect(text).toContain("Có mặt: 8/8 đơn vị thành viên");
      expect(text).toContain("Số phiếu phát ra: 8; số phiếu thu về: 8; số phiếu hợp lệ: 8.");
      expect(text).toContain("Trần Văn Bình");
      expect(text).toContain("Lê Thị Thu Hà");
    }
  });

  it("keeps the minutes' ballot table with its heading and threshold: its first row on their page", () => {
    for (const preset of PRESETS) {
      const dossier = made.get(preset)!;
      const cluster = dossier.summary.clusters.find((c) => c.ties.length > 0)!;
      expect([preset, cluster]).toEqual([preset, expect.anything()]);
      const first = cluster.units.find((u) => u.code === cluster.ties[0]!.units[0])!;
      const lines = printed
        .get(`${preset}-3-bien-ban-hop-binh-xet`)!
        .pages.flatMap((page) => page.lines.map((line) => ({ page: page.number, text: line.text })));
      const heading = lines.findIndex((l) =>
        l.text.includes("Kết quả bỏ phiếu suy tôn các đơn vị bằng điểm"),
      );
      const after = lines.slice(heading);
      const threshold = after.find((l) => l.text.startsWith("Ngưỡng thông qua"));
      const header = after.find((l) => /\bSTT\b/u.test(l.text));
      // The first body row: its index and the first words of the first candidate's name.
      const start = first.name.split(" ").slice(0, 3).join(" ");
      const row = after.find((l) => l.text.includes(start));
      expect([preset, heading >= 0, threshold?.page, header?.page, row?.page]).toEqual([
        preset,
        true,
        lines[heading]!.page,
        lines[heading]!.page,
        lines[heading]!.page,
      ]);
    }
  });
});
