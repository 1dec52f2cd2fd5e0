import { bacaPolaritas } from '../../../indikator/polaritas';
import { teksKosong } from '../kosong';
import { buatTemuan } from '../temuan';
import type { AturanBaris } from './konteks';

/** Polaritas must be positif, negatif or stabil (galat). */
export const polaritasDikenal: AturanBaris = (baris, { judulKolom }) => {
  const nilai = baris.cells.polaritas;
  if (teksKosong(nilai) || bacaPolaritas(nilai)) return [];
  const isi = `"${String(nilai).trim()}" bukan polaritas yang dikenal; isi "positif" (makin tinggi makin baik), "negatif" (makin rendah makin baik) atau "stabil" (target berupa rentang).`;
  return [buatTemuan(baris, 'polaritas', 'galat', isi, judulKolom)];
};

const normalkan = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Satuan outside the configured list is a peringatan (maybe a typo, maybe a new unit for the list). */
export const satuanDikenal: AturanBaris = (baris, { pengaturan, judulKolom }) => {
  const nilai = baris.cells.satuan;
  if (teksKosong(nilai)) return [];
  const teks = String(nilai);
  if (pengaturan.satuanDikenal.some((s) => normalkan(s) === normalkan(teks))) return [];
  const isi = `satuan "${teks.trim()}" tidak ada dalam daftar satuan yang dikenal; periksa ejaannya atau minta Tim SAKIP menambahkannya.`;
  return [buatTemuan(baris, 'satuan', 'peringatan', isi, judulKolom)];
};
