/**
 * What a browser page needs to write a Word document: bundled by the browser test and by the
 * size benchmark as the pane would load it, in a chunk of its own.
 */
import { documentToDocx } from "../../../src/adapters/docx/docx-writer";
import { buildAdministrativeDocument, type DocumentInput } from "../../../src/workbook/generated/documents";

declare global {
  interface Window {
    thiduaWriteDocx?: (input: DocumentInput) => Promise<number[]>;
  }
}

window.thiduaWriteDocx = async (input) => [...(await documentToDocx(buildAdministrativeDocument(input)))];
