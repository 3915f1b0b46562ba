/**
 * The roll-up's tờ trình and list as Word files, checked against what does not come from us: the
 * .docx XML (ECMA-376 WordprocessingML: the paragraphs' w:t text, the table rows w:tr) and
 * LibreOffice's print read back with poppler-utils (test/support/print.ts), as the dossier's print
 * tests do. Format: Nghị định 30/2020/NĐ-CP, Phụ lục I and III (codes TTr, DS); the issuer is the
 * federation's Ban Chính sách – Pháp luật, the addressee its standing committee (seed 001 §IV.4–5).
 */
import { rmSync } from "node:fs";
import * as path from "node:path";
import { documentToDocx } from "../../../src/adapters/docx/docx-writer";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import { blocksOf, rollUpBlocks } from "../../../src/core/block-rollup";
import { formatPointsFixed } from "../../../src/core/decimal";
import { presetById } from "../../../src/core/presets";
import {
  readRollupSource,
  rollupDocumentFiles,
  rollUpWorkbooks,
  type RollupWritten,
} from "../../../src/workbook/block-rollup";
import { all, openDocx, textOf } from "../../adapters/docx/ooxml";
import { type PrintedDocument, printWithLibreOffice, readPrint } from "../../support/print";
import { rollupWorkbooks } from "../rollup-sample";

jest.setTimeout(600_000);

const now = { year: 2025, month: 12, day: 28 };
let rollup: RollupWritten;
const files = new Map<string, Uint8Array>();
const printed = new Map<string, PrintedDocument>();
let outDir = "";

beforeAll(async () => {
  const workbooks = await rollupWorkbooks();
  rollup = await rollUpWorkbooks(
    await Promise.all(
      workbooks.map(async (w) => ({ file: w.name, port: await XlsxWorkbook.fromBuffer(w.bytes) })),
    ),
    XlsxWorkbook.empty(),
    { blocks: blocksOf(presetById("kon-tum")!.clusters) },
  );
  for (const d of rollupDocumentFiles(rollup, now)) files.set(d.kind, await documentToDocx(d.document));
  outDir = await printWithLibreOffice(files);
  for (const name of files.keys()) printed.set(name, readPrint(path.join(outDir, `${name}.pdf`)));
});

afterAll(() => {
  if (outDir !== "") rmSync(path.dirname(outDir), { recursive: true, force: true });
});

/** The body's table rows as their cells' texts (header row first). */
async function tableRows(bytes: Uint8Array): Promise<string[][]> {
  const docx = await openDocx(bytes);
  const tables = all(docx.document, "w:tbl").filter((t) => all(t, "w:tr").length > 1);
  return all(tables[tables.length - 1]!, "w:tr").map((tr) => all(tr, "w:tc").map((tc) => textOf(tc)));
}

