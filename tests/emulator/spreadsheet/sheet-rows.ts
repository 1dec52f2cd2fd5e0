import type { GridRange } from './a1';
import type { SheetState } from './model';

/**
 * Inserting and deleting rows moves everything anchored to rows: cells, range protections and their unprotected
 * ranges, merges, conditional-format ranges and hidden rows, as Sheets does. A range that loses all its rows
 * disappears.
 */
function insertInto(g: GridRange, at: number, count: number): GridRange {
  if (g.row >= at) return { ...g, row: g.row + count };
  if (g.row + g.numRows > at) return { ...g, numRows: g.numRows + count };
  return g;
}

function deleteFrom(g: GridRange, at: number, count: number): GridRange | null {
  const first = g.row;
  const last = g.row + g.numRows - 1;
  const delLast = at + count - 1;
  if (last < at) return g;
  if (first > delLast) return { ...g, row: g.row - count };
  const keptAbove = Math.max(0, at - first);
  const keptBelow = Math.max(0, last - delLast);
  if (keptAbove + keptBelow === 0) return null;
  return { ...g, row: Math.min(first, at), numRows: keptAbove + keptBelow };
}

function remap(sheet: SheetState, f: (g: GridRange) => GridRange | null): void {
  const all = (list: GridRange[]) => list.map(f).filter((g): g is GridRange => g !== null);
  sheet.protections = sheet.protections.filter((p) => {
    if (p.type === 'RANGE') {
      const moved = f(p.range);
      if (!moved) return false;
      p.range = moved;
    }
    p.unprotected = all(p.unprotected);
    return true;
  });
  sheet.merges = all(sheet.merges);
  sheet.conditionalRules = sheet.conditionalRules.filter((r) => (r.ranges = all(r.ranges)).length > 0);
  sheet.hiddenRows = new Set(
    all([...sheet.hiddenRows].map((row) => ({ row, col: 1, numRows: 1, numCols: 1 }))).map((g) => g.row),
  );
}

/** Inserts `count` empty rows so that the first new row is `at`. */
export function insertRows(sheet: SheetState, at: number, count: number): void {
  if (sheet.rows.length >= at) sheet.rows.splice(at - 1, 0, ...new Array<never[]>(count).fill([]).map(() => []));
  sheet.maxRows += count;
  remap(sheet, (g) => insertInto(g, at, count));
}

export function deleteRows(sheet: SheetState, at: number, count: number): void {
  sheet.rows.splice(at - 1, count);
  sheet.maxRows -= count;
  remap(sheet, (g) => deleteFrom(g, at, count));
}
