/**
 * Each preset's plan for the year, as data taken from its seed (../shared/seeds/, DOMAIN.md "The
 * period and its deadlines"). Dates are given relative to the period's year, so the plan moves with
 * the year chosen; `source` names the seed and its lines. These are starting points: a cluster's
 * own plan (its "Kế hoạch" sheet) replaces them.
 *
 * Readings of the seeds, where the text leaves a choice:
 * - Seed 003 (Biên giới phía Bắc, plan for 2015): one task per line of its table, so rows 6 and 9,
 *   which give several tasks each with its own owner, become several tasks sharing the row's number.
 *   The two unnumbered rows after row 9 (the deputy's draft of next year's plan; the summary
 *   conference) have no date of their own: they are read as sharing row 9's merged "01/11 – 25/12".
 *   Row 9's first line ("Báo cáo tổng kết, tự chấm điểm") is two deliveries: the report and the
 *   self-score. Row 1 names "LĐLĐ tỉnh Cao Bằng", the head for 2015 (§III.1), so it is the head's.
 *   "Từ 01/02 đến 28/2" is read as all of February, so the month's last day.
 * - Seeds 000/002 (Thủ Đức, 2022): the regulation (000) gives the rule of every year ("hàng năm"),
 *   the 2022 plan (002) that year's dates. Where they differ the preset moves with the year, so it
 *   takes the regulation's: the year report and the self-score table by 20/10 (000:57), as the
 *   preset's deadlines (presets.ts) and so the eligibility check; 002's "30/10/2022" is one year's
 *   choice, which a cluster types in its "Kế hoạch" sheet. The reviews in July and November are
 *   002's (000 gives none). "Trước tuần thứ 4 của tháng 3" is
 *   21/3, the last day of the third week, as in the preset's deadlines.
 * - Seed 001 (Kon Tum): the plan, the pact and the registration for year Y are due before 15/12 of
 *   the year before, as in the preset's deadlines; the summary conference is held in December, by
 *   25/12; the draft goes to Ban CSPL 10 working days before it.
 * - Seed 004 (Thanh Hóa, năm học 2021 – 2022): the year is the one the school year starts; the
 *   pact is signed in August of it, the reports are due 10/12 and 31/5 of the next year.
 */
import type { PlanDate, PlanOwner, PlanTask, PlanTaskKind, PlanTemplate, ResolvedPlan } from "./plan";
import { planForYear, planHolidays, planTaskId } from "./plan";
import type { Holidays } from "./calendar";
import type { PresetId } from "./presets";

const HEAD: PlanOwner = { role: "head" };
const DEPUTY: PlanOwner = { role: "deputy" };
const MEMBERS: PlanOwner = { role: "members" };
const NEXT_HEAD: PlanOwner = { role: "next-head" };

/** Day and month in the period's year, or `yearOffset` years from it. */
const on = (day: number | "last", month: number, yearOffset = 0): PlanDate => ({
  kind: "period",
  day,
  month,
  ...(yearOffset !== 0 && { yearOffset }),
});

interface TaskData {
  readonly id: string;
  readonly number: string;
  readonly title: string;
  readonly kind: PlanTaskKind;
  readonly owners: readonly PlanOwner[];
  readonly start?: PlanDate;
  readonly end: PlanDate;
  readonly dataAsOf?: PlanDate;
  readonly source: string;
}

const task = (data: TaskData): PlanTask => ({ ...data, id: planTaskId(data.id) });

// ── Seed 003: Cụm thi đua LĐLĐ các tỉnh Biên giới phía Bắc ──────────────────

