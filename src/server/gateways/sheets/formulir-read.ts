import { type IsiTabFormulir } from '../../domain/data/rekap/baca-formulir';
import { namaTabFormulir } from '../../domain/layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A unit's form tab in one block: its values, the formulas people typed and the number formats, three reads whatever
 * the number of rows. Read only: nothing is written to a unit's tab. Refuses a unit whose tab is missing.
 */
export function bacaTabFormulirUnit(ss: Spreadsheet, kodeUnit: string): IsiTabFormulir {
  return bacaSheetFormulirUnit(ss, kodeUnit).isi;
}

/** The same read, with the tab itself for a caller that goes on to write it (highlights, validation cells). */
export function bacaSheetFormulirUnit(ss: Spreadsheet, kodeUnit: string): { sheet: Sheet; isi: IsiTabFormulir } {
  const tab = namaTabFormulir(kodeUnit);
  const sheet = ss.getSheetByName(tab);
  if (!sheet) {
    throw new Error(`Tab "${tab}" untuk unit ${kodeUnit} (tab Pengaturan, Unit Kerja) tidak ada di spreadsheet ini.`);
  }
  const blok = sheet.getDataRange();
  const isi = {
    unit: kodeUnit,
    tab,
    nilai: blok.getValues(),
    rumus: blok.getFormulas(),
    format: blok.getNumberFormats(),
  };
  return { sheet, isi };
}
