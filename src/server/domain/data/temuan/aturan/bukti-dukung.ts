import { kutipPendek } from '../../../format/potong-teks';
import { teksKosong } from '../kosong';
import { buatTemuan } from '../temuan';
import type { AturanBaris } from './konteks';
import { tautanBuktiDukung } from '../tautan-bukti';

/**
 * Bukti dukung holds one or more links separated by blanks or line breaks; each must be an http(s) address
 * (peringatan otherwise: "terlampir", "drive/folder", "javascript:…" cannot be opened safely from the Rekap).
 */
export const buktiDukungTautan: AturanBaris = (baris, { judulKolom }) => {
  const nilai = baris.cells.buktiDukung;
  if (teksKosong(nilai)) return [];
  const [salah] = tautanBuktiDukung(String(nilai)).salah;
  if (salah === undefined) return [];
  const isi = `${kutipPendek(salah)} bukan tautan http(s); isi alamat lengkap yang diawali https:// (mis. tautan Google Drive).`;
  return [buatTemuan(baris, 'buktiDukung', 'peringatan', isi, judulKolom)];
};