const BIEN_GIOI_PHIA_BAC: PlanTemplate = {
  periodKind: "calendar-year",
  tasks: [
    task({
      id: "1",
      number: "1",
      title:
        "Xây dựng dự thảo: Kế hoạch hoạt động; Nội dung phát động thi đua; các chỉ tiêu thi đua và điểm chuẩn của Cụm năm {Y} gửi lấy ý kiến tham gia đóng góp của các thành viên và hoàn chỉnh bản giao ước thi đua để thống nhất ký kết tại Hội nghị tổng kết Cụm năm {Y-1}",
      kind: "plan",
      owners: [HEAD, MEMBERS],
      start: on(18, 11, -1),
      end: on(4, 12, -1),
      source: "003:17-21",
    }),
    task({
      id: "2",
      number: "2",
      title:
        "Tổ chức, triển khai thực hiện Kế hoạch, nội dung phát động thi đua, các chỉ tiêu thi đua tới đoàn viên Công đoàn, người lao động và Công đoàn các cấp",
      kind: "other",
      owners: [MEMBERS],
      start: on(6, 12, -1),
      end: on(31, 12),
      source: "003:23-26",
    }),
    task({
      id: "3",
      number: "3",
      title: "Đăng ký thi đua năm {Y} với Thường trực Cụm (Trưởng Cụm)",
      kind: "registration",
      owners: [MEMBERS],
      start: on(1, 1),
      end: on("last", 1),
      source: "003:28-31",
    }),
    task({
      id: "4",
      number: "4",
      title: "Đăng ký thi đua năm {Y} với Tổng Liên đoàn Lao động Việt Nam",
      kind: "registration",
      owners: [HEAD],
      start: on(1, 2),
      end: on("last", 2),
      source: "003:33-36",
    }),
    task({
      id: "5",
      number: "5",
      title:
        "Xây dựng Kế hoạch sơ kết công tác thi đua, khen thưởng của Cụm 6 tháng đầu năm {Y} gửi các thành viên trong Cụm",
      kind: "plan",
      owners: [HEAD],
      start: on(1, 5),
      end: on(30, 5),
      source: "003:38-41",
    }),
    task({
      id: "6a",
      number: "6",
      title:
        "Xây dựng Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm {Y} của đơn vị gửi Thường trực Cụm thi đua",
      kind: "mid-report",
      owners: [MEMBERS],
      start: on(15, 5),
      end: on(15, 6),
      source: "003:44,48,51",
    }),
    task({
      id: "6b",
      number: "6",
      // The seed writes "6 tháng đầu năm 2014" here, a slip for the plan's year.
      title:
        "Tổng hợp, xây dựng dự thảo Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm {Y} gửi các thành viên tham gia đóng góp ý kiến",
      kind: "mid-report",
      owners: [HEAD],
      start: on(15, 5),
      end: on(15, 6),
      source: "003:45,49,51",
    }),
    task({
      id: "6c",
      number: "6",
      title: "Tổ chức Hội thảo về hoạt động thi đua khen thưởng",
      kind: "other",
      owners: [HEAD, MEMBERS],
      start: on(15, 5),
      end: on(15, 6),
      source: "003:47,50,51",
    }),
    task({
      id: "7",
      number: "7",
      title: "Tổng hợp công tác thi đua, khen thưởng 6 tháng đầu năm {Y} của Cụm và báo cáo Tổng Liên đoàn",
      kind: "results",
      owners: [HEAD],
      start: on(15, 6),
      end: on(20, 6),
      source: "003:53-56",
    }),
    task({
      id: "8",
      number: "8",
      title:
        "Xây dựng Kế hoạch tổ chức Hội nghị tổng kết hoạt động công tác thi đua, khen thưởng của Cụm năm {Y} gửi các thành viên trong Cụm",
      kind: "plan",
      owners: [HEAD],
      start: on(15, 9),
      end: on(15, 10),
      source: "003:58-61",
    }),
    task({
      id: "9a",
      number: "9",
      title: "Xây dựng Báo cáo tổng kết về công tác thi đua năm {Y} gửi Thường trực Cụm",
      kind: "year-report",
      owners: [MEMBERS],
      start: on(1, 11),
      end: on(25, 12),
      source: "003:64,69,75",
    }),
    task({
      id: "9b",
      number: "9",
      title: "Tự chấm điểm về công tác thi đua năm {Y} gửi Thường trực Cụm",
      kind: "self-score",
      owners: [MEMBERS],
      start: on(1, 11),
      end: on(25, 12),
      source: "003:64,69,75",
    }),
    task({
      id: "9c",
      number: "9",
      title:
        "Tổng hợp, xây dựng dự thảo Báo cáo tổng kết công tác thi đua năm {Y} của Cụm gửi các thành viên tham gia đóng góp ý kiến",
      kind: "year-report",
      owners: [HEAD],
      start: on(1, 11),
      end: on(25, 12),
      source: "003:66,70,75",
    }),
    task({
      id: "9d",
      number: "9",
      title:
        "Xây dựng Kế hoạch, tổ chức thẩm định, kiểm tra các đơn vị thành viên để làm căn cứ cho công tác bình xét, suy tôn và đề nghị Tổng Liên đoàn khen thưởng năm {Y}",
      kind: "appraisal",
      owners: [HEAD],
      start: on(1, 11),
      end: on(25, 12),
      source: "003:68,72,75",
    }),
    task({
      id: "9e",
      number: "9",
      title:
        "Xây dựng dự thảo: Kế hoạch hoạt động; Nội dung phát động thi đua; các chỉ tiêu thi đua và điểm chuẩn của Cụm năm {Y+1}; gửi các bản dự thảo lấy ý kiến tham gia đóng góp của các thành viên và tổng hợp ý kiến để các thành viên thống nhất, ký giao ước thi đua tại Hội nghị tổng kết Cụm năm {Y}",
      kind: "plan",
      owners: [DEPUTY],
      start: on(1, 11),
      end: on(25, 12),
      source: "003:78-81,75",
    }),
    task({
      id: "9f",
      number: "9",
      title:
        "Tổ chức Hội nghị Tổng kết hoạt động của Cụm, bình xét, suy tôn đơn vị dẫn đầu Cụm, đơn vị xuất sắc đề nghị Tổng Liên đoàn khen thưởng năm {Y}; bầu Trưởng Cụm, Phó Cụm thi đua và tổ chức ký giao ước, đăng ký thi đua năm {Y+1}",
      kind: "summary-meeting",
      owners: [HEAD, DEPUTY],
      start: on(1, 11),
      end: on(25, 12),
      source: "003:87-91,75",
    }),
    task({
      id: "10",
      number: "10",
      title:
        "Tổng hợp và báo cáo kết quả hoạt động của Cụm, hoàn thiện tờ trình đề nghị khen thưởng năm {Y} với Tổng Liên đoàn",
      kind: "results",
      owners: [HEAD],
      start: on(25, 12),
      end: on(30, 3, 1),
      source: "003:94-97",
    }),
    task({
      id: "11",
      number: "11",
      title:
        "Tổ chức triển khai Kế hoạch, nội dung phát động thi đua, biện pháp thực hiện và phương hướng hoạt động của Cụm thi đua năm {Y+1}",
      kind: "other",
      owners: [NEXT_HEAD],
      start: on(1, 1, 1),
      end: on(31, 12, 1),
      source: "003:99-102",
    }),
  ],
};

