import { teksKosong } from '../kosong';
import { buatTemuan } from '../temuan';
import type { AturanBaris } from './konteks';

const WAJIB = ['sasaran', 'indikator', 'satuan', 'polaritas', 'target'] as const;

/** Sasaran, indikator, satuan, polaritas and target are required (galat); a missing realisasi is a peringatan. */
export const wajibDiisi: AturanBaris = (baris, { judulKolom }) => {
  const temuan = WAJIB.filter((k) => teksKosong(baris.cells[k])).map((k) =>
    buatTemuan(baris, k, 'galat', 'wajib diisi.', judulKolom),
  );
  if (teksKosong(baris.cells.realisasi)) {
    temuan.push(buatTemuan(baris, 'realisasi', 'peringatan', 'belum diisi; capaian belum dapat dihitung.', judulKolom));
  }
  return temuan;
};
