/**
 * The award dossier (hồ sơ đề nghị khen thưởng): the tờ trình (TTr), its attached list (DS), the
 * minutes of the deliberation meeting with the ballot result (BB) and the year report skeleton (BC),
 * as administrative documents (./documents) filled from one summary — the figures, ranks and awards
 * are the core's, the ranks the summary's — the workbook's document settings and the meeting record.
 * What keeps the dossier from being final is data (DossierGap): a place awaiting a vote, a unit's
 * missing scores, a meeting field left empty, a document's own problem. A draft is made anyway,
 * marked "DỰ THẢO".
 */
import { votingOfCluster } from "../../core/awards";
import { votesNeededWords } from "../../messages/vi/documents";
import { formatPointsFixed } from "../../core/decimal";
import type { Award, BlockSummary, CalendarDate, ClusterResult, UnitResult } from "../../core/model";
import { parseWholeNumber } from "../../core/numbers";
import { normalizeKey } from "../../core/text/normalize";
import { dossierText as D } from "../../messages/vi/dossier";
import type { DecodedWorkbook } from "../decode";
import { type MeetingRecord, MEETING_KEYS, meetingGaps } from "../sheets/meeting";
import {
  type BlockInput as DocBlock,
  type ClosingInput,
  type DocumentInput,
  type DocumentKind,
  type DocumentProblem,
  type TableInput,
  clusterHeadSignature,
  documentNumberFrom,
  documentNumberLine,
  documentProblems,
  placeDateLine,
} from "./documents";

/** What keeps the dossier from being final, as data; src/messages words it. */
export type DossierGap =
  | {
      readonly kind: "tie-open";
      readonly cluster: string;
      readonly award: Award;
      readonly places: number;
      readonly units: readonly string[];
    }
  | { readonly kind: "scores-missing"; readonly unit: string; readonly criteria: number }
  | { readonly kind: "meeting-missing"; readonly field: string }
  /** No generated summary, or one older than the data: the dossier would not match the printed summary. */
  | { readonly kind: "summary-missing" }
  | { readonly kind: "summary-stale" }
  | { readonly kind: "document"; readonly document: DocumentKind; readonly problem: DocumentProblem };

/** The dossier's documents, in the order they are filed. */
export const DOSSIER_KINDS = ["TTr", "DS", "BB", "BC"] as const satisfies readonly DocumentKind[];
export type DossierKind = (typeof DOSSIER_KINDS)[number];

export interface DossierDocument {
  readonly kind: DossierKind;
  /** File name without extension ("1-to-trinh"). */
  readonly fileName: string;
  readonly input: DocumentInput;
  /** What keeps this document from being final (empty when it is ready). */
  readonly gaps: readonly DossierGap[];
}

export interface Dossier {
  readonly documents: readonly DossierDocument[];
  /** Every gap, the shared ones (ties, missing scores) once, then each document's own. */
  readonly gaps: readonly DossierGap[];
  /** The award kinds the dossier proposes ("Bằng khen", "Cờ thi đua …"), for the checklist. */
  readonly awardKinds: readonly string[];
  readonly draft: boolean;
}

export interface DossierOptions {
  /** The day the dossier is drawn up: the date of the tờ trình, the list and the report. */
  readonly now: CalendarDate;
  readonly meeting: MeetingRecord;
  /** Mark every document "DỰ THẢO" (a draft is allowed with gaps). */
  readonly draft?: boolean;
}

// The clerk's number read from the settings' text lives with the number line (documents/header.ts),
// so the recommendation sheet reads it without loading the dossier.
export { documentNumberFrom };