// ── Seeds 000 and 002: Cụm thi đua 1, LĐLĐ thành phố Thủ Đức ────────────────

const THU_DUC_1: PlanTemplate = {
  periodKind: "calendar-year",
  tasks: [
    task({
      id: "dang-ky",
      number: "1",
      title: "Thực hiện Bảng đăng ký thi đua năm {Y} gửi về Trưởng Cụm để tổng hợp và theo dõi",
      kind: "registration",
      owners: [MEMBERS],
      end: on(21, 3),
      source: "000:56",
    }),
    task({
      id: "so-ket",
      number: "2",
      title: "Họp sơ kết hoạt động của Cụm thi đua 6 tháng đầu năm {Y}",
      kind: "mid-meeting",
      owners: [HEAD, DEPUTY],
      start: on(1, 7),
      end: on("last", 7),
      source: "002:16",
    }),
    task({
      id: "giao-uoc",
      number: "3",
      title: "Ký kết giao kết thi đua năm {Y} giữa các đơn vị trong Cụm",
      kind: "pact",
      owners: [HEAD, MEMBERS],
      end: on(24, 9),
      source: "002:42",
    }),
    task({
      id: "bao-cao-nam",
      number: "4",
      title:
        "Báo cáo tổng kết công tác thi đua, khen thưởng năm {Y}, phương hướng nhiệm vụ năm {Y+1} gửi về Trưởng Cụm",
      kind: "year-report",
      owners: [MEMBERS],
      end: on(20, 10),
      dataAsOf: on(15, 10),
      source: "000:57",
    }),
    task({
      id: "tu-cham",
      number: "5",
      title: "Gửi báo cáo chấm điểm (bảng tự chấm điểm thi đua năm {Y}) về Cụm trưởng",
      kind: "self-score",
      owners: [MEMBERS],
      end: on(20, 10),
      dataAsOf: on(15, 10),
      source: "000:57",
    }),
    task({
      id: "ket-qua",
      number: "6",
      title:
        "Họp chấm điểm, bình xét thi đua và gửi báo cáo kết quả về Liên đoàn Lao động thành phố Thủ Đức (Bộ phận Chính sách pháp luật)",
      kind: "results",
      owners: [HEAD],
      end: on(1, 11),
      source: "002:44",
    }),
    task({
      id: "tong-ket",
      number: "7",
      title: "Họp tổng kết hoạt động của Cụm thi đua năm {Y}",
      kind: "summary-meeting",
      owners: [HEAD, DEPUTY],
      start: on(1, 11),
      end: on("last", 11),
      source: "002:16",
    }),
  ],
};

