/** One cycle's Rekap as a period of the trend: each indicator's figures with the predikat of the cycle's own scale. */
import { kunciIndikator } from '../data/rekap/ukur-periode';
import { tentukanPredikat, type SkalaPredikat } from '../indikator/predikat';
import type { IndikatorRekap } from './baca-rekap';

export interface NilaiPeriode extends IndikatorRekap {
  /** '' without capaian */
  predikat: string;
  warnaPredikat: string | null;
}

export interface PeriodeTren {
  label: string;
  /** by kunciIndikator(unit, indikator) */
  nilai: ReadonlyMap<string, NilaiPeriode>;
}

export function periodeTren(label: string, rekap: readonly IndikatorRekap[], skala: SkalaPredikat): PeriodeTren {
  const nilai = new Map<string, NilaiPeriode>();
  for (const b of rekap) {
    const pita = b.capaian === null ? null : tentukanPredikat(b.capaian, skala);
    nilai.set(kunciIndikator(b.unit, b.indikator), {
      ...b,
      predikat: pita?.label ?? '',
      warnaPredikat: pita?.warna ?? null,
    });
  }
  return { label, nilai };
}
