import logJson from '../../../sheets-templates/tab-log.json';
import { deriveStepStates } from '../domain/cycle/step-state';
import {
  AKSI_PENGINGAT,
  pemegangPelaksana,
  pengingatJatuhTempo,
  pengingatTercatat,
  susunEmailPengingat,
  type Pengingat,
} from '../domain/reminders';
import { bacaPengaturan as bacaTabPengaturan } from '../domain/settings/pengaturan-tab';
import type { Pengaturan } from '../domain/settings/types';
import { parseTataLetak } from '../domain/layout';
import { bacaLog, selBarisLog, terapkanPelaksana, type BarisLog, type IsiLog } from '../domain/tracking';
import { denganKunciDokumen } from '../gateways/lock';
import { TEMPLAT } from '../templates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The settings a reminder run needs from a cycle. */
export type PengaturanPengingat = Pick<Pengaturan, 'orang' | 'pelaksanaLangkah' | 'kalender'>;

export interface HasilPengingat {
  /** mails MailApp accepted, one per reminder */
  dikirim: { spreadsheetId: string; kunci: string; penerima: string[] }[];
  /** reminders MailApp refused; they are not retried (at most once) */
  gagal: { spreadsheetId: string; kunci: string; alasan: string }[];
  /** due reminders left for a later run because the daily email quota would not cover them */
  ditunda: number;
  /** due reminders whose step role nobody holds in Pengaturan */
  tanpaPenerima: { spreadsheetId: string; kunci: string }[];
  /** cycles that could not be read, with the reason */
  dilewati: { spreadsheetId: string; alasan: string }[];
}

export const HANDLER_PEMICU_PENGINGAT = 'pemicuPengingatPerJam';
export const NAMA_PENGIRIM = 'Pengukuran Kinerja';
const TATA_LETAK_LOG = parseTataLetak(logJson, 'sheets-templates/tab-log.json');
const PENGGUNA_SISTEM = 'sistem (pengingat otomatis)';
const TAB_PENGATURAN = 'Pengaturan';
const AWALAN_REGISTRI = 'siklus:';

/**
 * The hourly reminder run: for each cycle, emails the pelaksana of every running step that has passed its target,
 * once per step and putaran (see domain/reminders), within the remaining daily email quota.
 *
 * At most once, never twice: under the document lock, each reminder is first claimed with a Log row
 * 'pengingat-dijadwalkan' (flushed), then mailed, then its outcome logged ('pengingat-dikirim' or 'pengingat-gagal').
 * A claimed reminder is never sent again. If the execution dies between the claim and the mail, that reminder is
 * lost rather than sent twice: a missed nudge costs less than a duplicate, and the tracking sheet still shows the
 * step as late.
 */
export function kirimPengingat(
  idSiklus: readonly string[],
  bacaPengaturan: (ss: Spreadsheet) => PengaturanPengingat,
): HasilPengingat {
  return denganKunciDokumen(() => {
    const hasil: HasilPengingat = { dikirim: [], gagal: [], ditunda: 0, tanpaPenerima: [], dilewati: [] };
    let kuota = MailApp.getRemainingDailyQuota();
    for (const id of idSiklus) {
      try {
        kuota = pengingatSiklus(SpreadsheetApp.openById(id), bacaPengaturan, kuota, hasil);
      } catch (e) {
        hasil.dilewati.push({ spreadsheetId: id, alasan: e instanceof Error ? e.message : String(e) });
      }
    }
    if (hasil.ditunda > 0) {
      console.warn(
        `Kuota email harian tidak cukup (sisa ${kuota} penerima): ${hasil.ditunda} pengingat ditunda ke jam berikutnya.`,
      );
    }
    for (const d of hasil.dilewati) console.warn(`Pengingat: spreadsheet ${d.spreadsheetId} dilewati. ${d.alasan}`);
    return hasil;
  });
}

