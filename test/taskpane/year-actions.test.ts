/**
 * «Năm mới» and «Tổng hợp khối» from the pane's actions on the real .xlsx adapter: the same use
 * cases as the commands, the open workbook never changed, the new workbook handed over (a download
 * in the browser; in Excel Excel.createWorkbook where ExcelApi 1.8 is there, else a download).
 */
import { readFileSync } from "fs";
import path from "path";
import * as xlsx from "../../src/adapters/xlsx/xlsx-workbook";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { officeSupport } from "../../src/adapters/office/excel-host";
import { browserActions, XLSX_MIME, type XlsxModule } from "../../src/taskpane/browser-actions";
import { newWorkbookOrDownload } from "../../src/taskpane/office-actions";
import { newYearFileName } from "../../src/taskpane/year-actions";
import { Grid } from "../../src/workbook/grid/grid";
import { findSheet, SHEET } from "../../src/workbook/sheet-names";
import { readHistorySheet } from "../../src/workbook/sheets/history";
import { readCluster } from "../../src/workbook/usecases";

const SAMPLE = readFileSync(path.join(__dirname, "..", "..", "assets", "samples", "kon-tum.xlsx"));
const today = () => ({ year: 2024, month: 12, day: 20 });
const signal = () => new AbortController().signal;

function setup() {
  const saved: { bytes: Uint8Array; name: string; mime?: string }[] = [];
  const actions = browserActions({
    today,
    loadXlsx: () => Promise.resolve(xlsx as unknown as XlsxModule),
    fetchSample: () => Promise.resolve(new Uint8Array(SAMPLE)),
    save: (bytes, name, mime) => saved.push({ bytes, name, ...(mime ? { mime } : {}) }),
  });
  return { actions, saved };
}

/** Each cluster's head and deputy as «Cấu hình» holds them. */
async function officersIn(bytes: Uint8Array): Promise<{ head: string; deputy: string }[]> {
  const wb = await XlsxWorkbook.fromBuffer(bytes);
  const [config] = await wb.readSheets([SHEET.config]);
  const rows = (config?.values ?? []).map((r) => r.map((v) => (typeof v === "string" ? v : "")));
  const header = rows.findIndex((r) => r[0] === "Mã cụm");
  const col = (name: string) => rows[header]!.indexOf(name);
  return rows
    .slice(header + 1)
    .filter((r) => r[0] !== "" && r[1] !== "" && (r[col("Cụm trưởng")] ?? "") !== "")
    .map((r) => ({ head: r[col("Cụm trưởng")] ?? "", deputy: r[col("Cụm phó")] ?? "" }));
}

