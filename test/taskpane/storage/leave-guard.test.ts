/** Leaving with changes not downloaded: the page asks the browser to confirm, and only then. */
import { guardLeaving, type LeaveTarget } from "../../../src/taskpane/storage/leave-guard";

function target(): LeaveTarget & { fire(): { prevented: boolean; returnValue: unknown } } {
  let listener: ((event: BeforeUnloadEvent) => void) | null = null;
  return {
    addEventListener: (_type, l) => (listener = l),
    removeEventListener: (_type, l) => {
      if (listener === l) listener = null;
    },
    fire: () => {
      const event = { prevented: false, returnValue: undefined as unknown };
      listener?.({
        preventDefault: () => (event.prevented = true),
        set returnValue(value: unknown) {
          event.returnValue = value;
        },
      } as unknown as BeforeUnloadEvent);
      return event;
    },
  };
}

describe("the guard on leaving the page", () => {
  it("cancels leaving while there is something not downloaded, and lets the page go otherwise", () => {
    let pending = true;
    const page = target();
    const remove = guardLeaving(page, () => pending);
    expect(page.fire()).toEqual({ prevented: true, returnValue: "" });
    pending = false;
    expect(page.fire()).toEqual({ prevented: false, returnValue: undefined });
    pending = true;
    remove();
    expect(page.fire().prevented).toBe(false);
  });
});
