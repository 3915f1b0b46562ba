/**
 * The generated sheets say how a tie on total across a quota boundary was decided: the summary's
 * reason column and a list under the ties, the recommendation a note under its table.
 */
import type { BlockSummary, CellValue } from "../../src/core/model";
import { summarizeBlock } from "../../src/core/summary";
import { decodeWorkbook, type DecodedWorkbook } from "../../src/workbook/decode";
import { recommendationSheet } from "../../src/workbook/generated/recommendation";
import { SUMMARY_HEADER_ROW, summarySheet } from "../../src/workbook/generated/summary";
import { SHEET } from "../../src/workbook/sheet-names";
import type { SheetWrite } from "../../src/workbook/port";
import { MemoryPort } from "./memory-port";
import { sampleMemory } from "./sample";
import { noteOf } from "../support/say";

const now = { year: 2023, month: 1, day: 5 };
const REASON_COL = 13;
const TOTAL_COL = 9;

interface Block {
  readonly decoded: DecodedWorkbook;
  readonly summary: BlockSummary;
}

async function blockOf(port: MemoryPort, chained = false): Promise<Block> {
  const sheets = await port.readSheets((await port.listSheets()).map((s) => s.name));
  const read = decodeWorkbook(sheets);
  // No preset ships a tie-break chain (DOMAIN.md); these tests are about a chain a cluster filled in.
  const decoded = chained
    ? {
        ...read,
        input: {
          ...read.input,
          config: {
            ...read.input.config,
            tieBreak: ["appraisedTotal", "mainSection", "fewerDeductions"] as const,
          },
        },
      }
    : read;
  return { decoded, summary: summarizeBlock(decoded.input) };
}

/**
 * Four units, one cluster (1 leading, 1 excellent). The standing committee's points of DV03 are
 * lowered by 1, so DV03 and DV04 end on the same total, straddling the excellent place, while
 * DV03's appraised table score stays above DV04's: the chain's first rule decides.
 */
async function tiedBlock(): Promise<Block> {
  const port = await sampleMemory({ units: 4 });
  const sheet = port.sheets.find((s) => s.name === SHEET.departmentPoints)!;
  const header = sheet.values.findIndex((r) => r[0] === "Mã đơn vị");
  const col = sheet.values[header]!.findIndex((v) => typeof v === "string" && v.startsWith("Thường trực"));
  const row = sheet.values.findIndex((r) => r[0] === "DV03");
  sheet.values[row]![col] = (sheet.values[row]![col] as number) - 1;
  // No preset ships a tie-break order, and the sample's DV03/DV04 are «Hoàn thành tốt»: this cluster
  // sets both in «Cấu hình» (DOMAIN.md).
  const config = port.sheets.find((s) => s.name === SHEET.config)!.values;
  const set = (label: string, value: string): void => {
    config.find((r) => r[0] === label)![1] = value;
  };
  set("Thứ tự xét khi bằng điểm", "Tổng điểm thẩm định; Điểm mục chính; Ít điểm trừ hơn");
  set("Xếp loại tối thiểu để đề nghị đơn vị dẫn đầu", "Hoàn thành tốt nhiệm vụ");
  set("Xếp loại tối thiểu để đề nghị đơn vị xuất sắc", "Hoàn thành tốt nhiệm vụ");
  return blockOf(port);
}

/** The grid a sheet write leaves, values and formulas. */
async function written(sheet: SheetWrite): Promise<{ values: CellValue[][]; formulas: (string | null)[][] }> {
  const port = new MemoryPort();
  await port.writeSheets([sheet]);
  return port.sheets[0]!;
}

const rowOf = (values: readonly (readonly CellValue[])[], code: string): readonly CellValue[] =>
  values.find((r) => r[1] === code) ?? [];

const texts = (values: readonly (readonly CellValue[])[]): string[] =>
  values.flatMap((r) => r.filter((v): v is string => typeof v === "string"));

