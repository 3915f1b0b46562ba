/**
 * Collecting the units' self-scores: the words of the self-scoring file sent to each unit, why a
 * returned file is refused, what the `thidua tach` / `thidua gop` commands print, and the pane's
 * «Thu thập điểm» and «Tiến độ» steps (Vietnamese first; English only in the pane, for Office in English).
 */
import type { CalendarDate } from "../core/model";

/** dd/mm/yyyy, as Vietnamese write dates. */
export function shownDate(d: CalendarDate): string {
  return `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
}

/** The self-scoring file's own words. */
export const unitFileText = {
  unitLine: (name: string, code: string, cluster: string): string =>
    cluster === "" ? `Đơn vị: ${name} (mã ${code})` : `Đơn vị: ${name} (mã ${code}) — ${cluster}`,
  deadline: (date: CalendarDate): string => `Hạn gửi về cụm trưởng: ${shownDate(date)}`,
  noDeadline: "Hạn gửi về cụm trưởng: theo thông báo của cụm trưởng.",
  instructions:
    "Chỉ nhập vào cột «Tự chấm» và «Ghi chú» (ô nền vàng). Không thêm, xóa, đổi thứ tự dòng hay sửa điểm tối đa: tệp có bảng tiêu chí bị sửa sẽ không được nhận. Lưu rồi gửi lại chính tệp này (đổi tên tệp cũng được).",
  total: "Tổng điểm tự chấm (phần chấm điểm)",
  infoTitle: "THÔNG TIN TỆP TỰ CHẤM ĐIỂM",
  infoNote: "Thi Đua dùng các dòng dưới đây để nhận đúng tệp về đúng đơn vị. Xin đừng sửa trang này.",
  infoHeaders: ["Mục", "Giá trị"] as const,
  howTo: [
    "Cách làm:",
    "1. Mở trang mang mã đơn vị, chấm điểm từng tiêu chí ở cột «Tự chấm» (số từ 0 đến điểm tối đa, ghi đến 0,01).",
    "2. Ghi giải trình, minh chứng (nếu có) ở cột «Ghi chú».",
    "3. Lưu tệp (.xlsx) và gửi lại cho cụm trưởng trước hạn.",
  ] as const,
} as const;

/** Why nothing was taken from a returned file, one sentence each; details follow as lines. */
export const refusalText = {
  unreadable: (reason: string): string => `Không mở được tệp: ${reason}`,
  notUnitFile: "Không phải tệp tự chấm điểm do Thi Đua tạo (không có trang «Thông tin tệp» hợp lệ).",
  formatTooNew: (version: number): string =>
    `Tệp được tạo bởi phiên bản Thi Đua mới hơn (định dạng ${version}). Hãy cập nhật Thi Đua rồi gộp lại.`,
  identityEdited:
    "Thông tin nhận dạng ở trang «Thông tin tệp» đã bị sửa, nên không biết chắc đây là tệp của đơn vị nào.",
  otherCluster: (file: string, ours: string): string => `Tệp của «${file}», không phải của «${ours}».`,
  otherPeriod: (file: string, ours: string): string =>
    `Tệp của kỳ thi đua «${file}», còn sổ làm việc này là kỳ «${ours}».`,
  unitUnknown: (code: string): string =>
    `Tệp mang mã đơn vị «${code}», không có trong danh sách đơn vị của cụm.`,
  scoreSheetMissing: (code: string): string => `Tệp không còn trang chấm điểm «${code}».`,
  layoutBroken: (sheet: string): string =>
    `Trang «${sheet}» của tệp không còn dòng tiêu đề cột (Mã, Điểm tối đa, Tự chấm).`,
  criteriaOutdated: (found: string, ours: string): string =>
    `Tệp được tách từ một bảng tiêu chí khác: bảng tiêu chí của cụm đã thay đổi sau khi gửi tệp (mã bảng trong tệp ${found}, của cụm ${ours}). Hãy tách và gửi lại tệp mới cho đơn vị.`,
  criteriaEdited: "Bảng tiêu chí trong tệp đã bị sửa so với bảng của cụm:",
  rowAdded: (code: string, row: number): string => `thêm dòng «${code}» (hàng ${row})`,
  rowRemoved: (code: string): string => `thiếu dòng «${code}»`,
  rowMoved: (code: string, row: number, expected: string): string =>
    `dòng «${code}» (hàng ${row}) bị đổi thứ tự: đúng ra ở đó là dòng «${expected}»`,
  maxEdited: (code: string, row: number, found: string, expected: string): string =>
    `điểm tối đa của «${code}» (hàng ${row}) là ${found}, bảng của cụm là ${expected}`,
  kindEdited: (code: string, row: number, found: string, expected: string): string =>
    `loại điểm của «${code}» (hàng ${row}) là «${found}», bảng của cụm là «${expected}»`,
  moreDifferences: (n: number): string => `… và ${n} chỗ khác`,
  scoresInvalid: (n: number): string =>
    `Có ${n} ô điểm không hợp lệ, nên chưa nhận điểm nào từ tệp này (sửa rồi gửi lại cả tệp):`,
  notANumber: (code: string, shown: string, where: string): string =>
    `«${code}»: «${shown}» không phải là số (${where})`,
  tooPrecise: (code: string, shown: string, where: string): string =>
    `«${code}»: điểm «${shown}» ghi quá hai chữ số thập phân (${where})`,
  negative: (code: string, shown: string, where: string): string =>
    `«${code}»: điểm ${shown} là số âm (${where})`,
  aboveMax: (code: string, shown: string, max: string, where: string): string =>
    `«${code}»: điểm ${shown} vượt điểm tối đa ${max} (${where})`,
  onSection: (code: string, where: string): string =>
    `«${code}» là mục lớn, không chấm điểm trực tiếp (${where})`,
  appraised: (n: number): string =>
    `Tệp sửa điểm tự chấm của ${n} tiêu chí đã được thẩm định. Điểm thẩm định không bao giờ bị ghi đè, nên chưa nhận điểm nào từ tệp này; muốn nhận, hãy xóa điểm thẩm định của các tiêu chí đó trước:`,
  appraisedLine: (code: string, before: string, after: string, appraised: string): string =>
    `«${code}»: tự chấm ${before} → ${after}, đã thẩm định ${appraised}`,
  duplicateInRun: (unit: string, first: string): string =>
    `${unit} gửi hai lần: đã nhận tệp «${first}», tệp này có điểm khác. Chọn ghi đè (--ghi-de) để lấy tệp gửi sau.`,
  duplicateReceived: (unit: string, date: CalendarDate): string =>
    `${unit} đã gửi điểm ngày ${shownDate(date)}; tệp này có điểm khác. Chọn ghi đè (--ghi-de) để lấy tệp này.`,
  clusterSheetMissing: (code: string): string =>
    `Sổ làm việc của cụm không có trang chấm điểm «${code}» để ghi điểm vào.`,
  clusterRowsMissing: (code: string, rows: string): string =>
    `Trang «${code}» của sổ làm việc cụm thiếu dòng tiêu chí ${rows}, nên không ghi điểm vào được.`,
} as const;

/** Sentences about a file that was not merged without being refused. */
export const remarkText = {
  sameAsEarlier: (first: string): string => `Gửi lại giống hệt tệp «${first}»: không có gì mới.`,
  nothingNew: (date: CalendarDate): string =>
    `Đơn vị đã gửi điểm ngày ${shownDate(date)}; tệp này không có gì mới.`,
  superseded: (later: string): string => `Được thay bằng tệp gửi sau «${later}».`,
} as const;

/** The cluster workbook refusing a split or merge as a whole. */
export const collectErrorText = {
  blocked: (errors: number): string =>
    `Sổ làm việc của cụm còn ${errors} lỗi ở cấu hình, bảng tiêu chí hoặc danh sách đơn vị, nên chưa tách hay gộp được tệp của đơn vị.`,
  sheetMissing: (sheet: string): string => `Thiếu trang «${sheet}».`,
  unitListUnreadable: "Không tìm thấy dòng tiêu đề cột (Mã, Tên đơn vị) của trang «Đơn vị».",
  periodMissing: "Chưa ghi «Kỳ thi đua» ở trang «Cấu hình».",
  noUnits: "Danh sách đơn vị trống: chưa có đơn vị nào để tách tệp.",
  unitsUnknown: (codes: readonly string[]): string =>
    `Không có đơn vị mang mã ${codes.map((c) => `«${c}»`).join(", ")} trong danh sách đơn vị.`,
} as const;

/** `thidua tach` and `thidua gop`: help and output lines. */
export const collectCliText = {
  helpTach: `thidua tach <sổ-cụm.xlsx> <thư-mục> [--don-vi MÃ,MÃ…] [--ghi-de]

Tách một tệp tự chấm điểm cho mỗi đơn vị, để gửi cho đơn vị: chỉ có trang chấm điểm của đơn vị đó
(bảng tiêu chí và điểm tối đa được khóa, ô điểm có kiểm tra dữ liệu), hạn gửi, và trang «Thông tin tệp»
để khi gộp nhận đúng tệp về đúng đơn vị (cụm, kỳ thi đua, mã đơn vị, mã bảng tiêu chí).
Tên tệp: <mã> - <tên đơn vị>.xlsx, giữ tiếng Việt có dấu, bỏ các ký tự Windows không cho phép (\\ / : * ? " < > |).
Sổ của cụm không bị thay đổi; mỗi tệp được ghi trọn vẹn hoặc không ghi.

  --don-vi MÃ,…   Chỉ tách cho các đơn vị này
  --ghi-de        Ghi đè tệp đã có trong thư mục

Mã thoát: 0 đã tách; 1 sổ của cụm còn lỗi (không tách tệp nào); 2 sai cách dùng hoặc lỗi tệp.
`,
  helpGop: `thidua gop <sổ-cụm.xlsx> <tệp…> [-o tệp-ra.xlsx] [--ghi-de] [--xem-truoc]

Gộp các tệp tự chấm đơn vị gửi về vào một bản sao của sổ cụm. Mỗi tệp được nhận về đơn vị theo
thông tin trong tệp, không theo tên tệp. Không nhận (và không lấy điểm nào từ) tệp của cụm hoặc kỳ
khác, tệp có bảng tiêu chí bị sửa (thêm, bớt, đổi thứ tự dòng, sửa điểm tối đa), tệp có ô điểm sai,
tệp sửa điểm của tiêu chí đã thẩm định. Điểm thẩm định không bao giờ bị ghi đè.
Ngày nhận điểm của đơn vị (cột «Ngày nhận điểm», trang «Đơn vị») là ngày sửa đổi cuối của tệp.
Đơn vị gửi hai lần: giữ tệp đến trước (hoặc điểm đã nhận); tệp gửi sau chỉ được lấy khi có --ghi-de.
«Trước, sau» theo thời gian sửa đổi của tệp; bằng nhau thì theo thứ tự trên dòng lệnh.
Sổ của cụm không bị thay đổi; tệp ra được ghi trọn vẹn hoặc không ghi.

  -o, --out TỆP   Tệp ra (mặc định: <tên>-gop.xlsx cạnh sổ của cụm)
  --ghi-de        Lấy tệp gửi sau khi đơn vị gửi hai lần
  --xem-truoc     Chỉ in những gì mỗi tệp mang lại, không ghi tệp ra

Mã thoát: 0 đã nhận mọi tệp; 1 có tệp không được nhận (các tệp khác vẫn được gộp);
2 sai cách dùng, không đọc được sổ của cụm hoặc không ghi được tệp ra.
`,
  notFolder: (path: string): string => `«${path}» không phải là thư mục.`,
  fileExists: (path: string): string => `Tệp «${path}» đã có. Thêm --ghi-de để ghi đè.`,
  split: (count: number, folder: string): string => `Đã tách ${count} tệp tự chấm vào «${folder}»:`,
  splitLine: (file: string, code: string, name: string): string => `  ${file}  (${code} — ${name})`,
  missingFiles: "Thiếu tệp đơn vị gửi về. Xem: thidua gop --help",
  fileLine: (file: string): string => `«${file}»`,
  merged: (unit: string, counts: string, date: CalendarDate): string =>
    `  → ${unit}: ${counts}; nhận ngày ${shownDate(date)}`,
  counts: (n: { new: number; changed: number; cleared: number; notes: number }): string =>
    [
      `${n.new} điểm mới`,
      `${n.changed} điểm sửa`,
      ...(n.cleared > 0 ? [`${n.cleared} điểm bỏ trống`] : []),
      ...(n.notes > 0 ? [`${n.notes} ghi chú`] : []),
    ].join(", "),
  change: (code: string, before: string, after: string): string => `      ${code}: ${before} → ${after}`,
  moreChanges: (n: number): string => `      … và ${n} thay đổi khác`,
  refused: (unit: string | null, message: string): string =>
    `  ✗ KHÔNG NHẬN${unit === null ? "" : ` (${unit})`}: ${message}`,
  detail: (line: string): string => `      - ${line}`,
  remark: (unit: string | null, message: string): string =>
    `  · ${unit === null ? "" : `${unit}: `}${message}`,
  written: (out: string, units: number, refused: number): string =>
    refused === 0
      ? `Đã ghi «${out}»: nhận điểm của ${units} đơn vị.`
      : `Đã ghi «${out}»: nhận điểm của ${units} đơn vị; ${refused} tệp không được nhận.`,
  nothingWritten: (refused: number): string =>
    refused === 0
      ? "Không có gì mới để gộp: chưa ghi tệp ra."
      : `Không có gì để gộp (${refused} tệp không được nhận): chưa ghi tệp ra.`,
  preview: (units: number, refused: number): string =>
    `Xem trước: sẽ nhận điểm của ${units} đơn vị; ${refused} tệp không được nhận. Chưa ghi tệp ra.`,
  blank: "trống",
} as const;

// ── The pane ─────────────────────────────────────────────────────────────────

export interface CollectPaneText {
  readonly collect: {
    readonly intro: string;
    readonly sendHeading: string;
    readonly sendIntro: string;
    readonly split: string;
    readonly splitDone: (count: number, zip: string) => string;
    readonly receiveHeading: string;
    readonly receiveIntro: string;
    readonly pick: string;
    readonly fileInputLabel: string;
    readonly dropZone: string;
    readonly dropHint: string;
    readonly overwrite: string;
    readonly overwriteHint: string;
    readonly picked: (count: number) => string;
    readonly previewHeading: string;
    readonly previewNote: string;
    readonly merge: (units: number) => string;
    readonly nothingToMerge: string;
    readonly merged: (units: number) => string;
    readonly changedSince: string;
    readonly clear: string;
    readonly outcome: {
      readonly merge: string;
      readonly unchanged: string;
      readonly superseded: string;
      readonly refused: string;
    };
    readonly counts: (n: { new: number; changed: number; cleared: number; notes: number }) => string;
    readonly receivedOn: (date: string) => string;
    readonly change: (code: string, before: string, after: string) => string;
    readonly blank: string;
    readonly changesLabel: (file: string) => string;
  };
  readonly progress: {
    readonly intro: string;
    readonly refresh: string;
    readonly refreshing: string;
    readonly autoRefresh: string;
    readonly deadline: (date: string | null) => string;
    readonly tableLabel: string;
    readonly columns: {
      readonly unit: string;
      readonly scored: string;
      readonly errors: string;
      readonly status: string;
    };
    readonly scored: (scored: number, total: number) => string;
    readonly errors: (n: number) => string;
    readonly status: {
      readonly "on-time": (date: string) => string;
      readonly late: (date: string, days: number) => string;
      readonly received: (date: string) => string;
      readonly complete: string;
      readonly "complete-undated": string;
      readonly waiting: string;
      readonly overdue: string;
    };
    /** `onTime` null when there is no deadline: then `received` counts the units whose scores are in. */
    readonly totals: (complete: number, units: number, onTime: number | null, received: number) => string;
    readonly record: (count: number) => string;
    readonly recorded: (count: number) => string;
    readonly recordHint: string;
  };
}

const collectVi: CollectPaneText = {
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

const collectEn: CollectPaneText = {
  collect: {
    intro:
      "Send each unit a self-scoring file, then merge the files the units send back into the cluster workbook. A file is matched by what is inside it, not by its name.",
    sendHeading: "Send files to the units",
    sendIntro:
      "Makes one self-scoring file per unit (criteria locked, deadline shown), packed in one .zip to send.",
    split: "Make the self-scoring files (.zip)",
    splitDone: (count, zip) => `Made ${count} self-scoring files in "${zip}".`,
    receiveHeading: "Take back the returned files",
    receiveIntro:
      "Choose or drop the .xlsx files the units sent back. Thi Đua shows what each file brings before anything is written.",
    pick: "Choose files…",
    fileInputLabel: "Choose the returned self-scoring files",
    dropZone: "Drop zone for self-scoring files",
    dropHint: "or drop .xlsx files here",
    overwrite: "Take the later file when a unit sent twice (overwrite)",
    overwriteHint: "Unchecked: the earlier file, or the scores already received, are kept.",
    picked: (count) => `Read ${count} ${count === 1 ? "file" : "files"}.`,
    previewHeading: "What each file brings",
    previewNote: "Nothing has been written to the workbook yet.",
    merge: (units) => `Merge the scores of ${units} ${units === 1 ? "unit" : "units"}`,
    nothingToMerge: "No file can be merged.",
    merged: (units) => `Merged the scores of ${units} ${units === 1 ? "unit" : "units"} into the workbook.`,
    changedSince:
      "The workbook changed (perhaps a co-author) after the preview, so nothing was written. Look at the new result below, then merge again.",
    clear: "Remove the chosen files",
    outcome: {
      merge: "Will be merged",
      unchanged: "Nothing new",
      superseded: "Replaced by a later file",
      refused: "Refused",
    },
    counts: (n) =>
      [
        `${n.new} new`,
        `${n.changed} changed`,
        ...(n.cleared > 0 ? [`${n.cleared} emptied`] : []),
        ...(n.notes > 0 ? [`${n.notes} notes`] : []),
      ].join(", "),
    receivedOn: (date) => `received ${date}`,
    change: (code, before, after) => `${code}: ${before} → ${after}`,
    blank: "empty",
    changesLabel: (file) => `Changed scores in ${file}`,
  },
  progress: {
    intro:
      "When the workbook is shared (OneDrive), each unit scores on its own sheet; this table shows how many criteria each unit has scored, its errors, and whether its scores came in on time.",
    refresh: "Show progress",
    refreshing: "Reading the workbook…",
    autoRefresh: "A co-author just changed the workbook: the table was updated.",
    deadline: (date) =>
      date === null
        ? "No deadline for the end-of-period report."
        : `Scores due (end-of-period report): ${date}`,
    tableLabel: "Scoring progress by unit",
    columns: { unit: "Unit", scored: "Scored", errors: "Errors", status: "Scores in" },
    scored: (scored, total) => `${scored}/${total}`,
    errors: (n) => (n === 0 ? "None" : `${n} ${n === 1 ? "error" : "errors"}`),
    status: {
      "on-time": (date) => `On time (${date})`,
      late: (date, days) => `${days} ${days === 1 ? "day" : "days"} late (${date})`,
      received: (date) => `Received (${date})`,
      complete: "Complete, on time so far",
      "complete-undated": "Complete, arrival date not recorded",
      waiting: "Scoring",
      overdue: "Overdue, incomplete",
    },
    totals: (complete, units, onTime, received) =>
      onTime === null
        ? `${complete}/${units} units complete; ${received} have sent their scores.`
        : `${complete}/${units} units complete; ${onTime} on time.`,
    record: (count) => `Record today as the arrival date for ${count} complete units`,
    recorded: (count) => `Recorded the arrival date for ${count} units.`,
    recordHint:
      "Scores typed straight into the shared workbook have no arrival date yet: select this to record today for the complete units.",
  },
};

/** The collect steps' text in the pane's language. */
export function collectPaneText(language: "vi" | "en"): CollectPaneText {
  return language === "en" ? collectEn : collectVi;
}
