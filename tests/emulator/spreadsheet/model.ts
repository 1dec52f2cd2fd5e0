import type { World } from '../core/world';
import type { GridRange } from './a1';
import { SHEET_ERRORS } from './errors';

/**
 * The state of every emulated spreadsheet, kept in the World (world.store) so that every execution, every
 * SpreadsheetApp instance and the test itself see the same files. Fakes hold ids and look the state up on each call.
 */

/** A date in a cell: wall-clock milliseconds in the spreadsheet's time zone (see time-zone.ts). */
export class SheetDate {
  constructor(readonly wallMs: number) {}
}

export type CellValue = string | number | boolean | SheetDate;

export interface ValidationState {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface CellState {
  /** undefined: empty. A formula cell keeps '' here: the emulator does not calculate formulas. */
  value?: CellValue;
  formula?: string;
  numberFormat?: string;
  background?: string;
  fontWeight?: 'bold' | 'normal';
  fontColor?: string;
  fontFamily?: string;
  fontSize?: number;
  wrap?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  note?: string;
  validation?: ValidationState;
}

/** The cell properties Range.clearFormat / clear() reset. */
export const FORMAT_KEYS = [
  'numberFormat',
  'background',
  'fontWeight',
  'fontColor',
  'fontFamily',
  'fontSize',
  'wrap',
  'horizontalAlignment',
  'verticalAlignment',
] as const satisfies readonly (keyof CellState)[];

export interface ProtectionState {
  id: number;
  type: 'RANGE' | 'SHEET';
  /** RANGE: the protected cells; SHEET: ignored (the whole sheet, whatever its size) */
  range: GridRange;
  description: string;
  /** null until the script first changes the editors: the protection then mirrors the file's editors */
  editors: string[] | null;
  warningOnly: boolean;
  unprotected: GridRange[];
}

export interface ConditionalRuleState {
  ranges: GridRange[];
  criteria: string;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

export interface SheetState {
  sheetId: number;
  name: string;
  maxRows: number;
  maxCols: number;
  /** rows[r-1][c-1]; sparse */
  rows: (CellState | undefined)[][];
  frozenRows: number;
  frozenCols: number;
  columnWidths: Map<number, number>;
  /** 1-based positions of the columns hidden by Sheet.hideColumns */
  hiddenColumns: Set<number>;
  /** 1-based positions of the rows hidden by Sheet.hideRows (moved by row inserts and deletes) */
  hiddenRows: Set<number>;
  tabColor: string | null;
  hidden: boolean;
  protections: ProtectionState[];
  conditionalRules: ConditionalRuleState[];
  merges: GridRange[];
}

export interface DeveloperMetadataState {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  /** undefined: on the spreadsheet itself */
  sheetId?: number;
}

export interface SpreadsheetState {
  id: string;
  /**
   * The file's name, owner and the people it is shared with (viewers: viewers and commenters) are kept by Drive
   * (driveFiles); these read through to it (see files.ts).
   */
  readonly name: string;
  readonly owner: string;
  readonly editors: readonly string[];
  readonly viewers: readonly string[];
  timeZone: string;
  locale: string;
  sheets: SheetState[];
  activeSheetId: number;
  developerMetadata: DeveloperMetadataState[];
  sheetCount: number;
}

interface ToastRecord {
  spreadsheetId: string;
  user: string;
  at: number;
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

interface SpreadsheetStore {
  files: Map<string, SpreadsheetState>;
  toasts: ToastRecord[];
  nextId: number;
}

export function spreadsheetStore(world: World): SpreadsheetStore {
  return world.store<SpreadsheetStore>('spreadsheets', () => ({ files: new Map(), toasts: [], nextId: 1 }));
}

/** Unique within the world: developer metadata and protection ids. */
export function nextNumericId(world: World): number {
  return spreadsheetStore(world).nextId++;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

/**
 * The font of a cell nobody set one on: a new Google spreadsheet's default format is Arial 10 (Sheets API
 * SpreadsheetProperties.defaultFormat, textFormat fontFamily "arial,sans,sans-serif" and fontSize 10, and the theme's
 * primaryFontFamily "Arial": https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets#SpreadsheetProperties,
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets#SpreadsheetTheme).
 */
export const DEFAULT_FONT = { family: 'Arial', size: 10 } as const;

export interface NewSpreadsheetOptions {
  owner?: string;
  rows?: number;
  columns?: number;
  /** default: the World's script time zone */
  timeZone?: string;
  /** default 'id_ID': the office's accounts are Indonesian */
  locale?: string;
  /** the script created it (SpreadsheetApp.create): the drive.file scope reaches it */
  byApp?: boolean;
}

/** Sheet ids look like Sheets' gids: the first sheet is 0, later ones large and unpredictable-looking. */
function sheetIdFor(ordinal: number): number {
  return ordinal === 0 ? 0 : (ordinal * 1_234_567_891) % 2_000_000_000;
}

export function newSheetState(ss: SpreadsheetState, name: string, rows = DEFAULT_ROWS, cols = DEFAULT_COLUMNS) {
  const sheet: SheetState = {
    sheetId: sheetIdFor(ss.sheetCount++),
    name,
    maxRows: rows,
    maxCols: cols,
    rows: [],
    frozenRows: 0,
    frozenCols: 0,
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    hiddenRows: new Set(),
    tabColor: null,
    hidden: false,
    protections: [],
    conditionalRules: [],
    merges: [],
  };
  return sheet;
}

/** Test-side look-up; throws when the id is unknown. */
export function spreadsheetState(world: World, id: string): SpreadsheetState {
  const ss = spreadsheetStore(world).files.get(id);
  if (!ss) throw new Error(`No emulated spreadsheet with id ${id}`);
  return ss;
}

export function sheetById(ss: SpreadsheetState, sheetId: number): SheetState {
  const sheet = ss.sheets.find((s) => s.sheetId === sheetId);
  if (!sheet) throw new Error(SHEET_ERRORS.sheetDeleted);
  return sheet;
}

/** Sheet names are unique regardless of case in Sheets; look-ups ignore case too. */
export function sheetByName(ss: SpreadsheetState, name: string): SheetState | null {
  const lower = name.toLowerCase();
  return ss.sheets.find((s) => s.name.toLowerCase() === lower) ?? null;
}

/** Cell at (row, col), created on demand when `create`. */
export function cellAt(sheet: SheetState, row: number, col: number, create: true): CellState;
export function cellAt(sheet: SheetState, row: number, col: number, create?: false): CellState | undefined;
export function cellAt(sheet: SheetState, row: number, col: number, create = false): CellState | undefined {
  let line = sheet.rows[row - 1];
  if (!line) {
    if (!create) return undefined;
    line = sheet.rows[row - 1] = [];
  }
  let cell = line[col - 1];
  if (!cell && create) cell = line[col - 1] = {};
  return cell;
}

export function hasContent(cell: CellState | undefined): boolean {
  return !!cell && (cell.formula !== undefined || (cell.value !== undefined && cell.value !== ''));
}

/** Last row / column with content (value or formula); 0 on an empty sheet. */
export function lastRowWithContent(sheet: SheetState): number {
  for (let r = sheet.rows.length; r >= 1; r--) if (sheet.rows[r - 1]?.some(hasContent)) return r;
  return 0;
}

export function lastColumnWithContent(sheet: SheetState): number {
  let last = 0;
  for (const line of sheet.rows) {
    if (!line) continue;
    for (let c = line.length; c > last; c--) {
      if (hasContent(line[c - 1])) {
        last = c;
        break;
      }
    }
  }
  return last;
}
