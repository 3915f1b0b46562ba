/** @jest-environment jsdom */
/*
 * Why the pane asks: Microsoft documents the signed-in user's identity as coming only from an SSO
 * token — "Use the getAccessToken API to get an access token that contains the identity for the
 * current user signed in to Office … To call getAccessToken, you must configure your Office Add-in to
 * use SSO with Office", and "SSO … and the getAccessToken API don't work in all scenarios"
 * (learn.microsoft.com/office/dev/add-ins/develop/use-sso-to-get-office-signed-in-user-token).
 * Thi Đua is not registered for SSO, so Office tells it no user: the officer's own name is asked.
 */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { OfficerName, type OfficerStore } from "../../../src/taskpane/components/OfficerName";
import { officerName, rememberOfficer, rememberedOfficer } from "../../../src/taskpane/officer";
import { bindUseCases } from "../../../src/taskpane/bind-use-cases";
import { SHEET } from "../../../src/workbook/sheet-names";
import { createClusterWorkbook } from "../../../src/workbook/usecases";
import { MemoryPort } from "../../workbook/memory-port";
import { fakeActions, renderWith } from "../support";

function memoryStore(initial: string | null, accepts = true): OfficerStore & { kept: string | null } {
  const store = {
    kept: initial,
    read: () => store.kept,
    remember: (name: string) => {
      if (accepts) store.kept = name.trim();
      return accepts;
    },
  };
  return store;
}

describe("the officer's name for «Nhật ký»", () => {
  it("asks once, remembers the name typed, then shows it in one line, editable by keyboard", async () => {
    const user = userEvent.setup();
    const store = memoryStore(null);
    renderWith(<OfficerName store={store} />, fakeActions({}));
    expect(
      screen.getByText(/Office không cho phần bổ trợ biết tên người đang đăng nhập/u),
    ).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: "Tên người ghi nhật ký" }), "Nguyễn Thị D{Enter}");
    expect(store.kept).toBe("Nguyễn Thị D");
    expect(screen.getByText("Nhật ký ghi tên: Nguyễn Thị D.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Đổi tên" }));
    expect(screen.getByRole("textbox", { name: "Tên người ghi nhật ký" })).toHaveValue("Nguyễn Thị D");
  });

  it("shows the name another tab's instance kept when its own tab comes back, and stops asking", async () => {
    const user = userEvent.setup();
    const store = memoryStore(null);
    const { rerender } = renderWith(
      <>
        <div data-testid="a">
          <OfficerName store={store} active={false} />
        </div>
        <div data-testid="b">
          <OfficerName store={store} active />
        </div>
      </>,
      fakeActions({}),
    );
    const [, second] = screen.getAllByRole("textbox", { name: "Tên người ghi nhật ký" });
    await user.type(second!, "Võ Thị H{Enter}");
    expect(screen.getAllByRole("textbox", { name: "Tên người ghi nhật ký" })).toHaveLength(1);
    rerender(
      <>
        <div data-testid="a">
          <OfficerName store={store} active />
        </div>
        <div data-testid="b">
          <OfficerName store={store} active={false} />
        </div>
      </>,
    );
    expect(screen.queryByRole("textbox", { name: "Tên người ghi nhật ký" })).toBeNull();
    expect(screen.getAllByText("Nhật ký ghi tên: Võ Thị H.")).toHaveLength(2);
  });

  it("may be declined: the log then records no name, and the pane does not ask again", async () => {
    const user = userEvent.setup();
    const store = memoryStore(null);
    renderWith(<OfficerName store={store} />, fakeActions({}));
    await user.click(screen.getByRole("button", { name: "Không ghi tên" }));
    expect(store.kept).toBe("");
    expect(screen.getByText("Nhật ký không ghi tên người thay đổi.")).toBeInTheDocument();
  });

  it("says so when the browser's storage refuses the name", async () => {
    const user = userEvent.setup();
    renderWith(<OfficerName store={memoryStore(null, false)} />, fakeActions({}));
    await user.type(screen.getByRole("textbox", { name: "Tên người ghi nhật ký" }), "A{Enter}");
    expect(screen.getByText(/Không lưu được tên vào bộ nhớ của trình duyệt/u)).toBeInTheDocument();
  });

  it("is kept in localStorage: never asked is null, declined is empty, the name is what «Nhật ký» writes", () => {
    localStorage.clear();
    expect(rememberedOfficer()).toBeNull();
    expect(officerName()).toBe("");
    expect(rememberOfficer("  Trần Văn E ")).toBe(true);
    expect(officerName()).toBe("Trần Văn E");
    expect(rememberOfficer("")).toBe(true);
    expect(rememberedOfficer()).toBe("");
  });

  it("is used until the page closes when the browser's storage refuses it, as the pane says", () => {
    localStorage.clear();
    const setItem = jest.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    try {
      expect(rememberOfficer(" Lê Thị F ")).toBe(false);
      expect(localStorage.getItem("thidua.officer")).toBeNull();
      expect(officerName()).toBe("Lê Thị F");
    } finally {
      setItem.mockRestore();
    }
  });

  it("is the «Người sửa» of the rows the pane's saves append", async () => {
    localStorage.clear();
    rememberOfficer("Phạm Thị F");
    const port = new MemoryPort();
    await createClusterWorkbook(port, {
      presetId: "kon-tum",
      year: 2024,
      units: [{ code: "DV01", name: "Công đoàn Sở Y tế", type: "direct" }],
    });
    const bound = bindUseCases(
      (_signal, use) => use(port),
      () => ({ year: 2024, month: 12, day: 20 }),
    );
    const signal = new AbortController().signal;
    const entry = await bound.unitEntry.read(undefined, signal);
    await bound.unitEntry.savePoints(
      "DV01",
      [{ department: entry.departments[0]!.code, points: "0,5" }],
      "",
      signal,
    );
    await bound.recordVotes(new Map([["DV01", 3]]), signal);
    const log = port.sheets.find((s) => s.name === SHEET.changeLog)!.values.slice(3);
    expect(log.map((r) => [r[1], r[2]])).toEqual([
      ["Phạm Thị F", SHEET.departmentPoints],
      ["Phạm Thị F", SHEET.votes],
    ]);
  });
});
