/**
 * Every text the task pane shows, Vietnamese first. English is used only when Office's display
 * language is English (a union officer's Excel is normally Vietnamese or English).
 * Pure: no host globals; the pane passes the language in.
 */

import { tieBreakRuleText } from "./awards";

export type PaneLanguage = "vi" | "en";

export interface PaneText {
  readonly language: PaneLanguage;
  /** Decimal separator for points shown in the pane. */
  readonly decimalSeparator: "," | ".";
  readonly appTitle: string;
  readonly loading: string;
  readonly stepsLabel: string;
  readonly steps: {
    readonly setup: string;
    readonly check: string;
    readonly summary: string;
    readonly proposal: string;
    readonly collect: string;
    readonly progress: string;
    readonly convert: string;
  };
  /** Headings of the collect steps (their own text is in messages/collect.ts, loaded with them). */
  readonly collectHeadings: { readonly collect: string; readonly progress: string };
  readonly common: {
    readonly cancel: string;
    readonly retry: string;
    readonly working: string;
    readonly cancelling: string;
    readonly cancelled: string;
    readonly progress: (percent: number) => string;
    readonly points: (shown: string) => string;
    readonly award: { readonly leading: string; readonly excellent: string };
    readonly dismiss: string;
  };
  readonly errors: {
    readonly title: string;
    readonly timeout: (seconds: number) => string;
    readonly cellEdit: string;
    readonly sheetTaken: (name: string) => string;
    readonly sheetChanged: string;
    readonly tooLarge: string;
    readonly noWorkbook: string;
    readonly notXlsx: (name: string) => string;
    readonly sampleMissing: string;
    readonly officeFailed: (detail: string) => string;
    readonly unexpected: (detail: string) => string;
  };
  readonly notices: {
    readonly "functions-unavailable": string;
    readonly "excel-too-old": string;
    readonly "no-merge-reading": string;
    readonly "no-undo-group": string;
    readonly remoteChange: string;
    readonly stale: string;
  };
  readonly browser: {
    readonly intro: string;
    readonly openFile: string;
    readonly fileInputLabel: string;
    readonly dropZone: string;
    readonly dropHint: string;
    readonly openSample: string;
    readonly download: string;
    readonly current: (name: string) => string;
    readonly none: string;
    readonly opened: (name: string) => string;
  };
  readonly setup: {
    readonly heading: string;
    readonly intro: string;
    readonly introBrowser: string;
    readonly preset: string;
    readonly clusterName: string;
    readonly clusterNameHint: string;
    readonly year: string;
    readonly schoolYear: string;
    readonly periodHint: (label: string) => string;
    readonly yearInvalid: string;
    readonly units: string;
    readonly unitsHint: string;
    readonly unitsCount: (count: number) => string;
    readonly unitsEmpty: string;
    readonly fillMembers: string;
    readonly unitLineProblem: (line: number, reason: string) => string;
    readonly unitTypeInvalid: (shown: string) => string;
    readonly unitDuplicate: (code: string) => string;
    readonly unitNoName: string;
    readonly head: string;
    readonly deputy: string;
    readonly notChosen: string;
    readonly headIsDeputy: string;
    readonly sampleScores: string;
    readonly create: string;
    readonly created: string;
    readonly createdBrowser: string;
  };
  readonly check: {
    readonly heading: string;
    readonly intro: string;
    readonly run: string;
    readonly rerun: string;
    readonly counts: (errors: number, warnings: number) => string;
    readonly none: string;
    readonly severity: { readonly error: string; readonly warning: string };
    readonly general: string;
    readonly unit: (code: string, name: string | null) => string;
    readonly selectCell: (where: string) => string;
    readonly cellOnly: (where: string) => string;
    readonly blocked: string;
  };
  readonly summary: {
    readonly heading: string;
    readonly intro: string;
    readonly generate: string;
    readonly regenerate: string;
    readonly progress: string;
    readonly written: (sheet: string) => string;
    readonly renamed: (sheet: string) => string;
    readonly blocked: string;
    readonly openSheet: string;
    readonly download: string;
    readonly chartTitle: (cluster: string) => string;
    readonly legend: string;
    readonly legendLabels: {
      readonly leading: string;
      readonly excellent: string;
      readonly none: string;
      readonly excluded: string;
      readonly tie: string;
    };
    readonly bar: (rank: number, name: string, points: string, status: string) => string;
    /** A bar's spoken text followed by the unit's tie-break note. */
    readonly barWithNote: (bar: string, note: string) => string;
  };
  readonly proposal: {
    readonly heading: string;
    readonly intro: string;
    readonly compute: string;
    readonly needResult: string;
    readonly quota: (leading: number, excellent: number) => string;
    readonly leading: string;
    readonly excellent: string;
    readonly noneYet: string;
    readonly blocked: string;
    readonly tieTitle: (award: string, places: number) => string;
    readonly tieIntro: (points: string) => string;
    readonly tieSettled: string;
    /** Heading over the ties the cluster's tie-break order decided (no vote needed). */
    readonly tieBreaksTitle: string;
    readonly tieBreakRule: (rule: "appraisedTotal" | "mainSection" | "fewerDeductions") => string;
    /** One decided tie: names, the shared total ("89,25 điểm"), the award, who is above, the figures. */
    readonly tieBreak: (p: {
      readonly units: readonly string[];
      readonly total: string;
      readonly award: string;
      readonly ahead: readonly string[];
      readonly rule: string;
      readonly aheadValues: readonly string[];
      readonly behindValues: readonly string[];
    }) => string;
    readonly votesFor: (name: string) => string;
    readonly votesInvalid: string;
    readonly saveVotes: string;
    readonly votesSaved: string;
    readonly votesNotDecisive: string;
    readonly openTies: (count: number) => string;
    readonly generate: string;
    readonly written: (sheet: string) => string;
    readonly renamed: (sheet: string) => string;
    readonly openSheet: string;
    readonly download: string;
  };
  /** "Chuyển mã": legacy text (TCVN3, VNI) to Unicode, with a preview. */
  readonly convert: {
    readonly heading: string;
    readonly intro: string;
    readonly introBrowser: string;
    readonly scope: string;
    readonly scopeSelection: string;
    readonly scopeWorkbook: string;
    readonly encoding: string;
    readonly encodingAuto: string;
    readonly encodingHint: string;
    readonly preview: string;
    readonly previewAgain: string;
    readonly selection: (address: string) => string;
    readonly found: (cells: number) => string;
    readonly count: (sheet: string, cells: number, encoding: string) => string;
    readonly none: string;
    readonly tableCaption: string;
    readonly columns: { readonly cell: string; readonly before: string; readonly after: string };
    readonly byText: string;
    readonly more: (cells: number) => string;
    readonly apply: (cells: number) => string;
    readonly applied: (cells: number, font: string) => string;
    readonly skipped: (cells: number) => string;
    readonly appliedBrowser: string;
  };
}

