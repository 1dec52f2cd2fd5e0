import { parseAngka } from '../../indicators';
import { buatTemuan } from '../temuan';
import type { Temuan } from '../types';
import { AturanBaris, KOLOM_ANGKA } from './konteks';

/** Number columns must read as numbers (Indonesian notation, see parseAngka); the target must be above 0. */
export const angkaSah: AturanBaris = (baris, { judulKolom }) => {
  const temuan: Temuan[] = [];
  for (const kolom of KOLOM_ANGKA) {
    const hasil = parseAngka(baris.cells[kolom]);
    if (!hasil.ok && !hasil.kosong) {
      temuan.push(
        buatTemuan(baris, kolom, 'galat', `${hasil.reason}; tulis angka seperti 12,5 atau 1.234.`, judulKolom),
      );
    } else if (kolom === 'target' && hasil.ok && hasil.value <= 0) {
      temuan.push(buatTemuan(baris, kolom, 'galat', 'harus lebih dari 0 agar capaian dapat dihitung.', judulKolom));
    }
  }
  return temuan;
};
