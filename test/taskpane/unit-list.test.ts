import { choosableUnits, unitsFromPastedText } from "../../src/taskpane/unit-list";

describe("unitsFromPastedText (the pasted unit list)", () => {
  it("reads code, name, type and cluster from lines copied out of Excel, skipping the header row", () => {
    const parsed = unitsFromPastedText(
      "Mã\tTên đơn vị\tLoại\tCụm\r\nNH01\tCông đoàn Vietcombank\ttrực tiếp\tCụm các Ngân hàng\r\nNH02\tCông đoàn Agribank\tPhối hợp\tCụm các Ngân hàng\r\n",
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.units).toEqual([
      { code: "NH01", name: "Công đoàn Vietcombank", type: "direct", cluster: "Cụm các Ngân hàng" },
      { code: "NH02", name: "Công đoàn Agribank", type: "coordinating", cluster: "Cụm các Ngân hàng" },
    ]);
  });

  it("makes up codes for a list of names alone, never reusing a code already given", () => {
    const parsed = unitsFromPastedText("Công đoàn A\nDV01\tCông đoàn B\nCông đoàn C\n\n");
    expect(parsed.units.map((u) => [u.code, u.name])).toEqual([
      ["DV02", "Công đoàn A"],
      ["DV01", "Công đoàn B"],
      ["DV03", "Công đoàn C"],
    ]);
    expect(parsed.units.every((u) => u.type === "direct")).toBe(true);
  });

  it("understands name then type, and semicolon-separated lines", () => {
    const parsed = unitsFromPastedText("Công đoàn ngành Y tế\tphối hợp\nX1;Công đoàn Điện lực;trực tiếp");
    expect(parsed.units).toEqual([
      { code: "DV01", name: "Công đoàn ngành Y tế", type: "coordinating" },
      { code: "X1", name: "Công đoàn Điện lực", type: "direct" },
    ]);
  });

  it("names the line of an unknown type, a repeated code and a missing name", () => {
    const parsed = unitsFromPastedText("A1\tCông đoàn A\tgián tiếp\na1\tCông đoàn B\nA3\t\ttrực tiếp");
    expect(parsed.problems).toEqual([
      { line: 1, kind: "type", shown: "gián tiếp" },
      { line: 2, kind: "duplicate", code: "a1" },
      { line: 3, kind: "no-name" },
    ]);
  });

  it("accepts NFD text and stray spaces around the cells", () => {
    const parsed = unitsFromPastedText(" DV7 \t Công đoàn  C \t PHỐI HỢP ".normalize("NFD"));
    expect(parsed.units[0]?.type).toBe("coordinating");
    expect(parsed.units[0]?.code).toBe("DV7");
  });

  it("offers as head or deputy only the lines without a problem, each code once", () => {
    const parsed = unitsFromPastedText("DV01\tA\nDV02\t\ttrực tiếp\nDV01\tB\nDV03\tC\tgián tiếp\nDV04\tD");
    expect(choosableUnits(parsed).map((u) => `${u.code} ${u.name}`)).toEqual(["DV01 A", "DV04 D"]);
  });
});
