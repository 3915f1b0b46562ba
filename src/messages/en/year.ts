/** `thidua nam-moi` and `thidua tong-hop-khoi` in English (see ../year.ts); the workbook's words stay in «…». */
import type { YearText } from "../year";

const award = { leading: "leading", excellent: "excellent" } as const;

export const yearEn: YearText = {
  helpNamMoi: `thidua nam-moi <last-year.xlsx> -o <new-year.xlsx> [--pho-cum CODE] [--doi-ma file.xlsx] [--ghi-de]

Makes next year's cluster workbook from last year's (last year's file is not changed): last year's
deputy becomes the head, the new deputy is elected; the same units, settings, criteria table (revise
it for the new year where needed) and departments' allocation; the period and deadlines move to the
next year; the new year's public holidays come from the calendar, holidays typed by hand move a
year on. Scores, votes and generated sheets are left behind. The sheet «Lịch sử» keeps every year's
results per unit (total, rank, classification, award).

  -o FILE          The new year's workbook (required)
  --pho-cum CODE   The new deputy (unit code or name); without it the deputy is left to elect
  --doi-ma FILE    Unit code mapping (renamed, merged units): columns «Mã cũ», «Mã mới», «Tên mới»;
                   without it, last year's sheet «Đổi mã đơn vị» where there is one
  --ghi-de         Overwrite the new year's file if it exists
  --json           Print the result as JSON

Exit codes: 0 made; 1 last year's workbook has errors, or the mapping or officers do not fit; 2 usage or file error.
`,
  helpTongHopKhoi: (
    presets,
  ) => `thidua tong-hop-khoi <cluster1.xlsx> <cluster2.xlsx> … -o <rollup.xlsx> [--preset NAME] [--khong-word] [--ghi-de]

Puts many clusters' results side by side for the federation's Ban Chính sách – Pháp luật: each block,
each cluster with its summary and its own award quota, and one combined list of proposed units.
Clusters may score on different tables, so units are compared only within their cluster. Refuses
(writes nothing) on: different periods, a unit in two clusters, two files of one cluster, a cluster in
no block, a quota other than the block's, a workbook with errors, a missing or out-of-date «Bảng tổng
hợp». Places awaiting a vote are said.

  -o FILE          The roll-up workbook (required); beside it the submission («tờ trình») and list of
                   units proposed for awards, in Word (Decree 30 format): FILE-to-trinh.docx,
                   FILE-danh-sach.docx, from «Ban Chính sách – Pháp luật» to the federation's
                   standing committee
  --preset NAME    The blocks and clusters of a federation's guidance: ${presets.join(", ")}; without it
                   the block is each file's «Tên khối / cụm thi đua»
  --khong-word     Only the roll-up workbook, without the Word submission and list
  --ghi-de         Overwrite the roll-up file (and the two Word files) if they exist
  --json           Print the result as JSON

Exit codes: 0 written; 1 the files do not fit together (nothing written); 2 usage or file error.
`,
  year: {
    YEAR_MAP_NOT_FOUND: (p) =>
      `the mapping file has no sheet «${p.sheet}» nor a table with columns «Mã cũ» and «Mã mới»`,
    YEAR_MAP_OLD_UNKNOWN: (p) => `old code «${p.old}» is no unit of last year nor in «Lịch sử»`,
    YEAR_MAP_INCOMPLETE: (p) =>
      p.old === ""
        ? `a mapping row has new code «${p.new}» but no old code`
        : `old code «${p.old}» has no new code`,
    YEAR_MAP_OLD_TWICE: (p) => `old code «${p.old}» is mapped twice: to «${p.first}» and to «${p.second}»`,
    YEAR_MAP_CHAIN: (p) =>
      `new code «${p.code}» is mapped on again to «${p.next}»: map the old code straight to «${p.next}»`,
    YEAR_MAP_MERGE_CLUSTERS: (p) =>
      `the units merged into «${p.new}» are in different clusters (${p.clusters.join(", ")})`,
    YEAR_MAP_MERGE_TYPES: (p) =>
      `the units merged into «${p.new}» are of different types (direct / coordinating)`,
    YEAR_NO_DEPUTY: (p) =>
      `${p.cluster}: last year has no deputy, so the new head is unknown — fill in «Cụm phó» in «Cấu hình»`,
    YEAR_OFFICER_UNKNOWN: (p) => `${p.cluster}: last year's deputy «${p.officer}» is no unit of the cluster`,
    YEAR_DEPUTY_UNKNOWN: (p) => `the new deputy «${p.given}» is no unit of the new year`,
    YEAR_DEPUTY_IS_HEAD: (p) => `${p.cluster}: «${p.unit}» is the new head and cannot be the deputy too`,
    YEAR_DEPUTY_TWICE: (p) =>
      `${p.cluster}: two new deputies chosen («${p.first}» and «${p.second}») — one deputy per cluster`,
    YEAR_DEPUTY_TO_ELECT: (p) =>
      `${p.cluster}: the new head is «${p.head}»; the deputy is left empty, to be elected (--pho-cum)`,
  },
  rollup: {
    ROLLUP_NOT_CLUSTER_WORKBOOK: () =>
      "not a cluster workbook (it has none of the sheets «Cấu hình», «Tiêu chí», «Đơn vị»)",
    ROLLUP_WORKBOOK_ERRORS: (p) =>
      `the workbook has ${p.errors} error(s)${p.first ? ", the first at the place in brackets" : ""} — run «thidua kiem-tra» to see and fix them`,
    ROLLUP_SUMMARY_MISSING: (p) => `no sheet «${p.sheet}» yet — run «thidua tong-hop» on this file first`,
    ROLLUP_SUMMARY_STALE: (p) =>
      `sheet «${p.sheet}» is out of date (scores, units, settings or votes changed since it was made) — run «thidua tong-hop» again`,
    ROLLUP_PERIOD_MISSING: () => `the period in «Cấu hình» cannot be read`,
    ROLLUP_PERIOD_DIFFERS: (p) => `period «${p.period}» differs from «${p.expected}» of ${p.expectedFile}`,
    ROLLUP_CLUSTER_TWICE: (p) =>
      `cluster «${p.cluster}» is already in ${p.otherFile}: two files of one cluster`,
    ROLLUP_UNIT_TWICE: (p) =>
      `unit ${p.unit} (${p.name}) of «${p.cluster}» is also in «${p.otherCluster}» (${p.otherFile})`,
    ROLLUP_UNKNOWN_BLOCK: (p) =>
      `cluster «${p.cluster}» is in no block of the guidance (its clusters: ${p.known.join("; ")})`,
    ROLLUP_QUOTA_DIFFERS: (p) =>
      `cluster «${p.cluster}» gives ${p.found.leading} leading + ${p.found.excellent} excellent, the guidance ${p.expected.leading} + ${p.expected.excellent}`,
    ROLLUP_AWAITING_VOTE: (p) =>
      `cluster «${p.cluster}»: ${p.places} ${award[p.award]} place(s) await a vote between ${p.units.join(", ")} — left open in the list`,
  },
  place: (sheet, address) => `sheet «${sheet}», cell ${address}`,
  inFile: (file) => `file ${file}`,
  error: "Error",
  warning: "Note",
  newYearWritten: (out, period, units, history) =>
    `Made ${out}: ${period}, ${units} units, «Lịch sử» ${history} rows.`,
  officersLine: (cluster, head, deputy) => `  ${cluster}: head ${head}; deputy ${deputy}`,
  toElect: "(to elect)",
  newYearRefused: "The new year was not made: fix the errors above and run again.",
  rollupWritten: (out, workbooks, clusters, proposals) =>
    `Wrote ${out}: ${workbooks} files, ${clusters} clusters, ${proposals} units proposed for awards.`,
  documentWritten: (file) => `Wrote ${file}`,
  rollupRefused: (errors) => `Nothing written: ${errors} error(s) in the files above.`,
  proposalLine: (block, cluster, unit, a) =>
    `  ${block === null ? "" : `${block} / `}${cluster}: ${unit} — ${a}`,
  award,
  unknownPreset: (given, known) => `No preset «${given}». Known: ${known.join(", ")}.`,
  missingOutput: (command) => `No output file: thidua ${command} … -o <file.xlsx>.`,
  fileTwice: (a, b) =>
    a === b
      ? `The file «${a}» is named twice: each file is rolled up once.`
      : `«${a}» and «${b}» are the same file: each file is rolled up once.`,
};
