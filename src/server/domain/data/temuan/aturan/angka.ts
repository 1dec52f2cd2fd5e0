import { type HasilAngka, parseAngka } from '../../../indikator/parse-angka';
import { bacaTarget } from '../../../indikator/target';
import { teksKosong } from '../kosong';
import { buatTemuan } from '../temuan';
import type { Temuan } from '../types';
import { AturanBaris, KOLOM_ANGKA } from './konteks';

/**
 * Number columns must read as numbers (Indonesian notation, see parseAngka); the target must be above 0. A target of 0
 * is real for some indicators (e.g. "zero findings"): with a penjelasan it is only a warning, since no capaian can be
 * computed for it and the Kabid may still validate the row.
 */
export const angkaSah: AturanBaris = (baris, { judulKolom }) => {
  const temuan: Temuan[] = [];
  for (const kolom of KOLOM_ANGKA) {
    const hasil = kolom === 'target' ? targetSebagaiAngka(baris.cells[kolom]) : parseAngka(baris.cells[kolom]);
    if (!hasil.ok && !hasil.kosong) {
      temuan.push(
        buatTemuan(baris, kolom, 'galat', `${hasil.reason}; tulis angka seperti 12,5 atau 1.234.`, judulKolom),
      );
    } else if (kolom === 'target' && hasil.ok && hasil.value <= 0) {
      temuan.push(targetTidakPositif(baris, hasil.value, judulKolom));
    }
  }
  return temuan;
};

function targetTidakPositif(
  baris: Parameters<AturanBaris>[0],
  nilai: number,
  judulKolom: Parameters<AturanBaris>[1]['judulKolom'],
): Temuan {
  if (nilai === 0 && !teksKosong(baris.cells.penjelasan)) {
    return buatTemuan(
      baris,
      'target',
      'peringatan',
      'bernilai 0: capaian tidak dapat dihitung (dijelaskan di penjelasan).',
      judulKolom,
    );
  }
  const saran = nilai === 0 ? '; bila memang 0, jelaskan alasannya di kolom penjelasan' : '';
  return buatTemuan(baris, 'target', 'galat', `harus lebih dari 0 agar capaian dapat dihitung${saran}.`, judulKolom);
}

/** A target range ("40–50") is a valid target; it is checked as its lower bound. */
function targetSebagaiAngka(nilai: unknown): HasilAngka {
  const hasil = bacaTarget(nilai);
  if (!hasil.ok) return { ok: false, kosong: hasil.kosong, reason: hasil.reason } as HasilAngka;
  return { ok: true, value: typeof hasil.target === 'number' ? hasil.target : hasil.target.min };
}