function dateText(d: CalendarDate): string {
  return `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
}

function shareText(share: number): string {
  const percent = Math.round(share * 10000) / 100;
  return `${String(percent).replace(".", ",")}%`;
}

/** votes / members as a percentage with up to two decimals and a decimal comma ("66,67"). */
function percentText(votes: number, members: number): string {
  const hundredths = Math.round((votes * 10000) / members);
  const whole = Math.floor(hundredths / 100);
  const rest = hundredths % 100;
  return rest === 0 ? String(whole) : `${whole},${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}

function proposed(cluster: ClusterResult): UnitResult[] {
  const awarded = cluster.units.filter((u) => u.award !== null);
  return [...awarded.filter((u) => u.award === "leading"), ...awarded.filter((u) => u.award === "excellent")];
}

/**
 * The award dossier from one summary: the four documents with their gaps. Pure: the caller reads
 * the workbook (and refuses a summary with errors) and writes the files.
 *
 * @example buildDossier(decoded, summary, { now, meeting }).documents.map((d) => d.input.kind) // ["TTr", "DS", "BB", "BC"]
 */
export function buildDossier(
  decoded: DecodedWorkbook,
  summary: BlockSummary,
  options: DossierOptions,
): Dossier {
  const { input, document: settings } = decoded;
  const draft = options.draft ?? false;
  const period = input.period.label;
  const issuingBody = settings.issuingBody || input.name;
  const clusterName = issuingBody;
  const several = summary.clusters.length > 1;
  const awardName = (award: Award): string =>
    (award === "leading" ? settings.leadingAward : settings.excellentAward) || "Bằng khen";
  const meeting = options.meeting;
  const ttrNumber = documentNumberFrom(settings.documentNumber);
  const common = {
    parentBody: settings.parentBody,
    issuingBody,
    place: settings.place,
    draft,
  };
  const recipientsClosing: ClosingInput = {
    recipients: settings.recipients,
    filing: [settings.filingCode || D.filingCode],
    signature: {
      ...clusterHeadSignature(settings.signer),
      ...(settings.signerOnBehalf ? { authority: settings.signerOnBehalf } : {}),
      ...(settings.signerTitle ? { position: settings.signerTitle } : {}),
    },
  };

  // ── shared gaps: the places awaiting a vote, the scores missing ──
  const shared: DossierGap[] = [];
  for (const c of summary.clusters) {
    const nameOf = (code: string): string =>
      c.units.find((u) => normalizeKey(u.code) === normalizeKey(code))?.name ?? code;
    for (const tie of c.ties.filter((t) => !t.settled)) {
      shared.push({
        kind: "tie-open",
        cluster: c.cluster.name,
        award: tie.award,
        places: tie.places,
        units: tie.units.map(nameOf),
      });
    }
    for (const u of c.units.filter((x) => !x.complete)) {
      shared.push({ kind: "scores-missing", unit: u.name, criteria: u.missing.length });
    }
  }

  // ── the proposals table (tờ trình, list, report) ──
  const proposalRows = (withBand: boolean): string[][] => {
    const rows: string[][] = [];
    let index = 0;
    for (const c of summary.clusters) {
      const units = proposed(c);
      if (several && units.length > 0) rows.push(["", c.cluster.name, "", "", ...(withBand ? [""] : []), ""]);
      for (const u of units) {
        index += 1;
        rows.push([
          String(index),
          u.name,
          formatPointsFixed(u.total),
          String(u.rank),
          ...(withBand ? [u.classification ?? ""] : []),
          D.awardFor(awardName(u.award!), u.award!),
        ]);
      }
    }
    return rows;
  };
  const proposalCount = summary.clusters.reduce((n, c) => n + proposed(c).length, 0);
  const openNotes: DocBlock[] = summary.clusters.flatMap((c) =>
    c.ties
      .filter((t) => !t.settled)
      .map((t): DocBlock => ({
        type: "paragraph",
        text: [
          {
            text: D.placeAwaitingVote(
              awardName(t.award),
              t.places,
              t.units.map(
                (code) => c.units.find((u) => normalizeKey(u.code) === normalizeKey(code))?.name ?? code,
              ),
              votesNeededWords(votingOfCluster(c)),
            ),
            italic: true,
          },
        ],
      })),
  );
  const proposalTable = (withBand: boolean): TableInput => ({
    type: "table",
    columns: withBand
      ? [
          { share: 7, align: "center" },
          { share: 37 },
          { share: 11, align: "right" },
          { share: 10, align: "center" },
          { share: 15 },
          { share: 20 },
        ]
      : [
          { share: 7, align: "center" },
          { share: 45 },
          { share: 12, align: "right" },
          { share: 11, align: "center" },
          { share: 25 },
        ],
    header: [withBand ? [...D.listHeaders] : [...D.proposalHeaders]],
    rows: proposalRows(withBand),
  });
  const proposalsOrNone = (withBand: boolean): DocBlock[] =>
    proposalCount > 0
      ? [proposalTable(withBand), ...openNotes]
      : [{ type: "paragraph", text: D.noneProposed }, ...openNotes];

  // ── TTr ──
  const meetingPhrase = meeting.date ? D.meetingOn(dateText(meeting.date)) : D.meetingUndated;
  const addressee = settings.addressee;
  const ttr: DocumentInput = {
    ...common,
    kind: "TTr",
    number: ttrNumber,
    date: options.now,
    subject: D.subject.TTr(period),
    addressees: addressee ? [addressee] : [],
    sections: [
      {
        orientation: "auto",
        blocks: [
          { type: "paragraph", text: D.recommendationBasis(clusterName, period, meetingPhrase) },
          { type: "paragraph", text: D.recommendationAsk(addressee, proposalCount) },
          ...proposalsOrNone(false),
          { type: "paragraph", text: D.recommendationEnd(addressee) },
        ],
      },
    ],
    closing: recipientsClosing,
  };

  // ── DS ──
  const ttrLine = documentNumberLine("TTr", ttrNumber).replace(/^Số: /, "số ");
  const ttrDate = placeDateLine("", options.now).replace(/^Ngày/, "ngày");
  const ds: DocumentInput = {
    ...common,
    kind: "DS",
    number: documentNumberFrom(settings.listNumber ?? ""),
    date: options.now,
    subject: D.subject.DS(period),
    subjectNote: D.listNote(ttrLine, ttrDate),
    sections: [{ orientation: "auto", blocks: proposalsOrNone(true) }],
    closing: recipientsClosing,
  };

  // ── BB ──
  const members = summary.clusters.reduce((n, c) => n + c.units.length, 0);
  const count = (n: number | null): string => (n === null ? "…" : String(n));
  const votesOf = new Map<string, number>();
  for (const v of input.votes) {
    const n = parseWholeNumber(v.votes.value);
    if (typeof n === "number") votesOf.set(normalizeKey(v.unit.value), n);
  }
  const ballotBlocks: DocBlock[] = [];
  for (const c of summary.clusters) {
    if (c.ties.length === 0) continue;
    // The core's vote for this cluster: its threshold's basis, base and the votes needed, once.
    const voting = votingOfCluster(c);
    const threshold = shareText(voting.passShare);
    const candidates = new Map<string, { unit: UnitResult | undefined; code: string; award: Award }>();
    for (const tie of c.ties) {
      for (const code of tie.units) {
        if (!candidates.has(normalizeKey(code))) {
          candidates.set(normalizeKey(code), {
            unit: c.units.find((u) => normalizeKey(u.code) === normalizeKey(code)),
            code,
            award: tie.award,
          });
        }
      }
    }
    if (several) ballotBlocks.push({ type: "heading", text: c.cluster.name });
    // The heading, the threshold and the ballot table print together (the table's rows too).
    ballotBlocks.push({
      type: "paragraph",
      keepWithNext: true,
      text:
        voting.base === null || voting.needed === null
          ? D.thresholdBallotsUnknown(threshold)
          : voting.basis === "members"
            ? D.threshold(threshold, voting.base, voting.needed)
            : D.thresholdOfBallots(threshold, voting.base, voting.needed),
    });
    ballotBlocks.push({
      type: "table",
      keepTogether: true,
      columns: [
        { share: 7, align: "center" },
        { share: 38 },
        { share: 11, align: "right" },
        { share: 12, align: "center" },
        { share: 11, align: "right" },
        { share: 21 },
      ],
      header: [[...D.ballotHeaders]],
      rows: [...candidates.values()].map((cand, i) => {
        const votes = votesOf.get(normalizeKey(cand.code));
        const base = voting.base;
        const share = votes === undefined || base === null || base === 0 ? "—" : percentText(votes, base);
        const award = cand.unit?.award ?? null;
        const result =
          votes === undefined ? D.notVoted : award !== null ? D.passed(awardName(award)) : D.notPassed;
        return [
          String(i + 1),
          cand.unit?.name ?? cand.code,
          cand.unit ? formatPointsFixed(cand.unit.total) : "",
          votes === undefined ? "—" : String(votes),
          share,
          result,
        ];
      }),
    });
  }
  const meetingDate = meeting.date ?? { year: input.period.end.year };
  const bb: DocumentInput = {
    ...common,
    kind: "BB",
    number: meeting.minutesNumber,
    date: meetingDate,
    subject: D.subject.BB(period, clusterName),
    sections: [
      {
        orientation: "auto",
        blocks: [
          { type: "paragraph", text: D.time(meeting.time, meeting.date ? dateText(meeting.date) : "…") },
          { type: "paragraph", text: D.place(meeting.place || "…") },
          { type: "paragraph", text: D.chair(meeting.chair || "…") },
          { type: "paragraph", text: D.secretary(meeting.secretary || "…") },
          { type: "paragraph", text: D.present(count(meeting.present), members) },
          {
            type: "paragraph",
            text: D.ballots(count(meeting.issued), count(meeting.returned), count(meeting.valid)),
          },
          { type: "heading", text: D.contentHeading },
          { type: "paragraph", text: D.consensus },
          ...proposalsOrNone(false),
          { type: "heading", text: D.ballotHeading },
          ...(ballotBlocks.length > 0 ? ballotBlocks : [{ type: "paragraph" as const, text: D.noBallot }]),
          { type: "paragraph", text: D.minutesEnd },
        ],
      },
    ],
    closing: {
      signatures: [
        { authority: null, position: D.secretaryTitle, name: meeting.secretary },
        { authority: null, position: D.chairTitle, name: meeting.chair },
      ],
    },
  };

  // ── BC ──
  const summaryRows: string[][] = [];
  let index = 0;
  for (const c of summary.clusters) {
    if (several) summaryRows.push(["", c.cluster.name, "", "", "", ""]);
    for (const u of c.units) {
      index += 1;
      summaryRows.push([
        String(index),
        u.name,
        formatPointsFixed(u.total),
        String(u.rank),
        u.classification ?? "",
        u.considered ? (u.award ? awardName(u.award) : "") : D.notConsidered,
      ]);
    }
  }
  const writeHere: DocBlock = { type: "paragraph", text: [{ text: D.writeHere, italic: true }] };
  const bc: DocumentInput = {
    ...common,
    kind: "BC",
    number: documentNumberFrom(settings.reportNumber ?? ""),
    date: options.now,
    subject: D.subject.BC(period, clusterName),
    ...(addressee ? { addressees: [addressee] } : {}),
    sections: [
      {
        orientation: "auto",
        blocks: [
          ...D.reportSections.flatMap((h): DocBlock[] => [{ type: "heading", text: h }, writeHere]),
          { type: "heading", text: D.resultsHeading(period) },
          {
            type: "table",
            columns: [
              { share: 7, align: "center" },
              { share: 40 },
              { share: 11, align: "right" },
              { share: 10, align: "center" },
              { share: 16 },
              { share: 16 },
            ],
            header: [[...D.summaryHeaders]],
            rows: summaryRows,
          },
          { type: "heading", text: D.proposalsHeading },
          ...proposalsOrNone(false),
          { type: "heading", text: D.directionHeading },
          writeHere,
          { type: "paragraph", text: D.reportEnd(clusterName, period) },
        ],
      },
    ],
    closing: recipientsClosing,
  };

  const meetingMissing: DossierGap[] = meetingGaps(meeting).map((key) => ({
    kind: "meeting-missing",
    field: MEETING_KEYS[key],
  }));
  const own = (kind: DossierKind, doc: DocumentInput): DossierGap[] =>
    documentProblems(doc)
      // The minutes' signers are the meeting's chair and secretary: said once, as the meeting's gaps.
      .filter((p) => !(kind === "BB" && p.code === "DOC_SIGNER_MISSING"))
      .map((problem) => ({ kind: "document", document: kind, problem }));
  const docs: DossierDocument[] = (
    [
      ["TTr", ttr],
      ["DS", ds],
      ["BB", bb],
      ["BC", bc],
    ] as const
  ).map(([kind, doc]) => ({
    kind,
    fileName: D.fileNames[kind],
    input: doc,
    gaps: [...shared, ...(kind === "BB" ? meetingMissing : []), ...own(kind, doc)],
  }));
  const awardKinds = [
    ...new Set(summary.clusters.flatMap((c) => proposed(c).map((u) => awardName(u.award!)))),
  ];
  // A problem several documents share (the signer of the TTr, DS and BC) is said once, for the first.
  const seen = new Set<string>();
  const documentGaps = docs
    .flatMap((d) => own(d.kind, d.input))
    .filter((g) => {
      const key = g.kind === "document" ? JSON.stringify(g.problem) : "";
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return {
    documents: docs,
    gaps: [...shared, ...meetingMissing, ...documentGaps],
    awardKinds,
    draft,
  };
}
