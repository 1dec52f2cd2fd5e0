import { barisUsulan, bacaUsulan, type UsulanTarget } from '../../domain/data/perubahan-target/usulan';
import { TEMPLAT } from '../../domain/templat';
import { lindungiTab } from './protection';
import { tulisTab } from './tab-writer';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The Perubahan Target tab's requests (none when the tab is missing: cycles started before it existed). */
export function bacaTabUsulan(ss: Spreadsheet): UsulanTarget[] {
  const sheet = ss.getSheetByName(TEMPLAT.perubahanTarget.nama);
  return sheet ? bacaUsulan(TEMPLAT.perubahanTarget, sheet.getDataRange().getValues()) : [];
}

/**
 * Rewrites the tab with every request in one write (made when missing), protected so that only the people who may
 * propose or decide — whose clicks write it — change it; the Log and the Pengaturan tab stay the record.
 */
export function tulisTabUsulan(ss: Spreadsheet, usulan: readonly UsulanTarget[], penulis: readonly string[]): void {
  const sheet = tulisTab(ss, TEMPLAT.perubahanTarget, barisUsulan(usulan));
  lindungiTab(sheet, penulis, `Tab ${TEMPLAT.perubahanTarget.nama}: diisi add-in`);
}
