import { SHEET_ERRORS } from './errors';

/**
 * Service objects the script passes back (a Range to setRanges, a rule to setDataValidation) arrive unwrapped from
 * their recording proxies; this checks they are the expected fake, as Apps Script checks argument types.
 */
export function fakeArg<T>(value: unknown, cls: abstract new (...args: never[]) => T, parameter: string): T {
  if (value instanceof cls) return value;
  throw new Error(`Invalid argument: ${parameter}`);
}

/** Checks a 2-D array argument has the range's shape, with Apps Script's messages (rows first). */
export function checkShape(data: unknown, numRows: number, numCols: number): unknown[][] {
  const rows = Array.isArray(data) ? data : [];
  if (rows.length !== numRows) throw new Error(SHEET_ERRORS.rowsMismatch(rows.length, numRows));
  for (const row of rows) {
    const width = Array.isArray(row) ? row.length : 1;
    if (width !== numCols) throw new Error(SHEET_ERRORS.columnsMismatch(width, numCols));
  }
  return rows as unknown[][];
}
