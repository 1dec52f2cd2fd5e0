import { teksKosong } from '../kosong';
import { buatTemuan } from '../temuan';
import type { BarisFormulir, Temuan } from '../types';
import type { KonteksAturan } from './konteks';

/** Same indicator text twice within a unit (blanks and case ignored): galat on every repeat, naming the first row. */
export function indikatorGanda(semuaBaris: readonly BarisFormulir[], { judulKolom }: KonteksAturan): Temuan[] {
  const pertama = new Map<string, number>();
  const temuan: Temuan[] = [];
  for (const baris of semuaBaris) {
    const indikator = baris.cells.indikator;
    if (teksKosong(indikator)) continue;
    const kunci = `${baris.unit}\u0000${String(indikator).trim().replace(/\s+/g, ' ').toLowerCase()}`;
    const awal = pertama.get(kunci);
    if (awal === undefined) {
      pertama.set(kunci, baris.rowNumber);
    } else {
      const isi = `indikator ini sudah ada di baris ${awal}; hapus salah satu atau bedakan namanya.`;
      temuan.push(buatTemuan(baris, 'indikator', 'galat', isi, judulKolom));
    }
  }
  return temuan;
}
