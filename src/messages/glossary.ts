/**
 * The pane's words: one term per concept, in Vietnamese and English. The pane's text (vi/pane.ts,
 * en/pane.ts, the collect steps' text) builds its sentences from these terms, so a button named in
 * a sentence is named as the button says, and a concept never goes by two words. `avoid` lists the
 * other words found for a concept in earlier text; test/messages/glossary.test.ts holds the pane's
 * text to it.
 */
import { en } from "./en/glossary";
import type { Language } from "./language";
import { vi } from "./vi/glossary";

export type Concept =
  | "product"
  | "addIn"
  | "workbook"
  | "sheet"
  | "file"
  | "unit"
  | "cluster"
  | "head"
  | "deputy"
  | "selfScore"
  | "appraisedScore"
  | "departmentsPoints"
  | "tie"
  | "tieBreakOrder"
  | "vote"
  | "share"
  | "quota"
  | "leading"
  | "excellent"
  | "notConsidered"
  | "summarySheet"
  | "proposal"
  | "recommendation"
  | "legacyText"
  | "download"
  | "openFile"
  | "openSample"
  | "browserStorage"
  | "guide"
  | "overwrite";

export interface GlossaryEntry {
  /** The one term for the concept, as it stands inside a sentence (lower case unless a name). */
  readonly term: string;
  /** Other words earlier text used for it, never to appear in the pane's text. */
  readonly avoid: readonly RegExp[];
}

export type Glossary = { readonly [C in Concept]: GlossaryEntry };

/** A term with its first letter in capitals, to begin a sentence or a label. */
export function capitalized(term: string): string {
  return term.charAt(0).toLocaleUpperCase("vi") + term.slice(1);
}

export function glossaryFor(language: Language): Glossary {
  return language === "en" ? en : vi;
}
