/** What the hourly reminder run did, cycle by cycle: plain data for the trigger's log and the tests. */
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

/** The outcome of a batch of recorded mails (gateways/mail-tercatat.ts), as far as the reminder run reports it. */
interface KirimanSelesai {
  terkirim: readonly { kunci: string; surel: { to: readonly string[] } }[];
  gagal: readonly { kiriman: { kunci: string }; alasan: string }[];
}

/** What a run of recorded mails did, into the reminder run's result. */
export function catatHasilKirim(spreadsheetId: string, kirim: KirimanSelesai, hasil: HasilPengingat): void {
  for (const k of kirim.terkirim) hasil.dikirim.push({ spreadsheetId, kunci: k.kunci, penerima: [...k.surel.to] });
  for (const g of kirim.gagal) hasil.gagal.push({ spreadsheetId, kunci: g.kiriman.kunci, alasan: g.alasan });
}
