/**
 * Each preset's plan for a chosen year against a table of rows written from its seed's text
 * (../shared/seeds/, cited by file and line), not from the code. A row is
 *   [task id, TT, kind, owners, first day, stated last day or deadline, the day it is due]
 * where the day it is due is the stated one moved to the next working day when it falls on a
 * weekend or public holiday (Bộ luật Dân sự 2015, Điều 148; docs/ARCHITECTURE.md). The weekdays in
 * the comments were checked with Python's datetime, independently of the core's calendar.
 */
import {
  addDays,
  compareDates,
  holidaySet,
  isWorkingDay,
  nextWorkingDay,
  vietnamPublicHolidays,
  type HolidaySet,
} from "../../src/core/calendar";
import type { CalendarDate, Deadlines } from "../../src/core/model";
import type { PlanOwner, ResolvedPlan, ResolvedPlanTask } from "../../src/core/plan";
import { planHolidays } from "../../src/core/plan";
import { PLAN_TEMPLATES, planTemplateFor, presetPlanForYear } from "../../src/core/plan-presets";
import type { PresetId } from "../../src/core/presets";
import { PRESETS, presetById } from "../../src/core/presets";

type Row = readonly [
  id: string,
  tt: string,
  kind: string,
  owners: string,
  start: string,
  end: string,
  due: string,
];

const shown = (d: CalendarDate | undefined): string =>
  d ? `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}` : "";
const ownersShown = (owners: readonly PlanOwner[]): string =>
  owners.map((o) => ("role" in o ? o.role : `unit:${o.unit}`)).join("+");
const rowOf = (t: ResolvedPlanTask): Row => [
  t.id,
  t.number,
  t.kind,
  ownersShown(t.owners),
  shown(t.start),
  shown(t.statedEnd),
  shown(t.end),
];
const rows = (plan: ResolvedPlan): Row[] => plan.tasks.map(rowOf);
const date = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });

describe("seed 003: the northern border provinces' plan for 2015", () => {
  const plan = presetPlanForYear("bien-gioi-phia-bac", 2015);

  it("gives the eleven rows of the seed's table, each part of a row with its own owner", () => {
    const expected: Row[] = [
      // 003:17-21 row 1: draft plan, criteria, pact; "LĐLĐ tỉnh Cao Bằng; LĐLĐ các tỉnh" — Cao Bằng is
      // the head for 2015 (003:106). "Từ 18/11/2014 đến 04/12/2014" (Thursday).
      ["1", "1", "plan", "head+members", "18/11/2014", "04/12/2014", "04/12/2014"],
      // 003:23-26 row 2: "Thành viên Cụm", "Từ 06/12/2014 đến 31/12/2015" (Thursday).
      ["2", "2", "other", "members", "06/12/2014", "31/12/2015", "31/12/2015"],
      // 003:28-31 row 3: registration with the head, "Thành viên Cụm", "Từ 01/01 đến 31/01/2015";
      // 31/01/2015 is a Saturday → Monday 02/02.
      ["3", "3", "registration", "members", "01/01/2015", "31/01/2015", "02/02/2015"],
      // 003:33-36 row 4: the head registers with TLĐ, "Từ 01/02 đến 28/2/2015"; a Saturday → 02/03.
      ["4", "4", "registration", "head", "01/02/2015", "28/02/2015", "02/03/2015"],
      // 003:38-41 row 5: the head's plan for the mid-year review, "Từ 01/5 đến 30/5/2015"; Saturday → 01/06.
      ["5", "5", "plan", "head", "01/05/2015", "30/05/2015", "01/06/2015"],
      // 003:43-51 row 6, "Từ 15/5 đến 15/6/2015" (Monday): members' mid-year report (44, 48), the
      // head's draft of the cluster's (45, 49), a workshop by the head and the members (47, 50).
      ["6a", "6", "mid-report", "members", "15/05/2015", "15/06/2015", "15/06/2015"],
      ["6b", "6", "mid-report", "head", "15/05/2015", "15/06/2015", "15/06/2015"],
      ["6c", "6", "other", "head+members", "15/05/2015", "15/06/2015", "15/06/2015"],
      // 003:53-56 row 7: the head reports the half-year to TLĐ, "Từ 15/6 đến 20/6/2015"; Saturday → 22/06.
      ["7", "7", "results", "head", "15/06/2015", "20/06/2015", "22/06/2015"],
      // 003:58-61 row 8: the head's plan for the summary conference, "Từ 15/9 đến 15/10/2015" (Thursday).
      ["8", "8", "plan", "head", "15/09/2015", "15/10/2015", "15/10/2015"],
      // 003:63-91 row 9, "Từ 01/11 đến 25/12/2015" (Friday): members' year report and self-score (64,
      // 69), the head's draft of the cluster's report (66, 70), the head's appraisal (68, 72), the
      // deputy's draft of next year's plan (78-81, "Phó Cụm"), the conference (87-91, "Trưởng Cụm
      // phối hợp với Phó Cụm"). The last two rows carry no date of their own: row 9's merged cell.
      ["9a", "9", "year-report", "members", "01/11/2015", "25/12/2015", "25/12/2015"],
      ["9b", "9", "self-score", "members", "01/11/2015", "25/12/2015", "25/12/2015"],
      ["9c", "9", "year-report", "head", "01/11/2015", "25/12/2015", "25/12/2015"],
      ["9d", "9", "appraisal", "head", "01/11/2015", "25/12/2015", "25/12/2015"],
      ["9e", "9", "plan", "deputy", "01/11/2015", "25/12/2015", "25/12/2015"],
      ["9f", "9", "summary-meeting", "head+deputy", "01/11/2015", "25/12/2015", "25/12/2015"],
      // 003:94-97 row 10: results and the award proposal to TLĐ, "Từ 25/12/2015 đến 30/3/2016" (Wednesday).
      ["10", "10", "results", "head", "25/12/2015", "30/03/2016", "30/03/2016"],
      // 003:99-102 row 11: "Trưởng Cụm năm 2016", "Từ 01/01 đến 31/12/2016"; 31/12/2016 is a Saturday,
      // 01/01/2017 a Sunday (Tết Dương lịch) given back on Monday 02/01 → Tuesday 03/01/2017.
      ["11", "11", "other", "next-head", "01/01/2016", "31/12/2016", "03/01/2017"],
    ];
    expect(plan.problems).toEqual([]);
    expect(rows(plan)).toEqual(expected);
    expect(new Set(plan.tasks.map((t) => t.number)).size).toBe(11);
  });

  it("writes the plan's years into the titles", () => {
    const titles = new Map<string, string>(plan.tasks.map((t) => [t.id, t.title]));
    expect(titles.get("3")).toBe("Đăng ký thi đua năm 2015 với Thường trực Cụm (Trưởng Cụm)"); // 003:29
    expect(titles.get("4")).toBe("Đăng ký thi đua năm 2015 với Tổng Liên đoàn Lao động Việt Nam"); // 003:34
    expect(titles.get("1")).toContain("điểm chuẩn của Cụm năm 2015"); // 003:18
    expect(titles.get("1")).toContain("Hội nghị tổng kết Cụm năm 2014");
    expect(titles.get("11")).toContain("Cụm thi đua năm 2016"); // 003:100
    expect(plan.tasks.every((t) => !t.title.includes("{"))).toBe(true);
  });

  it("moves with the year: February's last day is the 29th in a leap year", () => {
    const in2016 = presetPlanForYear("bien-gioi-phia-bac", 2016);
    const four = in2016.tasks.find((t) => t.id === "4");
    expect(shown(four?.statedEnd)).toBe("29/02/2016"); // Monday
    expect(shown(four?.end)).toBe("29/02/2016");
    expect(shown(in2016.tasks.find((t) => t.id === "1")?.start)).toBe("18/11/2015");
    expect(shown(in2016.tasks.find((t) => t.id === "10")?.end)).toBe("30/03/2017"); // Thursday
  });

  it("moves a deadline that falls in Tết to the first working day after it", () => {
    // Row 3's last day 31/01 is mùng 1 Tết Giáp Ngọ in 2014 (a Friday). The days off: 30/01 – 03/02,
    // with Saturday 01/02 and Sunday 02/02 given back on 04/02 and 05/02 → Thursday 06/02/2014.
    const three2014 = presetPlanForYear("bien-gioi-phia-bac", 2014).tasks.find((t) => t.id === "3");
    expect(shown(three2014?.statedEnd)).toBe("31/01/2014");
    expect(shown(three2014?.end)).toBe("06/02/2014");
    // In 2025 31/01 is mùng 3 Tết Ất Tỵ (a Friday); the break 28/01 – 01/02, Saturday 01/02 given back
    // on Monday 03/02 → Tuesday 04/02/2025.
    const three2025 = presetPlanForYear("bien-gioi-phia-bac", 2025).tasks.find((t) => t.id === "3");
    expect(shown(three2025?.end)).toBe("04/02/2025");
  });

  it("follows the workbook's holiday list instead of the computed one", () => {
    // The government moved working days for Tết 2025: off from Saturday 25/01 to Sunday 02/02, so
    // Monday 03/02 was a working day.
    const listed: CalendarDate[] = [date(2025, 1, 1)];
    for (let day = 25; day <= 31; day++) listed.push(date(2025, 1, day));
    listed.push(date(2025, 2, 1), date(2025, 2, 2));
    const three = presetPlanForYear("bien-gioi-phia-bac", 2025, listed).tasks.find((t) => t.id === "3");
    expect(shown(three?.end)).toBe("03/02/2025");
  });
});

