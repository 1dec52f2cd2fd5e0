import { paragraph, type Block, tabelBerbingkai } from '../naskah/model';

/** What a unit wrote about one indicator, as validated by its Kabid. */
export interface CatatanIndikator {
  indikator: string;
  penjelasan: string;
  tindakLanjut: string;
}

const JUDUL = ['No', 'Indikator Kinerja', 'Penjelasan / Kendala', 'Tindak Lanjut'];

/**
 * Under a unit's table: the Penjelasan / Kendala and Tindak Lanjut of each indicator the unit wrote them for (the
 * "penyebab keberhasilan/kegagalan dan solusi" of LKj Bab III, docs/regulasi/pengukuran-kinerja.md §8), so the
 * document serves that chapter without retyping. Nothing when the unit wrote none.
 */
export function bagianPenjelasan(catatan: readonly CatatanIndikator[]): Block[] {
  const berisi = catatan.filter((c) => c.penjelasan.trim() || c.tindakLanjut.trim());
  if (!berisi.length) return [];
  const tabel = tabelBerbingkai(
    JUDUL,
    [
      { width: 0.05, align: 'center' },
      { width: 0.31, align: 'left' },
      { width: 0.32, align: 'left' },
      { width: 0.32, align: 'left' },
    ],
    berisi.map((c, i) => [String(i + 1), c.indikator.trim(), c.penjelasan.trim() || '-', c.tindakLanjut.trim() || '-']),
  );
  return [paragraph('Penjelasan / kendala dan tindak lanjut', 'left', { bold: true }), tabel];
}
