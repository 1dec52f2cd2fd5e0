/**
 * The office's letter-number register: a "Register Nomor Surat" tab in the office's SAKIP workbook (the spreadsheet
 * the add-in is used from, whose document properties hold the cycle registry). One tab for the whole office, so the
 * sequence of a year is shared by every cycle; a tab rather than document properties because a cycle's sidebar runs
 * in the cycle spreadsheet and can open another spreadsheet by id, but never read another document's properties.
 * Each cycle spreadsheet carries the id of its workbook (developer metadata set by mulaiSiklus).
 *
 * The caller holds the script lock (denganKunci): read, decide and append happen with nobody else in between.
 */
import {
  bacaRegister,
  JUDUL_REGISTER,
  putuskanNomor,
  selBarisRegister,
  type BarisRegister,
  type PermintaanNomor,
  URUTAN_KOLOM_REGISTER,
} from '../../domain/penutup/nomor-surat/register-tab';
import { daftarSiklus } from '../script/cycle-registry';
import { lindungiTab } from './protection';
import { aturBarisBeku, aturLebarKolom } from './tata-letak-sekaligus';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const TAB_REGISTER_NOMOR = 'Register Nomor Surat';
const METADATA_BUKU_KERJA = 'pengukuran-kinerja.buku-kerja';
const PROTEKSI = 'Register Nomor Surat: nomor yang sudah keluar tidak diubah';
const KOLOM_NOMOR = URUTAN_KOLOM_REGISTER.indexOf('nomor') + 1;
const KOLOM_TANGGAL = URUTAN_KOLOM_REGISTER.indexOf('tanggal') + 1;
const LEBAR = [60, 90, 170, 130, 380, 260, 220, 260];

/** Records, in a new cycle spreadsheet, the workbook it was started from (the active spreadsheet). */
export function tandaiBukuKerja(siklus: Spreadsheet): void {
  const aktif = SpreadsheetApp.getActiveSpreadsheet();
  if (!aktif || aktif.getId() === siklus.getId()) return;
  if (siklus.createDeveloperMetadataFinder().withKey(METADATA_BUKU_KERJA).find().length) return;
  siklus.addDeveloperMetadata(METADATA_BUKU_KERJA, aktif.getId());
}

/**
 * The workbook of a cycle: the one its mark names, or the active spreadsheet when that one's registry lists the
 * cycle (cycles started before the mark existed, asked from the workbook itself).
 */
export function bukaBukuKerja(siklus: Spreadsheet): Spreadsheet {
  const tanda = siklus.createDeveloperMetadataFinder().withKey(METADATA_BUKU_KERJA).find()[0]?.getValue();
  if (tanda) {
    try {
      return SpreadsheetApp.openById(tanda);
    } catch {
      throw new Error(
        `Buku kerja SAKIP kantor (id ${tanda}), tempat Register Nomor Surat, tidak dapat dibuka oleh Anda. ` +
          'Minta pemiliknya membagikannya kepada Anda sebagai editor.',
      );
    }
  }
  const aktif = SpreadsheetApp.getActiveSpreadsheet();
  if (aktif && aktif.getId() !== siklus.getId()) {
    if (
      daftarSiklus()
        .semua()
        .some((s) => s.spreadsheetId === siklus.getId())
    )
      return aktif;
  }
  throw new Error(
    `Spreadsheet "${siklus.getName()}" tidak mencatat buku kerja SAKIP kantornya, tempat Register Nomor Surat. ` +
      'Minta nomor dari buku kerja SAKIP kantor (menu Ekstensi › Pengukuran Kinerja).',
  );
}

export type HasilAmbilNomor = { baru: boolean; baris: BarisRegister };

/**
 * The number for the request: the one its id already got, or a new one appended to the register in one write before
 * anything else happens with it (a run that fails later finds it again by id, so no number is lost or issued twice).
 */
export function ambilNomor(bukuKerja: Spreadsheet, p: PermintaanNomor, penyunting: readonly string[]): HasilAmbilNomor {
  const sheet = bukuKerja.getSheetByName(TAB_REGISTER_NOMOR) ?? bukuKerja.insertSheet(TAB_REGISTER_NOMOR);
  let nilai = sheet.getDataRange().getValues();
  // a new tab, or one a run that was stopped while making it left without its header
  if (nilai.every((r) => r.every((v) => v === ''))) nilai = siapkanTab(sheet);
  const baca = bacaRegister(nilai, TAB_REGISTER_NOMOR);
  if (!baca.ok) throw new Error(baca.alasan.join('\n'));
  const keputusan = putuskanNomor(baca.baris, p);
  if (!keputusan.ok) throw new Error(keputusan.alasan.join('\n'));
  if (!keputusan.baru) return { baru: false, baris: keputusan.baris };

  lindungiTab(sheet, penyunting, PROTEKSI);
  const akhir = Math.max(sheet.getLastRow(), 1);
  const kurang = akhir + keputusan.tambah.length - sheet.getMaxRows();
  if (kurang > 0) sheet.insertRowsAfter(sheet.getMaxRows(), kurang);
  const n = keputusan.tambah.length;
  // formats first: the number stays text ("8/8/2026" is no date) and Tanggal shows date and time
  sheet.getRange(akhir + 1, KOLOM_NOMOR, n, 1).setNumberFormat('@');
  sheet.getRange(akhir + 1, KOLOM_TANGGAL, n, 1).setNumberFormat('dd/mm/yyyy hh:mm');
  sheet.getRange(akhir + 1, 1, n, JUDUL_REGISTER.length).setValues(keputusan.tambah.map(selBarisRegister));
  return { baru: true, baris: keputusan.baris };
}

/** The header's look first and its text last: a tab with its header is a finished tab. */
function siapkanTab(sheet: GoogleAppsScript.Spreadsheet.Sheet): string[][] {
  const judul = sheet.getRange(1, 1, 1, JUDUL_REGISTER.length);
  judul.setFontWeight('bold').setBackground('#d9e2f3');
  aturBarisBeku(sheet, 1);
  aturLebarKolom(sheet, LEBAR);
  judul.setValues([[...JUDUL_REGISTER]]);
  return [[...JUDUL_REGISTER]];
}