describe("the roll-up's tờ trình and list in Word", () => {
  it("is a roll-up of two blocks with proposals and nothing refused", () => {
    expect(rollup.written).toBe(true);
    expect(rollup.blocks.map((b) => b.name)).toEqual([
      "Khối LĐLĐ huyện, thành phố",
      "Khối CĐCS trực thuộc tỉnh và ngành Trung ương",
    ]);
    expect(rollup.proposals.length).toBeGreaterThan(2);
  });

  it("carries the codes TTr and DS with the department's code, the issuer and the addressee, in the XML", async () => {
    const ttr = textOf((await openDocx(files.get("TTr")!)).document);
    const ds = textOf((await openDocx(files.get("DS")!)).document);
    // The number is the clerk's to write: a blank before the code, never a printed "…".
    expect(ttr).toMatch(/Số: {2,}\/TTr-CSPL/u);
    expect(ttr).not.toContain("…");
    expect(ttr).toContain("TỜ TRÌNH");
    expect(ttr).toContain("BAN CHÍNH SÁCH - PHÁP LUẬT");
    expect(ttr).toContain("Kính gửi:");
    expect(ttr).toContain("Thường trực");
    expect(ds).toMatch(/Số: {2,}\/DS-CSPL/u);
    expect(ds).toContain("DANH SÁCH");
    expect(ds).toMatch(/\(Kèm theo Tờ trình số {2,}\/TTr-CSPL ngày 28 tháng 12 năm 2025/u);
  });

  it("lists in the DS table exactly the roll-up's combined proposals, block by block, with the core's totals", async () => {
    const rows = await tableRows(files.get("DS")!);
    const body = rows.slice(1).filter((r) => r[0] !== "");
    expect(body.map((r) => r[1])).toEqual(rollup.proposals.map((p) => p.unit.name));
    expect(body.map((r) => r[2])).toEqual(rollup.proposals.map((p) => p.cluster));
    expect(body.map((r) => r[3])).toEqual(rollup.proposals.map((p) => formatPointsFixed(p.unit.total)));
    expect(body.map((r) => r[0])).toEqual(rollup.proposals.map((_, i) => String(i + 1)));
    const blockRows = rows
      .slice(1)
      .filter((r) => r[0] === "")
      .map((r) => r[1]);
    expect(blockRows).toEqual(rollup.blocks.map((b) => b.name));
    // The tờ trình's table holds the same units.
    const ttrRows = (await tableRows(files.get("TTr")!)).slice(1).filter((r) => r[0] !== "");
    expect(ttrRows.map((r) => r[1])).toEqual(rollup.proposals.map((p) => p.unit.name));
  });

  it("prints every proposed unit's name whole, and each cluster's open place, as LibreOffice prints them", () => {
    for (const kind of ["TTr", "DS"]) {
      const text = printed.get(kind)!.rawText.replace(/\s+/gu, " ");
      for (const p of rollup.proposals) expect(text).toContain(p.unit.name);
      for (const c of rollup.blocks.flatMap((b) => b.clusters))
        for (const place of c.open)
          expect(text).toContain(`${c.result.cluster.name}: còn ${place.places} suất`);
      expect(printed.get(kind)!.pages.length).toBeGreaterThanOrEqual(1);
    }
  });
});

describe("the roll-up's documents when the workbooks name no block apart from their clusters", () => {
  let alone: RollupWritten;
  const word = new Map<string, Uint8Array>();
  beforeAll(async () => {
    // Without the guidance each workbook's «Tên khối / cụm thi đua» is its cluster's own name.
    const workbooks = await rollupWorkbooks();
    alone = await rollUpWorkbooks(
      await Promise.all(
        workbooks.map(async (w) => ({ file: w.name, port: await XlsxWorkbook.fromBuffer(w.bytes) })),
      ),
      XlsxWorkbook.empty(),
    );
    for (const d of rollupDocumentFiles(alone, now)) word.set(d.kind, await documentToDocx(d.document));
  });

  it("names each cluster once, in «Cụm thi đua», with no block row repeating it", async () => {
    expect(alone.written).toBe(true);
    expect(alone.blocks.every((b) => b.name === null)).toBe(true);
    for (const kind of ["TTr", "DS"]) {
      const rows = (await tableRows(word.get(kind)!)).slice(1);
      expect(rows.filter((r) => r[0] === "")).toEqual([]);
      expect(rows.map((r) => [r[1], r[2]])).toEqual(alone.proposals.map((p) => [p.unit.name, p.cluster]));
    }
  });

  it("counts the clusters in the tờ trình's basis without calling them blocks", async () => {
    const ttr = textOf((await openDocx(word.get("TTr")!)).document);
    expect(ttr).toContain("của 3 cụm thi đua,");
    expect(ttr).not.toMatch(/thuộc \d+ khối/u);
    // With the guidance, the blocks are counted as before.
    expect(textOf((await openDocx(files.get("TTr")!)).document)).toContain("của 3 cụm thi đua thuộc 2 khối,");
  });
});

describe("the roll-up's documents when some clusters are in a block and others stand alone", () => {
  it("gives the standing-alone cluster its own row, so its units never read as the block's above", async () => {
    const workbooks = await rollupWorkbooks();
    const sources = await Promise.all(
      workbooks.map(
        async (w) => (await readRollupSource(w.name, await XlsxWorkbook.fromBuffer(w.bytes))).source,
      ),
    );
    // The second workbook names a block of its own; the others only their cluster.
    const mixed = rollUpBlocks(sources.map((s, i) => (i === 1 ? { ...s, block: "Khối thử nghiệm" } : s)));
    expect(mixed.blocks.map((b) => b.name)).toEqual([null, "Khối thử nghiệm", null]);
    const written: RollupWritten = { ...mixed, written: true, issuer: { parentBody: "", place: "" } };
    const word = new Map<string, Uint8Array>();
    for (const d of rollupDocumentFiles(written, now)) word.set(d.kind, await documentToDocx(d.document));
    const rows = (await tableRows(word.get("DS")!)).slice(1);
    const groups = mixed.blocks.map((b) => b.name ?? b.clusters[0]!.result.cluster.name);
    expect(rows.filter((r) => r[0] === "").map((r) => r[1])).toEqual(groups);
    // Each group's units follow its row.
    let group = "";
    for (const r of rows) {
      if (r[0] === "") group = r[1]!;
      else {
        const p = mixed.proposals.find((x) => x.unit.name === r[1])!;
        expect(group).toBe(p.block ?? p.cluster);
      }
    }
    expect(textOf((await openDocx(word.get("TTr")!)).document)).toContain(
      "của 3 cụm thi đua (1 cụm thuộc 1 khối),",
    );
  });
});
