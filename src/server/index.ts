import type { PanelSiklus, HasilAksi, TrenUnitPanel } from '../shared/api';
import { konsolidasi as susunRekapSiklus, type HasilKonsolidasi } from './actions/data/rekap';
import {
  kirimFormulir as kirimFormulirKeUnit,
  kirimUlangFormulir as kirimUlangFormulirUnit,
  tandaiSelesaiDiisi as tandaiFormulirSelesai,
  type HasilDistribusi,
} from './actions/formulir/kirim-formulir';
import {
  rapatSelesai as catatRapatSelesai,
  undangRapat as undangRapatPembahasan,
  type JadwalRapat,
} from './actions/rapat/rapat';
import { serahkanKePetugasData as serahkanData } from './actions/data/serah-terima';
import { bangunUlangDariPanel, langkahDariPanel } from './actions/pelacakan/catat-langkah';
import { buatDokumenPengukuranKinerja as buatDokumen, type HasilDokumen } from './actions/dokumen/buat-dokumen';
import * as tandaTangan from './actions/dokumen/tanda-tangan';
import { panelSiklus as bacaPanelSiklus } from './actions/panel/panel';
import { trenUnit as trenUnitPanel } from './actions/panel/tren-unit';
import { mintaNomorSurat as mintaNomorSuratSiklus, type HasilNomorSurat } from './actions/penutup/nomor-surat';
import {
  buatSuratPengantar as buatSuratPengantarSiklus,
  type HasilSuratPengantar,
  type TujuanSurat,
} from './actions/penutup/surat-pengantar';
import { buatSalinan as buatSalinanSiklus, type HasilSalinan } from './actions/penutup/salinan';
import { arsipkanSiklus as arsipkanSiklusIni, type HasilArsip } from './actions/penutup/arsip';
import { validasiData as validasiSemuaUnit, type HasilValidasi } from './actions/data/periksa-isian';
import {
  sahkanUnit as sahkanUnitKabid,
  tandaiBanyakBaris as tandaiBanyakBarisKabid,
  tandaiBaris as tandaiBarisKabid,
} from './actions/data/validasi-kabid';
import { saatDiedit } from './actions/data/saat-diedit';
import * as perubahanTarget from './actions/data/perubahan-target';
import type { UsulanPerubahanTarget } from './actions/data/perubahan-target';
import { kirimPengingatSiklusTerdaftar, pasangPemicuPengingatTimSakip } from './actions/pelacakan/pengingat';
import { jalankanDariMenu, pasangMenu } from './gateways/ui/menu';
import { tampilkanPanel } from './gateways/ui/sidebar';
import { mulaiSiklusDariMenu } from './actions/siklus/mulai-dari-menu';
import { bangunPemantauan, pemantauanDariMenu, type HasilPemantauan } from './actions/pemantauan/bangun-pemantauan';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  pasangMenu();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function menuMulaiSiklusBaru(): void {
  mulaiSiklusDariMenu();
}

export function menuBukaPanel(): void {
  tampilkanPanel();
}

/** Menu of the SAKIP workbook (Tim SAKIP): the year asked, then the Monitoring SOP and Tren Kinerja tabs rebuilt. */
export function menuMonitoringSop(): void {
  pemantauanDariMenu();
}

/**
 * Run from the SAKIP workbook (Tim SAKIP): rebuilds its Monitoring SOP tab from the Logs of the year's cycles and its
 * Tren Kinerja tab from the Rekaps of the year and the year before; the cycles are only read.
 */
export function bangunMonitoringSop(tahun: number | string): HasilPemantauan {
  return bangunPemantauan(tahun);
}

/** Menu (Tim SAKIP): sends the forms still unsent, on the active cycle spreadsheet. */
export function menuKirimFormulir(): void {
  jalankanDariMenu('Kirim formulir', kirimFormulir);
}

/** Menu (Tim SAKIP): consolidates the forms into the Rekap of the active cycle spreadsheet. */
export function menuSusunRekap(): void {
  jalankanDariMenu('Susun Rekap', konsolidasi);
}

/** Menu (Tim SAKIP): checks every form of the active cycle spreadsheet. */
export function menuPeriksaIsian(): void {
  jalankanDariMenu('Periksa isian', validasiData);
}

/** Sidebar: the active cycle at a glance and the actions the caller may take now. */
export function panelSiklus(): PanelSiklus {
  return bacaPanelSiklus();
}

