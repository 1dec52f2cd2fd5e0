import { pesanGalat } from '../../domain/format/pesan-galat';
import { emailPenggunaBilaAda } from '../script/session';
import { tautanTab } from '../../domain/surel/susun-surel';

/** Spreadsheets as files: the active one, one opened by id, a new one, and the flush that ends a batch of writes. */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * What openById throws for a file the caller may not open and for one that does not exist (or is trashed), as live
 * Apps Script words them (tests/emulator/spreadsheet/errors.ts cites the sources).
 */
const TIDAK_TERBUKA = [
  /You do not have permissions? to access the requested document/i,
  /method or property openById/i,
];

function galatTidakTerbuka(spreadsheetId: string, asli: string): Error {
  return new Error(
    `Spreadsheet siklus (ID ${spreadsheetId.slice(0, 80)}) tidak dapat dibuka oleh ${emailPenggunaBilaAda() || 'Anda'}: ` +
      `belum dibagikan kepada Anda, atau sudah dihapus. Minta Sek. Tim SAKIP membagikannya bila Anda ikut siklus ini. ` +
      `(${asli})`,
  );
}

/** Opens a cycle spreadsheet named by the sidebar; one the caller cannot open is said in Bahasa Indonesia. */
export function bukaSpreadsheet(spreadsheetId: string): Spreadsheet {
  if (typeof spreadsheetId !== 'string' || !spreadsheetId.trim()) throw new Error('Spreadsheet siklus belum dipilih.');
  try {
    return SpreadsheetApp.openById(spreadsheetId);
  } catch (e) {
    const asli = pesanGalat(e);
    throw TIDAK_TERBUKA.some((pola) => pola.test(asli)) ? galatTidakTerbuka(spreadsheetId, asli) : e;
  }
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
