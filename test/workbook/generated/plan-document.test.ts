/** The KH document's words from a resolved plan: seed 003's table (TT, Nội dung, Đơn vị thực hiện, Thời gian). */
import { presetPlanForYear } from "../../../src/core/plan-presets";
import { buildAdministrativeDocument } from "../../../src/workbook/generated/documents";
import { planDocumentInput, timeLine } from "../../../src/workbook/generated/plan-document";

const source = (year: number) => ({
  tasks: presetPlanForYear("bien-gioi-phia-bac", year).tasks,
  periodLabel: `Năm ${year}`,
  parentBody: "Tổng Liên đoàn Lao động Việt Nam",
  issuingBody: "Cụm thi đua LĐLĐ các tỉnh Biên giới phía Bắc",
  place: "Cao Bằng",
  signer: "Nguyễn Văn A",
  recipients: ["Tổng Liên đoàn Lao động Việt Nam (b/c)"],
  unitNames: new Map<string, string>(),
  date: { year: year - 1, month: 11, day: 18 },
});

describe("the plan as a KH document", () => {
  it("is a kế hoạch numbered with a blank for the clerk (Số:  /KH-CTĐ) about the cluster's year", () => {
    const doc = buildAdministrativeDocument(planDocumentInput(source(2015)));
    expect(doc.kind).toBe("KH");
    expect(doc.header.numberLine).toBe("Số:        /KH-CTĐ");
    expect(doc.title.kind).toBe("KẾ HOẠCH");
    expect(doc.title.subject).toBe("Hoạt động của Cụm thi đua LĐLĐ các tỉnh Biên giới phía Bắc năm 2015");
    expect(doc.addressee).toEqual([]);
  });

  it("lays seed 003's rows out with their owners and dates, the tasks of row 6 under one TT cell", () => {
    const input = planDocumentInput(source(2015));
    const table = input.sections[0]!.blocks.find((b) => b.type === "table");
    if (table?.type !== "table") throw new Error("the plan has its table");
    expect(table.header).toEqual([["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"]]);
    const first = table.rows[0]!;
    expect(first[0]).toMatchObject({ text: "1", rowSpan: 1 });
    expect(first[2]).toBe("Cụm trưởng, Thành viên Cụm");
    // 003:17-21 "Từ 18/11 – 4/12/2014".
    expect(first[3]).toBe("Từ 18/11/2014 đến 04/12/2014");
    const six = table.rows.findIndex((row) => typeof row[0] === "object" && row[0].text === "6");
    expect(table.rows[six]![0]).toMatchObject({ rowSpan: 3 });
    // The two rows under it leave the TT column out.
    expect(table.rows[six + 1]).toHaveLength(3);
    expect(table.rows[six + 2]).toHaveLength(3);
  });

  it("writes a deadline as «Trước ngày …» with the figures' cut-off where the plan has one", () => {
    const report = presetPlanForYear("thu-duc-1", 2024).tasks.find((t) => t.id === "bao-cao-nam")!;
    expect(timeLine(report)).toBe("Trước ngày 20/10/2024 (số liệu tính đến ngày 15/10/2024)");
  });
});
