import { type TataLetakTab, posisiKolom } from '../../domain/layout';
import { KOLOM_VALIDASI } from '../../domain/data/validasi/baris-formulir';
import { STATUS_VALIDASI, type BarisUnit, type TulisValidasi } from '../../domain/data/validasi/status-validasi';
import { lindungiRentang } from './protection';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Kabid's columns of a form: Validasi, Catatan Kabid and the fingerprint, side by side in the layout. */
function blokValidasi(tataLetak: TataLetakTab): { awal: number; jumlah: number } {
  const posisi = Object.values(KOLOM_VALIDASI).map((isi) => posisiKolom(tataLetak, isi));
  return { awal: Math.min(...posisi), jumlah: posisi.length };
}

const keteranganProteksi = (kode: string) => `Kolom validasi formulir ${kode}: hanya Kabid`;

/**
 * Lets only the unit's Kabid change the validation columns of the data rows (a range protection, checked then
 * changed). Sheets also keeps the file's owner and the person who sets the protection as its editors
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection#removeEditors(String)): the add-in's
 * own resets of a lost validation run as one of them, see actions/validasi.ts.
 */
export function lindungiKolomValidasi(
  sheet: Sheet,
  tataLetak: TataLetakTab,
  kode: string,
  kabid: readonly string[],
  barisData: number,
): void {
  const { awal, jumlah } = blokValidasi(tataLetak);
  const rentang = sheet.getRange(2, awal, Math.max(1, barisData), jumlah);
  lindungiRentang(sheet, [rentang], kabid, keteranganProteksi(kode));
}

/** Whether the person running the script may write the unit's validation columns (no protection: anyone). */
export function bolehTulisValidasi(sheet: Sheet, kode: string): boolean {
  const awal = `${keteranganProteksi(kode)} [`;
  const milik = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .filter((p) => p.getDescription().startsWith(awal));
  return milik.every((p) => p.canEdit());
}

/** The status cell shows its state in colour whoever set it: conditional formats, no write to the Kabid's cells. */
export function aturanWarnaValidasi(sheet: Sheet, tataLetak: TataLetakTab, barisData: number) {
  const kolom = posisiKolom(tataLetak, KOLOM_VALIDASI.status);
  const rentang = sheet.getRange(2, kolom, Math.max(1, barisData), 1);
  const warna: [string, string][] = [
    [STATUS_VALIDASI.valid, '#d9ead3'],
    [STATUS_VALIDASI.perbaikan, '#f4cccc'],
    [STATUS_VALIDASI.dicekUlang, '#fce5cd'],
  ];
  return warna.map(([teks, latar]) =>
    SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(teks).setBackground(latar).setRanges([rentang]).build(),
  );
}

/**
 * Writes new validation statuses, fingerprints and (when given) the Kabid's notes in one setValues over the three
 * adjacent validation columns, from the first to the last changed row (rows in between get back the values just
 * read, in the same execution under the lock).
 */
export function tulisSelValidasi(
  sheet: Sheet,
  kolom: ReadonlyMap<string, number>,
  rows: readonly BarisUnit[],
  tulis: readonly TulisValidasi[],
): void {
  if (tulis.length === 0) return;
  const perBaris = new Map(tulis.map((t) => [t.rowNumber, t]));
  const nomor = tulis.map((t) => t.rowNumber);
  const [awal, akhir] = [Math.min(...nomor), Math.max(...nomor)];
  const blok = rows.filter((r) => r.baris.rowNumber >= awal && r.baris.rowNumber <= akhir);
  const nilai: Record<string, (r: BarisUnit, t: TulisValidasi | undefined) => unknown> = {
    [KOLOM_VALIDASI.status]: (r, t) => t?.status ?? r.status,
    [KOLOM_VALIDASI.catatan]: (r, t) => t?.catatan ?? r.catatan,
    [KOLOM_VALIDASI.sidik]: (r, t) => t?.sidik ?? r.sidik,
  };
  const urut = Object.keys(nilai).sort((a, b) => (kolom.get(a) as number) - (kolom.get(b) as number));
  const kiri = kolom.get(urut[0]) as number;
  if ((kolom.get(urut[urut.length - 1]) as number) - kiri !== urut.length - 1) {
    throw new Error(`Tab "${sheet.getName()}": kolom Validasi, Catatan Kabid dan sidik validasi harus bersebelahan.`);
  }
  sheet
    .getRange(awal, kiri, blok.length, urut.length)
    .setValues(blok.map((r) => urut.map((isi) => nilai[isi](r, perBaris.get(r.baris.rowNumber)))));
}
