/**
 * The order of a summary's problems, by data and never by wording, so the list does not depend on
 * the order of the workbook's rows: first the problems of the tables (criteria, allocation,
 * clusters) in the order found, then those about units and rows by unit, criterion, code,
 * department, sheet, cell and parameters, then those about clusters (ties) in cluster order.
 */
import { problemSubject } from "./diagnostics";
import type { CellRef, Problem } from "./model";

/** Sort position of a unit's summary problems (incomplete), after those about single criteria. */
export const AFTER_SCORES = Number.MAX_SAFE_INTEGER;

/** A problem with what it is sorted by. */
interface Placed {
  /** The unit's comparison key ("" for none). */
  readonly unitKey: string;
  /** The criterion's leaf index, -1 for none, AFTER_SCORES for the unit's own summary problems. */
  readonly criterion: number;
  readonly problem: Problem;
}

/** A summary's problems as they are found; `sorted()` gives them in their order. */
export class ProblemList {
  private readonly head: Problem[] = [];
  private readonly placed: Placed[] = [];
  private readonly tail: Problem[] = [];

  /** A problem of the tables (criteria, allocation, clusters): first, in the order found. */
  first(...problems: readonly Problem[]): void {
    this.head.push(...problems);
  }

  /** A problem about a unit or a row, placed by the unit's key and the criterion's index. */
  place(unitKey: string, criterion: number, problem: Problem): void {
    this.placed.push({ unitKey, criterion, problem });
  }

  /** A problem about a cluster: last, in cluster order. */
  last(problem: Problem): void {
    this.tail.push(problem);
  }

  sorted(): Problem[] {
    const placed = [...this.placed].sort(comparePlaced);
    return [...this.head, ...placed.map((p) => p.problem), ...this.tail];
  }
}

/** Code-point order: deterministic, independent of locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePlaced(a: Placed, b: Placed): number {
  return (
    compareText(a.unitKey, b.unitKey) ||
    a.criterion - b.criterion ||
    compareText(a.problem.code, b.problem.code) ||
    compareText(problemSubject(a.problem).department ?? "", problemSubject(b.problem).department ?? "") ||
    compareText(a.problem.at?.sheet ?? "", b.problem.at?.sheet ?? "") ||
    compareCells(a.problem.at, b.problem.at) ||
    compareText(JSON.stringify(a.problem.params), JSON.stringify(b.problem.params))
  );
}

/** By column, then row ("B9" before "B10" before "C1"); a problem without a cell first. */
function compareCells(a: CellRef | undefined, b: CellRef | undefined): number {
  if (a === undefined || b === undefined) return (a === undefined ? 0 : 1) - (b === undefined ? 0 : 1);
  return a.col - b.col || a.row - b.row;
}