/**
 * Sidebar, when a unit is opened (its Kabid and people, the Tim SAKIP, the Kepala): the unit's capaian per period of
 * the year so far, from the Rekap of this cycle and of the year's earlier cycles.
 */
export function trenUnit(spreadsheetId: string, kode: string): TrenUnitPanel {
  return trenUnitPanel(spreadsheetId, kode);
}

/** Handler of the hourly time-driven trigger: emails the pelaksana of overdue steps (once per step and putaran). */
export function pemicuPengingatPerJam(e?: GoogleAppsScript.Events.TimeDriven): void {
  kirimPengingatSiklusTerdaftar(e);
}

/** Installs the hourly reminder trigger for the current user (Tim SAKIP only), unless it is installed already. */
export function pasangPemicuPengingat(): { baru: boolean } {
  return pasangPemicuPengingatTimSakip();
}

/** Sidebar: the caller starts step `no` of the cycle's SOP (refused unless their role carries the step). */
export function mulaiLangkah(spreadsheetId: string, no: number, catatan?: string): HasilAksi {
  return langkahDariPanel(spreadsheetId, { type: 'mulai', step: no, note: catatan });
}

/** Sidebar: the caller finishes step `no`. */
export function selesaiLangkah(spreadsheetId: string, no: number, catatan?: string): HasilAksi {
  return langkahDariPanel(spreadsheetId, { type: 'selesai', step: no, note: catatan });
}

/** Sidebar: the caller reopens a finished step `no`; its working time runs again from now. */
export function bukaKembaliLangkah(spreadsheetId: string, no: number, catatan?: string): HasilAksi {
  return langkahDariPanel(spreadsheetId, { type: 'buka-kembali', step: no, note: catatan });
}

/** Sidebar or menu: rewrites the Pelacakan sheet from the Log and renews the tabs' protections. */
export function bangunUlangPelacakan(spreadsheetId: string): HasilAksi {
  return bangunUlangDariPanel(spreadsheetId);
}

/** Sidebar or menu (Tim SAKIP only): consolidates every unit's form into the Rekap tab; the forms are only read. */
export function konsolidasi(spreadsheetId: string): HasilKonsolidasi {
  return susunRekapSiklus(spreadsheetId);
}

/** Sidebar (Tim SAKIP): step 3 — shares each unit's form with its people and mails each unit its link and deadline. */
export function kirimFormulir(spreadsheetId: string): HasilDistribusi {
  return kirimFormulirKeUnit(spreadsheetId);
}

/** Sidebar (Tim SAKIP): mails one unit's form again. */
export function kirimUlangFormulir(spreadsheetId: string, kode: string): HasilDistribusi {
  return kirimUlangFormulirUnit(spreadsheetId, kode);
}

/** Sidebar (the unit's Kabid or Tim SAKIP): the unit's form is submitted; its Kabid is told once. */
export function tandaiSelesaiDiisi(spreadsheetId: string, kode: string): HasilAksi {
  return tandaiFormulirSelesai(spreadsheetId, kode);
}

/** Sidebar (pelaksana of step 4 or Tim SAKIP): one calendar event for the discussion meeting; invitations by Calendar. */
export function undangRapat(spreadsheetId: string, jadwal: JadwalRapat): HasilAksi {
  return undangRapatPembahasan(spreadsheetId, jadwal);
}

/** Sidebar (the Kepala or Tim SAKIP): the meeting was held; its notes go into the Log and step 5 is done. */
export function rapatSelesai(spreadsheetId: string, catatan?: string): HasilAksi {
  return catatRapatSelesai(spreadsheetId, catatan);
}

/** Sidebar (pelaksana of step 8 or Tim SAKIP): once every unit is signed off, mails the data officer the Rekap link. */
export function serahkanKePetugasData(spreadsheetId: string, kirimUlang?: boolean): HasilAksi {
  return serahkanData(spreadsheetId, kirimUlang === true);
}

/** Sidebar or menu (Tim SAKIP): checks every unit's form, lists the findings in Temuan and highlights their cells. */
export function validasiData(spreadsheetId: string): HasilValidasi {
  return validasiSemuaUnit(spreadsheetId);
}

