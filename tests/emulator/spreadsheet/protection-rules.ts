import type { World } from '../core/world';
import { contains, intersects, type GridRange } from './a1';
import { SHEET_ERRORS } from './errors';
import { nextNumericId, type ProtectionState, type SheetState, type SpreadsheetState } from './model';

/**
 * Who may change which cells: the rules of protections over the spreadsheet's state, shared by the Range, Sheet and
 * Protection fakes and by userEdit (protection.ts gives the reference page's rules).
 */
export function canEditProtection(ss: SpreadsheetState, p: ProtectionState, user: string): boolean {
  return user === ss.owner || (p.editors ?? ss.editors).includes(user);
}

/**
 * The editors getEditors lists: the owner can always edit but is listed only once added as an editor. A new
 * protection of a spreadsheet only its owner edits lists nobody
 * (https://github.com/brucemcpherson/gas-fakes/blob/main/notes/oddities.md#protectiongeteditors-and-the-owner,
 * https://issuetracker.google.com/issues/442636162); one whose editors are set to the owner lists the owner
 * (https://github.com/brucemcpherson/gas-fakes/blob/main/test/testsheetspermissions.js). The file's editors
 * (SpreadsheetState.editors) never include the owner.
 */
export function protectionEditors(ss: SpreadsheetState, p: ProtectionState): string[] {
  return [...(p.editors ?? ss.editors)];
}

function covers(sheet: SheetState, p: ProtectionState, row: number, col: number): boolean {
  if (p.type === 'RANGE') return contains(p.range, row, col);
  return row <= sheet.maxRows && col <= sheet.maxCols && !p.unprotected.some((u) => contains(u, row, col));
}

/** The first cell of `g` the user may not change, or null. */
export function firstBlockedCell(
  ss: SpreadsheetState,
  sheet: SheetState,
  g: GridRange,
  user: string,
): { row: number; col: number } | null {
  const blocking = sheet.protections.filter(
    (p) => !p.warningOnly && !canEditProtection(ss, p, user) && (p.type === 'SHEET' || intersects(p.range, g)),
  );
  if (blocking.length === 0) return null;
  for (let r = g.row; r < g.row + g.numRows; r++) {
    for (let c = g.col; c < g.col + g.numCols; c++) {
      if (blocking.some((p) => covers(sheet, p, r, c))) return { row: r, col: c };
    }
  }
  return null;
}

export function assertCanEdit(ss: SpreadsheetState, sheet: SheetState, g: GridRange, user: string): void {
  if (firstBlockedCell(ss, sheet, g, user)) throw new Error(SHEET_ERRORS.protectedCell);
}

/** Warning-only protections covering any cell of g (a person editing there is warned first). */
export function warningProtections(sheet: SheetState, g: GridRange): ProtectionState[] {
  return sheet.protections.filter((p) => p.warningOnly && (p.type === 'SHEET' ? true : intersects(p.range, g)));
}

/** A new protection's state: editors mirror the file's until the script changes them. */
export function newProtection(world: World, type: 'RANGE' | 'SHEET', range: GridRange): ProtectionState {
  return {
    id: nextNumericId(world),
    type,
    range: { ...range },
    description: '',
    editors: null,
    warningOnly: false,
    unprotected: [],
  };
}
