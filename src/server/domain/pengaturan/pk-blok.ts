import { bacaMetode, metodeBawaan, periksaTargetTahun } from '../indikator/kumulasi';
import { bacaPolaritas, DAFTAR_POLARITAS } from '../indikator/polaritas';
import { adalahRentang, bacaTarget, type NilaiTarget, tulisTarget } from '../indikator/target';
import { neutralkanFormula } from '../format/neutralkan-formula';
import { bacaBlok, type Blok, type BlokTerbaca, normalkan, type Sel } from './blok-tab';
import type { PembacaSel } from './pembaca-sel';
import type { IndikatorPK } from './types';

/**
 * The PERJANJIAN KINERJA block: per indicator the annual target, the Rencana Aksi's target of each triwulan and the
 * cumulation method (docs/regulasi/target-dan-kumulasi.md). Blocks of older settings have one "Target" column and no
 * triwulan or method columns: their target is read as the annual one and the method follows the satuan.
 */
export const JUDUL_PK = 'PERJANJIAN KINERJA';
const KOLOM_TARGET_TRIWULAN = ['Target TW I', 'Target TW II', 'Target TW III', 'Target TW IV'] as const;
export const KOLOM_PK = [
  'Unit',
  'Sasaran',
  'Indikator',
  'Satuan',
  'Polaritas',
  'Target tahunan',
  ...KOLOM_TARGET_TRIWULAN,
  'Metode kumulasi',
] as const;
const KOLOM_TARGET_LAMA = 'Target';
/** the PK columns a target change writes: the year's, then triwulan I–IV */
export const KOLOM_TARGET_PK = [KOLOM_PK[5], ...KOLOM_TARGET_TRIWULAN] as const;

/**
 * Where an indicator's row of the block is in the tab's values: its 1-based sheet row and the 0-based column of each
 * header; null when the block or the row is not there.
 */
export function lokasiPK(
  values: readonly (readonly unknown[])[],
  unit: string,
  indikator: string,
): { baris: number; kolom: ReadonlyMap<string, number> } | null {
  const b = bacaBlok(values, [JUDUL_PK]).blok.get(JUDUL_PK);
  const sama = (a: unknown, x: string) => normalkan(a) === normalkan(x);
  const r = b?.isi.find((row) => sama(row.sel('Unit'), unit) && sama(row.sel('Indikator'), indikator));
  return b && r ? { baris: r.nomor, kolom: b.kolom } : null;
}

type Baris = BlokTerbaca['isi'][number];

export function blokPK(pk: readonly IndikatorPK[]): Blok {
  return {
    judul: JUDUL_PK,
    kolom: KOLOM_PK,
    baris: pk.map((i) => [
      ...[i.unit, i.sasaran, i.indikator, i.satuan, i.polaritas].map(neutralkanFormula),
      selTarget(i.target),
      ...i.targetTriwulan.map((t) => (t === null ? '' : selTarget(t))),
      i.metode,
    ]),
  };
}

function selTarget(t: NilaiTarget | string): Sel {
  if (typeof t === 'string') return neutralkanFormula(t);
  return adalahRentang(t) ? tulisTarget(t) : t;
}

