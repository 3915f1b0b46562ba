/**
 * The roll-up's sheets «Tổng hợp khối» and «Danh sách đề nghị» as written into an .xlsx and read back
 * through the package layer: three Kon Tum cluster workbooks (test/workbook/rollup-sample.ts) rolled
 * up without the guidance — each workbook's «Tên khối / cụm thi đua» is then its cluster's own name,
 * so no cluster is named twice — and with it (the seed 001 §IV.5 blocks, shown as before).
 */
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import { blocksOf } from "../../../src/core/block-rollup";
import type { CellValue } from "../../../src/core/model";
import { presetById } from "../../../src/core/presets";
import { rollUpWorkbooks, type RollupWritten } from "../../../src/workbook/block-rollup";
import { rollupWorkbooks } from "../rollup-sample";

jest.setTimeout(120_000);

interface Written {
  readonly rollup: RollupWritten;
  /** Column A of «Tổng hợp khối», the non-empty texts in order. */
  readonly lines: string[];
  /** «Danh sách đề nghị» from row 5: [Khối, Cụm, Mã đơn vị] of each row. */
  readonly list: CellValue[][];
}

async function rolledUp(guided: boolean): Promise<Written> {
  const workbooks = await rollupWorkbooks();
  const target = XlsxWorkbook.empty();
  const rollup = await rollUpWorkbooks(
    await Promise.all(
      workbooks.map(async (w) => ({ file: w.name, port: await XlsxWorkbook.fromBuffer(w.bytes) })),
    ),
    target,
    guided ? { blocks: blocksOf(presetById("kon-tum")!.clusters) } : {},
  );
  const saved = await XlsxWorkbook.fromBuffer(await target.toBuffer());
  const [sheet, proposals] = await saved.readSheets(["Tổng hợp khối", "Danh sách đề nghị"]);
  const lines = (sheet?.values ?? [])
    .map((r) => r[0])
    .filter((v): v is string => typeof v === "string" && v !== "");
  const list = (proposals?.values ?? []).slice(4).map((r) => [r[1] ?? null, r[2] ?? null, r[3] ?? null]);
  return { rollup, lines, list };
}

let alone: Written;
let guided: Written;
beforeAll(async () => {
  alone = await rolledUp(false);
  guided = await rolledUp(true);
});

const clusterNames = (w: Written): string[] =>
  w.rollup.blocks.flatMap((b) => b.clusters.map((c) => c.result.cluster.name));

describe("«Tổng hợp khối»", () => {
  it("names a cluster whose workbook names no block apart from it once, with no «Khối:» line repeating it", () => {
    expect(alone.rollup.written).toBe(true);
    expect(alone.rollup.blocks.map((b) => b.name)).toEqual([null, null, null]);
    expect(alone.lines.filter((l) => l.startsWith("Khối:"))).toEqual([]);
    for (const name of clusterNames(alone)) {
      const naming = alone.lines.filter((l) => l.includes(name));
      expect(naming).toHaveLength(1);
      expect(naming[0]?.startsWith(`${name} — tệp `)).toBe(true);
    }
  });

  it("keeps each real block's line above its clusters when the guidance gives the blocks", () => {
    const blockLines = guided.lines.filter((l) => l.startsWith("Khối:"));
    expect(blockLines).toEqual(guided.rollup.blocks.map((b) => `Khối: ${b.name ?? ""}`));
    expect(blockLines).toEqual([
      "Khối: Khối LĐLĐ huyện, thành phố",
      "Khối: Khối CĐCS trực thuộc tỉnh và ngành Trung ương",
    ]);
    for (const name of clusterNames(guided))
      expect(guided.lines.filter((l) => l.startsWith(`${name} — tệp `))).toHaveLength(1);
  });
});

describe("«Danh sách đề nghị»", () => {
  it("leaves «Khối» blank beside a cluster in no block apart from itself, the cluster in «Cụm»", () => {
    const rows = alone.list.filter((r) => r[2] !== null);
    expect(rows.length).toBe(alone.rollup.proposals.length);
    expect(rows).toEqual(alone.rollup.proposals.map((p) => [null, p.cluster, p.unit.code]));
  });

  it("writes the real block beside each cluster when the guidance gives it", () => {
    const rows = guided.list.filter((r) => r[2] !== null);
    expect(rows).toEqual(guided.rollup.proposals.map((p) => [p.block, p.cluster, p.unit.code]));
    expect(rows.every((r) => typeof r[0] === "string" && r[0].startsWith("Khối "))).toBe(true);
  });
});