/** Working days strictly between two days. */
function workingDaysBetween(from: CalendarDate, to: CalendarDate, off: HolidaySet): number {
  let n = 0;
  for (let d = addDays(from, 1); compareDates(d, to) < 0; d = addDays(d, 1)) if (isWorkingDay(d, off)) n++;
  return n;
}

describe("seeds 000 and 002: Thủ Đức's Cụm thi đua 1 in 2022", () => {
  const plan = presetPlanForYear("thu-duc-1", 2022);

  it("gives the registration, the reviews, the pact, the reports and the results on the seeds' dates", () => {
    const expected: Row[] = [
      // 000:56 "Bảng đăng ký thi đua gửi về Trưởng Cụm ... trước tuần thứ 4 của tháng 3": the 4th week
      // starts on the 22nd, so by 21/03/2022 (Monday).
      ["dang-ky", "1", "registration", "members", "", "21/03/2022", "21/03/2022"],
      // 002:16 "họp sơ kết hoạt động của Cụm thi đua 6 tháng (Tháng 7)"; 31/07/2022 is a Sunday → 01/08.
      // The head chairs (000:39 g), the deputy helps (000:44 d).
      ["so-ket", "2", "mid-meeting", "head+deputy", "01/07/2022", "31/07/2022", "01/08/2022"],
      // 002:42 "Ký kết giao kết thi đua trước ngày 24/9/2022" — a Saturday → Monday 26/09.
      ["giao-uoc", "3", "pact", "head+members", "", "24/09/2022", "26/09/2022"],
      // 000:57 "Báo cáo Tổng kết ... và bảng tự chấm điểm thi đua ... về Trưởng Cụm trước ngày 20/10
      // hàng năm (số liệu tính đến ngày 15/10)"; 20/10/2022 is a Thursday. Seed 002:43 says 30/10/2022
      // for that one year: see "the presets' plans and the presets" below for the decision.
      ["bao-cao-nam", "4", "year-report", "members", "", "20/10/2022", "20/10/2022"],
      ["tu-cham", "5", "self-score", "members", "", "20/10/2022", "20/10/2022"],
      // 002:44 "họp chấm điểm, bình xét thi đua và gửi báo cáo kết quả về LĐLĐ ... trước ngày 01/11/2022" (Tuesday).
      ["ket-qua", "6", "results", "head", "", "01/11/2022", "01/11/2022"],
      // 002:16 "tổng kết hoạt động của Cụm thi đua (Tháng 11)"; 30/11/2022 is a Wednesday.
      ["tong-ket", "7", "summary-meeting", "head+deputy", "01/11/2022", "30/11/2022", "30/11/2022"],
    ];
    expect(plan.problems).toEqual([]);
    expect(rows(plan)).toEqual(expected);
  });

  it("counts the reports' figures to 15/10", () => {
    // 002:43 "Số liệu tính đến ngày 15/10/2022"; 000:57 "số liệu tính đến ngày 15/10".
    for (const id of ["bao-cao-nam", "tu-cham"]) {
      expect(shown(plan.tasks.find((t) => t.id === id)?.dataAsOf)).toBe("15/10/2022");
    }
    expect(plan.tasks.filter((t) => t.dataAsOf).length).toBe(2);
  });
});

