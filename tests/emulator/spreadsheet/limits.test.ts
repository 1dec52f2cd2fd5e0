import { SHEET_ERRORS } from './errors';
import { MAX_CELLS_PER_SPREADSHEET, MAX_CHARACTERS_PER_CELL } from './limits';
import { newWorld, OWNER } from './test-world';
import { userEdit } from './user-edit';

/**
 * Sheets' file limits, https://support.google.com/drive/answer/37603: "Up to 10 million cells" per spreadsheet and
 * 50,000 characters per cell. The texts are the ones Sheets answers with, quoted in
 * https://github.com/moevm/github_repo_commitment_calc/issues/67 (a cell) and by users reaching the cell ceiling
 * (https://github.com/robin900/gspread-dataframe/issues/52 points at the same Drive page).
 */
describe('cell size limit', () => {
  const fits = 'x'.repeat(MAX_CHARACTERS_PER_CELL);
  const tooLong = `${fits}x`;

  it('stores 50,000 characters in a cell and refuses 50,001 with Sheets’ message, leaving the cell as it was', () => {
    const { run } = newWorld();
    run((ss) => ss.getRange('Sheet1!A1').setValue(fits));
    expect(() => run((ss) => ss.getRange('Sheet1!A1').setValue(tooLong))).toThrow(SHEET_ERRORS.cellTooLong);
    expect(run((ss) => (ss.getRange('Sheet1!A1').getValue() as string).length)).toBe(MAX_CHARACTERS_PER_CELL);
  });

  it('refuses a setValues batch with one oversized cell whole: no cell of it is written', () => {
    const { run } = newWorld();
    expect(() => run((ss) => ss.getRange('Sheet1!A1:B1').setValues([['pertama', tooLong]]))).toThrow(
      SHEET_ERRORS.cellTooLong,
    );
    expect(run((ss) => ss.getRange('Sheet1!A1:B1').getValues())).toEqual([['', '']]);
  });

  it('holds for formulas, appendRow and for a person typing or pasting', () => {
    const { world, id, run } = newWorld();
    expect(() => run((ss) => ss.getRange('Sheet1!A1').setFormula(`=${fits}`))).toThrow(SHEET_ERRORS.cellTooLong);
    expect(() => run((ss) => ss.getSheets()[0].appendRow(['a', tooLong]))).toThrow(SHEET_ERRORS.cellTooLong);
    expect(() => userEdit(world, id, 'Sheet1', 'A1', tooLong, OWNER)).toThrow(SHEET_ERRORS.cellTooLong);
    expect(run((ss) => ss.getSheets()[0].getLastRow())).toBe(0);
  });
});

describe('cells per spreadsheet limit', () => {
  const columns = 25;
  const fullRows = MAX_CELLS_PER_SPREADSHEET / columns;

  it('creates a spreadsheet of exactly 10 million cells and refuses one of 12 million', () => {
    const { world, app } = newWorld();
    const full = world.run({ user: OWNER }, () => app.create('Penuh', fullRows, columns));
    expect(world.run({ user: OWNER }, () => full.getSheets()[0].getMaxRows() * columns)).toBe(
      MAX_CELLS_PER_SPREADSHEET,
    );
    expect(() => world.run({ user: OWNER }, () => app.create('Terlalu besar', 480_000, columns))).toThrow(
      SHEET_ERRORS.tooManyCells,
    );
  });

  it('counts every tab: a full file takes no new tab, no inserted row and no appended row past its grid', () => {
    const { run } = newWorld({ rows: fullRows, columns });
    expect(() => run((ss) => ss.insertSheet('Rekap'))).toThrow(SHEET_ERRORS.tooManyCells);
    expect(() => run((ss) => ss.getSheets()[0].insertRowsAfter(1, 1))).toThrow(SHEET_ERRORS.tooManyCells);
    expect(() => run((ss) => ss.getSheets()[0].appendRow(new Array(columns + 1).fill('x')))).toThrow(
      SHEET_ERRORS.tooManyCells,
    );
    expect(
      run((ss) => [ss.getSheets().length, ss.getSheets()[0].getMaxRows(), ss.getSheets()[0].getMaxColumns()]),
    ).toEqual([1, fullRows, columns]);
  });
});
