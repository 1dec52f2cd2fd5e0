import { PitaPredikat, SkalaPredikat, tentukanPredikat } from '../../indikator/predikat';
import type { BarisRekap } from './baris-rekap';

export interface RataRataCapaian {
  /** mean of capaian.nilai (after capping) over computable rows; null when none */
  rataRata: number | null;
  predikat: Pick<PitaPredikat, 'label' | 'warna'> | null;
  /** rows with a capaian */
  dihitung: number;
  /** rows without one (reason on the row) */
  dilewati: number;
}

interface RingkasanUnit extends RataRataCapaian {
  unit: string;
  /** terisi = rows whose realisasi for this period the unit typed as a valid number */
  kelengkapan: { terisi: number; jumlah: number; persen: number | null };
}

export interface RingkasanRekap {
  /** in scale order, every band even when 0 */
  perPredikat: { label: string; warna: string; jumlah: number }[];
  tanpaPredikat: number;
  perUnit: RingkasanUnit[];
  /** over all computable rows of all units (not the mean of unit means) */
  keseluruhan: RataRataCapaian;
}

export function ringkas(perUnit: { unit: string; baris: BarisRekap[] }[], skala: SkalaPredikat): RingkasanRekap {
  const semua = perUnit.flatMap((u) => u.baris);
  return {
    perPredikat: skala.pita.map((p) => ({
      label: p.label,
      warna: p.warna,
      jumlah: semua.filter((b) => b.predikat?.label === p.label).length,
    })),
    tanpaPredikat: semua.filter((b) => !b.predikat).length,
    perUnit: perUnit.map(({ unit, baris }) => {
      const terisi = baris.filter((b) => b.terisi).length;
      return {
        unit,
        ...rataRata(baris, skala),
        kelengkapan: { terisi, jumlah: baris.length, persen: baris.length ? (terisi / baris.length) * 100 : null },
      };
    }),
    keseluruhan: rataRata(semua, skala),
  };
}

function rataRata(baris: BarisRekap[], skala: SkalaPredikat): RataRataCapaian {
  const nilai = baris.flatMap((b) => (b.capaian.ok ? [b.capaian.nilai] : []));
  const rata = nilai.length ? nilai.reduce((a, b) => a + b, 0) / nilai.length : null;
  const pita = rata === null ? null : tentukanPredikat(rata, skala);
  return {
    rataRata: rata,
    predikat: pita && { label: pita.label, warna: pita.warna },
    dihitung: nilai.length,
    dilewati: baris.length - nilai.length,
  };
}
