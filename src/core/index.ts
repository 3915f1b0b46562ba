/**
 * The core's public API: what the workbook codec, the custom functions, the pane and the command
 * use. Everything here is pure and deterministic.
 */
export * from "./model";
export * from "./decimal";
export * from "./numbers";
export * from "./cell-text";
export * from "./score";
export * from "./diagnostics";
export * from "./problems";
export * from "./criteria";
export * from "./totals";
export * from "./allocation";
export * from "./classification";
export * from "./calendar";
export * from "./ranking";
export * from "./eligibility";
export * from "./awards";
export * from "./presets";
export * from "./plan";
export * from "./plan-presets";
export * from "./plan-due";
export * from "./plan-facts";
export * from "./plan-problems";
export * from "./summary";
export * from "./text";
