import type { World } from '../core/world';
import { MIME_TYPES } from '../drive/enums';
import { textToPdf } from '../drive/pdf';
import { driveFiles, type DriveItem, type ExportedContent } from '../drive/registry';
import { displayValue } from './display';
import { checkCellCount } from './limits';
import {
  cellAt,
  DEFAULT_COLUMNS,
  DEFAULT_ROWS,
  lastColumnWithContent,
  lastRowWithContent,
  newSheetState,
  nextNumericId,
  spreadsheetState,
  spreadsheetStore,
  type CellState,
  type NewSpreadsheetOptions,
  type SheetState,
  type SpreadsheetState,
} from './model';

/**
 * Spreadsheets as Drive files. The Drive registry (driveFiles) is the one place that keeps a spreadsheet's name, owner,
 * sharing and folders; the spreadsheet store keeps its sheets. A SpreadsheetState's name, owner, editors and viewers
 * read through to its Drive entry, so tests and snapshots still see them on the state. Drive copies (makeCopy,
 * Drive.Files.copy) deep-copy the sheets and exports to PDF (getAs) print the displayed values, tab by tab.
 */

type SheetsOnly = Omit<SpreadsheetState, 'name' | 'owner' | 'editors' | 'viewers'>;

function driveItem(world: World, id: string): DriveItem {
  const item = driveFiles(world).get(id);
  if (!item) throw new Error(`No emulated spreadsheet with id ${id} in Drive`);
  return item;
}

/** The state, with name, owner, editors and viewers read from Drive (enumerable, so snapshots include them). */
function linkedToDrive(world: World, state: SheetsOnly): SpreadsheetState {
  const item = () => driveItem(world, state.id);
  return Object.defineProperties(state, {
    name: { get: () => item().name, enumerable: true },
    owner: { get: () => item().owner, enumerable: true },
    editors: { get: () => [...item().editors], enumerable: true },
    viewers: { get: () => [...item().viewers, ...item().commenters], enumerable: true },
  }) as SpreadsheetState;
}

/**
 * A new file as SpreadsheetApp.create makes it: one sheet "Sheet1", in the owner's My Drive. Tests seed existing files
 * with it too (byApp false: the add-in did not create them, so drive.file does not reach them).
 */
export function createSpreadsheetState(world: World, name: string, options: NewSpreadsheetOptions = {}) {
  handleSpreadsheetFiles(world);
  checkCellCount([], (options.rows ?? DEFAULT_ROWS) * (options.columns ?? DEFAULT_COLUMNS));
  const item = driveFiles(world).register({
    name,
    mimeType: MIME_TYPES.GOOGLE_SHEETS,
    owner: options.owner,
    byApp: options.byApp ?? false,
  });
  const ss = linkedToDrive(world, {
    id: item.id,
    timeZone: options.timeZone ?? world.scriptTimeZone,
    locale: options.locale ?? 'id_ID',
    sheets: [],
    activeSheetId: 0,
    developerMetadata: [],
    sheetCount: 0,
  });
  const first = newSheetState(ss, 'Sheet1', options.rows, options.columns);
  ss.sheets.push(first);
  ss.activeSheetId = first.sheetId;
  spreadsheetStore(world).files.set(ss.id, ss);
  return ss;
}

/** Lets Drive copy and export spreadsheets (once per world). */
function handleSpreadsheetFiles(world: World): void {
  world.store('spreadsheet-drive-type', () => {
    driveFiles(world).handleType(MIME_TYPES.GOOGLE_SHEETS, {
      exportAs: (item, contentType) => (contentType === MIME_TYPES.PDF ? pdfOf(world, item.id) : null),
      copy: (sourceId, copyId) => copySpreadsheet(world, sourceId, copyId),
    });
    return true;
  });
}

function copyCell(cell: CellState): CellState {
  const copy = { ...cell };
  if (cell.validation) copy.validation = { ...cell.validation, values: [...cell.validation.values] };
  return copy;
}

function copySheet(world: World, sheet: SheetState): SheetState {
  return {
    ...sheet,
    rows: sheet.rows.map((line) => line?.map((cell) => cell && copyCell(cell))),
    columnWidths: new Map(sheet.columnWidths),
    hiddenColumns: new Set(sheet.hiddenColumns),
    hiddenRows: new Set(sheet.hiddenRows),
    protections: sheet.protections.map((p) => ({
      ...structuredClone(p),
      id: nextNumericId(world),
    })),
    conditionalRules: structuredClone(sheet.conditionalRules),
    merges: sheet.merges.map((g) => ({ ...g })),
  };
}

/** makeCopy / Drive.Files.copy: the copy's Drive entry exists already; its sheets become a deep copy of the source's. */
function copySpreadsheet(world: World, sourceId: string, copyId: string): void {
  const source = spreadsheetState(world, sourceId);
  const copy = linkedToDrive(world, {
    id: copyId,
    timeZone: source.timeZone,
    locale: source.locale,
    sheets: source.sheets.map((s) => copySheet(world, s)),
    activeSheetId: source.activeSheetId,
    developerMetadata: source.developerMetadata.map((m) => ({ ...m, id: nextNumericId(world) })),
    sheetCount: source.sheetCount,
  });
  spreadsheetStore(world).files.set(copyId, copy);
}

/** The displayed values of a tab, one line per row, cells separated by " | ". */
function sheetText(ss: SpreadsheetState, sheet: SheetState): string {
  const lines = [sheet.name];
  const columns = lastColumnWithContent(sheet);
  for (let r = 1; r <= lastRowWithContent(sheet); r++) {
    const cells = [];
    for (let c = 1; c <= columns; c++) {
      const cell = cellAt(sheet, r, c);
      cells.push(displayValue(cell?.value, cell?.numberFormat, ss.locale));
    }
    lines.push(cells.join(' | '));
  }
  return lines.join('\n');
}

/** A PDF of the visible tabs, each starting a page (Sheets prints hidden tabs not at all). */
function pdfOf(world: World, id: string): ExportedContent {
  const ss = spreadsheetState(world, id);
  const text = ss.sheets
    .filter((s) => !s.hidden)
    .map((s) => sheetText(ss, s))
    .join('\f');
  return { bytes: textToPdf(text), contentType: MIME_TYPES.PDF };
}
