/**
 * The emulated SpreadsheetApp and what tests use around it (not visible to scripts): seeding files, typing as a
 * person, answering dialogs, reading what the script showed, exporting to .xlsx.
 */
export { FakeSpreadsheetApp } from './spreadsheet-app';
export { createSpreadsheetState } from './files';
export {
  spreadsheetState,
  spreadsheetStore,
  SheetDate,
  type NewSpreadsheetOptions,
  type SpreadsheetState,
  type ToastRecord,
} from './model';
export { userEdit, userEdits, onUserEdit, type UserEditRecord } from './user-edit';
export { answerUi, menusOf, uiRecords, type DialogRecord, type MenuEntry, type MenuRecord, type UiAnswer } from './ui';
export { exportSpreadsheetToXlsx, spreadsheetToWorkbook } from './export-xlsx';
export { SHEET_ERRORS } from './errors';
