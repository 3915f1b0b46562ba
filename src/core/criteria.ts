/**
 * The criteria table (bảng điểm): a tree of sections (I, II …), criteria (I.1) and sub-criteria
 * (I.1.a), each with a maximum and a kind. Only leaves are scored; a parent's maximum is the sum of
 * its children of its own kind, and the scored leaves must add up to the configured self-score
 * maximum (90 in Kon Tum, 100 elsewhere) so that a unit's table score is on the scale the cluster
 * agreed.
 *
 * Tables as clusters write them (DOMAIN.md): a bonus or deduction row may sit inside a scored
 * section ("I.5 Điểm thưởng"); it stays a bonus or a deduction, and the section's maximum is the
 * sum of its scored children only. A scored row inside a bonus or deduction section, or a bonus
 * inside a deduction section, is refused: nobody could tell what it adds.
 */
import { ZERO, formatPoints, pointsFromHundredths } from "./decimal";
import type {
  CellRef,
  CriteriaSection,
  CriteriaTable,
  CriterionCode,
  CriterionKind,
  CriterionLeaf,
  CriterionNode,
  CriterionRow,
  Points,
  Problem,
  ScoringConfig,
} from "./model";
import { criterionCode } from "./model";
import { parseScore } from "./numbers";
import * as problem from "./problems";
import { normalizeKey, normalizeText } from "./text/normalize";

/** Letters or digits only, so "I.1.a" splits cleanly; "a)" and a trailing "." are tidied first. */
const SEGMENT = /^[\p{L}\p{N}]+$/u;

/**
 * The code as it will be shown: "I. 1 .a." → "I.1.a"; "a)" → "a".
 *
 * @example tidyCriterionCode(" I.1.a. ") === "I.1.a"
 */
export function tidyCriterionCode(code: string): string {
  return normalizeText(code)
    .replace(/\s*\.\s*/gu, ".")
    .replace(/[.)]+$/u, "");
}

/** The key codes are compared by (NFC, trimmed, case-folded, tidied). */
export function criterionKey(code: string): string {
  return normalizeKey(tidyCriterionCode(code));
}

interface Draft {
  readonly code: CriterionCode;
  readonly key: string;
  readonly parentKey: string | null;
  readonly depth: number;
  readonly row: CriterionRow;
  readonly children: Draft[];
}

/**
 * Checks the criteria rows and builds the tree.
 *
 * @example
 * const { table, problems } = criteriaTable(rows, { ...config, selfScoreMax: 9000 as Points });
 * table.leaves.map((l) => l.code) // ["I.1.a", "I.1.b", "I.2", "II.1", …]
 */
