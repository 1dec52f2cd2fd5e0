import { tautanTab } from '../../domain/surel/susun-surel';

/** Spreadsheets as files: the active one, one opened by id, a new one, and the flush that ends a batch of writes. */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Opens a cycle spreadsheet named by the sidebar. */
export function bukaSpreadsheet(spreadsheetId: string): Spreadsheet {
  if (typeof spreadsheetId !== 'string' || !spreadsheetId.trim()) throw new Error('Spreadsheet siklus belum dipilih.');
  return SpreadsheetApp.openById(spreadsheetId);
}

export function buatSpreadsheet(nama: string): Spreadsheet {
  return SpreadsheetApp.create(nama);
}

/** The spreadsheet the add-in is open in; in AuthMode.NONE this throws, before the user is asked anything. */
export function spreadsheetAktif(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** Applies every pending write now: what is written before a mail or a claim must be on the sheet first. */
export function terapkanTulisan(): void {
  SpreadsheetApp.flush();
}

/** The link that opens the tab of that name (its gid URL); the spreadsheet's own link when there is no such tab. */
export function tautanTabBernama(ss: Spreadsheet, nama: string): string {
  const sheet = ss.getSheetByName(nama);
  return sheet ? tautanTab(ss.getUrl(), sheet.getSheetId()) : ss.getUrl();
}
