/** The pane's Vietnamese text. */
import { formatPoints } from "../../core/decimal";
import type { Points } from "../../core/model";
import { vi as diagnostics } from "./diagnostics";
import { vi as terms } from "./glossary";
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
    "Thành viên là LĐLĐ các tỉnh; đăng ký thi đua với cụm trưởng trong tháng 1, cụm trưởng đăng ký với Tổng Liên đoàn trong tháng 2; báo cáo sơ kết 15/5 – 15/6; tự chấm điểm, thẩm định, bình xét 01/11 – 25/12; tờ trình khen thưởng gửi Tổng Liên đoàn đến 30/3 năm sau.",
};

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/** A share as a percentage, as this language writes it: 2/3 → "66,67 %". */
const percent = (share: number): string => `${String(Math.round(share * 10000) / 100).replace(".", ",")} %`;
const T = Object.fromEntries(Object.entries(terms).map(([k, v]) => [k, v.term])) as {
  readonly [K in keyof typeof terms]: string;
};
const cap = (term: string): string => term.charAt(0).toLocaleUpperCase("vi") + term.slice(1);
const pad2 = (n: number): string => String(n).padStart(2, "0");
const sheetList = (sheets: readonly string[]): string => sheets.map((s) => `«${s}»`).join(", ");

/** Button labels other sentences name. */
const DOWNLOAD = cap(T.download);
const OPEN_SAMPLE = cap(T.openSample);
const SHOW_PROPOSAL = `Xem ${T.proposal}`;

