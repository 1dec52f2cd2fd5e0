import { columnLetters, columnNumber } from './a1';

/**
 * A formula copied `rows` down and `cols` right, as Range.setFormula writes it into each cell of a larger range: the
 * relative parts of A1 references move, the parts anchored with `$` stay ("=A1" given to A1:B2 is =A1, =B1, =A2,
 * =B2; gas-fakes' test run on Apps Script, "note that a repeat cell will autoincrement the formulas":
 * https://github.com/brucemcpherson/gas-fakes/blob/main/test/testsheets.js). Text in double quotes, function names
 * (a reference followed by "(") and the sheet name before "!" are left alone.
 */
const REFERENCE = /"(?:[^"]|"")*"|'(?:[^']|'')*'!|(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(])/g;

export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula.replace(
    REFERENCE,
    (
      match: string,
      colAnchor: string | undefined,
      letters: string | undefined,
      rowAnchor: string,
      digits: string,
      at: number,
    ) => {
      // quoted text and sheet names, and names that merely end in letters and digits (LOG10, Sheet1), stay
      if (letters === undefined || /[\w.]/.test(formula.charAt(at - 1))) return match;
      const col = colAnchor ? letters : columnLetters(columnNumber(letters) + cols);
      const row = rowAnchor ? digits : String(Number(digits) + rows);
      return `${colAnchor}${col}${rowAnchor}${row}`;
    },
  );
}
