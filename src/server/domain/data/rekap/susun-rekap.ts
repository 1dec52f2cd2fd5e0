import type { IndikatorAwal } from '../../formulir/isian-formulir';
import { pasangkanPK } from '../../formulir/pasangan-pk';
import { namaTabFormulir } from '../../layout';
import type { IndikatorTerbaca } from './baca-indikator';
import { BarisRekap, buatBarisRekap, type KonteksRekap } from './baris-rekap';
import { ringkas, RingkasanRekap } from './ringkasan';
import { PENGATURAN_CAPAIAN_BAWAAN, SKALA_PREDIKAT_BAWAAN } from '../../templat';

interface KelompokSasaran {
  /** as first written (neutralised) */
  sasaran: string;
  baris: BarisRekap[];
}

export interface KelompokUnit {
  unit: string;
  sasaran: KelompokSasaran[];
}

export interface Rekap {
  unit: KelompokUnit[];
  ringkasan: RingkasanRekap;
  /** unit codes found in the rows but missing from the configured order (placed last, in order of appearance) */
  unitTakTerdaftar: string[];
}

export interface OpsiRekap extends Partial<KonteksRekap> {
  /** unit codes in the order the Rekap shows them; a configured unit without rows still gets its (empty) group */
  urutanUnit: readonly string[];
  /** each unit's Perjanjian Kinerja indicators, in the order its form was written (form row 2 onwards); without
   * them every row is measured on the form's own values */
  pk?: ReadonlyMap<string, readonly IndikatorAwal[]>;
}

/**
 * Consolidates the units' parsed rows: grouped by unit (configured order), then by sasaran (first appearance within
 * the unit; spelling differences in blanks or case do not split a group), indicators in sheet-row order. Form rows
 * are paired with the unit's PK indicators by name, else by position (pasangkanPK); a PK indicator no row is paired
 * with is still measured, without realisasi.
 */
export function susunRekap(indikator: readonly IndikatorTerbaca[], opsi: OpsiRekap): Rekap {
  const pkUnit = opsi.pk ?? new Map<string, readonly IndikatorAwal[]>();
  const konteks: KonteksRekap = {
    kebijakan: opsi.kebijakan ?? PENGATURAN_CAPAIAN_BAWAAN,
    skala: opsi.skala ?? SKALA_PREDIKAT_BAWAAN,
    periode: opsi.periode ?? { tahun: 0, jenis: 'Tahunan' },
    riwayat: opsi.riwayat ?? new Map(),
    judulKolom: opsi.judulKolom,
    revisi: opsi.revisi,
  };
  if (pkUnit.size && !opsi.periode) throw new Error('Rekap menurut Perjanjian Kinerja memerlukan periode siklus.');
  const unitTakTerdaftar = [...new Set(indikator.map((i) => i.unit))].filter((u) => !opsi.urutanUnit.includes(u));
  const urutan = [...new Set(opsi.urutanUnit), ...unitTakTerdaftar];

  const perUnit = urutan.map((unit) => {
    const pk = pkUnit.get(unit) ?? [];
    const milikUnit = indikator.filter((i) => i.unit === unit);
    const { pkBaris, hilang } = pasangkanPK(milikUnit, (b) => b.indikator, pk);
    const tanpaBaris = hilang.map((n) => barisHilang(unit, n + 2, pk[n]));
    const pkDari = (i: IndikatorTerbaca) => (tanpaBaris.includes(i) ? pk[i.rowNumber - 2] : pkBaris(i.rowNumber));
    const lengkap = [...milikUnit, ...tanpaBaris].sort((a, b) => a.rowNumber - b.rowNumber);
    const baris = lengkap.map((i) => buatBarisRekap(i, pkDari(i) ?? null, konteks, opsi.pk !== undefined));
    return { unit, baris };
  });
  return {
    unit: perUnit.map(({ unit, baris }) => ({
      unit,
      sasaran: kelompokkanSasaran(baris),
    })),
    ringkasan: ringkas(perUnit, konteks.skala),
    unitTakTerdaftar,
  };
}

/** A PK indicator whose form row is blank or gone: measured with no realisasi. */
function barisHilang(unit: string, rowNumber: number, pk: IndikatorAwal): IndikatorTerbaca {
  return {
    unit,
    tab: namaTabFormulir(unit),
    rowNumber,
    sasaran: pk.sasaran,
    indikator: pk.indikator,
    satuan: pk.satuan,
    polaritas: null,
    realisasi: { ok: false, kosong: true, reason: 'belum diisi' },
    penjelasan: '',
    tindakLanjut: '',
    buktiDukung: '',
    cells: {},
  };
}

function kelompokkanSasaran(baris: BarisRekap[]): KelompokSasaran[] {
  const kelompok = new Map<string, KelompokSasaran>();
  for (const b of baris) {
    const kunci = b.sasaran.replace(/\s+/g, ' ').toLowerCase();
    const ada = kelompok.get(kunci);
    if (ada) ada.baris.push(b);
    else kelompok.set(kunci, { sasaran: b.sasaran, baris: [b] });
  }
  return [...kelompok.values()];
}
