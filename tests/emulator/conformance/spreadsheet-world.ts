import { scriptWorld, type Services } from './world';

/** For the spreadsheet conformance tests: one execution with a new spreadsheet and its first sheet. */
export function inNewSpreadsheet<T>(
  fn: (sheet: GoogleAppsScript.Spreadsheet.Sheet, ss: GoogleAppsScript.Spreadsheet.Spreadsheet, s: Services) => T,
): T {
  return scriptWorld().run((s) => {
    const ss = s.SpreadsheetApp.create('Siklus Triwulan II 2026');
    return fn(ss.getSheets()[0], ss, s);
  });
}
