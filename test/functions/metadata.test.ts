/**
 * functions.json is the contract Excel reads: generate it from src/functions/functions.ts exactly as
 * the webpack plugin does, and check every function's id, name, parameters and descriptions. That
 * the build registers each id is checked on the bundle itself (bundle.test.ts).
 */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import type { IFunction, IFunctionParameter } from "custom-functions-metadata";

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");

/** What each parameter must be: Excel's type and whether it takes a range, may be left out or repeats. */
type ParameterContract = Pick<
  IFunctionParameter,
  "name" | "type" | "dimensionality" | "optional" | "repeating"
>;

const range = (name: string, optional?: true): ParameterContract =>
  optional
    ? { name, type: "any", dimensionality: "matrix", optional }
    : { name, type: "any", dimensionality: "matrix" };
const cell = (name: string, optional?: true): ParameterContract =>
  optional ? { name, type: "any", optional } : { name, type: "any" };

const CONTRACT: Record<
  string,
  { parameters: ParameterContract[]; result: { dimensionality?: string; type?: string } }
> = {
  DOCSO: { parameters: [cell("gia_tri")], result: {} },
  TONGDIEM: {
    parameters: [range("diem"), range("diem_toi_da"), range("loai", true)],
    result: { type: "number" },
  },
  PHANBO: { parameters: [cell("ban"), cell("loai_don_vi"), range("bang_phan_bo", true)], result: {} },
  DIEMBAN: {
    parameters: [range("diem"), range("ban"), cell("loai_don_vi"), range("bang_phan_bo", true)],
    result: { type: "number" },
  },
  XEPLOAI: { parameters: [cell("tong_diem"), range("bang_xep_loai", true)], result: { type: "string" } },
  XEPHANG: {
    parameters: [range("tong_diem"), range("xet_thi_dua", true)],
    result: { dimensionality: "matrix" },
  },
  DENGHI: {
    parameters: [
      range("tong_diem"),
      range("xet_thi_dua"),
      cell("so_dan_dau", true),
      cell("so_xuat_sac", true),
      range("so_phieu", true),
      { name: "tieu_chi_phu", type: "any", dimensionality: "matrix", optional: true, repeating: true },
    ],
    result: { dimensionality: "matrix", type: "string" },
  },
  DUDIEUKIEN: {
    parameters: [
      cell("ky_luat"),
      range("dang_ky"),
      { name: "bao_cao", type: "any", optional: true, repeating: true },
    ],
    result: { type: "string" },
  },
  CHUYENMA: { parameters: [cell("van_ban"), cell("phong_chu", true)], result: { type: "string" } },
};

let metadata: { functions: IFunction[] };

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(SOURCE, false);
  expect(generated.errors).toEqual([]);
  metadata = JSON.parse(generated.metadataJson) as { functions: IFunction[] };
});

describe("generated functions.json", () => {
  it("lists exactly the THIDUA functions of the contract", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(CONTRACT).sort());
  });

  it("uses the same upper-case id and name, at least 3 letters without diacritics", () => {
    for (const f of metadata.functions) {
      expect(f.name).toBe(f.id);
      expect(f.id).toMatch(/^[A-Z]{3,}$/);
    }
  });

  it("gives each function its parameters with Excel's type, range-ness, optional and repeating flags", () => {
    for (const f of metadata.functions) {
      // Only the contract's fields, leaving out those the generator omits (undefined).
      const shape = f.parameters.map(({ name, type, dimensionality, optional, repeating }) =>
        Object.fromEntries(
          Object.entries({ name, type, dimensionality, optional, repeating }).filter(
            ([, v]) => v !== undefined,
          ),
        ),
      );
      expect({ id: f.id, parameters: shape }).toEqual({ id: f.id, parameters: CONTRACT[f.id]!.parameters });
      expect({ id: f.id, result: f.result ?? {} }).toEqual({ id: f.id, result: CONTRACT[f.id]!.result });
    }
  });

  it("describes every function and parameter in Vietnamese", () => {
    // Vietnamese text carries letters outside ASCII (ă, â, đ, ê, ô, ơ, ư and the tone marks).
    const vietnamese = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
    for (const f of metadata.functions) {
      expect({ id: f.id, description: f.description }).toEqual({
        id: f.id,
        description: expect.stringMatching(vietnamese),
      });
      for (const p of f.parameters) {
        expect({ id: f.id, parameter: p.name, description: p.description }).toEqual({
          id: f.id,
          parameter: p.name,
          description: expect.stringMatching(vietnamese),
        });
        // Limits of Excel's metadata schema: parameter names up to 64 characters, descriptions up to 512.
        expect(p.name.length).toBeLessThanOrEqual(64);
        expect(p.description!.length).toBeLessThanOrEqual(512);
      }
    }
  });

  it("marks no function volatile, streaming or synchronous-preview: results come back directly", () => {
    for (const f of metadata.functions)
      expect({ id: f.id, options: f.options }).toEqual({ id: f.id, options: undefined });
  });
});
