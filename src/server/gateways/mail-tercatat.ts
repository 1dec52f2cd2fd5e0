import type { BarisLog } from '../domain/pelacakan/log';
import { tambahkanKeLog } from './sheets/log-tab';
import { kirimSurel, type Surel } from './mail';
import { TEMPLAT } from '../domain/templat';

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
  /** the outcome rows, for the caller to append (with its step events, in one write) */
  baris: BarisLog[];
}

/**
 * Sends mails at most once: their claims go into the Log in one write and are flushed before the first mail, so a
 * run that dies after a mail went out can never send it again; a refused mail gets its reason in the outcome row. The
 * caller holds the lock and has checked the quota.
 */
export function kirimTercatat(
  ss: Spreadsheet,
  penyunting: readonly string[],
  kiriman: readonly Kiriman[],
): HasilKiriman {
  const hasil: HasilKiriman = { terkirim: [], gagal: [], baris: [] };
  if (kiriman.length === 0) return hasil;
  tambahkanKeLog(
    ss,
    TEMPLAT.log,
    kiriman.map((k) => k.klaim),
    penyunting,
  );
  SpreadsheetApp.flush();
  for (const k of kiriman) {
    try {
      kirimSurel(k.surel);
      hasil.terkirim.push(k);
      hasil.baris.push(k.terkirim);
    } catch (e) {
      const alasan = e instanceof Error ? e.message : String(e);
      hasil.gagal.push({ kiriman: k, alasan });
      hasil.baris.push(k.gagal(alasan));
    }
  }
  return hasil;
}
