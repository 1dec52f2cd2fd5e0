/**
 * The emulated SpreadsheetApp and what tests use around it (not visible to scripts): seeding files, typing as a
 * person, answering dialogs, reading what the script showed, exporting to .xlsx.
 */
export { type SpreadsheetState } from './model';
export { userEdit } from './user-edit';
export { answerUi, menusOf, uiRecords } from './ui';
export { exportSpreadsheetToXlsx } from './export-xlsx';
