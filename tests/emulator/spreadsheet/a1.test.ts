import { a1Of, columnLetters, columnNumber, parseA1, splitSheetName } from './a1';
import { newWorld } from './test-world';

describe('A1 notation', () => {
  it('converts column numbers and letters both ways', () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
    expect(['A', 'z', 'AA', 'AAA'].map(columnNumber)).toEqual([1, 26, 27, 703]);
  });

  it('parses cells, rectangles, whole columns and rows, and open-ended ranges', () => {
    expect(parseA1('$B$3', 1000, 26)).toEqual({ row: 3, col: 2, numRows: 1, numCols: 1 });
    expect(parseA1('C4:A1', 1000, 26)).toEqual({ row: 1, col: 1, numRows: 4, numCols: 3 });
    expect(parseA1('B:C', 1000, 26)).toEqual({ row: 1, col: 2, numRows: 1000, numCols: 2 });
    expect(parseA1('2:3', 1000, 26)).toEqual({ row: 2, col: 1, numRows: 2, numCols: 26 });
    expect(parseA1('A2:B', 1000, 26)).toEqual({ row: 2, col: 1, numRows: 999, numCols: 2 });
    expect(() => parseA1('A', 1000, 26)).toThrow('Range not found');
    expect(() => parseA1('1A', 1000, 26)).toThrow('Range not found');
    expect(a1Of({ row: 2, col: 27, numRows: 3, numCols: 2 })).toBe('AA2:AB4');
  });

  it('reads quoted sheet names, as Spreadsheet.getRange does', () => {
    expect(splitSheetName("'Input Unit''s'!B2")).toEqual({ sheetName: "Input Unit's", cells: 'B2' });
    const { run } = newWorld();
    const a1 = run((ss) => {
      ss.insertSheet('Input Unit').getRange('B2').setValue(7);
      return [ss.getRange("'Input Unit'!B2").getValue(), ss.getRange("'Input Unit'!B2").getSheet().getName()];
    });
    expect(a1).toEqual([7, 'Input Unit']);
    expect(() => run((ss) => ss.getRange('Tidak Ada!A1'))).toThrow('Range not found');
  });
});
