/** The labels of the «Năm mới» and «Tổng hợp khối» tabs (the steps' own text loads with them: year-pane.ts). */
import type { Language } from "./language";

export function yearTabsFor(language: Language): { readonly newYear: string; readonly rollup: string } {
  return language === "en"
    ? { newYear: "New year", rollup: "Block roll-up" }
    : { newYear: "Năm mới", rollup: "Tổng hợp khối" };
}
