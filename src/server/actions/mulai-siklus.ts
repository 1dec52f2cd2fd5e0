import type { Periode } from '../domain/cycle/period';
import { kunciPeriode, labelPeriode, parsePeriode } from '../domain/cycle/period';
import { namaTabFormulir } from '../domain/layout';
import { PENGATURAN_CAPAIAN_BAWAAN } from '../domain/indicators/pengaturan-capaian';
import type { IndikatorAwal, Pengaturan } from '../domain/settings';
import {
  barisIsianFormulir,
  indikatorDariFormulir,
  indikatorPKUnit,
  isiPetunjuk,
  pengaturanBawaan,
  timSakip,
} from '../domain/settings';
import type { SiklusTerbuka } from '../gateways/cycle-spreadsheet';
import {
  bukaSiklusTerdaftar,
  namaSpreadsheetSiklus,
  susunTab,
  tandaiSiap,
  tandaiSiklus,
} from '../gateways/cycle-spreadsheet';
import { siapkanTabFormulir } from '../gateways/form-tab';
import { denganKunciDokumen } from '../gateways/lock';
import {
  bacaTabPengaturan,
  rapikanTabPengaturan,
  TAB_PENGATURAN,
  tabKosong,
  tulisTabPengaturan,
} from '../gateways/pengaturan-tab';
import { daftarSiklus } from '../gateways/registry';
import { tulisTab } from '../gateways/tab-writer';
import { lindungiTab } from '../gateways/tab-protection';
import { TEMPLAT } from '../templates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface HasilMulaiSiklus {
  spreadsheetId: string;
  url: string;
  nama: string;
  /** false when the period already had a cycle, which is opened instead of making a second one */
  baru: boolean;
}

/** What starting a period's cycle will do, worked out before anything is created (and before the user confirms). */
export interface RencanaSiklus {
  periode: Periode;
  /** "Triwulan II Tahun 2026" */
  judul: string;
  /** the period's cycle, already complete: it is opened, nothing is created */
  sudahAda: HasilMulaiSiklus | null;
  /** the settings a new cycle starts with: the previous cycle's Pengaturan tab, or the defaults */
  pengaturan: Pengaturan;
  /** the previous cycle when it is of the same year: its forms prefill the new ones */
  sebelumnyaSetahun: Spreadsheet | null;
}

/** Reads the registry and the previous cycle; creates nothing. */
export function rencanakanSiklus(periode: Periode): RencanaSiklus {
  const registri = daftarSiklus();
  const kunci = kunciPeriode(periode);
  const id = registri.cari(kunci);
  const ada = id ? bukaSiklusTerdaftar(id, kunci) : null;
  const judul = labelPeriode(periode);
  const sudahAda = ada?.siap ? hasil(ada.ss, false) : null;
  const lalu = sudahAda ? null : registri.sebelum(kunci);
  const ssLalu = lalu ? bukaSiklusTerdaftar(lalu.spreadsheetId, lalu.kunci) : null;
  let pengaturan = pengaturanBawaan(TEMPLAT.sop);
  if (ssLalu?.siap) {
    const sheet = ssLalu.ss.getSheetByName(TAB_PENGATURAN);
    const baca = sheet ? bacaTabPengaturan(sheet) : null;
    if (baca && !baca.ok) {
      const galat = baca.galat.map((g) => g.pesan).join('\n');
      throw new Error(`Pengaturan siklus sebelumnya (${ssLalu.ss.getName()}) belum benar:\n${galat}`);
    }
    if (baca?.ok) pengaturan = baca.pengaturan;
  }
  const periodeLalu = lalu && parsePeriode(lalu.kunci);
  const setahun = ssLalu?.siap && periodeLalu?.ok && periodeLalu.periode.tahun === periode.tahun;
  return { periode, judul, sudahAda, pengaturan, sebelumnyaSetahun: setahun ? ssLalu.ss : null };
}

function hasil(ss: Spreadsheet, baru: boolean): HasilMulaiSiklus {
  return { spreadsheetId: ss.getId(), url: ss.getUrl(), nama: ss.getName(), baru };
}

/**
 * Creates the cycle spreadsheet of a period, or opens the existing one. Resumable: the new spreadsheet's id is
 * recorded right after it is created, every later step is idempotent (tabs found by name, settings and unit rows
 * written only into empty tabs, formats and protections set, not added), and the "siap" tag is set last.
 */
