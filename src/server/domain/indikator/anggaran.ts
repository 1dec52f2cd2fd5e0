import { bulatkan } from './bulatkan';
import type { HasilCapaian } from './capaian';

export interface DataAnggaran {
  /** null when not filled */
  pagu: number | null;
  realisasiAnggaran: number | null;
}

export type HasilSerapan = { ok: true; nilai: number } | { ok: false; reason: string };

type KategoriEfisiensi = 'efisien' | 'cukup efisien' | 'tidak efisien';
export type HasilEfisiensi =
  | {
      ok: true;
      kategori: KategoriEfisiensi;
      /** capaian − serapan, in percent points, rounded to 2 decimals */
      selisih: number;
    }
  | { ok: false; reason: string };

/** Serapan anggaran (%) = realisasi anggaran / pagu × 100; spending above the pagu is refused as impossible. */
export function hitungSerapan({ pagu, realisasiAnggaran }: DataAnggaran): HasilSerapan {
  if (pagu === null) return { ok: false, reason: 'Pagu belum diisi, serapan tidak dapat dihitung.' };
  if (!Number.isFinite(pagu) || pagu <= 0) {
    return { ok: false, reason: 'Pagu harus lebih dari 0, serapan tidak dapat dihitung (pembagian dengan nol).' };
  }
  if (realisasiAnggaran === null) {
    return { ok: false, reason: 'Realisasi anggaran belum diisi, serapan belum dapat dihitung.' };
  }
  if (!Number.isFinite(realisasiAnggaran) || realisasiAnggaran < 0) {
    return { ok: false, reason: 'Realisasi anggaran tidak boleh negatif.' };
  }
  if (realisasiAnggaran > pagu) return { ok: false, reason: 'Realisasi anggaran melebihi pagu; periksa kembali.' };
  return { ok: true, nilai: (realisasiAnggaran / pagu) * 100 };
}

const AMBANG_EFISIENSI = 5;

/**
 * Efisiensi from capaian (after capping) and serapan: capaian − serapan > 5 points 'efisien', within ±5 (inclusive)
 * 'cukup efisien', below −5 'tidak efisien'. The difference is rounded to 2 decimals first so that 5.000000001
 * from floating point does not tip a boundary case.
 */
export function tentukanEfisiensi(capaian: HasilCapaian, serapan: HasilSerapan): HasilEfisiensi {
  if (!capaian.ok) return { ok: false, reason: `Efisiensi tidak dapat dinilai: ${capaian.reason}` };
  if (!serapan.ok) return { ok: false, reason: `Efisiensi tidak dapat dinilai: ${serapan.reason}` };
  const selisih = bulatkan(capaian.nilai - serapan.nilai, 2);
  const kategori: KategoriEfisiensi =
    selisih > AMBANG_EFISIENSI ? 'efisien' : selisih >= -AMBANG_EFISIENSI ? 'cukup efisien' : 'tidak efisien';
  return { ok: true, kategori, selisih };
}
