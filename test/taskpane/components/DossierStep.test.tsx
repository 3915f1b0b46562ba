/** @jest-environment jsdom */
import "../../support/jsdom-text-codec";
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { unzipSync } from "fflate";
import { DossierStep } from "../../../src/taskpane/components/DossierStep";
import { dossierActions } from "../../../src/taskpane/dossier-actions";
import { readMeeting } from "../../../src/workbook/dossier";
import { generateSummary } from "../../../src/workbook/usecases";
import type { MemoryPort } from "../../workbook/memory-port";
import { sampleMemory } from "../../workbook/sample";
import { fakeActions, renderWith } from "../support";

jest.setTimeout(60_000);

/** Two units tied at the top of a 1 + 1 cluster (Thủ Đức): the leading place awaits a vote. */
async function tiedAtTheTop(): Promise<MemoryPort> {
  const port = await sampleMemory({ preset: "thu-duc-1", units: 5 });
  const source = port.sheets.find((s) => s.name === "DV01")!;
  const copy = port.sheets.find((s) => s.name === "DV02")!;
  copy.values = source.values.map((row, r) => (r < 3 ? (copy.values[r] ?? []) : [...row]));
  for (const name of ["DV03", "DV04", "DV05"]) {
    const sheet = port.sheets.find((s) => s.name === name)!;
    for (const row of sheet.values.slice(3)) if (typeof row[4] === "number") row[4] = 0;
  }
  await generateSummary(port, { now: { year: 2023, month: 1, day: 5 } });
  return port;
}

function setUp(port: MemoryPort) {
  const saved: { bytes: Uint8Array; name: string }[] = [];
  const dossier = dossierActions({
    withPort: (_signal, use) => use(port),
    today: () => ({ year: 2023, month: 1, day: 5 }),
    save: (bytes, name) => saved.push({ bytes, name }),
  });
  renderWith(<DossierStep dossier={dossier} />, fakeActions({ dossier }));
  return saved;
}