const vi: PaneText = {
  language: "vi",
  decimalSeparator: ",",
  appTitle: "Thi Đua — cụm thi đua",
  loading: "Đang tải…",
  stepsLabel: "Các bước",
  steps: {
    setup: "1. Thiết lập",
    check: "2. Kiểm tra",
    summary: "3. Tổng hợp",
    proposal: "4. Đề nghị khen thưởng",
    collect: "5. Thu thập điểm",
    progress: "6. Tiến độ",
    convert: "Chuyển mã",
  },
  collectHeadings: { collect: "Thu thập điểm tự chấm", progress: "Tiến độ chấm điểm của các đơn vị" },
  common: {
    cancel: "Hủy",
    retry: "Thử lại",
    working: "Đang xử lý…",
    cancelling: "Đang dừng…",
    cancelled: "Đã hủy theo yêu cầu. Sổ làm việc giữ nguyên như trước.",
    progress: (percent) => `Đã xong ${percent}%`,
    points: (shown) => `${shown} điểm`,
    award: { leading: "Dẫn đầu", excellent: "Xuất sắc" },
    dismiss: "Đóng",
  },
  errors: {
    title: "Chưa làm được",
    timeout: (seconds) =>
      `Excel chưa trả lời sau ${seconds} giây (sổ làm việc có thể đang bận hoặc mạng chậm). Hãy bấm "Thử lại".`,
    cellEdit: 'Một ô đang được sửa trong Excel. Hãy nhấn Enter hoặc Esc để xong ô đó, rồi bấm "Thử lại".',
    sheetTaken: (name) => `Đã có trang tính "${name}" không do Thi Đua tạo, nên không ghi đè lên nó.`,
    sheetChanged:
      'Sổ làm việc vừa bị thay đổi (có thể do người cùng sửa) trong lúc ghi. Hãy bấm "Thử lại" để làm lại với dữ liệu mới.',
    tooLarge: "Dữ liệu quá lớn để gửi cho Excel trong một lần, kể cả khi đã chia nhỏ.",
    noWorkbook: "Chưa mở sổ làm việc nào. Hãy mở một tệp .xlsx, kéo thả tệp vào, hoặc bấm «Mở tệp mẫu».",
    notXlsx: (name) => `Tệp "${name}" không phải sổ làm việc .xlsx đọc được.`,
    sampleMissing: "Không tải được tệp mẫu từ máy chủ; đã tạo một sổ làm việc mẫu ngay trong trình duyệt.",
    officeFailed: (detail) => `Excel báo lỗi: ${detail}`,
    unexpected: (detail) => `Có lỗi không mong đợi: ${detail}`,
  },
  notices: {
    "functions-unavailable":
      "Các hàm THIDUA.* chưa dùng được trong Excel này (cần hàm tùy chỉnh chạy chung với ngăn tác vụ). Bảng tổng hợp vẫn dùng công thức có sẵn của Excel nên số liệu vẫn đúng.",
    "excel-too-old":
      "Phiên bản Excel này quá cũ cho Thi Đua (cần ExcelApi 1.9: Microsoft 365, Excel 2021 trở lên hoặc Excel trên web). Hãy cập nhật Excel, hoặc mở ngăn này trong trình duyệt và làm việc với tệp .xlsx.",
    "no-merge-reading":
      "Excel này chưa đọc được vùng ô gộp (cần ExcelApi 1.13): ô gộp trong vùng điểm sẽ không được phát hiện.",
    "no-undo-group":
      "Excel này chưa gộp được một thao tác thành một bước hoàn tác (cần ExcelApi 1.20): hoàn tác có thể phải bấm nhiều lần.",
    remoteChange: "Người cùng sửa vừa thay đổi sổ làm việc: bảng tổng hợp có thể đã cũ. Hãy tạo lại.",
    stale: "Dữ liệu đã thay đổi sau lần tạo bảng tổng hợp gần nhất. Hãy tạo lại.",
  },
  browser: {
    intro:
      "Đang chạy ngoài Excel: mở tệp .xlsx của cụm (hoặc tệp mẫu), làm các bước, rồi tải kết quả về máy.",
    openFile: "Mở tệp .xlsx…",
    fileInputLabel: "Chọn tệp .xlsx của cụm",
    dropZone: "Vùng thả tệp .xlsx",
    dropHint: "hoặc kéo thả tệp .xlsx vào đây",
    openSample: "Mở tệp mẫu",
    download: "Tải xuống",
    current: (name) => `Đang mở: ${name}`,
    none: "Chưa mở tệp nào.",
    opened: (name) => `Đã mở "${name}".`,
  },
  setup: {
    heading: "Thiết lập sổ làm việc của cụm",
    intro:
      "Tạo các trang tính của cụm từ một hệ thống có sẵn: cấu hình, bảng tiêu chí, danh sách đơn vị và một trang chấm điểm cho mỗi đơn vị.",
    introBrowser: "Tạo một sổ làm việc mới trong trình duyệt; bấm «Tải xuống» để lưu về máy.",
    preset: "Hệ thống thi đua",
    clusterName: "Tên cụm",
    clusterNameHint: "Để trống để dùng tên cụm của hệ thống đã chọn.",
    year: "Năm",
    schoolYear: "Năm học (năm bắt đầu)",
    periodHint: (label) => `Kỳ thi đua: ${label}`,
    yearInvalid: "Năm phải là số từ 2000 đến 2100.",
    units: "Danh sách đơn vị",
    unitsHint:
      "Dán từ Excel, mỗi dòng một đơn vị: Mã, Tên, Loại (trực tiếp / phối hợp), Cụm — cách nhau bằng Tab. Chỉ có tên cũng được: mã sẽ tự đặt.",
    unitsCount: (count) => `${count} đơn vị`,
    unitsEmpty: "Cần ít nhất một đơn vị.",
    fillMembers: "Điền các đơn vị có sẵn trong hệ thống",
    unitLineProblem: (line, reason) => `Dòng ${line}: ${reason}`,
    unitTypeInvalid: (shown) => `loại "${shown}" không rõ (ghi "trực tiếp" hoặc "phối hợp")`,
    unitDuplicate: (code) => `mã "${code}" bị trùng`,
    unitNoName: "thiếu tên đơn vị",
    head: "Cụm trưởng",
    deputy: "Cụm phó",
    notChosen: "(chưa chọn)",
    headIsDeputy: "Cụm trưởng và cụm phó phải là hai đơn vị khác nhau.",
    sampleScores: "Điền điểm mẫu để dùng thử",
    create: "Tạo sổ làm việc",
    created: "Đã tạo các trang tính của cụm.",
    createdBrowser: "Đã tạo sổ làm việc mới. Bấm «Tải xuống» để lưu về máy.",
  },
  check: {
    heading: "Kiểm tra sổ làm việc",
    intro: "Đọc toàn bộ sổ làm việc và liệt kê lỗi, cảnh báo theo từng đơn vị.",
    run: "Kiểm tra",
    rerun: "Kiểm tra lại",
    counts: (errors, warnings) => `${errors} lỗi, ${warnings} cảnh báo`,
    none: "Không có lỗi hay cảnh báo nào.",
    severity: { error: "Lỗi", warning: "Cảnh báo" },
    general: "Chung (không thuộc riêng đơn vị nào)",
    unit: (code, name) => (name === null ? code : `${code} — ${name}`),
    selectCell: (where) => `Chọn ô ${where}`,
    cellOnly: (where) => `Ô ${where}`,
    blocked: "Còn lỗi nên chưa tạo được bảng tổng hợp: sửa các lỗi rồi kiểm tra lại.",
  },
  summary: {
    heading: "Bảng tổng hợp kết quả chấm điểm",
    intro:
      "Tính tổng điểm, xếp hạng, xếp loại và đề xuất khen thưởng; ghi trang tổng hợp bằng công thức Excel.",
    generate: "Tạo bảng tổng hợp",
    regenerate: "Tạo lại bảng tổng hợp",
    progress: "Đang tổng hợp…",
    written: (sheet) => `Đã ghi trang "${sheet}".`,
    renamed: (sheet) =>
      `Tên trang quen thuộc đã có trang của người dùng, nên kết quả được ghi sang "${sheet}".`,
    blocked: "Sổ làm việc còn lỗi nên chưa tạo được bảng tổng hợp — xem bước Kiểm tra.",
    openSheet: "Mở trang tổng hợp",
    download: "Tải sổ làm việc về",
    chartTitle: (cluster) => `Xếp hạng — ${cluster}`,
    legend: "Chú giải màu",
    legendLabels: {
      leading: "Dẫn đầu",
      excellent: "Xuất sắc",
      none: "Không đề nghị",
      excluded: "Không xét thi đua",
      tie: "Đồng điểm, chờ bỏ phiếu",
    },
    bar: (rank, name, points, status) => `Hạng ${rank}: ${name}, ${points}, ${status}`,
    barWithNote: (bar, note) => `${bar}. ${note}`,
  },
  proposal: {
    heading: "Đề nghị khen thưởng",
    intro: "Đơn vị dẫn đầu và đơn vị xuất sắc trong chỉ tiêu của từng cụm.",
    compute: "Tính đề nghị",
    needResult: "Chưa có kết quả: bấm «Tính đề nghị» để đọc sổ làm việc.",
    quota: (leading, excellent) => `Chỉ tiêu: ${leading} dẫn đầu, ${excellent} xuất sắc`,
    leading: "Đơn vị dẫn đầu",
    excellent: "Đơn vị xuất sắc",
    noneYet: "Chưa có",
    blocked: "Sổ làm việc còn lỗi nên chưa đề nghị được — xem bước Kiểm tra.",
    tieTitle: (award, places) => `Đồng điểm ở ranh giới chỉ tiêu: ${places} suất ${award}`,
    tieIntro: (points) =>
      `Các đơn vị dưới đây bằng điểm nhau (${points}) kể cả sau các tiêu chí phụ. Nhập số phiếu bầu của hội nghị để phân định.`,
    tieSettled: "Đã phân định bằng số phiếu.",
    tieBreaksTitle: "Bằng điểm, đã phân định theo thứ tự xét khi bằng điểm",
    tieBreakRule: (rule) => tieBreakRuleText(rule),
    tieBreak: (p) =>
      `${p.units.join(", ")} cùng ${p.total}, tranh suất ${p.award.toLowerCase()}: ${p.ahead.join(", ")} ` +
      `được xếp trên ${p.rule} (${p.aheadValues.join("; ")} so với ${p.behindValues.join("; ")}).`,
    votesFor: (name) => `Số phiếu cho ${name}`,
    votesInvalid: "Số phiếu phải là số nguyên, không âm.",
    saveVotes: "Ghi số phiếu",
    votesSaved: "Đã ghi số phiếu vào sổ làm việc.",
    votesNotDecisive:
      "Số phiếu này chưa phân định được (đơn vị được chọn cần quá tỷ lệ số đơn vị thành viên và nhiều phiếu hơn đơn vị kế tiếp).",
    openTies: (count) => `Còn ${count} chỗ đồng điểm chưa phân định: tờ trình sẽ để trống các suất đó.`,
    generate: "Tạo tờ trình đề nghị",
    written: (sheet) => `Đã ghi trang "${sheet}", sẵn sàng để in.`,
    renamed: (sheet) =>
      `Tên trang quen thuộc đã có trang của người dùng, nên tờ trình được ghi sang "${sheet}".`,
    openSheet: "Mở tờ trình",
    download: "Tải sổ làm việc về",
  },
  convert: {
    heading: "Chuyển mã chữ cũ sang Unicode",
    intro:
      "Chuyển chữ gõ bằng bảng mã cũ TCVN3 (ABC, phông .Vn…) hoặc VNI-Windows (phông VNI-…) sang Unicode. Ô dùng phông mã cũ được chuyển theo phông; ô khác chỉ được chuyển khi chữ chắc chắn là mã cũ. Xem trước rồi mới ghi; ô đã chuyển được đặt phông Times New Roman.",
    introBrowser:
      "Chuyển chữ gõ bằng bảng mã cũ TCVN3 (ABC, phông .Vn…) hoặc VNI-Windows (phông VNI-…) sang Unicode, trong cả sổ làm việc. Ô dùng phông mã cũ được chuyển theo phông; ô khác chỉ được chuyển khi chữ chắc chắn là mã cũ.",
    scope: "Phạm vi",
    scopeSelection: "Vùng đang chọn",
    scopeWorkbook: "Cả sổ làm việc",
    encoding: "Bảng mã nguồn",
    encodingAuto: "Tự nhận biết (theo phông và chữ)",
    encodingHint: "Chỉ chọn bảng mã khi chắc chắn: mọi chữ trong vùng chọn sẽ được đọc theo bảng mã đó.",
    preview: "Xem trước",
    previewAgain: "Xem trước lại",
    selection: (address) => `Vùng: ${address}`,
    found: (cells) => `Có ${cells} ô sẽ được chuyển.`,
    count: (sheet, cells, encoding) => `Trang «${sheet}»: ${cells} ô từ ${encoding}`,
    none: "Không có ô nào gõ bằng bảng mã cũ cần chuyển.",
    tableCaption: "Các ô sẽ được chuyển: chữ trước và sau khi chuyển",
    columns: { cell: "Ô", before: "Trước", after: "Sau" },
    byText: "nhận ra theo chữ (ô không dùng phông mã cũ): hãy xem kỹ",
    more: (cells) => `… và ${cells} ô khác.`,
    apply: (cells) => `Chuyển mã ${cells} ô`,
    applied: (cells, font) => `Đã chuyển ${cells} ô sang Unicode, phông ${font}.`,
    skipped: (cells) => `${cells} ô đã thay đổi sau khi xem trước nên được giữ nguyên.`,
    appliedBrowser: "Bấm «Tải xuống» để lưu sổ làm việc đã chuyển mã về máy.",
  },
};

