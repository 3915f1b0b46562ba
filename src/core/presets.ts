/**
 * One preset per system in the seeds (DOMAIN.md, last table). A preset is data: the period rule,
 * deadlines as day and month, the clusters with their quotas, a starting criteria table and the
 * departments' allocation. The same code turns any of them into a Period, Deadlines and holidays;
 * no rule branches on a preset's id. Everything here is a default the workbook may change.
 *
 * The criteria tables are starting points written for this product from the areas the seeds'
 * guidance names (TLĐ 1931 and 1932/HD-TLĐ for grassroots and upper-level unions); each cluster
 * replaces them with the table its members signed.
 */
import { DEFAULT_VOTE_RULE } from "./awards";
import { vietnamPublicHolidays } from "./calendar";
import { DEFAULT_BANDS } from "./classification";
import { pointsFromNumber } from "./decimal";
import type {
  CalendarDate,
  ClusterDefinition,
  CriterionKind,
  Deadlines,
  Period,
  ScoringConfig,
  TieBreakKey,
  UnitType,
} from "./model";
import { clusterCode } from "./model";

export type PresetId = "kon-tum" | "thu-duc-1" | "thanh-hoa-5" | "bien-gioi-phia-bac";

export interface PresetCriterion {
  readonly code: string;
  readonly text: string;
  readonly max: number;
  readonly kind: CriterionKind;
}

export interface PresetDepartment {
  readonly code: string;
  readonly name: string;
  readonly direct: number;
  readonly coordinating: number;
  readonly isBonus?: boolean;
}

/** A member unit the seed itself names (templates list them; the rest the cluster fills in). */
export interface PresetMember {
  readonly name: string;
  readonly cluster: string;
  readonly type: UnitType;
}

export interface Preset {
  readonly id: PresetId;
  readonly name: string;
  /** The body above the cluster, for the document header (e.g. "Liên đoàn Lao động tỉnh Kon Tum"). */
  readonly parentBody: string;
  /** Who issues the cluster's documents (e.g. "Cụm thi đua số 3"). */
  readonly issuingBody: string;
  /** For the place-and-date line ("Kon Tum, ngày … tháng … năm …"). */
  readonly place: string;
  /** Who the recommendation and the report are addressed to ("Kính gửi: …"): the body that grants the awards. */
  readonly addressee: string;
  /** Who receives the cluster's documents ("Nơi nhận"), without the filing line, as the seed's federation lists them. */
  readonly recipients: readonly string[];
  /**
   * The award each kind of place is proposed for, as the documents name it: Bằng khen in the seeds'
   * provinces; Cờ thi đua for the leading unit of a cluster under the national confederation (seed 003).
   */
  readonly awardKinds: { readonly leading: string; readonly excellent: string };
  /** The period for a year: the calendar year, or for a school year the year it starts. */
  periodFor(year: number): Period;
  readonly config: ScoringConfig;
  readonly clusters: readonly ClusterDefinition[];
  readonly criteria: readonly PresetCriterion[];
  readonly departments: readonly PresetDepartment[];
  readonly members: readonly PresetMember[];
  deadlinesFor(year: number): Deadlines;
  holidaysFor(period: Period): CalendarDate[];
}

// ── The data ────────────────────────────────────────────────────────────────

/** A day and month, in the period's first year (0) or the next (1), or the year before (-1). */
interface DayRule {
  readonly day: number;
  readonly month: number;
  readonly yearOffset?: -1 | 0 | 1;
}

/** The fields a preset takes from its data as they are; the rest are built from the data. */
type GivenAsIs =
  | "id"
  | "name"
  | "parentBody"
  | "issuingBody"
  | "place"
  | "addressee"
  | "recipients"
  | "awardKinds"
  | "criteria"
  | "departments"
  | "members";

interface PresetData extends Pick<Preset, GivenAsIs> {
  readonly period: { readonly kind: Period["kind"]; readonly start: DayRule; readonly end: DayRule };
  readonly selfScoreMax: number;
  readonly departmentsMax: number;
  readonly clusters: readonly {
    code: string;
    name: string;
    leading: number;
    excellent: number;
    block?: string;
  }[];
  readonly deadlines: {
    readonly [K in keyof Deadlines]?: K extends "draftWorkingDaysBeforeMeeting" ? number : DayRule;
  };
}

