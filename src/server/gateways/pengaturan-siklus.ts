import type { Pengaturan } from '../domain/settings/types';
import { bacaPengaturan } from '../domain/settings/pengaturan-tab';

/**
 * Reads a cycle spreadsheet's Pengaturan tab (one read) through the settings reader. Temporary home of the tab name
 * until the settings gateway exports its own reader; replace the calls by that one then.
 */
export const TAB_PENGATURAN = 'Pengaturan';

export function bacaPengaturanSiklus(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Pengaturan {
  const sheet = ss.getSheetByName(TAB_PENGATURAN);
  if (!sheet) throw new Error(`Tab "${TAB_PENGATURAN}" tidak ditemukan di spreadsheet "${ss.getName()}".`);
  const hasil = bacaPengaturan(sheet.getDataRange().getValues(), TAB_PENGATURAN);
  if (hasil.ok) return hasil.pengaturan;
  const rincian = hasil.galat.map((g) =>
    [`Tab "${TAB_PENGATURAN}"`, g.baris ? `baris ${g.baris}` : '', g.kolom ? `kolom "${g.kolom}"` : '']
      .filter(Boolean)
      .join(', ')
      .concat(`: ${g.pesan}`),
  );
  throw new Error(`Tab "${TAB_PENGATURAN}" belum benar:\n${rincian.join('\n')}`);
}
