/**
 * The add-in's one way to send mail: the sender name, the daily quota checked before a batch, and every mail sent
 * at most once, its claim in the Log first.
 */
import type { IsiSurel } from '../domain/surel/susun-surel';
import type { BarisLog } from '../domain/pelacakan/log';
import { tambahkanKeLog } from './sheets/log-tab';
import { TEMPLAT } from '../domain/templat';
import { terapkanTulisan } from './sheets/spreadsheet';

/** The sender name people see on every mail of the add-in. */
const NAMA_PENGIRIM = 'Pengukuran Kinerja';

interface Surel extends IsiSurel {
  to: readonly string[];
}

/** Recipients the person running the script may still mail today (each address of each mail counts). */
export function sisaKuotaSurel(): number {
  return MailApp.getRemainingDailyQuota();
}

/** Sends one mail as the person running the script; MailApp's error is thrown unchanged. */
function kirimSurel(s: Surel): void {
  MailApp.sendEmail({
    to: s.to.join(','),
    name: NAMA_PENGIRIM,
    subject: s.subject,
    body: s.body,
    htmlBody: s.htmlBody,
  });
}

/** Refuses, before anything is sent, a batch whose recipients the remaining daily quota would not cover. */
export function pastikanKuotaSurel(penerima: number, apa: string): void {
  if (penerima === 0) return;
  const sisa = sisaKuotaSurel();
  if (penerima > sisa) {
    throw new Error(
      `Kuota email harian tidak cukup: ${apa} perlu ${penerima} penerima, sisa kuota Anda hari ini ${sisa}. ` +
        'Tidak ada email yang dikirim; coba lagi besok atau minta anggota Tim SAKIP lain menjalankannya.',
    );
  }
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** One mail and the Log rows that record it. */
export interface Kiriman {
  /** what the mail is about, for the caller's report (a unit's code) */
  kunci: string;
  surel: Surel;
  /** written (and flushed) before the mail goes out */
  klaim: BarisLog;
  /** the outcome row when MailApp accepted the mail */
  terkirim: BarisLog;
  /** the outcome row when MailApp refused it */
  gagal: (alasan: string) => BarisLog;
}

export interface HasilKiriman {
  terkirim: Kiriman[];
  gagal: { kiriman: Kiriman; alasan: string }[];
  /** the last mail's outcome row, not written yet: for the caller to append with its step events, in one write */
  baris: BarisLog[];
}

/**
 * Sends mails at most once: each mail's claim goes into the Log, flushed, before it goes out, so a run that dies after
 * a mail went out can never send it again; a refused mail gets its reason in the outcome row. Each claim is written
 * together with the outcome of the mail before it, so a run that dies leaves at most one mail whose fate is unknown
 * (the one going out then) and the mails after it unclaimed, for the next run to send. The caller holds the lock and
 * has checked the quota.
 */
export function kirimTercatat(
  ss: Spreadsheet,
  penyunting: readonly string[],
  kiriman: readonly Kiriman[],
): HasilKiriman {
  const hasil: HasilKiriman = { terkirim: [], gagal: [], baris: [] };
  for (const k of kiriman) {
    tambahkanKeLog(ss, TEMPLAT.log, [...hasil.baris, k.klaim], penyunting);
    terapkanTulisan();
    try {
      kirimSurel(k.surel);
      hasil.terkirim.push(k);
      hasil.baris = [k.terkirim];
    } catch (e) {
      const alasan = e instanceof Error ? e.message : String(e);
      hasil.gagal.push({ kiriman: k, alasan });
      hasil.baris = [k.gagal(alasan)];
    }
  }
  return hasil;
}
