import { type NilaiTarget, petaTarget, targetSama, tulisTarget } from './target';

/**
 * How the triwulan of a year add up to the year (docs/regulasi/target-dan-kumulasi.md):
 * - jumlah: counts and flows — to date, the sum of the triwulan targets and of the triwulan realisasi;
 * - terakhir: positions (percentages, indices, stock figures) — the value of the last triwulan;
 * - rata-rata: averages (durations) — the mean of the triwulan to date;
 * - tetap: the same target every triwulan, each triwulan measured on its own against the annual target.
 */
export type MetodeKumulasi = 'jumlah' | 'terakhir' | 'rata-rata' | 'tetap';

export const METODE_KUMULASI: readonly MetodeKumulasi[] = ['jumlah', 'terakhir', 'rata-rata', 'tetap'];

const SATUAN_POSISI = ['%', 'persen', 'nilai', 'nilai (0-100)', 'indeks', 'predikat'];
const SATUAN_STOK = ['desa', 'kelurahan', 'kecamatan', 'lembaga', 'unit'];
const SATUAN_DURASI = ['hari', 'bulan', 'tahun'];

/** The method a satuan suggests when the Perjanjian Kinerja leaves it blank: sum for counts, last value otherwise. */
export function metodeBawaan(satuan: string): MetodeKumulasi {
  const s = satuan.trim().toLowerCase();
  if (SATUAN_DURASI.includes(s)) return 'rata-rata';
  if (SATUAN_POSISI.includes(s) || SATUAN_STOK.includes(s)) return 'terakhir';
  return 'jumlah';
}

export function bacaMetode(teks: string): MetodeKumulasi | null {
  const t = teks.trim().toLowerCase().replace(/\s+/g, ' ').replace('rata rata', 'rata-rata');
  return (METODE_KUMULASI as readonly string[]).includes(t) ? (t as MetodeKumulasi) : null;
}

/** The targets of one indicator of the Perjanjian Kinerja: the year's and, from the Rencana Aksi, each triwulan's. */
export interface TargetTahun {
  tahunan: NilaiTarget;
  /** index 0 = triwulan I; null when the Rencana Aksi leaves it blank */
  triwulan: readonly (NilaiTarget | null)[];
  metode: MetodeKumulasi;
}

/** Triwulan 1–4, or 'tahunan' for the year. */
export type Sampai = 1 | 2 | 3 | 4 | 'tahunan';

function rata(angka: number[]): number {
  return angka.reduce((a, b) => a + b, 0) / angka.length;
}
function jumlah(angka: number[]): number {
  return angka.reduce((a, b) => a + b, 0);
}
const ROMAWI = ['I', 'II', 'III', 'IV'];
export function namaTriwulan(n: number): string {
  return `triwulan ${ROMAWI[n - 1]}`;
}

/** The target of a triwulan: under 'tetap' a blank triwulan target is the annual one. */
export function targetTriwulan(t: TargetTahun, n: number): NilaiTarget | null {
  return t.triwulan[n - 1] ?? (t.metode === 'tetap' ? t.tahunan : null);
}

export type HasilTargetPeriode = { ok: true; target: NilaiTarget } | { ok: false; reason: string };

/** The target a period is scored against: to date under the method; the year: the annual target. */
export function targetSampai(t: TargetTahun, sampai: Sampai): HasilTargetPeriode {
  if (sampai === 'tahunan' || t.metode === 'tetap') return { ok: true, target: t.tahunan };
  if (t.metode === 'terakhir') {
    const target = targetTriwulan(t, sampai);
    return target === null ? kosong([sampai]) : { ok: true, target };
  }
  const nomor = [1, 2, 3, 4].slice(0, sampai);
  const kurang = nomor.filter((n) => targetTriwulan(t, n) === null);
  if (kurang.length) return kosong(kurang);
  const daftar = nomor.map((n) => targetTriwulan(t, n) as NilaiTarget);
  return { ok: true, target: petaTarget(daftar, t.metode === 'jumlah' ? jumlah : rata) };
}

function kosong(nomor: number[]): HasilTargetPeriode {
  const nama = nomor.map(namaTriwulan).join(', ');
  return { ok: false, reason: `Target ${nama} belum diisi di Perjanjian Kinerja (Rencana Aksi).` };
}

/** The triwulan whose realisasi a period needs, in order: to date for sum and average, else the last one. */
export function triwulanDibutuhkan(metode: MetodeKumulasi, sampai: Sampai): number[] {
  const akhir = sampai === 'tahunan' ? 4 : sampai;
  return metode === 'jumlah' || metode === 'rata-rata' ? [1, 2, 3, 4].slice(0, akhir) : [akhir];
}

/** The realisasi to date from the realisasi of the triwulan triwulanDibutuhkan names, in the same order. */
export function realisasiSampai(metode: MetodeKumulasi, realisasi: readonly number[]): number {
  if (metode === 'jumlah') return jumlah([...realisasi]);
  if (metode === 'rata-rata') return rata([...realisasi]);
  return realisasi[realisasi.length - 1];
}

/**
 * Whether the triwulan targets agree with the annual one under the method (all four filled): sum equal to the year
 * under 'jumlah', mean equal under 'rata-rata', triwulan IV equal under 'terakhir', each equal under 'tetap'.
 * Returns why not, or null.
 */
export function periksaTargetTahun(t: TargetTahun): string | null {
  const isi = t.triwulan.filter((x): x is NilaiTarget => x !== null);
  if (t.metode === 'tetap') {
    const beda = isi.find((x) => !targetSama(x, t.tahunan));
    return beda === undefined
      ? null
      : `metode "tetap" memakai target yang sama setiap triwulan: ${tulisTarget(beda)} berbeda dari target tahunan ${tulisTarget(t.tahunan)}; kosongkan target triwulan atau pilih metode lain.`;
  }
  if (isi.length < 4) return null;
  const turunan = targetSampai(t, 4);
  if (!turunan.ok || targetSama(turunan.target, t.tahunan)) return null;
  const cara = {
    jumlah: 'jumlah target triwulan',
    'rata-rata': 'rata-rata target triwulan',
    terakhir: 'target triwulan IV',
  }[t.metode];
  return `${cara} (${tulisTarget(turunan.target)}) tidak sama dengan target tahunan ${tulisTarget(t.tahunan)} (metode "${t.metode}").`;
}
