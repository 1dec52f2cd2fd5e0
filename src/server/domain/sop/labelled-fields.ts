import { labelOf, type SourceLine } from './source-text';

/** A "Label<TAB>value" cell pair found in the text. */
export interface LabelledValue {
  line: number;
  /** the line's cells left of the label */
  before: string[];
  /** the raw value cell (HTML kept), '' when the line ends at the label */
  value: string;
}

/** A value that is only a step number belongs to the step list of the identification sheet, not to a field. */
const STEP_NUMBER_ONLY = /^\s*\d+\.\s*$/;

/** The first "label<TAB>value" pair whose label is one of `labels` (as labelOf reads them). */
export function findLabelled(lines: SourceLine[], labels: readonly string[]): LabelledValue | undefined {
  for (const { line, cells } of lines) {
    const at = cells.findIndex((cell) => labels.includes(labelOf(cell)));
    if (at === -1) continue;
    const value = cells[at + 1] ?? '';
    if (STEP_NUMBER_ONLY.test(value)) continue;
    return { line, before: cells.slice(0, at), value };
  }
  return undefined;
}
