import { sortByVietnamese, vietnameseCompare } from "../../../src/core/text";

describe("vietnameseCompare", () => {
  it("orders the Vietnamese alphabet: a ă â, d đ, o ô ơ, u ư", () => {
    const alphabet = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "o", "ô", "ơ", "u", "ư", "y"];
    const shuffled = [...alphabet].reverse();
    expect(shuffled.sort((a, b) => vietnameseCompare(a, b))).toEqual(alphabet);
  });

  it("puts Đ after every D, unlike code-point order and unlike English collation", () => {
    expect(vietnameseCompare("Đà Nẵng", "Dương")).toBeGreaterThan(0);
    expect(vietnameseCompare("Đa", "Dz", "en")).toBeLessThan(0);
    expect(vietnameseCompare("Đa", "Dz")).toBeGreaterThan(0);
  });

  it("compares NFD and NFC forms of a name as equal", () => {
    const nfc = "Nguyễn Thị Thủy".normalize("NFC");
    expect(vietnameseCompare(nfc, nfc.normalize("NFD"))).toBe(0);
  });

  it("orders numbers inside names by value", () => {
    expect(vietnameseCompare("Đơn vị 2", "Đơn vị 10")).toBeLessThan(0);
  });
});

describe("sortByVietnamese", () => {
  const units = [
    { code: "U5", name: "Ủy ban Kiểm tra" },
    { code: "U1", name: "Văn phòng" },
    { code: "U2", name: "Ban Tổ chức" },
    { code: "U3", name: "Đoàn Thanh niên" },
    { code: "U4", name: "Dân vận" },
    { code: "U6", name: "Ban Tài chính" },
    { code: "U7", name: "Uông Bí" },
  ];

  it("sorts by the key in Vietnamese order", () => {
    expect(sortByVietnamese(units, (u) => u.name).map((u) => u.name)).toEqual([
      "Ban Tài chính",
      "Ban Tổ chức",
      "Dân vận",
      "Đoàn Thanh niên",
      "Uông Bí",
      "Ủy ban Kiểm tra",
      "Văn phòng",
    ]);
  });

  it("returns a new array and leaves the input as it was", () => {
    const before = [...units];
    const sorted = sortByVietnamese(units, (u) => u.name);
    expect(sorted).not.toBe(units);
    expect(units).toEqual(before);
  });

  it("keeps the input order of equal keys, NFD and NFC alike", () => {
    const rows = [
      { id: 1, name: "Hòa Bình".normalize("NFD") },
      { id: 2, name: "An Giang" },
      { id: 3, name: "Hòa Bình".normalize("NFC") },
      { id: 4, name: "Hòa Bình".normalize("NFD") },
    ];
    expect(sortByVietnamese(rows, (r) => r.name).map((r) => r.id)).toEqual([2, 1, 3, 4]);
  });

  it("takes the locale as a parameter", () => {
    const names = [{ n: "Dz" }, { n: "Đa" }];
    expect(sortByVietnamese(names, (x) => x.n, "en").map((x) => x.n)).toEqual(["Đa", "Dz"]);
    expect(sortByVietnamese(names, (x) => x.n).map((x) => x.n)).toEqual(["Dz", "Đa"]);
  });
});
