/**
 * Sample administrative documents that look like the cluster's real ones, for the Word writer's
 * tests, its print tests and the pictures in docs/img (scripts/make-document-pictures.ts). Their
 * content is typed here (the real dossier's content builders come later, on the summary's data);
 * what they test is the format. Each seed's system has its addressee and recipients
 * (../shared/DOMAIN.md, "Recipients"); the long names are there to be wrapped, never cut.
 */
import {
  type DocumentInput,
  type TableInput,
  clusterHeadSignature,
} from "../../src/workbook/generated/documents";

export interface DocumentSample {
  /** File name without extension. */
  readonly name: string;
  readonly input: DocumentInput;
  /** Names that must print whole (each may wrap over lines). */
  readonly names: readonly string[];
  /** Sections expected in landscape, by index. */
  readonly landscapeSections: readonly number[];
}

/** Seed 001 (Kon Tum): the banks' cluster, 1 leading + 2 excellent places. */
const KON_TUM_UNITS = [
  [
    "Công đoàn Ngân hàng Nhà nước Chi nhánh tỉnh Kon Tum",
    "76,50",
    "75,25",
    "9,50",
    "84,75",
    "1",
    "HTXSNV",
    "Bằng khen đơn vị dẫn đầu",
    "",
  ],
  [
    "Công đoàn Ngân hàng Thương mại cổ phần Đầu tư và Phát triển Việt Nam – Chi nhánh Kon Tum",
    "75,00",
    "74,50",
    "9,25",
    "83,75",
    "2",
    "HTXSNV",
    "Bằng khen đơn vị xuất sắc",
    "",
  ],
  [
    "Công đoàn Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam – Chi nhánh tỉnh Kon Tum",
    "74,75",
    "74,00",
    "9,00",
    "83,00",
    "3",
    "HTXSNV",
    "Bằng khen đơn vị xuất sắc",
    "",
  ],
  [
    "Công đoàn Ngân hàng Thương mại cổ phần Công Thương Việt Nam – Chi nhánh Kon Tum",
    "73,00",
    "72,25",
    "8,75",
    "81,00",
    "4",
    "HTTNV",
    "",
    "",
  ],
  [
    "Công đoàn Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam – Chi nhánh Kon Tum",
    "72,50",
    "71,75",
    "8,50",
    "80,25",
    "5",
    "HTTNV",
    "",
    "",
  ],
  [
    "Công đoàn Ngân hàng Chính sách xã hội tỉnh Kon Tum",
    "71,00",
    "70,50",
    "8,75",
    "79,25",
    "6",
    "HTTNV",
    "",
    "",
  ],
  [
    "Công đoàn Ngân hàng Thương mại cổ phần Sài Gòn Thương Tín – Chi nhánh Kon Tum",
    "70,25",
    "69,00",
    "8,00",
    "77,00",
    "7",
    "HTTNV",
    "",
    "",
  ],
  [
    "Công đoàn Ngân hàng Thương mại cổ phần Bưu điện Liên Việt – Chi nhánh Kon Tum",
    "69,50",
    "68,75",
    "7,75",
    "76,50",
    "8",
    "HTTNV",
    "",
    "Nộp báo cáo trễ 2 ngày",
  ],
  ["Công đoàn Quỹ Tín dụng nhân dân Kon Tum", "68,00", "67,50", "7,50", "75,00", "9", "HTNV", "", ""],
  [
    "Công đoàn Ngân hàng Thương mại cổ phần Quân đội – Chi nhánh Kon Tum",
    "67,25",
    "66,50",
    "7,25",
    "73,75",
    "10",
    "HTNV",
    "",
    "",
  ],
  [
    "Công đoàn Ngân hàng Hợp tác xã Việt Nam – Chi nhánh Kon Tum",
    "66,00",
    "65,75",
    "7,00",
    "72,75",
    "11",
    "HTNV",
    "",
    "",
  ],
  [
    "Công đoàn Ngân hàng Thương mại cổ phần Á Châu – Chi nhánh Kon Tum",
    "65,50",
    "64,00",
    "7,00",
    "71,00",
    "—",
    "HTNV",
    "",
    "Không xét thi đua: chưa ký giao ước",
  ],
] as const;

