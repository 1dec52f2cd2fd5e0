import { HasilAngka } from '../../indikator/parse-angka';
import { HasilCapaian, hitungCapaian } from '../../indikator/capaian';
import { KebijakanCapaian } from '../../indikator/pengaturan-capaian';
import { PitaPredikat, SkalaPredikat, tentukanPredikat } from '../../indikator/predikat';
import { Polaritas } from '../../indikator/polaritas';
import { neutralkanFormula } from '../../format/neutralkan-formula';
import type { IndikatorTerbaca } from './baca-indikator';

/** One Rekap row. Text is neutralised against formula injection; numbers stay numbers. */
export interface BarisRekap {
  unit: string;
  sasaran: string;
  indikator: string;
  satuan: string;
  polaritas: Polaritas | null;
  target: number | null;
  realisasi: number | null;
  /** the value (after capping and before) or why there is none */
  capaian: HasilCapaian;
  /** from capaian.nilai; null when there is no capaian */
  predikat: Pick<PitaPredikat, 'label' | 'warna'> | null;
  penjelasan: string;
  buktiDukung: string;
  /** where the row came from in the unit's form */
  asal: { tab: string; rowNumber: number };
}

export function buatBarisRekap(i: IndikatorTerbaca, kebijakan: KebijakanCapaian, skala: SkalaPredikat): BarisRekap {
  const capaian = capaianBaris(i, kebijakan);
  const pita = capaian.ok ? tentukanPredikat(capaian.nilai, skala) : null;
  return {
    unit: neutralkanFormula(i.unit),
    sasaran: neutralkanFormula(i.sasaran),
    indikator: neutralkanFormula(i.indikator),
    satuan: neutralkanFormula(i.satuan),
    polaritas: i.polaritas,
    target: i.target.ok ? i.target.value : null,
    realisasi: i.realisasi.ok ? i.realisasi.value : null,
    capaian,
    predikat: pita && { label: pita.label, warna: pita.warna },
    penjelasan: neutralkanFormula(i.penjelasan),
    buktiDukung: neutralkanFormula(i.buktiDukung),
    asal: { tab: i.tab, rowNumber: i.rowNumber },
  };
}

function capaianBaris(i: IndikatorTerbaca, kebijakan: KebijakanCapaian): HasilCapaian {
  if (!i.polaritas) return { ok: false, reason: 'Polaritas tidak dikenal, capaian tidak dapat dihitung.' };
  const target = angkaAtauAlasan(i.target, 'Target');
  if (typeof target === 'string') return { ok: false, reason: target };
  const realisasi = angkaAtauAlasan(i.realisasi, 'Realisasi');
  if (typeof realisasi === 'string') return { ok: false, reason: realisasi };
  return hitungCapaian({ target, realisasi, polaritas: i.polaritas }, kebijakan);
}

/** the number, null when not filled (hitungCapaian words that case), or why it cannot be read */
function angkaAtauAlasan(hasil: HasilAngka, kolom: string): number | null | string {
  if (hasil.ok) return hasil.value;
  if (hasil.kosong) return null;
  return `${kolom} tidak dapat dibaca (${hasil.reason}), capaian tidak dapat dihitung.`;
}
