/** The pane's «Trợ giúp» section: its title and the user guide's link (the self-test's own text loads with it). */
import type { PaneLanguage } from "./pane";

export interface HelpText {
  readonly help: string;
  readonly guide: string;
}

const vi: HelpText = { help: "Trợ giúp", guide: "Hướng dẫn sử dụng" };
const en: HelpText = { help: "Help", guide: "User guide" };

export function helpText(language: PaneLanguage): HelpText {
  return language === "en" ? en : vi;
}