/** A 10-column ranking table: too wide for portrait at 13 pt, so it gets a landscape section. */
const RANKING_TABLE: TableInput = {
  type: "table",
  columns: [
    { share: 5, align: "center" },
    { share: 26 },
    { share: 7, align: "right" },
    { share: 7, align: "right" },
    { share: 7, align: "right" },
    { share: 7, align: "right" },
    { share: 6, align: "center" },
    { share: 9, align: "center" },
    { share: 13 },
    { share: 13 },
  ],
  header: [
    [
      { text: "STT", rowSpan: 2 },
      { text: "Tên đơn vị", rowSpan: 2 },
      { text: "Điểm", colSpan: 4 },
      { text: "Xếp hạng", rowSpan: 2 },
      { text: "Xếp loại", rowSpan: 2 },
      { text: "Hình thức đề nghị", rowSpan: 2 },
      { text: "Ghi chú", rowSpan: 2 },
    ],
    ["Tự chấm", "Thẩm định", "Các ban", "Tổng"],
  ],
  rows: KON_TUM_UNITS.map((u, i) => [String(i + 1), ...u]),
};

const konTum: DocumentSample = {
  name: "to-trinh-kon-tum",
  input: {
    kind: "TTr",
    parentBody: "Liên đoàn Lao động tỉnh Kon Tum",
    issuingBody: "Cụm thi đua các Công đoàn Ngân hàng",
    number: 7,
    place: "Kon Tum",
    date: { year: 2022, month: 12, day: 20 },
    subject: "Về việc đề nghị khen thưởng các đơn vị dẫn đầu, xuất sắc trong phong trào thi đua năm 2022",
    addressees: ["Ban Thường vụ Liên đoàn Lao động tỉnh Kon Tum"],
    sections: [
      {
        orientation: "portrait",
        blocks: [
          {
            type: "paragraph",
            text:
              "Căn cứ Hướng dẫn của Ban Thường vụ Liên đoàn Lao động tỉnh về tổ chức giao ước thi đua theo Cụm, khối; " +
              "căn cứ kết quả chấm điểm, thẩm định và họp bình xét thi đua năm 2022 của Cụm thi đua các Công đoàn Ngân hàng " +
              "ngày 15 tháng 12 năm 2022,",
          },
          {
            type: "paragraph",
            text:
              "Cụm thi đua kính đề nghị Ban Thường vụ Liên đoàn Lao động tỉnh Kon Tum xét tặng Bằng khen cho 01 đơn vị dẫn đầu " +
              "và 02 đơn vị xuất sắc; kết quả chấm điểm của các đơn vị trong Cụm như bảng sau.",
          },
        ],
      },
      {
        orientation: "auto",
        blocks: [
          { type: "heading", text: "Kết quả chấm điểm thi đua năm 2022 của các đơn vị trong Cụm" },
          RANKING_TABLE,
          {
            type: "paragraph",
            text: "Kính đề nghị Ban Thường vụ Liên đoàn Lao động tỉnh Kon Tum xem xét, quyết định./.",
          },
        ],
      },
    ],
    closing: {
      recipients: [
        "Như trên",
        "Thường trực LĐLĐ tỉnh",
        "Ban Chính sách – Pháp luật LĐLĐ tỉnh",
        "Các đơn vị thành viên trong Cụm",
      ],
      filing: ["CTĐ"],
      signature: clusterHeadSignature("Nguyễn Thị Phương Thảo"),
    },
  },
  names: KON_TUM_UNITS.map((u) => u[0]),
  landscapeSections: [1],
};

/** Seeds 000/002 (Tp. Thủ Đức, Cụm thi đua 1): minutes of the vote with the ballot table. */
const THU_DUC_UNITS = [
  ["Công đoàn Công ty Trách nhiệm hữu hạn Một thành viên Cấp nước Thủ Đức", "6", "100"],
  ["Công đoàn Công ty Cổ phần Xây dựng và Phát triển Đô thị Thủ Đức", "4", "66,67"],
  ["Công đoàn Trường Đại học Sư phạm Kỹ thuật Thành phố Hồ Chí Minh", "2", "33,33"],
] as const;

