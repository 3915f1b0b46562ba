/**
 * The words of the award dossier's documents (tờ trình, danh sách, biên bản, báo cáo): Vietnamese
 * only, they are the cluster's records (src/workbook/generated/dossier.ts fills them in).
 */
export const dossierText = {
  subject: {
    TTr: (period: string): string =>
      `Về việc đề nghị khen thưởng các đơn vị dẫn đầu, xuất sắc trong phong trào thi đua ${period.toLowerCase()}`,
    DS: (period: string): string =>
      `Các đơn vị đề nghị khen thưởng trong phong trào thi đua ${period.toLowerCase()}`,
    BB: (period: string, cluster: string): string =>
      `Họp bình xét thi đua ${period.toLowerCase()} của ${cluster}`,
    BC: (period: string, cluster: string): string =>
      `Tổng kết phong trào thi đua ${period.toLowerCase()} của ${cluster}`,
  },
  listNote: (numberLine: string, date: string): string => `(Kèm theo Tờ trình ${numberLine} ${date})`,
  recommendationBasis: (cluster: string, period: string, meeting: string): string =>
    `Căn cứ kết quả chấm điểm, thẩm định và ${meeting} thi đua ${period.toLowerCase()} của ${cluster},`,
  meetingOn: (date: string): string => `họp bình xét ngày ${date}`,
  meetingUndated: "họp bình xét",
  recommendationAsk: (addressee: string, count: number): string =>
    `Cụm thi đua kính đề nghị ${addressee} xem xét, khen thưởng cho ${String(count).padStart(2, "0")} đơn vị có thành tích xuất sắc (danh sách kèm theo), cụ thể như sau:`,
  recommendationEnd: (addressee: string): string => `Kính đề nghị ${addressee} xem xét, quyết định./.`,
  noneProposed: "Chưa có đơn vị đủ điều kiện đề nghị khen thưởng.",
  placeAwaitingVote: (award: string, places: number, units: readonly string[], needed: string): string =>
    `Còn ${places} suất ${award} chờ bỏ phiếu giữa các đơn vị bằng điểm: ${units.join(", ")} (đơn vị được chọn ${needed}).`,
  proposalHeaders: ["STT", "Tên đơn vị", "Tổng điểm", "Xếp hạng", "Hình thức đề nghị"] as const,
  listHeaders: ["STT", "Tên đơn vị", "Tổng điểm", "Xếp hạng", "Xếp loại", "Hình thức đề nghị"] as const,
  clusterRow: (name: string): string => name,
  awardFor: (kind: string, award: "leading" | "excellent"): string =>
    `${kind} (${award === "leading" ? "đơn vị dẫn đầu" : "đơn vị xuất sắc"})`,
  // ── biên bản ──
  time: (time: string, date: string): string => `Thời gian: ${time ? `${time}, ` : ""}ngày ${date}.`,
  place: (place: string): string => `Địa điểm: ${place}.`,
  chair: (chair: string): string => `Chủ trì: ${chair}.`,
  secretary: (secretary: string): string => `Thư ký: ${secretary}.`,
  present: (present: string, members: number): string =>
    `Có mặt: ${present}/${members} đơn vị thành viên của Cụm.`,
  ballots: (issued: string, returned: string, valid: string): string =>
    `Số phiếu phát ra: ${issued}; số phiếu thu về: ${returned}; số phiếu hợp lệ: ${valid}.`,
  contentHeading: "Nội dung: bình xét, suy tôn các đơn vị đề nghị khen thưởng",
  consensus:
    "Trên cơ sở kết quả chấm điểm, thẩm định, cuộc họp thống nhất đề nghị khen thưởng các đơn vị trong số lượng được phân bổ như sau:",
  ballotHeading: "Kết quả bỏ phiếu suy tôn các đơn vị bằng điểm",
  threshold: (share: string, members: number, needed: number): string =>
    `Ngưỡng thông qua: hơn ${share} số đơn vị thành viên (${members} đơn vị), tức ít nhất ${needed} phiếu đồng ý.`,
  thresholdOfBallots: (share: string, valid: number, needed: number): string =>
    `Ngưỡng thông qua: hơn ${share} số phiếu hợp lệ (${valid} phiếu), tức ít nhất ${needed} phiếu đồng ý.`,
  thresholdBallotsUnknown: (share: string): string =>
    `Ngưỡng thông qua: hơn ${share} số phiếu hợp lệ; chưa ghi số phiếu hợp lệ nên chưa xác định được số phiếu cần.`,
  ballotHeaders: ["STT", "Tên đơn vị", "Tổng điểm", "Số phiếu đồng ý", "Tỷ lệ (%)", "Kết quả"] as const,
  notVoted: "Chưa bỏ phiếu",
  passed: (award: string): string => `Đạt (${award})`,
  notPassed: "Không đạt",
  noBallot: "Không có nhóm bằng điểm ở ranh giới số lượng khen thưởng; không phải bỏ phiếu.",
  minutesEnd: "Biên bản kết thúc cùng ngày, đã được thông qua trước các đơn vị dự họp./.",
  secretaryTitle: "Thư ký",
  chairTitle: "Chủ trì",
  // ── báo cáo ──
  writeHere: "(Phần này do Cụm trưởng viết.)",
  reportSections: [
    "I. Đặc điểm tình hình",
    "II. Kết quả tổ chức phong trào thi đua và thực hiện giao ước thi đua",
  ] as const,
  resultsHeading: (period: string): string =>
    `III. Kết quả chấm điểm, bình xét thi đua ${period.toLowerCase()}`,
  proposalsHeading: "IV. Đề nghị khen thưởng",
  directionHeading: "V. Phương hướng, nhiệm vụ năm tới",
  summaryHeaders: ["STT", "Tên đơn vị", "Tổng điểm", "Xếp hạng", "Xếp loại", "Ghi chú"] as const,
  notConsidered: "Không xét thi đua",
  reportEnd: (cluster: string, period: string): string =>
    `Trên đây là báo cáo tổng kết phong trào thi đua ${period.toLowerCase()} của ${cluster}./.`,
  filingCode: "CTĐ",
  /** File names of the dossier, in the order of the checklist. */
  fileNames: {
    TTr: "1-to-trinh",
    DS: "2-danh-sach",
    BB: "3-bien-ban-hop-binh-xet",
    BC: "4-bao-cao-tong-ket",
  },
} as const;
