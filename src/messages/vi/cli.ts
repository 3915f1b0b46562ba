/**
 * The `thidua` command in Vietnamese: help, progress, results and one-line errors. The diagnostics it
 * prints (problems, refusals) are worded by vi/diagnostics.ts.
 */
import type { CalendarDate } from "../../core/model";
import type { CliText } from "../cli";
import { dateText, vi as diagnostics } from "./diagnostics";

export const vi: CliText = {
  diagnostics,
  help: {
    main: `thidua — Thi Đua: chấm điểm, tổng hợp và đề nghị khen thưởng cho cụm thi đua công đoàn

Cách dùng:
  thidua mau <tệp-ra.xlsx> [--preset TÊN] [--units N] [--nam NĂM]   Tạo sổ làm việc mẫu của cụm
  thidua kiem-tra <tệp.xlsx> [--json]                              Kiểm tra sổ làm việc, liệt kê lỗi
  thidua tong-hop <tệp.xlsx> [-o tệp-ra.xlsx] [--json]             Lập Bảng tổng hợp và Đề nghị khen thưởng
  thidua tach <tệp.xlsx> <thư-mục>                                 Tách tệp tự chấm điểm gửi từng đơn vị
  thidua gop <tệp.xlsx> <tệp-đơn-vị…> [-o tệp-ra.xlsx] [--ghi-de]  Gộp các tệp tự chấm đơn vị gửi về
  thidua ho-so <tệp.xlsx> [-o thư-mục] [--du-thao] [--ghi-de]      Lập hồ sơ đề nghị khen thưởng (tệp Word)
  thidua chuyen-ma <tệp.xlsx> [-o tệp-ra.xlsx] [--ghi-de]          Chuyển chữ mã cũ (TCVN3, VNI) sang Unicode
  thidua chuyen-ma --text "…" [--tu tcvn3|vni]                     Chuyển một đoạn chữ
  thidua nam-moi <tệp.xlsx> -o mới.xlsx [--pho-cum MÃ]             Lập bảng tính năm mới (cụm trưởng, cụm phó, «Lịch sử»)
  thidua tong-hop-khoi <các-tệp.xlsx…> -o ra.xlsx [--preset TÊN]   Tổng hợp kết quả nhiều cụm theo khối
  thidua viec-can-lam <tệp.xlsx> [--ngay dd/mm/yyyy] [--json]      Việc quá hạn, đến hạn và đơn vị còn nợ
  thidua ke-hoach <tệp.xlsx> -o <tệp-ra.docx>                      Lập văn bản Kế hoạch hoạt động (KH)

Tùy chọn chung: --lang vi|en   ngôn ngữ của thông báo (mặc định theo THIDUA_LANG hoặc LANG; không có thì tiếng Việt).
Các trang và văn bản Thi Đua ghi vào sổ làm việc luôn bằng tiếng Việt.

Xem hướng dẫn từng lệnh: thidua <lệnh> --help
Mã thoát: 0 thành công; 1 sổ làm việc còn lỗi (gop: có tệp không được nhận); 2 sai cách dùng hoặc không đọc/ghi được tệp;
3 (tong-hop) đã lập nhưng còn suất chờ bỏ phiếu.
`,
    mau: (
      presets: readonly string[],
    ): string => `thidua mau <tệp-ra.xlsx> [--preset TÊN] [--units N] [--nam NĂM] [--ghi-de]

Tạo sổ làm việc của cụm thi đua theo một bộ cấu hình mẫu: trang Cấu hình, Tiêu chí, Đơn vị,
Phân bổ điểm ban, Điểm các ban, Bỏ phiếu, Kế hoạch (kế hoạch năm theo mẫu) và một trang chấm
điểm cho mỗi đơn vị.

  --preset TÊN   Bộ cấu hình mẫu: ${presets.join(", ")} (mặc định: ${presets[0] ?? ""})
  --units N      Tạo N đơn vị có sẵn điểm mẫu để dùng thử (không có: 6 đơn vị để trống)
  --nam NĂM      Năm thi đua (năm học: năm bắt đầu); mặc định năm nay
  --seed S       Số khởi tạo dữ liệu mẫu (cùng số cho cùng kết quả)
  --ghi-de       Ghi đè khi tệp ra đã có
`,
    kiemTra: `thidua kiem-tra <tệp.xlsx> [--json]

Đọc sổ làm việc của cụm, kiểm tra cấu hình, tiêu chí, đơn vị và điểm; liệt kê lỗi và cảnh báo
kèm trang và ô; báo khi «Bảng tổng hợp» và «Đề nghị khen thưởng» trong tệp đã cũ (số liệu đổi
sau lần lập). Tệp không bị thay đổi.

  --json   In một tài liệu JSON: điểm, xếp hạng, xếp loại, xét thi đua, đề nghị khen thưởng của
           từng đơn vị, các nhóm bằng điểm chờ bỏ phiếu và mọi lỗi (mã, mức độ, trang, ô)

Mã thoát: 0 không có lỗi (có thể có cảnh báo); 1 có lỗi; 2 không đọc được tệp.
`,
    tongHop: `thidua tong-hop <tệp.xlsx> [-o tệp-ra.xlsx] [--ghi-de] [--json]

Kiểm tra, tính điểm rồi ghi trang «Bảng tổng hợp» và «Đề nghị khen thưởng» vào một bản sao.
Tệp vào không bao giờ bị thay đổi. Mặc định bản sao nằm cạnh tệp vào: <tên>-tong-hop.xlsx.

  -o, --out TỆP   Tệp ra
  --ghi-de        Ghi đè tệp ra nếu đã có (không có thì lệnh dừng, không ghi gì)
  --json          In kết quả dạng JSON (như thidua kiem-tra --json, thêm tên tệp ra và mã dữ liệu)

Hai trang được lập cùng lúc từ một kết quả và mang cùng một mã dữ liệu. Suất còn chờ bỏ phiếu được
để trống trong tờ trình, tên các đơn vị bằng điểm ghi dưới bảng.

Mã thoát: 0 đã lập; 1 sổ làm việc còn lỗi (không ghi tệp ra); 2 sai cách dùng hoặc lỗi tệp;
3 đã lập nhưng còn suất chờ bỏ phiếu (đề nghị chưa phải bản cuối).
`,
    convert: `thidua chuyen-ma <tệp.xlsx> [-o tệp-ra.xlsx] [--ghi-de]
thidua chuyen-ma --text "…" [--tu tcvn3|vni]

Chuyển chữ gõ bằng bảng mã cũ TCVN3 (ABC, phông .Vn…) hoặc VNI-Windows (phông VNI-…) sang Unicode.

Với một sổ làm việc: ô dùng phông .Vn… hay VNI-… được chuyển theo phông; ô khác chỉ được chuyển
khi chữ chắc chắn là mã cũ. Ô đã chuyển được đặt phông Times New Roman. Kết quả ghi vào một bản sao
(mặc định <tên>-unicode.xlsx cạnh tệp vào); tệp vào không bao giờ bị thay đổi, tệp ra đã có chỉ bị
ghi đè khi có --ghi-de.

Với --text: in chữ đã chuyển. Mặc định tự nhận biết bảng mã và giữ nguyên chữ không nhận ra được
(có ghi lý do ở stderr). Chữ bắt đầu bằng dấu - thì viết --text=-….

  -o, --out TỆP   Tệp ra
  --ghi-de        Ghi đè tệp ra nếu đã có
  --text "…"      Chuyển đoạn chữ này thay vì một tệp
  --tu BẢNG-MÃ    Bảng mã nguồn của đoạn chữ: tcvn3 (hay abc) hoặc vni

Mã thoát: 0 thành công (kể cả khi không có gì để chuyển); 2 sai cách dùng hoặc lỗi tệp.
`,
  },
  unknownCommand: (name: string): string => `Không có lệnh «${name}». Xem: thidua --help`,
  missingCommand: "Thiếu lệnh. Xem: thidua --help",
  unknownOption: (option: string, command: string): string =>
    `Tùy chọn «${option}» không dùng được với lệnh ${command}. Xem: thidua ${command} --help`,
  missingValue: (option: string): string => `Tùy chọn ${option} cần một giá trị.`,
  unknownLanguage: (given: string): string => `Ngôn ngữ «${given}» không có: dùng --lang vi hoặc --lang en.`,
  missingFile: (command: string): string => `Thiếu tên tệp. Xem: thidua ${command} --help`,
  extraArgument: (arg: string, command: string): string =>
    `Thừa tham số «${arg}». Xem: thidua ${command} --help`,
  notANumber: (option: string, value: string): string =>
    `Giá trị «${value}» của ${option} phải là số nguyên dương.`,
  tooManyUnits: (max: number): string => `Số đơn vị tối đa là ${max}.`,
  notXlsxName: (path: string): string => `Tên tệp «${path}» phải có đuôi .xlsx.`,
  notWorkbookName: (path: string): string =>
    `Tên tệp «${path}» phải có đuôi .xlsx (hoặc .xlsm nếu sổ có macro).`,
  outputKind: (path: string, macros: boolean): string =>
    macros
      ? `Sổ có macro (VBA) nên tệp ra «${path}» phải có đuôi .xlsm: Excel không mở tệp .xlsx chứa macro.`
      : `Sổ không có macro nên tệp ra «${path}» phải có đuôi .xlsx: Excel không mở tệp .xlsm thiếu macro.`,
  fileNotFound: (path: string): string => `Không tìm thấy tệp «${path}».`,
  isDirectory: (path: string): string => `«${path}» là một thư mục, không phải tệp.`,
  noPermission: (path: string): string => `Không có quyền truy cập «${path}».`,
  cannotRead: (path: string, reason: string): string => `Không đọc được tệp «${path}»: ${reason}.`,
  cannotWrite: (path: string, reason: string): string => `Không ghi được tệp «${path}»: ${reason}.`,
  outputExists: (path: string): string => `Tệp «${path}» đã có. Thêm --ghi-de để ghi đè.`,
  outputExistsNoOverwrite: (path: string): string =>
    `Tệp «${path}» đã có và có thể chứa phần đã làm trên đó: Thi Đua không ghi đè. Hãy chọn tên khác với -o hoặc tự xoá tệp đó.`,
  outputIsInput: "Tệp ra trùng với tệp vào: Thi Đua không bao giờ sửa tệp vào. Hãy chọn tên khác với -o.",
  fileError: (path: string, message: string): string => `${path}: ${message}`,
  unexpected: (message: string): string => `Lỗi không mong đợi: ${message}`,
  created: (path: string, units: number, sheets: number): string =>
    `Đã tạo «${path}»: ${units} đơn vị, ${sheets} trang.`,
  checked: (path: string, errors: number, warnings: number): string =>
    errors === 0 && warnings === 0
      ? `«${path}»: không có lỗi.`
      : `«${path}»: ${errors} lỗi, ${warnings} cảnh báo.`,
  error: "Lỗi",
  warning: "Cảnh báo",
  notWritten: "Chưa ghi tệp ra vì sổ làm việc còn lỗi.",
  awaitingVote: (places: number): string =>
    `Còn ${places} suất chờ bỏ phiếu: tờ trình để trống ${places > 1 ? "các suất này" : "suất này"} và ghi tên các đơn vị bằng điểm dưới bảng. ` +
    "Ghi số phiếu vào trang «Bỏ phiếu» rồi chạy lại thidua tong-hop (mã thoát 3).",
  resultsStale: (summary, recommendation): string =>
    summary === "missing" || recommendation === "missing"
      ? "Sổ chỉ có một trong hai trang «Bảng tổng hợp» và «Đề nghị khen thưởng»: hãy lập lại cả hai bằng thidua tong-hop."
      : "«Bảng tổng hợp» và «Đề nghị khen thưởng» trong sổ đã cũ: số liệu đã thay đổi sau lần lập. Hãy lập lại bằng thidua tong-hop.",
  written: (path: string, summarySheet: string, recommendationSheet: string): string =>
    `Đã ghi «${path}» (trang «${summarySheet}» và «${recommendationSheet}»).`,
  renamed: (wanted: string, used: string): string =>
    `Trang «${wanted}» đã có sẵn và không do Thi Đua tạo, nên kết quả được ghi vào trang «${used}».`,
  progress: (step: string, done: number, total: number): string => `${step}… ${done}/${total}`,
  steps: {
    reading: "Đang đọc tệp",
    summarizing: "Đang tổng hợp",
    writing: "Đang ghi tệp",
  },
  clusterLine: (name: string): string => `${name}:`,
  unitLine: (rank: string, name: string, total: string, award: string): string =>
    `  ${rank.padStart(3)}. ${name} — ${total} điểm${award ? ` — ${award}` : ""}`,
  tieLine: (units: string, total: string, places: number, award: string): string =>
    `  Bằng điểm, chờ bỏ phiếu: ${units} (${total} điểm) — ${places} suất ${award}`,
  moreProblems: (n: number): string => `  … và ${n} vấn đề khác (xem đầy đủ với --json).`,
  problemsGeneral: " Chung (không thuộc riêng đơn vị nào):",
  problemsOfUnit: (code: string): string => ` Đơn vị ${code}:`,
  /** Appended to a unit's line: why it gets no award. */
  notConsidered: (reason: string, others: number): string =>
    ` — không xét: ${reason}${others > 0 ? ` (và ${others} lý do khác)` : ""}`,
  incomplete: " — chưa chấm đủ điểm",
  awardWord: { leading: "dẫn đầu", excellent: "xuất sắc" },
  /** Under a unit's line: how a tie on its total was decided. */
  awardNoteLine: (note: string): string => `       ${note}`,
  tieBreakLine: (p: {
    units: string;
    total: string;
    award: string;
    ahead: string;
    behind: string;
    rule: string;
    values: string;
  }): string =>
    `  Bằng điểm, đã phân định theo thứ tự xét khi bằng điểm: ${p.units} (${p.total} điểm, suất ${p.award}) — ` +
    `${p.ahead} được xếp trên ${p.behind} ${p.rule} (${p.values})`,
  convert: {
    nothing: (path: string): string =>
      `«${path}»: không có ô nào gõ bằng bảng mã cũ cần chuyển; không ghi tệp ra.`,
    written: (path: string, cells: number, font: string): string =>
      `Đã chuyển ${cells} ô sang Unicode (phông ${font}) và ghi vào «${path}»:`,
    sheetLine: (sheet: string, cells: number, encoding: string): string =>
      `  Trang «${sheet}»: ${cells} ô từ ${encoding}`,
    guessed: (cells: number): string =>
      `Trong đó ${cells} ô không dùng phông mã cũ, được nhận ra theo chữ; hãy xem lại:`,
    guessLine: (sheet: string, address: string, before: string, after: string): string =>
      `  ${sheet}!${address}: «${before}» → «${after}»`,
    moreGuesses: (n: number): string => `  … và ${n} ô khác.`,
    outputIsInput: "Tệp ra trùng với tệp vào: Thi Đua không bao giờ sửa tệp vào. Hãy chọn tên khác với -o.",
    textAndFile: "Dùng --text hoặc một tệp, không dùng cả hai. Xem: thidua chuyen-ma --help",
    outWithText: "Tùy chọn -o chỉ dùng khi chuyển một tệp. Xem: thidua chuyen-ma --help",
    forcedOnWorkbook:
      "Tùy chọn --tu chỉ dùng với --text: ép một bảng mã cho cả sổ làm việc sẽ làm hỏng chữ Unicode có sẵn. Trong Excel, hãy chọn vùng ô rồi dùng «Chuyển mã» trên ngăn Thi Đua.",
  },
  legacy: {
    /** Nothing converted because nothing looked legacy. */
    notRecognised:
      "Không nhận ra chữ mã cũ (TCVN3 hay VNI): giữ nguyên. Nếu chắc chắn, hãy chọn bảng mã nguồn rồi chuyển lại.",
    /** Nothing converted because the text already holds Unicode Vietnamese. */
    alreadyUnicode:
      "Văn bản đã có chữ Việt Unicode (có thể lẫn mã cũ): giữ nguyên để khỏi làm hỏng chữ. Muốn chuyển, hãy chọn bảng mã nguồn.",
    /** A forced encoding the command or function does not know. */
    unknownEncoding: (given: string): string => `Bảng mã «${given}» không được hỗ trợ: dùng tcvn3 hoặc vni.`,
  },
  collect: {
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
Sổ của cụm không bị thay đổi; tệp ra được ghi trọn vẹn hoặc không ghi, và không bao giờ ghi đè một
tệp đã có (--ghi-de ở lệnh này chỉ nói về tệp gửi hai lần).

  -o, --out TỆP   Tệp ra (mặc định: <tên>-gop.xlsx cạnh sổ của cụm)
  --ghi-de        Lấy tệp gửi sau khi đơn vị gửi hai lần
  --xem-truoc     Chỉ in những gì mỗi tệp mang lại, không ghi tệp ra

Mã thoát: 0 đã nhận mọi tệp; 1 có tệp không được nhận (các tệp khác vẫn được gộp);
2 sai cách dùng, không đọc được sổ của cụm hoặc không ghi được tệp ra.
`,
    notFolder: (path: string): string => `«${path}» không phải là thư mục.`,
    split: (count: number, folder: string): string => `Đã tách ${count} tệp tự chấm vào «${folder}»:`,
    splitLine: (file: string, code: string, name: string): string => `  ${file}  (${code} — ${name})`,
    missingFiles: "Thiếu tệp đơn vị gửi về. Xem: thidua gop --help",
    fileLine: (file: string): string => `«${file}»`,
    merged: (unit: string, counts: string, date: CalendarDate, from: string): string =>
      `  → ${unit}: ${counts}; nhận ngày ${dateText(date)} (${from})`,
    warning: (message: string): string => `      ! ${message}`,
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
    duplicateHint: "      Thêm --ghi-de để lấy tệp gửi sau.",
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
  },
  dossier: {
    help: `thidua ho-so <tệp.xlsx> [-o thư-mục] [--du-thao] [--ghi-de]

Lập hồ sơ đề nghị khen thưởng bằng Word (.docx), theo thể thức Nghị định 30/2020/NĐ-CP:
tờ trình (TTr), danh sách kèm theo (DS), biên bản họp bình xét với kết quả bỏ phiếu (BB) và
báo cáo tổng kết (BC, phần tường thuật để Cụm trưởng viết). Số liệu lấy từ cùng dữ liệu với
«Bảng tổng hợp»; thông tin cuộc họp lấy ở trang «Họp bình xét». Tệp vào không bị thay đổi.

Không lập khi còn suất khen thưởng chờ bỏ phiếu, còn thiếu điểm, thiếu thông tin cuộc họp,
người ký, hoặc «Bảng tổng hợp» chưa lập hay đã cũ — thông báo nêu rõ điều còn thiếu.

  -o, --out THƯ-MỤC   Thư mục ghi hồ sơ (mặc định <tên>-ho-so cạnh tệp vào; tạo nếu chưa có)
  --du-thao           Lập bản dự thảo, có chữ «DỰ THẢO», kể cả khi còn thiếu
  --ghi-de            Ghi đè các tệp hồ sơ đã có trong thư mục

Mã thoát: 0 đã lập; 1 hồ sơ chưa đủ hoặc sổ làm việc còn lỗi (không ghi tệp); 2 sai cách dùng hoặc lỗi tệp.
`,
    documents: {
      TTr: "Tờ trình đề nghị khen thưởng (TTr)",
      DS: "Danh sách đơn vị đề nghị khen thưởng (DS)",
      BB: "Biên bản họp bình xét, kết quả bỏ phiếu (BB)",
      BC: "Báo cáo tổng kết (BC)",
    },
    fileWritten: (file) => `  ${file}`,
    written: (folder, files, draft) =>
      `Đã ghi ${files} văn bản${draft ? " (DỰ THẢO)" : ""} của hồ sơ khen thưởng vào ${folder}:`,
    checklist: (document, ready) => `  [${ready ? "x" : " "}] ${document}`,
    awardKinds: (kinds) =>
      kinds.length === 0
        ? "Chưa có đơn vị được đề nghị khen thưởng."
        : `Hình thức đề nghị: ${kinds.join("; ")}.`,
    stamp: (stamp) => `Số liệu theo Bảng tổng hợp có dấu ${stamp}.`,
    refused: (gaps) =>
      `Chưa lập được hồ sơ khen thưởng: còn ${gaps} điều chưa xong (bổ sung, hoặc thêm --du-thao để lập bản dự thảo):`,
    notWritten: "Chưa ghi tệp hồ sơ nào.",
    draftGaps: (count) => `Bản dự thảo còn ${count} điều cần hoàn thiện:`,
  },
};