describe("seed 001: Kon Tum's clusters", () => {
  it("gives the plan, pact and registration before 15/12 of the year before, and the conference by 25/12", () => {
    // 2021: 25/12/2021 is a Saturday, so the conference may be held until Monday 27/12; the draft goes
    // to Ban CSPL 10 working days before it (001:129): counting back from 24/12 (Fri) 1, 23 2, 22 3,
    // 21 4, 20 5, 17 6, 16 7, 15 8, 14 9, 13 10 → Monday 13/12/2021. 15/12/2020 is a Tuesday.
    const expected: Row[] = [
      // 001:12 "Hàng năm, trước ngày 15/12 các cụm ... xây dựng chương trình, kế hoạch hoạt động ...
      // ký kết giao ước thi đua ... và đăng ký thi đua"; the head drafts (001:27), the deputy helps (001:37).
      ["ke-hoach", "1", "plan", "head+deputy", "", "15/12/2020", "15/12/2020"],
      ["giao-uoc", "2", "pact", "head+members", "", "15/12/2020", "15/12/2020"],
      ["dang-ky", "3", "registration", "members", "", "15/12/2020", "15/12/2020"],
      // 001:15 "Hội nghị sơ kết vào tháng 6"; 30/06/2021 is a Wednesday.
      ["so-ket", "4", "mid-meeting", "head+deputy", "01/06/2021", "30/06/2021", "30/06/2021"],
      // 001:129 "10 ngày làm việc trước khi họp tổng kết".
      ["du-thao", "5", "results", "head", "", "13/12/2021", "13/12/2021"],
      // 001:15 "tổng kết vào tháng 12"; 001:129 "chậm nhất ngày 25/12 hàng năm".
      ["tong-ket", "6", "summary-meeting", "head+deputy", "01/12/2021", "25/12/2021", "27/12/2021"],
    ];
    const plan = presetPlanForYear("kon-tum", 2021);
    expect(plan.problems).toEqual([]);
    expect(rows(plan)).toEqual(expected);
  });

  it("moves with the year: 2025's pact limit falls on a Sunday, its conference on a Thursday", () => {
    const plan = presetPlanForYear("kon-tum", 2025);
    const byId = new Map<string, ResolvedPlanTask>(plan.tasks.map((t) => [t.id, t]));
    // 15/12/2024 is a Sunday → Monday 16/12/2024.
    expect(shown(byId.get("giao-uoc")?.statedEnd)).toBe("15/12/2024");
    expect(shown(byId.get("giao-uoc")?.end)).toBe("16/12/2024");
    // 25/12/2025 is a Thursday; 10 working days before: 24, 23, 22, 19, 18, 17, 16, 15, 12, 11 → 11/12.
    expect(shown(byId.get("tong-ket")?.end)).toBe("25/12/2025");
    expect(shown(byId.get("du-thao")?.end)).toBe("11/12/2025");
  });

  it("states the draft's date as 10 working days before the conference, not as a day", () => {
    const draft = planTemplateFor("kon-tum").tasks.find((t) => t.id === "du-thao");
    expect(draft?.end).toEqual({
      kind: "relative",
      count: 10,
      unit: "working-days",
      direction: "before",
      of: "tong-ket",
    });
  });
});