/**
 * No seed states a tie-break rule: seed 001 decides ties by the member units' vote with consensus
 * (§IV), and so do the others. So no preset ships a chain; the workbook's «Thứ tự xét khi bằng
 * điểm» row stays empty until a cluster fills it with the order it agreed (DOMAIN.md: ties go to
 * the vote).
 */
const TIE_BREAK: readonly TieBreakKey[] = [];

const c = (code: string, text: string, max: number, kind: CriterionKind = "scored"): PresetCriterion => ({
  code,
  text,
  max,
  kind,
});

const KON_TUM: PresetData = {
  id: "kon-tum",
  name: "Cụm, khối thi đua – LĐLĐ tỉnh Kon Tum",
  parentBody: "Liên đoàn Lao động tỉnh Kon Tum",
  issuingBody: "Cụm thi đua",
  place: "Kon Tum",
  addressee: "Ban Thường vụ Liên đoàn Lao động tỉnh Kon Tum",
  awardKinds: { leading: "Bằng khen", excellent: "Bằng khen" },
  recipients: [
    "Như trên",
    "Thường trực LĐLĐ tỉnh",
    "Ban Chính sách – Pháp luật LĐLĐ tỉnh",
    "Các đơn vị thành viên Cụm",
  ],
  period: { kind: "calendar-year", start: { day: 1, month: 1 }, end: { day: 31, month: 12 } },
  selfScoreMax: 90,
  departmentsMax: 10,
  clusters: [
    {
      code: "LDLD-1",
      name: "Cụm LĐLĐ huyện, thành phố số 1",
      leading: 1,
      excellent: 1,
      block: "Khối LĐLĐ huyện, thành phố",
    },
    {
      code: "LDLD-2",
      name: "Cụm LĐLĐ huyện, thành phố số 2",
      leading: 1,
      excellent: 1,
      block: "Khối LĐLĐ huyện, thành phố",
    },
    {
      code: "NGANH",
      name: "Cụm Công đoàn ngành và Công đoàn Viên chức tỉnh",
      leading: 1,
      excellent: 1,
      block: "Khối Công đoàn ngành và CĐVC",
    },
    {
      code: "CDCS-TINH",
      name: "Cụm CĐCS trực thuộc tỉnh",
      leading: 1,
      excellent: 1,
      block: "Khối CĐCS trực thuộc tỉnh và ngành Trung ương",
    },
    {
      code: "TW-1",
      name: "Cụm CĐCS thuộc ngành Trung ương số 1",
      leading: 1,
      excellent: 1,
      block: "Khối CĐCS trực thuộc tỉnh và ngành Trung ương",
    },
    {
      code: "TW-2",
      name: "Cụm CĐCS thuộc ngành Trung ương số 2",
      leading: 1,
      excellent: 1,
      block: "Khối CĐCS trực thuộc tỉnh và ngành Trung ương",
    },
    {
      code: "NGAN-HANG",
      name: "Cụm các Ngân hàng",
      leading: 1,
      excellent: 2,
      block: "Khối CĐCS trực thuộc tỉnh và ngành Trung ương",
    },
  ],
  criteria: [
    c("I", "Công tác tuyên truyền, giáo dục", 15),
    c("I.1", "Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nghị quyết công đoàn", 5),
    c("I.2", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 5),
    c("I.3", "Tổ chức phong trào thi đua, công tác khen thưởng", 5),
    c("II", "Đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, người lao động", 25),
    c("II.1", "Tham gia xây dựng và giám sát thực hiện chính sách, pháp luật", 8),
    c("II.1.a", "Tham gia xây dựng, thực hiện quy chế dân chủ ở cơ sở", 4),
    c("II.1.b", "Đối thoại, thương lượng, ký kết thỏa ước lao động tập thể", 4),
    c("II.2", "Chăm lo đời sống đoàn viên: Tết Sum vầy, Mái ấm công đoàn, hỗ trợ đoàn viên khó khăn", 10),
    c("II.3", "Tư vấn pháp luật, tham gia giải quyết tranh chấp lao động", 7),
    c("III", "Xây dựng tổ chức công đoàn vững mạnh", 25),
    c("III.1", "Phát triển đoàn viên, thành lập công đoàn cơ sở", 10),
    c("III.2", "Đào tạo, bồi dưỡng cán bộ công đoàn", 7),
    c("III.3", "Đánh giá, xếp loại chất lượng hoạt động công đoàn cơ sở", 8),
    c("IV", "Công tác tài chính công đoàn", 15),
    c("IV.1", "Thu kinh phí, đoàn phí công đoàn đạt và vượt chỉ tiêu", 8),
    c("IV.2", "Quản lý, sử dụng tài chính, tài sản công đoàn đúng quy định", 7),
    c("V", "Công tác kiểm tra; chế độ thông tin, báo cáo", 10),
    c("V.1", "Kiểm tra, giám sát theo Điều lệ Công đoàn Việt Nam", 5),
    c("V.2", "Gửi báo cáo đầy đủ, đúng hạn; tham gia hoạt động chung của Cụm", 5),
    c("VI", "Điểm thưởng", 5, "bonus"),
    c("VI.1", "Mô hình mới, cách làm hay được cấp trên ghi nhận, nhân rộng", 3, "bonus"),
    c("VI.2", "Được cấp trên khen thưởng chuyên đề trong năm", 2, "bonus"),
    c("VII", "Điểm trừ", 5, "deduction"),
    c("VII.1", "Gửi báo cáo chậm (mỗi lần trừ 0,5 điểm)", 3, "deduction"),
    c("VII.2", "Không tham gia hoạt động chung của Cụm không có lý do", 2, "deduction"),
  ],
  departments: [
    { code: "TC", name: "Ban Tổ chức", direct: 1, coordinating: 1.5 },
    { code: "TAICHINH", name: "Ban Tài chính", direct: 1.5, coordinating: 0 },
    { code: "TGNC", name: "Ban Tuyên giáo – Nữ công", direct: 1, coordinating: 2 },
    { code: "CSPL", name: "Ban Chính sách – Pháp luật", direct: 1.5, coordinating: 2.5 },
    { code: "UBKT", name: "Ủy ban Kiểm tra", direct: 1, coordinating: 0 },
    { code: "VP", name: "Văn phòng", direct: 1, coordinating: 1 },
    { code: "TT", name: "Thường trực LĐLĐ tỉnh", direct: 3, coordinating: 3, isBonus: true },
  ],
  members: [],
  deadlines: {
    // §I.1: before 15/12 the clusters sign next year's pact; §IV.4: summary by 25/12, the draft
    // to Ban CSPL 10 working days before it.
    pact: { day: 15, month: 12, yearOffset: -1 },
    summaryMeeting: { day: 25, month: 12 },
    draftWorkingDaysBeforeMeeting: 10,
  },
};

