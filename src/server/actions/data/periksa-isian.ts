import { kabidUnit, timSakip } from '../../domain/pengaturan/peran';
import type { BarisLog } from '../../domain/pelacakan/log';
import { judulKolomFormulir, kolomIsianUnit } from '../../domain/data/validasi/baris-formulir';
import { rumusTautanSel } from '../../domain/data/temuan/tautan-sel';
import { temuanTanpaKabid, temuanValidasi } from '../../domain/data/validasi/temuan-validasi';
import { validasiFormulir } from '../../domain/data/temuan/periksa-formulir';
import { temuanBedaPK } from '../../domain/data/temuan/beda-pk';
import { indikatorPKUnit } from '../../domain/formulir/isian-formulir';
import { periodeSiklus } from '../../gateways/sheets/cycle-read';
import { type JudulKolom, type Temuan } from '../../domain/data/temuan/types';
import { denganKunci } from '../../gateways/lock';
import { pasangPemicuEdit } from '../../gateways/script/triggers';
import { emailPengguna } from '../../gateways/script/session';
import { a1Sel, hapusSorot, sorotSel } from '../../gateways/sheets/formulir-highlight';
import { tulisTabTemuan, type BarisTemuan } from '../../gateways/sheets/temuan-tab';
import { lindungiKolomValidasi } from '../../gateways/sheets/validasi-columns';
import { TEMPLAT, PENGATURAN_CAPAIAN_BAWAAN } from '../../domain/templat';
import { temuanCapaianRekap } from '../../domain/data/temuan/capaian-rekap';
import { temuanRumusIsian } from '../../domain/data/temuan/rumus-isian';
import { rekapDariFormulir } from './rekap';
import { bacaSheetFormulirUnit } from '../../gateways/sheets/formulir-read';
import type { IsiTabFormulir } from '../../domain/data/rekap/baca-formulir';
import { tulisKejadian } from '../pelacakan/catat-langkah';
import { type Kejadian } from '../../domain/pelacakan/langkah-aksi';

import {
  bukaKembaliBilaPerlu,
  bukaSiklus,
  HANDLER_PEMICU_EDIT,
  periksaUnit,
  tulisUnit,
  type PeriksaanUnit,
  type Siklus,
} from './siklus-validasi';
import type { HasilAksi } from '../../../shared/api';

export interface HasilValidasi extends HasilAksi {
  galat: number;
  peringatan: number;
}

/**
 * Tim SAKIP: runs the validation rules over every unit's form, rewrites the Temuan tab with links to the cells, and
 * highlights those cells in the units' tabs (backgrounds only). Brings the validation bookkeeping up to date on the
 * way and renews the Kabid-only protection of the validation columns.
 */
export function validasiData(spreadsheetId: string): HasilValidasi {
  const oleh = emailPengguna();
  return denganKunci(() => {
    const s = bukaSiklus(spreadsheetId, oleh);
    if (!timSakip(s.p).some((o) => o.email.trim().toLowerCase() === oleh)) {
      throw new Error(`${oleh} tidak berwenang menjalankan validasi data: hanya Tim SAKIP (tab Pengaturan).`);
    }
    const judulKolom = judulKolomFormulir(TEMPLAT.formulir);
    // each form read once (values, formulas, number formats): for the checks and for the Rekap's numbers
    const dibaca = new Map(s.p.unitKerja.map((uk) => [uk.kode, bacaSheetFormulirUnit(s.ss, uk.kode)]));
    const periksa = pemeriksaIsian(s, judulKolom, dibaca);
    const log: BarisLog[] = [];
    const kejadian: Kejadian[] = [];
    const semuaTemuan: BarisTemuan[] = [];
    const unit = s.p.unitKerja.map((uk) => {
      const { sheet, isi } = dibaca.get(uk.kode)!;
      const u = periksaUnit(s, uk.kode, null, log, { sheet, nilai: isi.nilai as unknown[][] });
      const kabid = kabidUnit(s.p, uk.kode);
      lindungiKolomValidasi(u.sheet, TEMPLAT.formulir, uk.kode, kabid ? [kabid.email] : [], u.isi.rows.length);
      log.push(...u.rek.log);
      bukaKembaliBilaPerlu(s, u, log, kejadian);
      const temuan = [
        ...(kabid ? [] : [temuanTanpaKabid(uk.kode, u.sheet.getName(), judulKolom)]),
        ...periksa(u),
        ...temuanValidasi(u.rek.keadaan, judulKolom),
      ];
      semuaTemuan.push(...temuan.map((t) => barisTemuan(u, t)));
      return { u, temuan };
    });
    tulisKejadian(s.ss, s.konteks, kejadian, s.nowMs, log);
    tulisTabTemuan(s.ss, TEMPLAT.temuan, semuaTemuan);
    for (const { u, temuan } of unit) {
      const kolomIsian = kolomIsianUnit(TEMPLAT.formulir).map((k) => u.isi.kolom.get(k.isi) as number);
      hapusSorot(u.sheet, kolomIsian, u.isi.rows.length + 1);
      tulisUnit(u, u.rek.tulis);
      sorotSel(u.sheet, sorotan(u, temuan));
    }
    pasangPemicuEdit(s.ss, HANDLER_PEMICU_EDIT);
    const galat = semuaTemuan.filter((t) => t.severity === 'galat').length;
    const peringatan = semuaTemuan.length - galat;
    return {
      berubah: true,
      galat,
      peringatan,
      pesan: `Validasi selesai: ${galat} galat, ${peringatan} peringatan (lihat tab "${TEMPLAT.temuan.nama}").`,
    };
  });
}

