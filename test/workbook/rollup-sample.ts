/**
 * Three Kon Tum cluster workbooks as three clusters' heads send them to the federation: one cluster
 * each (two blocks of seed 001 §IV.5, the Banks cluster's 1 + 2 among them), sample scores, the
 * summary made by the product's own use case. For the roll-up's tests (pane, documents, e2e).
 */
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { presetById } from "../../src/core/presets";
import { createClusterWorkbook, generateSummary, type NewUnit } from "../../src/workbook/usecases";

export const ROLLUP_CLUSTERS = ["LDLD-1", "CDCS-TINH", "NGAN-HANG"] as const;

const UNIT_NAMES = [
  "Liên đoàn Lao động huyện Đăk Hà",
  "Liên đoàn Lao động huyện Đăk Tô",
  "Liên đoàn Lao động huyện Ngọc Hồi",
  "Liên đoàn Lao động huyện Sa Thầy",
  "Liên đoàn Lao động huyện Kon Plông",
  "Công đoàn Sở Giáo dục và Đào tạo",
  "Công đoàn Sở Y tế",
  "Công đoàn Sở Tài chính",
  "Công đoàn Sở Xây dựng",
  "Công đoàn Sở Công Thương",
  "Công đoàn Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Kon Tum",
  "Công đoàn Ngân hàng TMCP Công thương chi nhánh Kon Tum",
  "Công đoàn Ngân hàng TMCP Đầu tư và Phát triển chi nhánh Kon Tum",
  "Công đoàn Ngân hàng Chính sách xã hội chi nhánh Kon Tum",
  "Công đoàn Ngân hàng TMCP Ngoại thương chi nhánh Kon Tum",
  "Công đoàn Ngân hàng Nhà nước chi nhánh Kon Tum",
];

/** The units of a cluster: codes unique across the block, names whole and distinct. */
export function rollupUnits(cluster: (typeof ROLLUP_CLUSTERS)[number]): NewUnit[] {
  const def = presetById("kon-tum")!.clusters.find((c) => c.code === cluster)!;
  const range = cluster === "LDLD-1" ? [0, 5] : cluster === "CDCS-TINH" ? [5, 10] : [10, 16];
  return UNIT_NAMES.slice(range[0], range[1]).map((name, i) => ({
    code: `${cluster}-${String(i + 1).padStart(2, "0")}`,
    name,
    type: "direct",
    cluster: def.name,
  }));
}

/** The three workbooks, each with its summary made: `{ name, bytes }` as the user picks them. */
export async function rollupWorkbooks(year = 2025): Promise<{ name: string; bytes: Uint8Array }[]> {
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (const [i, cluster] of ROLLUP_CLUSTERS.entries()) {
    const wb = XlsxWorkbook.empty();
    const units = rollupUnits(cluster);
    await createClusterWorkbook(wb, {
      presetId: "kon-tum",
      year,
      units,
      head: units[0]!.code,
      deputy: units[1]!.code,
      sampleScores: true,
      seed: 11 + i,
    });
    // Saved and opened again before the summary, as the head does (and `thidua mau` then `tong-hop`):
    // a workbook made in this session reads its dates as serial numbers until saved (noted in the report).
    const saved = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
    await generateSummary(saved, { now: { year, month: 12, day: 20 } });
    out.push({ name: `cum-${cluster.toLowerCase()}.xlsx`, bytes: await saved.toBuffer() });
  }
  return out;
}
