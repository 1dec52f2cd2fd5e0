import { denganKunciDokumen } from '../gateways/lock';
import { daftarSiklus } from '../gateways/registry';
import { tulisTab } from '../gateways/tab-writer';
import { TEMPLAT } from '../templates';
import type { Periode } from '../domain/cycle/period';
import { kunciPeriode, labelPeriode } from '../domain/cycle/period';

export interface HasilMulaiSiklus {
  spreadsheetId: string;
  url: string;
  nama: string;
  /** false when the period already had a cycle, which is opened instead of making a second one */
  baru: boolean;
}

const METADATA_SIKLUS = 'pengukuran-kinerja.siklus';

/**
 * Creates the cycle spreadsheet of a period with its tracking sheet, or returns the existing one. Resumable: the new
 * spreadsheet's id is recorded right after it is created, and every later step rewrites only tabs the add-in owns.
 */
export function mulaiSiklus(periode: Periode): HasilMulaiSiklus {
  return denganKunciDokumen(() => {
    const registri = daftarSiklus();
    const kunci = kunciPeriode(periode);
    const ada = registri.cari(kunci);
    const nama = `Pengukuran Kinerja ${labelPeriode(periode)}`;
    const ss = ada ? SpreadsheetApp.openById(ada) : SpreadsheetApp.create(nama);
    if (!ada) registri.catat(kunci, ss.getId());
    if (ada && ss.getSheetByName(TEMPLAT.pelacakan.nama)) {
      return { spreadsheetId: ss.getId(), url: ss.getUrl(), nama: ss.getName(), baru: false };
    }
    siapkanSpreadsheet(ss, kunci);
    return { spreadsheetId: ss.getId(), url: ss.getUrl(), nama, baru: !ada };
  });
}

function siapkanSpreadsheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, kunci: string): void {
  ss.setSpreadsheetTimeZone('Asia/Jakarta');
  ss.setSpreadsheetLocale('id_ID');
  ss.addDeveloperMetadata(METADATA_SIKLUS, kunci);
  const bawaan = ss.getSheets();
  const pelacakan = tulisTab(ss, TEMPLAT.pelacakan, TEMPLAT.sop.steps);
  for (const sheet of bawaan) if (sheet.getName() !== pelacakan.getName()) ss.deleteSheet(sheet);
}
