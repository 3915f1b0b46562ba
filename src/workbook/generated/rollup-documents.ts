/**
 * The federation's roll-up as Word documents, in the cluster's formats (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I; the same builder and writer as the award dossier): the tờ trình (TTr) of the
 * federation's Ban Chính sách – Pháp luật to its standing committee, and the attached list (DS) of
 * every cluster's proposed units, block by block. Every unit, total and award is the roll-up's
 * (core/block-rollup.ts), in its combined list's order; places awaiting a vote are said, never filled.
 */
import type { BlockRollup, RollupProposal } from "../../core/block-rollup";
import { formatPointsFixed } from "../../core/decimal";
import type { CalendarDate } from "../../core/model";
import { rollupDocumentText as T, rollupText as R } from "../../messages/vi/year-documents";
import {
  documentNumberLine,
  placeDateLine,
  type BlockInput,
  type ClosingInput,
  type DocumentInput,
  type TableCellInput,
  type TableInput,
} from "./documents";

/** Who issues the roll-up's documents: the federation (parent body) and the place, as the clusters' workbooks write them. */
export interface RollupIssuer {
  /** «Cơ quan cấp trên» of the cluster workbooks: the provincial federation. */
  readonly parentBody: string;
  readonly place: string;
  /** The department issuing the documents; Ban Chính sách - Pháp luật unless given. */
  readonly issuingBody?: string;
  /** Who signs for the department (the head of the department); "" leaves the name to write in. */
  readonly signer?: string;
}

export interface RollupDocument {
  readonly kind: "TTr" | "DS";
  /** File name without extension. */
  readonly fileName: string;
  readonly input: DocumentInput;
}

/**
 * The combined list's rows, a row naming each block before its units; STT counts the units. A cluster
 * in no block apart from itself (`block` null) is named once, in «Cụm thi đua»: it has no row of its
 * own unless other clusters' blocks have rows, where its units would otherwise read as the block's
 * above; then its row names the cluster, as the group it is.
 */
function proposalRows(
  rollup: BlockRollup,
  cells: (p: RollupProposal) => readonly string[],
  width: number,
): TableCellInput[][] {
  const rows: TableCellInput[][] = [];
  const blockRows = rollup.proposals.some((p) => p.block !== null);
  let index = 0;
  let group: string | null = null;
  for (const p of rollup.proposals) {
    const heading = p.block ?? p.cluster;
    const key = `${p.block === null ? "cluster" : "block"}:${heading}`;
    if (blockRows && key !== group) {
      group = key;
      rows.push(["", { text: T.blockRow(heading), bold: true, colSpan: width - 1, align: "left" }]);
    }
    index += 1;
    rows.push([String(index), ...cells(p)]);
  }
  return rows;
}

/**
 * The roll-up's tờ trình and its attached list, ready for the Word writer.
 *
 * @example rollupDocuments(rollup, { parentBody: "Liên đoàn Lao động tỉnh Kon Tum", place: "Kon Tum" }, now).map((d) => d.kind) // ["TTr", "DS"]
 */
export function rollupDocuments(
  rollup: BlockRollup,
  issuer: RollupIssuer,
  now: CalendarDate,
): RollupDocument[] {
  const period = rollup.period?.label ?? "";
  const issuingBody = issuer.issuingBody || T.issuingBody;
  const addressee = T.addressee(issuer.parentBody);
  const clusters = rollup.blocks.reduce((n, b) => n + b.clusters.length, 0);
  // Blocks in name: a cluster in no block apart from itself is counted as a cluster only.
  const named = rollup.blocks.filter((b) => b.name !== null);
  const inBlocks = named.reduce((n, b) => n + b.clusters.length, 0);
  const common = {
    parentBody: issuer.parentBody,
    issuingBody,
    issuerCode: T.issuerCode,
    place: issuer.place,
    date: now,
  };
  const closing: ClosingInput = {
    recipients: ["Như trên"],
    filing: [T.filing],
    signature: { authority: null, position: T.signerPosition, name: issuer.signer ?? "" },
  };
  const openNotes: BlockInput[] = rollup.blocks.flatMap((b) =>
    b.clusters.flatMap((c) =>
      c.open.map((place): BlockInput => ({
        type: "paragraph",
        text: [
          {
            text: T.awaitingVote(
              c.result.cluster.name,
              place.places,
              R.award[place.award],
              place.units.map((u) => u.name),
            ),
            italic: true,
          },
        ],
      })),
    ),
  );
  const table = (withBand: boolean): TableInput => ({
    type: "table",
    columns: withBand
      ? [
          { share: 6, align: "center" },
          { share: 30 },
          { share: 22 },
          { share: 10, align: "right" },
          { share: 14 },
          { share: 18 },
        ]
      : [
          { share: 7, align: "center" },
          { share: 35 },
          { share: 25 },
          { share: 11, align: "right" },
          { share: 22 },
        ],
    header: [withBand ? [...T.listHeaders] : [...T.proposalHeaders]],
    rows: proposalRows(
      rollup,
      (p) => [
        p.unit.name,
        p.cluster,
        formatPointsFixed(p.unit.total),
        ...(withBand ? [p.unit.classification ?? ""] : []),
        R.award[p.award],
      ],
      withBand ? 6 : 5,
    ),
  });
  const proposals = (withBand: boolean): BlockInput[] =>
    rollup.proposals.length > 0
      ? [table(withBand), ...openNotes]
      : [{ type: "paragraph", text: T.noneProposed }, ...openNotes];

  const ttr: DocumentInput = {
    ...common,
    kind: "TTr",
    number: null,
    subject: T.subject.TTr(period),
    addressees: [addressee],
    sections: [
      {
        orientation: "auto",
        blocks: [
          { type: "paragraph", text: T.basis(period, clusters, named.length, inBlocks) },
          {
            type: "paragraph",
            text: T.ask(issuingBody, addressee, T.grantor(issuer.parentBody), rollup.proposals.length),
          },
          ...proposals(false),
          { type: "paragraph", text: T.end(addressee) },
        ],
      },
    ],
    closing,
  };
  const ttrLine = documentNumberLine("TTr", null, T.issuerCode).replace(/^Số: /, "số ");
  const ttrDate = placeDateLine("", now).replace(/^Ngày/, "ngày");
  const ds: DocumentInput = {
    ...common,
    kind: "DS",
    number: null,
    subject: T.subject.DS(period),
    subjectNote: `(Kèm theo Tờ trình ${ttrLine} ${ttrDate} của ${issuingBody})`,
    sections: [{ orientation: "auto", blocks: proposals(true) }],
    closing,
  };
  return [
    { kind: "TTr", fileName: T.fileNames.TTr, input: ttr },
    { kind: "DS", fileName: T.fileNames.DS, input: ds },
  ];
}