describe("seed 004: Thanh Hóa's Cụm thi đua số 5 in the school year 2021 – 2022", () => {
  it("gives the pact in August, the semester report by 10/12 and the year report by 31/5", () => {
    const expected: Row[] = [
      // 004:50-58 "Ký kết Giao ước thi đua ... Thời gian: tháng 08/2021"; 31/08/2021 is a Tuesday.
      ["giao-uoc", "1", "pact", "head+members", "01/08/2021", "31/08/2021", "31/08/2021"],
      // 004:102 "Báo cáo Sơ kết 06 tháng đầu năm gửi về đơn vị Cụm trưởng trước ngày 10/12/2021" (Friday).
      ["bao-cao-so-ket", "2", "mid-report", "members", "", "10/12/2021", "10/12/2021"],
      // 004:60-78 "Hội nghị Sơ kết hoạt động học kỳ I ... Thời gian: dự kiến tháng 12/2021"; the head
      // chairs, the deputy sends the invitations; 31/12/2021 is a Friday.
      ["so-ket", "3", "mid-meeting", "head+deputy", "01/12/2021", "31/12/2021", "31/12/2021"],
      // 004:104 "Báo cáo tổng kết năm học 2021 – 2022 ...; bảng tự chấm điểm ... trước ngày 31/5/2022" (Tuesday).
      ["bao-cao-tong-ket", "4", "year-report", "members", "", "31/05/2022", "31/05/2022"],
      ["tu-cham", "5", "self-score", "members", "", "31/05/2022", "31/05/2022"],
      // 004:84-98 "Hội nghị Tổng kết hoạt động năm học 2021 – 2022 ... Thời gian: dự kiến tháng 06/2022".
      ["tong-ket", "6", "summary-meeting", "head", "01/06/2022", "30/06/2022", "30/06/2022"],
    ];
    const plan = presetPlanForYear("thanh-hoa-5", 2021);
    expect(plan.problems).toEqual([]);
    expect(rows(plan)).toEqual(expected);
    expect(plan.tasks[3]?.title).toBe(
      "Báo cáo tổng kết năm học 2021 – 2022 và phương hướng, nhiệm vụ năm học 2022 – 2023 gửi về đơn vị Cụm trưởng",
    );
  });

  it("moves a semester report due on a Saturday to the Monday", () => {
    // School year 2022 – 2023: 10/12/2022 is a Saturday → Monday 12/12/2022; 31/05/2023 a Wednesday.
    const plan = presetPlanForYear("thanh-hoa-5", 2022);
    const byId = new Map<string, ResolvedPlanTask>(plan.tasks.map((t) => [t.id, t]));
    expect(shown(byId.get("bao-cao-so-ket")?.end)).toBe("12/12/2022");
    expect(shown(byId.get("tu-cham")?.end)).toBe("31/05/2023");
  });
});

