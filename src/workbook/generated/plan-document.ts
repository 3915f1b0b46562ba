/**
 * The cluster's activity plan as an administrative document (kế hoạch, KH, Nghị định 30/2020/NĐ-CP):
 * "KẾ HOẠCH / Hoạt động của Cụm thi đua … năm …" with seed 003's table — TT, Nội dung, Đơn vị thực
 * hiện, Thời gian — from the resolved plan. Only words are given here; the format is the document
 * model's (documents/build.ts) and the printing the Word writer's. Vietnamese only: it is the
 * cluster's record.
 */
import type { CalendarDate } from "../../core/model";
import type { PlanOwner, ResolvedPlanTask } from "../../core/plan";
import { PLAN_ROLE_LABELS } from "../sheets/plan";
import { type DocumentInput, type TableCellInput, clusterHeadSignature } from "./documents";

export interface PlanDocumentSource {
  readonly tasks: readonly ResolvedPlanTask[];
  /** "Năm 2024", "Năm học 2021 – 2022". */
  readonly periodLabel: string;
  readonly parentBody: string;
  readonly issuingBody: string;
  readonly place: string;
  readonly signer: string;
  readonly recipients: readonly string[];
  /** Unit names by code, to print a unit owner by name. */
  readonly unitNames: ReadonlyMap<string, string>;
  /** The day the document is dated. */
  readonly date: CalendarDate;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const day = (d: CalendarDate): string => `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;

/** "Cụm trưởng, Thành viên Cụm", a unit by its name. */
export function ownersLine(owners: readonly PlanOwner[], unitNames: ReadonlyMap<string, string>): string {
  return owners
    .map((o) => ("unit" in o ? (unitNames.get(o.unit) ?? String(o.unit)) : PLAN_ROLE_LABELS[o.role]))
    .join(", ");
}

/** "Từ 01/11/2015 đến 25/12/2015", "Trước ngày 15/12/2024", as the plan states the dates. */
export function timeLine(task: ResolvedPlanTask): string {
  if (task.start && day(task.start) !== day(task.statedEnd)) {
    return `Từ ${day(task.start)} đến ${day(task.statedEnd)}`;
  }
  const limit = task.endIs === "event" ? `Ngày ${day(task.statedEnd)}` : `Trước ngày ${day(task.statedEnd)}`;
  return task.dataAsOf ? `${limit} (số liệu tính đến ngày ${day(task.dataAsOf)})` : limit;
}

/** The period as the subject writes it: "năm 2024", "năm học 2021 – 2022". */
function periodWords(label: string): string {
  const text = label.trim();
  return text === "" ? "" : ` ${text.charAt(0).toLocaleLowerCase("vi")}${text.slice(1)}`;
}

/**
 * The plan's document: title, a short opening, the table of tasks (rows sharing a TT share its
 * cell, as in seed 003), the closing with the cluster's recipients and its head's signature. The
 * number is left for the clerk to register ("Số: …/KH-CTĐ"). Cancelled tasks are left out.
 */
export function planDocumentInput(source: PlanDocumentSource): DocumentInput {
  const tasks = source.tasks.filter((t) => t.status !== "cancelled");
  const rows: TableCellInput[][] = [];
  tasks.forEach((task, i) => {
    const previous = tasks[i - 1];
    const owners = ownersLine(task.owners, source.unitNames);
    const cells: TableCellInput[] = [task.title, owners, timeLine(task)];
    if (previous !== undefined && task.number !== "" && previous.number === task.number) {
      rows.push(cells);
      return;
    }
    let span = 1;
    while (task.number !== "" && tasks[i + span]?.number === task.number) span++;
    rows.push([{ text: task.number, rowSpan: span, align: "center" }, ...cells]);
  });
  const subject = `Hoạt động của ${source.issuingBody}${periodWords(source.periodLabel)}`;
  return {
    kind: "KH",
    parentBody: source.parentBody,
    issuingBody: source.issuingBody,
    number: null,
    place: source.place,
    date: source.date,
    subject,
    sections: [
      {
        orientation: "auto",
        blocks: [
          {
            type: "paragraph",
            text: `Căn cứ quy chế hoạt động của Cụm, ${source.issuingBody} xây dựng kế hoạch hoạt động${periodWords(source.periodLabel)} như sau:`,
          },
          { type: "heading", text: "NỘI DUNG VÀ THỜI GIAN THỰC HIỆN" },
          {
            type: "table",
            columns: [{ share: 7, align: "center" }, { share: 50 }, { share: 21 }, { share: 22 }],
            header: [["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"]],
            rows,
          },
          {
            type: "paragraph",
            text: "Các đơn vị thành viên căn cứ kế hoạch này triển khai thực hiện; thời hạn rơi vào ngày nghỉ được lùi sang ngày làm việc kế tiếp./.",
          },
        ],
      },
    ],
    closing: {
      recipients: source.recipients.length > 0 ? source.recipients : ["Các đơn vị thành viên Cụm"],
      filing: [],
      signature: clusterHeadSignature(source.signer),
    },
  };
}
