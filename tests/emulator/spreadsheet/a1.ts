import { SHEET_ERRORS } from './errors';

/** A rectangle of cells, 1-based, as Apps Script's Range exposes it. */
export interface GridRange {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "A1", "B2:C5", "A:A" style text of a range, as getA1Notation gives it (single cells without a colon). */
export function a1Of(g: GridRange): string {
  const start = `${columnLetters(g.col)}${g.row}`;
  if (g.numRows === 1 && g.numCols === 1) return start;
  return `${start}:${columnLetters(g.col + g.numCols - 1)}${g.row + g.numRows - 1}`;
}

/** Splits "Sheet 1!A1:B2" / "'Tab ''x'''!A1" into the sheet name (null when absent) and the cell part. */
export function splitSheetName(a1: string): { sheetName: string | null; cells: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, cells: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, cells: a1.slice(bang + 1) };
}

interface Corner {
  col: number | null;
  row: number | null;
}

function corner(text: string): Corner | null {
  const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(text.trim());
  if (!m || (!m[1] && !m[2])) return null;
  return { col: m[1] ? columnNumber(m[1]) : null, row: m[2] ? Number(m[2]) : null };
}

/**
 * The cells of an A1 notation within a sheet of the given size: "B3", "A1:C4", open-ended "A:B", "2:4", "A2:B".
 * Throws "Range not found" on text that is not a range.
 */
export function parseA1(cells: string, maxRows: number, maxCols: number): GridRange {
  const [first, second, extra] = cells.split(':');
  if (extra !== undefined) throw new Error(SHEET_ERRORS.rangeNotFound);
  const a = corner(first ?? '');
  const b = second === undefined ? a : corner(second);
  if (!a || !b) throw new Error(SHEET_ERRORS.rangeNotFound);
  if (second === undefined && (a.col === null || a.row === null)) throw new Error(SHEET_ERRORS.rangeNotFound);
  if ((a.col === null && b.col !== null) || (a.row === null && b.row !== null))
    throw new Error(SHEET_ERRORS.rangeNotFound);
  const col1 = a.col ?? 1;
  const row1 = a.row ?? 1;
  const col2 = b.col ?? maxCols;
  const row2 = b.row ?? maxRows;
  if (col1 < 1 || row1 < 1 || col2 < 1 || row2 < 1) throw new Error(SHEET_ERRORS.rangeNotFound);
  const rowA = Math.min(row1, row2);
  const colA = Math.min(col1, col2);
  return {
    row: rowA,
    col: colA,
    numRows: Math.max(row1, row2) - rowA + 1,
    numCols: Math.max(col1, col2) - colA + 1,
  };
}

export function contains(outer: GridRange, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.numRows && col >= outer.col && col < outer.col + outer.numCols;
}

export function intersects(a: GridRange, b: GridRange): boolean {
  return (
    a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols
  );
}
