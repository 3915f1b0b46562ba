/** The pane's texts in the user's language, chosen once at the root (index.tsx). */
import { createContext, useContext } from "react";
import { paneTextFor, type PaneText } from "../messages/pane";

export const PaneTextContext = createContext<PaneText>(paneTextFor("vi"));

export function usePaneText(): PaneText {
  return useContext(PaneTextContext);
}
