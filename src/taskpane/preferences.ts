/**
 * The officer's choices in the pane that outlive it (kept in the browser's storage, localStorage,
 * on this computer): today, whether the results are made again by themselves after each change.
 * A storage that refuses (private mode, a policy) only means the choice is not remembered.
 */
const AUTO_UPDATE = "thidua.autoUpdate";

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** Whether the officer last switched automatic updating on; false when never chosen. */
export function rememberedAutoUpdate(): boolean {
  try {
    return storage()?.getItem(AUTO_UPDATE) === "1";
  } catch {
    return false;
  }
}

/** Remembers the switch; false when the browser's storage refused it (the switch still works). */
export function rememberAutoUpdate(on: boolean): boolean {
  try {
    const store = storage();
    if (store === null) return false;
    store.setItem(AUTO_UPDATE, on ? "1" : "0");
    return true;
  } catch {
    return false;
  }
}