const THU_DUC_1: PresetData = {
  id: "thu-duc-1",
  name: "Cụm thi đua 1 – CĐCS trực thuộc LĐLĐ thành phố Thủ Đức",
  parentBody: "Liên đoàn Lao động thành phố Thủ Đức",
  issuingBody: "Cụm thi đua 1",
  place: "Tp. Thủ Đức",
  addressee: "Ban Thường vụ Liên đoàn Lao động thành phố Thủ Đức",
  awardKinds: { leading: "Bằng khen", excellent: "Bằng khen" },
  recipients: [
    "Như trên",
    "Thường trực LĐLĐ Tp. Thủ Đức",
    "Bộ phận Chính sách – Pháp luật LĐLĐ Tp. Thủ Đức",
    "Các đơn vị thành viên Cụm thi đua 1",
  ],
  period: { kind: "calendar-year", start: { day: 1, month: 1 }, end: { day: 31, month: 12 } },
  selfScoreMax: 100,
  departmentsMax: 0,
  clusters: [{ code: "CTD-1", name: "Cụm thi đua 1", leading: 1, excellent: 1 }],
  criteria: [
    c("I", "Đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng; chăm lo đời sống đoàn viên", 35),
    c("I.1", "Tham gia xây dựng, thực hiện quy chế dân chủ, tổ chức hội nghị người lao động", 10),
    c("I.2", "Thương lượng, ký kết và giám sát thực hiện thỏa ước lao động tập thể", 10),
    c("I.3", "Chăm lo đời sống, hỗ trợ đoàn viên có hoàn cảnh khó khăn", 15),
    c("II", "Tuyên truyền, vận động đoàn viên, người lao động", 20),
    c("II.1", "Tuyên truyền chủ trương, chính sách, pháp luật, nghị quyết công đoàn", 10),
    c("II.2", "Hoạt động văn hóa, thể thao, công tác nữ công", 10),
    c("III", "Tổ chức phong trào thi đua", 20),
    c("III.1", "Phát động, tổ chức phong trào thi đua, đăng ký thi đua đúng hạn", 10),
    c("III.2", "Sáng kiến, cải tiến; bồi dưỡng, nhân rộng điển hình tiên tiến", 10),
    c("IV", "Xây dựng tổ chức công đoàn", 15),
    c("IV.1", "Phát triển đoàn viên, sinh hoạt ban chấp hành định kỳ", 8),
    c("IV.2", "Tham gia hoạt động chung của Cụm, thực hiện chế độ báo cáo", 7),
    c("V", "Tài chính và kiểm tra công đoàn", 10),
    c("V.1", "Thu, chi, quản lý tài chính công đoàn đúng quy định", 6),
    c("V.2", "Hoạt động của ủy ban kiểm tra công đoàn cơ sở", 4),
    c("VI", "Điểm thưởng", 5, "bonus"),
    c("VI.1", "Được cấp trên khen thưởng, ghi nhận trong năm", 5, "bonus"),
    c("VII", "Điểm trừ", 5, "deduction"),
    c("VII.1", "Gửi báo cáo, bảng tự chấm điểm chậm hạn", 5, "deduction"),
  ],
  departments: [],
  members: [],
  deadlines: {
    // Seed 000: the registration sheet before the 4th week of March (which starts on the 22nd).
    registration: { day: 21, month: 3 },
    // Seed 002: the pact before 24/9.
    pact: { day: 24, month: 9 },
    endReport: { day: 20, month: 10 },
    resultsToFederation: { day: 1, month: 11 },
  },
};

