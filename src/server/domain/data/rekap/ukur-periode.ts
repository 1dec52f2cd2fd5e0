import { formatAngka } from '../../format/bilangan';
import type { HasilAngka } from '../../indikator/parse-angka';
import {
  type Sampai,
  type TargetTahun,
  namaTriwulan,
  realisasiSampai,
  targetSampai,
  triwulanDibutuhkan,
} from '../../indikator/kumulasi';
import type { NilaiTarget } from '../../indikator/target';

/** The realisasi of one indicator in an earlier cycle of the year, and where it was read. */
export interface RealisasiLalu {
  nilai: HasilAngka;
  /** "Form PSPFM baris 3, siklus Triwulan I Tahun 2026" */
  asal: string;
}

/** An earlier triwulan cycle of the year: its realisasi by kunciIndikator, or why it cannot be read. */
export type SumberTriwulan =
  { ada: true; realisasi: ReadonlyMap<string, RealisasiLalu> } | { ada: false; alasan: string };

/** triwulan number → its cycle */
export type RiwayatTriwulan = ReadonlyMap<number, SumberTriwulan>;

/** Indicators of different cycles are the same when unit and indicator text match, whatever the case and spacing. */
export function kunciIndikator(unit: string, indikator: string): string {
  return `${unit.toUpperCase()}|${indikator.replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

export type HasilUkur =
  | { ok: true; target: NilaiTarget; realisasi: number; keterangan: string[] }
  | { ok: false; target: NilaiTarget | null; reason: string; keterangan: string[] };

interface Bahan {
  target: TargetTahun;
  /** what this cycle's form holds: the triwulan's realisasi, or in a Tahunan cycle the year's as the unit typed it */
  realisasiIni: HasilAngka;
  sampai: Sampai;
  riwayat: RiwayatTriwulan;
  kunci: string;
}

/**
 * Target and realisasi of a period, cumulated by the indicator's method (kumulasi.ts): the earlier triwulan's
 * realisasi come from their own cycles, and a missing cycle or value is named, not guessed. A Tahunan cycle derives
 * the year from the four triwulan cycles; when one of them is missing it takes the year's realisasi the unit typed,
 * and says so.
 */
export function ukurPeriode(b: Bahan): HasilUkur {
  const target = targetSampai(b.target, b.sampai);
  if (!target.ok) return { ok: false, target: null, reason: target.reason, keterangan: [] };
  const turunan = realisasiTurunan(b);
  if (b.sampai !== 'tahunan') {
    return typeof turunan === 'string'
      ? { ok: false, target: target.target, reason: turunan, keterangan: [] }
      : { ok: true, target: target.target, realisasi: turunan.nilai, keterangan: turunan.keterangan };
  }
  const ketik = b.realisasiIni.ok ? b.realisasiIni.value : null;
  if (typeof turunan === 'string') {
    if (ketik === null) return { ok: false, target: target.target, reason: turunan, keterangan: [] };
    const keterangan = [`Realisasi tahunan yang diisi unit dipakai: ${turunan}`];
    return { ok: true, target: target.target, realisasi: ketik, keterangan };
  }
  const keterangan = [...turunan.keterangan];
  if (ketik !== null && Math.abs(ketik - turunan.nilai) > 1e-9) {
    keterangan.push(`Realisasi yang diisi di formulir (${formatAngka(ketik)}) tidak dipakai.`);
  }
  return { ok: true, target: target.target, realisasi: turunan.nilai, keterangan };
}

/** The realisasi to date with how it was derived, or why it cannot be. */
function realisasiTurunan(b: Bahan): { nilai: number; keterangan: string[] } | string {
  const perlu = triwulanDibutuhkan(b.target.metode, b.sampai);
  const nilai: number[] = [];
  for (const n of perlu) {
    const r = n === b.sampai ? b.realisasiIni : realisasiLalu(b, n);
    if (typeof r === 'string') return r;
    if (!r.ok) return r.kosong ? belumDiisi(n, b) : `Realisasi ${namaTriwulan(n)} tidak dapat dibaca (${r.reason}).`;
    nilai.push(r.value);
  }
  const hasil = realisasiSampai(b.target.metode, nilai);
  if (perlu.length === 1 && b.sampai !== 'tahunan') return { nilai: hasil, keterangan: [] };
  const rincian = perlu.map((n, i) => `${namaTriwulan(n)} ${formatAngka(nilai[i])}`).join(', ');
  const cara = { jumlah: 'jumlah', 'rata-rata': 'rata-rata', terakhir: 'nilai', tetap: 'nilai' }[b.target.metode];
  const periode = b.sampai === 'tahunan' ? 'Realisasi tahunan' : `Target dan realisasi s.d. ${namaTriwulan(b.sampai)}`;
  return { nilai: hasil, keterangan: [`${periode}: ${cara} ${rincian}.`] };
}

function realisasiLalu(b: Bahan, n: number): HasilAngka | string {
  const sumber = b.riwayat.get(n);
  if (!sumber) return `Realisasi ${namaTriwulan(n)} belum dibaca.`;
  if (!sumber.ada) return sumber.alasan;
  const r = sumber.realisasi.get(b.kunci);
  return r ? r.nilai : `Indikator ini tidak ada di formulir siklus ${namaTriwulan(n)}.`;
}

function belumDiisi(n: number, b: Bahan): string {
  if (n === b.sampai) return 'Realisasi belum diisi, capaian belum dapat dihitung.';
  const sumber = b.riwayat.get(n);
  const asal = sumber?.ada ? sumber.realisasi.get(b.kunci)?.asal : undefined;
  return `Realisasi ${namaTriwulan(n)} belum diisi${asal ? ` (${asal})` : ''}; capaian belum dapat dihitung.`;
}