export function mulaiSiklus(rencana: RencanaSiklus): HasilMulaiSiklus {
  return denganKunciDokumen(() => {
    const registri = daftarSiklus();
    const kunci = kunciPeriode(rencana.periode);
    const id = registri.cari(kunci);
    let siklus: SiklusTerbuka | null = id ? bukaSiklusTerdaftar(id, kunci) : null;
    if (siklus?.siap) return hasil(siklus.ss, false);
    const pengaturan = (siklus && pengaturanTersimpan(siklus.ss)) || rencana.pengaturan;
    if (!siklus) {
      const ss = SpreadsheetApp.create(namaSpreadsheetSiklus(rencana.periode, pengaturan));
      registri.catat(kunci, ss.getId());
      siklus = { ss, bertanda: false, siap: false };
    }
    tandaiSiklus(siklus, kunci);
    siapkanTab(siklus.ss, rencana, pengaturan);
    tandaiSiap(siklus.ss);
    return hasil(siklus.ss, true);
  });
}

/** The settings an interrupted run already wrote into the new spreadsheet, if any; refuses unreadable ones. */
function pengaturanTersimpan(ss: Spreadsheet): Pengaturan | null {
  const sheet = ss.getSheetByName(TAB_PENGATURAN);
  if (!sheet || tabKosong(sheet)) return null;
  const baca = bacaTabPengaturan(sheet);
  if (!baca.ok) throw new Error(baca.galat.map((g) => g.pesan).join('\n'));
  return baca.pengaturan;
}

function urutanTab(p: Pengaturan): string[] {
  return [
    TEMPLAT.petunjuk.nama,
    TEMPLAT.pelacakan.nama,
    TAB_PENGATURAN,
    ...p.unitKerja.map((u) => namaTabFormulir(u.kode)),
    TEMPLAT.rekap.nama,
    TEMPLAT.temuan.nama,
    TEMPLAT.log.nama,
  ];
}

function siapkanTab(ss: Spreadsheet, rencana: RencanaSiklus, p: Pengaturan): void {
  const tab = susunTab(ss, urutanTab(p));
  const ambil = (nama: string) => tab.get(nama) as { sheet: GoogleAppsScript.Spreadsheet.Sheet; baru: boolean };
  const sakip = timSakip(p).map((o) => o.email);
  const hanyaSakip = (nama: string) => lindungiTab(ambil(nama).sheet, sakip, `Tab ${nama}: hanya Tim SAKIP`);

  const pengaturan = ambil(TAB_PENGATURAN);
  if (pengaturan.baru || tabKosong(pengaturan.sheet)) tulisTabPengaturan(pengaturan.sheet, p, TEMPLAT.sop);
  rapikanTabPengaturan(pengaturan.sheet, p, TEMPLAT.sop);
  const namaTab = {
    pengaturan: TAB_PENGATURAN,
    pelacakan: TEMPLAT.pelacakan.nama,
    formulir: namaTabFormulir('KODE'),
    rekap: TEMPLAT.rekap.nama,
    temuan: TEMPLAT.temuan.nama,
    log: TEMPLAT.log.nama,
  };
  tulisTab(ss, TEMPLAT.petunjuk, isiPetunjuk(TEMPLAT.sop, p, `Pengukuran Kinerja ${rencana.judul}`, namaTab));
  tulisTab(ss, TEMPLAT.pelacakan, TEMPLAT.sop.steps);
  for (const u of p.unitKerja) {
    const { sheet, baru } = ambil(namaTabFormulir(u.kode));
    const tulisIsi = baru || tabKosong(sheet);
    const indikator = indikatorAwal(rencana.sebelumnyaSetahun, p, u.kode);
    siapkanTabFormulir(sheet, TEMPLAT.formulir, barisIsianFormulir(TEMPLAT.formulir, indikator, p.capaian), {
      tulisIsi,
      daftar: { satuanDikenal: PENGATURAN_CAPAIAN_BAWAAN.satuanDikenal },
      editorTerkunci: sakip,
      namaUnit: u.nama,
    });
  }
  for (const layout of [TEMPLAT.rekap, TEMPLAT.temuan, TEMPLAT.log]) tulisTab(ss, layout, []);
  for (const nama of [
    TEMPLAT.petunjuk.nama,
    TEMPLAT.pelacakan.nama,
    TAB_PENGATURAN,
    TEMPLAT.rekap.nama,
    TEMPLAT.temuan.nama,
    TEMPLAT.log.nama,
  ]) {
    hanyaSakip(nama);
  }
}

/** A unit's starting indicators: its form in the previous cycle of the same year, else the Perjanjian Kinerja. */
function indikatorAwal(lalu: Spreadsheet | null, p: Pengaturan, kode: string): IndikatorAwal[] {
  const tabLalu = lalu?.getSheetByName(namaTabFormulir(kode));
  if (tabLalu) {
    try {
      const indikator = indikatorDariFormulir(TEMPLAT.formulir, tabLalu.getDataRange().getValues());
      if (indikator.length) return indikator;
    } catch {
      // a previous form whose headers were changed: fall back to the Perjanjian Kinerja
    }
  }
  return indikatorPKUnit(p, kode);
}