const THANH_HOA_5: PresetData = {
  id: "thanh-hoa-5",
  name: "Cụm thi đua số 5 – Công đoàn Viên chức tỉnh Thanh Hóa",
  parentBody: "Công đoàn Viên chức tỉnh Thanh Hóa",
  issuingBody: "Cụm thi đua số 5",
  place: "Thanh Hóa",
  addressee: "Ban Thường vụ Công đoàn Viên chức tỉnh Thanh Hóa",
  awardKinds: { leading: "Bằng khen", excellent: "Bằng khen" },
  recipients: ["Như trên", "Thường trực Công đoàn Viên chức tỉnh Thanh Hóa", "Các đơn vị thành viên Cụm"],
  period: { kind: "school-year", start: { day: 1, month: 8 }, end: { day: 31, month: 7, yearOffset: 1 } },
  selfScoreMax: 100,
  departmentsMax: 0,
  clusters: [{ code: "CTD-5", name: "Cụm thi đua số 5", leading: 1, excellent: 1 }],
  criteria: [
    c("I", "Thực hiện nhiệm vụ chính trị, chuyên môn của nhà trường", 30),
    c("I.1", "Phối hợp thực hiện kế hoạch năm học, nâng cao chất lượng dạy và học", 15),
    c("I.2", "Vận động đoàn viên chấp hành kỷ luật, kỷ cương, văn hóa công vụ", 15),
    c("II", "Chăm lo, đại diện, bảo vệ quyền, lợi ích hợp pháp của đoàn viên", 25),
    c("II.1", "Tham gia xây dựng quy chế dân chủ, tổ chức hội nghị viên chức", 10),
    c("II.2", "Chăm lo đời sống, phòng, chống dịch bệnh cho đoàn viên", 15),
    c("III", "Tuyên truyền, tổ chức các phong trào thi đua", 20),
    c("III.1", "Phong trào thi đua do Công đoàn Viên chức tỉnh phát động", 10),
    c("III.2", "Hoạt động văn hóa, thể thao, công tác nữ công", 10),
    c("IV", "Xây dựng tổ chức công đoàn, tài chính công đoàn", 15),
    c("IV.1", "Sinh hoạt ban chấp hành, phát triển đoàn viên", 8),
    c("IV.2", "Thu, chi, quản lý tài chính công đoàn đúng quy định", 7),
    c("V", "Tham gia hoạt động Cụm; chế độ thông tin, báo cáo", 10),
    c("V.1", "Tham gia ký giao ước, hội nghị sơ kết, tổng kết của Cụm", 5),
    c("V.2", "Gửi báo cáo sơ kết, tổng kết và bảng tự chấm điểm đúng hạn", 5),
  ],
  departments: [],
  members: [
    {
      name: "Công đoàn trường Đại học Văn hóa, Thể thao và Du lịch Thanh Hóa",
      cluster: "CTD-5",
      type: "direct",
    },
    { name: "Công đoàn trường Cao đẳng Nghề Công nghiệp Thanh Hóa", cluster: "CTD-5", type: "direct" },
  ],
  deadlines: {
    pact: { day: 31, month: 8 },
    midReport: { day: 10, month: 12 },
    endReport: { day: 31, month: 5, yearOffset: 1 },
  },
};

