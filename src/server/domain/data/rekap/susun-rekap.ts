import { KebijakanCapaian } from '../../indikator/pengaturan-capaian';
import { SkalaPredikat } from '../../indikator/predikat';
import type { IndikatorTerbaca } from './baca-indikator';
import { BarisRekap, buatBarisRekap } from './baris-rekap';
import { ringkas, RingkasanRekap } from './ringkasan';
import { PENGATURAN_CAPAIAN_BAWAAN, SKALA_PREDIKAT_BAWAAN } from '../../templat';

interface KelompokSasaran {
  /** as first written in the unit's form (neutralised) */
  sasaran: string;
  baris: BarisRekap[];
}

export interface KelompokUnit {
  unit: string;
  sasaran: KelompokSasaran[];
}

export interface Rekap {
  unit: KelompokUnit[];
  ringkasan: RingkasanRekap;
  /** unit codes found in the rows but missing from the configured order (placed last, in order of appearance) */
  unitTakTerdaftar: string[];
}

export interface OpsiRekap {
  /** unit codes in the order the Rekap shows them; a configured unit without rows still gets its (empty) group */
  urutanUnit: readonly string[];
  kebijakan?: KebijakanCapaian;
  skala?: SkalaPredikat;
}

/**
 * Consolidates the units' parsed rows: grouped by unit (configured order), then by sasaran (first appearance within
 * the unit; spelling differences in blanks or case do not split a group), indicators in sheet-row order.
 */
export function susunRekap(indikator: readonly IndikatorTerbaca[], opsi: OpsiRekap): Rekap {
  const kebijakan = opsi.kebijakan ?? PENGATURAN_CAPAIAN_BAWAAN;
  const skala = opsi.skala ?? SKALA_PREDIKAT_BAWAAN;
  const unitTakTerdaftar = [...new Set(indikator.map((i) => i.unit))].filter((u) => !opsi.urutanUnit.includes(u));
  const urutan = [...new Set(opsi.urutanUnit), ...unitTakTerdaftar];

  const perUnit = urutan.map((unit) => {
    const milikUnit = indikator.filter((i) => i.unit === unit).sort((a, b) => a.rowNumber - b.rowNumber);
    return { unit, indikator: milikUnit, baris: milikUnit.map((i) => buatBarisRekap(i, kebijakan, skala)) };
  });
  return {
    unit: perUnit.map(({ unit, indikator: milikUnit, baris }) => ({
      unit,
      sasaran: kelompokkanSasaran(milikUnit, baris),
    })),
    ringkasan: ringkas(perUnit, skala),
    unitTakTerdaftar,
  };
}

function kelompokkanSasaran(indikator: IndikatorTerbaca[], baris: BarisRekap[]): KelompokSasaran[] {
  const kelompok = new Map<string, KelompokSasaran>();
  indikator.forEach((i, n) => {
    const kunci = i.sasaran.replace(/\s+/g, ' ').toLowerCase();
    const ada = kelompok.get(kunci);
    if (ada) ada.baris.push(baris[n]);
    else kelompok.set(kunci, { sasaran: baris[n].sasaran, baris: [baris[n]] });
  });
  return [...kelompok.values()];
}
