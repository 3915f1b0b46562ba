/** Vietnamese text of the `thidua` command: help, progress, results and one-line errors. */

export const cliHelp = {
  main: `thidua — Thi Đua: chấm điểm, tổng hợp và đề nghị khen thưởng cho cụm thi đua công đoàn

Cách dùng:
  thidua mau <tệp-ra.xlsx> [--preset TÊN] [--units N] [--nam NĂM]   Tạo sổ làm việc mẫu của cụm
  thidua kiem-tra <tệp.xlsx> [--json]                              Kiểm tra sổ làm việc, liệt kê lỗi
  thidua tong-hop <tệp.xlsx> [-o tệp-ra.xlsx] [--json]             Lập Bảng tổng hợp và Đề nghị khen thưởng
  thidua tach <tệp.xlsx> <thư-mục>                                 Tách tệp tự chấm điểm gửi từng đơn vị
  thidua gop <tệp.xlsx> <tệp-đơn-vị…> [-o tệp-ra.xlsx] [--ghi-de]  Gộp các tệp tự chấm đơn vị gửi về
  thidua chuyen-ma <tệp.xlsx> [-o tệp-ra.xlsx]                     Chuyển chữ mã cũ (TCVN3, VNI) sang Unicode
  thidua chuyen-ma --text "…" [--tu tcvn3|vni]                     Chuyển một đoạn chữ

Xem hướng dẫn từng lệnh: thidua <lệnh> --help
Mã thoát: 0 thành công; 1 sổ làm việc còn lỗi (gop: có tệp không được nhận); 2 sai cách dùng hoặc không đọc/ghi được tệp.
`,
  mau: (
    presets: readonly string[],
  ): string => `thidua mau <tệp-ra.xlsx> [--preset TÊN] [--units N] [--nam NĂM] [--ghi-de]

Tạo sổ làm việc của cụm thi đua theo một bộ cấu hình mẫu: trang Cấu hình, Tiêu chí, Đơn vị,
Phân bổ điểm ban, Điểm các ban, Bỏ phiếu và một trang chấm điểm cho mỗi đơn vị.

  --preset TÊN   Bộ cấu hình mẫu: ${presets.join(", ")} (mặc định: ${presets[0] ?? ""})
  --units N      Tạo N đơn vị có sẵn điểm mẫu để dùng thử (không có: 6 đơn vị để trống)
  --nam NĂM      Năm thi đua (năm học: năm bắt đầu); mặc định năm nay
  --seed S       Số khởi tạo dữ liệu mẫu (cùng số cho cùng kết quả)
  --ghi-de       Ghi đè khi tệp ra đã có
`,
  kiemTra: `thidua kiem-tra <tệp.xlsx> [--json]

Đọc sổ làm việc của cụm, kiểm tra cấu hình, tiêu chí, đơn vị và điểm; liệt kê lỗi và cảnh báo
kèm trang và ô. Tệp không bị thay đổi.

  --json   In một tài liệu JSON: điểm, xếp hạng, xếp loại, xét thi đua, đề nghị khen thưởng của
           từng đơn vị, các nhóm bằng điểm chờ bỏ phiếu và mọi lỗi (mã, mức độ, trang, ô)

Mã thoát: 0 không có lỗi (có thể có cảnh báo); 1 có lỗi; 2 không đọc được tệp.
`,
  tongHop: `thidua tong-hop <tệp.xlsx> [-o tệp-ra.xlsx] [--json]

Kiểm tra, tính điểm rồi ghi trang «Bảng tổng hợp» và «Đề nghị khen thưởng» vào một bản sao.
Tệp vào không bao giờ bị thay đổi. Mặc định bản sao nằm cạnh tệp vào: <tên>-tong-hop.xlsx.

  -o, --out TỆP   Tệp ra
  --json          In kết quả dạng JSON (như thidua kiem-tra --json, thêm tên tệp ra)

Mã thoát: 0 đã lập; 1 sổ làm việc còn lỗi (không ghi tệp ra); 2 sai cách dùng hoặc lỗi tệp.
`,
} as const;

export const cliText = {
  unknownCommand: (name: string): string => `Không có lệnh «${name}». Xem: thidua --help`,
  missingCommand: "Thiếu lệnh. Xem: thidua --help",
  unknownOption: (option: string, command: string): string =>
    `Tùy chọn «${option}» không dùng được với lệnh ${command}. Xem: thidua ${command} --help`,
  missingValue: (option: string): string => `Tùy chọn ${option} cần một giá trị.`,
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
  /** Appended to a unit's line: why it gets no award. */
  notConsidered: (reason: string, others: number): string =>
    ` — không xét: ${reason}${others > 0 ? ` (và ${others} lý do khác)` : ""}`,
  incomplete: " — chưa chấm đủ điểm",
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
} as const;

export const convertCliHelp = `thidua chuyen-ma <tệp.xlsx> [-o tệp-ra.xlsx]
thidua chuyen-ma --text "…" [--tu tcvn3|vni]

Chuyển chữ gõ bằng bảng mã cũ TCVN3 (ABC, phông .Vn…) hoặc VNI-Windows (phông VNI-…) sang Unicode.

Với một sổ làm việc: ô dùng phông .Vn… hay VNI-… được chuyển theo phông; ô khác chỉ được chuyển
khi chữ chắc chắn là mã cũ. Ô đã chuyển được đặt phông Times New Roman. Kết quả ghi vào một bản sao
(mặc định <tên>-unicode.xlsx cạnh tệp vào); tệp vào không bao giờ bị thay đổi.

Với --text: in chữ đã chuyển. Mặc định tự nhận biết bảng mã và giữ nguyên chữ không nhận ra được
(có ghi lý do ở stderr). Chữ bắt đầu bằng dấu - thì viết --text=-….

  -o, --out TỆP   Tệp ra
  --text "…"      Chuyển đoạn chữ này thay vì một tệp
  --tu BẢNG-MÃ    Bảng mã nguồn của đoạn chữ: tcvn3 (hay abc) hoặc vni

Mã thoát: 0 thành công (kể cả khi không có gì để chuyển); 2 sai cách dùng hoặc lỗi tệp.
`;

/** Results and refusals of `thidua chuyen-ma`. */
export const convertCliText = {
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
} as const;