const thuDucMinutes: DocumentSample = {
  name: "bien-ban-thu-duc",
  input: {
    kind: "BB",
    parentBody: "Liên đoàn Lao động thành phố Thủ Đức",
    issuingBody: "Cụm thi đua 1",
    number: 2,
    place: "Tp. Thủ Đức",
    date: { year: 2023, month: 1, day: 5 },
    subject: "Họp bình xét thi đua năm 2022 của Cụm thi đua 1",
    sections: [
      {
        orientation: "auto",
        blocks: [
          { type: "paragraph", text: "Thời gian: 14 giờ 00, ngày 05 tháng 01 năm 2023." },
          {
            type: "paragraph",
            text: "Địa điểm: Hội trường Công đoàn Công ty Trách nhiệm hữu hạn Một thành viên Cấp nước Thủ Đức.",
          },
          {
            type: "paragraph",
            text: "Chủ trì: Đồng chí Trần Văn Bình, Chủ tịch Công đoàn đơn vị Cụm trưởng.",
          },
          { type: "paragraph", text: "Thư ký: Đồng chí Lê Thị Thu Hà." },
          {
            type: "paragraph",
            text: "Có mặt: 6/6 đơn vị thành viên. Số phiếu phát ra: 6; thu về: 6; hợp lệ: 6.",
          },
          { type: "heading", text: "Kết quả bỏ phiếu suy tôn đơn vị dẫn đầu" },
          {
            type: "paragraph",
            text: "Ngưỡng: trên một nửa số đơn vị thành viên, tức ít nhất 4 phiếu đồng ý.",
          },
          {
            type: "table",
            columns: [
              { share: 7, align: "center" },
              { share: 49 },
              { share: 12, align: "center" },
              { share: 14, align: "right" },
              { share: 18, align: "center" },
            ],
            header: [["STT", "Tên đơn vị", "Số phiếu đồng ý", "Tỷ lệ (%)", "Kết quả"]],
            rows: THU_DUC_UNITS.map((u, i) => [
              String(i + 1),
              u[0],
              u[1],
              u[2],
              i === 0 ? "Dẫn đầu" : i === 1 ? "Xuất sắc" : "Không đạt",
            ]),
          },
          {
            type: "paragraph",
            text: "Cuộc họp kết thúc lúc 16 giờ 00 cùng ngày; biên bản đã được thông qua trước các đơn vị dự họp./.",
          },
        ],
      },
    ],
    closing: {
      signatures: [
        { authority: null, position: "Thư ký", name: "Lê Thị Thu Hà" },
        { authority: null, position: "Chủ trì", name: "Trần Văn Bình" },
      ],
    },
  },
  names: THU_DUC_UNITS.map((u) => u[0]),
  landscapeSections: [],
};

/** Seed 003 (Cụm LĐLĐ các tỉnh Biên giới phía Bắc, under the national confederation): a report skeleton, draft. */
const BORDER_MEMBERS = [
  ["Liên đoàn Lao động tỉnh Cao Bằng", "95,50", "1", "Cờ thi đua của Tổng Liên đoàn"],
  ["Liên đoàn Lao động tỉnh Lạng Sơn", "94,25", "2", "Bằng khen của Tổng Liên đoàn"],
  ["Liên đoàn Lao động tỉnh Hà Giang", "93,00", "3", ""],
  ["Liên đoàn Lao động tỉnh Lào Cai", "92,75", "4", ""],
  ["Liên đoàn Lao động tỉnh Lai Châu", "91,50", "5", ""],
  ["Liên đoàn Lao động tỉnh Điện Biên", "90,00", "6", ""],
  ["Liên đoàn Lao động tỉnh Quảng Ninh", "89,25", "7", ""],
] as const;

