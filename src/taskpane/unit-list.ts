/**
 * The unit list a cluster head pastes into the Set up step: usually copied from Excel (tab-separated),
 * one unit per line — code, name, type, cluster — or just names. What each cell means (the unit
 * type's spellings) is the core's rule; this only splits lines and columns.
 */
import type { UnitType } from "../core/model";
import { parseUnitType } from "../core/numbers";
import { normalizeKey } from "../core/text/normalize";
import type { SetupUnit } from "./actions";

export type UnitLineProblem =
  | { readonly line: number; readonly kind: "type"; readonly shown: string }
  | { readonly line: number; readonly kind: "duplicate"; readonly code: string }
  | { readonly line: number; readonly kind: "no-name" };

export interface ParsedUnitList {
  readonly units: readonly SetupUnit[];
  readonly problems: readonly UnitLineProblem[];
  /** The pasted line of each unit, in the order of `units`. */
  readonly lines?: readonly number[];
}

/**
 * The units a head or deputy can be chosen from: those on lines without a problem, each code once.
 *
 * @example choosableUnits(unitsFromPastedText("DV01\tA\nDV01\tB\n\t\ttrực tiếp")).map((u) => u.name) // ["A"]
 */
export function choosableUnits(parsed: ParsedUnitList): SetupUnit[] {
  const badLines = new Set(parsed.problems.map((p) => p.line));
  const seen = new Set<string>();
  return parsed.units.filter((unit, i) => {
    const line = parsed.lines?.[i];
    const key = normalizeKey(unit.code);
    if (unit.name.trim() === "" || (line !== undefined && badLines.has(line)) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const HEADER_WORDS = new Set(["mã", "mã đơn vị", "stt", "tt", "tên đơn vị", "đơn vị", "code", "name"]);

function cellsOf(line: string): string[] {
  const separator = line.includes("\t") ? "\t" : line.includes(";") ? ";" : null;
  const cells = separator === null ? [line] : line.split(separator);
  return cells.map((cell) => cell.trim());
}

function typeOf(text: string): UnitType | null | "invalid" {
  return parseUnitType(text === "" ? null : text);
}

/**
 * @example unitsFromPastedText("DV01\tCông đoàn A\tphối hợp").units[0]?.type === "coordinating"
 */
export function unitsFromPastedText(text: string): ParsedUnitList {
  const rows = text
    .split(/\r?\n/)
    .map((line, index) => ({ line: index + 1, cells: cellsOf(line) }))
    .filter((row) => row.cells.some((cell) => cell !== ""));
  const first = rows[0];
  if (first !== undefined && HEADER_WORDS.has(normalizeKey(first.cells[0] ?? ""))) rows.shift();

  const problems: UnitLineProblem[] = [];
  const drafts = rows.map(({ line, cells }) => {
    let code = "";
    let name = "";
    let typeText = "";
    let cluster = "";
    if (cells.length === 1) name = cells[0] ?? "";
    else if (cells.length === 2 && typeOf(cells[1] ?? "") !== "invalid" && typeOf(cells[1] ?? "") !== null) {
      name = cells[0] ?? "";
      typeText = cells[1] ?? "";
    } else {
      [code = "", name = "", typeText = "", cluster = ""] = cells;
    }
    const type = typeOf(typeText);
    if (type === "invalid") problems.push({ line, kind: "type", shown: typeText });
    if (name === "") problems.push({ line, kind: "no-name" });
    return { line, code, name, type: type === "invalid" || type === null ? "direct" : type, cluster };
  });

  // Codes for the units that have none: DV01, DV02 … skipping codes already given.
  const taken = new Set(drafts.map((d) => normalizeKey(d.code)).filter((c) => c !== ""));
  const width = Math.max(2, String(drafts.length).length);
  let next = 1;
  const seen = new Set<string>();
  const units = drafts.map((draft): SetupUnit => {
    let code = draft.code;
    if (code === "") {
      do code = `DV${String(next++).padStart(width, "0")}`;
      while (taken.has(normalizeKey(code)));
    }
    const key = normalizeKey(code);
    if (seen.has(key)) problems.push({ line: draft.line, kind: "duplicate", code });
    seen.add(key);
    return {
      code,
      name: draft.name,
      type: draft.type,
      ...(draft.cluster === "" ? {} : { cluster: draft.cluster }),
    };
  });
  problems.sort((a, b) => a.line - b.line);
  return { units, problems, lines: drafts.map((d) => d.line) };
}