// ── Seed 001: Cụm, khối thi đua, LĐLĐ tỉnh Kon Tum ──────────────────────────

const KON_TUM: PlanTemplate = {
  periodKind: "calendar-year",
  tasks: [
    task({
      id: "ke-hoach",
      number: "1",
      title: "Xây dựng chương trình, kế hoạch hoạt động và nội dung phát động thi đua của Cụm năm {Y}",
      kind: "plan",
      owners: [HEAD, DEPUTY],
      end: on(15, 12, -1),
      source: "001:12,27,37",
    }),
    task({
      id: "giao-uoc",
      number: "2",
      title: "Phát động, ký kết giao ước thi đua năm {Y} giữa các đơn vị trong Cụm",
      kind: "pact",
      owners: [HEAD, MEMBERS],
      end: on(15, 12, -1),
      source: "001:12",
    }),
    task({
      id: "dang-ky",
      number: "3",
      title: "Đăng ký thi đua năm {Y} theo quy định và hướng dẫn của Liên đoàn Lao động tỉnh",
      kind: "registration",
      owners: [MEMBERS],
      end: on(15, 12, -1),
      source: "001:12",
    }),
    task({
      id: "so-ket",
      number: "4",
      title: "Hội nghị sơ kết 6 tháng đầu năm {Y} của Cụm",
      kind: "mid-meeting",
      owners: [HEAD, DEPUTY],
      start: on(1, 6),
      end: on("last", 6),
      source: "001:15,33,39",
    }),
    task({
      id: "du-thao",
      number: "5",
      title:
        "Gửi dự thảo báo cáo tổng kết Cụm và kết quả chấm điểm thi đua của Cụm năm {Y} về Ban Chính sách - Pháp luật (10 ngày làm việc trước khi họp tổng kết)",
      kind: "results",
      owners: [HEAD],
      end: {
        kind: "relative",
        count: 10,
        unit: "working-days",
        direction: "before",
        of: planTaskId("tong-ket"),
      },
      source: "001:129",
    }),
    task({
      id: "tong-ket",
      number: "6",
      title: "Hội nghị tổng kết giao ước thi đua Cụm năm {Y}",
      kind: "summary-meeting",
      owners: [HEAD, DEPUTY],
      start: on(1, 12),
      end: on(25, 12),
      source: "001:15,129",
    }),
  ],
};

