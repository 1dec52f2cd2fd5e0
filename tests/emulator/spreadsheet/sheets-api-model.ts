import type { GridRange } from './a1';
import type { ProtectionState, SheetState, SpreadsheetState } from './model';
import { canEditProtection, protectionEditors } from './protection-rules';

/**
 * The Sheets API v4 resources the emulated advanced service reads and writes, converted from and to the state
 * SpreadsheetApp uses, so that what one sets the other reads back.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#protectedrange
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#GridRange
 *
 * Responses are JSON of protocol buffers: a field at its default (false, 0, "", an empty list) is left out, as the
 * API leaves it out ("requestingUserCanEdit" only when true, "warningOnly" only when true).
 */
export type ApiGridRange = GoogleAppsScript.Sheets.Schema.GridRange;
export type ApiProtectedRange = GoogleAppsScript.Sheets.Schema.ProtectedRange;

/** A refused request, named as the API names it ("Invalid requests[2].deleteProtectedRange: ..."). */
export class SheetsApiError extends Error {}

export const SHEETS_API_ERRORS = {
  call: (method: string, message: string) => `API call to sheets.${method} failed with error: ${message}`,
  notFound: 'Requested entity was not found.',
  permission: 'The caller does not have permission',
  /** https://github.com/googleapis/google-api-nodejs-client/issues/1001 */
  noRequests: 'Must specify at least one request.',
  invalid: (i: number, kind: string, why: string) => `Invalid requests[${i}].${kind}: ${why}`,
  /** both quoted in https://github.com/googleapis/google-api-python-client/issues/1064 */
  noProtectedRange: (id: unknown) => `No protected range with id: ${String(id)}`,
  sheetProtected: (title: string) => `Sheet "${title}" already has sheet protection.`,
  noGrid: (id: unknown) => `No grid with id: ${String(id)}`,
  fieldsRequired: "At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)",
} as const;

/** The sheet a request names by sheetId, or the API's "No grid with id". */
export function gridSheet(ss: SpreadsheetState, sheetId: unknown): SheetState {
  const sheet = ss.sheets.find((s) => s.sheetId === (sheetId ?? 0));
  if (!sheet) throw new SheetsApiError(SHEETS_API_ERRORS.noGrid(sheetId ?? 0));
  return sheet;
}

/** 0-based half-open indices → the emulator's 1-based range; a missing bound is the sheet's edge. */
export function gridOf(sheet: SheetState, r: ApiGridRange): GridRange {
  const startRow = r.startRowIndex ?? 0;
  const startCol = r.startColumnIndex ?? 0;
  const endRow = r.endRowIndex ?? sheet.maxRows;
  const endCol = r.endColumnIndex ?? sheet.maxCols;
  if (startRow < 0 || startCol < 0 || endRow > sheet.maxRows || endCol > sheet.maxCols)
    throw new SheetsApiError(`Range (${sheet.name}!R${startRow + 1}C${startCol + 1}) exceeds grid limits.`);
  if (endRow <= startRow || endCol <= startCol) throw new SheetsApiError('The range must not be empty.');
  return { row: startRow + 1, col: startCol + 1, numRows: endRow - startRow, numCols: endCol - startCol };
}

/** "The range may be fully unbounded, in which case this is considered a protected sheet." */
export function isWholeSheet(r: ApiGridRange): boolean {
  return (
    r.startRowIndex === undefined &&
    r.endRowIndex === undefined &&
    r.startColumnIndex === undefined &&
    r.endColumnIndex === undefined
  );
}

function apiGridOf(sheetId: number, g: GridRange): ApiGridRange {
  return {
    ...(sheetId ? { sheetId } : {}),
    ...(g.row > 1 ? { startRowIndex: g.row - 1 } : {}),
    endRowIndex: g.row - 1 + g.numRows,
    ...(g.col > 1 ? { startColumnIndex: g.col - 1 } : {}),
    endColumnIndex: g.col - 1 + g.numCols,
  };
}

/**
 * A protection as the API gives it. "editors: ... This field is only visible to users with edit access to the
 * protected range and the document": left out for the others.
 */
export function apiProtectedRange(
  ss: SpreadsheetState,
  sheet: SheetState,
  p: ProtectionState,
  user: string,
): ApiProtectedRange {
  const canEdit = canEditProtection(ss, p, user);
  const sheetRange = sheet.sheetId ? { sheetId: sheet.sheetId } : {};
  const editors = protectionEditors(ss, p);
  return {
    protectedRangeId: p.id,
    range: p.type === 'SHEET' ? sheetRange : apiGridOf(sheet.sheetId, p.range),
    ...(p.description ? { description: p.description } : {}),
    ...(p.warningOnly ? { warningOnly: true } : {}),
    ...(canEdit ? { requestingUserCanEdit: true } : {}),
    ...(p.unprotected.length ? { unprotectedRanges: p.unprotected.map((g) => apiGridOf(sheet.sheetId, g)) } : {}),
    ...(canEdit ? { editors: editors.length ? { users: editors } : {} } : {}),
  };
}

/** The editors a request sets: users only (groups and domain editing are not emulated). */
export function editorsOf(editors: GoogleAppsScript.Sheets.Schema.Editors | undefined): string[] {
  const { users = [], groups = [], domainUsersCanEdit = false } = editors ?? {};
  if (groups.length || domainUsersCanEdit)
    throw new Error('Emulator: protected range editors other than users are not emulated');
  return [...new Set(users.map((u) => u.trim().toLowerCase()).filter(Boolean))];
}
