/**
 * Administrative documents in the format of Nghị định 30/2020/NĐ-CP, Phụ lục I: the pure model
 * that the Word writer (src/adapters/docx) prints and the content builders fill.
 */
export * from "./build";
export * from "./header";
export * from "./kinds";
export * from "./metrics";
export type * from "./model";
export * from "./page";
export * from "./problems";
export * from "./tables";