export const vi: PaneText = {
  language: "vi",
  diagnostics,
  terms,
  decimalSeparator: ",",
  appTitle: "Thi Đua — cụm thi đua",
  loading: "Đang tải…",
  stepsLabel: "Các bước",
  guideLink: cap(T.guide),
  moreSteps: (count) => `${count} bước khác`,
  moreStepsShort: (count) => `+${count} bước`,
  clock: (t) => `${pad2(t.hour)}:${pad2(t.minute)} ngày ${pad2(t.day)}/${pad2(t.month)}/${t.year}`,
  steps: {
    setup: "1. Thiết lập",
    check: "5. Kiểm tra",
    summary: "6. Tổng hợp",
    // Short: a narrow pane shows more tabs in its one row; each panel's heading says the step in full.
    proposal: "7. Đề nghị",
    collect: "2. Thu thập",
    progress: "3. Tiến độ",
    convert: cap(T.legacyText),
    appraise: "4. Thẩm định",
  },
  collectHeadings: { collect: `Thu thập ${T.selfScore}`, progress: "Tiến độ chấm điểm của các đơn vị" },
  common: {
    cancel: "Hủy",
    retry: "Thử lại",
    working: "Đang xử lý…",
    cancelling: "Đang dừng…",
    cancelled: `Đã hủy theo yêu cầu. ${cap(T.workbook)} giữ nguyên như trước.`,
    progress: (percent) => `Đã xong ${percent}%`,
    points: (shown) => `${shown} điểm`,
    award: { leading: cap(T.leading), excellent: cap(T.excellent) },
    dismiss: "Đóng",
  },
  errors: {
    title: "Không thực hiện được",
    timeout: (seconds) =>
      `Excel chưa trả lời sau ${seconds} giây (${T.workbook} có thể đang bận hoặc mạng chậm). Hãy bấm «Thử lại».`,
    cellEdit: "Một ô đang được sửa trong Excel. Hãy nhấn Enter hoặc Esc để xong ô đó, rồi bấm «Thử lại».",
    sheetTaken: (name) => `Đã có ${T.sheet} «${name}» không do ${T.product} tạo, nên không ghi đè lên nó.`,
    sheetChanged: `${cap(T.workbook)} vừa bị thay đổi (có thể do người cùng sửa) trong lúc ghi. Hãy bấm «Thử lại» để làm lại với dữ liệu mới.`,
    noWorkbook: `Chưa mở ${T.workbook} nào. Hãy ${T.openFile}, kéo thả tệp vào, hoặc bấm «${OPEN_SAMPLE}».`,
    notXlsx: (name) => `Tệp «${name}» không phải ${T.workbook} .xlsx đọc được.`,
    sampleMissing: `Không tải được tệp mẫu từ máy chủ; đã tạo một ${T.workbook} mẫu ngay trong trình duyệt.`,
    officeFailed: (detail) => `Excel báo lỗi: ${detail}`,
    unexpected: (detail) => `Có lỗi không mong đợi: ${detail}`,
  },
  notices: {
    "functions-unavailable": `Các hàm THIDUA.* chưa dùng được trong Excel này (cần hàm tùy chỉnh chạy chung với ngăn tác vụ). ${cap(T.summarySheet)} ghi số liệu do ${T.product} tính nên vẫn đúng.`,
    "excel-too-old": `Phiên bản Excel này quá cũ cho ${T.product} (cần ExcelApi 1.9: Microsoft 365, Excel 2021 trở lên hoặc Excel trên web). Hãy cập nhật Excel, hoặc mở ngăn này trong trình duyệt và làm việc với tệp .xlsx.`,
    "no-merge-reading":
      "Excel này chưa đọc được vùng ô gộp (cần ExcelApi 1.13): ô gộp trong vùng điểm sẽ không được phát hiện.",
    "no-undo-group":
      "Excel này chưa gộp được một thao tác thành một bước hoàn tác (cần ExcelApi 1.20): hoàn tác có thể phải bấm nhiều lần.",
    remoteChange: `Người cùng sửa vừa thay đổi ${T.workbook}: ${T.summarySheet} và ${T.recommendation} có thể đã cũ.`,
    stale: `Dữ liệu đã thay đổi sau lần tạo ${T.summarySheet} và ${T.recommendation} gần nhất: cả hai đã cũ. Hãy tạo lại cả hai.`,
  },
  browser: {
    intro: `Đang chạy ngoài Excel: ${T.openFile} của cụm (hoặc tệp mẫu), làm các bước, rồi ${T.download} kết quả về máy. Việc đang làm được lưu trong ${T.browserStorage} sau mỗi thay đổi.`,
    openFile: `${cap(T.openFile)}…`,
    fileInputLabel: "Chọn tệp .xlsx của cụm",
    dropZone: "Vùng thả tệp .xlsx",
    dropHint: "hoặc kéo thả tệp .xlsx vào đây",
    openSample: OPEN_SAMPLE,
    download: DOWNLOAD,
    current: (name) => `Tệp đang làm: «${name}»`,
    none: "Chưa mở tệp nào.",
    opened: (name) => `Đã mở «${name}».`,
    notOpened: (failed, still) =>
      still === null
        ? `Tệp «${failed}» không mở được. Chưa mở tệp nào.`
        : `Tệp «${failed}» không mở được; vẫn đang làm trên «${still}».`,
  },
  keep: {
    savedAt: (time) => `Đã lưu trong ${T.browserStorage} lúc ${time}.`,
    notSavedYet: `Chưa lưu trong ${T.browserStorage}.`,
    pending: (p) =>
      p.created && p.sheets.length === 0
        ? `Chưa ${T.download}: ${T.workbook} mới tạo trong trình duyệt.`
        : `Chưa ${T.download}: ${p.created ? `${T.workbook} mới tạo, ` : ""}thay đổi ở ${T.sheet} ${sheetList(p.sheets)}.`,
    nothingPending: `Không có thay đổi nào chưa ${T.download}.`,
    offerTitle: "Có việc đang làm dở từ lần trước",
    offer: (p) =>
      `«${p.fileName}», lưu lúc ${p.savedAt}. ${p.pending}` +
      (p.hasDrafts ? " Số phiếu đang nhập hoặc các tệp đã chọn để gộp cũng được giữ." : ""),
    offerNote: `Mở tệp khác thì việc dở này sẽ bị thay bằng tệp mới.`,
    continue: "Làm tiếp",
    discard: "Bỏ việc dở",
    failure: (reason, detail) => {
      const consequence = `Tải lại trang hoặc đóng thẻ sẽ mất các thay đổi chưa ${T.download}: hãy bấm «${DOWNLOAD}» sau mỗi bước.`;
      switch (reason) {
        case "unavailable":
          return `Trình duyệt không cho lưu việc đang làm (cửa sổ riêng tư, hoặc đã tắt lưu dữ liệu trang web). ${consequence}`;
        case "quota":
          return `${cap(T.browserStorage)} đã đầy nên lần lưu gần nhất không thành. ${consequence}`;
        case "failed":
          return `Không lưu được việc đang làm trong ${T.browserStorage} (${detail}). ${consequence}`;
      }
    },
  },
  setup: {
    heading: `Thiết lập ${T.workbook} của cụm`,
    intro: `Tạo các ${T.sheet} của cụm từ một hệ thống có sẵn: cấu hình, bảng tiêu chí, danh sách đơn vị và một ${T.sheet} chấm điểm cho mỗi đơn vị.`,
    introBrowser: `Tạo một ${T.workbook} mới trong trình duyệt; bấm «${DOWNLOAD}» để lưu về máy.`,
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
    unitTypeInvalid: (shown) => `loại «${shown}» không rõ (ghi «trực tiếp» hoặc «phối hợp»)`,
    unitDuplicate: (code) => `mã «${code}» bị trùng`,
    unitNoName: "thiếu tên đơn vị",
    head: cap(T.head),
    deputy: cap(T.deputy),
    notChosen: "(chưa chọn)",
    headIsDeputy: `${cap(T.head)} và ${T.deputy} phải là hai đơn vị khác nhau.`,
    officersOf: (cluster) => `${cap(T.head)} và ${T.deputy} của «${cluster}»`,
    sampleScores: "Điền điểm mẫu để dùng thử",
    create: `Tạo ${T.workbook}`,
    created: `Đã tạo các ${T.sheet} của cụm.`,
    createdBrowser: `Đã tạo ${T.workbook} mới. Bấm «${DOWNLOAD}» để lưu về máy.`,
  },
  check: {
    heading: `Kiểm tra ${T.workbook}`,
    intro: `Đọc toàn bộ ${T.workbook} và liệt kê lỗi, cảnh báo theo từng đơn vị.`,
    run: "Kiểm tra",
    rerun: "Kiểm tra lại",
    counts: (errors, warnings) => `${errors} lỗi, ${warnings} cảnh báo`,
    none: "Không có lỗi hay cảnh báo nào.",
    severity: { error: "Lỗi", warning: "Cảnh báo" },
    general: "Chung (không thuộc riêng đơn vị nào)",
    unit: (code, name) => (name === null ? code : `${name} (${code})`),
    selectCell: (where) => `Chọn ô ${where}`,
    cellOnly: (where) => `Ô ${where}`,
    blocked: `Còn lỗi nên chưa tạo được ${T.summarySheet}: sửa các lỗi rồi kiểm tra lại.`,
  },
  results: {
    regenerate: "Tạo lại cả hai",
    regenerating: `Đang tạo lại ${T.summarySheet} và ${T.recommendation}…`,
    autoUpdate: "Tự tạo lại khi dữ liệu thay đổi",
    autoUpdateHint: `Mỗi lần ${T.workbook} thay đổi (kể cả người cùng sửa), chờ một lát rồi tạo lại cả hai ${T.sheet}. Chỉ trong lúc ngăn này mở.`,
    regenerated: `Đã tạo lại ${T.summarySheet} và ${T.recommendation} theo dữ liệu mới.`,
  },
  summary: {
    heading: "Bảng tổng hợp kết quả chấm điểm",
    intro: `Tính tổng điểm, xếp hạng, xếp loại và đề xuất khen thưởng; ghi cùng lúc ${T.sheet} «Bảng tổng hợp» và «Đề nghị khen thưởng» bằng số liệu ${T.product} tính (không phải công thức), kèm mã dữ liệu để biết khi nào cần tạo lại.`,
    generate: `Tạo ${T.summarySheet} và ${T.recommendation}`,
    regenerate: `Tạo lại ${T.summarySheet} và ${T.recommendation}`,
    progress: "Đang tổng hợp…",
    written: (sheet) => `Đã ghi ${T.sheet} «${sheet}».`,
    renamed: (sheet) =>
      `Tên ${T.sheet} quen thuộc đã có ${T.sheet} của người dùng, nên kết quả được ghi sang «${sheet}».`,
    blocked: `${cap(T.workbook)} còn lỗi nên chưa tạo được ${T.summarySheet} — xem bước Kiểm tra.`,
    openSheet: `Mở ${T.sheet} tổng hợp`,
    chartTitle: (cluster) => `Xếp hạng — ${cluster}`,
    provisional: (incomplete) =>
      `Xếp hạng tạm thời: ${incomplete} đơn vị còn thiếu điểm, nên thứ hạng và đề nghị của cụm chưa phải bản cuối.`,
    noScores: "chưa có điểm",
    legend: "Chú giải màu",
    legendLabels: {
      leading: cap(T.leading),
      excellent: cap(T.excellent),
      none: "Không đề nghị",
      excluded: cap(T.notConsidered),
      tie: `${cap(T.tie)}, chờ bỏ phiếu`,
    },
    bar: (rank, name, points, status) => `Hạng ${rank}: ${name}, ${points}, ${status}`,
    excludedBecause: (reasons) => `${cap(T.notConsidered)}: ${reasons.join("; ")}`,
    chartNewer: `Biểu đồ theo dữ liệu mới nhất; ${T.sheet} «Bảng tổng hợp» chưa được tạo lại.`,
    barWithNote: (bar, note) => `${bar}. ${note}`,
  },
  dossier: {
    heading: "Hồ sơ đề nghị khen thưởng",
    intro:
      "Tờ trình, danh sách, biên bản họp bình xét và báo cáo tổng kết, bằng Word theo Nghị định 30/2020/NĐ-CP, lấy số liệu từ cùng dữ liệu với «Bảng tổng hợp».",
    meetingTitle: "Cuộc họp bình xét (trang «Họp bình xét»)",
    fields: {
      date: "Ngày họp",
      time: "Giờ bắt đầu",
      place: "Địa điểm họp",
      chair: "Chủ trì",
      secretary: "Thư ký",
      present: "Số đơn vị có mặt",
      issued: "Số phiếu phát ra",
      returned: "Số phiếu thu về",
      valid: "Số phiếu hợp lệ",
      minutesNumber: "Số biên bản",
    },
    dateHint: "ngày/tháng/năm, ví dụ 15/12/2022",
    dateInvalid: "Ghi ngày dạng ngày/tháng/năm.",
    countInvalid: "Ghi số nguyên không âm.",
    loadMeeting: "Đọc thông tin cuộc họp",
    saveMeeting: "Ghi thông tin cuộc họp",
    meetingSaved: "Đã ghi vào trang «Họp bình xét».",
    votesHere:
      "Số phiếu của từng đơn vị bằng điểm ghi ở phần bỏ phiếu phía trên; ngưỡng thông qua ghi ở trang «Cấu hình».",
    votesNeededTitle: "Số phiếu các đơn vị bằng điểm cần",
    candidates: (cluster, units) =>
      `${cluster === null ? "" : `${cluster} — `}Bỏ phiếu giữa ${units.join(", ")}:`,
    checklistTitle: "Danh mục hồ sơ",
    check: "Kiểm tra hồ sơ",
    documents: {
      TTr: "Tờ trình đề nghị khen thưởng (TTr)",
      DS: "Danh sách đơn vị đề nghị khen thưởng (DS)",
      BB: "Biên bản họp bình xét, kết quả bỏ phiếu (BB)",
      BC: "Báo cáo tổng kết (BC)",
    },
    ready: "sẵn sàng",
    notReady: "còn thiếu",
    awardKinds: (kinds) =>
      kinds.length === 0
        ? "Chưa có đơn vị được đề nghị."
        : `Hình thức đề nghị: ${kinds.join("; ")} — cần đủ bốn văn bản trên.`,
    draft: "Lập bản dự thảo (có chữ «DỰ THẢO»), kể cả khi còn thiếu",
    download: "Tải hồ sơ",
    downloaded: (zipName, files, draft) =>
      `Đã tải «${zipName}»${draft ? " (dự thảo)" : ""}: ${files.join(", ")}.`,
  },
  proposal: {
    heading: "Đề nghị khen thưởng",
    intro: `Đơn vị ${T.leading} và đơn vị ${T.excellent} trong ${T.quota} của từng cụm.`,
    compute: SHOW_PROPOSAL,
    needResult: `Chưa có kết quả: bấm «${SHOW_PROPOSAL}» để đọc ${T.workbook}.`,
    quota: (leading, excellent) => `${cap(T.quota)}: ${leading} ${T.leading}, ${excellent} ${T.excellent}`,
    leading: `Đơn vị ${T.leading}`,
    excellent: `Đơn vị ${T.excellent}`,
    noneYet: "Chưa có",
    blocked: `${cap(T.workbook)} còn lỗi nên chưa đề nghị được — xem bước Kiểm tra.`,
    tieTitle: (award, places) => `${cap(T.tie)} ở ranh giới ${T.quota}: ${places} suất ${award}`,
    tieIntro: (points) =>
      `Các đơn vị dưới đây ${T.tie} nhau (${points}) kể cả sau các tiêu chí phụ. Nhập ${T.vote} bầu của hội nghị để phân định.`,
    tieSettled: `Đã phân định bằng ${T.vote}.`,
    tieBreaksTitle: `Đã phân định theo ${T.tieBreakOrder}`,
    tieBreakRule: (rule) => diagnostics.tieBreakRule(rule),
    tieBreakNote: (p) =>
      `Suất ${p.award}: cùng ${p.total} với ${p.others.join(", ")}, ${p.ahead ? "được xếp trên" : "xếp dưới"} ` +
      `${p.rule} (${p.value} so với ${p.otherValues.join("; ")}).`,
    tieBreak: (p) =>
      `${p.units.join(", ")} cùng ${p.total}, tranh suất ${p.award.toLowerCase()}: ${p.ahead.join(", ")} ` +
      `được xếp trên ${p.rule} (${p.aheadValues.join("; ")} so với ${p.behindValues.join("; ")}).`,
    passedOverTitle: "Không đề nghị vì xếp loại chưa đạt",
    votesFor: (name) => `${cap(T.vote)} cho ${name}`,
    votesInvalid: (reason, voters, ofValidVotes) =>
      capitalize(diagnostics.voteCountReason(reason, voters, ofValidVotes)),
    votesNeeded: (voting) =>
      voting.basis === "members"
        ? `Cụm có ${voting.voters} đơn vị thành viên bỏ phiếu; đơn vị được chọn cần hơn ${percent(voting.passShare)} số phiếu, tức ${diagnostics.votesNeeded(voting)}.`
        : voting.needed === null
          ? `Đơn vị được chọn cần hơn ${percent(voting.passShare)} số phiếu hợp lệ của cuộc họp; chưa ghi số phiếu hợp lệ ở trang «Họp bình xét» nên chưa tính được số phiếu cần.`
          : `Cuộc họp có ${voting.base ?? voting.voters} phiếu hợp lệ; đơn vị được chọn cần hơn ${percent(voting.passShare)} số phiếu hợp lệ, tức ${diagnostics.votesNeeded(voting)}.`,
    saveVotes: `Ghi ${T.vote}`,
    votesSaved: `Đã ghi ${T.vote} vào ${T.workbook}.`,
    votesNotDecisive: `${cap(T.vote)} này chưa phân định được (đơn vị được chọn cần đạt ngưỡng thông qua của cụm và nhiều phiếu hơn đơn vị kế tiếp).`,
    openTies: (count) => `Còn ${count} chỗ ${T.tie} chưa phân định: tờ trình sẽ để trống các suất đó.`,
    generate: `Tạo ${T.recommendation} (cùng ${T.summarySheet})`,
    generateOpen: (places) =>
      `Tạo ${T.recommendation} (cùng ${T.summarySheet}), để trống ${places} suất chờ bỏ phiếu`,
    votesRegenerated: `Đã ghi ${T.vote} và tạo lại ${T.summarySheet} cùng ${T.recommendation}.`,
    written: (sheet) => `Đã ghi ${T.sheet} «${sheet}», sẵn sàng để in.`,
    renamed: (sheet) =>
      `Tên ${T.sheet} quen thuộc đã có ${T.sheet} của người dùng, nên tờ trình được ghi sang «${sheet}».`,
    openSheet: "Mở tờ trình",
  },
  appraisal: {
    heading: `Thẩm định ${T.selfScore} của ${T.unit}`,
    intro: `Chọn ${T.unit}, xem từng tiêu chí và nhập ${T.appraisedScore}. ${cap(T.appraisedScore)} khác ${T.selfScore} phải có lý do; minh chứng và giải trình của ${T.unit} ghi kèm. Mỗi lần ghi, các thay đổi được ghi thêm vào ${T.sheet} «Nhật ký».`,
    unit: cap(T.unit),
    noUnits: `Sổ làm việc chưa có ${T.sheet} chấm điểm của ${T.unit} nào.`,
    scores: (max, self) =>
      `Tối đa ${formatPoints(max)} · Tự chấm ${self === null ? "(chưa có)" : formatPoints(self)}`,
    appraised: (c) => `${cap(T.appraisedScore)} ${c}`,
    reason: (c) => `Lý do điều chỉnh ${c}`,
    evidence: (c) => `Minh chứng ${c} (đường dẫn hoặc tên văn bản)`,
    explanation: (c) => `Giải trình của ${T.unit} ${c}`,
    refusal: (r) =>
      r.kind === "reason-missing"
        ? `${cap(T.appraisedScore)} khác ${T.selfScore}: cần ghi lý do.`
        : r.kind === "above-max"
          ? `Vượt điểm tối đa ${formatPoints(r.max)}.`
          : r.kind === "negative"
            ? "Điểm không được âm."
            : `«${r.shown}» không phải số điểm (ví dụ 7,5).`,
    difference: (d) => `Chênh lệch ${d > 0 ? "+" : d < 0 ? "−" : ""}${formatPoints(Math.abs(d) as Points)}`,
    totals: (self, final, d, changed) =>
      `Tổng ${T.selfScore} ${formatPoints(self)} · sau thẩm định ${formatPoints(final)} · chênh lệch ${d > 0 ? "+" : d < 0 ? "−" : ""}${formatPoints(Math.abs(d) as Points)} (${changed} tiêu chí được điều chỉnh)`,
    save: "Ghi thẩm định",
    saved: (n) => `Đã ghi ${n} thay đổi vào ${T.sheet} của ${T.unit} và ${T.sheet} «Nhật ký».`,
    unchanged: "Không có thay đổi nào để ghi.",
    fixFirst: (n) => `Còn ${n} tiêu chí cần sửa trước khi ghi.`,
    lockHeading: "Khóa kết quả thẩm định",
    lockIntro: `Khi kết quả đã công bố, hãy khóa: các cột điểm, lý do, minh chứng và giải trình trên mọi ${T.sheet} chấm điểm không sửa được nữa, cột Ghi chú vẫn sửa được. Khóa và mở khóa đều được ghi vào ${T.sheet} «Nhật ký»; mở khóa phải ghi lý do.`,
    lock: "Khóa kết quả thẩm định",
    lockedNotice: (sheet) =>
      `Kết quả thẩm định đã khóa: ${T.sheet} «${sheet}» không sửa được điểm. Muốn sửa, hãy mở khóa và ghi lý do.`,
    unlockReason: "Lý do mở khóa",
    unlockReasonMissing: "Cần ghi lý do mở khóa.",
    unlock: "Mở khóa",
    lockDone: (n) =>
      n === 0
        ? `Mọi ${T.sheet} chấm điểm đã khóa từ trước.`
        : `Đã khóa ${n} ${T.sheet} chấm điểm và ghi vào ${T.sheet} «Nhật ký».`,
    unlockDone: (n) =>
      n === 0
        ? `Không có ${T.sheet} chấm điểm nào đang khóa.`
        : `Đã mở khóa ${n} ${T.sheet} chấm điểm và ghi lý do vào ${T.sheet} «Nhật ký».`,
  },
  officer: {
    ask: `Trang «Nhật ký» ghi lại ai đã thay đổi gì. Office không cho ${T.addIn} biết tên người đang đăng nhập, nên hãy nhập tên của bạn một lần; tên được nhớ trên máy này và sửa được bất cứ lúc nào.`,
    name: "Tên người ghi nhật ký",
    save: "Lưu tên",
    decline: "Không ghi tên",
    shown: (name) => `Nhật ký ghi tên: ${name}.`,
    declined: "Nhật ký không ghi tên người thay đổi.",
    change: "Đổi tên",
    notKept: `Không lưu được tên vào ${T.browserStorage}; tên chỉ dùng đến khi đóng trang.`,
  },
  entry: {
    heading: `${cap(T.departmentsPoints)} và thông tin xét thi đua`,
    intro: `Nhập ${T.departmentsPoints} chấm cho từng ${T.unit} và các thông tin quyết định việc xét thi đua (đăng ký, ký giao ước, ngày gửi báo cáo, kỷ luật). Ô để trống là chưa có, không phải 0. Mỗi lần ghi, các thay đổi được ghi thêm vào ${T.sheet} «Nhật ký».`,
    unit: `${cap(T.unit)} cần nhập`,
    pointsHeading: cap(T.departmentsPoints),
    noDepartments: `Cụm này không chấm ${T.departmentsPoints}.`,
    points: (d) => `Điểm ${d} chấm`,
    cap: (c, direct) => `Tối đa ${formatPoints(c)} (${T.unit} ${direct ? "trực tiếp" : "phối hợp"})`,
    notGiven: "Chưa có",
    savePoints: `Ghi ${T.departmentsPoints}`,
    factsHeading: "Thông tin xét thi đua",
    registered: "Đăng ký thi đua",
    pactSigned: "Ký giao ước thi đua",
    midReport: "Ngày gửi báo cáo sơ kết",
    endReport: "Ngày gửi báo cáo tổng kết",
    discipline: "Kỷ luật lãnh đạo chủ chốt",
    empty: "(để trống)",
    dateHint: "Ngày/tháng/năm, ví dụ 15/06/2025; «Có» nếu đã gửi mà không rõ ngày.",
    considered: `Được xét thi đua.`,
    notConsidered: (reasons) => `${cap(T.notConsidered)} vì ${reasons.join("; ")}.`,
    because: (reason) => `Không được xét vì ${reason}.`,
    saveFacts: "Ghi thông tin xét thi đua",
    reason: "Lý do thay đổi (không bắt buộc)",
    saved: (n) => `Đã ghi ${n} thay đổi và ${T.sheet} «Nhật ký».`,
    unchanged: "Không có thay đổi nào để ghi.",
    fixFirst: (n) => `Còn ${n} ô cần sửa trước khi ghi.`,
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
    count: (sheet, cells, encoding) => `${cap(T.sheet)} «${sheet}»: ${cells} ô từ ${encoding}`,
    none: "Không có ô nào gõ bằng bảng mã cũ cần chuyển.",
    tableCaption: "Các ô sẽ được chuyển: chữ trước và sau khi chuyển",
    columns: { cell: "Ô", before: "Trước", after: "Sau" },
    byText: "nhận ra theo chữ (ô không dùng phông mã cũ): hãy xem kỹ",
    more: (cells) => `… và ${cells} ô khác.`,
    apply: (cells) => `Chuyển mã ${cells} ô`,
    applied: (cells, font) => `Đã chuyển ${cells} ô sang Unicode, phông ${font}.`,
    skipped: (cells) => `${cells} ô đã thay đổi sau khi xem trước nên được giữ nguyên.`,
    appliedBrowser: `Bấm «${DOWNLOAD}» để lưu ${T.workbook} đã chuyển mã về máy.`,
  },
};
