/**
 * The Set up step's data, in its own chunk: the presets (with their calendars and holiday rules) and
 * the unit-list reader. The first screen of the pane appears without waiting for them.
 */
import { PRESETS } from "../core/presets";
import type { PresetChoice, SetupKit } from "./actions";
import { unitsFromPastedText } from "./unit-list";

export const presetChoices: readonly PresetChoice[] = PRESETS.map((preset) => ({
  id: preset.id,
  name: preset.name,
  periodKind: preset.periodFor(2000).kind,
  periodLabel: (year: number) => preset.periodFor(year).label,
  members: preset.members,
}));

export const setupKit: SetupKit = { presets: presetChoices, parseUnits: unitsFromPastedText };
