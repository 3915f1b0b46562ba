/**
 * «Tổng hợp khối» in the browser on the real .xlsx adapter: three cluster workbooks picked at once,
 * rolled up by the command's use case, the roll-up downloaded; refusals name the file, sheet and
 * cell and download nothing; the tờ trình and list come as one .zip of Word files.
 */
import { unzipSync } from "fflate";
import * as xlsx from "../../src/adapters/xlsx/xlsx-workbook";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { rollupProblemLine, yearTextFor } from "../../src/messages/year";
import type { PickedFile } from "../../src/taskpane/actions";
import type { XlsxModule } from "../../src/taskpane/browser-actions";
import { describeError } from "../../src/taskpane/errors";
import { paneTextFor } from "../../src/messages/pane";
import { ROLLUP_DOCUMENTS_ZIP, ROLLUP_FILE, rollupActions } from "../../src/taskpane/rollup-actions";
import { rollUpWorkbooks } from "../../src/workbook/block-rollup";
import { findSheet } from "../../src/workbook/sheet-names";
import { editXlsx } from "../workbook/sample";
import { rollupWorkbooks } from "../workbook/rollup-sample";

jest.setTimeout(120_000);

const signal = () => new AbortController().signal;
const picked = (name: string, bytes: Uint8Array): PickedFile => ({
  name,
  lastModified: 0,
  arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
});

function setup() {
  const saved: { bytes: Uint8Array; name: string; mime?: string }[] = [];
  const actions = rollupActions({
    loadXlsx: () => Promise.resolve(xlsx as unknown as XlsxModule),
    save: (bytes, name, mime) => saved.push({ bytes, name, ...(mime ? { mime } : {}) }),
    today: () => ({ year: 2025, month: 12, day: 28 }),
  });
  return { actions, saved };
}

let workbooks: { name: string; bytes: Uint8Array }[] = [];
beforeAll(async () => {
  workbooks = await rollupWorkbooks();
});

describe("«Tổng hợp khối» in the browser", () => {
  it("downloads the roll-up of the picked workbooks, its combined list the command's own", async () => {
    const { actions, saved } = setup();
    const outcome = await actions.rollUp(
      workbooks.map((w) => picked(w.name, w.bytes)),
      signal(),
    );
    expect(outcome.downloaded).toBe(ROLLUP_FILE);
    expect(saved.map((s) => s.name)).toEqual([ROLLUP_FILE]);
    // The same use case on the same files, as `thidua tong-hop-khoi` runs it.
    const direct = await rollUpWorkbooks(
      await Promise.all(
        workbooks.map(async (w) => ({ file: w.name, port: await XlsxWorkbook.fromBuffer(w.bytes) })),
      ),
      XlsxWorkbook.empty(),
    );
    const codes = (r: typeof direct) => r.proposals.map((p) => `${p.cluster}/${p.unit.code}/${p.award}`);
    expect(codes(outcome.rollup)).toEqual(codes(direct));
    expect(outcome.rollup.proposals.length).toBeGreaterThan(0);
    // The download's «Danh sách đề nghị» lists every proposed unit.
    const download = await XlsxWorkbook.fromBuffer(saved[0]!.bytes);
    const list = findSheet(await download.readSheets(["Danh sách đề nghị"]), "Danh sách đề nghị")!;
    const listed = list.values
      .slice(4)
      .filter((r) => typeof r[3] === "string" && r[3] !== "")
      .map((r) => r[3]);
    expect(listed).toEqual(outcome.rollup.proposals.map((p) => p.unit.code));
  });

  it("refuses a workbook whose summary is out of date, naming file, sheet and cell, and downloads nothing", async () => {
    const { actions, saved } = setup();
    const stale = await editXlsx(workbooks[1]!.bytes, (wb) => {
      const sheet = wb.getWorksheet("CDCS-TINH-01")!;
      sheet.eachRow((row, r) => {
        if (r > 3 && typeof row.getCell(5).value === "number") row.getCell(5).value = 0;
      });
    });
    const outcome = await actions.rollUp(
      [
        picked(workbooks[0]!.name, workbooks[0]!.bytes),
        picked("cum-cu.xlsx", stale),
        picked(workbooks[0]!.name, workbooks[0]!.bytes),
      ],
      signal(),
    );
    expect(outcome.downloaded).toBeNull();
    expect(saved).toEqual([]);
    const lines = outcome.rollup.problems.map((p) => rollupProblemLine(yearTextFor("vi"), p));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Lỗi: tệp cum-cu\.xlsx: trang «Bảng tổng hợp» đã cũ/u),
        expect.stringMatching(
          /^Lỗi: tệp cum-ldld-1\.xlsx: cụm «Cụm LĐLĐ huyện, thành phố số 1» đã có trong tệp cum-ldld-1\.xlsx.*\(trang «Cấu hình», ô A\d+\)$/u,
        ),
      ]),
    );
  });

  it("names a file that is no workbook", async () => {
    const { actions } = setup();
    const error = await actions
      .rollUp([picked("ghi-chu.txt", new TextEncoder().encode("không phải bảng tính"))], signal())
      .catch((e: unknown) => e);
    expect(describeError(error, paneTextFor("vi"))).toContain("ghi-chu.txt");
  });

  it("downloads the tờ trình and list as one .zip of two Word files", async () => {
    const { actions, saved } = setup();
    const outcome = await actions.rollUp(
      workbooks.map((w) => picked(w.name, w.bytes)),
      signal(),
    );
    const names = await actions.downloadDocuments(outcome, signal());
    expect(names).toEqual(["to-trinh-tong-hop-khoi.docx", "danh-sach-tong-hop-khoi.docx"]);
    const zip = saved.find((s) => s.name === ROLLUP_DOCUMENTS_ZIP)!;
    expect(zip.mime).toBe("application/zip");
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files).sort()).toEqual([...names].sort());
    for (const name of names) expect(unzipSync(files[name]!)["word/document.xml"]).toBeDefined();
  });
});
