/**
 * Konsolidasi through the built Code.js: a cycle made by the cycle builder, the units typing into their forms as
 * people do (userEdit), then the Tim SAKIP consolidating into the Rekap tab. Data from the scenario of Triwulan II 2026
 * (PSPFM types "1.234,5" and "85%", leaves a realisasi empty and writes =IMPORTRANGE into Penjelasan; the Nilai evaluasi
 * SAKIP has no target for triwulan II).
 */
import formulirJson from '../../sheets-templates/tab-formulir.json';
import rekapJson from '../../sheets-templates/tab-rekap.json';
import { hurufKolom } from '../../src/server/domain/layout';
import { userEdit, type SpreadsheetState } from '../emulator/spreadsheet';
import { spreadsheetStore } from '../emulator/spreadsheet/model';
import { ORANG, UNIT } from '../harness/kantor';
import { buatSiklus } from '../harness/siklus';

export const PEMILIK = ORANG.sekTim;
export const ANGGOTA = ORANG.anggota;
export const STAF = (kode: string) => ORANG.staf[kode];
export const IMPORTRANGE = '=IMPORTRANGE("https://docs.google.com/spreadsheets/d/1xYz","A1")';
export const REKAP = rekapJson.kolom.map((k) => k.judul);

/** The form's column letter of a header (the form is read by header name, so the test finds columns the same way). */
export const kolomForm = (judul: string) => hurufKolom(formulirJson.kolom.findIndex((k) => k.judul === judul) + 1);

/**
 * The Triwulan II 2026 cycle, made through the menu on Wed 12 Aug 2026 08:30 WIB, its forms opened to every unit's
 * staff (as distributing the forms does).
 */
export function siklus() {
  const s = buatSiklus({ penyunting: UNIT.map(STAF) });
  /** A unit's staff member types into their form, cell by cell: `isi` maps "Realisasi" etc. to the typed text. */
  const ketik = (kode: string, baris: number, isi: Record<string, string>) => {
    for (const [judul, teks] of Object.entries(isi)) {
      userEdit(s.world, s.id, `Form ${kode}`, `${kolomForm(judul)}${baris}`, teks, STAF(kode));
    }
  };
  const konsolidasi = (user: string) => s.panggil('konsolidasi', user);
  const berkas = (): SpreadsheetState => spreadsheetStore(s.world).files.get(s.id)!;
  return Object.assign(s, { ketik, konsolidasi, berkas });
}

export type Siklus = ReturnType<typeof siklus>;

/** What the units typed by Friday 14 August: the scenario's data. */
export function isiSkenario(s: Siklus): void {
  s.ketik('SEKRE', 2, { Realisasi: '100' });
  s.ketik('SEKRE', 3, { Realisasi: '65' });
  s.ketik('SEKRE', 4, { Realisasi: '90' });
  s.ketik('SEKRE', 5, { Realisasi: '80' });
  // What Sheets keeps of a typed "85%": the number 0.85 in a percent-formatted cell. The emulator keeps the cell's
  // explicit number format when a person types a percent, so the cell gets the percent format first.
  s.sebagai(PEMILIK, (ss) =>
    ss
      .getSheetByName('Form PSPFM')!
      .getRange(`${kolomForm('Realisasi')}2`)
      .setNumberFormat('0%'),
  );
  s.ketik('PSPFM', 2, { Realisasi: '85%', 'Penjelasan / Kendala': IMPORTRANGE });
  s.ketik('PSPFM', 4, { Realisasi: '1.234,5' });
  s.ketik('PSPFM', 5, { Realisasi: '11,8' });
  s.ketik('PJRS', 2, { Realisasi: '3' });
  s.ketik('PJRS', 3, { Realisasi: '72' });
  s.ketik('PJRS', 4, { Realisasi: '100' });
  s.ketik('PJRS', 5, { Realisasi: '36' });
  s.ketik('PEMDES', 2, { Realisasi: '100' });
}

/** The Rekap's rows as records by header, up to the blank row before the summary. */
export function tabelRekap(nilai: unknown[][]): Record<string, unknown>[] {
  const [judul, ...isi] = nilai;
  const akhir = isi.findIndex((r) => r.every((v) => v === ''));
  return isi.slice(0, akhir).map((r) => Object.fromEntries(judul.map((j, i) => [j, r[i]])));
}

/** A block of the summary: the rows under the header row that follows `judul`, from column B, up to a blank row. */
export function blokRingkasan(nilai: unknown[][], judul: string): unknown[][] {
  const awal = nilai.findIndex((r) => r[1] === judul);
  const akhir = nilai.findIndex((r, i) => i > awal && r.every((v) => v === ''));
  return nilai.slice(awal + 2, akhir < 0 ? undefined : akhir).map((r) => r.slice(1).filter((_, i) => i < 7));
}

export const tabForm = (nama: string) => nama.startsWith('Form ');
