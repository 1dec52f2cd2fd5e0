import { type Rekap } from '../data/rekap/susun-rekap';
import { type SkalaPredikat } from '../indikator/predikat';
import type { KopSurat } from '../naskah/kop';
import type { Penandatangan } from '../naskah/penandatangan';
import type { DokumenInput, RingkasanBaris, UnitKinerja } from './pengukuran-kinerja';

export interface BahanDokumen {
  kop: KopSurat;
  /** "Triwulan II Tahun 2026": printed in capitals */
  periode: string;
  /** unit code -> name */
  namaUnit: ReadonlyMap<string, string>;
  skala: SkalaPredikat;
  tempat: string;
  tanggal: Date;
  penandatangan: Penandatangan;
}

export function masukanDokumen(rekap: Rekap, bahan: BahanDokumen): DokumenInput {
  const predikat = bahan.skala.pita.map((p) => p.label);
  const units: UnitKinerja[] = rekap.unit.map((u) => ({
    nama: bahan.namaUnit.get(u.unit) ?? u.unit,
    rows: u.sasaran.flatMap((s) =>
      s.baris.map((b) => ({
        sasaran: s.sasaran,
        indikator: b.indikator,
        satuan: b.satuan,
        target: b.target,
        realisasi: b.realisasi,
        capaian: b.capaian.ok ? b.capaian.nilai : null,
        predikat: b.predikat?.label ?? null,
      })),
    ),
  }));
  const hitung = (labels: (string | null)[], rataRataCapaian: number | null): RingkasanBaris => ({
    rataRataCapaian,
    jumlahPerPredikat: Object.fromEntries(predikat.map((p) => [p, labels.filter((l) => l === p).length])),
  });
  const labelUnit = (kode: string) =>
    rekap.unit
      .filter((u) => u.unit === kode)
      .flatMap((u) => u.sasaran.flatMap((s) => s.baris.map((b) => b.predikat?.label ?? null)));
  return {
    kop: bahan.kop,
    periode: bahan.periode.toUpperCase(),
    units,
    ringkasan: {
      predikat,
      perUnit: rekap.ringkasan.perUnit.map((r) => ({
        nama: bahan.namaUnit.get(r.unit) ?? r.unit,
        ...hitung(labelUnit(r.unit), r.rataRata),
      })),
      keseluruhan: hitung(
        rekap.unit.flatMap((u) => labelUnit(u.unit)),
        rekap.ringkasan.keseluruhan.rataRata,
      ),
    },
    tempat: bahan.tempat,
    tanggal: bahan.tanggal,
    penandatangan: bahan.penandatangan,
  };
}
