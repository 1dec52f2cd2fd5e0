import { SHEET_ERRORS } from './errors';
import type { SheetState } from './model';

/**
 * The size limits of a Google Sheets file: "Up to 10 million cells" per spreadsheet, counted over every tab's grid
 * (maxRows × maxColumns, empty cells too), and at most 50,000 characters in one cell.
 * https://support.google.com/drive/answer/37603 ("Files you can store in Google Drive", Spreadsheets), raised to ten
 * million cells in https://workspaceupdates.googleblog.com/2022/03/ten-million-cells-google-sheets.html
 */
export const MAX_CHARACTERS_PER_CELL = 50_000;
export const MAX_CELLS_PER_SPREADSHEET = 10_000_000;

/** Refuses a write whose text would not fit in a cell; checked for the whole batch before any cell changes. */
export function checkCellInputs(grid: readonly (readonly unknown[])[]): void {
  for (const row of grid)
    for (const value of row)
      if (typeof value === 'string' && value.length > MAX_CHARACTERS_PER_CELL)
        throw new Error(SHEET_ERRORS.cellTooLong);
}

/** Refuses growing a spreadsheet's grids by `addedCells` past the per-file cell limit. */
export function checkCellCount(sheets: readonly SheetState[], addedCells: number): void {
  const cells = sheets.reduce((n, sheet) => n + sheet.maxRows * sheet.maxCols, 0);
  if (cells + addedCells > MAX_CELLS_PER_SPREADSHEET) throw new Error(SHEET_ERRORS.tooManyCells);
}
