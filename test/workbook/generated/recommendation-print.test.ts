/**
 * The recommendation sheet («Đề nghị khen thưởng») as LibreOffice Calc prints it (the workbook
 * written by our .xlsx layer, printed to PDF, read back with poppler-utils): one A4 portrait page
 * width at 100 % — so 13–14 pt prints as 13–14 pt, nothing below 13 but the recipients (11) and
 * «Nơi nhận:» (12) — every text whole (a long issuing body wraps in its column), the TTr code, the
 * preset's addressee and recipients, the ranks of the summary, and the rule under the motto as
 * long as the motto. ECMA-376 Part 1 §18.3.1.63 (pageSetup): without fitToWidth the scale is 100.
 */
import { rmSync } from "node:fs";
import * as path from "node:path";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import type { BlockSummary } from "../../../src/core/model";
import { presetById, type PresetId } from "../../../src/core/presets";
import { summarizeBlock } from "../../../src/core/summary";
import { decodeWorkbook, type DecodedWorkbook } from "../../../src/workbook/decode";
import { MOTTO, mmToPt } from "../../../src/workbook/generated/documents";
import { recommendationSheet } from "../../../src/workbook/generated/recommendation";
import { SHEET } from "../../../src/workbook/sheet-names";
import { type PrintedDocument, printWithLibreOffice, readPrint } from "../../support/print";
import { sampleMemory } from "../sample";

jest.setTimeout(600_000);

const PRESETS: readonly PresetId[] = ["kon-tum", "thu-duc-1", "thanh-hoa-5", "bien-gioi-phia-bac"];
const now = { year: 2023, month: 3, day: 9 };

const read = new Map<PresetId, { decoded: DecodedWorkbook; summary: BlockSummary }>();
const printed = new Map<PresetId, PrintedDocument>();
let outDir = "";

beforeAll(async () => {
  const files = new Map<string, Uint8Array>();
  for (const preset of PRESETS) {
    const port = await sampleMemory({ preset, units: 8, seed: 5 });
    const config = port.sheets.find((s) => s.name === SHEET.config)!;
    config.values.find((r) => r[0] === "Người ký")![1] = "Nguyễn Thị Phương Thảo";
    if (preset === "bien-gioi-phia-bac") {
      // The long issuing body of seed 003, which the old sheet clipped on both sides.
      config.values.find((r) => r[0] === "Cơ quan ban hành văn bản")![1] =
        "Cụm thi đua LĐLĐ các tỉnh Biên giới phía Bắc";
    }
    const sheets = await port.readSheets(
      (await port.listSheets()).filter((s) => !s.generated).map((s) => s.name),
    );
    const decoded = decodeWorkbook(sheets);
    const summary = summarizeBlock(decoded.input);
    read.set(preset, { decoded, summary });
    const workbook = XlsxWorkbook.empty();
    await workbook.writeSheets([
      recommendationSheet(decoded, summary, {
        name: SHEET.recommendation,
        now,
        fingerprint: "0123456789abcdef",
      }),
    ]);
    files.set(preset, await workbook.toBuffer());
  }
  outDir = await printWithLibreOffice(files, "xlsx");
  for (const preset of PRESETS) printed.set(preset, readPrint(path.join(outDir, `${preset}.pdf`)));
});

afterAll(() => {
  if (outDir !== "") rmSync(path.dirname(outDir), { recursive: true, force: true });
});

describe("the recommendation sheet as LibreOffice Calc prints it", () => {
  it("prints on A4 portrait pages, its text inside the decree's left and right margins", () => {
    for (const preset of PRESETS) {
      for (const page of printed.get(preset)!.pages) {
        expect(page.widthPt).toBeCloseTo(mmToPt(210), 0);
        expect(page.heightPt).toBeCloseTo(mmToPt(297), 0);
        for (const word of page.lines.flatMap((l) => l.words)) {
          expect(word.xMin).toBeGreaterThanOrEqual(mmToPt(30) - 1);
          expect(word.xMax).toBeLessThanOrEqual(page.widthPt - mmToPt(15) + 1);
        }
      }
    }
  });

  it("prints no text below 13 pt but «Nơi nhận:» (12) and the recipients (11): nothing shrunk to fit", () => {
    for (const preset of PRESETS) {
      // Calc draws sizes through twips: 11 pt prints as 10.998. A shrunk sheet would print 13 pt as 12 or less.
      const sizes = new Set(
        printed.get(preset)!.pages.flatMap((p) => p.drawn.map((d) => Math.round(d.sizePt * 10) / 10)),
      );
      expect([preset, [...sizes].filter((s) => s < 12.95).sort()]).toEqual([preset, [11, 12]]);
      expect(Math.max(...sizes)).toBe(14);
    }
  });

  it("prints the TTr code, the preset's addressee and recipients, every proposed name whole", () => {
    for (const preset of PRESETS) {
      const text = printed.get(preset)!.rawText;
      const p = presetById(preset)!;
      expect(text).toMatch(/Số:\s+\/TTr-CTĐ/u);
      expect(text).not.toContain("…");
      expect(text).not.toContain("BC-CTĐ");
      expect(text).toContain(`Kính gửi: ${p.addressee}`);
      for (const r of p.recipients) expect(text).toContain(r);
      expect(text).toContain("ngày 09 tháng 3 năm 2023");
      const { summary } = read.get(preset)!;
      for (const unit of summary.clusters.flatMap((c) => c.units.filter((u) => u.award !== null))) {
        expect(text).toContain(unit.name);
      }
    }
    expect(printed.get("bien-gioi-phia-bac")!.rawText).toContain(
      "CỤM THI ĐUA LĐLĐ CÁC TỈNH BIÊN GIỚI PHÍA BẮC",
    );
  });

  it("prints the summary's ranks beside the proposed units", () => {
    for (const preset of PRESETS) {
      const { summary } = read.get(preset)!;
      const page = printed.get(preset)!.pages[0]!;
      const words = page.lines.flatMap((l) => l.words);
      for (const unit of summary.clusters.flatMap((c) => c.units.filter((u) => u.award !== null))) {
        const start = page.lines.find((l) => l.text.includes(unit.name.split(" ").slice(0, 5).join(" ")))!;
        expect(start).toBeDefined();
        // The rank column is under the header's «Xếp»; the rank is the number in it nearest the name's line.
        const header = words.find((w) => w.text === "Xếp")!;
        const centre = (b: { yMin: number; yMax: number }) => (b.yMin + b.yMax) / 2;
        const inColumn = words.filter(
          (w) => /^\d+$/.test(w.text) && w.xMin >= header.xMin - 10 && w.xMax <= header.xMax + 20,
        );
        const nearest = inColumn.sort(
          (a, b) => Math.abs(centre(a) - centre(start)) - Math.abs(centre(b) - centre(start)),
        )[0];
        expect([unit.name, nearest?.text]).toEqual([unit.name, String(unit.rank)]);
      }
    }
  });

  it("draws the rule under the motto as long as the motto, to within 3 %", () => {
    for (const preset of PRESETS) {
      const page = printed.get(preset)!.pages[0]!;
      const motto = page.lines.find((l) => l.text === MOTTO)!;
      const rule = page.lines.find(
        (l) => /^_+$/.test(l.text) && l.yMin > motto.yMax && l.xMin > motto.xMin - 20,
      )!;
      expect(rule).toBeDefined();
      const mottoWidth = motto.xMax - motto.xMin;
      expect(Math.abs(rule.xMax - rule.xMin - mottoWidth) / mottoWidth).toBeLessThan(0.03);
    }
  });
});
