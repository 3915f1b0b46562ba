/** The pure plan both adapters execute when they write sheets. */
import type { SheetWrite } from "../../src/workbook/port";
import { planSheetWrites, type SheetsBeforeWrite } from "../../src/workbook/sheet-plan";

const sheet = (name: string, extra: Partial<SheetWrite> = {}): SheetWrite => ({
  name,
  blocks: [],
  generated: true,
  ...extra,
});
const temp = (index: number): string => `~thidua~${index + 1}`;

/** Applies a plan the way the adapters do, on a list of names: delete, rename, move. */
function applied(before: SheetsBeforeWrite, writes: readonly SheetWrite[]): string[] {
  const plan = planSheetWrites(before, writes, temp);
  if (!plan.ok) throw new Error(`taken: ${plan.taken}`);
  const order = [...before.order, ...plan.sheets.map((s) => s.temp)];
  for (const step of plan.sheets) {
    if (step.replaces !== undefined) order.splice(order.indexOf(step.replaces), 1);
    order.splice(order.indexOf(step.temp), 1);
    order.splice(step.position, 0, step.sheet.name);
  }
  expect(order).toEqual(plan.orderAfter);
  return order;
}

describe("planSheetWrites", () => {
  it("refuses to replace a sheet the product did not generate, whatever its case", () => {
    const plan = planSheetWrites(
      { order: ["Cấu hình", "bảng tổng hợp"], generated: [] },
      [sheet("Bảng tổng hợp")],
      temp,
    );
    expect(plan).toEqual({ ok: false, taken: "bảng tổng hợp" });
  });

  it("keeps a replaced generated sheet in its place", () => {
    expect(
      applied({ order: ["Cấu hình", "Bảng tổng hợp", "DV01"], generated: ["Bảng tổng hợp"] }, [
        sheet("Bảng tổng hợp"),
      ]),
    ).toEqual(["Cấu hình", "Bảng tổng hợp", "DV01"]);
  });

  it("puts a new sheet before the sheet it names, or at the end when that sheet is absent", () => {
    expect(
      applied({ order: ["Cấu hình", "DV01", "_thidua"], generated: [] }, [
        sheet("Bảng tổng hợp", { before: "DV01" }),
        sheet("Đề nghị", { before: "Không có" }),
      ]),
    ).toEqual(["Cấu hình", "Bảng tổng hợp", "DV01", "_thidua", "Đề nghị"]);
  });

  it("places several sheets in the order asked, each before the previous one's neighbour", () => {
    expect(
      applied({ order: ["A", "B"], generated: ["B"] }, [
        sheet("B"),
        sheet("C", { before: "B" }),
        sheet("D", { before: "C" }),
      ]),
    ).toEqual(["A", "D", "C", "B"]);
  });

  it("adds a generated sheet to the marker list and drops one rewritten as the user's", () => {
    const plan = planSheetWrites(
      { order: ["A", "B"], generated: ["B"] },
      [sheet("B", { generated: false }), sheet("C")],
      temp,
    );
    expect(plan.ok && plan.generatedAfter).toEqual(["C"]);
  });

  it("names each temporary sheet by its index", () => {
    const plan = planSheetWrites({ order: [], generated: [] }, [sheet("X"), sheet("Y")], temp);
    expect(plan.ok && plan.sheets.map((s) => s.temp)).toEqual(["~thidua~1", "~thidua~2"]);
  });
});
