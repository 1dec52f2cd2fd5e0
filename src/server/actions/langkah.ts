import type { CanAct } from '../domain/cycle/step-events';
import { izinLangkah } from '../domain/settings/peran';
import type { SopStep } from '../domain/sop/types';
import { catatKejadian, type PermintaanLangkah } from '../domain/tracking/catat';
import { penyuntingPelacakan } from '../domain/tracking/penyunting';
import { proyeksiPelacakan, terapkanPelaksana, type ProyeksiPelacakan } from '../domain/tracking/proyeksi';
import { muatTemplatPelacakan, type TemplatPelacakan } from '../domain/tracking/templat';
import type { WorkingCalendar } from '../domain/worktime/calendar';
import { denganKunciDokumen } from '../gateways/lock';
import { bacaTabLog, lindungiLog, tambahkanKeLog } from '../gateways/log-tab';
import { bacaPengaturanSiklus } from '../gateways/pengaturan-siklus';
import { emailPengguna } from '../gateways/pengguna';
import { tulisPelacakan } from '../gateways/pelacakan-tab';
import { TEMPLAT } from '../templates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the tracking actions need from a cycle's settings; the role function is a parameter, not a look-up. */
export interface KonteksPelacakan {
  /** the SOP's steps with the office's pelaksana per step */
  langkah: readonly SopStep[];
  kalender: WorkingCalendar;
  canAct: CanAct;
  /** who may write the Log and Pelacakan tabs (see gateways/lindungi-tab.ts) */
  penyunting: readonly string[];
}

/** Plain data for google.script.run. */
export interface HasilLangkah {
  /** false when the request was already recorded (a retried click) */
  berubah: boolean;
  pesan: string;
}

let templat: TemplatPelacakan | undefined;
function templatPelacakan(): TemplatPelacakan {
  return (templat ??= muatTemplatPelacakan(TEMPLAT.sop));
}

/**
 * Records one step event: under the document lock, reads the Log, lets the step rules and the role function decide,
 * appends the Log row, and rewrites Pelacakan from the Log. A refusal throws with the reason in Bahasa Indonesia and
 * writes nothing. Re-running converges: the same request again adds no row, and Pelacakan is rewritten either way.
 */
export function catatLangkah(
  ss: Spreadsheet,
  permintaan: PermintaanLangkah,
  oleh: string,
  konteks: KonteksPelacakan,
  sekarang: () => number,
): HasilLangkah {
  return denganKunciDokumen(() => {
    const t = templatPelacakan();
    const nowMs = sekarang();
    const log = bacaTabLog(ss, t.log);
    const hasil = catatKejadian(konteks.langkah, log.baris, log.events, permintaan, oleh, konteks.canAct, nowMs);
    if (!hasil.ok) throw new Error(hasil.reason);
    const baris = hasil.berubah ? [...log.baris, hasil.baris] : log.baris;
    if (hasil.berubah) tambahkanKeLog(ss, t.log, [hasil.baris], konteks.penyunting);
    const proyeksi = proyeksiPelacakan({ ...konteks, log: baris, nowMs, peringatan: t.peringatan });
    tulisPelacakan(ss, t.pelacakan, proyeksi, konteks.penyunting);
    if (!hasil.berubah) return { berubah: false, pesan: hasil.pesan };
    const status = proyeksi.langkah.find((b) => b.no === permintaan.step)?.status ?? '';
    return { berubah: true, pesan: `Langkah ${permintaan.step} dicatat: ${status}.` };
  });
}

/** Rewrites Pelacakan from the Log alone (after a hand edit, a crash, or changed settings), and renews protections. */
export function bangunUlang(ss: Spreadsheet, konteks: KonteksPelacakan, sekarang: () => number): ProyeksiPelacakan {
  return denganKunciDokumen(() => {
    const t = templatPelacakan();
    const log = bacaTabLog(ss, t.log);
    const proyeksi = proyeksiPelacakan({ ...konteks, log: log.baris, nowMs: sekarang(), peringatan: t.peringatan });
    lindungiLog(ss, t.log, konteks.penyunting);
    tulisPelacakan(ss, t.pelacakan, proyeksi, konteks.penyunting);
    return proyeksi;
  });
}

/** The tracking context of a cycle spreadsheet, from its Pengaturan tab. */
export function konteksDariPengaturan(ss: Spreadsheet): KonteksPelacakan {
  const sop = TEMPLAT.sop;
  const pengaturan = bacaPengaturanSiklus(ss);
  const langkah = terapkanPelaksana(sop.steps, pengaturan.pelaksanaLangkah);
  const canAct = izinLangkah(pengaturan, sop);
  return {
    langkah,
    kalender: pengaturan.kalender,
    canAct,
    penyunting: penyuntingPelacakan(pengaturan.orang, langkah, canAct),
  };
}

const sekarangDiServer = () => new Date().getTime();

function bukaSiklus(spreadsheetId: string): Spreadsheet {
  if (typeof spreadsheetId !== 'string' || !spreadsheetId.trim()) throw new Error('Spreadsheet siklus belum dipilih.');
  return SpreadsheetApp.openById(spreadsheetId);
}

/** A sidebar request about one step, as the person running the script. */
export function langkahDariPanel(spreadsheetId: string, permintaan: PermintaanLangkah): HasilLangkah {
  const oleh = emailPengguna();
  if (!Number.isInteger(permintaan.step)) throw new Error(`Nomor langkah "${permintaan.step}" tidak sah.`);
  const ss = bukaSiklus(spreadsheetId);
  return catatLangkah(ss, permintaan, oleh, konteksDariPengaturan(ss), sekarangDiServer);
}

/** Rebuild from the sidebar or menu: only someone who may act on a step may do it. */
export function bangunUlangDariPanel(spreadsheetId: string): HasilLangkah {
  const oleh = emailPengguna();
  const ss = bukaSiklus(spreadsheetId);
  const konteks = konteksDariPengaturan(ss);
  if (!konteks.penyunting.includes(oleh)) {
    throw new Error(`${oleh} tidak berwenang membangun ulang pelacakan: hanya pelaksana langkah SOP dan Tim SAKIP.`);
  }
  const proyeksi = bangunUlang(ss, konteks, sekarangDiServer);
  const lewat = proyeksi.terlambat.length ? ` Terlambat: langkah ${proyeksi.terlambat.join(', ')}.` : '';
  return { berubah: true, pesan: `Pelacakan dibangun ulang dari Log.${lewat}` };
}