describe("the presets' plans and the presets", () => {
  it("has a plan for every preset, on the preset's kind of period", () => {
    for (const preset of PRESETS) {
      expect(PLAN_TEMPLATES[preset.id].periodKind).toBe(preset.periodFor(2022).kind);
    }
    expect(Object.keys(PLAN_TEMPLATES).sort()).toEqual(PRESETS.map((p) => p.id).sort());
  });

  // The presets' deadlines (src/core/presets.ts) were read from the same seeds by another hand.
  const sameDeadline: readonly [PresetId, keyof Deadlines, string][] = [
    ["kon-tum", "pact", "giao-uoc"],
    ["kon-tum", "summaryMeeting", "tong-ket"],
    ["thu-duc-1", "registration", "dang-ky"],
    ["thu-duc-1", "pact", "giao-uoc"],
    ["thu-duc-1", "endReport", "bao-cao-nam"],
    ["thu-duc-1", "resultsToFederation", "ket-qua"],
    ["thanh-hoa-5", "pact", "giao-uoc"],
    ["thanh-hoa-5", "midReport", "bao-cao-so-ket"],
    ["thanh-hoa-5", "endReport", "bao-cao-tong-ket"],
    ["bien-gioi-phia-bac", "registration", "3"],
    ["bien-gioi-phia-bac", "midReport", "6a"],
    ["bien-gioi-phia-bac", "endReport", "9a"],
    ["bien-gioi-phia-bac", "summaryMeeting", "9f"],
    ["bien-gioi-phia-bac", "resultsToFederation", "10"],
  ];

  it.each(sameDeadline)("%s: the preset's %s deadline is task %s's stated date", (id, field, task) => {
    for (const year of [2015, 2021, 2022, 2025]) {
      const preset = presetById(id);
      const stated = presetPlanForYear(id, year).tasks.find((t) => t.id === task)?.statedEnd;
      expect(stated).toEqual(preset?.deadlinesFor(year)[field]);
    }
  });

  it("takes Thủ Đức's report date from the regulation (20/10), like the preset's deadline", () => {
    // The decision on the seeds' conflict. Seed 000 is the cluster's regulation (quy chế): its §57
    // sets the year report and the self-score table "trước ngày 20/10 hàng năm" — every year. Seed
    // 002 is the 2022 plan: "trước ngày 30/10/2022" — one year's date. A preset moves with the year
    // chosen, so it takes the rule of every year; a cluster whose year's plan says 30/10 types it in
    // its "Kế hoạch" sheet and its configuration. The plan and the preset's deadline (which the
    // eligibility check reads) therefore agree: a report sent on 25/10 is late in both.
    for (const year of [2022, 2024]) {
      const deadline = presetById("thu-duc-1")?.deadlinesFor(year).endReport;
      expect(deadline).toEqual(date(year, 10, 20));
      const plan = presetPlanForYear("thu-duc-1", year);
      for (const id of ["bao-cao-nam", "tu-cham"]) {
        expect(plan.tasks.find((t) => t.id === id)?.statedEnd).toEqual(deadline);
      }
    }
  });

  it("keeps 20/10 after re-reading both seeds: 002's 30/10/2022 leaves no working day before its own 01/11 results", () => {
    // Re-read this session (issue 17). Besides 000 being the rule of every year and 002 one year's
    // plan: 002 itself says its dates are to be checked ("Xem lại thời gian cho phù hợp với hướng dẫn
    // …", 002:37), and its own timeline cannot hold — 30/10/2022 is a Sunday, so the reports would be
    // due Monday 31/10, the last working day before the results are due at the federation "trước
    // ngày 01/11/2022" (002:44), leaving no day to total the scores and hold the meeting that 002:43
    // gives as the reason for the date ("để Cụm trưởng kịp tổng hợp và tổ chức họp bình xét"). 20/10
    // leaves the head seven working days for it.
    const off = holidaySet(planHolidays(2022));
    const seed002 = nextWorkingDay(date(2022, 10, 30), off);
    expect(seed002).toEqual(date(2022, 10, 31));
    expect(workingDaysBetween(seed002, date(2022, 11, 1), off)).toBe(0);
    const plan = presetPlanForYear("thu-duc-1", 2022);
    const report = plan.tasks.find((t) => t.id === "bao-cao-nam")!.end;
    expect(workingDaysBetween(report, date(2022, 11, 1), off)).toBe(7);
  });

  it("agrees with the Kon Tum preset's count of working days before the conference", () => {
    const draft = planTemplateFor("kon-tum").tasks.find((t) => t.id === "du-thao");
    const count = draft?.end.kind === "relative" ? draft.end.count : undefined;
    expect(count).toBe(presetById("kon-tum")?.deadlinesFor(2021).draftWorkingDaysBeforeMeeting);
  });

  it("resolves every preset's plan for every year from 1990 to 2100 without a problem, due on working days", () => {
    for (const preset of PRESETS) {
      for (let year = 1990; year <= 2100; year++) {
        const holidays = planHolidays(year);
        const plan = presetPlanForYear(preset.id, year, holidays);
        expect(plan.problems).toEqual([]);
        expect(plan.tasks.length).toBe(PLAN_TEMPLATES[preset.id].tasks.length);
        for (const task of plan.tasks) {
          if (!isWorkingDay(task.end, holidays))
            throw new Error(`${preset.id} ${year} ${task.id}: ${shown(task.end)}`);
        }
      }
    }
  });

  it("takes the holidays of the year before and two years after by default", () => {
    const days = planHolidays(2021);
    for (const year of [2020, 2021, 2022, 2023]) {
      expect(
        vietnamPublicHolidays(year).every((h) =>
          days.some((d) => d.year === h.year && d.month === h.month && d.day === h.day),
        ),
      ).toBe(true);
    }
    expect(days.some((d) => d.year === 2019 || d.year === 2024)).toBe(false);
  });
});
