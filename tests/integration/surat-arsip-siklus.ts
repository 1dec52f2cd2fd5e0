/**
 * SOP steps 12–14 through the built Code.js: the cover letter's number from the office's register, the cover letter,
 * the copies and the archive. The office works from its SAKIP workbook, where the cycles are started from the menu.
 */
import { localMs } from '../../src/server/domain/zona-waktu';
import { documentPlainText } from '../emulator/document/model';
import { documents } from '../emulator/document/store';
import { ORANG } from '../harness/kantor';
import { buatSiklus } from '../harness/siklus';
import { idDari, isiRealisasi } from './dokumen-siklus';

export const SEK_TIM = ORANG.sekTim;
export const ANGGOTA = ORANG.anggota;
export const KEPALA = ORANG.kepala;
const REGISTER = 'Register Nomor Surat';
/** The Register Nomor Surat tab's header row, as the office reads it. */
export const JUDUL_REGISTER = [
  'Tahun',
  'Nomor urut',
  'Nomor surat',
  'Tanggal',
  'Perihal',
  'Siklus',
  'Diminta oleh',
  'ID',
];

/**
 * The office's workbook on Wed 12 Aug 2026 08:30 WIB, shared with the Tim SAKIP, with its Triwulan II and Triwulan III
 * cycles; with `perUnit`, an earlier cycle of the year seeds them with that many indicators per unit.
 */
export function kantor(perUnit?: number) {
  const ukuran = perUnit ? { ukuran: { unit: 5, perUnit } } : {};
  const k = buatSiklus({ penyuntingBukuKerja: [ANGGOTA], ...ukuran });
  const tw3 = k.mulaiSiklus('Triwulan III 2026')!;
  const register = () => k.nilai(REGISTER, k.bukuKerja);
  return Object.assign(k, { tw2: k.id, tw3, register });
}

export const jumat = (jam: number, menit = 0) => localMs(2026, 8, 21, jam, menit);

export type Kantor = ReturnType<typeof kantor>;
export const TUJUAN = { kepada: 'Bupati Banyumas', di: 'Purwokerto' };

/** The Triwulan II cycle up to step 11: realisasi typed, Rekap consolidated, the document made and its signing recorded. */
export function ditandatangani(k: Kantor): void {
  isiRealisasi(k, k.tw2);
  k.panggil('konsolidasi', { oleh: ANGGOTA, pada: localMs(2026, 8, 19, 14), di: k.tw2 });
  k.panggil('buatDokumenPengukuranKinerja', { oleh: SEK_TIM, pada: localMs(2026, 8, 19, 15), di: k.tw2 });
  k.panggil(
    'catatPenandatanganan',
    { oleh: SEK_TIM, pada: jumat(13, 10), di: k.tw2 },
    {
      cara: 'TTE',
      tautanPdf: 'https://drive.google.com/file/d/ttebsre0001/view',
    },
  );
}

export function teksDokumen(k: Kantor, url: string): string {
  return documentPlainText(documents(k.world).savedData(idDari(url)));
}

/** Every file of the TW2 cycle the add-in made: its spreadsheet and the files its Log links. */
export function berkasSiklus(k: Kantor): string[] {
  const tautan = k
    .log(k.tw2)
    .filter((r) => ['dokumen-dibuat', 'surat-pengantar-dibuat', 'salinan-dibuat'].includes(r.aksi))
    .flatMap((r) => [...r.rincian.matchAll(/\/d\/([\w-]+)/g)].map((m) => m[1]));
  return [k.tw2, ...new Set(tautan)];
}
