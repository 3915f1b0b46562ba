import type { CollectPaneText } from "../collect";

/** The collect steps in Vietnamese. */
export const collectVi: CollectPaneText = {
  collect: {
    intro:
      "Gửi cho mỗi đơn vị một tệp tự chấm, rồi gộp các tệp đơn vị gửi về vào sổ làm việc của cụm. Tệp được nhận theo thông tin bên trong, không theo tên tệp.",
    sendHeading: "Gửi tệp cho đơn vị",
    sendIntro:
      "Tạo một tệp tự chấm cho mỗi đơn vị (bảng tiêu chí được khóa, có hạn gửi), gói chung trong một tệp .zip để gửi đi.",
    split: "Tạo các tệp tự chấm (.zip)",
    splitDone: (count, zip) => `Đã tạo ${count} tệp tự chấm trong «${zip}».`,
    receiveHeading: "Nhận tệp đơn vị gửi về",
    receiveIntro:
      "Chọn hoặc kéo thả các tệp .xlsx đơn vị gửi về. Thi Đua cho xem mỗi tệp mang lại gì trước khi ghi bất cứ thứ gì.",
    pick: "Chọn các tệp…",
    fileInputLabel: "Chọn các tệp tự chấm đơn vị gửi về",
    dropZone: "Vùng thả các tệp tự chấm",
    dropHint: "hoặc kéo thả các tệp .xlsx vào đây",
    overwrite: "Lấy tệp gửi sau khi đơn vị gửi hai lần (ghi đè)",
    overwriteHint: "Không chọn: giữ tệp đến trước hoặc điểm đã nhận.",
    picked: (count) => `Đã đọc ${count} tệp.`,
    previewHeading: "Mỗi tệp mang lại gì",
    previewNote: "Chưa ghi gì vào sổ làm việc.",
    merge: (units) => `Gộp điểm của ${units} đơn vị`,
    nothingToMerge: "Không có tệp nào để gộp.",
    merged: (units) => `Đã gộp điểm của ${units} đơn vị vào sổ làm việc.`,
    changedSince:
      "Sổ làm việc vừa thay đổi (có thể do người cùng sửa) sau khi xem trước, nên chưa ghi gì. Xem lại kết quả mới dưới đây rồi gộp lại.",
    clear: "Bỏ các tệp đã chọn",
    outcome: {
      merge: "Sẽ nhận",
      unchanged: "Không có gì mới",
      superseded: "Được thay bằng tệp sau",
      refused: "Không nhận",
    },
    counts: (n) =>
      [
        `${n.new} điểm mới`,
        `${n.changed} điểm sửa`,
        ...(n.cleared > 0 ? [`${n.cleared} điểm bỏ trống`] : []),
        ...(n.notes > 0 ? [`${n.notes} ghi chú`] : []),
      ].join(", "),
    receivedOn: (date) => `ngày nhận ${date}`,
    change: (code, before, after) => `${code}: ${before} → ${after}`,
    blank: "trống",
    changesLabel: (file) => `Các điểm sửa trong tệp ${file}`,
  },
  progress: {
    intro:
      "Khi sổ làm việc được dùng chung (OneDrive), mỗi đơn vị chấm ở trang của mình; bảng này cho biết đơn vị nào đã chấm bao nhiêu tiêu chí, còn lỗi gì, đã nộp đúng hạn chưa.",
    refresh: "Xem tiến độ",
    refreshing: "Đang đọc sổ làm việc…",
    autoRefresh: "Người cùng sửa vừa thay đổi sổ làm việc: bảng đã được cập nhật.",
    deadline: (date) =>
      date === null ? "Chưa đặt hạn gửi báo cáo tổng kết." : `Hạn gửi điểm (báo cáo tổng kết): ${date}`,
    tableLabel: "Tiến độ chấm điểm theo đơn vị",
    columns: { unit: "Đơn vị", scored: "Đã chấm", errors: "Lỗi", status: "Nộp điểm" },
    scored: (scored, total) => `${scored}/${total}`,
    errors: (n) => (n === 0 ? "Không" : `${n} lỗi`),
    status: {
      "on-time": (date) => `Đúng hạn (${date})`,
      late: (date, days) => `Muộn ${days} ngày (${date})`,
      received: (date) => `Đã nhận (${date})`,
      complete: "Đủ điểm, trong hạn",
      "complete-undated": "Đủ điểm, chưa ghi ngày nhận",
      waiting: "Đang chấm",
      overdue: "Quá hạn, chưa đủ điểm",
      "not-sent": "Chưa gửi",
      "not-sent-overdue": "Quá hạn, chưa gửi",
    },
    totals: (complete, units, onTime, received) =>
      onTime === null
        ? `${complete}/${units} đơn vị đã chấm đủ; ${received} đơn vị đã nộp điểm.`
        : `${complete}/${units} đơn vị đã chấm đủ; ${onTime} đơn vị nộp đúng hạn.`,
    record: (count) => `Ghi ngày nhận điểm hôm nay cho ${count} đơn vị đã chấm đủ`,
    recorded: (count) => `Đã ghi ngày nhận điểm cho ${count} đơn vị.`,
    recordHint:
      "Khi chấm trực tiếp trong sổ dùng chung, ngày nhận điểm chưa được ghi: bấm để ghi ngày hôm nay cho các đơn vị đã chấm đủ.",
  },
};