const BIEN_GIOI_PHIA_BAC: PresetData = {
  id: "bien-gioi-phia-bac",
  name: "Cụm thi đua LĐLĐ các tỉnh Biên giới phía Bắc",
  parentBody: "Tổng Liên đoàn Lao động Việt Nam",
  issuingBody: "Cụm thi đua LĐLĐ các tỉnh Biên giới phía Bắc",
  place: "Cao Bằng",
  addressee: "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
  awardKinds: { leading: "Cờ thi đua của Tổng Liên đoàn", excellent: "Bằng khen của Tổng Liên đoàn" },
  recipients: ["Như trên", "Ban Thi đua – Khen thưởng Tổng Liên đoàn", "Các LĐLĐ tỉnh thành viên Cụm"],
  period: { kind: "calendar-year", start: { day: 1, month: 1 }, end: { day: 31, month: 12 } },
  selfScoreMax: 100,
  departmentsMax: 0,
  clusters: [
    { code: "BGPB", name: "Cụm thi đua LĐLĐ các tỉnh Biên giới phía Bắc", leading: 1, excellent: 1 },
  ],
  criteria: [
    c("I", "Tuyên truyền, giáo dục; thực hiện nhiệm vụ chính trị của địa phương", 15),
    c("I.1", "Tuyên truyền chủ trương, chính sách, pháp luật, nghị quyết công đoàn", 8),
    c("I.2", "Tuyên truyền bảo vệ chủ quyền, an ninh biên giới", 7),
    c("II", "Đại diện, bảo vệ quyền, lợi ích hợp pháp; chăm lo đời sống đoàn viên", 30),
    c("II.1", "Tham gia xây dựng chính sách, pháp luật; đối thoại, thương lượng tập thể", 10),
    c("II.2", "Chăm lo đời sống, Tết Sum vầy, Mái ấm công đoàn", 12),
    c("II.3", "Tư vấn pháp luật, giải quyết tranh chấp lao động", 8),
    c("III", "Phát triển đoàn viên, xây dựng tổ chức công đoàn vững mạnh", 25),
    c("III.1", "Phát triển đoàn viên, thành lập công đoàn cơ sở", 12),
    c("III.2", "Đào tạo cán bộ công đoàn; đánh giá chất lượng công đoàn cơ sở", 13),
    c("IV", "Thi đua, khen thưởng; hoạt động của Cụm", 15),
    c("IV.1", "Tổ chức phong trào thi đua, nhân rộng điển hình tiên tiến", 8),
    c("IV.2", "Tham gia hoạt động Cụm, hội thảo, chế độ báo cáo", 7),
    c("V", "Tài chính và kiểm tra công đoàn", 15),
    c("V.1", "Thu, phân phối, quản lý tài chính công đoàn", 9),
    c("V.2", "Kiểm tra, giám sát theo Điều lệ", 6),
  ],
  departments: [],
  members: [
    { name: "LĐLĐ tỉnh Cao Bằng", cluster: "BGPB", type: "direct" },
    { name: "LĐLĐ tỉnh Lào Cai", cluster: "BGPB", type: "direct" },
  ],
  deadlines: {
    registration: { day: 31, month: 1 },
    midReport: { day: 15, month: 6 },
    endReport: { day: 25, month: 12 },
    summaryMeeting: { day: 25, month: 12 },
    resultsToFederation: { day: 30, month: 3, yearOffset: 1 },
  },
};

