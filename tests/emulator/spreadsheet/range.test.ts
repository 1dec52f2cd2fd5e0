import { SHEET_ERRORS } from './errors';
import { newWorld } from './test-world';

/** Documented Range behaviour: https://developers.google.com/apps-script/reference/spreadsheet/range */
describe('Range values', () => {
  // getValues: "Values may be of type Number, Boolean, Date, or String ... Empty cells are represented by an empty
  // string in the array. Remember that while a range index starts at 1, 1, the JavaScript array is indexed from
  // [0][0]." (range#getValues())
  it('reads Number, Boolean, Date and String, with empty cells as "" and 0-based arrays over 1-based rows', () => {
    const { run } = newWorld();
    const values = run((ss) => {
      const sheet = ss.getSheets()[0];
      sheet.getRange(2, 2, 2, 2).setValues([
        [12.5, true],
        [new Date(Date.UTC(2026, 7, 12, 1)), 'teks'],
      ]);
      return sheet.getRange('A1:C3').getValues();
    });
    expect(values[0]).toEqual(['', '', '']);
    expect(values[1][1]).toBe(12.5);
    expect(values[1][2]).toBe(true);
    expect(values[2][1]).toBeInstanceOf(Date);
    expect((values[2][1] as Date).toISOString()).toBe('2026-08-12T01:00:00.000Z');
    expect(values[2][2]).toBe('teks');
  });

  // setValue: "If it begins with '=' it is interpreted as a formula." (range#setValue(Object))
  it('turns a string starting with "=" into a formula; the emulator does not calculate it, so getValue is ""', () => {
    const { run } = newWorld();
    const [formula, value, formulas] = run((ss) => {
      const r = ss.getRange('Sheet1!C1');
      r.setValue('=A1+B1');
      return [r.getFormula(), r.getValue(), ss.getRange('A1:C1').getFormulas()];
    });
    expect(formula).toBe('=A1+B1');
    expect(value).toBe('');
    expect(formulas).toEqual([['', '', '=A1+B1']]);
  });

  it('keeps text after a leading apostrophe as text, without the apostrophe', () => {
    const { run } = newWorld();
    expect(run((ss) => ss.getRange('A1').setValue("'00123").getValue())).toBe('00123');
    expect(run((ss) => ss.getRange('A2').setValue('00123').getValue())).toBe(123);
  });

  // setValues: "The dimensions of the array must correspond to the dimensions of the range." (range#setValues)
  it('rejects data whose rows or columns do not match the range, with the real messages', () => {
    const { run } = newWorld();
    expect(() => run((ss) => ss.getRange('A1:B2').setValues([[1, 2]]))).toThrow(SHEET_ERRORS.rowsMismatch(1, 2));
    expect(() => run((ss) => ss.getRange('A1:B2').setValues([[1, 2], [3]]))).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => run((ss) => ss.getRange('A1:B1').setValues([[1, 2, 3]]))).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  it('rejects empty, negative and out-of-sheet coordinates with the real messages', () => {
    const { run } = newWorld();
    const sheet = () => run((ss) => ss.getSheets()[0]);
    expect(() => sheet().getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet().getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet().getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet().getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet().getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet().getRange('A1:AA1')).toThrow(SHEET_ERRORS.outsideSheet);
    expect(() => sheet().getRange('not a range')).toThrow('Range not found');
  });

  it('describes itself with 1-based positions, A1 notation and offsets that cost no round trip', () => {
    const { run } = newWorld();
    const r = run((ss) => ss.getSheets()[0].getRange('B3:D7'));
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([
      3, 2, 5, 3, 7, 4,
    ]);
    expect(r.getA1Notation()).toBe('B3:D7');
    expect(r.offset(1, -1, 1, 1).getA1Notation()).toBe('A4');
    expect(r.getCell(2, 3).getA1Notation()).toBe('D4');
    expect(run((ss) => ss.getSheets()[0].getRange('C:C').getNumRows())).toBe(1000);
  });

  it('sets one value on every cell of a multi-cell range and clears contents but not formats', () => {
    const { run } = newWorld();
    const out = run((ss) => {
      const r = ss.getRange('A1:B2').setValue('x').setBackground('#FF0000');
      r.clearContent();
      return [r.getValues(), r.getBackgrounds()];
    });
    expect(out[0]).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(out[1]).toEqual([
      ['#ff0000', '#ff0000'],
      ['#ff0000', '#ff0000'],
    ]);
  });
});

describe('Range formats and notes', () => {
  it('stores number formats, fonts, alignment, wrap and notes per cell, with Sheets defaults elsewhere', () => {
    const { run } = newWorld();
    const r = run((ss) => ss.getRange('A1:B1'));
    r.setNumberFormats([['0.00%', '@']])
      .setFontWeight('bold')
      .setFontSize(12)
      .setWrap(true);
    r.setHorizontalAlignment('center')
      .setVerticalAlignment('middle')
      .setNotes([['catatan', null]]);
    expect(r.getNumberFormats()).toEqual([['0.00%', '@']]);
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(r.getFontSizes()).toEqual([[12, 12]]);
    expect(r.getWraps()).toEqual([[true, true]]);
    expect(r.getHorizontalAlignments()).toEqual([['center', 'center']]);
    expect(r.getVerticalAlignments()).toEqual([['middle', 'middle']]);
    expect(r.getNotes()).toEqual([['catatan', '']]);
    expect(r.offset(1, 0).getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    r.clear();
    expect(r.getFontWeights()).toEqual([['normal', 'normal']]);
    expect(r.getNotes()).toEqual([['catatan', '']]);
  });

  it('keeps "@"-formatted cells as the text written', () => {
    const { run } = newWorld();
    const r = run((ss) => ss.getRange('A1'));
    r.setNumberFormat('@').setValue('0012');
    expect(r.getValue()).toBe('0012');
  });

  it('merges and breaks apart', () => {
    const { run } = newWorld();
    const r = run((ss) => ss.getRange('A1:C1').merge());
    expect(r.isPartOfMerge()).toBe(true);
    expect(r.getMergedRanges().map((m) => m.getA1Notation())).toEqual(['A1:C1']);
    r.breakApart();
    expect(r.isPartOfMerge()).toBe(false);
  });
});