/** Sidebar (the unit's Kabid only): marks a form row "Valid" or "Perlu perbaikan", with an optional note. */
export function tandaiBaris(
  spreadsheetId: string,
  kode: string,
  baris: number,
  status: string,
  catatan?: string,
): HasilAksi {
  return tandaiBarisKabid(spreadsheetId, kode, baris, status, catatan);
}

/**
 * Sidebar (the unit's Kabid only): marks many form rows of the unit at once "Valid" or "Perlu perbaikan", with one
 * optional note; one read and one write of the form, one Log row.
 */
export function tandaiBanyakBaris(
  spreadsheetId: string,
  kode: string,
  baris: number[],
  status: string,
  catatan?: string,
): HasilAksi {
  return tandaiBanyakBarisKabid(spreadsheetId, kode, baris, status, catatan);
}

/** Sidebar (the unit's Kabid only): signs the unit off once every filled row is Valid. */
export function ajukanPerubahanTarget(spreadsheetId: string, usul: UsulanPerubahanTarget): HasilAksi {
  return perubahanTarget.ajukanPerubahanTarget(spreadsheetId, usul);
}

export function putuskanPerubahanTarget(
  spreadsheetId: string,
  nomor: number,
  terima: boolean,
  catatan?: string,
): HasilAksi {
  return perubahanTarget.putuskanPerubahanTarget(spreadsheetId, nomor, terima, catatan);
}

export function sahkanUnit(spreadsheetId: string, kode: string): HasilAksi {
  return sahkanUnitKabid(spreadsheetId, kode);
}

/** Installable onEdit trigger of a cycle spreadsheet: an edit of a validated row takes its validation away at once. */
export function pemicuSaatDiedit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  saatDiedit(e);
}

/** Sidebar (Tim SAKIP): step 12 — the cycle's cover-letter number from the office's Register Nomor Surat, once. */
export function mintaNomorSurat(spreadsheetId: string): HasilNomorSurat {
  return mintaNomorSuratSiklus(spreadsheetId);
}

/** Sidebar (Tim SAKIP): the Dokumen Pengukuran Kinerja from the Rekap, as a new version (Google Doc and PDF). */
export function buatDokumenPengukuranKinerja(spreadsheetId: string): HasilDokumen {
  return buatDokumen(spreadsheetId);
}

/** Sidebar (Tim SAKIP, who generated it): step 9 — the Kepala may comment on the document and gets its link. */
export function kirimUntukKoreksi(spreadsheetId: string): tandaTangan.HasilAksiDokumen {
  return tandaTangan.kirimUntukKoreksi(spreadsheetId);
}

/** Sidebar (the Kepala or Tim SAKIP): step 9 done — the correction is finished. */
export function koreksiSelesai(spreadsheetId: string, catatan?: string): tandaTangan.HasilAksiDokumen {
  return tandaTangan.koreksiSelesai(spreadsheetId, catatan);
}

/** Sidebar (the Sekretaris or Tim SAKIP): step 10 — the document goes to the Kepala for approval. */
export function kirimUntukPersetujuan(spreadsheetId: string): tandaTangan.HasilAksiDokumen {
  return tandaTangan.kirimUntukPersetujuan(spreadsheetId);
}

/** Sidebar (Tim SAKIP, who generated it): step 11 — the signing is recorded and the document becomes read-only. */
export function catatPenandatanganan(
  spreadsheetId: string,
  ttd: tandaTangan.Penandatanganan,
): tandaTangan.HasilAksiDokumen {
  return tandaTangan.catatPenandatanganan(spreadsheetId, ttd);
}

/** Sidebar (Tim SAKIP): step 12 — the numbered Surat Pengantar for the signed document (Google Doc and PDF), once. */
export function buatSuratPengantar(spreadsheetId: string, tujuan: TujuanSurat): HasilSuratPengantar {
  return buatSuratPengantarSiklus(spreadsheetId, tujuan);
}

/** Sidebar (Tim SAKIP): step 13 — one PDF copy of the signed document per addressee in Pengaturan, once each. */
export function buatSalinan(spreadsheetId: string): HasilSalinan {
  return buatSalinanSiklus(spreadsheetId);
}

/** Sidebar (Tim SAKIP): step 14 — every file of the cycle into the archive folder, view-only, and the cycle closed. */
export function arsipkanSiklus(spreadsheetId: string): HasilArsip {
  return arsipkanSiklusIni(spreadsheetId);
}
