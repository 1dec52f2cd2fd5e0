import { SopStep } from '../sop/types';
import { Periode } from './period';

export interface UnitKerja {
  kode: string;
  nama: string;
}

/** One run of an SOP for one office and period. */
export interface Cycle {
  namaKantor: string;
  periode: Periode;
  unitKerja: readonly UnitKerja[];
  langkah: readonly SopStep[];
}

function ganda(nilai: readonly (string | number)[]): (string | number)[] {
  return [...new Set(nilai.filter((v, i) => nilai.indexOf(v) !== i))];
}

/** Problems that make a cycle unusable, in Bahasa Indonesia; empty when the cycle is sound. */
export function checkCycle(cycle: Cycle): string[] {
  const masalah: string[] = [];
  if (!cycle.namaKantor.trim()) masalah.push('Nama kantor belum diisi.');
  if (cycle.unitKerja.length === 0) masalah.push('Siklus belum punya unit kerja.');
  cycle.unitKerja.forEach((u, i) => {
    if (!u.kode.trim() || !u.nama.trim()) masalah.push(`Unit kerja ke-${i + 1}: kode dan nama wajib diisi.`);
  });
  const kodeGanda = ganda(cycle.unitKerja.map((u) => u.kode.trim().toUpperCase()));
  if (kodeGanda.length) masalah.push(`Kode unit kerja dipakai lebih dari sekali: ${kodeGanda.join(', ')}.`);
  if (cycle.langkah.length === 0) masalah.push('SOP siklus ini belum punya langkah.');
  const noGanda = ganda(cycle.langkah.map((l) => l.no));
  if (noGanda.length) masalah.push(`Nomor langkah dipakai lebih dari sekali: ${noGanda.join(', ')}.`);
  for (const l of cycle.langkah) {
    if (!Number.isFinite(l.waktuMenit) || l.waktuMenit < 0) {
      masalah.push(`Langkah ${l.no}: target waktu harus angka menit ≥ 0, bukan ${l.waktuMenit}.`);
    }
  }
  return masalah;
}
