import { type Rekap } from '../data/rekap/susun-rekap';
import { type SkalaPredikat } from '../indikator/predikat';
import type { KopSurat } from '../naskah/kop';
import type { Penandatangan } from '../naskah/penandatangan';
import type { DokumenInput, RingkasanBaris, UnitKinerja } from './pengukuran-kinerja';
import type { AnggaranDokumen } from './tabel-anggaran';
import type { RekapAnggaran } from '../data/anggaran/rekap-anggaran';
import type { HasilSerapan } from '../indikator/anggaran';
import { angkaRomawi } from '../format/romawi';
import type { Periode } from '../siklus/periode';

export interface BahanDokumen {
  kop: KopSurat;
  /** "Triwulan II Tahun 2026": printed in capitals */
  periode: string;
  /** "TW II" in a Triwulan cycle (the table is to date), null in the Tahunan one */
  sampai: string | null;
  /** "TW I": the triwulan before, null in the first triwulan and the Tahunan cycle */
  sebelumnya: string | null;
  /** unit code -> name */
  namaUnit: ReadonlyMap<string, string>;
  skala: SkalaPredikat;
  tempat: string;
  /** set by the Kepala in Pengaturan; null: left blank for the signing */
  tanggal: Date | null;
  tahun: number;
  penandatangan: Penandatangan;
}

/** "TW II" to head the to-date columns and "TW I" for the one before; none in the Tahunan cycle or before TW I. */
export function kolomPeriode(periode: Periode): Pick<BahanDokumen, 'sampai' | 'sebelumnya'> {
  if (periode.jenis !== 'Triwulan') return { sampai: null, sebelumnya: null };
  const tw = (n: number) => `TW ${angkaRomawi(n)}`;
  return { sampai: tw(periode.triwulan), sebelumnya: periode.triwulan > 1 ? tw(periode.triwulan - 1) : null };
}

export function masukanDokumen(rekap: Rekap, bahan: BahanDokumen, anggaran?: RekapAnggaran): DokumenInput {
  const predikat = bahan.skala.pita.map((p) => p.label);
  const units: UnitKinerja[] = rekap.unit.map((u) => ({
    nama: bahan.namaUnit.get(u.unit) ?? u.unit,
    rows: u.sasaran.flatMap((s) =>
      s.baris.map((b) => ({
        sasaran: s.sasaran,
        indikator: b.indikator,
        satuan: b.satuan,
        target: b.target,
        targetTahunan: b.targetTahunan,
        realisasi: b.realisasi,
        capaian: b.capaian.ok ? b.capaian.nilai : null,
        capaianLalu: b.capaianLalu,
        ...(b.capaian.ok ? {} : { alasan: b.capaian.reason }),
        predikat: b.predikat?.label ?? null,
        direvisi: b.direvisi,
        penjelasan: b.penjelasan,
        tindakLanjut: b.tindakLanjut,
        buktiDukung: b.buktiDukung,
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
    sampai: bahan.sampai,
    sebelumnya: bahan.sebelumnya,
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
    tahun: bahan.tahun,
    penandatangan: bahan.penandatangan,
    ...(anggaran?.unit.length ? { anggaran: anggaranDokumen(anggaran, bahan.namaUnit) } : {}),
  };
}

function anggaranDokumen(a: RekapAnggaran, namaUnit: ReadonlyMap<string, string>): AnggaranDokumen {
  const serapan = (h: HasilSerapan) => (h.ok ? h.nilai : null);
  return {
    program: a.unit.flatMap((u) =>
      u.baris.map((b) => ({
        unit: namaUnit.get(b.unit) ?? b.unit,
        program: b.program,
        pagu: b.pagu,
        realisasi: b.realisasi,
        serapan: serapan(b.serapan),
        efisiensi: b.efisiensi?.ok ? b.efisiensi.kategori : null,
      })),
    ),
    jumlah: { ...a.keseluruhan, serapan: serapan(a.keseluruhan.serapan) },
    efisiensiDinilai: a.catatan.length === 0,
    catatan: a.catatan,
  };
}
