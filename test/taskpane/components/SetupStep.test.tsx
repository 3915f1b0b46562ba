/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WorkbookError } from "../../../src/workbook/errors";
import type { SetupInput } from "../../../src/taskpane/actions";
import { SetupStep } from "../../../src/taskpane/components/SetupStep";
import { deferred, fakeActions, renderWith } from "../support";

describe("Set up step (Thiết lập)", () => {
  it("creates the workbook from the preset, cluster name, year, pasted units, head and deputy", async () => {
    const user = userEvent.setup();
    const calls: SetupInput[] = [];
    const onCreated = jest.fn();
    renderWith(
      <SetupStep defaultYear={2024} onCreated={onCreated} />,
      fakeActions({
        createWorkbook: (input) => {
          calls.push(input);
          return Promise.resolve();
        },
      }),
    );
    await screen.findByRole("combobox", { name: "Hệ thống thi đua" });

    await user.type(screen.getByRole("textbox", { name: "Tên cụm" }), "Cụm thi đua số 3");
    await user.clear(screen.getByRole("textbox", { name: /^Năm/ }));
    await user.type(screen.getByRole("textbox", { name: /^Năm/ }), "2025");
    await user.click(screen.getByRole("textbox", { name: /Danh sách đơn vị/ }));
    await user.paste(
      "Mã\tTên đơn vị\tLoại\nDV01\tCông đoàn Ngân hàng A\ttrực tiếp\nDV02\tCông đoàn B\tPhối hợp",
    );
    expect(screen.getByText(/^2 đơn vị/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "Cụm trưởng" }), "DV01");
    await user.selectOptions(screen.getByRole("combobox", { name: "Cụm phó" }), "DV02");
    await user.click(screen.getByRole("button", { name: "Tạo sổ làm việc" }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(calls).toEqual([
      {
        presetId: "kon-tum",
        clusterName: "Cụm thi đua số 3",
        year: 2025,
        units: [
          { code: "DV01", name: "Công đoàn Ngân hàng A", type: "direct" },
          { code: "DV02", name: "Công đoàn B", type: "coordinating" },
        ],
        head: "DV01",
        deputy: "DV02",
        sampleScores: false,
      },
    ]);
    expect(screen.getByText("Đã tạo các trang của cụm.")).toBeInTheDocument();
  });

  it("refuses to create with no units or an impossible year, and says why next to the field", async () => {
    const user = userEvent.setup();
    const create = jest.fn(() => Promise.resolve());
    renderWith(
      <SetupStep defaultYear={2024} onCreated={jest.fn()} />,
      fakeActions({ createWorkbook: create }),
    );
    await screen.findByRole("combobox", { name: "Hệ thống thi đua" });

    await user.clear(screen.getByRole("textbox", { name: /^Năm/ }));
    await user.type(screen.getByRole("textbox", { name: /^Năm/ }), "20x4");
    await user.click(screen.getByRole("button", { name: "Tạo sổ làm việc" }));

    expect(screen.getByText("Năm phải là số từ 2000 đến 2100.")).toBeInTheDocument();
    expect(screen.getByText("Cần ít nhất một đơn vị.")).toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();
  });

  it("names the pasted line whose unit type is unknown", async () => {
    const user = userEvent.setup();
    renderWith(<SetupStep defaultYear={2024} onCreated={jest.fn()} />, fakeActions());
    await screen.findByRole("combobox", { name: "Hệ thống thi đua" });
    await user.click(screen.getByRole("textbox", { name: /Danh sách đơn vị/ }));
    await user.paste("DV01\tCông đoàn A\ttrực tiếp\nDV02\tCông đoàn B\tgián tiếp");
    expect(screen.getByText(/Dòng 2: loại «gián tiếp» không rõ/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tạo sổ làm việc" })).toBeEnabled();
  });

  it("labels the year as a school year and shows the period for a school-year preset", async () => {
    const user = userEvent.setup();
    renderWith(<SetupStep defaultYear={2021} onCreated={jest.fn()} />, fakeActions());
    await screen.findByRole("combobox", { name: "Hệ thống thi đua" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Hệ thống thi đua" }), "thanh-hoa-5");
    expect(screen.getByRole("textbox", { name: /Năm học \(năm bắt đầu\)/ })).toBeInTheDocument();
    expect(screen.getByText("Kỳ thi đua: Năm học 2021 – 2022")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Điền các đơn vị có sẵn trong hệ thống" }));
    expect(screen.getByRole("textbox", { name: /Danh sách đơn vị/ })).toHaveValue(
      "\tTrường THPT Hàm Rồng\ttrực tiếp\tCụm số 5",
    );
  });

  it("shows the workbook layer's Vietnamese refusal and lets the user try again", async () => {
    const user = userEvent.setup();
    let attempts = 0;
    renderWith(
      <SetupStep defaultYear={2024} onCreated={jest.fn()} />,
      fakeActions({
        createWorkbook: () => {
          attempts++;
          return attempts === 1
            ? Promise.reject(new WorkbookError("TEMPLATE_SHEETS_TAKEN", { names: ["Đơn vị"] }))
            : Promise.resolve();
        },
      }),
    );
    await screen.findByRole("combobox", { name: "Hệ thống thi đua" });
    await user.click(screen.getByRole("textbox", { name: /Danh sách đơn vị/ }));
    await user.paste("Công đoàn A");
    await user.click(screen.getByRole("button", { name: "Tạo sổ làm việc" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("Sổ làm việc đã có trang «Đơn vị».");
    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(await screen.findByText("Đã tạo các trang của cụm.")).toBeInTheDocument();
  });

  it("shows progress while creating and cancels through the AbortSignal", async () => {
    const user = userEvent.setup();
    const gate = deferred<void>();
    let seen: AbortSignal | null = null;
    renderWith(
      <SetupStep defaultYear={2024} onCreated={jest.fn()} />,
      fakeActions({
        createWorkbook: (_input, signal) => {
          seen = signal;
          signal.addEventListener("abort", () => {
            const error = new Error("cancelled");
            error.name = "AbortError";
            gate.reject(error);
          });
          return gate.promise;
        },
      }),
    );
    await screen.findByRole("combobox", { name: "Hệ thống thi đua" });
    await user.click(screen.getByRole("textbox", { name: /Danh sách đơn vị/ }));
    await user.paste("Công đoàn A");
    await user.click(screen.getByRole("button", { name: "Tạo sổ làm việc" }));

    expect(await screen.findByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tạo sổ làm việc" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Hủy" }));

    expect(await screen.findByText(/Đã hủy theo yêu cầu/)).toBeInTheDocument();
    expect((seen as AbortSignal | null)?.aborted).toBe(true);
    expect(screen.getByRole("button", { name: "Tạo sổ làm việc" })).toBeEnabled();
  });

  it("says why the form cannot appear when its data fails to load", async () => {
    renderWith(
      <SetupStep defaultYear={2024} onCreated={jest.fn()} />,
      fakeActions({
        loadSetup: () => Promise.reject(new Error("ChunkLoadError: Loading chunk setup failed")),
      }),
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("Có lỗi không mong đợi: ChunkLoadError");
  });

  it("offers as head and deputy only the units that will be created, each once", async () => {
    const user = userEvent.setup();
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    renderWith(<SetupStep defaultYear={2024} onCreated={jest.fn()} />, fakeActions());
    await screen.findByRole("combobox", { name: "Hệ thống thi đua" });
    await user.click(screen.getByRole("textbox", { name: /Danh sách đơn vị/ }));
    // A nameless line, a repeated code and a line of unknown type beside two good ones.
    await user.paste(
      "DV01\tCông đoàn A\nDV02\t\ttrực tiếp\nDV01\tCông đoàn B\nDV03\tCông đoàn C\tgián tiếp\nDV04\tCông đoàn D",
    );
    const head = screen.getByRole("combobox", { name: "Cụm trưởng" });
    const options = Array.from(head.querySelectorAll("option"), (o) => o.textContent);
    expect(options).toEqual(["(chưa chọn)", "Công đoàn A (DV01)", "Công đoàn D (DV04)"]);
    expect(errors.mock.calls.flat().join(" ")).not.toMatch(/same key/);
    errors.mockRestore();
  });

  it("asks a head and deputy for each cluster of a block, from that cluster's units, and sends each pair", async () => {
    const user = userEvent.setup();
    const calls: SetupInput[] = [];
    renderWith(
      <SetupStep defaultYear={2024} onCreated={jest.fn()} />,
      fakeActions({
        createWorkbook: (input) => {
          calls.push(input);
          return Promise.resolve();
        },
      }),
    );
    await screen.findByRole("combobox", { name: "Hệ thống thi đua" });
    await user.click(screen.getByRole("textbox", { name: /Danh sách đơn vị/ }));
    await user.paste(
      "A1\tCông đoàn A1\ttrực tiếp\tCụm 1\nA2\tCông đoàn A2\ttrực tiếp\tCụm 1\n" +
        "B1\tCông đoàn B1\ttrực tiếp\tCụm 2\nB2\tCông đoàn B2\ttrực tiếp\tCụm 2",
    );
    const first = screen.getByRole("group", { name: "Cụm trưởng và cụm phó của «Cụm 1»" });
    const second = screen.getByRole("group", { name: "Cụm trưởng và cụm phó của «Cụm 2»" });
    const optionsOf = (group: HTMLElement) =>
      Array.from(
        within(group).getByRole("combobox", { name: "Cụm trưởng" }).querySelectorAll("option"),
        (o) => o.getAttribute("value"),
      );
    expect(optionsOf(first)).toEqual(["", "A1", "A2"]);
    expect(optionsOf(second)).toEqual(["", "B1", "B2"]);
    await user.selectOptions(within(first).getByRole("combobox", { name: "Cụm trưởng" }), "A2");
    await user.selectOptions(within(first).getByRole("combobox", { name: "Cụm phó" }), "A1");
    await user.selectOptions(within(second).getByRole("combobox", { name: "Cụm trưởng" }), "B1");
    await user.selectOptions(within(second).getByRole("combobox", { name: "Cụm phó" }), "B1");
    expect(
      within(second).getByText("Cụm trưởng và cụm phó phải là hai đơn vị khác nhau."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Tạo sổ làm việc" }));
    expect(calls).toEqual([]);
    await user.selectOptions(within(second).getByRole("combobox", { name: "Cụm phó" }), "B2");
    await user.click(screen.getByRole("button", { name: "Tạo sổ làm việc" }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.officers).toEqual([
      { cluster: "Cụm 1", head: "A2", deputy: "A1" },
      { cluster: "Cụm 2", head: "B1", deputy: "B2" },
    ]);
    expect(calls[0]?.head).toBeUndefined();
  });

  it("brings the success message into view once the workbook is created", async () => {
    const user = userEvent.setup();
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    renderWith(
      <SetupStep defaultYear={2024} onCreated={jest.fn()} />,
      fakeActions({ createWorkbook: () => Promise.resolve() }),
    );
    await screen.findByRole("combobox", { name: "Hệ thống thi đua" });
    await user.click(screen.getByRole("textbox", { name: /Danh sách đơn vị/ }));
    await user.paste("Công đoàn A");
    await user.click(screen.getByRole("button", { name: "Tạo sổ làm việc" }));
    const message = await screen.findByText("Đã tạo các trang của cụm.");
    await waitFor(() => expect(scrolled.some((e) => e.contains(message))).toBe(true));
  });
});