const en: PaneText = {
  language: "en",
  decimalSeparator: ".",
  appTitle: "Thi Đua — emulation cluster",
  loading: "Loading…",
  stepsLabel: "Steps",
  steps: {
    setup: "1. Set up",
    check: "2. Check",
    summary: "3. Summary",
    proposal: "4. Award proposal",
    collect: "5. Collect scores",
    progress: "6. Progress",
    convert: "Legacy text",
  },
  collectHeadings: { collect: "Collect the self-scores", progress: "The units' scoring progress" },
  common: {
    cancel: "Cancel",
    retry: "Try again",
    working: "Working…",
    cancelling: "Stopping…",
    cancelled: "Cancelled. The workbook is as it was.",
    progress: (percent) => `${percent}% done`,
    points: (shown) => `${shown} points`,
    award: { leading: "Leading", excellent: "Excellent" },
    dismiss: "Dismiss",
  },
  errors: {
    title: "Could not finish",
    timeout: (seconds) =>
      `Excel did not answer within ${seconds} seconds (the workbook may be busy or the network slow). Select "Try again".`,
    cellEdit: 'A cell is being edited in Excel. Press Enter or Esc to finish it, then select "Try again".',
    sheetTaken: (name) => `A sheet named "${name}" exists and was not made by Thi Đua, so it was left alone.`,
    sheetChanged:
      'The workbook changed while writing (perhaps a co-author). Select "Try again" to redo it with the new data.',
    tooLarge: "The data is too large to send to Excel, even in chunks.",
    noWorkbook: "No workbook is open. Open an .xlsx file, drop one here, or select “Open the sample”.",
    notXlsx: (name) => `"${name}" is not a readable .xlsx workbook.`,
    sampleMissing: "The sample file could not be fetched; a sample workbook was made in the browser instead.",
    officeFailed: (detail) => `Excel reported an error: ${detail}`,
    unexpected: (detail) => `Unexpected error: ${detail}`,
  },
  notices: {
    "functions-unavailable":
      "The THIDUA.* functions are not available in this Excel (custom functions with a shared runtime are needed). The summary sheet uses Excel's built-in formulas, so its figures are still right.",
    "excel-too-old":
      "This version of Excel is too old for Thi Đua (ExcelApi 1.9 is needed: Microsoft 365, Excel 2021 or later, or Excel on the web). Update Excel, or open this pane in a browser and work on an .xlsx file.",
    "no-merge-reading":
      "This Excel cannot read merged areas (ExcelApi 1.13 is needed): merged cells in the score area will not be detected.",
    "no-undo-group":
      "This Excel cannot group an action into one undo step (ExcelApi 1.20 is needed): undo may take several steps.",
    remoteChange: "A co-author just changed the workbook: the summary may be out of date. Generate it again.",
    stale: "The data changed after the summary was last generated. Generate it again.",
  },
  browser: {
    intro:
      "Running outside Excel: open the cluster's .xlsx file (or the sample), do the steps, then download the result.",
    openFile: "Open .xlsx file…",
    fileInputLabel: "Choose the cluster's .xlsx file",
    dropZone: "Drop zone for an .xlsx file",
    dropHint: "or drop an .xlsx file here",
    openSample: "Open the sample",
    download: "Download",
    current: (name) => `Open: ${name}`,
    none: "No file is open.",
    opened: (name) => `Opened "${name}".`,
  },
  setup: {
    heading: "Set up the cluster workbook",
    intro:
      "Creates the cluster's sheets from a ready-made system: configuration, criteria table, unit list and one scoring sheet per unit.",
    introBrowser: "Creates a new workbook in the browser; select “Download” to save it.",
    preset: "Emulation system",
    clusterName: "Cluster name",
    clusterNameHint: "Leave empty to use the system's cluster name.",
    year: "Year",
    schoolYear: "School year (first year)",
    periodHint: (label) => `Period: ${label}`,
    yearInvalid: "The year must be a number from 2000 to 2100.",
    units: "Member units",
    unitsHint:
      "Paste from Excel, one unit per line: Code, Name, Type (trực tiếp / phối hợp), Cluster — separated by tabs. Names alone are fine: codes are made up.",
    unitsCount: (count) => `${count} ${count === 1 ? "unit" : "units"}`,
    unitsEmpty: "At least one unit is needed.",
    fillMembers: "Fill in the system's own member units",
    unitLineProblem: (line, reason) => `Line ${line}: ${reason}`,
    unitTypeInvalid: (shown) => `unknown type "${shown}" (write "trực tiếp" or "phối hợp")`,
    unitDuplicate: (code) => `code "${code}" is repeated`,
    unitNoName: "the unit's name is missing",
    head: "Head unit (cụm trưởng)",
    deputy: "Deputy unit (cụm phó)",
    notChosen: "(not chosen)",
    headIsDeputy: "The head and the deputy must be different units.",
    sampleScores: "Fill in sample scores to try it out",
    create: "Create the workbook",
    created: "The cluster's sheets were created.",
    createdBrowser: "A new workbook was created. Select “Download” to save it.",
  },
  check: {
    heading: "Check the workbook",
    intro: "Reads the whole workbook and lists errors and warnings by unit.",
    run: "Check",
    rerun: "Check again",
    counts: (errors, warnings) =>
      `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`,
    none: "No errors or warnings.",
    severity: { error: "Error", warning: "Warning" },
    general: "General (not about one unit)",
    unit: (code, name) => (name === null ? code : `${code} — ${name}`),
    selectCell: (where) => `Select cell ${where}`,
    cellOnly: (where) => `Cell ${where}`,
    blocked: "There are errors, so the summary cannot be generated yet: fix them and check again.",
  },
  summary: {
    heading: "Summary of the scores",
    intro: "Totals, ranks, classification and proposed awards; the summary sheet uses Excel formulas.",
    generate: "Generate the summary",
    regenerate: "Generate the summary again",
    progress: "Summarizing…",
    written: (sheet) => `Wrote the sheet "${sheet}".`,
    renamed: (sheet) => `A sheet of yours has the usual name, so the result went to "${sheet}".`,
    blocked: "The workbook has errors, so the summary cannot be generated — see the Check step.",
    openSheet: "Open the summary sheet",
    download: "Download the workbook",
    chartTitle: (cluster) => `Ranking — ${cluster}`,
    legend: "Colour key",
    legendLabels: {
      leading: "Leading",
      excellent: "Excellent",
      none: "No award",
      excluded: "Not considered",
      tie: "Tied, awaiting a vote",
    },
    bar: (rank, name, points, status) => `Rank ${rank}: ${name}, ${points}, ${status}`,
    barWithNote: (bar, note) => `${bar}. ${note}`,
  },
  proposal: {
    heading: "Award proposal",
    intro: "The leading and excellent units within each cluster's quota.",
    compute: "Work out the proposal",
    needResult: "No result yet: select “Work out the proposal” to read the workbook.",
    quota: (leading, excellent) => `Quota: ${leading} leading, ${excellent} excellent`,
    leading: "Leading unit",
    excellent: "Excellent units",
    noneYet: "None yet",
    blocked: "The workbook has errors, so no proposal can be made — see the Check step.",
    tieTitle: (award, places) => `Tie at the quota: ${places} place(s) for ${award}`,
    tieIntro: (points) =>
      `These units have equal scores (${points}) even after the tie-break criteria. Enter the conference's vote counts to settle it.`,
    tieSettled: "Settled by the vote.",
    tieBreaksTitle: "Ties settled by the cluster's tie-break order",
    tieBreakRule: (rule) =>
      rule === "appraisedTotal"
        ? "by the appraised score"
        : rule === "mainSection"
          ? "by the main section's score"
          : "by fewer deduction points",
    tieBreak: (p) =>
      `${p.units.join(", ")} tied on ${p.total} for the ${p.award.toLowerCase()} place: ${p.ahead.join(", ")} ` +
      `placed above ${p.rule} (${p.aheadValues.join("; ")} against ${p.behindValues.join("; ")}).`,
    votesFor: (name) => `Votes for ${name}`,
    votesInvalid: "Vote counts must be whole numbers, not negative.",
    saveVotes: "Record the votes",
    votesSaved: "The votes were recorded in the workbook.",
    votesNotDecisive:
      "These votes do not settle it (the chosen unit needs more than the required share of member units and more votes than the next).",
    openTies: (count) => `${count} tie(s) are not settled: the recommendation leaves those places open.`,
    generate: "Generate the recommendation",
    written: (sheet) => `Wrote the sheet "${sheet}", ready to print.`,
    renamed: (sheet) => `A sheet of yours has the usual name, so the recommendation went to "${sheet}".`,
    openSheet: "Open the recommendation",
    download: "Download the workbook",
  },
  convert: {
    heading: "Legacy Vietnamese text to Unicode",
    intro:
      "Converts text typed in the legacy TCVN3 (ABC, .Vn… fonts) or VNI-Windows (VNI-… fonts) encodings to Unicode. Cells in a legacy font convert by their font; other cells only when the text is surely legacy. Preview first; converted cells get Times New Roman.",
    introBrowser:
      "Converts text typed in the legacy TCVN3 (ABC, .Vn… fonts) or VNI-Windows (VNI-… fonts) encodings to Unicode, in the whole workbook. Cells in a legacy font convert by their font; other cells only when the text is surely legacy.",
    scope: "Scope",
    scopeSelection: "Selected cells",
    scopeWorkbook: "Whole workbook",
    encoding: "Source encoding",
    encodingAuto: "Detect (from fonts and text)",
    encodingHint: "Choose an encoding only when sure: all text in the selection is read in it.",
    preview: "Preview",
    previewAgain: "Preview again",
    selection: (address) => `Selection: ${address}`,
    found: (cells) => `${cells} cells will be converted.`,
    count: (sheet, cells, encoding) => `Sheet "${sheet}": ${cells} cells from ${encoding}`,
    none: "No cell holds legacy-encoded text to convert.",
    tableCaption: "Cells to convert: the text before and after",
    columns: { cell: "Cell", before: "Before", after: "After" },
    byText: "recognised from the text (no legacy font): check it",
    more: (cells) => `… and ${cells} more cells.`,
    apply: (cells) => `Convert ${cells} cells`,
    applied: (cells, font) => `Converted ${cells} cells to Unicode, font ${font}.`,
    skipped: (cells) => `${cells} cells changed after the preview and were left alone.`,
    appliedBrowser: "Click «Download» to save the converted workbook.",
  },
};

/**
 * The pane's text for Office's display language ("vi-VN", "en-US" …): English only for English,
 * Vietnamese for everything else.
 *
 * @example paneTextFor("en-GB").steps.setup === "1. Set up"
 */
export function paneTextFor(displayLanguage: string | null | undefined): PaneText {
  return displayLanguage !== null && displayLanguage !== undefined && /^en\b/i.test(displayLanguage)
    ? en
    : vi;
}
