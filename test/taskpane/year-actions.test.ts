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
import { newWorkbookOrDownload, officeActions } from "../../src/taskpane/office-actions";
import { installDocumentedOffice } from "../support/documented-office";
import { FakeWorkbook } from "../support/excel-fake";
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

/**
 * The Excel mode's «Năm mới» end to end over the documented model of Office
 * (test/support/documented-office.ts): `Office` and `Excel` as the page gets them, the open workbook
 * Excel's (the model's), the new one handed to `Excel.createWorkbook` — ExcelApi 1.8, a plain Base64
 * .xlsx (office-js-docs-pr docs/excel/excel-add-ins-workbooks.md, "Create a workbook"; @types/office-js
 * `Excel.createWorkbook`: "[Api set: ExcelApi 1.8]", "base64File … The Base64-encoded .xlsx file").
 */
describe("«Năm mới» in Excel, through the documented Office model", () => {
  const globals = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete globals.Office;
    delete globals.Excel;
    delete globals.CustomFunctions;
    delete globals.__documentedExcel;
  });

  const UNITS = ["DV01", "DV02", "DV03", "DV04", "DV05", "DV06"];

  /** Last year's cluster workbook made and summed up in the model's Excel, by the pane's own actions. */
  async function lastYearInExcel(requirementSets?: readonly string[]) {
    const fake = installDocumentedOffice(globals, {
      platform: "web",
      functions: [],
      displayLanguage: "vi-VN",
      ...(requirementSets ? { requirementSets } : {}),
    });
    const saved: { bytes: Uint8Array; name: string; mime: string }[] = [];
    const actions = officeActions({
      support: officeSupport(fake.requirements, "web"),
      today,
      runner: fake.runner,
      save: (bytes, name, mime) => saved.push({ bytes, name, mime }),
      startup: { get: () => Promise.resolve("load"), set: () => Promise.resolve() },
    });
    await actions.createWorkbook(
      {
        presetId: "thu-duc-1",
        year: 2024,
        units: UNITS.map((code) => ({ code, name: `Công đoàn ${code}`, type: "direct" as const })),
        head: "DV01",
        deputy: "DV02",
        sampleScores: true,
      },
      signal(),
    );
    await actions.generateSummary(() => undefined, signal());
    const last = await actions.validate(signal());
    return { fake, actions, saved, last };
  }

  /** Everything the open workbook holds in the model: sheets, cells, formats, tables. */
  const stateOf = (fake: FakeWorkbook): string =>
    JSON.stringify([fake.sheets, fake.tables], (_k, v: unknown) =>
      v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v,
    );

  it("reads the open workbook without writing it and opens the new year's workbook with Excel.createWorkbook", async () => {
    const { fake, actions, saved, last } = await lastYearInExcel();
    const before = { state: stateOf(fake), recorded: fake.recorded.length, syncs: fake.syncCount };
    const preview = await actions.newYear!.preview({ deputies: [], mapping: [] }, signal());
    expect(preview.clusters.map((c) => c.head)).toEqual(["DV02"]);
    const made = await actions.newYear!.make({ deputies: ["DV04"], mapping: [] }, signal());

    expect(made.delivered).toBe("opened");
    expect(saved).toEqual([]);
    // Read, never written: the same sheets and cells, no recorded call, no undo record; one read each.
    expect(stateOf(fake)).toBe(before.state);
    expect(fake.recorded.length).toBe(before.recorded);
    const syncs = fake.syncs.slice(before.syncs);
    // The preview and the make read it once each: the listing, the sheets' sizes, their cells.
    expect(syncs.length).toBeGreaterThan(0);
    expect(syncs.length).toBeLessThanOrEqual(6);
    expect(syncs.every((s) => !s.grouped)).toBe(true);

    // One workbook, its Base64 as the docs ask: no data URL's «data:…;base64,» before it.
    expect(fake.createdWorkbooks).toHaveLength(1);
    const base64 = fake.createdWorkbooks[0]!;
    expect(base64).toMatch(/^[A-Za-z0-9+/]+={0,2}$/u);
    const next = await XlsxWorkbook.fromBuffer(new Uint8Array(Buffer.from(base64, "base64")));
    const bytes = await next.toBuffer();
    // The head is last year's deputy, the deputy the one chosen, as the core decided them.
    expect(made.result.officers.map((o) => [o.head, o.deputy])).toEqual([["DV02", "DV04"]]);
    expect(await officersIn(bytes)).toEqual([{ head: "DV02", deputy: "DV04" }]);
    const cluster = await readCluster(next);
    expect(cluster.input?.period.label).toBe(made.result.period.label);
    expect(made.result.period.start.year).toBe(2025);
    expect(cluster.input?.units.map((u) => u.code.value)).toEqual(UNITS);
    expect(made.result.units).toBe(UNITS.length);
    // «Lịch sử»: last year's result of every unit as the core computed it in Excel.
    const history = readHistorySheet(
      new Grid(findSheet(await next.readSheets([SHEET.history]), SHEET.history)!),
    );
    expect(history).toHaveLength(made.result.historyRows);
    const results = last.summary!.clusters.flatMap((c) => c.units);
    expect(results).toHaveLength(UNITS.length);
    expect(history.map((h) => [h.codeThen, h.total, h.rank, h.award])).toEqual(
      expect.arrayContaining(results.map((u) => [u.code, u.total, u.rank, u.award])),
    );
    expect(history.every((h) => h.period === preview.from)).toBe(true);
  });

  it("downloads the new workbook instead where the host answers no to ExcelApi 1.8 (the pane's words: NewYearStep.test.tsx)", async () => {
    // A host that ignored the manifest's floor: ExcelApi 1.1–1.7 only.
    const sets = [...Array.from({ length: 7 }, (_, i) => `ExcelApi 1.${i + 1}`), "SharedRuntime 1.1"];
    const { fake, actions, saved } = await lastYearInExcel(sets);
    expect(fake.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
    const before = stateOf(fake);
    const made = await actions.newYear!.make({ deputies: ["DV05"], mapping: [] }, signal());
    expect(made.delivered).toBe("download");
    expect(fake.createdWorkbooks).toEqual([]);
    expect(stateOf(fake)).toBe(before);
    expect(saved.map((s) => [s.name, s.mime])).toEqual([[made.fileName, XLSX_MIME]]);
    expect(made.fileName).toBe("cum-thi-dua-2025.xlsx");
    expect(await officersIn(saved[0]!.bytes)).toEqual([{ head: "DV02", deputy: "DV05" }]);
  });

  it("is refused by the model as Excel documents it: without ExcelApi 1.8, or with a data URL or a file that is no .xlsx", async () => {
    const xlsxBase64 = Buffer.from(await XlsxWorkbook.empty().toBuffer()).toString("base64");
    const full = new FakeWorkbook();
    await expect(full.createWorkbook(`data:${XLSX_MIME};base64,${xlsxBase64}`)).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(full.createWorkbook(Buffer.from("not a workbook").toString("base64"))).rejects.toMatchObject(
      {
        code: "InvalidArgument",
      },
    );
    await full.createWorkbook(xlsxBase64);
    expect(full.createdWorkbooks).toEqual([xlsxBase64]);
    const old = new FakeWorkbook({ requirementSets: ["ExcelApi 1.7"] });
    await expect(old.createWorkbook(xlsxBase64)).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
