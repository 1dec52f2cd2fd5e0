import { type HasilEfisiensi, type HasilSerapan, hitungSerapan, tentukanEfisiensi } from '../../indikator/anggaran';
import type { HasilCapaian } from '../../indikator/capaian';
import { parseAngka } from '../../indikator/parse-angka';
import { normalkan } from '../../pengaturan/blok-tab';
import type { ProgramAnggaran } from '../../pengaturan/types';
import type { Periode } from '../../siklus/periode';
import type { Rekap } from '../rekap/susun-rekap';
import { type BarisTabAnggaran, barisProgram, urutkanAnggaran } from './isian-anggaran';

/** One program or kegiatan in the Rekap: the pagu is always Pengaturan's, the realisasi the unit's. */
export interface BarisAnggaranRekap {
  unit: string;
  program: string;
  pagu: number;
  /** null when not typed or not readable (the reason is in serapan) */
  realisasi: number | null;
  serapan: HasilSerapan;
  /** the capaian the efisiensi is judged on: the linked indicator's, or the unit's average */
  dasarEfisiensi: string;
  /** null outside the Tahunan cycle (see RekapAnggaran.catatan) */
  efisiensi: HasilEfisiensi | null;
  keterangan: string;
  /** the tab row it was read from; null when the tab has no row for it */
  rowNumber: number | null;
}

interface JumlahAnggaran {
  pagu: number;
  realisasi: number;
  /** over all programs when every realisasi is a number */
  serapan: HasilSerapan;
}

export interface UnitAnggaran extends JumlahAnggaran {
  unit: string;
  baris: BarisAnggaranRekap[];
  efisiensi: HasilEfisiensi | null;
}

export interface RekapAnggaran {
  unit: UnitAnggaran[];
  keseluruhan: JumlahAnggaran;
  /** what holds for the whole block, e.g. why efisiensi is not judged in a Triwulan cycle */
  catatan: string[];
}

const HANYA_TAHUNAN =
  'Efisiensi dinilai pada siklus Tahunan: serapan s.d. triwulan dihitung dari pagu setahun, sedangkan capaian dari target s.d. triwulan.';

/**
 * Serapan (realisasi ÷ pagu) of each program and of each unit, and in the Tahunan cycle the efisiensi (capaian −
 * serapan, indikator/anggaran.ts) against the capaian of the indicator the program serves or the unit's average
 * capaian (docs/regulasi/anggaran.md). Realisasi anggaran is typed cumulative to date, as the realisasi report is.
 */
export function susunRekapAnggaran(
  anggaran: readonly ProgramAnggaran[],
  tab: readonly BarisTabAnggaran[],
  rekap: Rekap,
  periode: Periode,
): RekapAnggaran {
  const urutan = rekap.unit.map((u) => u.unit);
  const unit = urutan.flatMap((kode): UnitAnggaran[] => {
    const milik = urutkanAnggaran(anggaran, [kode]);
    if (!milik.length) return [];
    const rata = rekap.ringkasan.perUnit.find((r) => r.unit === kode)?.rataRata ?? null;
    const capaianUnit = capaianRataRata(kode, rata);
    const baris = milik.map((a) => ukurProgram(a, barisProgram(tab, a), rekap, periode, capaianUnit));
    const jumlah = jumlahkan(baris);
    return [{ unit: kode, baris, ...jumlah, efisiensi: efisiensi(periode, capaianUnit, jumlah.serapan) }];
  });
  const catatan = periode.jenis === 'Tahunan' ? [] : [HANYA_TAHUNAN];
  return { unit, keseluruhan: jumlahkan(unit.flatMap((u) => u.baris)), catatan };
}

function ukurProgram(
  a: ProgramAnggaran,
  baris: BarisTabAnggaran | undefined,
  rekap: Rekap,
  periode: Periode,
  capaianUnit: HasilCapaian,
): BarisAnggaranRekap {
  const realisasi = baris ? bacaRealisasi(baris) : { nilai: null, alasan: 'Baris program tidak ada di tab Anggaran.' };
  const serapan: HasilSerapan =
    realisasi.nilai === null
      ? { ok: false, reason: realisasi.alasan }
      : hitungSerapan({ pagu: a.pagu, realisasiAnggaran: realisasi.nilai });
  const terkait = a.indikator ? capaianIndikator(rekap, a.unit, a.indikator) : null;
  return {
    unit: a.unit,
    program: a.program,
    pagu: a.pagu,
    realisasi: realisasi.nilai,
    serapan,
    dasarEfisiensi: a.indikator ? `capaian "${a.indikator}"` : `rata-rata capaian ${a.unit}`,
    efisiensi: efisiensi(periode, terkait ?? capaianUnit, serapan),
    keterangan: baris?.keterangan ?? '',
    rowNumber: baris?.rowNumber ?? null,
  };
}

/** The typed realisasi: a number (a formula is never taken), or why there is none and whether it is simply blank. */
export function bacaRealisasi(b: BarisTabAnggaran): { nilai: number | null; alasan: string; kosong: boolean } {
  if (b.rumus.realisasiAnggaran) {
    return { nilai: null, alasan: 'Realisasi anggaran berisi rumus, tidak dipakai.', kosong: false };
  }
  const hasil = parseAngka(b.realisasiAnggaran);
  if (hasil.ok) return { nilai: hasil.value, alasan: '', kosong: false };
  return {
    nilai: null,
    alasan: hasil.kosong
      ? 'Realisasi anggaran belum diisi, serapan belum dapat dihitung.'
      : `Realisasi anggaran tidak terbaca: ${hasil.reason}.`,
    kosong: hasil.kosong,
  };
}

function capaianIndikator(rekap: Rekap, unit: string, indikator: string): HasilCapaian | null {
  const baris = rekap.unit
    .find((u) => u.unit === unit)
    ?.sasaran.flatMap((s) => s.baris)
    .find((b) => normalkan(b.indikator) === normalkan(indikator));
  return baris?.capaian ?? null;
}

function capaianRataRata(unit: string, rata: number | null): HasilCapaian {
  return rata === null
    ? { ok: false, reason: `Belum ada capaian ${unit} yang dapat dihitung.` }
    : { ok: true, nilai: rata, nilaiMentah: rata };
}

function efisiensi(periode: Periode, capaian: HasilCapaian, serapan: HasilSerapan): HasilEfisiensi | null {
  return periode.jenis === 'Tahunan' ? tentukanEfisiensi(capaian, serapan) : null;
}

function jumlahkan(baris: readonly { pagu: number; realisasi: number | null }[]): JumlahAnggaran {
  const pagu = baris.reduce((n, b) => n + b.pagu, 0);
  const realisasi = baris.reduce((n, b) => n + (b.realisasi ?? 0), 0);
  const kosong = baris.filter((b) => b.realisasi === null).length;
  const serapan: HasilSerapan = kosong
    ? { ok: false, reason: `Realisasi ${kosong} dari ${baris.length} program/kegiatan belum terbaca.` }
    : hitungSerapan({ pagu: pagu || null, realisasiAnggaran: realisasi });
  return { pagu, realisasi, serapan };
}