// ── One way to turn the data into a preset ──────────────────────────────────

function dateOf(rule: DayRule, year: number): CalendarDate {
  return { year: year + (rule.yearOffset ?? 0), month: rule.month, day: rule.day };
}

function presetFrom(data: PresetData): Preset {
  const config: ScoringConfig = {
    selfScoreMax: pointsFromNumber(data.selfScoreMax),
    departmentsMax: pointsFromNumber(data.departmentsMax),
    bands: DEFAULT_BANDS,
    tieBreak: TIE_BREAK,
    voteRule: DEFAULT_VOTE_RULE,
  };
  return {
    id: data.id,
    name: data.name,
    parentBody: data.parentBody,
    issuingBody: data.issuingBody,
    place: data.place,
    addressee: data.addressee,
    recipients: data.recipients,
    awardKinds: data.awardKinds,
    config,
    clusters: data.clusters.map((k) => ({
      code: clusterCode(k.code),
      name: k.name,
      quota: { leading: k.leading, excellent: k.excellent },
      ...(k.block !== undefined && { block: k.block }),
    })),
    criteria: data.criteria,
    departments: data.departments,
    members: data.members,
    periodFor(year) {
      const start = dateOf(data.period.start, year);
      const end = dateOf(data.period.end, year);
      const label =
        data.period.kind === "school-year" ? `Năm học ${start.year} – ${end.year}` : `Năm ${year}`;
      return { label, kind: data.period.kind, start, end };
    },
    deadlinesFor(year) {
      const out: { -readonly [K in keyof Deadlines]: Deadlines[K] } = {};
      const d = data.deadlines;
      if (d.registration) out.registration = dateOf(d.registration, year);
      if (d.pact) out.pact = dateOf(d.pact, year);
      if (d.midReport) out.midReport = dateOf(d.midReport, year);
      if (d.endReport) out.endReport = dateOf(d.endReport, year);
      if (d.summaryMeeting) out.summaryMeeting = dateOf(d.summaryMeeting, year);
      if (d.resultsToFederation) out.resultsToFederation = dateOf(d.resultsToFederation, year);
      if (d.draftWorkingDaysBeforeMeeting !== undefined) {
        out.draftWorkingDaysBeforeMeeting = d.draftWorkingDaysBeforeMeeting;
      }
      return out;
    },
    holidaysFor(period) {
      // The year before too: a pact deadline may fall in December before the period starts.
      const days: CalendarDate[] = [];
      for (let y = period.start.year - 1; y <= period.end.year; y++) days.push(...vietnamPublicHolidays(y));
      return days;
    },
  };
}

export const PRESETS: readonly Preset[] = [KON_TUM, THU_DUC_1, THANH_HOA_5, BIEN_GIOI_PHIA_BAC].map(
  presetFrom,
);

/**
 * @example presetById("kon-tum")?.config.selfScoreMax === 9000
 */
export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
