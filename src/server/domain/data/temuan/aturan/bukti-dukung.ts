import { teksKosong } from '../kosong';
import { buatTemuan } from '../temuan';
import type { AturanBaris } from './konteks';

const TAUTAN_HTTP = /^https?:\/\/[^\s/?#]+\S*$/i;

/**
 * Bukti dukung holds one or more links separated by blanks or line breaks; each must be an http(s) address
 * (peringatan otherwise: "terlampir", "drive/folder", "javascript:…" cannot be opened safely from the Rekap).
 */
export const buktiDukungTautan: AturanBaris = (baris, { judulKolom }) => {
  const nilai = baris.cells.buktiDukung;
  if (teksKosong(nilai)) return [];
  const salah = String(nilai)
    .trim()
    .split(/\s+/)
    .find((t) => !TAUTAN_HTTP.test(t));
  if (salah === undefined) return [];
  const isi = `"${salah}" bukan tautan http(s); isi alamat lengkap yang diawali https:// (mis. tautan Google Drive).`;
  return [buatTemuan(baris, 'buktiDukung', 'peringatan', isi, judulKolom)];
};
