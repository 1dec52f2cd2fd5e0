import { isDate } from '../core/realm';
import { DEFAULT_NUMBER_FORMAT, defaultDateTimeFormat } from './display';
import { SheetDate, type CellState, type SpreadsheetState } from './model';
import { instantToWall, wallToInstant } from './time-zone';
import { parseInput } from './typed-input';

/**
 * Cell contents across the script boundary: what getValues returns (Number, Boolean, Date, String; '' when empty) and
 * what setValue(s) stores.
 */
export function scriptValueOf(cell: CellState | undefined, ss: SpreadsheetState): unknown {
  const v = cell?.value;
  if (v === undefined) return '';
  return v instanceof SheetDate ? new Date(wallToInstant(ss.timeZone, v.wallMs)) : v;
}

export function numberFormatOf(cell: CellState | undefined, ss: SpreadsheetState): string {
  if (cell?.numberFormat) return cell.numberFormat;
  return cell?.value instanceof SheetDate ? defaultDateTimeFormat(ss.locale) : DEFAULT_NUMBER_FORMAT;
}

export function clearContent(cell: CellState): void {
  delete cell.value;
  delete cell.formula;
}

/** Stores a value the way Sheets does for setValue and for typing (strings are parsed, see typed-input.ts). */
export function writeValue(cell: CellState, input: unknown, ss: SpreadsheetState): void {
  clearContent(cell);
  if (input === null || input === undefined || input === '') return;
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
  } else if (isDate(input)) {
    cell.value = new SheetDate(instantToWall(ss.timeZone, input.getTime()));
  } else {
    const parsed = parseInput(String(input), ss.locale, cell.numberFormat);
    if (parsed.formula !== undefined) cell.formula = parsed.formula;
    if (parsed.value !== undefined) cell.value = parsed.value;
    if (parsed.numberFormat && !cell.numberFormat) cell.numberFormat = parsed.numberFormat;
  }
}
