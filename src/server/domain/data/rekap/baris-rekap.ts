import { HasilAngka } from '../../indikator/parse-angka';
import { HasilCapaian, hitungCapaian } from '../../indikator/capaian';
import type { MetodeKumulasi, Sampai } from '../../indikator/kumulasi';
import { KebijakanCapaian } from '../../indikator/pengaturan-capaian';
import { PitaPredikat, SkalaPredikat, tentukanPredikat } from '../../indikator/predikat';
import { bacaPolaritas, Polaritas } from '../../indikator/polaritas';
import { bacaTarget, type NilaiTarget } from '../../indikator/target';
import { neutralkanFormula } from '../../format/neutralkan-formula';
import { bedaDenganPK } from '../../formulir/sesuai-pk';
import type { IndikatorAwal } from '../../formulir/isian-formulir';
import type { Periode } from '../../siklus/periode';
import type { IndikatorTerbaca } from './baca-indikator';
import { kunciIndikator, type RiwayatTriwulan, ukurPeriode } from './ukur-periode';

/** One Rekap row. Text is neutralised against formula injection; numbers stay numbers. */
export interface BarisRekap {
  unit: string;
  sasaran: string;
  indikator: string;
  satuan: string;
  polaritas: Polaritas | null;
  /** the target the capaian is computed against: to date under the cumulation method, or the year's */
  target: NilaiTarget | null;
  /** the Perjanjian Kinerja's target for the year (null outside the PK or for a qualitative target) */
  targetTahunan: NilaiTarget | null;
  /** the realisasi the capaian is computed from, cumulated the same way */
  realisasi: number | null;
  /** the unit typed a readable realisasi for this period (completeness), whether or not a capaian follows */
  terisi: boolean;
  /** null for a row outside the Perjanjian Kinerja */
  metode: MetodeKumulasi | null;
  /** the value (after capping and before) or why there is none */
  capaian: HasilCapaian;
  /** the capaian s.d. the triwulan before (Triwulan II–IV cycles, when that cycle's realisasi is known), else null */
  capaianLalu: number | null;
  /** from capaian.nilai; null when there is no capaian */
  predikat: Pick<PitaPredikat, 'label' | 'warna'> | null;
  /** how target and realisasi were derived, and what of the form was not used */
  catatan: string[];
  /** the target is the PK's after an accepted change request */
  direvisi: boolean;
  penjelasan: string;
  tindakLanjut: string;
  buktiDukung: string;
  /** where the row came from in the unit's form */
  asal: { tab: string; rowNumber: number };
}

/** What every row of one Rekap is measured with. */
export interface KonteksRekap {
  kebijakan: KebijakanCapaian;
  skala: SkalaPredikat;
  periode: Periode;
  riwayat: RiwayatTriwulan;
  /** accepted target changes by kunciIndikator, as the Rekap notes them */
  revisi?: ReadonlyMap<string, readonly string[]>;
  /** the form's header per field, to name a cell that differs from the PK (the field name otherwise) */
  judulKolom?: Readonly<Record<string, string>>;
}

export function sampaiPeriode(periode: Periode): Sampai {
  return periode.jenis === 'Tahunan' ? 'tahunan' : periode.triwulan;
}

/**
 * A Rekap row: for an indicator of the Perjanjian Kinerja, its text, polarity and targets are the PK's whatever the
 * form says (a difference is noted), and target and realisasi are cumulated by its method; a row outside the PK is
 * measured on the form's own values, and says so.
 */
export function buatBarisRekap(
  i: IndikatorTerbaca,
  pk: IndikatorAwal | null,
  k: KonteksRekap,
  menurutPK = true,
): BarisRekap {
  const ukur = pk ? ukurDenganPK(i, pk, k) : ukurDariFormulir(i, k.kebijakan, menurutPK);
  const pita = ukur.capaian.ok ? tentukanPredikat(ukur.capaian.nilai, k.skala) : null;
  const sumber = pk ?? i;
  return {
    unit: neutralkanFormula(i.unit),
    sasaran: neutralkanFormula(sumber.sasaran),
    indikator: neutralkanFormula(sumber.indikator),
    satuan: neutralkanFormula(sumber.satuan),
    polaritas: pk ? bacaPolaritas(pk.polaritas) : i.polaritas,
    target: ukur.target,
    targetTahunan: pk && typeof pk.target !== 'string' ? pk.target : null,
    realisasi: ukur.realisasi,
    terisi: i.realisasi.ok,
    metode: pk?.metode ?? null,
    capaian: ukur.capaian,
    capaianLalu: pk ? capaianSebelumnya(i, pk, k) : null,
    predikat: pita && { label: pita.label, warna: pita.warna },
    catatan: ukur.catatan.map(neutralkanFormula),
    direvisi: pk !== null && (k.revisi?.get(kunciIndikator(i.unit, pk.indikator))?.length ?? 0) > 0,
    penjelasan: neutralkanFormula(i.penjelasan),
    tindakLanjut: neutralkanFormula(i.tindakLanjut),
    buktiDukung: neutralkanFormula(i.buktiDukung),
    asal: { tab: i.tab, rowNumber: i.rowNumber },
  };
}

