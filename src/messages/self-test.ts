/**
 * «Tự kiểm tra» (the pane's self-test, under «Trợ giúp»): the checks' names, their outcomes and the
 * copyable report a federation's IT staff send back. Vietnamese first, English for Office in English.
 * Pure: the pane passes the language in.
 */
import type { CheckDetail, CheckId, CheckResult } from "../workbook/self-test";
import type { PaneLanguage } from "./pane";

/** What the pane learned about the host, for the report. */
export interface HostReport {
  readonly host: string;
  readonly platform: string;
  /** Office's version (Office.context.diagnostics.version), where known. */
  readonly version: string | null;
  /** Where Office.js came from: Microsoft's CDN or the copy the add-in serves. */
  readonly officeJs: string | null;
  /** The highest version of each requirement set the host supports (null: none). */
  readonly apiSets: readonly { readonly name: string; readonly version: string | null }[];
}

export interface SelfTestText {
  readonly intro: string;
  readonly run: string;
  readonly running: string;
  readonly copy: string;
  readonly copied: string;
  readonly reportLabel: string;
  readonly checks: Readonly<Record<CheckId, string>>;
  readonly status: Readonly<Record<CheckResult["status"], string>>;
  readonly detail: (detail: CheckDetail) => string;
  readonly summary: (ok: number, failed: number, skipped: number) => string;
  readonly report: (host: HostReport, checks: readonly CheckResult[], when: string) => string;
}

function reportWith(
  text: Omit<SelfTestText, "report">,
  labels: {
    title: string;
    host: string;
    platform: string;
    version: string;
    officeJs: string;
    sets: string;
    none: string;
    when: string;
  },
): SelfTestText["report"] {
  return (host, checks, when) => {
    // Counted here, not imported: the self-test's own module (and the core under it) loads only when run.
    const count = (status: CheckResult["status"]): number => checks.filter((c) => c.status === status).length;
    const tally = { ok: count("ok"), failed: count("failed"), skipped: count("skipped") };
    return [
      labels.title,
      `${labels.when}: ${when}`,
      `${labels.host}: ${host.host} · ${labels.platform}: ${host.platform} · ${labels.version}: ${host.version ?? "?"}`,
      `${labels.officeJs}: ${host.officeJs ?? "?"}`,
      `${labels.sets}: ${host.apiSets.map((s) => `${s.name} ${s.version ?? labels.none}`).join(" · ")}`,
      "",
      ...checks.map((check) => {
        const detail = text.detail(check.detail);
        return `[${text.status[check.status]}] ${text.checks[check.id]}${detail === "" ? "" : ` — ${detail}`}`;
      }),
      "",
      text.summary(tally.ok, tally.failed, tally.skipped),
    ].join("\n");
  };
}

const viBase: Omit<SelfTestText, "report"> = {
  intro:
    "Tự kiểm tra chạy mọi thao tác của Thi Đua với Excel này trên vài trang tạm, so kết quả Excel trả về với phần tính toán của Thi Đua, rồi xóa các trang tạm. Sổ làm việc của bạn giữ nguyên. Hãy chép báo cáo và gửi cho người hỗ trợ.",
  run: "Tự kiểm tra",
  running: "Đang tự kiểm tra…",
  copy: "Chép báo cáo",
  copied: "Đã chép báo cáo.",
  reportLabel: "Báo cáo tự kiểm tra (chọn tất cả rồi chép nếu nút Chép không dùng được)",
  checks: {
    list: "Đọc danh sách các trang",
    write: "Tạo trang mới (khối ô, định dạng, ô gộp, bảng, ràng buộc dữ liệu, trang in)",
    read: "Đọc lại: chữ giữ là chữ, số, ngày, công thức, phông chữ, ô gộp, bảng",
    replace: "Thay trang do Thi Đua tạo, giữ chỗ, không để lại trang tạm",
    "update-cells": "Ghi giá trị vào ô có sẵn (như khi gộp điểm)",
    "write-cells": "Sửa chữ và phông trong từng ô (như Chuyển mã)",
    large: "Ghi và đọc dữ liệu lớn theo từng phần dưới giới hạn 5 MB",
    functions: "Các hàm THIDUA.* với ô trống, so với phần tính toán của Thi Đua",
    "undo-group": "Gộp một lần ghi ô thành một bước hoàn tác",
    cleanup: "Xóa các trang tạm, sổ làm việc như trước",
  },
  status: { ok: "đạt", failed: "LỖI", skipped: "bỏ qua" },
  detail: (detail) => {
    switch (detail.kind) {
      case "none":
        return "";
      case "sheets":
        return `${detail.count} trang`;
      case "syncs":
        return `${detail.syncs} lần trao đổi với Excel`;
      case "mismatch":
        return detail.cell === ""
          ? `cần ${detail.expected}, Excel cho ${detail.got}`
          : `ô ${detail.sheet}!${detail.cell}: cần ${detail.expected}, Excel cho ${detail.got}`;
      case "missing":
        return `không thấy ${detail.what}`;
      case "see":
        return `xem mục «${viBase.checks[detail.check]}»`;
      case "left-behind":
        return `còn sót: ${detail.sheets.join(", ")}`;
      case "error":
        return detail.message;
      case "not-supported":
        return `Excel này chưa có ${detail.requirement}`;
    }
  },
  summary: (ok, failed, skipped) => `Kết quả: ${ok} đạt, ${failed} lỗi, ${skipped} bỏ qua.`,
};

