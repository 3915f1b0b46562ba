/** The storage port in memory: for tests, and as the shape the IndexedDB adapter must match. */
import { NO_DRAFTS, type KeptWorkbook, type PaneDrafts, type WorkStore } from "./port";

/**
 * Copies as IndexedDB's structured clone does, so a caller changing its bytes later changes nothing
 * kept (written out: jsdom, where the component tests run, has no structuredClone).
 */
function copyOf<T>(value: T): T {
  if (value instanceof Uint8Array) return value.slice() as T;
  if (Array.isArray(value)) return value.map((item: unknown) => copyOf(item)) as T;
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyOf(v)])) as T;
  return value;
}

export function memoryWorkStore(): WorkStore & { readonly writes: () => number } {
  let workbook: KeptWorkbook | null = null;
  let drafts: PaneDrafts = NO_DRAFTS;
  let writes = 0;
  return {
    writes: () => writes,
    loadWorkbook: () => Promise.resolve(workbook === null ? null : copyOf(workbook)),
    saveWorkbook: (kept) => {
      workbook = copyOf(kept);
      writes += 1;
      return Promise.resolve();
    },
    loadDrafts: () => Promise.resolve(copyOf(drafts)),
    saveDrafts: (next) => {
      drafts = copyOf(next);
      writes += 1;
      return Promise.resolve();
    },
    clear: () => {
      workbook = null;
      drafts = NO_DRAFTS;
      return Promise.resolve();
    },
  };
}
