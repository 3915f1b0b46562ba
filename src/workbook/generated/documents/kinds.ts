/**
 * The kinds of administrative document the cluster issues, each with the code its number carries
 * ("Số: 05/TTr-CTĐ") and the name printed as its title, per Nghị định 30/2020/NĐ-CP, Phụ lục III
 * (abbreviations of document types).
 */

/** Báo cáo, tờ trình, biên bản, kế hoạch, danh sách: the codes of Phụ lục III. */
export const DOCUMENT_KINDS = ["BC", "TTr", "BB", "KH", "DS"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

const TITLES: Readonly<Record<DocumentKind, string>> = {
  BC: "BÁO CÁO",
  TTr: "TỜ TRÌNH",
  BB: "BIÊN BẢN",
  KH: "KẾ HOẠCH",
  DS: "DANH SÁCH",
};

/**
 * The code of a document kind in its number ("TTr" in "Số: 05/TTr-CTĐ").
 *
 * @example documentKindCode("TTr") === "TTr"
 */
export function documentKindCode(kind: DocumentKind): string {
  return kind;
}

/**
 * The kind's name as the title prints it, in capitals.
 *
 * @example documentKindTitle("TTr") === "TỜ TRÌNH"
 */
export function documentKindTitle(kind: DocumentKind): string {
  return TITLES[kind];
}

/**
 * Whether the kind is addressed to someone ("Kính gửi: …"): a tờ trình always is (it asks the
 * upper level to decide); a report may be; minutes, plans and lists are not.
 *
 * @example kindNeedsAddressee("TTr") === true
 */
export function kindNeedsAddressee(kind: DocumentKind): boolean {
  return kind === "TTr";
}
