import type { TataLetakTab } from '../../domain/layout';
import { BarisLog, IsiLog, KOLOM_LOG, bacaLog, selBarisLog } from '../../domain/pelacakan/log';
import { lindungiTab } from './protection';
import { tulisTab } from './tab-writer';
import { segelBaris } from '../../domain/pelacakan/segel-log';
import { kunciSegelLog } from '../script/kunci-log';
import { catatTempatLog, tempatLogTercatat } from '../script/tempat-log';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const PROTEKSI = 'Log Pengukuran Kinerja: hanya ditambah oleh add-in, tidak pernah diubah';

/**
 * Every row of the Log in one read, rows whose seal does not hold left out and named (IsiLog.tidakSah); an empty Log
 * when the tab does not exist yet.
 */
export function bacaTabLog(ss: Spreadsheet, tab: TataLetakTab): IsiLog {
  const sheet = ss.getSheetByName(tab.nama);
  if (!sheet) return { baris: [], events: [] };
  return bacaLog(sheet.getDataRange().getValues(), tab, kunciSegelLog(), tempatLogTercatat(ss.getId()));
}

/**
 * Appends rows after the last one in one write (the add-in never rewrites a Log row), creating and protecting the
 * tab on first use. `tempatDibaca` is the last place a read of this Log in the same execution, under the lock, found
 * (IsiLog.tempat); without it the place recorded in the script properties is read. The cells follow the tab's own header row, so a Log written by an older layout (without the
 * Uraian aksi column) keeps its columns. A write refused by the protection gets a message that says what to do.
 */
export function tambahkanKeLog(
  ss: Spreadsheet,
  tab: TataLetakTab,
  baris: readonly BarisLog[],
  penyunting: readonly string[],
  tempatDibaca?: number,
): void {
  if (baris.length === 0) return;
  const tercatat = tempatDibaca ?? tempatLogTercatat(ss.getId());
  const ada = ss.getSheetByName(tab.nama);
  const sheet = ada ?? tulisTab(ss, tab, []);
  const judul = ada ? judulTab(ada) : tab.kolom.map((k) => k.judul);
  lindungiTab(sheet, penyunting, PROTEKSI);
  const akhir = Math.max(sheet.getLastRow(), 1);
  const kurang = akhir + baris.length - sheet.getMaxRows();
  if (kurang > 0) sheet.insertRowsAfter(sheet.getMaxRows(), kurang);
  const kolomWaktu = judul.indexOf(KOLOM_LOG.waktu) + 1;
  const formatWaktu = tab.kolom.find((k) => k.judul === KOLOM_LOG.waktu)?.format ?? 'dd/mm/yyyy hh:mm:ss';
  // the format first: a run that stops between the two calls leaves formatted empty rows, which the re-run fills
  sheet.getRange(akhir + 1, kolomWaktu, baris.length, 1).setNumberFormat(formatWaktu);
  // rows deleted at the end by hand keep their places: the new ones go after them, so the gap stays visible
  const tempat = Math.max(tercatat, akhir) + 1;
  try {
    const kunci = kunciSegelLog();
    const isi = baris.map((b, i) => selBarisLog(judul, b, segelBaris(kunci, b, tempat + i)));
    sheet.getRange(akhir + 1, 1, baris.length, judul.length).setValues(isi);
  } catch (e) {
    throw terjemahkanProteksi(e, tab.nama);
  }
  catatTempatLog(ss.getId(), tempat + baris.length - 1);
}

/** The header row of an existing Log tab, up to its last header, in one read. */
function judulTab(sheet: GoogleAppsScript.Spreadsheet.Sheet): string[] {
  const judul = sheet
    .getRange(1, 1, 1, sheet.getMaxColumns())
    .getValues()[0]
    .map((v) => String(v).trim());
  while (judul.length > 1 && judul[judul.length - 1] === '') judul.pop();
  return judul;
}

/** Brings the Log's protection up to date with the settings (when the tab exists). */
export function lindungiLog(ss: Spreadsheet, tab: TataLetakTab, penyunting: readonly string[]): void {
  const sheet = ss.getSheetByName(tab.nama);
  if (sheet) lindungiTab(sheet, penyunting, PROTEKSI);
}

/** Sheets' protected-cell refusal, said in Bahasa Indonesia with the way out; other errors unchanged. */
function terjemahkanProteksi(e: unknown, namaTab: string): unknown {
  const pesan = (e as { message?: unknown } | null)?.message;
  if (typeof pesan !== 'string' || !/protected cell/i.test(pesan)) return e;
  return new Error(
    `Anda belum termasuk penyunting tab "${namaTab}" yang dilindungi. Minta Tim SAKIP menjalankan ` +
      '"Bangun ulang pelacakan" agar daftar penyunting diperbarui dari tab Pengaturan.',
  );
}