describe("the dossier step (the real use cases on a workbook in memory)", () => {
  it("records the meeting typed in the form into «Họp bình xét»", async () => {
    const port = await tiedAtTheTop();
    setUp(port);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Ngày họp"), "05/01/2023");
    await user.type(screen.getByLabelText("Chủ trì"), "Trần Văn Bình");
    await user.type(screen.getByLabelText("Số phiếu phát ra"), "5");
    await user.click(screen.getByRole("button", { name: "Ghi thông tin cuộc họp" }));
    expect(await screen.findByText("Đã ghi vào trang «Họp bình xét».")).toBeInTheDocument();
    const { meeting } = await readMeeting(port);
    expect(meeting).toMatchObject({
      date: { year: 2023, month: 1, day: 5 },
      chair: "Trần Văn Bình",
      issued: 5,
    });
  });

  it("refuses a count that is not a whole number, saying so under the field", async () => {
    const port = await tiedAtTheTop();
    setUp(port);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Số phiếu hợp lệ"), "năm");
    await user.click(screen.getByRole("button", { name: "Ghi thông tin cuộc họp" }));
    expect(screen.getByText("Ghi số nguyên không âm.")).toBeInTheDocument();
    expect((await readMeeting(port)).meeting.valid).toBeNull();
  });

  it("lists which documents are not ready and why, then refuses the download naming the place awaiting a vote", async () => {
    const port = await tiedAtTheTop();
    const saved = setUp(port);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Kiểm tra hồ sơ" }));
    const list = await screen.findByRole("list", { name: "Danh mục hồ sơ" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(4);
    expect(within(list).getAllByText(/còn 1 suất đơn vị dẫn đầu chờ bỏ phiếu/).length).toBeGreaterThan(0);
    await user.click(screen.getByRole("button", { name: "Tải hồ sơ" }));
    expect(await screen.findByText(/Chưa lập được hồ sơ khen thưởng/)).toBeInTheDocument();
    expect(saved).toEqual([]);
  });

  it("downloads a draft: one .zip holding the four Word files", async () => {
    const port = await tiedAtTheTop();
    const saved = setUp(port);
    const user = userEvent.setup();
    await user.click(screen.getByRole("checkbox", { name: /Lập bản dự thảo/ }));
    await user.click(screen.getByRole("button", { name: "Tải hồ sơ" }));
    expect(await screen.findByText(/Đã tải «ho-so-khen-thuong-du-thao.zip»/)).toBeInTheDocument();
    expect(saved).toHaveLength(1);
    const entries = unzipSync(saved[0]!.bytes);
    expect(Object.keys(entries).sort()).toEqual([
      "1-to-trinh.docx",
      "2-danh-sach.docx",
      "3-bien-ban-hop-binh-xet.docx",
      "4-bao-cao-tong-ket.docx",
    ]);
    // Each is a Word package (a zip with its main part).
    for (const bytes of Object.values(entries))
      expect(Object.keys(unzipSync(bytes))).toContain("word/document.xml");
  });
});

describe("the meeting form shows the votes each tied unit needs, from the core, as the counts are typed", () => {
  function setConfig(port: MemoryPort, label: string, value: string): void {
    const config = port.sheets.find((s) => s.name === "Cấu hình")!;
    config.values.find((r) => r[0] === label)![1] = value;
  }

  async function renderTied(configure: (port: MemoryPort) => void) {
    const port = await tiedAtTheTop();
    configure(port);
    const { summary } = await generateSummary(port, { now: { year: 2023, month: 1, day: 5 } });
    const dossier = dossierActions({
      withPort: (_signal, use) => use(port),
      today: () => ({ year: 2023, month: 1, day: 5 }),
      save: () => undefined,
    });
    renderWith(<DossierStep dossier={dossier} clusters={summary.clusters} />, fakeActions({ dossier }));
    const names = summary.clusters[0]!.ties[0]!.units.map(
      (code) => summary.clusters[0]!.units.find((u) => u.code === code)!.name,
    );
    return {
      summary,
      names,
      list: () => screen.getByRole("list", { name: "Số phiếu các đơn vị bằng điểm cần" }),
    };
  }

  it("needs more than 80 % of the valid votes typed: unknown before, 4 of 4, then 5 of 5", async () => {
    const { names, list } = await renderTied((port) => {
      setConfig(port, "Tỉ lệ phiếu để thông qua (hơn)", "80%");
      setConfig(port, "Tỉ lệ tính trên", "Số phiếu hợp lệ");
    });
    expect(list()).toHaveTextContent(`Bỏ phiếu giữa ${names.join(", ")}:`);
    expect(list()).toHaveTextContent("chưa tính được số phiếu cần");
    const user = userEvent.setup();
    const valid = screen.getByLabelText("Số phiếu hợp lệ");
    await user.type(valid, "4");
    expect(list()).toHaveTextContent(
      "Cuộc họp có 4 phiếu hợp lệ; đơn vị được chọn cần hơn 80 % số phiếu hợp lệ, tức ít nhất 4/4 phiếu hợp lệ.",
    );
    await user.clear(valid);
    await user.type(valid, "5");
    expect(list()).toHaveTextContent("ít nhất 5/5 phiếu hợp lệ");
    // Not a count: unknown again, never a guess.
    await user.type(valid, ",5");
    expect(list()).toHaveTextContent("chưa tính được số phiếu cần");
  });

  it("needs more than half of the members whatever the valid votes typed, where the threshold is on the members", async () => {
    const { summary, list } = await renderTied(() => undefined);
    const voting = summary.clusters[0]!.voting!;
    expect(voting).toMatchObject({ basis: "members", members: 5, needed: 3 });
    expect(list()).toHaveTextContent("ít nhất 3/5 phiếu");
    await userEvent.setup().type(screen.getByLabelText("Số phiếu hợp lệ"), "2");
    expect(list()).toHaveTextContent(
      "Cụm có 5 đơn vị thành viên bỏ phiếu; đơn vị được chọn cần hơn 50 % số phiếu, tức ít nhất 3/5 phiếu.",
    );
  });

  it("shows no list where no tie needs a vote", async () => {
    const port = await sampleMemory({ preset: "thu-duc-1", units: 5 });
    const { summary } = await generateSummary(port, { now: { year: 2023, month: 1, day: 5 } });
    const dossier = dossierActions({
      withPort: (_signal, use) => use(port),
      today: () => ({ year: 2023, month: 1, day: 5 }),
      save: () => undefined,
    });
    renderWith(<DossierStep dossier={dossier} clusters={summary.clusters} />, fakeActions({ dossier }));
    expect(summary.clusters.every((c) => c.ties.length === 0)).toBe(true);
    expect(screen.queryByRole("list", { name: "Số phiếu các đơn vị bằng điểm cần" })).toBeNull();
  });
});