export function bacaPK(
  p: PembacaSel,
  b: BlokTerbaca | undefined,
  kodeUnit: ReadonlyMap<string, string>,
  judulUnit: string,
): IndikatorPK[] {
  if (!b) return [];
  const kolomTahunan = b.kolom.has('target tahunan') ? KOLOM_PK[5] : KOLOM_TARGET_LAMA;
  const barisIndikator = new Map<string, number>();
  return b.isi.map((r) => {
    const unitTeks = p.teks(r, 'Unit');
    const unit = kodeUnit.get(unitTeks.toUpperCase());
    if (unitTeks && !unit) p.tambah(r.nomor, 'Unit', `unit "${unitTeks}" tidak ada di blok "${judulUnit}".`);
    const polaritasTeks = p.teks(r, 'Polaritas');
    const polaritas = bacaPolaritas(polaritasTeks);
    if (polaritasTeks && !polaritas) {
      p.tambah(r.nomor, 'Polaritas', `"${polaritasTeks}" harus salah satu dari ${DAFTAR_POLARITAS.join(', ')}.`);
    }
    const satuan = p.teks(r, 'Satuan');
    const indikator: IndikatorPK = {
      unit: unit ?? unitTeks,
      sasaran: p.teks(r, 'Sasaran'),
      indikator: p.teks(r, 'Indikator'),
      satuan,
      polaritas: polaritas ?? polaritasTeks,
      target: bacaSelTarget(p, r, kolomTahunan, true) ?? '',
      targetTriwulan: KOLOM_TARGET_TRIWULAN.map(
        (k) => (bacaSelTarget(p, r, k, false) as NilaiTarget | undefined) ?? null,
      ),
      metode: bacaSelMetode(p, r, satuan),
    };
    periksaPK(p, r, indikator, kolomTahunan);
    // forms pair rows with the PK by indicator name (pasangan-pk.ts): a unit's indicator is named once
    const kunci = `${indikator.unit}\u0000${indikator.indikator.replace(/\s+/g, ' ').toLowerCase()}`;
    const ganda = indikator.indikator ? barisIndikator.get(kunci) : undefined;
    if (ganda)
      p.tambah(r.nomor, 'Indikator', `indikator ini sudah tercantum untuk unit ${indikator.unit} di baris ${ganda}.`);
    else barisIndikator.set(kunci, r.nomor);
    return indikator;
  });
}

/** A number or range; a qualitative annual target without digits ("WTP") stays text. */
function bacaSelTarget(p: PembacaSel, r: Baris, kolom: string, tahunan: boolean): NilaiTarget | string | undefined {
  const hasil = bacaTarget(r.sel(kolom));
  if (hasil.ok) return hasil.target;
  const isi = p.teks(r, kolom, tahunan);
  if (isi && /\d/.test(isi)) return p.tambah(r.nomor, kolom, `"${isi}" tidak terbaca sebagai target: ${hasil.reason}.`);
  return tahunan ? isi : isi ? p.tambah(r.nomor, kolom, `"${isi}" bukan angka.`) : undefined;
}

function bacaSelMetode(p: PembacaSel, r: Baris, satuan: string) {
  const teks = p.teks(r, 'Metode kumulasi', false);
  if (!teks) return metodeBawaan(satuan);
  const metode = bacaMetode(teks);
  if (metode) return metode;
  p.tambah(r.nomor, 'Metode kumulasi', `"${teks}" tidak dikenal; pilih jumlah, terakhir, rata-rata atau tetap.`);
  return metodeBawaan(satuan);
}

/** Targets that cannot be scored as written: a range without stable polarity, triwulan that do not add up. */
function periksaPK(p: PembacaSel, r: Baris, i: IndikatorPK, kolomTahunan: string): void {
  const target = [i.target, ...i.targetTriwulan].filter((t): t is NilaiTarget => t !== null && typeof t !== 'string');
  if (i.polaritas !== 'stabil' && target.some(adalahRentang)) {
    p.tambah(r.nomor, 'Polaritas', 'target berupa rentang hanya untuk polaritas "stabil".');
  }
  if (typeof i.target === 'string') {
    if (i.targetTriwulan.some((t) => t !== null)) {
      p.tambah(r.nomor, kolomTahunan, `target tahunan "${i.target}" bukan angka, padahal target triwulan diisi.`);
    }
    return;
  }
  const masalah = periksaTargetTahun({ tahunan: i.target, triwulan: i.targetTriwulan, metode: i.metode });
  if (masalah) p.tambah(r.nomor, KOLOM_TARGET_TRIWULAN.join(', '), masalah);
}
