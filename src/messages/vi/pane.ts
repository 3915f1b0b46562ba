/** The pane's Vietnamese text. */
import { vi as diagnostics } from "./diagnostics";
import type { PaneText } from "../pane";

/** The presets as the Set up step describes them. */
const PRESET_DESCRIPTIONS: Readonly<Record<string, string>> = {
  "kon-tum":
    "Hướng dẫn của Ban Thường vụ LĐLĐ tỉnh Kon Tum: 100 điểm = 90 điểm tự chấm + 10 điểm các ban LĐLĐ tỉnh chấm; không xét đơn vị có lãnh đạo chủ chốt bị kỷ luật, không đăng ký và ký giao ước, không gửi báo cáo; mỗi cụm 01 Bằng khen dẫn đầu và 01 Bằng khen xuất sắc, Cụm các Ngân hàng 01 + 02.",
  "thu-duc-1":
    "Năm dương lịch; chấm 100 điểm trên bảng điểm, không có điểm các ban; đăng ký thi đua trước tuần thứ 4 của tháng 3, báo cáo và bảng tự chấm điểm gửi Cụm trưởng trước ngày 20/10 (số liệu đến 15/10), kết quả Cụm gửi LĐLĐ thành phố trước ngày 01/11.",
  "thanh-hoa-5":
    "Năm học (ví dụ 2021 – 2022); sơ kết học kỳ I vào tháng 12, tổng kết năm học vào tháng 6; báo cáo sơ kết gửi Cụm trưởng trước ngày 10/12, báo cáo tổng kết và bảng tự chấm điểm trước ngày 31/5.",
  "bien-gioi-phia-bac":
    "Thành viên là LĐLĐ các tỉnh; đăng ký thi đua với Trưởng Cụm trong tháng 1, Trưởng Cụm đăng ký với Tổng Liên đoàn trong tháng 2; báo cáo sơ kết 15/5 – 15/6; tự chấm điểm, thẩm định, bình xét 01/11 – 25/12; tờ trình khen thưởng gửi Tổng Liên đoàn đến 30/3 năm sau.",
};

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/** A share as a percentage, as this language writes it: 2/3 → "66,67 %". */
const percent = (share: number): string => `${String(Math.round(share * 10000) / 100).replace(".", ",")} %`;

export const vi: PaneText = {
  language: "vi",
  diagnostics,
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
    presetName: (_id, name) => name,
    presetDescription: (id) => PRESET_DESCRIPTIONS[id] ?? "",
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
    tieBreakRule: (rule) => diagnostics.tieBreakRule(rule),
    tieBreak: (p) =>
      `${p.units.join(", ")} cùng ${p.total}, tranh suất ${p.award.toLowerCase()}: ${p.ahead.join(", ")} ` +
      `được xếp trên ${p.rule} (${p.aheadValues.join("; ")} so với ${p.behindValues.join("; ")}).`,
    passedOverTitle: "Không đề nghị vì xếp loại chưa đạt",
    votesFor: (name) => `Số phiếu cho ${name}`,
    votesInvalid: (reason, voters) => capitalize(diagnostics.voteCountReason(reason, voters)),
    votesNeeded: (voting) =>
      `Cụm có ${voting.voters} đơn vị thành viên bỏ phiếu; đơn vị được chọn cần hơn ${percent(voting.passShare)} số phiếu, tức ${diagnostics.votesNeeded(voting)}.`,
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
