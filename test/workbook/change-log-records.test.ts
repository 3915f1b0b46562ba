/** «Nhật ký» rows for the changes made by a vote and by a merge of units' files. */
import { splitForUnits, planMerge, mergeIfUnchanged } from "../../src/workbook/collect/usecases";
import { SHEET } from "../../src/workbook/sheet-names";
import { recordVotes } from "../../src/workbook/usecases";
import { clusterMemory, fillScores, returned, TODAY, unitFileBytes } from "./collect-support";

const author = { when: "06/12/2026 10:00", who: "Lê Văn C" };

const logRows = (port: Awaited<ReturnType<typeof clusterMemory>>) =>
  (port.sheets.find((s) => s.name === SHEET.changeLog)?.values ?? []).slice(3);

describe("«Nhật ký» for votes", () => {
  it("records each unit whose count changes, at its cell of «Bỏ phiếu», old → new, and nothing for a count unchanged", async () => {
    const port = await clusterMemory({ units: 3 });
    await recordVotes(port, new Map([["DV01", 4]]), { author });
    await recordVotes(
      port,
      new Map([
        ["DV01", 4],
        ["DV02", 5],
      ]),
      { author },
    );
    await recordVotes(port, new Map([["DV01", 6]]), { author });
    const votes = port.sheets.find((s) => s.name === SHEET.votes)!;
    const cellOf = (code: string) => {
      const row = votes.values.findIndex((r) => r[0] === code);
      return `C${row + 1}`;
    };
    expect(logRows(port)).toEqual([
      [author.when, author.who, SHEET.votes, cellOf("DV01"), null, 4, "Bỏ phiếu bình xét"],
      [author.when, author.who, SHEET.votes, cellOf("DV02"), null, 5, "Bỏ phiếu bình xét"],
      [author.when, author.who, SHEET.votes, cellOf("DV01"), 4, 6, "Bỏ phiếu bình xét"],
    ]);
  });

  it("writes no log where no author is given (the command line)", async () => {
    const port = await clusterMemory({ units: 2 });
    await recordVotes(port, new Map([["DV01", 4]]));
    expect(port.sheets.some((s) => s.name === SHEET.changeLog)).toBe(false);
  });
});

describe("«Nhật ký» for a merge", () => {
  it("records every cell the merge changes with the file it came from, in the same write of cells", async () => {
    const port = await clusterMemory({ units: 2 });
    const [file] = (await splitForUnits(port, { now: TODAY })).filter((f) => f.unit.code === "DV01");
    const bytes = await fillScores(await unitFileBytes(file!), (row) => row.max / 2);
    const preview = await planMerge(port, [await returned("DV01-tra-lai.xlsx", bytes)], { overwrite: false });
    const cellWrites = port.cellWrites;
    const outcome = await mergeIfUnchanged(port, preview, author);
    expect(outcome.applied).toBe(true);
    expect(port.cellWrites - cellWrites).toBe(1);
    const rows = logRows(port);
    const onUnitSheet = rows.filter((r) => r[2] === "DV01");
    const scored = preview.plan.files[0]!.changes.length;
    expect(scored).toBeGreaterThan(0);
    expect(onUnitSheet.length).toBeGreaterThanOrEqual(scored);
    expect(onUnitSheet.every((r) => r[6] === "Gộp tệp «DV01-tra-lai.xlsx»" && r[1] === author.who)).toBe(
      true,
    );
    // Each row's new value is what the cell now holds.
    const unit = port.sheets.find((s) => s.name === "DV01")!;
    for (const r of onUnitSheet) {
      const m = /^([A-Z]+)(\d+)$/u.exec(r[3] as string)!;
      const col = m[1]!.charCodeAt(0) - 65;
      expect(unit.values[Number(m[2]) - 1]?.[col] ?? null).toEqual(r[5] === "" ? null : r[5]);
    }
  });
});
