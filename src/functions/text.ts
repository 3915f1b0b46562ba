/** The custom functions' messages in Office's display language: Vietnamese outside Office or before Office is ready. */
import { functionTextFor, type FunctionText } from "../messages/functions";
import { languageOf } from "../messages/language";

/** Office's display language ("vi-VN", "en-US"), or undefined where there is no Office. */
function displayLanguage(): string | undefined {
  if (typeof Office === "undefined") return undefined;
  // Office.context is only there once Office has initialised the runtime.
  return (Office.context as Office.Context | undefined)?.displayLanguage;
}

/** The messages for the error flag of a cell, read at the time of the call. */
export function text(): FunctionText {
  return functionTextFor(languageOf(displayLanguage()));
}
