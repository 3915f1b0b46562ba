/**
 * Leaving the page (reload, closing the tab) while the open workbook has changes not downloaded: the
 * browser asks first. Browsers show their own question; a page may only ask for it, by cancelling
 * the beforeunload event (MDN, "Window: beforeunload event").
 */

/** The part of `window` the guard needs. */
export interface LeaveTarget {
  addEventListener(type: "beforeunload", listener: (event: BeforeUnloadEvent) => void): void;
  removeEventListener(type: "beforeunload", listener: (event: BeforeUnloadEvent) => void): void;
}

/** Asks before leaving whenever `shouldAsk()` is true; returns the function that removes the guard. */
export function guardLeaving(target: LeaveTarget, shouldAsk: () => boolean): () => void {
  const listener = (event: BeforeUnloadEvent): void => {
    if (!shouldAsk()) return;
    event.preventDefault();
    // Older Chromium and Safari ask only when returnValue is set (a deprecated but still needed signal).
    event.returnValue = "";
  };
  target.addEventListener("beforeunload", listener);
  return () => target.removeEventListener("beforeunload", listener);
}
