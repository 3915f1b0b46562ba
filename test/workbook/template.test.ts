import { presetById } from "../../src/core/presets";
import { SHEET } from "../../src/workbook/sheet-names";
import { sectionCodes } from "../../src/workbook/sheets/criteria";
import { SCORE_COLUMNS } from "../../src/workbook/sheets/unit-scores";
import { UNIT_COLUMNS } from "../../src/workbook/sheets/units";
import { createClusterWorkbook, templateSourceFor } from "../../src/workbook/usecases";
import { templateSheets } from "../../src/workbook/template";
import { MemoryPort } from "./memory-port";
import { refusalOf } from "../support/say";

const units = [
  { code: "DV01", name: "Công đoàn Sở Y tế", type: "direct" as const },
  { code: "DV02", name: '=HYPERLINK("x")', type: "coordinating" as const },
  { code: "DV03", name: "Công đoàn Kho bạc", type: "direct" as const },
];

describe("the cluster workbook template", () => {
  it("creates the configuration, criteria, units, departments, votes, the meeting, the plan and one scoring sheet per unit", async () => {
    const port = new MemoryPort();
    await createClusterWorkbook(port, { presetId: "kon-tum", year: 2022, units });
    expect(port.sheets.map((s) => s.name)).toEqual([
      SHEET.config,
      SHEET.criteria,
      SHEET.units,
      SHEET.departments,
      SHEET.departmentPoints,
      SHEET.votes,
      SHEET.meeting,
      SHEET.plan,
      SHEET.submissions,
      "DV01",
      "DV02",
      "DV03",
    ]);
    expect(port.writes).toBe(1);
    expect(port.sheets.find((s) => s.name === SHEET.votes)!.generated).toBe(true);
    expect(port.sheets.find((s) => s.name === SHEET.meeting)!.generated).toBe(true);
    expect(port.sheets.filter((s) => s.generated)).toHaveLength(2);
  });

  it("lists every criterion of the preset on each unit's sheet, with sections marked and score cells validated", () => {
    const preset = presetById("kon-tum")!;
    const { source, units: tu } = templateSourceFor({ presetId: "kon-tum", year: 2022, units });
    const sheets = templateSheets(source, tu);
    const unitSheet = sheets.find((s) => s.name === "DV01")!;
    const header = unitSheet.blocks.find((b) => b.at === "A3")!.cells[0];
    expect(header).toEqual(Object.values(SCORE_COLUMNS).map((c) => c.header));
    const codes = unitSheet.blocks
      .filter((b) => /^A\d+$/.test(b.at) && Number(b.at.slice(1)) > 3)
      .map((b) => b.cells[0]![0]);
    expect(codes).toEqual(preset.criteria.map((c) => c.code));
    const sections = sectionCodes(preset.criteria.map((c) => c.code));
    expect(sections.has("II.1")).toBe(true);
    expect(sections.has("II.1.a")).toBe(false);
    // Every criterion row's score cells accept 0 to that row's maximum, one rule per run of equal maxima.
    const maxOfRow = new Map<number, number>();
    for (const rule of unitSheet.validations!) {
      const [, top, bottom] = /^E(\d+):F(\d+)$/.exec(rule.range)!;
      expect(rule).toMatchObject({ kind: "decimal", min: 0 });
      for (let r = Number(top); r <= Number(bottom); r++) maxOfRow.set(r, rule.max!);
    }
    preset.criteria.forEach((c, i) => expect(maxOfRow.get(4 + i)).toBe(c.max));
    expect(unitSheet.validations!.length).toBeLessThan(preset.criteria.length);
  });

  it("gives each cluster of a block its own head and deputy, and keeps the single pair for the first", () => {
    const block = [
      { code: "A1", name: "Công đoàn A1", type: "direct" as const, cluster: "Cụm Ngân hàng" },
      { code: "A2", name: "Công đoàn A2", type: "direct" as const, cluster: "Cụm Ngân hàng" },
      { code: "B1", name: "Công đoàn B1", type: "direct" as const, cluster: "Cụm Sở ngành" },
      { code: "B2", name: "Công đoàn B2", type: "direct" as const, cluster: "Cụm Sở ngành" },
    ];
    const { source } = templateSourceFor({
      presetId: "kon-tum",
      year: 2024,
      units: block,
      officers: [
        { cluster: "cụm sở ngành", head: "B2", deputy: "B1" },
        { cluster: "Cụm Ngân hàng", head: "A1", deputy: "A2" },
      ],
    });
    expect(source.clusters.map((c) => [c.name, c.head, c.deputy])).toEqual([
      ["Cụm Ngân hàng", "A1", "A2"],
      ["Cụm Sở ngành", "B2", "B1"],
    ]);
    const single = templateSourceFor({
      presetId: "kon-tum",
      year: 2024,
      units: block,
      head: "A2",
      deputy: "A1",
    });
    expect(single.source.clusters.map((c) => [c.head ?? "", c.deputy ?? ""])).toEqual([
      ["A2", "A1"],
      ["", ""],
    ]);
  });

  it("puts each unit in the units table with its type, and validates the closed lists", () => {
    const { source, units: tu } = templateSourceFor({ presetId: "kon-tum", year: 2022, units });
    const sheet = templateSheets(source, tu).find((s) => s.name === SHEET.units)!;
    expect(sheet.blocks.find((b) => b.at === "A3")!.cells[0]).toEqual(
      Object.values(UNIT_COLUMNS).map((c) => c.header),
    );
    expect(sheet.blocks.find((b) => b.at === "A5")!.cells[0]).toEqual([
      "DV02",
      '=HYPERLINK("x")',
      source.clusters[0]!.name,
      "Phối hợp",
    ]);
    const lists = sheet.validations!.filter((v) => v.kind === "list").map((v) => v.list);
    expect(lists).toContainEqual(["Trực tiếp", "Phối hợp"]);
    expect(lists).toContainEqual(["Có", "Không"]);
    expect(sheet.tables![0]).toEqual({ name: "DonVi", range: "A3:J6", headerRow: true });
  });

  it("gives the same sample data for the same seed, and different data for another", () => {
    const { source, units: tu } = templateSourceFor({ presetId: "thu-duc-1", year: 2022, units });
    const a = JSON.stringify(templateSheets(source, tu, { sampleSeed: 7 }));
    expect(JSON.stringify(templateSheets(source, tu, { sampleSeed: 7 }))).toBe(a);
    expect(JSON.stringify(templateSheets(source, tu, { sampleSeed: 8 }))).not.toBe(a);
  });

  it("keeps sample scores within each criterion's maximum", async () => {
    const port = new MemoryPort();
    await createClusterWorkbook(port, {
      presetId: "kon-tum",
      year: 2022,
      units,
      sampleScores: true,
      seed: 3,
    });
    const sheet = port.sheets.find((s) => s.name === "DV01")!;
    let scored = 0;
    for (const row of sheet.values.slice(3)) {
      const [, , , max, self, appraised] = row;
      for (const v of [self, appraised]) {
        if (typeof v === "number") {
          scored++;
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(max as number);
        }
      }
    }
    expect(scored).toBeGreaterThan(10);
  });

  it("refuses to create the template over sheets that already exist", async () => {
    const port = new MemoryPort();
    await port.writeSheets([{ name: "Cấu hình", generated: false, blocks: [] }]);
    await expect(
      createClusterWorkbook(port, { presetId: "kon-tum", year: 2022, units }),
    ).rejects.toMatchObject({
      code: "TEMPLATE_SHEETS_TAKEN",
    });
  });

  it.each([
    [[{ code: "DV/1", name: "x", type: "direct" as const }], "UNIT_CODE_NOT_SHEET_NAME"],
    [[{ code: " ", name: "x", type: "direct" as const }], "UNIT_CODE_MISSING"],
    [[{ code: "Tiêu chí", name: "x", type: "direct" as const }], "UNIT_CODE_RESERVED"],
    [
      [
        { code: "DV1", name: "x", type: "direct" as const },
        { code: "dv1", name: "y", type: "direct" as const },
      ],
      "UNIT_CODE_DUPLICATE",
    ],
  ])("refuses unit codes that cannot name a sheet (%j)", async (bad, code) => {
    await expect(
      createClusterWorkbook(new MemoryPort(), { presetId: "kon-tum", year: 2022, units: bad }),
    ).rejects.toMatchObject({ code });
  });

  it("refuses an unknown preset naming the known ones", async () => {
    expect(
      await refusalOf(
        createClusterWorkbook(new MemoryPort(), { presetId: "nope" as "kon-tum", year: 2022, units }),
      ),
    ).toMatch(/kon-tum, thu-duc-1/);
  });

  it("makes one cluster per cluster the units name, with the preset's quotas", () => {
    const { source } = templateSourceFor({
      presetId: "kon-tum",
      year: 2022,
      units: [
        { code: "NH1", name: "a", type: "direct", cluster: "Cụm các Ngân hàng" },
        { code: "X1", name: "b", type: "direct", cluster: "Cụm mới" },
      ],
    });
    expect(source.clusters.map((c) => [c.name, c.quota.leading, c.quota.excellent])).toEqual([
      ["Cụm các Ngân hàng", 1, 2],
      ["Cụm mới", 1, 1],
    ]);
  });
});
