import { KebijakanCapaian } from './pengaturan-capaian';
import type { Polaritas } from './polaritas';
import { adalahRentang, type NilaiTarget, type RentangTarget } from './target';

export interface DataCapaian {
  /** null when not filled; a range only for polaritas 'stabil' */
  target: NilaiTarget | null;
  realisasi: number | null;
  polaritas: Polaritas;
}

export type HasilCapaian =
  | {
      ok: true;
      /** after the capping policy */
      nilai: number;
      /** before capping, to be shown next to `nilai` */
      nilaiMentah: number;
    }
  | { ok: false; reason: string };

/**
 * Capaian (%) of one indicator. Positive: R / T × 100. Negative: variant A (2T − R) / T × 100 or B T / R × 100.
 * Stable: see capaianStabil. Every case where no number can be computed returns a reason; the result is never NaN or
 * ±Infinity.
 */
export function hitungCapaian(
  { target, realisasi, polaritas }: DataCapaian,
  kebijakan: KebijakanCapaian,
): HasilCapaian {
  if (target === null) return gagal('Target belum diisi, capaian tidak dapat dihitung.');
  if (polaritas === 'stabil' || adalahRentang(target)) return capaianStabil(target, realisasi, polaritas, kebijakan);
  if (!Number.isFinite(target)) return gagal('Target bukan angka terhingga, capaian tidak dapat dihitung.');
  if (target === 0) return gagal('Target 0: capaian tidak dapat dihitung (pembagian dengan nol).');
  if (target < 0) return gagal('Target negatif: capaian tidak dapat dihitung.');
  if (realisasi === null) return gagal('Realisasi belum diisi, capaian belum dapat dihitung.');
  if (!Number.isFinite(realisasi)) return gagal('Realisasi bukan angka terhingga, capaian tidak dapat dihitung.');

  let nilaiMentah: number;
  if (polaritas === 'positif') {
    nilaiMentah = (realisasi / target) * 100;
  } else if (kebijakan.varianNegatif === 'A') {
    nilaiMentah = ((2 * target - realisasi) / target) * 100;
  } else {
    if (realisasi === 0) {
      return gagal(
        'Realisasi 0 pada indikator negatif (varian B: target ÷ realisasi): capaian tidak dapat dihitung (pembagian dengan nol).',
      );
    }
    if (realisasi < 0) return gagal('Realisasi negatif pada indikator negatif (varian B): capaian tidak bermakna.');
    nilaiMentah = (target / realisasi) * 100;
  }
  if (!Number.isFinite(nilaiMentah)) {
    return gagal('Hasil perhitungan capaian terlalu besar; periksa target dan realisasi.');
  }
  return { ok: true, nilai: terapkanCapping(nilaiMentah, kebijakan), nilaiMentah };
}

/**
 * Stable polarity (target range [min, max], a number being a range of one point): inside the range 100; below it
 * R / min × 100; above it (2·max − R) / max × 100 — the positive and the negative formula A measured from the nearer
 * bound, so the capaian falls off by the distance (docs/regulasi/target-dan-kumulasi.md).
 */
function capaianStabil(
  target: NilaiTarget,
  realisasi: number | null,
  polaritas: Polaritas,
  kebijakan: KebijakanCapaian,
): HasilCapaian {
  if (polaritas !== 'stabil') {
    return gagal(`Target berupa rentang hanya untuk polaritas stabil (polaritas indikator ini ${polaritas}).`);
  }
  const { min, max }: RentangTarget = adalahRentang(target) ? target : { min: target, max: target };
  if (![min, max].every(Number.isFinite)) return gagal('Target bukan angka terhingga, capaian tidak dapat dihitung.');
  if (min <= 0) return gagal('Batas bawah rentang target harus lebih dari 0, capaian tidak dapat dihitung.');
  if (realisasi === null) return gagal('Realisasi belum diisi, capaian belum dapat dihitung.');
  if (!Number.isFinite(realisasi)) return gagal('Realisasi bukan angka terhingga, capaian tidak dapat dihitung.');
  const nilaiMentah =
    realisasi < min ? (realisasi / min) * 100 : realisasi > max ? ((2 * max - realisasi) / max) * 100 : 100;
  return { ok: true, nilai: terapkanCapping(nilaiMentah, kebijakan), nilaiMentah };
}

function terapkanCapping(nilai: number, { capping }: KebijakanCapaian): number {
  if (capping === 'tanpa') return nilai;
  if (capping === 'lantai-0') return Math.max(0, nilai);
  return Math.min(200, Math.max(0, nilai));
}

function gagal(reason: string): HasilCapaian {
  return { ok: false, reason };
}