const enBase: Omit<SelfTestText, "report"> = {
  intro:
    "The self-test runs every operation Thi Dua performs in this Excel on a few scratch sheets, compares what Excel gives back with Thi Dua's own computation, then removes the scratch sheets. Your workbook stays as it was. Copy the report and send it to whoever supports you.",
  run: "Self-test",
  running: "Running the self-test…",
  copy: "Copy report",
  copied: "Report copied.",
  reportLabel: "Self-test report (select all and copy if the Copy button does not work)",
  checks: {
    list: "List the sheets",
    write: "Create a sheet (blocks, formats, merged cells, a table, data validation, page setup)",
    read: "Read it back: text stays text, numbers, dates, formulas, fonts, merges, tables",
    replace: "Replace a sheet Thi Dua made, in place, leaving no temporary sheet",
    "update-cells": "Write values into existing cells (as merging scores does)",
    "write-cells": "Rewrite text and font in single cells (as the conversion does)",
    large: "Write and read large data in pieces under the 5 MB limits",
    functions: "THIDUA.* functions over blank cells, against Thi Dua's own computation",
    "undo-group": "Group one cell write into one undo step",
    cleanup: "Remove the scratch sheets: the workbook as before",
  },
  status: { ok: "ok", failed: "FAILED", skipped: "skipped" },
  detail: (detail) => {
    switch (detail.kind) {
      case "none":
        return "";
      case "sheets":
        return `${detail.count} sheets`;
      case "syncs":
        return `${detail.syncs} round trips to Excel`;
      case "mismatch":
        return detail.cell === ""
          ? `expected ${detail.expected}, Excel gave ${detail.got}`
          : `cell ${detail.sheet}!${detail.cell}: expected ${detail.expected}, Excel gave ${detail.got}`;
      case "missing":
        return `${detail.what} not found`;
      case "see":
        return `see “${enBase.checks[detail.check]}”`;
      case "left-behind":
        return `left behind: ${detail.sheets.join(", ")}`;
      case "error":
        return detail.message;
      case "not-supported":
        return `this Excel lacks ${detail.requirement}`;
    }
  },
  summary: (ok, failed, skipped) => `Result: ${ok} ok, ${failed} failed, ${skipped} skipped.`,
};

const vi: SelfTestText = {
  ...viBase,
  report: reportWith(viBase, {
    title: "Thi Đua — tự kiểm tra trong Excel",
    host: "Ứng dụng",
    platform: "Nền tảng",
    version: "Phiên bản Office",
    officeJs: "Office.js",
    sets: "Bộ API",
    none: "không có",
    when: "Lúc",
  }),
};

const en: SelfTestText = {
  ...enBase,
  report: reportWith(enBase, {
    title: "Thi Dua — self-test in Excel",
    host: "Host",
    platform: "Platform",
    version: "Office version",
    officeJs: "Office.js",
    sets: "API sets",
    none: "none",
    when: "At",
  }),
};

export function selfTestText(language: PaneLanguage): SelfTestText {
  return language === "en" ? en : vi;
}
