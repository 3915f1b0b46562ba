/**
 * The award dossier's use cases over the workbook port: the meeting recorded and read back, the
 * refusal naming what is missing (a place awaiting a vote, the meeting's facts, the signer, the
 * summary's stamp), the draft made anyway, and the documents' figures equal to the core's.
 */
import { summarizeBlock } from "../../src/core/summary";
import { decodeWorkbook } from "../../src/workbook/decode";
import { dossierStatus, makeDossier, readMeeting, recordMeeting } from "../../src/workbook/dossier";
import type { AdministrativeDocument, TableBlock } from "../../src/workbook/generated/documents";
import { SHEET } from "../../src/workbook/sheet-names";
import type { MeetingRecord } from "../../src/workbook/sheets/meeting";
import { generateSummary, recordVotes } from "../../src/workbook/usecases";
import { faultText } from "../../src/messages/diagnostics";
import { vi } from "../../src/messages/vi/diagnostics";
import { en } from "../../src/messages/en/diagnostics";
import type { MemoryPort } from "./memory-port";
import { sampleMemory } from "./sample";
import { isWorkbookError } from "../../src/workbook/errors";

const now = { year: 2023, month: 1, day: 5 };

const MEETING: MeetingRecord = {
  date: { year: 2023, month: 1, day: 5 },
  time: "14 giờ 00",
  place: "Hội trường Công đoàn Công ty Cấp nước Thủ Đức",
  chair: "Trần Văn Bình",
  secretary: "Lê Thị Thu Hà",
  present: 5,
  issued: 5,
  returned: 5,
  valid: 5,
  minutesNumber: 2,
};

/** Two units tied at the top of a 1 + 1 cluster (Thủ Đức), so the leading place needs a vote. */
async function tiedAtTheTop(): Promise<MemoryPort> {
  const port = await sampleMemory({ preset: "thu-duc-1", units: 5 });
  const source = port.sheets.find((s) => s.name === "DV01")!;
  const copy = port.sheets.find((s) => s.name === "DV02")!;
  copy.values = source.values.map((row, r) => (r < 3 ? (copy.values[r] ?? []) : [...row]));
  for (const name of ["DV03", "DV04", "DV05"]) {
    const sheet = port.sheets.find((s) => s.name === name)!;
    for (const row of sheet.values.slice(3)) if (typeof row[4] === "number") row[4] = 0;
  }
  return port;
}

function setConfig(port: MemoryPort, label: string, value: string): void {
  const config = port.sheets.find((s) => s.name === SHEET.config)!;
  const row = config.values.find((r) => r[0] === label)!;
  row[1] = value;
}

async function gapsOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isWorkbookError(error) && error.fault.code === "DOSSIER_INCOMPLETE") return error.fault.params.gaps;
    throw error;
  }
  throw new Error("not refused");
}

function text(doc: AdministrativeDocument): string {
  const parts: string[] = [doc.header.numberLine, doc.header.placeDate, ...doc.addressee];
  for (const s of doc.sections)
    for (const b of s.blocks) {
      if (b.type === "paragraph") parts.push(b.spans.map((x) => x.text).join(""));
      else parts.push(...[...b.headerRows, ...b.bodyRows].map((r) => r.map((c) => c.text).join(" | ")));
    }
  if (doc.closing.type === "recipients-and-signature") parts.push(...doc.closing.recipients);
  return parts.join("\n");
}

function firstTable(doc: AdministrativeDocument): TableBlock {
  for (const s of doc.sections) for (const b of s.blocks) if (b.type === "table") return b;
  throw new Error("no table");
}

describe("the deliberation meeting («Họp bình xét»)", () => {
  it("reads back what was recorded, and empty fields where no meeting is recorded yet", async () => {
    const port = await tiedAtTheTop();
    expect((await readMeeting(port)).meeting.date).toBeNull();
    await recordMeeting(port, MEETING);
    expect(port.sheets.some((s) => s.name === SHEET.meeting)).toBe(true);
    expect((await readMeeting(port)).meeting).toEqual(MEETING);
  });

  it("refuses ballots returned above those issued, naming the cell", async () => {
    const port = await tiedAtTheTop();
    await recordMeeting(port, { ...MEETING, issued: 4, returned: 5 });
    const { meeting, problems } = await readMeeting(port);
    expect(meeting.returned).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "WB_CONFIG_INVALID", params: { label: "Số phiếu thu về" } });
    expect(problems[0]!.at).toMatchObject({ sheet: SHEET.meeting, col: 1 });
  });
});

