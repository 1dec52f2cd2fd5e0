import { type PengaturanCapaian } from '../../../indikator/pengaturan-capaian';
import type { BarisFormulir, JudulKolom, Temuan } from '../types';

export interface KonteksAturan {
  pengaturan: PengaturanCapaian;
  judulKolom: JudulKolom;
}

/** A rule that looks at one row at a time. */
export type AturanBaris = (baris: BarisFormulir, konteks: KonteksAturan) => Temuan[];

export const KOLOM_ANGKA = ['target', 'realisasi', 'pagu', 'realisasiAnggaran'] as const;