const narrative = (heading: string): DocumentSample["input"]["sections"][number]["blocks"] => [
  { type: "heading", text: heading },
  {
    type: "paragraph",
    text: [
      { text: "(Phần này do Cụm trưởng viết: ", italic: true },
      {
        text:
          "tình hình tổ chức các phong trào thi đua, việc thực hiện giao ước thi đua của các đơn vị thành viên, " +
          "những mô hình mới, cách làm hay, kết quả nổi bật trong năm và những hạn chế, nguyên nhân.)",
        italic: true,
      },
    ],
  },
  {
    type: "paragraph",
    text:
      "Các đơn vị thành viên đã tổ chức phát động thi đua gắn với các ngày lễ lớn của đất nước và của tổ chức Công đoàn, " +
      "tập trung chăm lo đời sống, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, người lao động; " +
      "phối hợp tổ chức hội nghị trao đổi kinh nghiệm, giao lưu văn hóa, thể thao giữa các tỉnh trong Cụm.",
  },
];

const borderReport: DocumentSample = {
  name: "bao-cao-bien-gioi",
  input: {
    kind: "BC",
    parentBody: "Tổng Liên đoàn Lao động Việt Nam",
    issuingBody: "Cụm thi đua LĐLĐ các tỉnh Biên giới phía Bắc",
    number: null,
    place: "Cao Bằng",
    date: { year: 2015 },
    subject: "Tổng kết hoạt động Cụm thi đua năm 2015 và phương hướng, nhiệm vụ năm 2016",
    addressees: ["Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam"],
    draft: true,
    sections: [
      {
        orientation: "auto",
        blocks: [
          ...narrative("I. Đặc điểm tình hình"),
          ...narrative("II. Kết quả thực hiện giao ước thi đua năm 2015"),
          { type: "heading", text: "III. Kết quả chấm điểm, bình xét thi đua" },
          {
            type: "table",
            columns: [
              { share: 7, align: "center" },
              { share: 45 },
              { share: 13, align: "right" },
              { share: 11, align: "center" },
              { share: 24 },
            ],
            header: [["STT", "Đơn vị", "Tổng điểm", "Xếp hạng", "Đề nghị khen thưởng"]],
            rows: BORDER_MEMBERS.map((m, i) => [String(i + 1), ...m]),
          },
          ...narrative("IV. Phương hướng, nhiệm vụ năm 2016"),
          {
            type: "paragraph",
            text: "Trên đây là báo cáo tổng kết hoạt động năm 2015 của Cụm thi đua LĐLĐ các tỉnh Biên giới phía Bắc./.",
          },
        ],
      },
    ],
    closing: {
      recipients: ["Như trên", "Ban Thi đua – Khen thưởng Tổng Liên đoàn", "Các LĐLĐ tỉnh thành viên Cụm"],
      filing: ["CS-PL"],
      signature: clusterHeadSignature("Nông Văn Thành"),
    },
  },
  names: [...BORDER_MEMBERS.map((m) => m[0]), "CỤM THI ĐUA LĐLĐ CÁC TỈNH BIÊN GIỚI PHÍA BẮC"],
  landscapeSections: [],
};

/** Seed 004 (Cụm thi đua số 5, Công đoàn Viên chức tỉnh Thanh Hóa, school year): the list attached to the tờ trình. */
const THANH_HOA_UNITS = [
  [
    "Công đoàn trường Đại học Văn hóa, Thể thao và Du lịch Thanh Hóa",
    "97,00",
    "1",
    "Bằng khen đơn vị dẫn đầu",
  ],
  ["Công đoàn trường Cao đẳng Nghề Công nghiệp Thanh Hóa", "95,50", "2", "Bằng khen đơn vị xuất sắc"],
] as const;

const thanhHoaList: DocumentSample = {
  name: "danh-sach-thanh-hoa",
  input: {
    kind: "DS",
    parentBody: "Công đoàn Viên chức tỉnh Thanh Hóa",
    issuingBody: "Cụm thi đua số 5",
    number: 8,
    place: "Thanh Hóa",
    date: { year: 2022, month: 6, day: 9 },
    subject: "Các đơn vị đề nghị khen thưởng năm học 2021 – 2022",
    subjectNote: "(Kèm theo Tờ trình số 07/TTr-CTĐ ngày 09/6/2022 của Cụm thi đua số 5)",
    sections: [
      {
        orientation: "auto",
        blocks: [
          {
            type: "table",
            columns: [
              { share: 8, align: "center" },
              { share: 50 },
              { share: 13, align: "right" },
              { share: 11, align: "center" },
              { share: 18 },
            ],
            header: [["STT", "Tên đơn vị", "Tổng điểm", "Xếp hạng", "Hình thức đề nghị"]],
            rows: THANH_HOA_UNITS.map((u, i) => [String(i + 1), ...u]),
          },
          { type: "paragraph", text: "Danh sách gồm 02 đơn vị./.", indent: false },
        ],
      },
    ],
    closing: {
      recipients: ["Ban Thường vụ Công đoàn Viên chức tỉnh Thanh Hóa (b/c)", "Các đơn vị thành viên Cụm"],
      filing: ["VPCĐ"],
      signature: clusterHeadSignature("Lê Thị Minh Hằng"),
    },
  },
  names: THANH_HOA_UNITS.map((u) => u[0]),
  landscapeSections: [],
};

