import type { World } from '../core/world';
import { a1Of, parseA1 } from './a1';
import { checkShape } from './arguments';
import { scriptValueOf, writeValue } from './cells';
import { satisfies } from './data-validation';
import { SHEET_ERRORS } from './errors';
import { checkCellInputs } from './limits';
import { driveFiles } from '../drive/registry';
import { cellAt, sheetByName, spreadsheetState, type CellState } from './model';
import { firstBlockedCell, warningProtections } from './protection-rules';
import { checkedGrid } from './range';

/**
 * A person typing into the spreadsheet, for tests: not part of the script's API. It is refused the way the Sheets UI
 * refuses it (protected cells, data validation that rejects input, no edit access to the file in Drive), is parsed like typing
 * ("=..." becomes a formula, "12,5" a number under id_ID), and is recorded so trigger emulation can fire onEdit.
 * Script writes never come through here, so they never fire onEdit, as in Apps Script
 * (https://developers.google.com/apps-script/guides/triggers#onedite: "not triggered by ... script edits";
 * "Script executions and API requests do not cause triggers to run").
 */
export interface UserEditRecord {
  seq: number;
  spreadsheetId: string;
  sheetName: string;
  sheetId: number;
  /** the edited range, e.g. "B3" or "B3:C4" */
  a1: string;
  row: number;
  column: number;
  user: string;
  at: number;
  /** what the cells held before and after, as getValues would return them */
  oldValues: unknown[][];
  values: unknown[][];
  /** a warning-only protection covered the range: the person confirmed the warning */
  warned: boolean;
}

type Listener = (edit: UserEditRecord) => void;

interface EditState {
  edits: UserEditRecord[];
  listeners: Listener[];
}

function editState(world: World): EditState {
  return world.store<EditState>('spreadsheet-user-edits', () => ({ edits: [], listeners: [] }));
}

export function userEdits(world: World, spreadsheetId?: string): UserEditRecord[] {
  return editState(world).edits.filter((e) => !spreadsheetId || e.spreadsheetId === spreadsheetId);
}

/** Called after every accepted user edit (the trigger emulation subscribes here). */
export function onUserEdit(world: World, listener: Listener): void {
  editState(world).listeners.push(listener);
}

/**
 * Types `values` (one value, or a 2-D array matching the range) into `a1` of tab `sheetName` as `asUser`.
 * Throws the message the person would see when Sheets refuses the edit.
 */
export function userEdit(
  world: World,
  spreadsheetId: string,
  sheetName: string,
  a1: string,
  values: unknown,
  asUser: string,
): UserEditRecord {
  const ss = spreadsheetState(world, spreadsheetId);
  const drive = driveFiles(world);
  if (!drive.canEdit(spreadsheetId, asUser)) {
    const access = drive.canView(spreadsheetId, asUser) ? 'can only view' : 'has no access to';
    throw new Error(`${asUser} ${access} spreadsheet "${ss.name}"`);
  }
  const sheet = sheetByName(ss, sheetName);
  if (!sheet) throw new Error(`Spreadsheet "${ss.name}" has no tab "${sheetName}"`);
  const parsed = parseA1(a1, sheet.maxRows, sheet.maxCols);
  const g = checkedGrid(sheet, parsed.row, parsed.col, parsed.numRows, parsed.numCols);
  const grid = checkShape(Array.isArray(values) ? values : [[values]], g.numRows, g.numCols);
  checkCellInputs(grid);
  if (firstBlockedCell(ss, sheet, g, asUser)) throw new Error(SHEET_ERRORS.protectedCell);

  const cells = grid.map((row, i) => row.map((_, j) => cellAt(sheet, g.row + i, g.col + j, true)));
  cells.forEach((row, i) =>
    row.forEach((cell, j) => {
      const rule = cell.validation;
      if (!rule || rule.allowInvalid) return;
      const typed: CellState = { numberFormat: cell.numberFormat };
      writeValue(typed, grid[i][j], ss);
      if (!satisfies(rule, typed.value)) {
        const where = a1Of({ row: g.row + i, col: g.col + j, numRows: 1, numCols: 1 });
        throw new Error(rule.helpText || SHEET_ERRORS.invalidInput(where));
      }
    }),
  );

  const oldValues = cells.map((row) => row.map((cell) => scriptValueOf(cell, ss)));
  cells.forEach((row, i) => row.forEach((cell, j) => writeValue(cell, grid[i][j], ss)));
  const state = editState(world);
  const record: UserEditRecord = {
    seq: state.edits.length + 1,
    spreadsheetId,
    sheetName: sheet.name,
    sheetId: sheet.sheetId,
    a1: a1Of(g),
    row: g.row,
    column: g.col,
    user: asUser,
    at: world.clock.now(),
    oldValues,
    values: cells.map((row) => row.map((cell) => scriptValueOf(cell, ss))),
    warned: warningProtections(sheet, g).length > 0,
  };
  state.edits.push(record);
  for (const listener of state.listeners) listener(record);
  return record;
}
