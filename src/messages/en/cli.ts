/**
 * The `thidua` command in English. Commands and options keep their Vietnamese names (mau, kiem-tra,
 * --ghi-de …); the workbook's own words stay as written, in «…».
 */
import type { CalendarDate } from "../../core/model";
import type { CliText } from "../cli";
import { dateText } from "../vi/diagnostics";
import { en as diagnostics } from "./diagnostics";

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export const en: CliText = {
  diagnostics,
  help: {
    main: `thidua — Thi Đua: scoring, summary and award proposals for trade-union emulation clusters

Usage:
  thidua mau <out.xlsx> [--preset NAME] [--units N] [--nam YEAR]    Create a sample cluster workbook
  thidua kiem-tra <file.xlsx> [--json]                             Check a workbook, list its problems
  thidua tong-hop <file.xlsx> [-o out.xlsx] [--json]               Write the summary and the award proposal
  thidua tach <file.xlsx> <folder>                                 Split one self-scoring file per unit
  thidua gop <file.xlsx> <unit-files…> [-o out.xlsx] [--ghi-de]    Merge the self-scoring files sent back
  thidua ho-so <file.xlsx> [-o folder] [--du-thao] [--ghi-de]      Write the award dossier (Word files)
  thidua chuyen-ma <file.xlsx> [-o out.xlsx] [--ghi-de]            Convert legacy text (TCVN3, VNI) to Unicode
  thidua chuyen-ma --text "…" [--tu tcvn3|vni]                     Convert a piece of text
  thidua nam-moi <file.xlsx> -o new.xlsx [--pho-cum CODE]          Make next year's workbook (head, deputy, «Lịch sử»)
  thidua tong-hop-khoi <files.xlsx…> -o out.xlsx [--preset NAME]   Roll many clusters' results up by block
  thidua viec-can-lam <file.xlsx> [--ngay dd/mm/yyyy] [--json]     What is overdue, what is due, who owes it
  thidua ke-hoach <file.xlsx> -o <out.docx>                        Write the activity plan document (KH)

Common option: --lang vi|en   the language of the messages (by default from THIDUA_LANG or LANG; else Vietnamese).
The sheets and documents Thi Đua writes into a workbook are always in Vietnamese.

Each command's help: thidua <command> --help
Exit codes: 0 done; 1 the workbook has errors (gop: a file was refused); 2 usage error, or a file could not be read or written;
3 (tong-hop) written, but places await a vote.
`,
    mau: (presets) => `thidua mau <out.xlsx> [--preset NAME] [--units N] [--nam YEAR] [--ghi-de]

Creates a cluster workbook from a preset: the sheets «Cấu hình», «Tiêu chí», «Đơn vị»,
«Phân bổ điểm ban», «Điểm các ban», «Bỏ phiếu», «Kế hoạch» (the preset's plan for the year) and one
scoring sheet per unit.

  --preset NAME  The preset: ${presets.join(", ")} (default: ${presets[0] ?? ""})
  --units N      Create N units with sample scores to try it out (without it: 6 empty units)
  --nam YEAR     The emulation year (a school year: its first year); this year by default
  --seed S       The sample data's seed (the same seed gives the same workbook)
  --ghi-de       Overwrite the output file if it exists
`,
    kiemTra: `thidua kiem-tra <file.xlsx> [--json]

Reads the cluster workbook and checks its configuration, criteria, units and scores; lists the
errors and warnings with their sheet and cell; says when the file's «Bảng tổng hợp» and «Đề nghị
khen thưởng» are out of date (the data changed after they were made). The file is not changed.

  --json   Print one JSON document: each unit's scores, rank, classification, eligibility and
           proposed award, the ties awaiting a vote and every problem (code, severity, sheet, cell)

Exit codes: 0 no errors (there may be warnings); 1 errors; 2 the file cannot be read.
`,
    tongHop: `thidua tong-hop <file.xlsx> [-o out.xlsx] [--ghi-de] [--json]

Checks, scores, then writes the sheets «Bảng tổng hợp» and «Đề nghị khen thưởng» into a copy.
The input file is never changed. By default the copy sits beside it: <name>-tong-hop.xlsx.

  -o, --out FILE  The output file
  --ghi-de        Overwrite the output file if it exists (without it the command stops, writing nothing)
  --json          Print the result as JSON (as thidua kiem-tra --json, with the output file's name and the data stamp)

Both sheets are made together from one result and carry the same data stamp. A place still awaiting a
vote is left open in the recommendation, with the tied units named under the table.

Exit codes: 0 written; 1 the workbook has errors (nothing written); 2 usage or file error;
3 written, but places await a vote (the proposal is not final).
`,
    convert: `thidua chuyen-ma <file.xlsx> [-o out.xlsx] [--ghi-de]
thidua chuyen-ma --text "…" [--tu tcvn3|vni]

Converts text typed in the legacy TCVN3 (ABC, .Vn… fonts) or VNI-Windows (VNI-… fonts) encodings to Unicode.

In a workbook: cells in a .Vn… or VNI-… font convert by their font; other cells only when the text
is surely legacy. Converted cells get Times New Roman. The result goes to a copy (by default
<name>-unicode.xlsx beside the input); the input file is never changed, and an existing output is
overwritten only with --ghi-de.

With --text: prints the converted text. By default the encoding is detected, and text that is not
recognised is kept as it is (the reason goes to stderr). Text starting with - is written --text=-….

  -o, --out FILE    The output file
  --ghi-de          Overwrite the output if it exists
  --text "…"        Convert this text instead of a file
  --tu ENCODING     The text's source encoding: tcvn3 (or abc) or vni

Exit codes: 0 done (also when there is nothing to convert); 2 usage or file error.
`,
  },
  unknownCommand: (name) => `There is no command «${name}». See: thidua --help`,
  missingCommand: "A command is missing. See: thidua --help",
  unknownOption: (option, command) =>
    `The option «${option}» does not go with the command ${command}. See: thidua ${command} --help`,
  missingValue: (option) => `The option ${option} needs a value.`,
  unknownLanguage: (given) => `There is no language «${given}»: use --lang vi or --lang en.`,
  missingFile: (command) => `A file name is missing. See: thidua ${command} --help`,
  extraArgument: (arg, command) => `Unexpected argument «${arg}». See: thidua ${command} --help`,
  notANumber: (option, value) => `The value «${value}» of ${option} must be a positive whole number.`,
  tooManyUnits: (max) => `At most ${max} units.`,
  notXlsxName: (path) => `The file name «${path}» must end in .xlsx.`,
  notWorkbookName: (path) =>
    `The file name «${path}» must end in .xlsx (or .xlsm for a workbook with macros).`,
  outputKind: (path, macros) =>
    macros
      ? `The workbook has macros (VBA), so the output «${path}» must end in .xlsm: Excel does not open an .xlsx holding macros.`
      : `The workbook has no macros, so the output «${path}» must end in .xlsx: Excel does not open an .xlsm without them.`,
  fileNotFound: (path) => `The file «${path}» was not found.`,
  isDirectory: (path) => `«${path}» is a folder, not a file.`,
  noPermission: (path) => `No permission to access «${path}».`,
  cannotRead: (path, reason) => `The file «${path}» cannot be read: ${reason}.`,
  cannotWrite: (path, reason) => `The file «${path}» cannot be written: ${reason}.`,
  outputExists: (path) => `The file «${path}» exists. Add --ghi-de to overwrite it.`,
  outputExistsNoOverwrite: (path) =>
    `The file «${path}» exists and may hold work done on it: Thi Đua does not overwrite it. Choose another name with -o, or delete that file yourself.`,
  outputIsInput:
    "The output file is the input file: Thi Đua never changes its input. Choose another name with -o.",
  fileError: (path, message) => `${path}: ${message}`,
  unexpected: (message) => `Unexpected error: ${message}`,
  created: (path, units, sheets) =>
    `Created «${path}»: ${plural(units, "unit")}, ${plural(sheets, "sheet")}.`,
  checked: (path, errors, warnings) =>
    errors === 0 && warnings === 0
      ? `«${path}»: no errors.`
      : `«${path}»: ${plural(errors, "error")}, ${plural(warnings, "warning")}.`,
  error: "Error",
  warning: "Warning",
  notWritten: "Nothing was written: the workbook still has errors.",
  awaitingVote: (places) =>
    `${places} ${places === 1 ? "place awaits" : "places await"} a vote: the recommendation leaves ${places === 1 ? "it" : "them"} open and names the tied units under the table. ` +
    "Record the votes in the sheet «Bỏ phiếu», then run thidua tong-hop again (exit code 3).",
  resultsStale: (summary, recommendation) =>
    summary === "missing" || recommendation === "missing"
      ? "The workbook holds only one of «Bảng tổng hợp» and «Đề nghị khen thưởng»: make both again with thidua tong-hop."
      : "«Bảng tổng hợp» and «Đề nghị khen thưởng» in the workbook are out of date: the data changed after they were made. Make them again with thidua tong-hop.",
  written: (path, summarySheet, recommendationSheet) =>
    `Wrote «${path}» (sheets «${summarySheet}» and «${recommendationSheet}»).`,
  renamed: (wanted, used) =>
    `A sheet «${wanted}» exists and was not made by Thi Đua, so the result went to the sheet «${used}».`,
  progress: (step, done, total) => `${step}… ${done}/${total}`,
  steps: { reading: "Reading the file", summarizing: "Summarizing", writing: "Writing the file" },
  clusterLine: (name) => `${name}:`,
  unitLine: (rank, name, total, award) =>
    `  ${rank.padStart(3)}. ${name} — ${total} points${award ? ` — ${award}` : ""}`,
  tieLine: (units, total, places, award) =>
    `  Tied, awaiting a vote: ${units} (${total} points) — ${plural(places, "place")} as ${award}`,
  moreProblems: (n) => `  … and ${n} more (see them all with --json).`,
  problemsGeneral: " General (no one unit's):",
  problemsOfUnit: (code) => ` Unit ${code}:`,
  notConsidered: (reason, others) =>
    ` — not considered: ${reason}${others > 0 ? ` (and ${others} more)` : ""}`,
  incomplete: " — scores incomplete",
  awardNoteLine: (note) => `       ${note}`,
  awardWord: { leading: "leading unit", excellent: "excellent unit" },
  tieBreakLine: (p) =>
    `  Tied, settled by the tie-break order: ${p.units} (${p.total} points, ${p.award} place) — ` +
    `${p.ahead} placed above ${p.behind} ${p.rule} (${p.values})`,
  convert: {
    nothing: (path) => `«${path}»: no cell holds legacy-encoded text to convert; nothing written.`,
    written: (path, cells, font) =>
      `Converted ${plural(cells, "cell")} to Unicode (font ${font}) and wrote «${path}»:`,
    sheetLine: (sheet, cells, encoding) => `  Sheet «${sheet}»: ${plural(cells, "cell")} from ${encoding}`,
    guessed: (cells) =>
      `Of these, ${plural(cells, "cell")} had no legacy font and were recognised from the text; check them:`,
    guessLine: (sheet, address, before, after) => `  ${sheet}!${address}: «${before}» → «${after}»`,
    moreGuesses: (n) => `  … and ${plural(n, "more cell")}.`,
    outputIsInput:
      "The output file is the input file: Thi Đua never changes its input. Choose another name with -o.",
    textAndFile: "Use --text or a file, not both. See: thidua chuyen-ma --help",
    outWithText: "The option -o goes only with a file. See: thidua chuyen-ma --help",
    forcedOnWorkbook:
      "The option --tu goes only with --text: forcing an encoding on a whole workbook would garble the Unicode text already there. In Excel, select the cells and use «Chuyển mã» on the Thi Đua pane.",
  },
  legacy: {
    notRecognised:
      "No legacy text (TCVN3 or VNI) was recognised: kept as it is. If you are sure, choose the source encoding and convert again.",
    alreadyUnicode:
      "The text already holds Unicode Vietnamese (perhaps mixed with legacy text): kept as it is so nothing is garbled. To convert it anyway, choose the source encoding.",
    unknownEncoding: (given) => `The encoding «${given}» is not supported: use tcvn3 or vni.`,
  },
  collect: {
    helpTach: `thidua tach <cluster.xlsx> <folder> [--don-vi CODE,CODE…] [--ghi-de]

Splits one self-scoring file per unit, to send to the unit: only that unit's scoring sheet (the
criteria and maxima locked, the score cells validated), the deadline, and a «Thông tin tệp» sheet
so the merge takes each file back to its unit (cluster, period, unit code, criteria table code).
File names: <code> - <unit name>.xlsx, Vietnamese letters kept, the characters Windows refuses removed (\\ / : * ? " < > |).
The cluster workbook is not changed; each file is written whole or not at all.

  --don-vi CODE,…   Split only for these units
  --ghi-de          Overwrite files already in the folder

Exit codes: 0 split; 1 the cluster workbook has errors (no file split); 2 usage or file error.
`,
    helpGop: `thidua gop <cluster.xlsx> <files…> [-o out.xlsx] [--ghi-de] [--xem-truoc]

Merges the self-scoring files the units sent back into a copy of the cluster workbook. Each file is
matched to its unit by what is inside it, not by its name. Refused (and nothing taken from them):
files of another cluster or period, files whose criteria table was edited (rows added, removed,
moved, maxima changed), files with invalid score cells, files changing an appraised criterion's
self-score. Appraised scores are never overwritten.
A unit's arrival date (column «Ngày nhận điểm», sheet «Đơn vị») is the file's last modification.
A unit that sent twice: the earlier file (or the scores already received) is kept; the later one
only with --ghi-de. "Earlier" and "later" go by the files' modification times, then by the order given.
The cluster workbook is not changed; the output is written whole or not at all, and never over an
existing file (--ghi-de here is only about a unit that sent twice).

  -o, --out FILE  The output file (default: <name>-gop.xlsx beside the cluster workbook)
  --ghi-de        Take the later file when a unit sent twice
  --xem-truoc     Only print what each file brings; write nothing

Exit codes: 0 every file taken; 1 a file was refused (the others are still merged);
2 usage error, the cluster workbook cannot be read, or the output cannot be written.
`,
    notFolder: (path) => `«${path}» is not a folder.`,
    split: (count, folder) => `Split ${plural(count, "self-scoring file")} into «${folder}»:`,
    splitLine: (file, code, name) => `  ${file}  (${code} — ${name})`,
    missingFiles: "The files the units sent back are missing. See: thidua gop --help",
    fileLine: (file) => `«${file}»`,
    merged: (unit, counts, date: CalendarDate, from) =>
      `  → ${unit}: ${counts}; received ${dateText(date)} (${from})`,
    warning: (message) => `      ! ${message}`,
    counts: (n) =>
      [
        `${n.new} new`,
        `${n.changed} changed`,
        ...(n.cleared > 0 ? [`${n.cleared} emptied`] : []),
        ...(n.notes > 0 ? [plural(n.notes, "note")] : []),
      ].join(", "),
    change: (code, before, after) => `      ${code}: ${before} → ${after}`,
    moreChanges: (n) => `      … and ${plural(n, "more change")}`,
    refused: (unit, message) => `  ✗ REFUSED${unit === null ? "" : ` (${unit})`}: ${message}`,
    detail: (line) => `      - ${line}`,
    duplicateHint: "      Add --ghi-de to take the later file.",
    remark: (unit, message) => `  · ${unit === null ? "" : `${unit}: `}${message}`,
    written: (out, units, refused) =>
      refused === 0
        ? `Wrote «${out}»: took the scores of ${plural(units, "unit")}.`
        : `Wrote «${out}»: took the scores of ${plural(units, "unit")}; ${plural(refused, "file")} refused.`,
    nothingWritten: (refused) =>
      refused === 0
        ? "Nothing new to merge: no output written."
        : `Nothing to merge (${plural(refused, "file")} refused): no output written.`,
    preview: (units, refused) =>
      `Preview: would take the scores of ${plural(units, "unit")}; ${plural(refused, "file")} refused. Nothing written.`,
    blank: "empty",
  },
  dossier: {
    help: `thidua ho-so <file.xlsx> [-o folder] [--du-thao] [--ghi-de]

Makes the award dossier as Word files (.docx) in the format of Decree 30/2020/NĐ-CP: the
recommendation («tờ trình», TTr), its attached list («danh sách», DS), the minutes of the
deliberation meeting with the ballot result («biên bản», BB) and the year report («báo cáo», BC,
its narrative left for the cluster head). The figures come from the same data as «Bảng tổng hợp»;
the meeting's facts from the «Họp bình xét» sheet. The input file is never changed.

Refused while a place awaits a vote, scores are missing, the meeting's facts or the signer are
missing, or «Bảng tổng hợp» is not made or is out of date — the message names what is missing.

  -o, --out FOLDER   Folder for the dossier (default <name>-ho-so beside the input; made if missing)
  --du-thao          Make a draft marked «DỰ THẢO», even with things missing
  --ghi-de           Overwrite dossier files already in the folder

Exit codes: 0 made; 1 the dossier is incomplete or the workbook has errors (nothing written); 2 usage or file errors.
`,
    documents: {
      TTr: "Recommendation («tờ trình», TTr)",
      DS: "List of proposed units («danh sách», DS)",
      BB: "Minutes of the meeting with the ballot («biên bản», BB)",
      BC: "Year report («báo cáo tổng kết», BC)",
    },
    fileWritten: (file) => `  ${file}`,
    written: (folder, files, draft) =>
      `Wrote ${files} documents of the award dossier${draft ? " (draft, «DỰ THẢO»)" : ""} to ${folder}:`,
    checklist: (document, ready) => `  [${ready ? "x" : " "}] ${document}`,
    awardKinds: (kinds) =>
      kinds.length === 0
        ? "No unit is proposed for an award yet."
        : `Awards proposed: ${kinds.map((k) => `«${k}»`).join("; ")}.`,
    stamp: (stamp) => `Figures as in the summary stamped ${stamp}.`,
    refused: (gaps) =>
      `The award dossier is not ready: ${gaps} thing(s) to finish (complete them, or add --du-thao for a draft):`,
    notWritten: "No dossier file was written.",
    draftGaps: (count) => `The draft still has ${count} thing(s) to finish:`,
  },
};