describe("«Năm mới» in the browser", () => {
  it("shows what is carried and makes each cluster's last deputy its head, offering its units as deputy", async () => {
    const { actions } = setup();
    await actions.document!.openSample(signal());
    const before = await officersIn(new Uint8Array(SAMPLE));
    const preview = await actions.newYear!.preview({ deputies: [], mapping: [] }, signal());
    expect(preview.from).toMatch(/\d{4}/u);
    expect(preview.period.start.year).toBe(Number(/\d{4}/u.exec(preview.from)![0]) + 1);
    expect(preview.criteria).toBeGreaterThan(0);
    expect(preview.departments).toBeGreaterThan(0);
    // The sample is a block of two clusters (its preset lists the others without units: left alone).
    expect(preview.clusters.map((c) => c.head)).toEqual(before.map((o) => o.deputy));
    for (const c of preview.clusters) expect(c.members.map((m) => m.code)).not.toContain(c.head);
    expect(preview.clusters.reduce((n, c) => n + c.members.length + 1, 0)).toBe(preview.units);
    // No deputy yet: a warning for each cluster that it is to be elected, nothing refused.
    expect(preview.problems.map((p) => p.code)).toEqual(["YEAR_DEPUTY_TO_ELECT", "YEAR_DEPUTY_TO_ELECT"]);
    expect(preview.written).toBe(true);
  });

  it("downloads the new workbook with the chosen deputy and leaves the open file as it was", async () => {
    const { actions, saved } = setup();
    await actions.document!.openSample(signal());
    const preview = await actions.newYear!.preview({ deputies: [], mapping: [] }, signal());
    const deputies = preview.clusters.map((c) => c.members[2]!.code);
    const made = await actions.newYear!.make({ deputies, mapping: [] }, signal());
    expect(made.delivered).toBe("download");
    expect(made.result.written).toBe(true);
    expect(saved.map((s) => s.name)).toEqual([made.fileName]);
    expect(made.fileName).toBe(`kon-tum-${made.result.period.start.year}.xlsx`);
    expect(await officersIn(saved[0]!.bytes)).toEqual(
      preview.clusters.map((c, i) => ({ head: c.head, deputy: deputies[i] })),
    );
    const next = await XlsxWorkbook.fromBuffer(saved[0]!.bytes);
    const history = findSheet(await next.readSheets([SHEET.history]), SHEET.history);
    expect(readHistorySheet(new Grid(history!)).length).toBe(preview.historyRows);
    // The open workbook is untouched: nothing kept as changed, and its period is last year's.
    expect(actions.keeping!.status().pending.sheets).toEqual([]);
    await actions.download!();
    const open = await readCluster(await XlsxWorkbook.fromBuffer(saved[1]!.bytes));
    expect(open.input?.period.label).toBe(preview.from);
  });

  it("takes the mapping typed in the pane: a renamed unit keeps its history under the new code", async () => {
    const { actions, saved } = setup();
    await actions.document!.openSample(signal());
    const preview = await actions.newYear!.preview({ deputies: [], mapping: [] }, signal());
    const old = preview.lastUnits.find((u) => u.code !== preview.clusters[0]!.head)!;
    const mapping = [{ old: old.code, new: "QN-01", name: "LĐLĐ phường Mới" }];
    const mapped = await actions.newYear!.preview({ deputies: ["QN-01"], mapping }, signal());
    expect(mapped.clusters[0]!.members).toContainEqual({ code: "QN-01", name: "LĐLĐ phường Mới" });
    expect(mapped.clusters[0]!.deputy).toBe("QN-01");
    expect(mapped.problems.filter((p) => p.severity === "error")).toEqual([]);
    const made = await actions.newYear!.make({ deputies: ["QN-01"], mapping }, signal());
    expect(made.result.written).toBe(true);
    const next = await XlsxWorkbook.fromBuffer(saved[0]!.bytes);
    const history = readHistorySheet(
      new Grid(findSheet(await next.readSheets([SHEET.history]), SHEET.history)!),
    );
    expect(history.find((h) => h.codeThen === old.code)?.code).toBe("QN-01");
  });

  it("refuses a mapping the core refuses, writing and downloading nothing", async () => {
    const { actions, saved } = setup();
    await actions.document!.openSample(signal());
    const mapping = [
      { old: "KHONG-CO", new: "X1", name: "" },
      { old: "DV03", new: "", name: "" },
    ];
    const made = await actions.newYear!.make({ deputies: ["DV99"], mapping }, signal());
    expect(made).toEqual(expect.objectContaining({ fileName: null, delivered: null }));
    expect(made.result.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(["YEAR_MAP_OLD_UNKNOWN", "YEAR_MAP_INCOMPLETE", "YEAR_DEPUTY_UNKNOWN"]),
    );
    expect(saved).toEqual([]);
  });
});

describe("«Năm mới» in Excel", () => {
  const bytes = new Uint8Array([80, 75, 3, 4]);
  // Excel.createWorkbook is ExcelApi 1.8 (office-js-docs-reference: "[Api set: ExcelApi 1.8]";
  // office-js-docs-pr docs/excel/excel-add-ins-workbooks.md, "Create a workbook": the new workbook
  // opens in a new instance of Excel and the add-in stays with the previous one).
  const support = (set: string) =>
    officeSupport({
      isSetSupported: (name, version) =>
        name === "ExcelApi" && Number(version?.split(".")[1]) <= Number(set.split(".")[1]),
    });

  it("opens the new workbook with Excel.createWorkbook where ExcelApi 1.8 is supported", async () => {
    const opened: Uint8Array[] = [];
    const saved: string[] = [];
    const how = await newWorkbookOrDownload(support("1.9"), bytes, "cum-2026.xlsx", {
      open: (b) => {
        opened.push(b);
        return Promise.resolve();
      },
      save: (_b, name) => saved.push(name),
    });
    expect(how).toBe("opened");
    expect(opened).toEqual([bytes]);
    expect(saved).toEqual([]);
  });

  it("downloads instead where the host lacks ExcelApi 1.8 or refuses the new workbook", async () => {
    const saved: { name: string; mime: string }[] = [];
    const save = (_b: Uint8Array, name: string, mime: string) => saved.push({ name, mime });
    expect(support("1.7").newWorkbook).toBe(false);
    expect(
      await newWorkbookOrDownload(support("1.7"), bytes, "a.xlsx", { open: () => Promise.resolve(), save }),
    ).toBe("download");
    expect(
      await newWorkbookOrDownload(support("1.9"), bytes, "b.xlsx", {
        open: () =>
          Promise.reject(new Error("This operation is not allowed due to the extension hardening policy.")),
        save,
      }),
    ).toBe("download");
    expect(saved).toEqual([
      { name: "a.xlsx", mime: XLSX_MIME },
      { name: "b.xlsx", mime: XLSX_MIME },
    ]);
  });
});

describe("newYearFileName", () => {
  it("moves the year the file's name carries on, or adds the new one", () => {
    expect(newYearFileName("cum-1-2025.xlsx", 2025, 2026)).toBe("cum-1-2026.xlsx");
    expect(newYearFileName("kon-tum.xlsx", 2025, 2026)).toBe("kon-tum-2026.xlsx");
    expect(newYearFileName(null, 2025, 2026)).toBe("cum-thi-dua-2026.xlsx");
  });
});