/** Reminds what is due in one cycle; returns the quota left. */
function pengingatSiklus(
  ss: Spreadsheet,
  bacaPengaturan: (ss: Spreadsheet) => PengaturanPengingat,
  kuota: number,
  hasil: HasilPengingat,
): number {
  const log = ss.getSheetByName(TATA_LETAK_LOG.nama);
  if (!log) throw new Error(`Tab "${TATA_LETAK_LOG.nama}" tidak ditemukan.`);
  const isi = bacaTabLog(log);
  const pengaturan = bacaPengaturan(ss);
  const steps = terapkanPelaksana(TEMPLAT.sop.steps, pengaturan.pelaksanaLangkah);
  const keputusan = pengingatJatuhTempo({
    steps,
    states: deriveStepStates(steps, isi.events),
    kalender: pengaturan.kalender,
    sekarang: Date.now(),
    tercatat: pengingatTercatat(isi.baris),
    penerima: (step) => pemegangPelaksana(pengaturan, step),
  });
  const spreadsheetId = ss.getId();
  for (const p of keputusan.tanpaPenerima) hasil.tanpaPenerima.push({ spreadsheetId, kunci: p.kunci });

  const muat: Pengingat[] = [];
  for (const p of keputusan.kirim) {
    if (p.penerima.length > kuota) {
      hasil.ditunda += 1;
      continue;
    }
    kuota -= p.penerima.length;
    muat.push(p);
  }
  if (muat.length === 0) return kuota;

  tambahBaris(
    log,
    isi.judul,
    muat.map((p) => barisLog(AKSI_PENGINGAT.dijadwalkan, p, `Kepada ${daftar(p)}.`, '')),
  );
  SpreadsheetApp.flush();
  const siklus = { namaSiklus: ss.getName(), url: ss.getUrl() };
  const hasilKirim = muat.map((p) => {
    try {
      MailApp.sendEmail({ to: p.penerima.join(','), name: NAMA_PENGIRIM, ...susunEmailPengingat(p, siklus) });
      hasil.dikirim.push({ spreadsheetId, kunci: p.kunci, penerima: p.penerima });
      return barisLog(AKSI_PENGINGAT.dikirim, p, `Terkirim kepada ${daftar(p)}.`, '/dikirim');
    } catch (e) {
      const alasan = e instanceof Error ? e.message : String(e);
      hasil.gagal.push({ spreadsheetId, kunci: p.kunci, alasan });
      return barisLog(AKSI_PENGINGAT.gagal, p, `Gagal dikirim kepada ${daftar(p)}: ${alasan}`, '/gagal');
    }
  });
  tambahBaris(log, isi.judul, hasilKirim);
  return kuota;
}

function daftar(p: Pengingat): string {
  return p.penerima.join(', ');
}

function barisLog(aksi: string, p: Pengingat, rincian: string, akhiranId: string): BarisLog {
  return {
    waktu: Date.now(),
    pengguna: PENGGUNA_SISTEM,
    aksi,
    langkah: p.langkah,
    rincian: `Putaran ${p.putaran}. ${rincian}`,
    id: p.kunci + akhiranId,
  };
}

/** The Log tab as the tracking domain reads it (by header name), plus its header row for appending. */
function bacaTabLog(log: Sheet): IsiLog & { judul: string[] } {
  const values = log.getDataRange().getValues();
  return { ...bacaLog(values, TATA_LETAK_LOG), judul: (values[0] ?? []).map((v) => String(v).trim()) };
}

/** Appends rows below the last one in one write, each cell under its header wherever the team moved the column. */
function tambahBaris(log: Sheet, judul: readonly string[], baris: readonly BarisLog[]): void {
  const posisi = judul.map((j) => TATA_LETAK_LOG.kolom.findIndex((k) => k.judul === j));
  const sel = baris.map((b) => {
    const menurutTataLetak = selBarisLog(TATA_LETAK_LOG, b);
    return posisi.map((i) => (i >= 0 ? menurutTataLetak[i] : ''));
  });
  log.getRange(log.getLastRow() + 1, 1, sel.length, judul.length).setValues(sel);
}

/**
 * Installs the hourly reminder trigger for the current user in this document, unless one is there already: an
 * add-on may have one time-driven trigger per user per document, and may not run it more often than hourly.
 */
export function pasangPemicuPengingat(): { baru: boolean } {
  const ada = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === HANDLER_PEMICU_PENGINGAT);
  if (ada) return { baru: false };
  ScriptApp.newTrigger(HANDLER_PEMICU_PENGINGAT).timeBased().everyHours(1).create();
  return { baru: true };
}

/** The trigger's run: every cycle the registry knows, with each cycle's own Pengaturan tab. */
export function kirimPengingatSiklusTerdaftar(): HasilPengingat {
  return kirimPengingat(idSiklusTerdaftar(), pengaturanDariTab);
}

/**
 * The cycle spreadsheets recorded by mulaiSiklus in this document's properties (gateways/registry.ts). Read here by
 * the registry's key prefix because the registry has no listing yet; move to its listing when it offers one.
 */
function idSiklusTerdaftar(): string[] {
  const props = PropertiesService.getDocumentProperties() ?? PropertiesService.getUserProperties();
  const semua = props.getProperties();
  return Object.keys(semua)
    .filter((k) => k.startsWith(AWALAN_REGISTRI))
    .sort()
    .map((k) => semua[k]);
}

function pengaturanDariTab(ss: Spreadsheet): PengaturanPengingat {
  const tab = ss.getSheetByName(TAB_PENGATURAN);
  if (!tab) throw new Error(`Tab "${TAB_PENGATURAN}" tidak ditemukan.`);
  const hasil = bacaTabPengaturan(tab.getDataRange().getValues(), TAB_PENGATURAN);
  if (hasil.ok) return hasil.pengaturan;
  const galat = hasil.galat.map((g) => `baris ${g.baris}${g.kolom ? `, kolom "${g.kolom}"` : ''}: ${g.pesan}`);
  throw new Error(`Tab "${TAB_PENGATURAN}" tidak bisa dibaca: ${galat.join('; ')}`);
}
