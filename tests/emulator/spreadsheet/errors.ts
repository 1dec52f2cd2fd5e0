/**
 * Error texts of SpreadsheetApp as Apps Script throws them (the recorder turns them into Exceptions in the script's
 * realm). Sources: the messages quoted by users of the live service in issue reports and the gas-fakes project's
 * normalised list (brucemcpherson/gas-fakes, ErrorHandler library); the few marked "emulator" have no known real
 * counterpart and are worded to be recognisable.
 */
export const SHEET_ERRORS = {
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  rowsAtLeastOne: 'The number of rows in the range must be at least 1.',
  columnsAtLeastOne: 'The number of columns in the range must be at least 1.',
  startRowTooSmall: 'The starting row of the range is too small.',
  startColumnTooSmall: 'The starting column of the range is too small.',
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  rangeNotFound: 'Range not found',
  /** quoted from the Sheets API and Apps Script in https://github.com/moevm/github_repo_commitment_calc/issues/67 */
  cellTooLong: 'Your input contains more than the maximum of 50000 characters in a single cell.',
  /** as Sheets and Apps Script report it when a workbook would grow past 10 million cells (see limits.ts) */
  tooManyCells: 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  lastSheet: "You can't remove all the sheets in a document.",
  protectedCell:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  noAccess: 'You do not have permissions to access the requested document.',
  notFound: (method: string) =>
    `Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`,
  uiContext: 'Cannot call SpreadsheetApp.getUi() from this context.',
  ruleOtherSheet: 'Conditional format rule cannot reference a different sheet.',
  /** emulator: a Range or Sheet object whose sheet was deleted since */
  sheetDeleted: 'The sheet this object refers to has been deleted.',
  /** the dialog a person sees when typing a value a rule rejects (Sheets UI) */
  invalidInput: (a1: string) =>
    `There was a problem. The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
} as const;