describe("the award dossier", () => {
  it("refuses while a place awaits a vote, the meeting is unrecorded and no one signs, naming each", async () => {
    const port = await tiedAtTheTop();
    await generateSummary(port, { now });
    const gaps = await gapsOf(makeDossier(port, { now }));
    expect(gaps).toContainEqual(expect.objectContaining({ kind: "tie-open", award: "leading", places: 1 }));
    expect(gaps).toContainEqual({ kind: "meeting-missing", field: "Ngày họp" });
    expect(gaps).toContainEqual(
      expect.objectContaining({
        kind: "document",
        document: "TTr",
        problem: expect.objectContaining({ code: "DOC_SIGNER_MISSING" }),
      }),
    );
    let said = "";
    try {
      await makeDossier(port, { now });
    } catch (error) {
      if (isWorkbookError(error)) said = faultText(vi, error.fault);
    }
    expect(said).toMatch(/chờ bỏ phiếu/);
    expect(said).toMatch(/«Ngày họp»/);
    expect(said).toMatch(/DỰ THẢO/);
  });

  it("says in English what is missing too", async () => {
    const port = await tiedAtTheTop();
    await generateSummary(port, { now });
    const error = await makeDossier(port, { now }).catch((e: unknown) => e);
    expect(isWorkbookError(error) && faultText(en, error.fault)).toMatch(/await a vote/);
  });

  it("makes a draft anyway, each document marked DỰ THẢO, the open place said in the tờ trình", async () => {
    const port = await tiedAtTheTop();
    await generateSummary(port, { now });
    const made = await makeDossier(port, { now, draft: true });
    expect(made.files.map((f) => f.kind)).toEqual(["TTr", "DS", "BB", "BC"]);
    expect(made.files.every((f) => f.document.draft)).toBe(true);
    expect(text(made.files[0]!.document)).toMatch(/chờ bỏ phiếu/);
  });

  it("asks for the summary first, and again once the data changed after it", async () => {
    const port = await tiedAtTheTop();
    expect((await dossierStatus(port, { now })).gaps).toContainEqual({ kind: "summary-missing" });
    await generateSummary(port, { now });
    await recordVotes(port, new Map([["DV01", 4]]));
    expect((await dossierStatus(port, { now })).gaps).toContainEqual({ kind: "summary-stale" });
  });

  it("is made once the vote settled the tie, with the ballot figures, the summary's ranks and the TTr code", async () => {
    const port = await tiedAtTheTop();
    await recordVotes(
      port,
      new Map([
        ["DV01", 4],
        ["DV02", 1],
      ]),
    );
    await recordMeeting(port, MEETING);
    setConfig(port, "Người ký", "Nguyễn Văn An");
    await generateSummary(port, { now });
    const made = await makeDossier(port, { now });
    expect(made.gaps).toEqual([]);
    const [ttr, ds, bb, bc] = made.files.map((f) => f.document);
    expect(ttr!.header.numberLine).toBe("Số: …/TTr-CTĐ");
    expect(ds!.header.numberLine).toBe("Số: …/DS-CTĐ");
    expect(bb!.header.numberLine).toBe("Số: 02/BB-CTĐ");
    expect(bc!.header.numberLine).toBe("Số: …/BC-CTĐ");
    expect(ttr!.header.placeDate).toBe("Tp. Thủ Đức, ngày 05 tháng 01 năm 2023");
    expect(ttr!.addressee).toEqual(["Kính gửi: Ban Thường vụ Liên đoàn Lao động thành phố Thủ Đức"]);
    expect(ttr!.closing.type === "recipients-and-signature" && ttr!.closing.recipients).toContain(
      "- Bộ phận Chính sách – Pháp luật LĐLĐ Tp. Thủ Đức;",
    );

    const sheets = await port.readSheets(
      (await port.listSheets()).filter((s) => !s.generated || s.name === SHEET.votes).map((s) => s.name),
    );
    const summary = summarizeBlock(decodeWorkbook(sheets).input);
    const units = summary.clusters[0]!.units;
    const awarded = [
      ...units.filter((u) => u.award === "leading"),
      ...units.filter((u) => u.award === "excellent"),
    ];
    expect(awarded.map((u) => u.code)).toEqual(["DV01", expect.any(String)]);
    // The list is the tờ trình's: names and the summary's ranks.
    const list = firstTable(ds!).bodyRows.map((r) => [r[1]!.text, r[3]!.text]);
    expect(list).toEqual(awarded.map((u) => [u.name, String(u.rank)]));
    expect(firstTable(ttr!).bodyRows.map((r) => [r[1]!.text, r[3]!.text])).toEqual(list);

    // The minutes: the meeting's facts and the votes entered, with shares of the 5 members.
    const minutes = text(bb!);
    expect(minutes).toContain("Có mặt: 5/5 đơn vị thành viên");
    expect(minutes).toContain("Số phiếu phát ra: 5; số phiếu thu về: 5; số phiếu hợp lệ: 5.");
    expect(minutes).toContain("ít nhất 3 phiếu đồng ý");
    const dv01 = units.find((u) => u.code === "DV01")!;
    const dv02 = units.find((u) => u.code === "DV02")!;
    expect(minutes).toMatch(new RegExp(`${dv01.name} \\| [\\d,]+ \\| 4 \\| 80 \\| Đạt`));
    expect(minutes).toMatch(new RegExp(`${dv02.name} \\| [\\d,]+ \\| 1 \\| 20 \\| `));
    expect(bb!.closing).toMatchObject({
      type: "signatures",
      signatures: [{ name: "Lê Thị Thu Hà" }, { name: "Trần Văn Bình" }],
    });
    // The report carries every unit of the summary with its rank.
    const report = firstTable(bc!).bodyRows.map((r) => [r[1]!.text, r[3]!.text]);
    expect(report).toEqual(units.map((u) => [u.name, String(u.rank)]));
  });

  it("puts the minutes' threshold and shares on the valid votes when the cluster votes on them", async () => {
    const port = await tiedAtTheTop();
    setConfig(port, "Tỉ lệ phiếu để thông qua (hơn)", "80%");
    setConfig(port, "Tỉ lệ tính trên", "Số phiếu hợp lệ");
    await recordVotes(
      port,
      new Map([
        ["DV01", 4],
        ["DV02", 0],
      ]),
    );
    await recordMeeting(port, { ...MEETING, returned: 4, valid: 4 });
    setConfig(port, "Người ký", "Nguyễn Văn An");
    const { summary } = await generateSummary(port, { now });
    const voting = summary.clusters[0]!.voting!;
    expect(voting).toMatchObject({ basis: "validVotes", base: 4, needed: 4, members: 5 });
    const made = await makeDossier(port, { now });
    const minutes = text(made.files.find((f) => f.kind === "BB")!.document);
    expect(minutes).toContain(
      "Ngưỡng thông qua: hơn 80% số phiếu hợp lệ (4 phiếu), tức ít nhất 4 phiếu đồng ý.",
    );
    const units = summary.clusters[0]!.units;
    const dv01 = units.find((u) => u.code === "DV01")!;
    // 4 of the 4 valid votes: 100 %, not 4 of the 5 members (80 %, which would not pass "more than 80 %").
    expect(minutes).toMatch(new RegExp(`${dv01.name} \\| [\\d,]+ \\| 4 \\| 100 \\| Đạt`));
    expect(dv01.award).toBe("leading");
  });

  it("says in a draft's minutes that the votes needed are unknown while the valid votes are not entered", async () => {
    const port = await tiedAtTheTop();
    setConfig(port, "Tỉ lệ tính trên", "Số phiếu hợp lệ");
    await recordVotes(
      port,
      new Map([
        ["DV01", 4],
        ["DV02", 1],
      ]),
    );
    await recordMeeting(port, { ...MEETING, valid: null });
    await generateSummary(port, { now });
    const made = await makeDossier(port, { now, draft: true });
    const minutes = text(made.files.find((f) => f.kind === "BB")!.document);
    expect(minutes).toContain(
      "Ngưỡng thông qua: hơn 50% số phiếu hợp lệ; chưa ghi số phiếu hợp lệ nên chưa xác định được số phiếu cần.",
    );
    expect(minutes).not.toMatch(/ít nhất \d+ phiếu đồng ý/);
    // The tờ trình leaves the place open, saying why.
    const ttr = text(made.files.find((f) => f.kind === "TTr")!.document);
    expect(ttr).toContain("số phiếu cần chưa tính được vì chưa ghi số phiếu hợp lệ ở trang «Họp bình xét»");
  });
});
