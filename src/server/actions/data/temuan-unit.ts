import { kabidUnit } from '../../domain/pengaturan/peran';
import { kolomIsianUnit } from '../../domain/data/validasi/baris-formulir';
import { rumusTautanSel } from '../../domain/data/temuan/tautan-sel';
import { temuanTanpaKabid, temuanValidasi } from '../../domain/data/validasi/temuan-validasi';
import { validasiFormulir } from '../../domain/data/temuan/periksa-formulir';
import { temuanBedaPK } from '../../domain/data/temuan/beda-pk';
import { indikatorPKUnit } from '../../domain/formulir/isian-formulir';
import { periodeSiklus } from '../../gateways/sheets/cycle-read';
import { type JudulKolom, type Temuan } from '../../domain/data/temuan/types';
import { a1Sel, hapusSorot, sorotSel } from '../../gateways/sheets/formulir-highlight';
import { type BarisTemuan } from '../../gateways/sheets/temuan-tab';
import { TEMPLAT, PENGATURAN_CAPAIAN_BAWAAN } from '../../domain/templat';
import { temuanCapaianRekap } from '../../domain/data/temuan/capaian-rekap';
import { temuanRumusIsian } from '../../domain/data/temuan/rumus-isian';
import type { IsiTabFormulir } from '../../domain/data/rekap/baca-formulir';
import { rekapDariFormulir } from './rekap';
import type { PeriksaanUnit, Siklus } from './siklus-validasi';

/** The findings of one unit, as the Temuan check and the edit trigger build them. */
export function temuanUnit(
  s: Siklus,
  u: PeriksaanUnit,
  periksa: (u: PeriksaanUnit) => Temuan[],
  judulKolom: JudulKolom,
): Temuan[] {
  return [
    ...(kabidUnit(s.p, u.kode) ? [] : [temuanTanpaKabid(u.kode, u.sheet.getName(), judulKolom)]),
    ...periksa(u),
    ...temuanValidasi(u.rek.keadaan, judulKolom),
  ];
}

/** Clears the backgrounds of a unit's input columns: the check's highlights are made anew after it. */
export function hapusSorotUnit(u: PeriksaanUnit): void {
  const kolomIsian = kolomIsianUnit(TEMPLAT.formulir).map((k) => u.isi.kolom.get(k.isi) as number);
  hapusSorot(u.sheet, kolomIsian, u.isi.rows.length + 1);
}

/** Colours each finding's cell (a galat wins over a peringatan on one cell). */
export function sorotTemuan(u: PeriksaanUnit, temuan: readonly Temuan[]): void {
  sorotSel(u.sheet, sorotan(u, temuan));
}

/**
 * After an edit: the cells whose finding is gone lose their highlight (one call), the others keep theirs — a
 * "validation taken away" highlight of another cell stays — and the findings now are coloured.
 */
export function sorotUlang(u: PeriksaanUnit, lama: readonly Temuan[], baru: readonly Temuan[]): void {
  const tetap = new Set([...sorotan(u, baru).values()].flat());
  const hilang = [...sorotan(u, lama).values()].flat().filter((a1) => !tetap.has(a1));
  if (hilang.length) u.sheet.getRangeList(hilang).setBackground(null);
  sorotTemuan(u, baru);
}

/**
 * The findings about what a unit typed: the form rules, formulas typed into input cells, the capaian range judged on the Rekap's own numbers (to date,
 * by method, so Temuan and Rekap agree about every number), and cells that differ from the Perjanjian Kinerja.
 */
export function pemeriksaIsian(
  s: Siklus,
  judulKolom: JudulKolom,
  dibaca: ReadonlyMap<string, { isi: IsiTabFormulir }>,
): (u: PeriksaanUnit) => Temuan[] {
  const periode = periodeSiklus(s.ss);
  const rentang = PENGATURAN_CAPAIAN_BAWAAN.rentangWajar;
  // the indicators' numbers only: neither the revision notes of the Rekap's text nor the budget are needed here
  const formulir = [...dibaca.values()].map((d) => d.isi);
  const rekap = rekapDariFormulir(s.ss, s.p, { formulir, periode, tanpaRevisi: true, anggaran: null });
  const capaian = temuanCapaianRekap(rekap, rentang, judulKolom.penjelasan);
  return (u) => {
    const baris = u.isi.rows.map((r) => r.baris);
    const rumus = temuanRumusIsian(TEMPLAT.formulir, dibaca.get(u.kode)!.isi.rumus, u.isi.kolom, {
      kode: u.kode,
      tab: u.sheet.getName(),
    });
    // a cell holding a formula gets that one finding, not also the rules' view of the formula's result
    const selRumus = new Set(rumus.map((t) => `${t.row}|${t.column}`));
    const aturan = validasiFormulir(baris, { judulKolom, periksaCapaian: false });
    return [
      ...[
        ...aturan.filter((t) => !selRumus.has(`${t.row}|${t.column}`)),
        ...capaian.filter((t) => t.unit === u.kode),
        ...rumus,
      ].sort((a, b) => a.row - b.row),
      ...temuanBedaPK(baris, indikatorPKUnit(s.p, u.kode), periode, judulKolom),
    ];
  };
}

/** The sheet column of a finding, from its header text (the form is read by header name). */
function kolomTemuan(u: PeriksaanUnit, t: Temuan): number | undefined {
  const isi = TEMPLAT.formulir.kolom.find((k) => k.judul === t.column)?.isi;
  return isi === undefined ? undefined : u.isi.kolom.get(isi);
}

export function barisTemuan(u: PeriksaanUnit, t: Temuan): BarisTemuan {
  const kolom = kolomTemuan(u, t) ?? 1;
  return { ...t, lokasi: rumusTautanSel(u.sheet.getSheetId(), u.sheet.getName(), t.row, kolom) };
}

/** The finding cells of a unit's input columns, grouped by colour (a galat wins over a peringatan on one cell). */
function sorotan(u: PeriksaanUnit, temuan: readonly Temuan[]): Map<string, string[]> {
  const isian = new Set(kolomIsianUnit(TEMPLAT.formulir).map((k) => k.judul));
  return warnaPerSel(
    temuan.flatMap((t) => {
      const kolom = kolomTemuan(u, t);
      return !isian.has(t.column) || t.row < 2 || kolom === undefined ? [] : [{ ...t, kolom }];
    }),
  );
}

/** Cells of findings grouped by colour, one A1 per cell: a galat wins over a peringatan on the same cell. */
export function warnaPerSel(sel: readonly { row: number; kolom: number; severity: Temuan['severity'] }[]) {
  const warna = new Map<string, string>();
  for (const t of sel) {
    const [a1] = a1Sel([[t.row, t.kolom]]);
    if (t.severity === 'galat' || !warna.has(a1))
      warna.set(a1, t.severity === 'galat' ? TEMPLAT.warnaSorot.galat : TEMPLAT.warnaSorot.peringatan);
  }
  const perWarna = new Map<string, string[]>();
  for (const [a1, w] of warna) perWarna.set(w, [...(perWarna.get(w) ?? []), a1]);
  return perWarna;
}