export function criteriaTable(
  rows: readonly CriterionRow[],
  config: Pick<ScoringConfig, "selfScoreMax">,
): { table: CriteriaTable; problems: Problem[] } {
  const problems: Problem[] = [];
  if (rows.length === 0) problems.push(problem.criteriaEmpty());

  const byKey = new Map<string, Draft>();
  const drafts: Draft[] = [];
  for (const row of rows) {
    const raw = typeof row.code.value === "string" ? row.code.value : String(row.code.value ?? "");
    const shown = tidyCriterionCode(raw);
    const at = row.code.at;
    if (shown === "") {
      problems.push(problem.criterionCodeMissing(normalizeText(row.text), at));
      continue;
    }
    const code = criterionCode(shown);
    const segments = shown.split(".");
    if (!segments.every((s) => SEGMENT.test(s))) {
      problems.push(problem.criterionCodeInvalid(code, at));
      continue;
    }
    const key = normalizeKey(shown);
    if (byKey.has(key)) {
      problems.push(problem.criterionDuplicate(code, at));
      continue;
    }
    const depth = segments.length - 1;
    const parentKey = depth === 0 ? null : normalizeKey(segments.slice(0, -1).join("."));
    const draft: Draft = { code, key, parentKey, depth, row, children: [] };
    byKey.set(key, draft);
    drafts.push(draft);
  }

  const roots: Draft[] = [];
  for (const draft of drafts) {
    if (draft.parentKey === null) {
      roots.push(draft);
      continue;
    }
    const parent = byKey.get(draft.parentKey);
    if (parent === undefined) {
      const parentCode = draft.code.split(".").slice(0, -1).join(".");
      problems.push(problem.criterionParentMissing(draft.code, parentCode, draft.row.code.at));
    } else {
      parent.children.push(draft);
    }
  }

  const nodes: CriterionNode[] = [];
  const leaves: CriterionLeaf[] = [];
  const sections: CriteriaSection[] = [];
  let maximaValid = true;

  /** Depth first, children in row order; returns the subtree's maximum. */
  const visit = (
    draft: Draft,
    parent: Draft | null,
    sectionIndex: number,
    sectionCode: CriterionCode,
  ): Points => {
    const { row, code } = draft;
    const kind = row.kind;
    if (parent !== null && parent.row.kind !== kind && parent.row.kind !== "scored") {
      problems.push(problem.criterionKindMixed(code, kind, parent.code, parent.row.kind, row.code.at));
    }
    const nodeIndex = nodes.length;
    nodes.push(placeholderNode);
    const common = { code, key: draft.key, text: normalizeText(row.text), kind, ...atOf(row.code.at) };
    const typed = parseMax(draft, row.max.at, problems);
    if (typed === "invalid") maximaValid = false;

    let max: Points;
    let leafIndex = -1;
    if (draft.children.length === 0) {
      if (typed === null) {
        problems.push(problem.criterionMaxMissing(code, row.max.at ?? row.code.at));
        maximaValid = false;
      }
      max = typed === null || typed === "invalid" ? ZERO : typed;
      leafIndex = leaves.length;
      leaves.push({ ...common, max, section: sectionCode, sectionIndex });
    } else {
      // Children of another kind (a bonus or deduction row inside a scored section) are outside
      // the parent's maximum: it is the sum of its own kind's children.
      let sum = 0;
      let outside = 0;
      for (const child of draft.children) {
        const childMax = visit(child, draft, sectionIndex, sectionCode);
        if (child.row.kind === kind) sum += childMax;
        else outside += childMax;
      }
      max = pointsFromHundredths(sum);
      if (typed !== null && typed !== "invalid" && typed !== max) {
        problems.push(
          problem.criterionParentMaxMismatch(
            code,
            typed,
            max,
            pointsFromHundredths(outside),
            row.max.at ?? row.code.at,
          ),
        );
        maximaValid = false;
      }
    }
    nodes[nodeIndex] = {
      ...common,
      max,
      parent: parent === null ? null : parent.code,
      depth: draft.depth,
      leafIndex,
    };
    return max;
  };

  for (const root of roots) {
    const sectionIndex = sections.length;
    const firstLeaf = leaves.length;
    const max = visit(root, null, sectionIndex, root.code);
    const leafIndices: number[] = [];
    for (let i = firstLeaf; i < leaves.length; i++) leafIndices.push(i);
    sections.push({
      code: root.code,
      text: normalizeText(root.row.text),
      max,
      kind: root.row.kind,
      leaves: leafIndices,
    });
  }

  const sumOf = (kind: CriterionKind): Points => {
    let sum = 0;
    for (const leaf of leaves) if (leaf.kind === kind) sum += leaf.max;
    return pointsFromHundredths(sum);
  };
  const scoredMax = sumOf("scored");
  if (maximaValid && leaves.length > 0 && scoredMax !== config.selfScoreMax) {
    const scoredSections = sections
      .filter((s) => s.kind === "scored")
      .map((s) => ({ code: s.code, max: s.max }));
    problems.push(problem.scoredMaxMismatch(scoredMax, config.selfScoreMax, scoredSections));
  }

  return {
    table: {
      nodes,
      leaves,
      sections,
      scoredMax,
      bonusMax: sumOf("bonus"),
      deductionMax: sumOf("deduction"),
      fingerprint: criteriaFingerprint(nodes),
    },
    problems,
  };
}

const placeholderNode = {} as CriterionNode;

function atOf(at: CellRef | undefined): { at?: CellRef } {
  return at === undefined ? {} : { at };
}

/** The typed maximum: null when the cell is empty, "invalid" when reported. */
function parseMax(draft: Draft, at: CellRef | undefined, problems: Problem[]): Points | null | "invalid" {
  const parsed = parseScore(draft.row.max.value);
  const where = at ?? draft.row.code.at;
  if (parsed.kind === "empty") return null;
  if (parsed.kind === "invalid") {
    problems.push(problem.criterionMaxInvalid(draft.code, parsed.shown, parsed.reason, where));
    return "invalid";
  }
  if (parsed.points < 0) {
    problems.push(problem.criterionMaxInvalid(draft.code, formatPoints(parsed.points), "negative", where));
    return "invalid";
  }
  return parsed.points;
}

/**
 * A stable hash of the table's shape (codes, order, maxima, kinds), 16 hex digits. Two tables with
 * the same fingerprint score the same way, whatever their wording.
 */
export function criteriaFingerprint(nodes: readonly Pick<CriterionNode, "key" | "max" | "kind">[]): string {
  // Two independent 32-bit FNV-1a style lanes: 64 bits make an accidental match negligible.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ nodes.length;
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
  };
  for (const node of nodes) feed(`${node.key}\u0001${node.max}\u0001${node.kind}\u0002`);
  const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, "0");
  return hex(h1) + hex(h2);
}

/**
 * Where a criterion code points: a leaf (scored directly), a parent, or nothing.
 * Build once per table; lookups compare codes by `criterionKey`.
 */
export function criteriaLookup(table: CriteriaTable): (code: string) => CriterionNode | undefined {
  const byKey = new Map<string, CriterionNode>();
  for (const node of table.nodes) byKey.set(node.key, node);
  return (code) => byKey.get(criterionKey(code));
}
