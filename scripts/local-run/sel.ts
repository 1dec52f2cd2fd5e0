/** Cells of the cycle spreadsheet found as a person finds them: by a row's indicator and a column's header. */
import { columnLetters } from '../../tests/emulator/spreadsheet/a1';
import { spreadsheetState } from '../../tests/emulator/spreadsheet/model';
import { userEdit } from '../../tests/emulator/spreadsheet/user-edit';
import type { Siklus } from '../../tests/harness/siklus';

/**
 * The A1 address of a cell of a tab: the row whose Indikator Kinerja (the Anggaran tab: Program / Kegiatan; else the
 * first column) starts with `awalan`.
 */
export function sel(s: Siklus, tab: string, awalan: string, judulKolom: string): string {
  const sheet = spreadsheetState(s.world, s.id).sheets.find((x) => x.name === tab);
  if (!sheet) throw new Error(`Skenario: tab "${tab}" tidak ada.`);
  const teks = (r: number, c: number) => String(sheet.rows[r]?.[c]?.value ?? '');
  const judul = (sheet.rows[0] ?? []).map((_, c) => teks(0, c));
  const kolom = judul.indexOf(judulKolom);
  const kolomCari = Math.max(0, judul.indexOf('Indikator Kinerja'), judul.indexOf('Program / Kegiatan'));
  const baris = sheet.rows.findIndex((_, r) => r > 0 && teks(r, kolomCari).startsWith(awalan));
  if (kolom < 0 || baris < 0) throw new Error(`Skenario: sel "${awalan}" / "${judulKolom}" di tab "${tab}" tidak ada.`);
  return `${columnLetters(kolom + 1)}${baris + 1}`;
}

/** The Anggaran tab's column the units type into (sheets-templates/tab-anggaran.json). */
export const KOLOM_REALISASI_ANGGARAN = 'Realisasi anggaran s.d. periode ini (Rp)';

/** `oleh` types `nilai` into the cell of tab `tab` found by `sel`. */
export const ketik = (s: Siklus, oleh: string, tab: string, awalan: string, kolom: string, nilai: string) => () =>
  userEdit(s.world, s.id, tab, sel(s, tab, awalan, kolom), nilai, oleh);
