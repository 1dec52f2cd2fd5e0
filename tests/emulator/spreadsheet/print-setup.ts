import type ExcelJS from 'exceljs';
import { columnLetters } from './a1';
import { DEFAULT_COLUMN_WIDTH, lastColumnWithContent, lastRowWithContent, type SheetState } from './model';

/**
 * How an exported tab prints: landscape A4 with Sheets' "Normal" margins (0.7 in left and right, 0.75 in top and
 * bottom), the frozen header rows and columns repeated on every page, and as many pages across as keep the text at
 * least MIN_PRINT_SCALE of its size. Fitting a wide tab to one page width, as Sheets' "Fit to width" does, shrinks a
 * 14-column tab to about 4 pt; here it goes on a second page instead, at about 8 pt. The print area ends at the last
 * cell with content or picture, so text running past the last column does not widen the page.
 * exceljs page setup: https://github.com/exceljs/exceljs#page-setup
 */

/** A4 landscape is 297 mm = 11.69 in wide; 96 px to the inch, as Sheets' column widths are counted. */
const PAGE_WIDTH_INCHES = 11.69;
const SIDE_MARGIN_INCHES = 0.7;
const PIXELS_PER_INCH = 96;
export const PRINTABLE_WIDTH_PX = (PAGE_WIDTH_INCHES - 2 * SIDE_MARGIN_INCHES) * PIXELS_PER_INCH;

/** 10 pt Arial printed at 0.8 is 8 pt, the smallest size still comfortable to read on paper. */
const MIN_PRINT_SCALE = 0.8;

const A4 = 9;

/** An office suite draws each column a few pixels wider than its width (the cell padding). */
const COLUMN_PADDING_PX = 5;

/** The widths in pixels of the columns that print: those up to the last with content, hidden ones left out. */
function printedColumnWidths(sheet: SheetState): number[] {
  const widths: number[] = [];
  for (let c = 1; c <= lastColumnWithContent(sheet); c++) {
    if (!sheet.hiddenColumns.has(c))
      widths.push((sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH) + COLUMN_PADDING_PX);
  }
  return widths;
}

/**
 * Pages across: the columns laid on pages of the printable width shrunk to MIN_PRINT_SCALE, a page breaking only
 * between columns, as a printed page does.
 */
function pagesAcross(sheet: SheetState): number {
  const perPage = PRINTABLE_WIDTH_PX / MIN_PRINT_SCALE;
  let pages = 1;
  let used = 0;
  for (const width of printedColumnWidths(sheet)) {
    if (used > 0 && used + width > perPage) {
      pages += 1;
      used = 0;
    }
    used += width;
  }
  return pages;
}

/** Sheets' default row height in pixels. */
const DEFAULT_ROW_HEIGHT = 21;

/** The last row and column a picture of `size` placed at (row, column) covers. */
export function coveredBy(
  sheet: SheetState,
  at: { row: number; column: number },
  size: { width: number; height: number },
): { row: number; col: number } {
  let col = at.column;
  for (let width = sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH; width < size.width; col++)
    width += sheet.columnWidths.get(col + 1) ?? DEFAULT_COLUMN_WIDTH;
  return { row: at.row + Math.ceil(size.height / DEFAULT_ROW_HEIGHT), col };
}

/** `pictures`: the last row and column each picture on the sheet covers, so the print area takes them in. */
export function printSetupOf(
  sheet: SheetState,
  pictures: readonly { row: number; col: number }[] = [],
): Partial<ExcelJS.PageSetup> {
  const lastRow = Math.max(lastRowWithContent(sheet), ...pictures.map((p) => p.row));
  const lastCol = Math.max(lastColumnWithContent(sheet), ...pictures.map((p) => p.col));
  return {
    paperSize: A4,
    orientation: 'landscape',
    margins: { left: SIDE_MARGIN_INCHES, right: SIDE_MARGIN_INCHES, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    fitToPage: true,
    fitToWidth: pagesAcross(sheet),
    fitToHeight: 0,
    ...(lastRow ? { printArea: `A1:${columnLetters(lastCol)}${lastRow}` } : {}),
    ...(sheet.frozenRows ? { printTitlesRow: `1:${sheet.frozenRows}` } : {}),
    ...(sheet.frozenCols ? { printTitlesColumn: `A:${columnLetters(sheet.frozenCols)}` } : {}),
  };
}