/**
 * The findings about what a unit typed: the form rules, formulas typed into input cells, the capaian range judged on the Rekap's own numbers (to date,
 * by method, so Temuan and Rekap agree about every number), and cells that differ from the Perjanjian Kinerja.
 */
function pemeriksaIsian(
  s: Siklus,
  judulKolom: JudulKolom,
  dibaca: ReadonlyMap<string, { isi: IsiTabFormulir }>,
): (u: PeriksaanUnit) => Temuan[] {
  const periode = periodeSiklus(s.ss);
  const rentang = PENGATURAN_CAPAIAN_BAWAAN.rentangWajar;
  // the numbers only: the revision notes of the Rekap's text are not needed here
  const formulir = [...dibaca.values()].map((d) => d.isi);
  const rekap = rekapDariFormulir(s.ss, s.p, { formulir, periode, tanpaRevisi: true });
  const capaian = temuanCapaianRekap(rekap, rentang, judulKolom.penjelasan);
  return (u) => {
    const baris = u.isi.rows.map((r) => r.baris);
    return [
      ...[
        ...validasiFormulir(baris, { judulKolom, periksaCapaian: false }),
        ...capaian.filter((t) => t.unit === u.kode),
        ...temuanRumusIsian(TEMPLAT.formulir, dibaca.get(u.kode)!.isi.rumus, u.isi.kolom, {
          kode: u.kode,
          tab: u.sheet.getName(),
        }),
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

function barisTemuan(u: PeriksaanUnit, t: Temuan): BarisTemuan {
  const kolom = kolomTemuan(u, t) ?? 1;
  return { ...t, lokasi: rumusTautanSel(u.sheet.getSheetId(), u.sheet.getName(), t.row, kolom) };
}

/** The finding cells of a unit's input columns, grouped by colour (a galat wins over a peringatan on one cell). */
function sorotan(u: PeriksaanUnit, temuan: readonly Temuan[]): Map<string, string[]> {
  const isian = new Set(kolomIsianUnit(TEMPLAT.formulir).map((k) => k.judul));
  const warna = new Map<string, string>();
  for (const t of temuan) {
    const kolom = kolomTemuan(u, t);
    if (!isian.has(t.column) || t.row < 2 || kolom === undefined) continue;
    const [a1] = a1Sel([[t.row, kolom]]);
    if (t.severity === 'galat' || !warna.has(a1))
      warna.set(a1, t.severity === 'galat' ? TEMPLAT.warnaSorot.galat : TEMPLAT.warnaSorot.peringatan);
  }
  const perWarna = new Map<string, string[]>();
  for (const [a1, w] of warna) perWarna.set(w, [...(perWarna.get(w) ?? []), a1]);
  return perWarna;
}

/** The caller must be the unit's Kabid; anyone else is refused with the tab and row they tried to change. */