// ── Seed 004: Cụm thi đua số 5, Công đoàn Viên chức tỉnh Thanh Hóa ──────────

const THANH_HOA_5: PlanTemplate = {
  periodKind: "school-year",
  tasks: [
    task({
      id: "giao-uoc",
      number: "1",
      title: "Ký kết Giao ước thi đua và triển khai Kế hoạch hoạt động của Cụm Thi đua năm học {Y} – {Y+1}",
      kind: "pact",
      owners: [HEAD, MEMBERS],
      start: on(1, 8),
      end: on("last", 8),
      source: "004:50-58",
    }),
    task({
      id: "bao-cao-so-ket",
      number: "2",
      title: "Báo cáo sơ kết học kỳ I năm học {Y} – {Y+1} gửi về đơn vị Cụm trưởng",
      kind: "mid-report",
      owners: [MEMBERS],
      end: on(10, 12),
      source: "004:102",
    }),
    task({
      id: "so-ket",
      number: "3",
      title: "Hội nghị sơ kết hoạt động học kỳ I, năm học {Y} – {Y+1}",
      kind: "mid-meeting",
      owners: [HEAD, DEPUTY],
      start: on(1, 12),
      end: on("last", 12),
      source: "004:60-78",
    }),
    task({
      id: "bao-cao-tong-ket",
      number: "4",
      title:
        "Báo cáo tổng kết năm học {Y} – {Y+1} và phương hướng, nhiệm vụ năm học {Y+1} – {Y+2} gửi về đơn vị Cụm trưởng",
      kind: "year-report",
      owners: [MEMBERS],
      end: on(31, 5, 1),
      source: "004:104",
    }),
    task({
      id: "tu-cham",
      number: "5",
      title: "Bảng tự chấm điểm thi đua năm học {Y} – {Y+1} gửi về đơn vị Cụm trưởng",
      kind: "self-score",
      owners: [MEMBERS],
      end: on(31, 5, 1),
      source: "004:104",
    }),
    task({
      id: "tong-ket",
      number: "6",
      title: "Hội nghị tổng kết hoạt động năm học {Y} – {Y+1}",
      kind: "summary-meeting",
      owners: [HEAD],
      start: on(1, 6, 1),
      end: on("last", 6, 1),
      source: "004:84-98",
    }),
  ],
};

/** Each preset's plan, keyed by its id. */
export const PLAN_TEMPLATES: { readonly [P in PresetId]: PlanTemplate } = {
  "bien-gioi-phia-bac": BIEN_GIOI_PHIA_BAC,
  "thu-duc-1": THU_DUC_1,
  "kon-tum": KON_TUM,
  "thanh-hoa-5": THANH_HOA_5,
};

/**
 * A preset's plan as data, with dates relative to the period.
 *
 * @example planTemplateFor("kon-tum").tasks.length === 6
 */
export function planTemplateFor(id: PresetId): PlanTemplate {
  return PLAN_TEMPLATES[id];
}

/**
 * A preset's plan for one year (the calendar year, or the year a school year starts), with the
 * computed holidays unless the caller passes the workbook's list.
 *
 * @example presetPlanForYear("thanh-hoa-5", 2021).tasks[1].end // { year: 2021, month: 12, day: 10 }
 */
export function presetPlanForYear(
  id: PresetId,
  year: number,
  holidays: Holidays = planHolidays(year),
): ResolvedPlan {
  return planForYear(PLAN_TEMPLATES[id].tasks, { year, holidays });
}