type Ukuran = Pick<BarisRekap, 'target' | 'realisasi' | 'capaian' | 'catatan'>;

/** The capaian s.d. the triwulan before this one, measured the same way from the earlier cycles; null when unknown. */
function capaianSebelumnya(i: IndikatorTerbaca, pk: IndikatorAwal, k: KonteksRekap): number | null {
  const polaritas = bacaPolaritas(pk.polaritas);
  const sampai = sampaiPeriode(k.periode);
  if (sampai === 'tahunan' || sampai === 1 || typeof pk.target === 'string' || !polaritas) return null;
  const lalu = (sampai - 1) as 1 | 2 | 3;
  const kunci = kunciIndikator(i.unit, pk.indikator);
  const sumber = k.riwayat.get(lalu);
  const realisasiIni = sumber?.ada ? sumber.realisasi.get(kunci)?.nilai : undefined;
  if (!realisasiIni) return null;
  const target = { tahunan: pk.target, triwulan: pk.targetTriwulan, metode: pk.metode };
  const hasil = ukurPeriode({ target, realisasiIni, sampai: lalu, riwayat: k.riwayat, kunci });
  if (!hasil.ok) return null;
  const capaian = hitungCapaian({ target: hasil.target, realisasi: hasil.realisasi, polaritas }, k.kebijakan);
  return capaian.ok ? capaian.nilai : null;
}

function ukurDenganPK(i: IndikatorTerbaca, pk: IndikatorAwal, k: KonteksRekap): Ukuran {
  const catatan = bedaDenganPK(i.cells, pk, k.periode).map(
    (b) =>
      `${b.kolom} di formulir "${b.formulir}" berbeda dari Perjanjian Kinerja "${b.pk}"; dipakai Perjanjian Kinerja.`,
  );
  catatan.push(...(k.revisi?.get(kunciIndikator(i.unit, pk.indikator)) ?? []));
  const polaritas = bacaPolaritas(pk.polaritas);
  if (typeof pk.target === 'string' || !polaritas) {
    const reason = !polaritas
      ? 'Polaritas di Perjanjian Kinerja tidak dikenal, capaian tidak dapat dihitung.'
      : `Target "${pk.target}" bukan angka, capaian tidak dapat dihitung.`;
    return { target: null, realisasi: angka(i.realisasi), capaian: { ok: false, reason }, catatan };
  }
  const hasil = ukurPeriode({
    target: { tahunan: pk.target, triwulan: pk.targetTriwulan, metode: pk.metode },
    realisasiIni: i.realisasi,
    sampai: sampaiPeriode(k.periode),
    riwayat: k.riwayat,
    kunci: kunciIndikator(i.unit, pk.indikator),
  });
  catatan.push(...hasil.keterangan);
  if (!hasil.ok) {
    const capaian = { ok: false as const, reason: hasil.reason };
    return { target: hasil.target, realisasi: null, capaian, catatan };
  }
  const capaian = hitungCapaian({ target: hasil.target, realisasi: hasil.realisasi, polaritas }, k.kebijakan);
  return { target: hasil.target, realisasi: hasil.realisasi, capaian, catatan };
}

/** `luarPK`: the Rekap follows a Perjanjian Kinerja that does not hold this row, and says so */
function ukurDariFormulir(i: IndikatorTerbaca, kebijakan: KebijakanCapaian, luarPK: boolean): Ukuran {
  const catatan = luarPK ? ['Indikator ini tidak ada di Perjanjian Kinerja unit; dihitung dari isian formulir.'] : [];
  const target = bacaTarget(i.cells.target);
  const hasilTarget: NilaiTarget | null = target.ok ? target.target : null;
  const capaian = ((): HasilCapaian => {
    if (!i.polaritas) return { ok: false, reason: 'Polaritas tidak dikenal, capaian tidak dapat dihitung.' };
    if (!target.ok && !target.kosong) {
      return { ok: false, reason: `Target tidak dapat dibaca (${target.reason}), capaian tidak dapat dihitung.` };
    }
    const realisasi = angkaAtauAlasan(i.realisasi, 'Realisasi');
    if (typeof realisasi === 'string') return { ok: false, reason: realisasi };
    return hitungCapaian({ target: hasilTarget, realisasi, polaritas: i.polaritas }, kebijakan);
  })();
  return { target: hasilTarget, realisasi: angka(i.realisasi), capaian, catatan };
}

function angka(hasil: HasilAngka): number | null {
  return hasil.ok ? hasil.value : null;
}

/** the number, null when not filled (hitungCapaian words that case), or why it cannot be read */
function angkaAtauAlasan(hasil: HasilAngka, kolom: string): number | null | string {
  if (hasil.ok) return hasil.value;
  if (hasil.kosong) return null;
  return `${kolom} tidak dapat dibaca (${hasil.reason}), capaian tidak dapat dihitung.`;
}
