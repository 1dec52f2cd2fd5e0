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
 * Writes new validation statuses, fingerprints and (when given) the Kabid's notes into the three adjacent validation
 * columns of the rows that change, and of no other row: people type into these cells while an action runs, and the
 * lock does not hold them back.
 */
export function tulisSelValidasi(
  sheet: Sheet,
  kolom: ReadonlyMap<string, number>,
  rows: readonly BarisUnit[],
  tulis: readonly TulisValidasi[],
): void {
  if (tulis.length === 0) return;
  const perBaris = new Map(rows.map((r) => [r.baris.rowNumber, r]));
  const nilai: Record<string, (r: BarisUnit | undefined, t: TulisValidasi) => unknown> = {
    [KOLOM_VALIDASI.status]: (r, t) => t.status ?? r?.status ?? '',
    [KOLOM_VALIDASI.catatan]: (r, t) => t.catatan ?? r?.catatan ?? '',
    [KOLOM_VALIDASI.sidik]: (r, t) => t.sidik ?? r?.sidik ?? '',
  };
  const urut = Object.keys(nilai).sort((a, b) => (kolom.get(a) as number) - (kolom.get(b) as number));
  const kiri = kolom.get(urut[0]) as number;
  if ((kolom.get(urut[urut.length - 1]) as number) - kiri !== urut.length - 1) {
    throw new Error(`Tab "${sheet.getName()}": kolom Validasi, Catatan Kabid dan sidik validasi harus bersebelahan.`);
  }
  // only the rows meant to change, a write per run of adjacent rows (consecutive writes go as one batch): a row in
  // between keeps what its Kabid may have typed since it was read
  for (const run of runBaris(tulis)) {
    sheet
      .getRange(run[0].rowNumber, kiri, run.length, urut.length)
      .setValues(run.map((t) => urut.map((isi) => nilai[isi](perBaris.get(t.rowNumber), t))));
  }
}

/** The writes in row order, cut into runs of adjacent rows. */
function runBaris(tulis: readonly TulisValidasi[]): TulisValidasi[][] {
  const urut = [...tulis].sort((a, b) => a.rowNumber - b.rowNumber);
  const runs: TulisValidasi[][] = [];
  for (const t of urut) {
    const akhir = runs[runs.length - 1];
    if (akhir && akhir[akhir.length - 1].rowNumber + 1 === t.rowNumber) akhir.push(t);
    else runs.push([t]);
  }
  return runs;
}
