import {
  existingGeneratedSheet,
  generatedNamesFromMarker,
  generatedSheetName,
  isVariantOf,
  markerSheetCells,
  sheetNameFault,
} from "../../src/workbook/sheet-names";

const sheet = (name: string, generated: boolean) => ({ name, visible: true, generated });

describe("sheet names for generated sheets", () => {
  it("uses the base name when no sheet has it", () => {
    expect(generatedSheetName("Bảng tổng hợp", [sheet("Cấu hình", false)])).toEqual({
      name: "Bảng tổng hợp",
      renamedBecauseTaken: false,
    });
  });

  it("replaces the product's own sheet of that name", () => {
    expect(generatedSheetName("Bảng tổng hợp", [sheet("bảng tổng hợp", true)])).toEqual({
      name: "bảng tổng hợp",
      renamedBecauseTaken: false,
    });
  });

  it("never takes a user's sheet: picks the first free numbered name and says so", () => {
    const sheets = [sheet("Bảng tổng hợp", false), sheet("Bảng tổng hợp (2)", false)];
    expect(generatedSheetName("Bảng tổng hợp", sheets)).toEqual({
      name: "Bảng tổng hợp (3)",
      renamedBecauseTaken: true,
    });
  });

  it("reuses its own numbered sheet on the next run instead of adding another", () => {
    const sheets = [sheet("Bảng tổng hợp", false), sheet("Bảng tổng hợp (2)", true)];
    expect(generatedSheetName("Bảng tổng hợp", sheets).name).toBe("Bảng tổng hợp (2)");
  });

  it("keeps numbered names within Excel's 31 characters", () => {
    const base = "Đề nghị khen thưởng cụm thi đua số năm";
    const chosen = generatedSheetName(base, [sheet(base.slice(0, 31), false), sheet(base, false)]);
    expect(chosen.name.length).toBeLessThanOrEqual(31);
    expect(isVariantOf(chosen.name, base)).toBe(true);
  });

  it("does not take a shorter unrelated name for a variant", () => {
    expect(isVariantOf("Bảng (2)", "Bảng tổng hợp")).toBe(false);
  });

  it("reads votes from the product's sheet first, else from a sheet the user made", () => {
    expect(
      existingGeneratedSheet("Bỏ phiếu", [sheet("Bỏ phiếu", false), sheet("Bỏ phiếu (2)", true)])?.name,
    ).toBe("Bỏ phiếu (2)");
    expect(existingGeneratedSheet("Bỏ phiếu", [sheet("Bỏ phiếu", false)])?.name).toBe("Bỏ phiếu");
  });

  it("round-trips the marker of generated sheets and ignores a sheet that is not a marker", () => {
    const cells = markerSheetCells(["Bảng tổng hợp", "Bỏ phiếu"]);
    expect(generatedNamesFromMarker(cells)).toEqual(["Bảng tổng hợp", "Bỏ phiếu"]);
    expect(generatedNamesFromMarker([["something else"], ["Bảng tổng hợp"]])).toEqual([]);
  });

  it("names what Excel refuses in a sheet name", () => {
    expect(sheetNameFault("DV/01")).toBe("characters");
    expect(sheetNameFault("x".repeat(32))).toBe("too-long");
    expect(sheetNameFault("'DV")).toBe("apostrophe");
    expect(sheetNameFault("History")).toBe("reserved");
    expect(sheetNameFault("DV01")).toBeNull();
  });
});