/** A tờ trình per seed's system, each with its own addressee and recipients. */
export const RECOMMENDATION_SAMPLES: Readonly<Record<"001" | "000/002" | "003" | "004", DocumentSample>> = {
  "001": konTum,
  "000/002": recommendationFor(
    "to-trinh-thu-duc",
    thuDucMinutes.input,
    "Ban Thường vụ Liên đoàn Lao động thành phố Thủ Đức",
    ["Như trên", "TT. LĐLĐ Tp. Thủ Đức", "Bộ phận CSPL LĐLĐ Tp. Thủ Đức", "Các thành viên trong CTĐ 1"],
    [],
    "Trần Văn Bình",
    THU_DUC_UNITS.map((u) => u[0]),
  ),
  "003": recommendationFor(
    "to-trinh-bien-gioi",
    borderReport.input,
    "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
    ["Như trên", "Ban Thi đua – Khen thưởng Tổng Liên đoàn", "Các LĐLĐ tỉnh thành viên Cụm"],
    ["CS-PL"],
    "Nông Văn Thành",
    BORDER_MEMBERS.slice(0, 2).map((m) => m[0]),
  ),
  "004": recommendationFor(
    "to-trinh-thanh-hoa",
    thanhHoaList.input,
    "Ban Thường vụ Công đoàn Viên chức tỉnh Thanh Hóa",
    ["Như trên", "Các đơn vị thành viên Cụm"],
    ["VPCĐ"],
    "Lê Thị Minh Hằng",
    THANH_HOA_UNITS.map((u) => u[0]),
  ),
};

/** A short tờ trình with the header data of another sample and a small list of proposed units. */
function recommendationFor(
  name: string,
  like: DocumentInput,
  addressee: string,
  recipients: readonly string[],
  filing: readonly string[],
  signer: string,
  units: readonly string[],
): DocumentSample {
  return {
    name,
    input: {
      kind: "TTr",
      parentBody: like.parentBody,
      issuingBody: like.issuingBody,
      number: 1,
      place: like.place,
      date: like.date,
      subject: "Về việc đề nghị khen thưởng các đơn vị dẫn đầu, xuất sắc trong phong trào thi đua",
      addressees: [addressee],
      sections: [
        {
          orientation: "auto",
          blocks: [
            {
              type: "paragraph",
              text: `Căn cứ kết quả chấm điểm và họp bình xét thi đua, ${like.issuingBody} kính đề nghị ${addressee} xét khen thưởng các đơn vị sau:`,
            },
            {
              type: "table",
              columns: [{ share: 8, align: "center" }, { share: 62 }, { share: 30 }],
              header: [["STT", "Tên đơn vị", "Hình thức đề nghị"]],
              rows: units.map((u, i) => [String(i + 1), u, i === 0 ? "Đơn vị dẫn đầu" : "Đơn vị xuất sắc"]),
            },
            { type: "paragraph", text: `Kính đề nghị ${addressee} xem xét, quyết định./.` },
          ],
        },
      ],
      closing: { recipients, filing, signature: clusterHeadSignature(signer) },
    },
    names: units,
    landscapeSections: [],
  };
}

/** Every sample: the four seeds' tờ trình, the minutes, the report (draft) and the list. */
export const DOCUMENT_SAMPLES: readonly DocumentSample[] = [
  ...Object.values(RECOMMENDATION_SAMPLES),
  thuDucMinutes,
  borderReport,
  thanhHoaList,
];
