import { KOLOM_VALIDASI } from './baris-formulir';
import { STATUS_VALIDASI, type KeadaanBaris } from './status-validasi';
import { buatTemuan } from '../temuan/temuan';
import type { BarisFormulir, JudulKolom, Temuan } from '../temuan/types';

/**
 * Findings about the Kabid's validation itself: a row that lost its validation waits for the Kabid again
 * (peringatan); a status that is none of the choices cannot be read (galat).
 */
export function temuanValidasi(
  keadaan: readonly { baris: BarisFormulir; keadaan: KeadaanBaris }[],
  judulKolom: JudulKolom,
): Temuan[] {
  return keadaan.flatMap(({ baris, keadaan: k }) => {
    if (k.jenis === 'dicekUlang') {
      const isi = `"${STATUS_VALIDASI.dicekUlang}": baris diubah setelah divalidasi; Kabid perlu memvalidasi ulang.`;
      return [buatTemuan(baris, KOLOM_VALIDASI.status, 'peringatan', isi, judulKolom)];
    }
    if (k.jenis === 'tidakDikenal') {
      const isi = `"${k.teks}" bukan status validasi; pilih "${STATUS_VALIDASI.valid}" atau "${STATUS_VALIDASI.perbaikan}".`;
      return [buatTemuan(baris, KOLOM_VALIDASI.status, 'galat', isi, judulKolom)];
    }
    return [];
  });
}

/** A unit nobody can validate: its tab's header row carries the finding. */
export function temuanTanpaKabid(kode: string, tab: string, judulKolom: JudulKolom): Temuan {
  const baris: BarisFormulir = { unit: kode, tab, rowNumber: 1, cells: {} };
  const isi = `unit ${kode} belum punya Kabid di tab Pengaturan (peran "Kabid" dengan unit ${kode}), sehingga tidak ada yang dapat memvalidasi.`;
  return buatTemuan(baris, KOLOM_VALIDASI.status, 'galat', isi, judulKolom);
}