describe("summary sheet (Bảng tổng hợp) and a tie the chain decided", () => {
  let block: Block;
  beforeAll(async () => {
    block = await tiedBlock();
  });

  it("is built on a real chain-decided tie at the excellent place", () => {
    const [cluster] = block.summary.clusters;
    expect(cluster!.ties).toEqual([]);
    expect(cluster!.tieBreaks).toHaveLength(1);
    expect(cluster!.tieBreaks[0]).toMatchObject({
      award: "excellent",
      units: ["DV03", "DV04"],
      ahead: 1,
      decidedBy: "appraisedTotal",
    });
  });

  it("writes each tied unit's note in its reason column, and none on the other rows", async () => {
    const sheet = summarySheet(block.decoded, block.summary, { name: SHEET.summary, now, fingerprint: "x" });
    const { values } = await written(sheet);
    const units = block.summary.clusters.flatMap((c) => c.units);
    for (const unit of units) {
      const reason = rowOf(values, unit.code)[REASON_COL] ?? "";
      if (noteOf(unit) === undefined) expect(reason).toBe("");
      else expect(reason).toBe(noteOf(unit));
    }
    expect(rowOf(values, "DV03")[REASON_COL]).toMatch(
      /được xếp trên theo điểm thẩm định \(80,25 so với 77,75\)/,
    );
    expect(rowOf(values, "DV04")[REASON_COL]).toMatch(/xếp dưới theo điểm thẩm định/);
  });

  it("writes the core's totals on the tied rows as values, not formulas", async () => {
    const sheet = summarySheet(block.decoded, block.summary, { name: SHEET.summary, now, fingerprint: "x" });
    const { values, formulas } = await written(sheet);
    for (const code of ["DV03", "DV04"]) {
      const row = values.findIndex((r) => r[1] === code);
      expect(formulas[row]![TOTAL_COL] ?? null).toBeNull();
      expect(values[row]![TOTAL_COL]).toBe(89.25);
    }
  });

  it("lists the decision under the table: the units, the place, who is above whom, the rule and the figures", async () => {
    const sheet = summarySheet(block.decoded, block.summary, { name: SHEET.summary, now, fingerprint: "x" });
    const { values } = await written(sheet);
    const title = values.findIndex(
      (r) => typeof r[0] === "string" && r[0].includes("đã phân định theo thứ tự"),
    );
    const lastUnit = values.findIndex((r) => r[1] === "DV02");
    expect(title).toBeGreaterThan(lastUnit);
    expect(values[title + 1]![0]).toBe(
      "Cụm LĐLĐ huyện, thành phố số 1: Công đoàn Sở Tài chính (DV03), Công đoàn Sở Xây dựng (DV04) cùng " +
        "89,25 điểm, tranh suất xuất sắc; DV03 được xếp trên DV04 theo điểm thẩm định (DV03: 80,25; DV04: 77,75).",
    );
    expect(sheet.pageSetup?.printArea).toMatch(new RegExp(`:O${title + 2}$`));
  });

  it("puts a reason for not being considered and a tie-break note in the same cell", async () => {
    const [cluster] = block.summary.clusters;
    const changed: BlockSummary = {
      ...block.summary,
      clusters: [
        {
          ...cluster!,
          units: cluster!.units.map((u) =>
            u.code === "DV04"
              ? {
                  ...u,
                  exclusions: [{ rule: "not-registered" as const, registered: false, pactSigned: true }],
                }
              : u,
          ),
        },
      ],
    };
    const sheet = summarySheet(block.decoded, changed, { name: SHEET.summary, now, fingerprint: "x" });
    const { values } = await written(sheet);
    const dv04 = cluster!.units.find((u) => u.code === "DV04")!;
    expect(rowOf(values, "DV04")[REASON_COL]).toBe(
      `Không tham gia đăng ký và ký giao ước thi đua: không đăng ký thi đua. ${noteOf(dv04)!}`,
    );
  });

  it("says nothing of tie-breaks where no tie was decided", async () => {
    const plain = await blockOf(await sampleMemory({ units: 4 }));
    expect(plain.summary.clusters[0]!.tieBreaks).toEqual([]);
    const summary = await written(
      summarySheet(plain.decoded, plain.summary, { name: SHEET.summary, now, fingerprint: "x" }),
    );
    const recommendation = await written(
      recommendationSheet(plain.decoded, plain.summary, { name: "R", now, fingerprint: "x" }),
    );
    for (const grid of [summary.values, recommendation.values]) {
      expect(texts(grid).filter((t) => /xếp trên|phân định theo thứ tự/.test(t))).toEqual([]);
    }
    expect(summary.values.slice(SUMMARY_HEADER_ROW + 1).map((r) => r[REASON_COL] ?? "")).not.toContainEqual(
      expect.stringMatching(/\S/),
    );
  });
});

describe("recommendation sheet (Đề nghị khen thưởng) and a tie the chain decided", () => {
  it("notes under the table, before the closing line, which unit was placed above by which rule", async () => {
    const block = await tiedBlock();
    const sheet = recommendationSheet(block.decoded, block.summary, {
      name: SHEET.recommendation,
      now,
      fingerprint: "x",
    });
    const { values } = await written(sheet);
    const all = texts(values);
    const noteIndex = values.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("Ghi chú"));
    const tableRow = values.findIndex((r) => r[1] === "Công đoàn Sở Tài chính");
    const closing = values.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("Kính đề nghị"));
    expect(tableRow).toBeGreaterThan(0);
    expect(noteIndex).toBeGreaterThan(tableRow);
    expect(closing).toBeGreaterThan(noteIndex);
    expect(values[noteIndex]![0]).toBe(
      "Ghi chú: Công đoàn Sở Tài chính, Công đoàn Sở Xây dựng cùng 89,25 điểm; Công đoàn Sở Tài chính " +
        "được xếp trên theo điểm thẩm định (80,25 so với 77,75).",
    );
    expect(all.filter((t) => t.startsWith("Ghi chú:"))).toHaveLength(1);
    expect(sheet.merges).toContain(`A${noteIndex + 1}:F${noteIndex + 1}`);
  });
});
